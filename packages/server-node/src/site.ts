/**
 * The reference site in Node, built one way for `npm start` (main.ts), the container and the tests:
 * the HTTP contract under /v1 on the configured store and sign-in, and — with `serveExamples` — the
 * example pages and the built bundles under one Content-Security-Policy, with the test person seeded.
 */
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { logNotifier, webhookNotifier } from '@nara/server';
import { anyOf, conversationBusOn, createApp, createInProcessBus, createMemoryStore, testAuthenticator, type Authenticator, type EventBus, type Store } from '@nara/server';
import type { ServerConfig } from './config.js';
import { createJwtAuthenticator } from './http/jwt-auth.js';
import { distHeaders } from './http/dist-headers.js';
import { createTestSignIn } from './routes/test-sign-in.js';
import { createPgliteStore } from './stores/pglite-store.js';
import { createPostgresBus } from './stores/postgres-event-bus.js';
import { clientAddress } from './http/client-address.js';
import { createPostgresStore } from './stores/postgres-store.js';

/** One JSON log line on stdout (no patient data: ids of people never go in here). */
export const log = (level: 'info' | 'warn' | 'error', msg: string, fields: Record<string, unknown> = {}) =>
  console[level === 'info' ? 'log' : level](JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields }));

/**
 * The policy the example pages and bundles are served under, and the one docs/guide.md recommends:
 * no inline script or style, no eval, Trusted Types required (`lit-html` is the one policy lit
 * creates; 'allow-duplicates' lets a second copy of the bundle on the page create it too).
 */
export const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types lit-html 'allow-duplicates'",
].join('; ');

/** Skatteverket's test person (Tolvan Tolvansson), whom the examples sign in as. */
export const TEST_PERSON = '191212121212';

/** The folder that holds `examples/` and `dist/`: the repository root. */
const REPOSITORY_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

async function openStore(config: ServerConfig): Promise<{ store: Store; bus: EventBus }> {
  if (config.storeKind === 'postgres') {
    const store = await createPostgresStore({ connectionString: config.databaseUrl!, ...(config.databaseSchema ? { schema: config.databaseSchema } : {}) });
    // Chat fan-out between server processes: LISTEN/NOTIFY on the same database.
    const bus = await createPostgresBus({ connectionString: config.databaseUrl!, pool: store.pool });
    return { store, bus };
  }
  if (config.storeKind === 'memory') return { store: createMemoryStore(), bus: createInProcessBus() };
  return { store: await createPgliteStore(config.dataDir), bus: createInProcessBus() };
}

export type SiteApp = ReturnType<typeof createApp>;

export interface Site {
  /** The fetch handler: the API, plus the examples and bundles when `serveExamples` is on. */
  app: SiteApp;
  store: Store;
  /** Aborts open streams and closes the event bus and the store (the HTTP server is the caller's). */
  close(): Promise<void>;
}

/**
 * Opens the store, builds the app from the configuration, serves the examples when asked and seeds
 * the test person when the TEST sign-in is on. `store` replaces the configured one (tests).
 */
export async function createSite(config: ServerConfig, overrides: { store?: Store; root?: string } = {}): Promise<Site> {
  const { store, bus } = overrides.store ? { store: overrides.store, bus: createInProcessBus() } : await openStore(config);
  const authenticators: Authenticator[] = [];
  if (config.jwt) authenticators.push(await createJwtAuthenticator(config.jwt));
  const extraRoutes = new Hono();
  if (config.testSignIn) {
    const testSignIn = await createTestSignIn();
    // The TEST sign-in hands out a token for any personnummer, so the in-page `test:<personnummer>`
    // tokens (the regional app example, the in-page demo) open nothing it does not already open.
    authenticators.push(testSignIn.authenticate, testAuthenticator);
    extraRoutes.route('/', testSignIn.routes);
  }
  if (authenticators.length === 0) {
    await store.close?.();
    await bus.close?.();
    throw new Error('No sign-in configured: set NARA_JWT_SECRET, NARA_JWT_PUBLIC_KEY or NARA_JWT_JWKS_URL (or NARA_TEST_SIGNIN=1 to try things out)');
  }

  const addressOf = (c: Context) => {
    let socket: string | undefined;
    try {
      socket = getConnInfo(c).remote.address;
    } catch {
      socket = undefined;
    }
    return clientAddress(c.req.header('X-Forwarded-For'), socket, config.trustProxy);
  };

  const app = createApp({
    store,
    conversationBus: conversationBusOn(bus),
    videoBaseUrl: config.videoBaseUrl,
    notifier: config.notifyWebhook
      ? webhookNotifier(config.notifyWebhook, { secret: process.env.NARA_NOTIFY_WEBHOOK_SECRET, onError: (error) => log('error', 'notifier webhook failed', { error: String(error) }) })
      : logNotifier((fields) => log('info', 'patient notice', fields)),
    authenticate: anyOf(...authenticators),
    corsOrigins: config.cors.origins,
    clinicOrigins: config.cors.clinicOrigins,
    maxBodyBytes: config.maxBodyBytes,
    rateLimit: { perToken: config.perToken, perAddress: config.perAddress, perAnonymous: config.perAnonymous, addressOf },
    quotas: config.quotas,
    maxStreamsPerSubject: config.maxStreamsPerSubject,
    extraRoutes,
    ...(config.requestLog ? { onRequest: (entry) => log('info', 'request', { ...entry }) } : {}),
    onUnexpectedError: (error, c) =>
      log('error', 'unexpected error', { method: c.req.method, path: c.req.path, error: error instanceof Error ? error.stack : String(error) }),
  });

  if (config.serveExamples) {
    const root = overrides.root ?? REPOSITORY_ROOT;
    const pageHeaders: MiddlewareHandler = async (c, next) => {
      await next();
      c.res.headers.set('Content-Security-Policy', PAGE_CSP);
    };
    app.use('/examples/*', pageHeaders, serveStatic({ root }));
    app.use('/dist/*', distHeaders(config.distOrigins), pageHeaders, serveStatic({ root }));
    app.get('/', (c) => c.redirect('/examples/contact-page.html'));
    app.get('/examples/regional-app', (c) => c.redirect('/examples/regional-app/'));
  }

  if (config.testSignIn && (await store.shortcuts.get(TEST_PERSON)).length === 0) {
    // The test person starts with a few shortcuts, so the contact page shows tiles at once.
    const services = ['contact', 'book', 'renew-prescription', 'test-results'];
    await store.shortcuts.put(TEST_PERSON, services.map((serviceId) => ({ clinic: 'vc-linden', serviceId })));
  }

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      app.context.shutdown.abort();
      await bus.close?.();
      await store.close?.();
    })());
  return { app, store, close };
}

export interface RunningSite {
  /** e.g. `http://127.0.0.1:41234` */
  origin: string;
  port: number;
  server: ServerType;
  /** Stops accepting and waits for open connections to finish (closing idle ones at once). */
  close(timeoutMs?: number): Promise<void>;
}

/** Serves a fetch handler over HTTP; port 0 picks a free port. */
export async function listen(fetch: (request: Request) => Response | Promise<Response>, port = 0, hostname = '127.0.0.1'): Promise<RunningSite> {
  let server!: ServerType;
  await new Promise<void>((resolve) => {
    server = serve({ fetch, port, hostname }, () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  const close = async (timeoutMs = 10_000) => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    const http = server as unknown as { closeIdleConnections?: () => void; closeAllConnections?: () => void };
    http.closeIdleConnections?.();
    const timer = setTimeout(() => http.closeAllConnections?.(), timeoutMs);
    await closed;
    clearTimeout(timer);
  };
  return { origin: `http://${hostname.includes(':') ? `[${hostname}]` : hostname}:${actual}`, port: actual, server, close };
}

export interface RunningServer {
  url: string;
  port: number;
  app: SiteApp;
  /** Stops accepting, lets requests in flight finish (up to the shutdown timeout), closes the store. */
  close(): Promise<void>;
}

/** `createSite` on a port, as `npm start` and the container run it. */
export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const site = await createSite(config);
  if (config.testSignIn) log('warn', 'TEST sign-in is on (NARA_TEST_SIGNIN=1): made-up identities only, never for real patients');
  if (!config.cors.origins?.length && !Object.keys(config.cors.clinicOrigins ?? {}).length) {
    log('warn', 'NARA_CORS_ORIGINS is not set: any origin may call the API');
  }
  const running = await listen(site.app.fetch, config.port, config.host);
  const url = running.origin;
  log('info', 'listening', { url, port: running.port, store: config.storeKind, testSignIn: config.testSignIn });
  if (config.serveExamples) console.log(`\n  Nära is running: open ${url.replace('127.0.0.1', 'localhost')}/examples/contact-page.html\n`);

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      // Open streams end first, so the server is not kept waiting for them.
      site.app.context.shutdown.abort();
      await running.close(config.shutdownTimeoutMs);
      await site.close();
      log('info', 'stopped');
    })());
  return { url, port: running.port, app: site.app, close };
}
