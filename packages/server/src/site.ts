/**
 * The reference site in Node: the HTTP contract under /v1 plus the example pages and the built
 * bundles, as `npm start` serves them. Tests reuse it to load the examples over real HTTP.
 */
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { createApp, type AppOptions } from './app.js';
import { distHeaders } from './http/dist-headers.js';

export interface SiteOptions extends AppOptions {
  /** The API app to mount; a fresh in-memory one when absent. */
  api?: ReturnType<typeof createApp>;
  /** Folder that holds `examples/` and `dist/` (default: the working directory). */
  root?: string;
  /** Headers added to every response, e.g. a Content-Security-Policy. */
  headers?: Record<string, string>;
}

/** The Swedish test person (Skatteverket's test personnummer) the examples sign in as. */
export const TEST_PERSON = '191212121212';

/** The site app: API + examples + dist. */
export function createSite(options: SiteOptions = {}): { site: Hono; api: ReturnType<typeof createApp> } {
  const api = options.api ?? createApp(options);
  const root = options.root ?? './';
  const site = new Hono();
  const headers = options.headers;
  if (headers) {
    site.use('*', async (c, next) => {
      await next();
      for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
    });
  }
  site.route('/', api);
  site.get('/', (c) => c.redirect('/examples/contact-page.html'));
  site.get('/examples/regional-app', (c) => c.redirect('/examples/regional-app/'));
  site.use('/examples/*', serveStatic({ root }));
  site.use('/dist/*', distHeaders('*'), serveStatic({ root }));
  return { site, api };
}

/** Gives the test person a few shortcuts, so the contact page shows tiles from the backend at once. */
export async function seedTestPerson(api: ReturnType<typeof createApp>): Promise<void> {
  await api.context.shortcuts.save(
    TEST_PERSON,
    { shortcuts: ['contact', 'book', 'renew-prescription', 'test-results'].map((serviceId) => ({ clinic: 'vc-linden', serviceId })) },
    'sv',
  );
}

export interface RunningSite {
  /** e.g. `http://127.0.0.1:41234` */
  origin: string;
  close(): Promise<void>;
}

/** Serves a fetch handler over HTTP; port 0 picks a free port. */
export function listen(fetch: (request: Request) => Response | Promise<Response>, port = 0, hostname = '127.0.0.1'): Promise<RunningSite> {
  return new Promise((resolve) => {
    const server = serve({ fetch, port, hostname }, (info) => {
      resolve({
        origin: `http://${hostname}:${info.port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
