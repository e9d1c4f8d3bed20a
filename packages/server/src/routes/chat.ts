import { Hono, type Context } from 'hono';
import { FormAnswer, NewConversation, NewMessage } from '@nara/contract/chat';
import type { AppContext } from '../context.js';
import { logOwnCollection, logRecord } from '../http/access-log.js';
import { personOf, requirePatient, type AuthEnv } from '../http/auth.js';
import { negotiateLocale } from '../http/locale.js';
import { HttpProblem, jsonBody } from '../http/problem.js';
import { resumeAfter, streamConversation } from './conversation-stream.js';

const idempotencyKey = (c: Context) => {
  const key = c.req.header('Idempotency-Key');
  if (key !== undefined && !/^[\w.:-]{1,200}$/.test(key)) throw new HttpProblem(400, 'invalid', 'The Idempotency-Key is not valid');
  return key;
};

export function chatRoutes(ctx: AppContext) {
  const { chat } = ctx;
  const conversationOwner = logRecord(ctx, 'conversation', async (id) => (await ctx.store.conversations.get(id))?.owner);
  return new Hono<AuthEnv>()
    .use('/conversations', requirePatient(ctx.authenticate))
    .use('/conversations/*', requirePatient(ctx.authenticate))
    // Every read and write of the person's conversations goes to the access log first.
    .use('/conversations', logOwnCollection(ctx, 'conversations'))
    .use('/conversations/:id', conversationOwner)
    .use('/conversations/:id/*', conversationOwner)
    .post('/conversations', async (c) => {
      const request = await jsonBody(c, NewConversation);
      const conversation = await chat.create(personOf(c).id, request, negotiateLocale(c.req.header('Accept-Language')));
      c.header('Location', `/v1/conversations/${conversation.id}`);
      return c.json(conversation, 201);
    })
    .get('/conversations/:id', async (c) => c.json(await chat.get(personOf(c).id, c.req.param('id'))))
    .post('/conversations/:id/messages', async (c) => {
      const key = idempotencyKey(c);
      const message = await jsonBody(c, NewMessage);
      const { event, duplicate } = await chat.send(personOf(c).id, c.req.param('id'), message, key);
      return c.json(event, duplicate ? 200 : 201);
    })
    .post('/conversations/:id/form-answers', async (c) => {
      const key = idempotencyKey(c);
      const answer = await jsonBody(c, FormAnswer);
      const { event, duplicate } = await chat.answerForm(personOf(c).id, c.req.param('id'), answer, key);
      return c.json(event, duplicate ? 200 : 201);
    })
    .get('/conversations/:id/events', async (c) => {
      const person = personOf(c).id;
      const id = c.req.param('id');
      const after = resumeAfter(c);
      await chat.record(person, id);
      if (!(c.req.header('Accept') ?? '').includes('text/event-stream')) {
        return c.json({ events: await chat.events(person, id, after) });
      }
      return streamConversation(c, ctx, id, after, personOf(c));
    });
}
