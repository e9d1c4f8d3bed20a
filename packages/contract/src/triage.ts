import * as z from 'zod/mini';
import type { Questionnaire as FhirQuestionnaire } from '@nara/fhir';
import { Count, Id, Instant, MAX_INT32, Profession, Text } from './common.js';

/**
 * How soon the patient needs care. emergency = call 112 now; emergency-department = go to the
 * emergency department now (1177 says which); urgent = today; soon = within a few days; routine =
 * planned care; self-care = at home (the chat stays open). In RETTS colours: red, orange, yellow,
 * green, blue, and self-care below blue (docs/clinical-sheet.md).
 */
export const URGENCIES = ['emergency', 'emergency-department', 'urgent', 'soon', 'routine', 'self-care'] as const;
export const Urgency = z.enum(URGENCIES);
export type Urgency = z.infer<typeof Urgency>;

export const AUDIENCES = ['adult', 'child', 'any'] as const;
export const Audience = z.enum(AUDIENCES);
export type Audience = z.infer<typeof Audience>;

export const REASON_CATEGORIES = ['medical', 'administrative'] as const;
export const ReasonCategory = z.enum(REASON_CATEGORIES);
export type ReasonCategory = z.infer<typeof ReasonCategory>;

/** One contact reason ("sökorsak") of a clinic's catalogue, in the asked-for language. */
export const ReasonSummary = z.object({
  id: Id,
  title: z.string().check(z.maxLength(200)),
  /** Words patients type for it: lay words, abbreviations, common misspellings. */
  synonyms: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(100)),
  category: ReasonCategory,
  /** `child` reasons are for a guardian acting for a child. */
  audience: Audience,
  questionnaireId: Id,
  /** 1 = the reason patients pick most often. */
  popularity: z.number().check(z.int(), z.minimum(1)),
  /** Who handles it by default (an administrative errand goes to a secretary). */
  profession: Profession,
});
export type ReasonSummary = z.infer<typeof ReasonSummary>;

export const ReasonList = z.object({ reasons: z.array(ReasonSummary) });
export type ReasonList = z.infer<typeof ReasonList>;

export const ReasonQuery = z.object({ clinic: z.optional(Id) });

/** One question of the emergency screen, asked before anything else. */
export const RedFlag = z.object({
  id: Id,
  question: z.string().check(z.maxLength(500)),
  help: z.optional(z.string().check(z.maxLength(1000))),
  /** `child` questions are asked only for a child, `adult` only for oneself. */
  audience: Audience,
  /** What to do besides calling 112, e.g. a helpline. */
  advice: z.optional(z.string().check(z.maxLength(1000))),
});
export type RedFlag = z.infer<typeof RedFlag>;

export const RedFlagList = z.object({ redFlags: z.array(RedFlag) });
export type RedFlagList = z.infer<typeof RedFlagList>;

export const RedFlagQuery = z.object({ subject: z.optional(z.enum(['self', 'child'])) });

/** `subject=child` words a reason for anyone about the child (same linkIds). */
export const QuestionnaireQuery = z.object({ subject: z.optional(z.enum(['self', 'child'])) });

/** Who the errand is for: oneself, or a child the guardian speaks for (age in whole months, under 18 years). */
export type Subject = { kind: 'self' } | { kind: 'child'; ageMonths: number };
// A plain object with a refinement rather than a discriminated union: the same rule, less code in every bundle.
export const Subject = z
  .object({ kind: z.enum(['self', 'child']), ageMonths: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(215))) })
  .check(
    z.refine((s) => (s.kind === 'child') === (s.ageMonths !== undefined), {
      message: "ageMonths is given for a child, and only for a child",
      path: ['ageMonths'],
    }),
  ) as unknown as z.ZodMiniType<Subject>;

const short = z.optional(Text(2000));
const Coding = z.looseObject({ system: short, code: short, display: short });

/** An answer of a QuestionnaireResponse, loosely: the server checks it against the Questionnaire. */
const ResponseAnswer = z.looseObject({
  valueBoolean: z.optional(z.boolean()),
  valueDecimal: z.optional(z.number().check(z.minimum(-1e15), z.maximum(1e15))),
  valueInteger: z.optional(Count(-MAX_INT32)),
  valueString: z.optional(Text(10_000)),
  valueDate: short,
  valueDateTime: short,
  valueTime: short,
  valueUri: short,
  valueCoding: z.optional(Coding),
  valueQuantity: z.optional(z.looseObject({ value: z.optional(z.number().check(z.minimum(-1e15), z.maximum(1e15))), unit: short, code: short, system: short })),
  valueAttachment: z.optional(z.looseObject({ contentType: short, url: short, title: short, size: z.optional(Count()) })),
  get item() {
    return z.optional(z.array(ResponseItem).check(z.maxLength(500)));
  },
});

const ResponseItem: z.ZodMiniType<{ linkId: string; answer?: unknown[]; item?: unknown[] }> = z.looseObject({
  linkId: Text(200, 1),
  text: short,
  answer: z.optional(z.array(ResponseAnswer).check(z.maxLength(50))),
  get item() {
    return z.optional(z.array(ResponseItem).check(z.maxLength(500)));
  },
});

/** A FHIR R4 QuestionnaireResponse, loosely validated (its answers are checked against the Questionnaire). */
export const QuestionnaireResponse = z.looseObject({
  resourceType: z.enum(['QuestionnaireResponse']),
  questionnaire: short,
  status: z.enum(['in-progress', 'completed', 'amended', 'entered-in-error', 'stopped']),
  authored: short,
  item: z.optional(z.array(ResponseItem).check(z.maxLength(500))),
});

/**
 * The emergency screen's answers by red-flag id, `true` = yes. Checked by the server (ids known,
 * values booleans, every question for the subject answered); a plain object here keeps bundles small.
 */
const RedFlagAnswers = z.looseObject({}) as unknown as z.ZodMiniType<Record<string, boolean>>;

/**
 * `POST /v1/assessments`. `redFlags` holds the emergency screen's answers by id: every question for
 * the subject must be answered (`true` = yes) — unless one is a yes, which is an emergency anyway.
 */
export const AssessmentRequest = z.object({
  reasonId: Id,
  clinic: z.optional(Id),
  response: QuestionnaireResponse,
  subject: Subject,
  redFlags: RedFlagAnswers,
});
export type AssessmentRequest = z.infer<typeof AssessmentRequest>;

/** `emergency-department`: go to the emergency department now (a link to 1177's directory of where to go). */
export const ACTIONS = ['call-112', 'emergency-department', 'call-1177', 'chat', 'book', 'self-care'] as const;

/** A recommended next step; `book` says which visit type (physical, video or phone). */
export const RecommendedAction = z.object({
  action: z.enum(ACTIONS),
  visitType: z.optional(z.enum(['physical', 'video', 'phone'])),
  profession: z.optional(Profession),
  /** Why this step stands in for the one the assessment first recommended (the clinic could not carry that out). */
  note: z.optional(z.string().check(z.maxLength(500))),
});
export type RecommendedAction = z.infer<typeof RecommendedAction>;

/** The outcome of an assessment, in the asked-for language. Render every text as text, never HTML. */
export const Assessment = z.object({
  id: Id,
  reasonId: Id,
  created: Instant,
  urgency: Urgency,
  /** The warning signs met, each with the words that describe it. Non-empty exactly when urgency is emergency or emergency-department. */
  redFlagsMet: z.array(z.object({ id: Id, text: z.string() })),
  /** Why: each line with the answers that led to it. */
  why: z.array(
    z.object({
      text: z.string(),
      answers: z.array(z.object({ linkId: z.string(), question: z.string(), answer: z.string() })),
    }),
  ),
  /** What to do next, most recommended first. */
  actions: z.array(RecommendedAction),
  profession: Profession,
  selfCare: z.array(z.string()),
  /** "If you get worse…" */
  safetyNet: z.string(),
  /** True when the assessment comes from demo content that is not clinically validated. */
  demo: z.boolean(),
  notice: z.optional(z.string()),
  /** The language the texts are in (BCP 47): may differ from the one asked for (Swedish, when the backend has no Arabic). */
  language: z.optional(z.string()),
});
export type Assessment = z.infer<typeof Assessment>;

const QuestionnaireItem: z.ZodMiniType<{ linkId: string; type: string; item?: unknown[] }> = z.looseObject({
  linkId: Text(200, 1),
  type: z.enum(['group', 'display', 'boolean', 'decimal', 'integer', 'date', 'dateTime', 'time', 'string', 'text', 'url', 'choice', 'open-choice', 'attachment', 'reference', 'quantity']),
  text: short,
  get item() {
    return z.optional(z.array(QuestionnaireItem));
  },
});

/** A FHIR R4 Questionnaire: its structure is validated, the rest passes through (see `@nara/fhir` types). */
export const Questionnaire = z.looseObject({
  resourceType: z.enum(['Questionnaire']),
  id: z.optional(Id),
  url: short,
  status: z.enum(['draft', 'active', 'retired', 'unknown']),
  item: z.optional(z.array(QuestionnaireItem)),
}) as unknown as z.ZodMiniType<FhirQuestionnaire>;
export type Questionnaire = FhirQuestionnaire;
