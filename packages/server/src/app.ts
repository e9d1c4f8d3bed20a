import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { createContext, type AppContext, type ContextOptions } from './context.js';
import { testAuthenticator, type Authenticator } from './http/auth.js';
import { HttpProblem, problemResponse } from './http/problem.js';
import { attachmentRoutes } from './routes/attachments.js';
import { bookingRoutes } from './routes/bookings.js';
import { chatRoutes } from './routes/chat.js';
import { clinicRoutes } from './routes/clinics.js';
import { shortcutRoutes } from './routes/shortcuts.js';
import { triageRoutes } from './routes/triage.js';
import { createMemoryStore } from './stores/memory-store.js';
import type { SlotSchedule } from './services/slots.js';
import type { Store } from './stores/store.js';

export interface AppOptions extends ContextOptions {
  store?: Store;
  authenticate?: Authenticator;
  /** Origins allowed to call the API from a browser (the sites that embed Nära). Default: any. */
  corsOrigins?: string[];
  /** The server's clock (default: the real one). Tests fix it to test time rules. */
  now?: () => Date;
  /** Clinics' booking schedules (default: the seeded ones). */
  schedule?: SlotSchedule;
}

/**
 * The reference backend as one fetch handler: real HTTP in Node, the in-page demo backend, and the
 * msw mocks in tests and Storybook all call this.
 */
export function createApp(options: AppOptions = {}): Hono & { context: AppContext } {
  const ctx = createContext(options.store ?? createMemoryStore(), options.authenticate ?? testAuthenticator, options);
  const api = new Hono()
    .route('/', clinicRoutes(ctx))
    .route('/', shortcutRoutes(ctx))
    .route('/', bookingRoutes(ctx))
    .route('/', chatRoutes(ctx))
    .route('/', attachmentRoutes(ctx))
    .route('/', triageRoutes(ctx));

  const app = new Hono();
  app.use(
    '/v1/*',
    cors({
      origin: options.corsOrigins ?? '*',
      allowHeaders: ['Authorization', 'Content-Type', 'Accept-Language', 'Idempotency-Key', 'Last-Event-ID'],
      allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
      exposeHeaders: ['Location', 'Retry-After', 'Idempotent-Replayed'],
      maxAge: 600,
    }),
  );
  app.route('/v1', api);
  app.notFound(() => problemResponse(404, 'not-found', 'No such resource'));
  app.onError((error) => {
    if (error instanceof HttpProblem) {
      const response = problemResponse(error.status, error.code, error.message, error.errors);
      if (error.status === 401) response.headers.set('WWW-Authenticate', 'Bearer');
      return response;
    }
    console.error(error);
    return problemResponse(500, 'server', 'Something went wrong on our side');
  });
  return Object.assign(app, { context: ctx });
}
