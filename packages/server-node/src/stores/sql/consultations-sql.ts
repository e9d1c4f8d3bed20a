import type { ConsultationRecord, ConsultationStore } from '@nara/server';
import type { SqlDatabase } from './sql-client.js';

const parse = (value: ConsultationRecord | string): ConsultationRecord => (typeof value === 'string' ? (JSON.parse(value) as ConsultationRecord) : value);

/** Consultations in SQL: the record as JSON, with the columns lists filter on; one answer by a guarded UPDATE. */
export function sqlConsultations(db: SqlDatabase): ConsultationStore {
  const list = async (where: string, value: string) => {
    const { rows } = await db.query<{ record: ConsultationRecord | string }>(`SELECT record FROM consultations WHERE ${where} ORDER BY asked_at, id`, [value]);
    return rows.map((r) => parse(r.record));
  };
  return {
    async create(record) {
      await db.query('INSERT INTO consultations (id, conversation_id, clinic, asked_at, record) VALUES ($1, $2, $3, $4, $5::jsonb)', [
        record.id,
        record.conversationId,
        record.clinic,
        record.askedAt,
        JSON.stringify(record),
      ]);
    },
    async get(id) {
      const { rows } = await db.query<{ record: ConsultationRecord | string }>('SELECT record FROM consultations WHERE id = $1', [id]);
      return rows[0] ? parse(rows[0].record) : undefined;
    },
    listByConversation: (conversationId) => list('conversation_id = $1', conversationId),
    listOpen: (clinic) => list('clinic = $1 AND answered_at IS NULL', clinic),
    async answer(id, answer) {
      const { rows } = await db.query<{ record: ConsultationRecord | string }>(
        `UPDATE consultations SET record = jsonb_set(record, '{answer}', $2::jsonb), answered_at = $3
          WHERE id = $1 AND answered_at IS NULL RETURNING record`,
        [id, JSON.stringify(answer), answer.at],
      );
      return rows[0] ? parse(rows[0].record) : null;
    },
  };
}
