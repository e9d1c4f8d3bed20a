import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import { createApp } from './app.js';
import type { ServerConfig } from './config.js';
import { anyOf, type Authenticator } from './http/auth.js';
import { createJwtAuthenticator } from './http/jwt-auth.js';
import { createTestSignIn } from './routes/test-sign-in.js';
import { createInProcessBus, type EventBus } from './stores/event-bus.js';
import { conversationBusOn } from './stores/event-bus-conversations.js';
import { createMemoryStore } from './stores/memory-store.js';
import { createPgliteStore } from './stores/pglite-store.js';
import { createPostgresBus } from './stores/postgres-event-bus.js';
import { createPostgresStore } from './stores/postgres-store.js';
import type { Store } from './stores/store.js';

/** One JSON log line on stdout (no patient data: ids of people never go in here). */
export const log = (level: 'info' | 'warn' | 'error', msg: string, fields: Record<string, unknown> = {}) =>
  console[level === 'info' ? 'log' : level](JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields }));

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

export interface RunningServer {
  url: string;
  port: number;
  app: ReturnType<typeof createApp>;
  /** Stops accepting, lets requests in flight finish (up to the shutdown timeout), closes the store. */
  close(): Promise<void>;
}

/** Opens the store, builds the app from the configuration and listens. */
export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const { store, bus } = await openStore(config);
  const authenticators: Authenticator[] = [];
  if (config.jwt) authenticators.push(await createJwtAuthenticator(config.jwt));
  const extraRoutes = new Hono();
  if (config.testSignIn) {
    const testSignIn = await createTestSignIn();
    authenticators.push(testSignIn.authenticate);
    extraRoutes.route('/', testSignIn.routes);
    log('warn', 'TEST sign-in is on (NARA_TEST_SIGNIN=1): made-up identities only, never for real patients');
  }
  if (authenticators.length === 0) {
    await store.close?.();
    throw new Error('No sign-in configured: set NARA_JWT_SECRET, NARA_JWT_PUBLIC_KEY or NARA_JWT_JWKS_URL (or NARA_TEST_SIGNIN=1 to try things out)');
  }
  if (!config.cors.origins?.length && !Object.keys(config.cors.clinicOrigins ?? {}).length) {
    log('warn', 'NARA_CORS_ORIGINS is not set: any origin may call the API');
  }

  const addressOf = (c: Context) => {
    if (config.trustProxy) {
      const forwarded = c.req.header('X-Forwarded-For')?.split(',')[0]?.trim();
      if (forwarded) return forwarded;
    }
    try {
      return getConnInfo(c).remote.address;
    } catch {
      return undefined;
    }
  };

  const app = createApp({
    store,
    conversationBus: conversationBusOn(bus),
    videoBaseUrl: config.videoBaseUrl,
    authenticate: anyOf(...authenticators),
    corsOrigins: config.cors.origins,
    clinicOrigins: config.cors.clinicOrigins,
    maxBodyBytes: config.maxBodyBytes,
    rateLimit: { perToken: config.perToken, perAddress: config.perAddress, addressOf },
    extraRoutes,
    ...(config.requestLog ? { onRequest: (entry) => log('info', 'request', entry) } : {}),
    onUnexpectedError: (error, c) =>
      log('error', 'unexpected error', { method: c.req.method, path: c.req.path, error: error instanceof Error ? error.stack : String(error) }),
  });
  if (config.serveExamples) {
    const root = fileURLToPath(new URL('../../../', import.meta.url));
    const pageHeaders = async (c: Context, next: () => Promise<void>) => {
      await next();
      c.res.headers.set('Content-Security-Policy', "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'");
    };
    app.use('/examples/*', pageHeaders, serveStatic({ root }));
    app.use('/dist/*', pageHeaders, serveStatic({ root }));
    app.get('/', (c) => c.redirect('/examples/contact-page.html'));
  }

  if (config.testSignIn) {
    // Tolvan (the test person) starts with a few shortcuts, so the contact page shows tiles at once.
    const tolvan = '191212121212';
    if ((await store.shortcuts.get(tolvan)).length === 0) {
      const services = ['contact', 'book', 'renew-prescription', 'test-results'];
      await store.shortcuts.put(tolvan, services.map((serviceId) => ({ clinic: 'vc-linden', serviceId })));
    }
  }

  let server!: ServerType;
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  log('info', 'listening', { url, port, store: config.storeKind, testSignIn: config.testSignIn });
  if (config.serveExamples) console.log(`\n  Nära is running: open ${url.replace('127.0.0.1', 'localhost')}/examples/contact-page.html\n`);

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      app.context.shutdown.abort();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      const http = server as unknown as { closeIdleConnections?: () => void; closeAllConnections?: () => void };
      http.closeIdleConnections?.();
      const timer = setTimeout(() => http.closeAllConnections?.(), config.shutdownTimeoutMs);
      await closed;
      clearTimeout(timer);
      await bus.close?.();
      await store.close?.();
      log('info', 'stopped');
    })());
  return { url, port, app, close };
}
