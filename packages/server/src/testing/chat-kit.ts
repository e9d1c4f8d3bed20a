// Test helpers for chat: the real server app behind the real client, with ways to break the wire.
import { HttpBackend } from '@nara/client';
import { createApp, type AppOptions } from '../app.js';

export const PATIENT = 'test:191212121212';
export const OTHER_PATIENT = 'test:201010101010';

export interface ChatKitOptions extends AppOptions {
  /** Wraps every request the client makes before the app answers it. */
  wire?: (request: Request, app: (request: Request) => Promise<Response>) => Promise<Response>;
  locale?: 'sv' | 'en';
}

/** A server app with an instant simulated care team, and a client whose token tests can change. */
export function chatKit(options: ChatKitOptions = {}) {
  const app = createApp({ simulateCareTeam: { delay: () => Promise.resolve() }, heartbeatMs: 60_000, ...options });
  const answer = async (request: Request) => app.fetch(request);
  const auth = { token: PATIENT as string | null };
  const requests: Request[] = [];
  const backend = new HttpBackend({
    baseUrl: 'https://nara.test',
    locale: options.locale ?? 'sv',
    getToken: () => auth.token,
    retries: 2,
    fetch: (request) => {
      requests.push(request.clone());
      return options.wire ? options.wire(request, answer) : answer(request);
    },
  });
  return { app, backend, auth, requests, ctx: app.context };
}

/**
 * A wire that breaks event streams: the `n`th stream connection is cut after `cut(n)` chunks
 * (the last one torn in half, as a dropped connection does), or `Infinity` to leave it alone.
 */
export function breakingStreams(cut: (connection: number) => number) {
  let connections = 0;
  return async (request: Request, app: (request: Request) => Promise<Response>) => {
    const response = await app(request);
    if (!(response.headers.get('Content-Type') ?? '').includes('text/event-stream') || !response.body) return response;
    const limit = cut(++connections);
    if (!Number.isFinite(limit)) return response;
    const reader = response.body.getReader();
    let chunks = 0;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const { done, value } = await reader.read();
        if (done) return controller.close();
        if (++chunks > limit) {
          controller.enqueue(value.slice(0, Math.floor(value.length / 2)));
          controller.error(new TypeError('network connection was lost'));
          void reader.cancel();
          return;
        }
        controller.enqueue(value);
      },
      cancel: () => reader.cancel(),
    });
    return new Response(body, { status: response.status, headers: response.headers });
  };
}

/** Waits until `check` is true (polling), or fails after `ms`. */
export async function until(check: () => boolean, ms = 3000, what = 'condition'): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
