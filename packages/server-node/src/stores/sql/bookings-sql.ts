import { StoreConflict, type BookingRecord, type CreateOutcome, type Store } from '@nara/server';
import { isUniqueViolation, type SqlDatabase, type SqlQueryable } from './sql-client.js';

interface BookingRow {
  id: string;
  person: string;
  slot_id: string;
  clinic: string;
  profession: BookingRecord['profession'];
  visit_type: BookingRecord['visitType'];
  start_at: string;
  end_at: string;
  status: BookingRecord['status'];
  assessment_id: string | null;
  created_at: string;
  cancelled_at: string | null;
  revision: number;
}

const COLUMNS = 'id, person, slot_id, clinic, profession, visit_type, start_at, end_at, status, assessment_id, created_at, cancelled_at, revision';

const fromRow = (r: BookingRow): BookingRecord => ({
  id: r.id,
  person: r.person,
  slotId: r.slot_id,
  clinic: r.clinic,
  profession: r.profession,
  visitType: r.visit_type,
  start: r.start_at,
  end: r.end_at,
  status: r.status,
  ...(r.assessment_id !== null ? { assessmentId: r.assessment_id } : {}),
  createdAt: r.created_at,
  ...(r.cancelled_at !== null ? { cancelledAt: r.cancelled_at } : {}),
  revision: Number(r.revision),
});

/**
 * Bookings in SQL. Instants are kept as the ISO text they came as (so a record reads back exactly
 * as written) and compared as timestamptz (so offsets and precision do not matter). Double booking is impossible by construction: a partial unique index allows one
 * `booked` row per slot, and every write is one statement guarded by it (never check-then-insert).
 */
export function sqlBookings(db: SqlDatabase): Store['bookings'] {
  const byKey = async (q: SqlQueryable, person: string, key: string) =>
    (await q.query<BookingRow>(`SELECT ${COLUMNS} FROM bookings WHERE person = $1 AND idempotency_key = $2`, [person, key])).rows[0];
  /** A replay is the same request: the same slot and the same assessment. */
  const replayOf = (earlier: BookingRow, record: BookingRecord): CreateOutcome =>
    earlier.slot_id === record.slotId && earlier.assessment_id === (record.assessmentId ?? null) ? { outcome: 'replayed', booking: fromRow(earlier) } : { outcome: 'key-reused' };

  const create = async (q: SqlQueryable, record: BookingRecord, idempotencyKey: string | undefined, limit: { futurePerClinic: number; now: string } | undefined): Promise<CreateOutcome> => {
      if (idempotencyKey !== undefined) {
        const earlier = await byKey(q, record.person, idempotencyKey);
        if (earlier) return replayOf(earlier, record);
      }
      if (limit) {
        const { rows: counted } = await q.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM bookings
            WHERE person = $1 AND clinic = $2 AND status = 'booked' AND start_at::timestamptz > $3::timestamptz`,
          [record.person, record.clinic, limit.now],
        );
        if (Number(counted[0].n) >= limit.futurePerClinic) return { outcome: 'quota' };
      }
      const { rows } = await q.query<BookingRow>(
        `INSERT INTO bookings (${COLUMNS}, idempotency_key)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
         ON CONFLICT DO NOTHING
         RETURNING ${COLUMNS}`,
        [
          record.id,
          record.person,
          record.slotId,
          record.clinic,
          record.profession,
          record.visitType,
          record.start,
          record.end,
          record.status,
          record.assessmentId ?? null,
          record.createdAt,
          record.cancelledAt ?? null,
          record.revision,
          idempotencyKey ?? null,
        ],
      );
      if (rows[0]) return { outcome: 'created', booking: fromRow(rows[0]) };
      // Nothing inserted: a concurrent request with the same key won, or the slot is held.
      if (idempotencyKey !== undefined) {
        const earlier = await byKey(q, record.person, idempotencyKey);
        if (earlier) return replayOf(earlier, record);
      }
      const sameId = await q.query('SELECT 1 FROM bookings WHERE id = $1', [record.id]);
      if (sameId.rows.length > 0) throw new StoreConflict(`Booking ${record.id} already exists`);
      return { outcome: 'taken' };
  };

  return {
    async create(record, idempotencyKey, limit) {
      if (!limit) return create(db, record, idempotencyKey, undefined);
      // Counting and inserting under a per-person lock: concurrent bookings cannot both pass the count.
      return db.transaction(async (tx) => {
        await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`booking-quota:${record.person}`]);
        return create(tx, record, idempotencyKey, limit);
      });
    },
    async get(id) {
      const { rows } = await db.query<BookingRow>(`SELECT ${COLUMNS} FROM bookings WHERE id = $1`, [id]);
      return rows[0] ? fromRow(rows[0]) : null;
    },
    async listByPerson(person) {
      const { rows } = await db.query<BookingRow>(`SELECT ${COLUMNS} FROM bookings WHERE person = $1 ORDER BY start_at::timestamptz, created_at, id`, [person]);
      return rows.map(fromRow);
    },
    async heldSlotIds(clinic, from, to) {
      const { rows } = await db.query<{ slot_id: string }>(
        `SELECT slot_id FROM bookings
          WHERE clinic = $1 AND status = 'booked' AND start_at::timestamptz >= $2::timestamptz AND start_at::timestamptz < $3::timestamptz`,
        [clinic, from, to],
      );
      return new Set(rows.map((r) => r.slot_id));
    },
    async cancel(id, at) {
      const { rows } = await db.query<BookingRow>(
        `UPDATE bookings SET status = 'cancelled', cancelled_at = $2, revision = revision + 1
          WHERE id = $1 AND status = 'booked' RETURNING ${COLUMNS}`,
        [id, at],
      );
      if (rows[0]) return fromRow(rows[0]);
      return this.get(id);
    },
    async move(id, slot) {
      const current = await this.get(id);
      if (!current || current.status !== 'booked') return { outcome: 'not-found' };
      if (current.slotId === slot.slotId) return { outcome: 'moved', booking: current };
      try {
        const { rows } = await db.query<BookingRow>(
          `UPDATE bookings SET slot_id = $2, profession = $3, visit_type = $4, start_at = $5, end_at = $6, revision = revision + 1
            WHERE id = $1 AND status = 'booked' RETURNING ${COLUMNS}`,
          [id, slot.slotId, slot.profession, slot.visitType, slot.start, slot.end],
        );
        return rows[0] ? { outcome: 'moved', booking: fromRow(rows[0]) } : { outcome: 'not-found' };
      } catch (error) {
        if (isUniqueViolation(error)) return { outcome: 'taken' };
        throw error;
      }
    },
  };
}
