import { HttpBackend } from '@nara/client';
import { createApp } from '@nara/server';

/** The origin demo requests are addressed to; they never leave the page. */
export const DEMO_ORIGIN = 'https://demo.nara.invalid';

/** The Swedish test person the demo signs in as when the host gives no token. */
export const DEMO_TOKEN = 'test:191212121212';

let app: ReturnType<typeof createApp> | undefined;

/**
 * The in-page demo backend: the real client talking to the real server app, in memory, with no
 * network. Elements import this lazily, so a page that never says `demo` never downloads it.
 */
export function createDemoBackend(options: { locale?: () => string; getToken?: () => Promise<string | null> | string | null } = {}) {
  // One visitor tries everything on a demo page: no per-patient quotas in the in-page demo.
  app ??= createApp({ simulateCareTeam: true, quotas: { openConversationsPerClinic: 100_000, futureBookingsPerClinic: 100_000 } });
  const server = app;
  return new HttpBackend({
    baseUrl: DEMO_ORIGIN,
    locale: options.locale,
    getToken: async () => (await options.getToken?.()) ?? DEMO_TOKEN,
    fetch: async (request) => server.fetch(request),
  });
}
