import type { Context } from 'hono';
import { CloseWithOutcome, type ErrandOutcome } from '@nara/contract/follow-up';
import { CloseErrand, type Outcome } from '@nara/contract/staff';
import { HttpProblem, validate } from '../http/problem.js';

/** The kind of ending (kept on the conversation, shown in reports) that a coded outcome amounts to. */
export function outcomeKind(outcome: ErrandOutcome): Outcome {
  if (outcome.sentToEmergency || outcome.referral) return 'referral';
  if (outcome.visitBooked) return 'booked';
  if (outcome.prescribed.length > 0) return 'prescription';
  return 'advice';
}

/**
 * The body of `POST /v1/staff/conversations/{id}/close`, validated before anything closes (a bad
 * code is a 422 naming the field, and the errand stays open). `outcome` is either the kind of ending
 * (`advice`, `booked`, …) or the follow-up outcome with ICD-10-SE and ATC codes; an empty body
 * closes without one.
 */
export async function closeOutcome(c: Context): Promise<{ kind?: Outcome; coded?: ErrandOutcome }> {
  const raw = await c.req.text();
  if (!raw.trim()) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new HttpProblem(400, 'invalid', 'The body is not JSON');
  }
  const given = (parsed as { outcome?: unknown } | null)?.outcome;
  if (typeof given === 'string') return { kind: validate(CloseErrand, parsed).outcome };
  const { outcome } = validate(CloseWithOutcome, parsed);
  if (!outcome) return {};
  const coded = { ...outcome, diagnosis: [...new Set(outcome.diagnosis)] };
  return { kind: outcomeKind(coded), coded };
}
