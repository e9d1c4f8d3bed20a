import { createMiddleware } from 'hono/factory';

/** One answered request, as the Node entry logs it: no query string, no body, no person. */
export interface RequestLogEntry {
  method: string;
  path: string;
  status: number;
  ms: number;
}

/** Calls `onRequest` once per request when it has been answered. */
export const requestLog = (onRequest: (entry: RequestLogEntry) => void) =>
  createMiddleware(async (c, next) => {
    const started = performance.now();
    await next();
    onRequest({ method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round((performance.now() - started) * 10) / 10 });
  });
