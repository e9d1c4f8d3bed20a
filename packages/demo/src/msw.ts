import { http } from 'msw';
import { createApp, type AppOptions } from '@nara/server';

/** msw handlers that answer every `/v1/*` request with the real server app. */
export function serverHandlers(app = createApp()) {
  return [http.all('*/v1/*', ({ request }) => app.fetch(request))];
}

export { createApp, type AppOptions };
