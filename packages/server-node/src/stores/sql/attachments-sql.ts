import { StoreConflict, type AttachmentRecord, type Store } from '@nara/server';
import type { BlobStore } from '../file-blobs.js';
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

/**
 * Attached files in SQL: what the service checked about them in a row, the bytes in a `bytea`
 * column (PostgreSQL) or, given `blobs`, outside the database (PGlite: files, so that the event loop
 * is not held while the bytes are copied into the WebAssembly heap).
 */
export function sqlAttachments(db: SqlDatabase, blobs?: BlobStore): Store['attachments'] {
  const EMPTY = new Uint8Array(0);
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
          blobs ? EMPTY : record.bytes,
        ]);
      // The bytes first: a row never points at bytes that are not there.
      if (blobs) await blobs.put(record.id, record.bytes);
      let stored = false;
      try {
        if (!limit) {
          await insert(db);
          return (stored = true);
        }
        // Summing and inserting under a per-owner lock: concurrent uploads cannot both pass the sum.
        return await db.transaction(async (tx) => {
          await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`attachment-quota:${record.owner}`]);
          const { rows } = await tx.query<{ total: string | number }>('SELECT COALESCE(sum(size), 0) AS total FROM attachments WHERE owner = $1', [record.owner]);
          if (Number(rows[0].total) + record.size > limit.bytes) return false;
          await insert(tx);
          return (stored = true);
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw new StoreConflict(`Attachment ${record.id} already exists`, { cause: error });
        throw error;
      } finally {
        if (blobs && !stored) await blobs.delete(record.id);
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
        // A plain Uint8Array whatever the driver hands back (node-postgres: Buffer); rows from before
        // the blob store keep their bytes in the row.
        bytes: blobs && (!r.bytes || r.bytes.length === 0) ? ((await blobs.get(r.id)) ?? EMPTY) : new Uint8Array(r.bytes),
      };
      return record;
    },
    async markReferenced(owner, ids) {
      if (ids.length) await db.query('UPDATE attachments SET referenced = true WHERE owner = $1 AND id = ANY($2::text[])', [owner, ids]);
    },
    async deleteUnreferenced(before) {
      const { rows } = await db.query<{ id: string }>('DELETE FROM attachments WHERE NOT referenced AND creation::timestamptz < $1::timestamptz RETURNING id', [before]);
      if (blobs) for (const { id } of rows) await blobs.delete(id);
      return rows.length;
    },
  };
}
