import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
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
  return Object.assign(createSqlStore(database), { database });
}
