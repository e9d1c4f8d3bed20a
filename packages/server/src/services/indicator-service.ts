import { addDays, localToInstant } from '@nara/contract';
import type { IndicatorReport } from '@nara/contract/follow-up';
import type { Person } from '../http/auth.js';
import { HttpProblem } from '../http/problem.js';
import type { Store } from '../stores/store.js';
import type { ClinicDirectory } from './clinics.js';
import type { FollowUpRecord } from '../stores/follow-up-store.js';
import { computeIndicators, hideSmallCells, type Contact } from './indicators.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MAX_DAYS = 366;
/** Re-contacts are looked for among errands closed up to this long after the period. */
const RECONTACT_LOOKAHEAD_MS = 14 * 86_400_000;
const RECONTACT_WINDOW_MS = 7 * 86_400_000;

/** A period from the query: whole Stockholm days (`from` and `to` inclusive) or instants (`to` exclusive). */
export function period(from: string, to: string): { from: string; to: string } {
  const start = DAY.test(from) ? localToInstant(from, '00:00') : new Date(from);
  const end = DAY.test(to) ? localToInstant(addDays(to, 1), '00:00') : new Date(to);
  const bad = (path: string, message: string) => new HttpProblem(422, 'invalid', message, [{ path, message }]);
  if (Number.isNaN(start.getTime())) throw bad('from', 'A date (YYYY-MM-DD) or an instant');
  if (Number.isNaN(end.getTime())) throw bad('to', 'A date (YYYY-MM-DD) or an instant');
  if (end <= start) throw bad('to', 'The period ends before it starts');
  if (end.getTime() - start.getTime() > MAX_DAYS * 86_400_000 + 3_600_000) throw bad('to', `At most ${MAX_DAYS} days`);
  return { from: start.toISOString(), to: end.toISOString() };
}

/**
 * Who sees which clinics' indicators: a clinic's staff their own clinic, exactly; the region role
 * its region's clinics (every clinic when it has no region), each figure with small cells hidden.
 */
export class IndicatorService {
  constructor(
    private readonly store: Store,
    private readonly clinics: ClinicDirectory,
  ) {}

  /** The clinics `person` may follow up. */
  visibleClinics(person: Person): string[] {
    if (person.role === 'region') return this.clinics.ids().filter((id) => !person.region || this.clinics.seed(id).region === person.region);
    return person.clinic ? [person.clinic] : [];
  }

  async report(person: Person, query: { from: string; to: string; clinic?: string }): Promise<IndicatorReport> {
    const range = period(query.from, query.to);
    const visible = this.visibleClinics(person);
    if (visible.length === 0) throw new HttpProblem(403, 'forbidden', 'This is for care staff and the region');
    if (query.clinic && !visible.includes(query.clinic)) throw new HttpProblem(403, 'forbidden', `You do not follow up ${query.clinic}`);
    const clinics = query.clinic ? [query.clinic] : visible;
    const records = await this.store.followUp.list({ ...range, clinics });
    const later = await this.contacts(records, clinics, range.to);
    const region = person.role === 'region';
    const total = computeIndicators(records, later);
    const report: IndicatorReport = { from: range.from, to: range.to, clinic: query.clinic ?? null, indicators: region ? hideSmallCells(total) : total };
    if (region) {
      report.clinics = clinics.map((clinic) => ({
        clinic,
        indicators: hideSmallCells(computeIndicators(records.filter((r) => r.clinic === clinic), later.filter((r) => r.clinic === clinic))),
      }));
    }
    return report;
  }

  /**
   * The errands that may be re-contacts of `records`: those closed with an outcome up to 14 days
   * after the period, and every errand the same patients opened within 7 days of a close — still
   * queued or open, or closed without a coded outcome — with its reason from its assessment.
   */
  private async contacts(records: FollowUpRecord[], clinics: string[], periodEnd: string): Promise<Contact[]> {
    const found = new Map<string, Contact>();
    for (const r of await this.store.followUp.list({ from: periodEnd, to: new Date(Date.parse(periodEnd) + RECONTACT_LOOKAHEAD_MS).toISOString(), clinics })) found.set(r.conversationId, r);
    const closes = new Map<string, number[]>();
    for (const r of records) if (r.reasonId) closes.set(r.patient, [...(closes.get(r.patient) ?? []), Date.parse(r.closedAt)]);
    for (const [patient, times] of closes) {
      for (const c of await this.store.conversations.listByOwners([patient])) {
        const created = Date.parse(c.createdAt);
        if (found.has(c.id) || !c.assessmentId || !clinics.includes(c.clinic)) continue;
        if (!times.some((t) => created > t && created - t <= RECONTACT_WINDOW_MS)) continue;
        const triage = await this.store.cases.get(c.assessmentId);
        if (triage) found.set(c.id, { conversationId: c.id, clinic: c.clinic, patient, reasonId: triage.reasonId, createdAt: c.createdAt });
      }
    }
    return [...found.values()];
  }
}
