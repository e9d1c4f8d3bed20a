import { Hono, type Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { ChatEventsQuery, FormAnswer, NewConversation, NewMessage } from '@nara/contract/chat';
import type { AppContext } from '../context.js';
import { personOf, requirePerson, type AuthEnv } from '../http/auth.js';
import { negotiateLocale } from '../http/locale.js';
import { HttpProblem, jsonBody, validate } from '../http/problem.js';

/** How many events one read from the store hands to a stream. */
const PAGE = 500;

const idempotencyKey = (c: Context) => {
  const key = c.req.header('Idempotency-Key');
  if (key !== undefined && !/^[\w.:-]{1,200}$/.test(key)) throw new HttpProblem(400, 'invalid', 'The Idempotency-Key is not valid');
  return key;
};

/** The seq to resume after: `Last-Event-ID` (a reconnecting stream) wins over `?after=`. */
function resumeAfter(c: Context): number {
  const header = c.req.header('Last-Event-ID')?.trim();
  const query = validate(ChatEventsQuery, c.req.query()).after;
  const value = header || query || '0';
  if (!/^\d{1,12}$/.test(value)) throw new HttpProblem(400, 'invalid', 'Last-Event-ID must be a seq');
  return Number(value);
}

export function chatRoutes(ctx: AppContext) {
  const { chat } = ctx;
  return new Hono<AuthEnv>()
    .use('/conversations', requirePerson(ctx.authenticate))
    .use('/conversations/*', requirePerson(ctx.authenticate))
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
      return streamSSE(c, async (stream) => {
        let sent = after;
        let pending = true;
        let wake: (() => void) | undefined;
        const nudge = () => {
          pending = true;
          wake?.();
        };
        // Subscribe before the first read, so nothing appended in between is missed.
        const unsubscribe = ctx.conversationBus.subscribe(id, nudge);
        const heartbeat = setInterval(() => void stream.write(': heartbeat\n\n'), ctx.heartbeatMs);
        stream.onAbort(nudge);
        c.req.raw.signal?.addEventListener('abort', () => {
          stream.abort();
          nudge();
        });
        try {
          await stream.writeSSE({ data: '', event: 'ready', retry: 2000 });
          let closed = false;
          while (!stream.aborted && !closed) {
            if (!pending) await new Promise<void>((resolve) => (wake = resolve));
            pending = false;
            wake = undefined;
            if (stream.aborted) break;
            const events = await ctx.store.conversations.listAfter(id, sent, PAGE);
            for (const event of events) {
              await stream.writeSSE({ id: String(event.seq), data: JSON.stringify(event) });
              sent = event.seq;
              if (event.type === 'closed') closed = true;
            }
            if (events.length === PAGE) pending = true;
          }
        } finally {
          clearInterval(heartbeat);
          unsubscribe();
        }
      });
    });
}
