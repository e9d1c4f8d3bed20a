import type { Text } from './text.js';

/**
 * How soon the patient needs care, most severe first in `URGENCY_ORDER`'s reverse.
 * emergency = call 112 now; urgent = today; soon = within a few days; routine = planned; self-care = at home.
 */
export type Urgency = 'emergency' | 'urgent' | 'soon' | 'routine' | 'self-care';

/** Least to most severe: an outcome is the most severe urgency any rule reached. */
export const URGENCY_ORDER: readonly Urgency[] = ['self-care', 'routine', 'soon', 'urgent', 'emergency'];

export const severity = (urgency: Urgency): number => URGENCY_ORDER.indexOf(urgency);

export type Audience = 'adult' | 'child' | 'any';
export type Category = 'medical' | 'administrative';

/** Who handles an errand (the contract's Profession). */
export type Profession =
  | 'secretary'
  | 'nurse'
  | 'doctor'
  | 'child-health-nurse'
  | 'physiotherapist'
  | 'psychologist'
  | 'counsellor'
  | 'midwife'
  | '1177-nurse';

/** What the patient is advised to do next. `book` carries the visit type (physical, video or phone). */
export type ActionKind = 'call-112' | 'call-1177' | 'chat' | 'book' | 'self-care';
export type VisitType = 'physical' | 'video' | 'phone';

export interface Action {
  action: ActionKind;
  visitType?: VisitType;
  profession?: Profession;
}

/** Who the errand is for. A guardian acting for a child gives the child's age in months. */
export type Subject = { kind: 'self' } | { kind: 'child'; ageMonths: number };

/** The answer types the catalogue's own questions use (a subset of FHIR item types). */
export type QuestionType = 'boolean' | 'choice' | 'integer' | 'decimal' | 'string' | 'text' | 'attachment';

export interface AnswerOptionDef {
  code: string;
  display: Text;
}

/** One question, in the catalogue's compact form; `questionnaire.ts` turns it into a FHIR item. */
export interface QuestionDef {
  /** The FHIR linkId. */
  id: string;
  type: QuestionType;
  text: Text;
  help?: Text;
  required?: boolean;
  options?: AnswerOptionDef[];
  min?: number;
  max?: number;
  /** UCUM code of the unit, e.g. `Cel`. */
  unit?: string;
  maxLength?: number;
}

/**
 * A condition on the answers, as plain data (so a region can ship rules as JSON).
 * `answer` names a linkId; `equals` compares a boolean answer or a choice answer's code.
 */
export type Condition =
  | { answer: string; equals: boolean | string }
  | { answer: string; in: string[] }
  | { answer: string; atLeast: number }
  | { answer: string; atMost: number }
  | { ageMonthsUnder: number }
  | { ageMonthsAtLeast: number }
  | { all: Condition[] }
  | { any: Condition[] };

/** When `when` holds, the errand is at least `urgency`. An emergency rule always names the red flag it meets. */
export interface Rule {
  when: Condition;
  urgency: Urgency;
  /** Why, in words the patient understands. */
  why: Text;
  /** The red flag this rule detects (a screen id from `red-flags.ts`, or a reason-level id described by `why`). */
  redFlag?: string;
  /** Who should handle it instead of the reason's profession. */
  profession?: Profession;
}

/**
 * A family of contact reasons that share their questions, rules and advice (e.g. every
 * upper-respiratory infection). Reasons are rows pointing at a family.
 */
export interface ReasonFamily {
  id: string;
  category: Category;
  profession: Profession;
  questions: QuestionDef[];
  rules: Rule[];
  /** The urgency when no rule matches. */
  baseline: Urgency;
  baselineWhy: Text;
  selfCare: Text[];
  /** "If you get worse…" */
  safetyNet: Text;
  /** The ways to meet care offered for soon/routine errands, instead of the default chat, video, physical. */
  channels?: Action[];
}

/** One contact reason ("sökorsak"): what the patient picks. */
export interface ContactReason {
  id: string;
  family: ReasonFamily;
  title: Text;
  /** Words patients actually type, per language. */
  synonyms: { sv: string[]; en: string[] };
  category: Category;
  audience: Audience;
  profession: Profession;
  /** 1 = the reason patients pick most often. */
  popularity: number;
  questionnaireId: string;
}
