import type { QuestionnaireResponse } from '@nara/fhir';

export type Step = 'screen' | 'emergency' | 'who' | 'subject-screen' | 'reason' | 'questions' | 'review' | 'result';

/** Everything the person has answered so far: what a reload must not lose. */
export interface FormDraft {
  step: Step;
  /** The emergency screen's answers by red-flag id (`true` = yes). */
  redFlags: Record<string, boolean>;
  subject?: 'self' | 'child';
  /** The child's age as typed (kept as text so a half-typed value survives). */
  ageYears: string;
  ageMonths: string;
  reasonId?: string;
  /** The reason's answers so far. */
  response?: QuestionnaireResponse;
}

export const emptyDraft = (): FormDraft => ({ step: 'screen', redFlags: {}, ageYears: '', ageMonths: '' });

const KEY_PREFIX = 'nara-symptom-form:';

/**
 * The draft in `sessionStorage` of this tab only, keyed per clinic: it survives an accidental reload
 * and is gone when the tab closes. Health data never goes to `localStorage`.
 */
export class DraftStorage {
  constructor(private readonly clinic: () => string | undefined) {}

  private get key() {
    return `${KEY_PREFIX}${this.clinic() ?? '-'}`;
  }

  load(): FormDraft | undefined {
    try {
      const raw = sessionStorage.getItem(this.key);
      if (!raw) return undefined;
      const value = JSON.parse(raw) as Partial<FormDraft>;
      if (!value || typeof value !== 'object' || typeof value.step !== 'string') return undefined;
      return {
        ...emptyDraft(),
        ...value,
        redFlags: value.redFlags && typeof value.redFlags === 'object' ? value.redFlags : {},
        ageYears: typeof value.ageYears === 'string' ? value.ageYears : '',
        ageMonths: typeof value.ageMonths === 'string' ? value.ageMonths : '',
      };
    } catch {
      return undefined; // storage blocked or a corrupt draft: start afresh
    }
  }

  save(draft: FormDraft): void {
    try {
      sessionStorage.setItem(this.key, JSON.stringify(draft));
    } catch {
      // storage full or blocked: the form still works, only a reload would lose the answers
    }
  }

  clear(): void {
    try {
      sessionStorage.removeItem(this.key);
    } catch {
      /* nothing to clear */
    }
  }
}
