import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { AppContext } from '../context.js';
import type { Person } from '../http/auth.js';
import { queueChannel } from '../services/chat.js';

/** How often the queue is sent again without a change (waiting times and answer-time states move with the clock). */
const REFRESH_MS = 60_000;

/**
 * The clinic's queue as Server-Sent Events: the whole queue now, then again whenever an errand at
 * the clinic changes (the bus's `queue:<clinic>` channel) and once a minute. A nudge only says
 * "something changed": the queue is read afresh each time, so a lost or doubled nudge costs nothing.
 */
export function streamQueue(c: Context, ctx: AppContext, staff: Person, scope: 'mine' | 'all'): Response {
  return streamSSE(c, async (stream) => {
    let pending = true;
    let wake: (() => void) | undefined;
    const nudge = () => {
      pending = true;
      wake?.();
    };
    const unsubscribe = ctx.conversationBus.subscribe(queueChannel(staff.clinic!), nudge);
    const refresh = setInterval(nudge, REFRESH_MS);
    const heartbeat = setInterval(() => void stream.write(': heartbeat\n\n'), ctx.heartbeatMs);
    const stop = () => {
      stream.abort();
      nudge();
    };
    stream.onAbort(nudge);
    c.req.raw.signal?.addEventListener('abort', stop);
    ctx.shutdown.signal.addEventListener('abort', stop);
    try {
      let sent = 0;
      while (!stream.aborted && !ctx.shutdown.signal.aborted) {
        if (!pending) await new Promise<void>((resolve) => (wake = resolve));
        pending = false;
        wake = undefined;
        if (stream.aborted) break;
        const { conversations } = await ctx.staff.queue(staff, scope, { offset: 0, limit: 500 });
        const consultations = await ctx.consultations.mine(staff);
        await stream.writeSSE({ id: String(++sent), event: 'queue', data: JSON.stringify({ conversations, consultations }), retry: 2000 });
      }
    } finally {
      clearInterval(refresh);
      clearInterval(heartbeat);
      unsubscribe();
      ctx.shutdown.signal.removeEventListener('abort', stop);
    }
  });
}
