import type { MiddlewareHandler } from 'hono';
import type { AppContext } from '../context.js';
import { personOf, type AuthEnv } from './auth.js';

const actionOf = (method: string) => (method === 'GET' || method === 'HEAD' ? 'read' : 'write');

/** Logs a patient's read or write of their own collection (`bookings`, `conversations`, …) before the route runs. */
export function logOwnCollection(ctx: AppContext, resource: string): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const person = personOf(c);
    await ctx.access.patient(person, person.id, actionOf(c.req.method), resource);
    await next();
  };
}

/**
 * Logs a patient's read or write of one record, named by the route's `:id` (decoded once, by hono),
 * with the record's owner as subject: someone else's record, or none, is a refused entry and a 404.
 */
export function logRecord(ctx: AppContext, kind: string, ownerOf: (id: string) => Promise<string | undefined>): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const id = c.req.param('id') ?? '';
    await ctx.access.record(personOf(c), await ownerOf(id), actionOf(c.req.method), `${kind}:${id}`);
    await next();
  };
}
