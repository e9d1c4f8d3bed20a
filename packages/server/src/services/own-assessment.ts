import { HttpProblem } from '../http/problem.js';
import type { Store } from '../stores/store.js';

/**
 * Checks that `assessmentId` names an assessment of `person`'s: made by them, or made before they
 * signed in (then it becomes theirs). A made-up id or someone else's assessment is a 422 naming the
 * field; whether that id exists is not revealed.
 */
export async function ownAssessment(store: Store, person: string, assessmentId: string | undefined): Promise<void> {
  if (assessmentId === undefined) return;
  if (await store.cases.claim(assessmentId, person)) return;
  throw new HttpProblem(422, 'invalid', 'No such assessment of yours', [{ path: 'assessmentId', message: 'Not an assessment you made' }]);
}
