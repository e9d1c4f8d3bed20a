import { Hono } from 'hono';
import { FormAnswer, NewConversation, NewMessage, VisitOfferAnswer } from '@nara/contract/chat';
import type { AppContext } from '../context.js';
import { personOf, requirePatient, type AuthEnv } from '../http/auth.js';
import { idempotencyKey } from '../http/idempotency.js';
import { negotiateLocale } from '../http/locale.js';
import { patientAccessLog } from '../http/patient-access.js';
import { jsonBody } from '../http/problem.js';
import { resumeAfter, streamConversation } from './conversation-stream.js';

/** `/conversations`: the person's chats; every read and write goes to the access log first. */
export function chatRoutes(ctx: AppContext) {
  const { chat } = ctx;
  return new Hono<AuthEnv>()
    .use(requirePatient(ctx.authenticate), patientAccessLog(ctx.access, 'conversations', 'conversation', async (id) => (await ctx.store.conversations.get(id))?.owner))
    .post('/', async (c) => {
      const request = await jsonBody(c, NewConversation);
      const conversation = await chat.create(personOf(c).id, request, negotiateLocale(c.req.header('Accept-Language')));
      c.header('Location', `/v1/conversations/${conversation.id}`);
      return c.json(conversation, 201);
    })
    .get('/', async (c) => c.json({ errands: await ctx.errands.list(personOf(c)) }))
    .get('/:id', async (c) => c.json(await chat.get(personOf(c), c.req.param('id'))))
    .post('/:id/messages', async (c) => {
      const key = idempotencyKey(c);
      const message = await jsonBody(c, NewMessage);
      const { event, duplicate } = await chat.send(personOf(c), c.req.param('id'), message, key);
      return c.json(event, duplicate ? 200 : 201);
    })
    .post('/:id/form-answers', async (c) => {
      const key = idempotencyKey(c);
      const answer = await jsonBody(c, FormAnswer);
      const { event, duplicate } = await chat.answerForm(personOf(c), c.req.param('id'), answer, key);
      return c.json(event, duplicate ? 200 : 201);
    })
    .post('/:id/visit-offers', async (c) => {
      idempotencyKey(c);
      const answer = await jsonBody(c, VisitOfferAnswer);
      const { booking, replayed } = await ctx.visitOffers.accept(personOf(c), c.req.param('id'), answer, negotiateLocale(c.req.header('Accept-Language')));
      if (replayed) c.header('Idempotent-Replayed', 'true');
      return c.json(booking, 201);
    })
    .get('/:id/events', async (c) => {
      const person = personOf(c);
      const id = c.req.param('id');
      const after = resumeAfter(c);
      await chat.record(person, id);
      // What the open chat has had is read: the errand list's unread count clears.
      if (!(c.req.header('Accept') ?? '').includes('text/event-stream')) {
        const events = await chat.events(person, id, after);
        if (events.length) await chat.markRead(id, events[events.length - 1].seq);
        return c.json({ events });
      }
      return streamConversation(c, ctx, id, after, personOf(c), (seq) => chat.markRead(id, seq));
    });
}
