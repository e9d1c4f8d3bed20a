import type { Profession, Urgency } from '@nara/contract';
import type { ErrandOutcome } from '@nara/contract/follow-up';
import { luhnCheckDigit } from '../http/personnummer.js';
import { REPLY_WITHIN_HOURS } from '../services/chat-availability.js';
import type { FollowUpRecord } from '../stores/follow-up-store.js';
import type { Store } from '../stores/store.js';

/**
 * A made-up but realistic month of closed errands for the follow-up demo and Storybook: the same
 * seed gives the same month. The distributions below are the whole model — invented from the shape
 * of Swedish digital primary care, not taken from any real clinic:
 *
 * - Clinics: vc-linden 45 %, vc-kvarnen 35 %, hc-alvstranden 20 %.
 * - Ages: 0–17 18 %, 18–44 35 %, 45–64 24 %, 65–74 12 %, 75+ 11 %.
 * - Reasons and what follows are in `KINDS` (weight, diagnoses, prescriptions with their chance,
 *   visit/referral/emergency chances, urgency mix). Respiratory infections get an antibiotic in
 *   ~12 %, cystitis in ~75 % (Strama's targets are below ~10 % and ~ all with the right drug).
 * - 7 % of errands have no symptom assessment (written straight to a profession).
 * - Times: created 07–22 Stockholm time, 75 % on weekdays; first answer after a log-normal wait
 *   (median ~50 min, 90th percentile ~4 h; 4 % closed without an answer); closed a log-normal
 *   30–180 min after the answer. The promised answer time is the profession's reply time from creation.
 * - 6 % of errands come back: the same patient and reason 1–6 days after closing.
 */
interface Kind {
  reasonId: string;
  weight: number;
  profession: Profession;
  diagnoses: string[];
  /** [ATC code, chance] — each rolled once. */
  prescribe: [string, number][];
  visit: number;
  referral: number;
  emergency: number;
  /** Chances of emergency, urgent, soon, routine, self-care. */
  urgency: [number, number, number, number, number];
}

const KINDS: Kind[] = [
  { reasonId: 'forkylning', weight: 14, profession: 'nurse', diagnoses: ['J06.9', 'J00'], prescribe: [['J01CE02', 0.08]], visit: 0.05, referral: 0, emergency: 0.005, urgency: [0, 0.02, 0.08, 0.3, 0.6] },
  { reasonId: 'ont-i-halsen', weight: 8, profession: 'nurse', diagnoses: ['J02.9', 'J02.0', 'J03.9'], prescribe: [['J01CE02', 0.22]], visit: 0.15, referral: 0, emergency: 0.01, urgency: [0.01, 0.05, 0.2, 0.4, 0.34] },
  { reasonId: 'hosta', weight: 7, profession: 'nurse', diagnoses: ['J20.9', 'R05', 'J22.9'], prescribe: [['J01AA02', 0.1]], visit: 0.12, referral: 0.01, emergency: 0.01, urgency: [0.01, 0.05, 0.2, 0.4, 0.34] },
  { reasonId: 'urinvagsinfektion', weight: 9, profession: 'nurse', diagnoses: ['N30.0', 'N39.0'], prescribe: [['J01XE01', 0.6], ['J01XX05', 0.15]], visit: 0.08, referral: 0.01, emergency: 0.005, urgency: [0, 0.05, 0.35, 0.5, 0.1] },
  { reasonId: 'utslag', weight: 7, profession: 'nurse', diagnoses: ['L30.9', 'L20.9', 'L01.0', 'B35.3'], prescribe: [['D07AB02', 0.3], ['D06AX09', 0.05]], visit: 0.1, referral: 0.03, emergency: 0, urgency: [0, 0.02, 0.1, 0.5, 0.38] },
  { reasonId: 'ogoninflammation', weight: 4, profession: 'nurse', diagnoses: ['H10.9'], prescribe: [['S01AA01', 0.2]], visit: 0.05, referral: 0.02, emergency: 0.01, urgency: [0, 0.03, 0.15, 0.3, 0.52] },
  { reasonId: 'ont-i-ryggen', weight: 8, profession: 'doctor', diagnoses: ['M54.5', 'M79.1'], prescribe: [['M01AE01', 0.4], ['N02AX02', 0.06]], visit: 0.25, referral: 0.12, emergency: 0.01, urgency: [0.005, 0.03, 0.15, 0.6, 0.215] },
  { reasonId: 'huvudvark', weight: 5, profession: 'doctor', diagnoses: ['R51', 'G43.9'], prescribe: [['N02CC01', 0.15]], visit: 0.2, referral: 0.03, emergency: 0.03, urgency: [0.03, 0.07, 0.2, 0.5, 0.2] },
  { reasonId: 'somnproblem', weight: 4, profession: 'doctor', diagnoses: ['F51.0'], prescribe: [['N05CF01', 0.2], ['N05CH01', 0.15]], visit: 0.2, referral: 0.05, emergency: 0, urgency: [0, 0, 0.05, 0.8, 0.15] },
  { reasonId: 'angest', weight: 5, profession: 'psychologist', diagnoses: ['F41.1', 'F43.2', 'F32.9'], prescribe: [['N06AB06', 0.15], ['N05BA01', 0.03]], visit: 0.3, referral: 0.1, emergency: 0.01, urgency: [0.01, 0.05, 0.3, 0.6, 0.04] },
  { reasonId: 'hogt-blodtryck', weight: 4, profession: 'doctor', diagnoses: ['I10'], prescribe: [['C09AA05', 0.3]], visit: 0.35, referral: 0.02, emergency: 0.01, urgency: [0.01, 0.04, 0.15, 0.7, 0.1] },
  { reasonId: 'diabetes', weight: 3, profession: 'nurse', diagnoses: ['E11.9'], prescribe: [['A10BA02', 0.2]], visit: 0.3, referral: 0.03, emergency: 0.005, urgency: [0.005, 0.02, 0.15, 0.8, 0.025] },
  { reasonId: 'fornya-recept', weight: 10, profession: 'doctor', diagnoses: ['Z76.0'], prescribe: [['C09AA05', 0.3], ['N06AB06', 0.15], ['R03AC02', 0.15], ['N02AA59', 0.03], ['N05CF02', 0.03]], visit: 0.02, referral: 0, emergency: 0, urgency: [0, 0, 0, 0.2, 0.8] },
  { reasonId: 'sjukintyg', weight: 4, profession: 'doctor', diagnoses: ['Z02.7'], prescribe: [], visit: 0.1, referral: 0, emergency: 0, urgency: [0, 0, 0, 0.5, 0.5] },
  { reasonId: 'feber-hos-barn', weight: 6, profession: 'nurse', diagnoses: ['R50.9', 'J06.9', 'H66.9'], prescribe: [['J01CE02', 0.08]], visit: 0.15, referral: 0.01, emergency: 0.02, urgency: [0.02, 0.08, 0.3, 0.3, 0.3] },
  { reasonId: 'magsjuka-barn', weight: 3, profession: 'nurse', diagnoses: ['A09.9'], prescribe: [], visit: 0.05, referral: 0, emergency: 0.02, urgency: [0.02, 0.08, 0.2, 0.2, 0.5] },
  { reasonId: 'ont-i-magen', weight: 4, profession: 'doctor', diagnoses: ['K21.9', 'K59.0', 'A09.9'], prescribe: [['A02BC01', 0.2]], visit: 0.3, referral: 0.05, emergency: 0.04, urgency: [0.04, 0.1, 0.25, 0.4, 0.21] },
];

/** A small deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function pick<T>(rnd: () => number, items: T[], weights: number[]): T {
  const total = weights.reduce((a, b) => a + b, 0);
  let roll = rnd() * total;
  for (let i = 0; i < items.length; i++) if ((roll -= weights[i]) < 0) return items[i];
  return items[items.length - 1];
}

/** Log-normal minutes with the given median and 90th percentile. */
function logNormal(rnd: () => number, median: number, p90: number): number {
  const z = Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  return median * Math.exp((Math.log(p90 / median) / 1.2816) * z);
}

const URGENCY_ORDER: Urgency[] = ['emergency', 'urgent', 'soon', 'routine', 'self-care'];
const AGES: [number, number, number][] = [[0, 17, 18], [18, 44, 35], [45, 64, 24], [65, 74, 12], [75, 95, 11]];
const CHILD_REASONS = new Set(['feber-hos-barn', 'magsjuka-barn']);

/** A valid-looking (Luhn) personnummer for someone `age` on the 15th of the month. */
function personnummer(rnd: () => number, year: number, age: number): string {
  const y = year - age;
  const body = `${String(y % 100).padStart(2, '0')}${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}${String(Math.floor(rnd() * 1000)).padStart(3, '0')}`;
  return `${String(y).slice(0, 2)}${body}${luhnCheckDigit(body)}`;
}

export interface MonthOptions {
  /** `YYYY-MM`. */
  month: string;
  /** Errands closed in the month (re-contacts included). Default 2,400. */
  count?: number;
  seed?: number;
}

/** The month's closed errands, deterministic for a seed. */
export function seededMonth({ month, count = 2400, seed = 18 }: MonthOptions): FollowUpRecord[] {
  const rnd = random(seed);
  const [year, mon] = month.split('-').map(Number);
  const days = new Date(Date.UTC(year, mon, 0)).getUTCDate();
  const out: FollowUpRecord[] = [];
  for (let i = 0; out.length < count; i++) {
    const kind = pick(rnd, KINDS, KINDS.map((k) => k.weight));
    const band = CHILD_REASONS.has(kind.reasonId) ? AGES[0] : pick(rnd, AGES, AGES.map((a) => a[2]));
    const age = band[0] + Math.floor(rnd() * (band[1] - band[0] + 1));
    let day = 1 + Math.floor(rnd() * days);
    const weekday = new Date(Date.UTC(year, mon - 1, day)).getUTCDay();
    if ((weekday === 0 || weekday === 6) && rnd() < 0.45) day = Math.min(days, day + (weekday === 6 ? 2 : 1));
    // 07–22 Stockholm time, as UTC (−1 h in winter; close enough for a demo month).
    const created = new Date(Date.UTC(year, mon - 1, day, 6 + Math.floor(rnd() * 15), Math.floor(rnd() * 60)));
    const record = errand(rnd, kind, `seed-${month}-${i}`, pick(rnd, ['vc-linden', 'vc-kvarnen', 'hc-alvstranden'], [45, 35, 20]), personnummer(rnd, year, age), age, created);
    out.push(record);
    if (out.length < count && rnd() < 0.06) {
      const again = new Date(Date.parse(record.closedAt) + (1 + rnd() * 5) * 86_400_000);
      if (again.getUTCMonth() === mon - 1) out.push(errand(rnd, kind, `seed-${month}-${i}-again`, record.clinic, record.patient, age, again));
    }
  }
  return out;
}

function errand(rnd: () => number, kind: Kind, id: string, clinic: string, patient: string, age: number, created: Date): FollowUpRecord {
  const assessed = rnd() >= 0.07;
  const urgency = pick(rnd, URGENCY_ORDER, kind.urgency);
  const emergency = urgency === 'emergency' ? rnd() < 0.7 : rnd() < kind.emergency;
  const answered = emergency || rnd() >= 0.04;
  const wait = emergency ? 3 + rnd() * 10 : logNormal(rnd, 50, 240);
  const firstAnswer = new Date(created.getTime() + wait * 60_000);
  const closed = new Date((answered ? firstAnswer.getTime() : created.getTime()) + Math.max(5, logNormal(rnd, 60, 240)) * 60_000);
  const prescribed = emergency ? [] : kind.prescribe.filter(([, chance]) => rnd() < chance).map(([code]) => code);
  const outcome: ErrandOutcome = {
    diagnosis: [kind.diagnoses[Math.floor(rnd() * kind.diagnoses.length)]],
    prescribed,
    ...(emergency ? { sentToEmergency: true } : {}),
    ...(!emergency && rnd() < kind.visit + (age >= 75 ? 0.1 : 0) ? { visitBooked: true } : {}),
    ...(!emergency && rnd() < kind.referral ? { referral: true } : {}),
  };
  return {
    conversationId: id,
    clinic,
    profession: kind.profession,
    patient,
    patientAge: age,
    ...(assessed ? { reasonId: kind.reasonId, urgency } : {}),
    createdAt: created.toISOString(),
    ...(answered ? { firstAnswerAt: firstAnswer.toISOString() } : {}),
    dueAt: new Date(created.getTime() + REPLY_WITHIN_HOURS[kind.profession] * 3_600_000).toISOString(),
    closedAt: closed.toISOString(),
    outcome,
  };
}

/** Fills a store's follow-up area with the month; answers how many errands were written. */
export async function fillFollowUpMonth(store: Store, options: MonthOptions): Promise<number> {
  const records = seededMonth(options);
  for (const record of records) await store.followUp.put(record);
  return records.length;
}
