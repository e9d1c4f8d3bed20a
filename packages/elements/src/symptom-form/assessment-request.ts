import type { AssessmentRequest, RedFlag } from '@nara/contract';
import type { FormDraft } from './form-draft.js';
import type { SymptomFormStrings } from './strings.js';
import { ageInMonths } from './who-step.js';

/** What the form sends to be assessed: the answers, who they are about, and every red flag (yes or no). */
export function assessmentRequest(draft: FormDraft, flags: RedFlag[], clinic: string | undefined): AssessmentRequest {
  const ageMonths = ageInMonths(draft.ageYears, draft.ageMonths);
  const redFlags = Object.fromEntries(flags.map((f) => [f.id, draft.redFlags[f.id] === true]));
  return {
    reasonId: draft.reasonId!,
    clinic,
    response: { ...(draft.response ?? { resourceType: 'QuestionnaireResponse', item: [] }), status: 'completed' },
    subject: draft.subject === 'child' && ageMonths !== undefined ? { kind: 'child', ageMonths } : { kind: 'self' },
    redFlags,
  } as AssessmentRequest;
}

/** Who the errand is for, as the review step says it ("Mig själv", "Ett barn, 2 år och 3 månader"). */
export function whoText(s: SymptomFormStrings, draft: FormDraft): string {
  if (draft.subject !== 'child') return s.whoSelf;
  const months = ageInMonths(draft.ageYears, draft.ageMonths) ?? 0;
  return s.childOf(Math.floor(months / 12), months % 12);
}
