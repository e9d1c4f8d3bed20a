import type { Context } from 'hono';
import { CloseWithOutcome, type ErrandOutcome } from '@nara/contract/follow-up';
import { HttpProblem, validate } from '../http/problem.js';

/**
 * The outcome of `POST /v1/staff/conversations/{id}/close`, validated before anything closes (a bad
 * code is a 422 and the errand stays open). An empty body closes without one.
 */
export async function closeOutcome(c: Context): Promise<ErrandOutcome | undefined> {
  const raw = await c.req.text();
  if (!raw.trim()) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new HttpProblem(400, 'invalid', 'The body is not JSON');
  }
  const { outcome } = validate(CloseWithOutcome, parsed);
  if (outcome) outcome.diagnosis = [...new Set(outcome.diagnosis)];
  return outcome;
}
