import type { Profession, Urgency } from '@nara/contract';
import type { ErrandOutcome } from '@nara/contract/follow-up';

/**
 * One closed errand as follow-up counts it: written once when staff close it with an outcome, so
 * indicators never re-read chats. Holds the patient's personnummer (for re-contact within 7 days);
 * it never leaves the server except as counts.
 */
export interface FollowUpRecord {
  conversationId: string;
  clinic: string;
  /** The profession holding the errand when it was closed. */
  profession: Profession;
  patient: string;
  /** Age in whole years when the errand came in. */
  patientAge: number;
  /** The triage reason and urgency, when the errand began with an assessment. */
  reasonId?: string;
  urgency?: Urgency;
  /** ISO instants. */
  createdAt: string;
  /** The first staff message; absent when closed without one. */
  firstAnswerAt?: string;
  /** When the patient was promised an answer by (the profession's answer time). */
  dueAt?: string;
  closedAt: string;
  outcome: ErrandOutcome;
}

export interface FollowUpQuery {
  /** Closed in [from, to): ISO instants. */
  from: string;
  to: string;
  /** Only these clinics; all when absent. */
  clinics?: string[];
}

/*
 * In SQL: create table follow_up (conversation_id text primary key, clinic text not null,
 *   closed_at timestamptz not null, record jsonb not null); index on (closed_at, clinic).
 */
export interface FollowUpStore {
  /** Insert, or replace the record of the same conversation. */
  put(record: FollowUpRecord): Promise<void>;
  get(conversationId: string): Promise<FollowUpRecord | undefined>;
  /** Records closed in [from, to) at the clinics, by closedAt then conversationId. */
  list(query: FollowUpQuery): Promise<FollowUpRecord[]>;
}

/** The in-memory follow-up store. */
export function memoryFollowUp(): FollowUpStore {
  const records = new Map<string, FollowUpRecord>();
  const ms = (iso: string) => Date.parse(iso);
  return {
    async put(record) {
      records.set(record.conversationId, structuredClone(record));
    },
    async get(id) {
      const found = records.get(id);
      return found && structuredClone(found);
    },
    async list({ from, to, clinics }) {
      const [start, end] = [ms(from), ms(to)];
      return [...records.values()]
        .filter((r) => ms(r.closedAt) >= start && ms(r.closedAt) < end && (!clinics || clinics.includes(r.clinic)))
        .sort((a, b) => ms(a.closedAt) - ms(b.closedAt) || a.conversationId.localeCompare(b.conversationId))
        .map((r) => structuredClone(r));
    },
  };
}
