import { StoreConflict, type AttachmentRecord, type Store } from '@nara/server';
import { isUniqueViolation, type SqlDatabase, type SqlQueryable } from './sql-client.js';

interface AttachmentRow {
  id: string;
  owner: string;
  content_type: string;
  title: string;
  size: number;
  creation: string;
  bytes: Uint8Array;
}

/** Attached files in SQL: the bytes in a bytea column next to what the service checked about them. */
export function sqlAttachments(db: SqlDatabase): Store['attachments'] {
  return {
    async put(record, limit) {
      const insert = (q: SqlQueryable) =>
        q.query('INSERT INTO attachments (id, owner, content_type, title, size, creation, bytes) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
          record.id,
          record.owner,
          record.contentType,
          record.title,
          record.size,
          record.creation,
          record.bytes,
        ]);
      try {
        if (!limit) {
          await insert(db);
          return true;
        }
        // Summing and inserting under a per-owner lock: concurrent uploads cannot both pass the sum.
        return await db.transaction(async (tx) => {
          await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`attachment-quota:${record.owner}`]);
          const { rows } = await tx.query<{ total: string | number }>('SELECT COALESCE(sum(size), 0) AS total FROM attachments WHERE owner = $1', [record.owner]);
          if (Number(rows[0].total) + record.size > limit.bytes) return false;
          await insert(tx);
          return true;
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw new StoreConflict(`Attachment ${record.id} already exists`, { cause: error });
        throw error;
      }
    },
    async get(id) {
      const { rows } = await db.query<AttachmentRow>('SELECT id, owner, content_type, title, size, creation, bytes FROM attachments WHERE id = $1', [id]);
      const r = rows[0];
      if (!r) return undefined;
      const record: AttachmentRecord = {
        id: r.id,
        owner: r.owner,
        contentType: r.content_type,
        title: r.title,
        size: Number(r.size),
        creation: r.creation,
        // A plain Uint8Array whatever the driver hands back (node-postgres: Buffer).
        bytes: new Uint8Array(r.bytes),
      };
      return record;
    },
    async markReferenced(owner, ids) {
      if (ids.length) await db.query('UPDATE attachments SET referenced = true WHERE owner = $1 AND id = ANY($2::text[])', [owner, ids]);
    },
    async deleteUnreferenced(before) {
      const { rows } = await db.query<{ id: string }>('DELETE FROM attachments WHERE NOT referenced AND creation::timestamptz < $1::timestamptz RETURNING id', [before]);
      return rows.length;
    },
  };
}
