import { URGENCIES, type Urgency } from '@nara/contract';
import type { Indicator } from '@nara/contract/follow-up';
import type { FollowUpRecord } from '../stores/follow-up-store.js';

/** Cells with fewer errands than this are hidden in cross-clinic figures (region role). */
export const SMALL_CELL = 5;
const DAY_MS = 86_400_000;

/** Strama's respiratory infections: J00–J06 and J20–J22. */
const RESPIRATORY = /^J(0[0-6]|2[0-2])(\.|$)/;
/** Cystitis: N30. */
const CYSTITIS = /^N30(\.|$)/;
/** Antibacterials for systemic use. */
const ANTIBIOTIC = /^J01/;
/** Opioids (N02A), benzodiazepines (N05BA), z-drugs (N05CF). */
const ADDICTIVE = /^(N02A|N05BA|N05CF)/;

const URGENCY_LABEL: Record<Urgency, { sv: string; en: string }> = {
  emergency: { sv: 'akut (112)', en: 'emergency (112)' },
  'emergency-department': { sv: 'akutmottagning', en: 'emergency department' },
  urgent: { sv: 'brådskande', en: 'urgent' },
  soon: { sv: 'snart', en: 'soon' },
  routine: { sv: 'planerad', en: 'routine' },
  'self-care': { sv: 'egenvård', en: 'self-care' },
};

/** The p-th percentile (0–100) by nearest rank; null for no values. */
export function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Median as the mean of the two middle values for an even count; null for no values. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const round = (n: number, digits = 4) => Math.round(n * 10 ** digits) / 10 ** digits;

function share(id: string, sv: string, en: string, numerator: number, denominator: number): Indicator {
  return { id, label: { sv, en }, unit: 'share', numerator, denominator, value: denominator ? round(numerator / denominator) : null };
}

function minutes(id: string, sv: string, en: string, value: number | null, denominator: number): Indicator {
  return { id, label: { sv, en }, unit: 'minutes', numerator: null, denominator, value: value === null ? null : round(value, 1) };
}

const minutesBetween = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 60_000;
const isVisit = (r: FollowUpRecord) => !!r.outcome.visitBooked;
const isEmergency = (r: FollowUpRecord) => !!r.outcome.sentToEmergency;
const hasAntibiotic = (r: FollowUpRecord) => r.outcome.prescribed.some((c) => ANTIBIOTIC.test(c));

/**
 * A contact as re-contacts count it: any errand the patient opened — queued, open, closed without a
 * coded outcome or with one. `reasonId` is absent for an errand without a symptom assessment.
 */
export type Contact = Pick<FollowUpRecord, 'conversationId' | 'clinic' | 'patient' | 'reasonId' | 'createdAt'>;

/**
 * Every follow-up indicator over the errands closed in the period (`records`), in a fixed order with
 * stable ids. `contacts` are the patients' other errands (whatever their state, not only those
 * closed with an outcome), only for re-contacts; `records` count as contacts too.
 * Everything is counted per errand; the definitions are in each label and in docs/follow-up.md.
 */
export function computeIndicators(records: FollowUpRecord[], contacts: Contact[] = []): Indicator[] {
  const n = records.length;
  const out: Indicator[] = [{ id: 'errands-closed', label: { sv: 'Avslutade ärenden', en: 'Errands closed' }, unit: 'count', numerator: n, denominator: null, value: n }];

  const digital = records.filter((r) => !isVisit(r) && !isEmergency(r) && !r.outcome.referral).length;
  out.push(share('resolved-digitally', 'Lösta digitalt (utan besök, remiss eller akuthänvisning)', 'Resolved digitally (no visit, referral or emergency)', digital, n));
  out.push(share('physical-visit', 'Fysiskt besök bokat', 'Physical visit booked', records.filter(isVisit).length, n));
  out.push(share('referral', 'Remiss', 'Referral', records.filter((r) => !!r.outcome.referral).length, n));
  out.push(share('sent-to-emergency', 'Hänvisade till akuten', 'Sent to emergency care', records.filter(isEmergency).length, n));

  const answered = records.filter((r) => r.firstAnswerAt);
  const toAnswer = answered.map((r) => minutesBetween(r.createdAt, r.firstAnswerAt!));
  const toClose = records.map((r) => minutesBetween(r.createdAt, r.closedAt));
  out.push(minutes('first-answer-median', 'Tid till första svar, median (minuter)', 'Time to first answer, median (minutes)', median(toAnswer), answered.length));
  out.push(minutes('first-answer-p90', 'Tid till första svar, 90:e percentilen (minuter)', 'Time to first answer, 90th percentile (minutes)', percentile(toAnswer, 90), answered.length));
  const promised = answered.filter((r) => r.dueAt);
  out.push(
    share(
      'first-answer-within-promise',
      'Första svar inom utlovad svarstid',
      'First answer within the promised answer time',
      promised.filter((r) => Date.parse(r.firstAnswerAt!) <= Date.parse(r.dueAt!)).length,
      promised.length,
    ),
  );
  out.push(minutes('close-median', 'Tid till avslut, median (minuter)', 'Time to close, median (minutes)', median(toClose), n));
  out.push(minutes('close-p90', 'Tid till avslut, 90:e percentilen (minuter)', 'Time to close, 90th percentile (minutes)', percentile(toClose, 90), n));

  const assessed = records.filter((r) => r.urgency);
  for (const u of URGENCIES) {
    const label = URGENCY_LABEL[u];
    const group = assessed.filter((r) => r.urgency === u);
    out.push(share(`urgency-${u}`, `Bedömd brådska: ${label.sv}`, `Assessed urgency: ${label.en}`, group.length, assessed.length));
    out.push(share(`urgency-${u}-sent-to-emergency`, `Bedömd ${label.sv}: hänvisad till akuten`, `Assessed ${label.en}: sent to emergency`, group.filter(isEmergency).length, group.length));
    out.push(share(`urgency-${u}-visit`, `Bedömd ${label.sv}: fysiskt besök`, `Assessed ${label.en}: physical visit`, group.filter(isVisit).length, group.length));
  }
  out.push(share('no-assessment', 'Ärenden utan symtombedömning', 'Errands without a symptom assessment', n - assessed.length, n));

  const respiratory = records.filter((r) => r.outcome.diagnosis.some((d) => RESPIRATORY.test(d)));
  out.push(
    share(
      'strama-respiratory-antibiotics',
      'Luftvägsinfektion (J00–J06, J20–J22) med antibiotika (J01), Strama',
      'Respiratory infection (J00–J06, J20–J22) with an antibiotic (J01), Strama',
      respiratory.filter(hasAntibiotic).length,
      respiratory.length,
    ),
  );
  const cystitis = records.filter((r) => r.outcome.diagnosis.some((d) => CYSTITIS.test(d)));
  out.push(share('strama-cystitis-antibiotics', 'Cystit (N30) med antibiotika (J01), Strama', 'Cystitis (N30) with an antibiotic (J01), Strama', cystitis.filter(hasAntibiotic).length, cystitis.length));

  out.push(share('patients-75-plus', 'Patienter 75 år eller äldre', 'Patients aged 75 or more', records.filter((r) => r.patientAge >= 75).length, n));

  const addictive = records.reduce((sum, r) => sum + r.outcome.prescribed.filter((c) => ADDICTIVE.test(c)).length, 0);
  out.push({
    id: 'addictive-drugs-per-1000',
    label: { sv: 'Beroendeframkallande läkemedel (N02A, N05BA, N05CF) per 1 000 ärenden', en: 'Addictive drugs (N02A, N05BA, N05CF) per 1,000 errands' },
    unit: 'per-1000',
    numerator: addictive,
    denominator: n,
    value: n ? round((addictive * 1000) / n, 1) : null,
  });

  const all: Contact[] = [...records, ...contacts];
  const recontact = records.filter(
    (r) =>
      r.reasonId &&
      all.some((o) => o.conversationId !== r.conversationId && o.patient === r.patient && o.reasonId === r.reasonId && Date.parse(o.createdAt) > Date.parse(r.closedAt) && Date.parse(o.createdAt) - Date.parse(r.closedAt) <= 7 * DAY_MS),
  );
  const withReason = records.filter((r) => r.reasonId);
  out.push(share('recontact-7d', 'Ny kontakt inom 7 dagar för samma orsak', 'Re-contact within 7 days for the same reason', recontact.length, withReason.length));
  return out;
}

/**
 * Cross-clinic figures: a numerator or denominator between 1 and SMALL_CELL − 1 hides the cell
 * (a figure of so few errands could point at a patient). Minutes hide when based on too few errands.
 */
export function hideSmallCells(indicators: Indicator[]): Indicator[] {
  const small = (v: number | null) => v !== null && v > 0 && v < SMALL_CELL;
  return indicators.map((i) =>
    small(i.numerator) || small(i.denominator) || (i.unit === 'count' && small(i.value)) ? { ...i, numerator: null, denominator: null, value: null, suppressed: true } : i,
  );
}

export { indicatorsCsv } from '@nara/contract/indicator-csv';
