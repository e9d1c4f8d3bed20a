import type { Profession } from '@nara/contract';

/** A staff member as a consultation names them. */
export interface ConsultationStaff {
  id: string;
  name: string;
  profession: Profession;
}

/**
 * A question one staff member asks a colleague about an errand they hold, and the answer: kept
 * apart from the chat's events, so the patient never sees it and the errand's seq stays the patient's.
 */
export interface ConsultationRecord {
  id: string;
  conversationId: string;
  clinic: string;
  from: ConsultationStaff;
  to: { profession: Profession; staffId?: string };
  question: string;
  /** ISO instant. */
  askedAt: string;
  answer?: { text: string; by: ConsultationStaff; at: string };
}

/*
 * In SQL: create table consultations (id text primary key, conversation_id text not null,
 *   clinic text not null, asked_at timestamptz not null, answered_at timestamptz, record jsonb not null);
 *   index on (conversation_id, asked_at) and on (clinic, asked_at) where answered_at is null.
 * answer: UPDATE … SET record = jsonb_set(record, '{answer}', $2), answered_at = $3
 *   WHERE id = $1 AND answered_at IS NULL RETURNING record — one answer, whoever comes first.
 */
export interface ConsultationStore {
  create(record: ConsultationRecord): Promise<void>;
  get(id: string): Promise<ConsultationRecord | undefined>;
  /** The errand's consultations, oldest first. */
  listByConversation(conversationId: string): Promise<ConsultationRecord[]>;
  /** A clinic's unanswered consultations, oldest first. */
  listOpen(clinic: string): Promise<ConsultationRecord[]>;
  /** Sets the answer when there is none yet (atomically); null when the consultation is unknown or already answered. */
  answer(id: string, answer: NonNullable<ConsultationRecord['answer']>): Promise<ConsultationRecord | null>;
}

/** The in-memory consultation store. */
export function memoryConsultations(): ConsultationStore {
  const records = new Map<string, ConsultationRecord>();
  const byTime = (a: ConsultationRecord, b: ConsultationRecord) => Date.parse(a.askedAt) - Date.parse(b.askedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    async create(record) {
      records.set(record.id, structuredClone(record));
    },
    async get(id) {
      const found = records.get(id);
      return found && structuredClone(found);
    },
    async listByConversation(conversationId) {
      return [...records.values()].filter((r) => r.conversationId === conversationId).sort(byTime).map((r) => structuredClone(r));
    },
    async listOpen(clinic) {
      return [...records.values()].filter((r) => r.clinic === clinic && !r.answer).sort(byTime).map((r) => structuredClone(r));
    },
    async answer(id, answer) {
      const found = records.get(id);
      if (!found || found.answer) return null;
      found.answer = structuredClone(answer);
      return structuredClone(found);
    },
  };
}
