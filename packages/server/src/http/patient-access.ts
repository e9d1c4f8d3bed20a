import { createMiddleware } from 'hono/factory';
import type { AccessControl } from '../services/access.js';
import { personOf, type AuthEnv } from './auth.js';

const decode = (segment: string) => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

/**
 * The one access-log middleware for a patient's own data under `/<collection>`: every read (GET,
 * HEAD) and write of the collection, or of one item `/<collection>/<id>…` (logged as `<item>:<id>`),
 * goes to the access log before the route runs; one the person may not reach is refused there (403).
 * Mount it after `requirePatient`, on the sub-app for that collection.
 */
export function patientAccessLog(access: AccessControl, collection: string, item: string) {
  return createMiddleware<AuthEnv>(async (c, next) => {
    const person = personOf(c);
    const segments = c.req.path.split('/');
    const id = segments[segments.indexOf(collection) + 1];
    const resource = id ? `${item}:${decode(id)}` : collection;
    await access.patient(person, person.id, c.req.method === 'GET' || c.req.method === 'HEAD' ? 'read' : 'write', resource);
    await next();
  });
}
