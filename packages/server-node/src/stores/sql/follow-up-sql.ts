import type { FollowUpRecord, FollowUpStore } from '@nara/server';
import type { SqlDatabase } from './sql-client.js';

const parse = (value: FollowUpRecord | string): FollowUpRecord => (typeof value === 'string' ? (JSON.parse(value) as FollowUpRecord) : value);

/** Closed errands with their outcome in SQL: the record as JSON, with the columns the indicators filter on. */
export function sqlFollowUp(db: SqlDatabase): FollowUpStore {
  return {
    async put(record) {
      await db.query(
        `INSERT INTO follow_up (conversation_id, clinic, closed_at, record) VALUES ($1, $2, $3, $4::jsonb)
         ON CONFLICT (conversation_id) DO UPDATE SET clinic = EXCLUDED.clinic, closed_at = EXCLUDED.closed_at, record = EXCLUDED.record`,
        [record.conversationId, record.clinic, record.closedAt, JSON.stringify(record)],
      );
    },
    async get(id) {
      const { rows } = await db.query<{ record: FollowUpRecord | string }>('SELECT record FROM follow_up WHERE conversation_id = $1', [id]);
      return rows[0] ? parse(rows[0].record) : undefined;
    },
    async list({ from, to, clinics }) {
      const { rows } = await db.query<{ record: FollowUpRecord | string }>(
        `SELECT record FROM follow_up
          WHERE closed_at >= $1 AND closed_at < $2 AND ($3::text[] IS NULL OR clinic = ANY($3::text[]))
          ORDER BY closed_at, conversation_id`,
        [from, to, clinics ?? null],
      );
      return rows.map((r) => parse(r.record));
    },
  };
}
