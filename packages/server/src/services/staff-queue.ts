import { URGENCIES, type OpeningHours, type Profession } from '@nara/contract';
import type { QueueEntry } from '@nara/contract/staff';
import { findReason } from '@nara/triage';
import type { ConversationRecord, Store } from '../stores/store.js';
import { chatAvailability } from './chat-availability.js';
import type { PatientNames, StaffReportBuilder } from './staff-report.js';

/** How close to the promised answer time an errand is "near". */
const NEAR_MS = 60 * 60_000;

/**
 * When the patient was promised an answer by: the profession's answer time counted from when the
 * errand came in, or from when the chat next opened when it came in outside opening hours.
 */
export function dueAt(record: Pick<ConversationRecord, 'createdAt' | 'profession'>, hours: OpeningHours[]): Date {
  const created = new Date(record.createdAt);
  const availability = chatAvailability(hours, record.profession, created);
  const from = availability.open || !availability.nextOpensAt ? created : new Date(availability.nextOpensAt);
  return new Date(from.getTime() + availability.replyWithinHours * 3_600_000);
}

/** Rank of an urgency in the queue: emergency first, errands without an assessment last. */
const rank = (urgency: QueueEntry['urgency']) => (urgency ? URGENCIES.indexOf(urgency) : URGENCIES.length);

/** The queue's order: urgency, then the longest waiting first (then id, so the order is stable). */
export function byUrgencyThenAge(a: QueueEntry, b: QueueEntry): number {
  return rank(a.urgency) - rank(b.urgency) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

/** One queue entry: the errand with its urgency, waiting time, promised answer time and who holds it. */
export async function queueEntry(
  store: Store,
  reports: StaffReportBuilder,
  names: PatientNames,
  record: ConversationRecord,
  hours: OpeningHours[],
  now: Date,
): Promise<QueueEntry> {
  const events = await store.conversations.listAfter(record.id, 0);
  const triageCase = await reports.caseOf(record);
  const reason = triageCase ? findReason(triageCase.reasonId) : undefined;
  const first = events.find((e) => e.type === 'message' && e.sender.kind === 'patient');
  let heldBy: { name: string; profession: Profession } | undefined;
  if (record.status === 'open') {
    for (const event of events) if (event.type === 'staff-joined') heldBy = event.staff;
  }
  const due = dueAt(record, hours);
  const left = due.getTime() - now.getTime();
  const name = names(record.owner);
  return {
    id: record.id,
    clinic: record.clinic,
    profession: record.profession,
    status: record.status,
    startedBy: record.startedBy ?? 'patient',
    ...(triageCase ? { urgency: triageCase.assessment.urgency } : {}),
    ...(reason ? { reason: reason.title[record.locale] } : {}),
    patient: { personnummer: record.owner, ...(name ? { name } : {}) },
    ...(triageCase?.subject.kind === 'child' ? { childAgeMonths: triageCase.subject.ageMonths } : {}),
    createdAt: record.createdAt,
    waitingMinutes: Math.max(0, Math.floor((now.getTime() - Date.parse(record.createdAt)) / 60_000)),
    dueAt: due.toISOString(),
    due: left < 0 ? 'past' : left <= NEAR_MS ? 'near' : 'ok',
    ...(heldBy ? { heldBy: { name: heldBy.name, profession: heldBy.profession } } : {}),
    lastSeq: events.length ? events[events.length - 1].seq : 0,
    ...(first?.type === 'message' && first.text ? { preview: first.text.slice(0, 80) } : {}),
  };
}
