import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { createContext, type AppContext, type ContextOptions } from './context.js';
import { testAuthenticator, type Authenticator } from './http/auth.js';
import { corsOrigin, type CorsPolicy } from './http/cors-policy.js';
import { negotiateLocale } from './http/locale.js';
import { wellFormedUrl } from './http/input.js';
import { HttpProblem, problemResponse } from './http/problem.js';
import { rateLimit, type RateLimitOptions } from './http/rate-limit.js';
import { requestLog, type RequestLogEntry } from './http/request-log.js';
import { attachmentRoutes } from './routes/attachments.js';
import { bookingRoutes, slotRoutes } from './routes/bookings.js';
import { chatRoutes } from './routes/chat.js';
import { clinicRoutes } from './routes/clinics.js';
import { shortcutRoutes } from './routes/shortcuts.js';
import { triageRoutes } from './routes/triage.js';
import { staffRoutes } from './routes/staff.js';
import { indicatorRoutes } from './routes/indicators.js';
import { fhirExportRoutes } from './routes/fhir-export.js';
import { adminRoutes } from './routes/admin.js';
import { createMemoryStore } from './stores/memory-store.js';
import { StoreConflict, type Store } from './stores/store.js';

export interface AppOptions extends ContextOptions {
  store?: Store;
  authenticate?: Authenticator;
  /** Origins allowed to call the API from a browser (the sites that embed Nära). Default: any. */
  corsOrigins?: string[];
  /** Origins allowed per clinic id, on top of `corsOrigins`. */
  clinicOrigins?: CorsPolicy['clinicOrigins'];
  /** Largest request body in bytes (attachments have their own limit). Default 256 KiB. */
  maxBodyBytes?: number;
  /** Rate limits per token and per address. Default: none (the demo and tests). */
  rateLimit?: RateLimitOptions;
  /** More routes under /v1 (the Node entry adds the TEST sign-in here). */
  extraRoutes?: Hono;
  /** Called once per request when answered (the Node entry writes a JSON log line; no query strings, no bodies). */
  onRequest?: (entry: RequestLogEntry) => void;
  /** Called with every unexpected error (the Node entry logs it). Default: console.error. */
  onUnexpectedError?: (error: unknown, c: Context) => void;
}

const DEFAULT_MAX_BODY = 256 * 1024;

/**
 * The reference backend as one fetch handler: real HTTP in Node, the in-page demo backend, and the
 * msw mocks in tests and Storybook all call this.
 */
export function createApp(options: AppOptions = {}): Hono & { context: AppContext } {
  const ctx = createContext(options.store ?? createMemoryStore(), options.authenticate ?? testAuthenticator, options);
  // Each collection is a sub-app mounted at its prefix, with its sign-in and access log on the sub-app.
  const api = new Hono()
    .route('/clinics', clinicRoutes(ctx))
    .route('/shortcuts', shortcutRoutes(ctx))
    .route('/slots', slotRoutes(ctx))
    .route('/bookings', bookingRoutes(ctx))
    .route('/conversations', chatRoutes(ctx))
    // Before /staff: the region role (no clinic) reaches the indicators, not the staff routes.
    .route('/staff/indicators', indicatorRoutes(ctx))
    .route('/staff', fhirExportRoutes(ctx))
    .route('/staff', staffRoutes(ctx))
    .route('/admin', adminRoutes(ctx))
    .route('/attachments', attachmentRoutes(ctx))
    .route('/', triageRoutes(ctx));
  if (options.extraRoutes) api.route('/', options.extraRoutes);

  const app = new Hono();
  if (options.onRequest) app.use(requestLog(options.onRequest));
  app.use('*', secureHeaders({ crossOriginResourcePolicy: 'cross-origin', crossOriginEmbedderPolicy: false }));
  // A path or query that is not well-formed text is refused before any route decodes it.
  app.use('/v1/*', wellFormedUrl);
  app.use('/v1/*', async (c, next) => {
    await next();
    // The API answers JSON only: nothing in it may run or be framed.
    c.res.headers.set('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
  });
  app.use(
    '/v1/*',
    cors({
      origin: corsOrigin({ origins: options.corsOrigins, clinicOrigins: options.clinicOrigins }),
      allowHeaders: ['Authorization', 'Content-Type', 'Accept-Language', 'Idempotency-Key', 'Last-Event-ID'],
      allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
      exposeHeaders: ['Location', 'Retry-After', 'Idempotent-Replayed', 'Content-Language'],
      maxAge: 600,
    }),
  );
  app.use('/v1/*', async (c, next) => {
    await next();
    // Patient data must never sit in a shared or browser cache.
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store');
  });
  app.use('/v1/*', async (c, next) => {
    await next();
    // The language the content is written in: Swedish when the one asked for (say Arabic) is not
    // here, so the elements can say the text is in Swedish.
    if (!c.res.headers.has('Content-Language')) c.res.headers.set('Content-Language', negotiateLocale(c.req.header('Accept-Language')));
  });
  // Settings another process saved are read at most `settingsRefreshMs` late; this process's at once.
  app.use('/v1/*', async (_c, next) => {
    await ctx.settings.refresh();
    await next();
  });
  if (options.rateLimit) app.use('/v1/*', rateLimit({ authenticate: ctx.authenticate, ...options.rateLimit }));
  const jsonLimit = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  app.use('/v1/*', async (c, next) => {
    // Uploads have their own, larger limit on their route (routes/attachments.ts), with a message about files.
    if (c.req.path === '/v1/attachments') return next();
    // Counted as the body streams in, so a chunked body without Content-Length is stopped too.
    return bodyLimit({
      maxSize: jsonLimit,
      onError: () => {
        throw new HttpProblem(413, 'too-large', `The request body is larger than ${jsonLimit} bytes`);
      },
    })(c, next);
  });
  // Liveness for load balancers and the container's HEALTHCHECK.
  app.get('/health', (c) => c.json({ status: 'ok' }));
  // The API documents are built on first request, so the in-page demo never downloads their code.
  app.get('/v1/openapi.json', async (c) => (await import('./routes/api-docs.js')).serveOpenApi(c));
  app.get('/docs/api', async (c) => (await import('./routes/api-docs.js')).serveApiDocs(c));
  app.route('/v1', api);
  app.notFound(() => problemResponse(404, 'not-found', 'No such resource'));
  app.onError((error, c) => {
    let response: Response;
    if (error instanceof HttpProblem) {
      response = problemResponse(error.status, error.code, error.message, error.errors);
      if (error.status === 401) response.headers.set('WWW-Authenticate', 'Bearer');
      if (error.status === 429) {
        const retry = c.res.headers.get('Retry-After');
        if (retry) response.headers.set('Retry-After', retry);
      }
    } else if (error instanceof StoreConflict) {
      response = problemResponse(409, 'conflict', error.message);
    } else {
      (options.onUnexpectedError ?? ((e: unknown) => console.error(e)))(error, c);
      // Never a stack trace or internal message to the client.
      response = problemResponse(500, 'server', 'Something went wrong on our side');
    }
    response.headers.set('Cache-Control', 'no-store');
    return response;
  });
  return Object.assign(app, { context: ctx });
}
