import { StoreConflict, type AttachmentRecord, type Store } from '@nara/server';
import { isUniqueViolation, type SqlDatabase } from './sql-client.js';

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
    async put(record) {
      try {
        await db.query('INSERT INTO attachments (id, owner, content_type, title, size, creation, bytes) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
          record.id,
          record.owner,
          record.contentType,
          record.title,
          record.size,
          record.creation,
          record.bytes,
        ]);
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
  };
}
