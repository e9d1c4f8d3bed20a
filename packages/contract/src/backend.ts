import type { Locale } from './common.js';
import type { Clinic } from './clinic.js';
import type { Shortcut, ShortcutsUpdate } from './shortcuts.js';
import type { Assessment, AssessmentRequest, Questionnaire, ReasonSummary, RedFlag } from './triage.js';

/** Options every call takes. */
export interface CallOptions {
  signal?: AbortSignal;
  /** The language backend text is asked for in, for this call (elements pass their own). */
  locale?: Locale;
}

/**
 * What an element needs from a backend. `HttpBackend` speaks the HTTP contract; a region may hand
 * the provider any object that implements this instead. Every method rejects with `NaraError`.
 */
export interface CareBackend {
  /** The language backend text is asked for in. */
  locale?: Locale;
  getClinic(clinic: string, options?: CallOptions): Promise<Clinic>;
  getShortcuts(options?: CallOptions): Promise<Shortcut[]>;
  saveShortcuts(update: ShortcutsUpdate, options?: CallOptions): Promise<Shortcut[]>;
  /** The contact-reason catalogue, of one clinic when given. */
  listReasons(clinic?: string, options?: CallOptions): Promise<ReasonSummary[]>;
  /** The emergency screen's questions, for oneself or a child when given. */
  getRedFlags(subject?: 'self' | 'child', options?: CallOptions): Promise<RedFlag[]>;
  /** A contact reason's FHIR R4 Questionnaire, worded about a child with `subject: 'child'`. */
  getQuestionnaire(id: string, options?: CallOptions & { subject?: 'self' | 'child' }): Promise<Questionnaire>;
  /** Assess an errand: urgency, why and what to do next. */
  assess(request: AssessmentRequest, options?: CallOptions): Promise<Assessment>;
}
