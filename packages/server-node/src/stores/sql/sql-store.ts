import { StoreConflict, type AccessLogEntry, type Store } from '@nara/server';
import type { BlobStore } from '../file-blobs.js';
import { sqlAttachments } from './attachments-sql.js';
import { sqlBookings } from './bookings-sql.js';
import { sqlCases } from './cases-sql.js';
import { sqlConversations } from './conversations-sql.js';
import { sqlFollowUp } from './follow-up-sql.js';
import { sqlConsultations } from './consultations-sql.js';
import { sqlClinicSettings } from './clinic-settings-sql.js';
import { isUniqueViolation, type SqlDatabase, type SqlQueryable } from './sql-client.js';

const iso = (value: unknown): string => (value instanceof Date ? value : new Date(String(value))).toISOString();

/** Runs a write, turning a unique violation into `StoreConflict`. */
async function writing<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw new StoreConflict('The record already exists', { cause: error });
    throw error;
  }
}

/**
 * The Store over SQL, shared by PGlite (embedded) and PostgreSQL. The schema comes from
 * `migrations.ts`; run `migrate(db)` first.
 */
export function createSqlStore(db: SqlDatabase, options: { blobs?: BlobStore } = {}): Store {
  return {
    shortcuts: {
      async get(person) {
        const { rows } = await db.query<{ clinic: string; service_id: string }>(
          'SELECT clinic, service_id FROM shortcuts WHERE person = $1 ORDER BY position',
          [person],
        );
        return rows.map((r) => ({ clinic: r.clinic, serviceId: r.service_id }));
      },
      async put(person, refs) {
        await writing(() =>
          db.transaction(async (tx: SqlQueryable) => {
            // Saves for one person queue up, so concurrent saves never interleave their rows.
            await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`shortcuts:${person}`]);
            await tx.query('DELETE FROM shortcuts WHERE person = $1', [person]);
            if (refs.length === 0) return;
            await tx.query(
              `INSERT INTO shortcuts (person, position, clinic, service_id)
               SELECT $1, (n - 1)::integer, clinic, service_id FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS t(clinic, service_id, n)`,
              [person, refs.map((r) => r.clinic), refs.map((r) => r.serviceId)],
            );
          }),
        );
      },
    },
    bookings: sqlBookings(db),
    attachments: sqlAttachments(db, options.blobs),
    cases: sqlCases(db),
    conversations: sqlConversations(db),
    followUp: sqlFollowUp(db),
    consultations: sqlConsultations(db),
    clinicSettings: sqlClinicSettings(db),
    accessLog: {
      async append(entry) {
        await db.query('INSERT INTO access_log (at, actor, role, subject, action, resource, refused) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
          entry.at,
          entry.actor,
          entry.role,
          entry.subject,
          entry.action,
          entry.resource,
          entry.refused === true,
        ]);
      },
      async list(query = {}) {
        const { rows } = await db.query<Omit<AccessLogEntry, 'at'> & { at: unknown }>(
          `SELECT at, actor, role, subject, action, resource, refused FROM access_log
            WHERE ($1::text IS NULL OR subject = $1) AND ($2::text IS NULL OR actor = $2)
            ORDER BY id DESC LIMIT $3`,
          [query.subject ?? null, query.actor ?? null, query.limit ?? 100],
        );
        return rows.map(({ refused, ...r }) => ({ ...r, at: iso(r.at), ...(refused ? { refused: true } : {}) }));
      },
    },
    async close() {
      await db.close();
    },
  };
}
