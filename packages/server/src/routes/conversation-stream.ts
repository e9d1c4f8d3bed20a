import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { ChatEventsQuery, SeqText } from '@nara/contract/chat';
import type { AppContext } from '../context.js';
import type { Person } from '../http/auth.js';
import { HttpProblem, validate } from '../http/problem.js';

/** How many events one read from the store hands to a stream. */
const PAGE = 500;

/** The seq to resume after: `Last-Event-ID` (a reconnecting stream) wins over `?after=`. */
export function resumeAfter(c: Context): number {
  const header = c.req.header('Last-Event-ID')?.trim();
  const query = validate(ChatEventsQuery, c.req.query()).after;
  // The same rule for both: digits, no more than the database's integer holds.
  if (header && !SeqText.safeParse(header).success) throw new HttpProblem(400, 'invalid', 'Last-Event-ID must be a seq', [{ path: 'Last-Event-ID', message: 'a seq' }]);
  return Number(header || query || '0');
}

/**
 * A conversation's events as Server-Sent Events after `after`, live. The bus only says "there is
 * something new"; the events themselves are read from the store after the last seq sent, so a
 * lost, late or doubled notification (another process, LISTEN/NOTIFY) never loses, reorders or
 * repeats an event. Ends when the client goes, the conversation closes or the server shuts down.
 * Call only after the caller's access to the conversation is checked.
 */
export function streamConversation(c: Context, ctx: AppContext, id: string, after: number, person?: Person, onSent?: (seq: number) => Promise<void>): Response {
  // At most `maxStreamsPerSubject` streams per person at once (per process): a token cannot hold hundreds open.
  const subject = person?.id;
  if (subject !== undefined) {
    const open = ctx.streams.get(subject) ?? 0;
    if (open >= ctx.maxStreamsPerSubject) {
      c.header('Retry-After', '5');
      throw new HttpProblem(429, 'rate-limited', `At most ${ctx.maxStreamsPerSubject} event streams at a time; close one first`);
    }
    ctx.streams.set(subject, open + 1);
  }
  const release = () => {
    if (subject === undefined) return;
    const left = (ctx.streams.get(subject) ?? 1) - 1;
    if (left > 0) ctx.streams.set(subject, left);
    else ctx.streams.delete(subject);
  };
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
    const stop = () => {
      stream.abort();
      nudge();
    };
    stream.onAbort(nudge);
    c.req.raw.signal?.addEventListener('abort', stop);
    ctx.shutdown.signal.addEventListener('abort', stop);
    // The stream ends when the token that opened it expires; the client reconnects with a fresh token
    // and Last-Event-ID, and loses nothing.
    const expiry = person?.expiresAt === undefined ? undefined : setTimeout(stop, Math.max(0, person.expiresAt - Date.now()));
    try {
      if (ctx.shutdown.signal.aborted) return;
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
        if (events.length && onSent) await onSent(sent);
        if (events.length === PAGE) pending = true;
      }
    } finally {
      clearInterval(heartbeat);
      if (expiry) clearTimeout(expiry);
      release();
      unsubscribe();
      ctx.shutdown.signal.removeEventListener('abort', stop);
    }
  });
}
