import type { Context } from 'hono';
import { HttpProblem } from './problem.js';

/** What a key may look like: what clients send in practice (UUIDs, ULIDs, `name-42`), at most 200 characters. */
const KEY = /^[\w.:-]{1,200}$/;

/**
 * The one Idempotency-Key rule of every POST that takes one (draft-ietf-httpapi-idempotency-key-header):
 * the key is optional; a key that is present but malformed is a bad request, 400 `invalid` naming the
 * header. (A well-formed key reused for a different request is 422, decided where the first request
 * is remembered; the same request again answers as the first time did.)
 */
export function idempotencyKey(c: Context): string | undefined {
  const key = c.req.header('Idempotency-Key');
  if (key === undefined) return undefined;
  if (!KEY.test(key)) {
    throw new HttpProblem(400, 'invalid', 'The Idempotency-Key header is not valid', [
      { path: 'Idempotency-Key', message: '1–200 letters, digits, or . _ : -' },
    ]);
  }
  return key;
}
