import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { fileBlobs, memoryBlobs } from './file-blobs.js';
import type { Store } from '@nara/server';
import { migrate } from './sql/migrations.js';
import type { SqlDatabase, SqlQueryable } from './sql/sql-client.js';
import { createSqlStore } from './sql/sql-store.js';

type PGliteLike = Pick<PGlite, 'query' | 'exec'>;

const queryable = (db: PGliteLike): SqlQueryable => ({
  async query<Row>(sql: string, params?: unknown[]) {
    const result = await db.query<Row>(sql, params);
    return { rows: result.rows };
  },
  async exec(sql: string) {
    await db.exec(sql);
  },
});

/** PGlite (PostgreSQL compiled to WebAssembly) as a `SqlDatabase`. */
export function pgliteDatabase(db: PGlite): SqlDatabase {
  return {
    ...queryable(db),
    transaction: (work) => db.transaction((tx) => work(queryable(tx))),
    close: () => db.close(),
  };
}

/**
 * The embedded store: PostgreSQL in-process, data in a folder (or in memory when `dataDir` is
 * undefined). Nothing to install; the default for `npm start`.
 */
export async function createPgliteStore(dataDir?: string): Promise<Store & { database: SqlDatabase }> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir);
  const database = pgliteDatabase(pglite);
  await migrate(database);
  // Attachment bytes beside the database, not in it: see file-blobs.ts.
  const blobs = dataDir ? fileBlobs(join(dataDir, 'attachments')) : memoryBlobs();
  return Object.assign(createSqlStore(database, { blobs }), { database });
}
