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
 *
 * With `ownerOf`, one item's entry names its owner as the subject: someone else's item, or none, is
 * logged as a refused attempt on the owner's data and answered 404 (issue #17), never as the caller
 * reading their own data.
 */
export function patientAccessLog(access: AccessControl, collection: string, item: string, ownerOf?: (id: string) => Promise<string | undefined>) {
  return createMiddleware<AuthEnv>(async (c, next) => {
    const person = personOf(c);
    const segments = c.req.path.split('/');
    const id = segments[segments.indexOf(collection) + 1];
    const action = c.req.method === 'GET' || c.req.method === 'HEAD' ? 'read' : 'write';
    // The app refuses paths that do not decode (http/input.ts) before this runs: `decode` never falls back here.
    if (id && ownerOf) await access.record(person, await ownerOf(decode(id)), action, `${item}:${decode(id)}`);
    else await access.patient(person, person.id, action, id ? `${item}:${decode(id)}` : collection);
    await next();
  });
}
