import type { ChatEvent } from '@nara/contract';
import type { ConversationRecord, Store } from '@nara/server';
import type { SqlDatabase, SqlQueryable } from './sql-client.js';

interface ConversationRow {
  record: ConversationRecord | string;
}
const parse = <T>(value: T | string): T => (typeof value === 'string' ? (JSON.parse(value) as T) : value);

/**
 * Conversations in SQL: one row per conversation (the record as JSON plus the columns the queue is
 * read by) and one row per event. Appends for a conversation are serialised by locking its row, so
 * seq is 1, 2, 3, … without gaps; an idempotency key is unique per conversation.
 */
export function sqlConversations(db: SqlDatabase): Store['conversations'] {
  const missing = (id: string) => new Error(`Conversation ${id} does not exist`);
  return {
    async create(record, limit) {
      const insert = (q: SqlQueryable) =>
        q.query(
          `INSERT INTO conversations (id, owner, clinic, profession, status, created_at, record)
           VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)`,
          [record.id, record.owner, record.clinic, record.profession, record.status, record.createdAt, JSON.stringify(record)],
        );
      if (!limit) {
        await insert(db);
        return true;
      }
      // Counting and inserting under a per-owner lock: concurrent requests cannot both pass the count.
      return db.transaction(async (tx) => {
        await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`conversation-quota:${record.owner}`]);
        const { rows } = await tx.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM conversations WHERE owner = $1 AND clinic = $2 AND status <> 'closed'`,
          [record.owner, record.clinic],
        );
        if (Number(rows[0].n) >= limit.openPerClinic) return false;
        await insert(tx);
        return true;
      });
    },
    async get(id) {
      const { rows } = await db.query<ConversationRow>('SELECT record FROM conversations WHERE id = $1', [id]);
      return rows[0] ? parse(rows[0].record) : undefined;
    },
    async update(id, change) {
      const { rows } = await db.query<{ id: string }>(
        `UPDATE conversations
            SET profession = COALESCE($2, profession),
                status     = COALESCE($3, status),
                record     = record || jsonb_strip_nulls(jsonb_build_object(
                  'profession', $2::text, 'status', $3::text, 'outcome', $4::text,
                  -- the read marker only moves forward
                  'patientReadSeq', CASE WHEN $5::int IS NULL THEN NULL
                                         ELSE GREATEST($5::int, COALESCE((record->>'patientReadSeq')::int, 0)) END))
          WHERE id = $1 RETURNING id`,
        [id, change.profession ?? null, change.status ?? null, change.outcome ?? null, change.patientReadSeq ?? null],
      );
      if (rows.length === 0) throw missing(id);
    },
    async append(id, event, idempotencyKey) {
      return db.transaction(async (tx) => {
        const locked = await tx.query<{ last_seq: number }>('SELECT last_seq FROM conversations WHERE id = $1 FOR UPDATE', [id]);
        if (locked.rows.length === 0) throw missing(id);
        if (idempotencyKey !== undefined) {
          const earlier = await tx.query<{ event: ChatEvent | string }>(
            'SELECT event FROM chat_events WHERE conversation_id = $1 AND idempotency_key = $2',
            [id, idempotencyKey],
          );
          if (earlier.rows[0]) return { event: parse(earlier.rows[0].event), duplicate: true };
        }
        const seq = Number(locked.rows[0].last_seq) + 1;
        const stored = { ...event, seq } as ChatEvent;
        await tx.query('INSERT INTO chat_events (conversation_id, seq, idempotency_key, event) VALUES ($1, $2, $3, $4::jsonb)', [
          id,
          seq,
          idempotencyKey ?? null,
          JSON.stringify(stored),
        ]);
        await tx.query('UPDATE conversations SET last_seq = $2 WHERE id = $1', [id, seq]);
        return { event: stored, duplicate: false };
      });
    },
    async transition(id, when, change, event) {
      return db.transaction(async (tx) => {
        // The row lock orders this against appends and other transitions of the conversation.
        const locked = await tx.query<{ last_seq: number; status: string; profession: string }>(
          'SELECT last_seq, status, profession FROM conversations WHERE id = $1 FOR UPDATE',
          [id],
        );
        const row = locked.rows[0];
        if (!row || !when.status.includes(row.status as ConversationRecord['status']) || (when.profession && row.profession !== when.profession)) return null;
        const seq = Number(row.last_seq) + 1;
        const stored = { ...event, seq } as ChatEvent;
        await tx.query(
          `UPDATE conversations
              SET profession = COALESCE($2, profession),
                  status     = COALESCE($3, status),
                  record     = record || jsonb_strip_nulls(jsonb_build_object('profession', $2::text, 'status', $3::text, 'outcome', $5::text)),
                  last_seq   = $4
            WHERE id = $1`,
          [id, change.profession ?? null, change.status ?? null, seq, change.outcome ?? null],
        );
        await tx.query('INSERT INTO chat_events (conversation_id, seq, idempotency_key, event) VALUES ($1, $2, NULL, $3::jsonb)', [id, seq, JSON.stringify(stored)]);
        return stored;
      });
    },
    async hasKey(id, key) {
      const { rows } = await db.query('SELECT 1 FROM chat_events WHERE conversation_id = $1 AND idempotency_key = $2', [id, key]);
      return rows.length > 0;
    },
    async listAfter(id, after, limit) {
      const exists = await db.query('SELECT 1 FROM conversations WHERE id = $1', [id]);
      if (exists.rows.length === 0) throw missing(id);
      const { rows } = await db.query<{ event: ChatEvent | string }>(
        'SELECT event FROM chat_events WHERE conversation_id = $1 AND seq > $2 ORDER BY seq LIMIT $3',
        [id, Math.max(0, after), limit === undefined || !Number.isFinite(limit) ? null : limit],
      );
      return rows.map((r) => parse(r.event));
    },
    async lastSeq(id) {
      const { rows } = await db.query<{ last_seq: number }>('SELECT last_seq FROM conversations WHERE id = $1', [id]);
      if (!rows[0]) throw missing(id);
      return Number(rows[0].last_seq);
    },
    async waiting(clinic, profession) {
      const { rows } = await db.query<{ id: string }>(
        `SELECT id FROM conversations WHERE clinic = $1 AND profession = $2 AND status = 'queued' ORDER BY created_at, id`,
        [clinic, profession],
      );
      return rows.map((r) => r.id);
    },
    async listByOwners(owners) {
      const { rows } = await db.query<ConversationRow>(`SELECT record FROM conversations WHERE owner = ANY($1::text[]) ORDER BY created_at DESC, id`, [owners]);
      return rows.map((r) => parse(r.record));
    },
    async listByClinic(clinic, statuses) {
      const { rows } = await db.query<ConversationRow>(
        `SELECT record FROM conversations WHERE clinic = $1 AND status = ANY($2::text[]) ORDER BY created_at, id`,
        [clinic, statuses],
      );
      return rows.map((r) => parse(r.record));
    },
  };
}
