import type { MiddlewareHandler } from 'hono';
import { isStorableText } from '@nara/contract';
import { HttpProblem } from './problem.js';

const badInput = (where: string, message: string) => new HttpProblem(400, 'invalid', `${where}: ${message}`, [{ path: where, message }]);

/** Decodes one percent-encoded path segment or query component, or refuses it (400 invalid). */
function decodeComponent(raw: string, where: string, plusIsSpace: boolean): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(plusIsSpace ? raw.replace(/\+/g, ' ') : raw);
  } catch {
    throw badInput(where, 'not valid percent-encoded UTF-8');
  }
  // Control characters have no place in an id or a query value; NUL and lone surrogates cannot be stored.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(decoded) || !isStorableText(decoded)) throw badInput(where, 'contains characters that are not allowed');
  return decoded;
}

/**
 * Refuses a request whose path or query cannot be decoded into well-formed text, before any route
 * sees it: the routes then read ids with hono's `c.req.param()` and never decode anything themselves.
 */
export const wellFormedUrl: MiddlewareHandler = async (c, next) => {
  const url = c.req.url;
  const start = url.indexOf('/', url.indexOf('://') + 3);
  const queryAt = url.indexOf('?', start);
  const path = url.slice(start, queryAt === -1 ? undefined : queryAt);
  for (const segment of path.split('/')) decodeComponent(segment, 'path', false);
  if (queryAt !== -1) {
    for (const part of url.slice(queryAt + 1).split('#')[0].split('&')) {
      const eq = part.indexOf('=');
      decodeComponent(eq === -1 ? part : part.slice(0, eq), 'query', true);
      if (eq !== -1) decodeComponent(part.slice(eq + 1), 'query', true);
    }
  }
  await next();
};
