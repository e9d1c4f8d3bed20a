import type { Text } from './text.js';

/**
 * How soon the patient needs care, most severe first in `URGENCY_ORDER`'s reverse.
 * emergency = call 112 now; emergency-department = go to the emergency department now (1177 says
 * where); urgent = today; soon = within a few days; routine = planned; self-care = at home.
 * How the levels map to RETTS colours is in docs/clinical-sheet.md (generated from `RETTS_COLOUR`).
 */
export type Urgency = 'emergency' | 'emergency-department' | 'urgent' | 'soon' | 'routine' | 'self-care';

/** Least to most severe: an outcome is the most severe urgency any rule reached. */
export const URGENCY_ORDER: readonly Urgency[] = ['self-care', 'routine', 'soon', 'urgent', 'emergency-department', 'emergency'];

/**
 * The RETTS priority colour each level corresponds to, for clinicians reading the sheet. RETTS
 * (Rapid Emergency Triage and Treatment System) ranks red, orange, yellow, green, blue; primary care
 * levels below "green" have no RETTS colour of their own.
 */
export const RETTS_COLOUR: Record<Urgency, { colour: string; meaning: string }> = {
  emergency: { colour: 'Röd (red)', meaning: 'Life-threatening now: ambulance (112), immediate care.' },
  'emergency-department': { colour: 'Orange (orange)', meaning: 'Potentially life- or organ-threatening: emergency department now, by own transport if fit, else 112.' },
  urgent: { colour: 'Gul (yellow)', meaning: 'Needs assessment the same day; primary care or 1177 can carry it.' },
  soon: { colour: 'Grön (green)', meaning: 'Stable: primary care within a few days.' },
  routine: { colour: 'Blå (blue)', meaning: 'Stable, not time-critical: planned primary care.' },
  'self-care': { colour: '— (below blue)', meaning: 'Self-care with safety-netting; the chat stays open.' },
};

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
export type ActionKind = 'call-112' | 'emergency-department' | 'call-1177' | 'chat' | 'book' | 'self-care';
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
  /** The wording when a guardian answers about a child (same linkId). */
  child?: Text;
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

/** Where a rule or red flag comes from, for the clinician who signs the catalogue off. */
export interface Source {
  /** `1177` (1177 Vårdguiden), `RETTS` or `NICE CKS`. */
  kind: '1177' | 'RETTS' | 'NICE CKS';
  /** The page, symptom chapter or topic. */
  topic: string;
  /** The section, when it matters (e.g. "When to admit or refer"). */
  section?: string;
}

/**
 * When `when` holds, the errand is at least `urgency`. An emergency or emergency-department rule
 * always names the warning sign it meets (`redFlag`).
 */
export interface Rule {
  when: Condition;
  urgency: Urgency;
  /** Why, in words the patient understands. */
  why: Text;
  /** The red flag this rule detects (a screen id from `red-flags.ts`, or a reason-level id described by `why`). */
  redFlag?: string;
  /** Who should handle it instead of the reason's profession. */
  profession?: Profession;
  /** One line for clinicians: what the rule is meant to catch and why at this level. */
  rationale?: string;
  /** Where it comes from; defaults to the family's sources. */
  sources?: Source[];
  /** Advice shown with an emergency or emergency-department outcome (e.g. "call the delivery ward first"). */
  advice?: Text;
}

/**
 * One piece of advice, shown only when it fits: not to a child when `adultOnly`, not when `unless`
 * holds on the answers (e.g. no "drink more" to someone who cannot pass urine), only when `when` holds.
 */
export interface Advice {
  text: Text;
  when?: Condition;
  unless?: Condition;
  /** Only for someone answering for themselves (or a child this age in months and older). */
  minAgeMonths?: number;
  /** Not for a pregnant patient (e.g. period advice). */
  notInPregnancy?: boolean;
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
  /** Self-care advice: plain text always fits; `Advice` says when it does not. */
  selfCare: (Text | Advice)[];
  /** The family is about a pregnancy (period advice never fits). */
  pregnancy?: boolean;
  /** Where the family's rules come from, unless a rule names its own. */
  sources: Source[];
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
