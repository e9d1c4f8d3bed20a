import { mkdirSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Where an attachment's bytes live when not in the database row. PGlite runs in this process, and a
 * 10 MB `bytea` parameter kept the event loop busy for tens of seconds (issue #17); files written
 * with `fs/promises` leave it free. An S3-compatible object store fits the same three methods
 * (PUT / GET / DELETE by key).
 */
export interface BlobStore {
  put(id: string, bytes: Uint8Array): Promise<void>;
  /** The bytes, or undefined when there are none under that id. */
  get(id: string): Promise<Uint8Array | undefined>;
  delete(id: string): Promise<void>;
}

/** Ids the server made (`crypto.randomUUID()`); anything else never reaches the file system. */
const SAFE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** One file per attachment in `dir` (created when missing). */
export function fileBlobs(dir: string): BlobStore {
  mkdirSync(dir, { recursive: true });
  const path = (id: string) => (SAFE_ID.test(id) ? join(dir, id) : undefined);
  return {
    async put(id, bytes) {
      const file = path(id);
      if (!file) throw new Error(`Not a blob id: ${id}`);
      await writeFile(file, bytes, { flag: 'wx' });
    },
    async get(id) {
      const file = path(id);
      if (!file) return undefined;
      try {
        return new Uint8Array(await readFile(file));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    async delete(id) {
      const file = path(id);
      if (file) await rm(file, { force: true });
    },
  };
}

/** Blobs in memory (PGlite without a data folder: tests). */
export function memoryBlobs(): BlobStore {
  const blobs = new Map<string, Uint8Array>();
  return {
    async put(id, bytes) {
      blobs.set(id, bytes.slice());
    },
    async get(id) {
      return blobs.get(id)?.slice();
    },
    async delete(id) {
      blobs.delete(id);
    },
  };
}
