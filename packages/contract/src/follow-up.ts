import * as z from 'zod/mini';
import { Id, Instant } from './common.js';

/**
 * ICD-10-SE code: a letter, two digits, optionally a dot and one or two more characters
 * (`J06.9`, `N30.0`, `I10`, `M54.5`). Written without the dot (`J069`) it is normalised to it.
 */
export const ICD10_PATTERN = /^[A-Z]\d{2}(\.[0-9A-Z]{1,2})?$/;
/** ATC code at any level: `J`, `J01`, `J01C`, `J01CA`, `J01CA04`. */
export const ATC_PATTERN = /^[A-Z](\d{2}([A-Z]([A-Z](\d{2})?)?)?)?$/;

/** Upper case, trimmed, `J069` → `J06.9`. */
export function normaliseIcd10(code: string): string {
  const c = code.trim().toUpperCase();
  return /^[A-Z]\d{2}[0-9A-Z]{1,2}$/.test(c) ? `${c.slice(0, 3)}.${c.slice(3)}` : c;
}

export const Icd10Code = z.pipe(
  z.string().check(z.maxLength(10)),
  z.transform((s) => normaliseIcd10(s)),
).check(z.refine((s) => ICD10_PATTERN.test(s), 'Not an ICD-10-SE code (e.g. J06.9)'));
export const AtcCode = z.pipe(
  z.string().check(z.maxLength(10)),
  z.transform((s) => s.trim().toUpperCase()),
).check(z.refine((s) => ATC_PATTERN.test(s), 'Not an ATC code (e.g. J01CE02)'));

/** How an errand ended, as staff record it on close: for follow-up and the record system. */
export const ErrandOutcome = z.object({
  /** ICD-10-SE codes, the main diagnosis first. */
  diagnosis: z.array(Icd10Code).check(z.maxLength(10)),
  /** ATC codes of what was prescribed (empty: nothing). */
  prescribed: z.array(AtcCode).check(z.maxLength(20)),
  referral: z.optional(z.boolean()),
  /** A physical visit was booked. */
  visitBooked: z.optional(z.boolean()),
  sentToEmergency: z.optional(z.boolean()),
  note: z.optional(z.string().check(z.maxLength(2000))),
});
export type ErrandOutcome = z.infer<typeof ErrandOutcome>;

/** `POST /v1/staff/conversations/{id}/close` with the outcome (the body may also be empty). */
export const CloseWithOutcome = z.object({ outcome: z.optional(ErrandOutcome) });

export const IndicatorQuery = z.object({
  /** First day, inclusive (YYYY-MM-DD, Europe/Stockholm) or an instant. */
  from: z.string().check(z.minLength(10), z.maxLength(40)),
  /** Last day, inclusive (YYYY-MM-DD) or an instant (exclusive). */
  to: z.string().check(z.minLength(10), z.maxLength(40)),
  clinic: z.optional(Id),
  format: z.optional(z.enum(['json', 'csv'])),
});

/** One follow-up figure: `value` is numerator / denominator (a share 0–1, a rate, or minutes). */
export const Indicator = z.object({
  /** Stable id: the same figure keeps its id across releases. */
  id: z.string(),
  label: z.object({ sv: z.string(), en: z.string() }),
  unit: z.enum(['count', 'share', 'per-1000', 'minutes']),
  numerator: z.nullable(z.number()),
  denominator: z.nullable(z.number()),
  value: z.nullable(z.number()),
  /** Hidden because a cell had fewer than 5 errands (region-wide comparisons only). */
  suppressed: z.optional(z.boolean()),
});
export type Indicator = z.infer<typeof Indicator>;

export const IndicatorReport = z.object({
  from: Instant,
  to: Instant,
  /** The clinic asked for, or null for every clinic the caller may see. */
  clinic: z.nullable(Id),
  indicators: z.array(Indicator),
  /** For the region role: the same indicators per clinic, small cells hidden. */
  clinics: z.optional(z.array(z.object({ clinic: Id, indicators: z.array(Indicator) }))),
});
export type IndicatorReport = z.infer<typeof IndicatorReport>;
