import pg from 'pg';
import type { Store } from '@nara/server';
import { migrate } from './sql/migrations.js';
import { isUniqueViolation, type SqlDatabase, type SqlQueryable } from './sql/sql-client.js';
import { createSqlStore } from './sql/sql-store.js';

const queryable = (db: pg.Pool | pg.PoolClient): SqlQueryable => ({
  async query<Row>(sql: string, params?: unknown[]) {
    const result = await db.query(sql, params);
    return { rows: result.rows as Row[] };
  },
  async exec(sql: string) {
    await db.query(sql);
  },
});

export interface PostgresOptions {
  connectionString: string;
  /** Schema to work in (created when missing); tests use one per run. Default: the server's search_path. */
  schema?: string;
  /** Most connections this process opens. Default 10. */
  maxConnections?: number;
}

/** A node-postgres pool as a `SqlDatabase`. */
export function postgresDatabase(pool: pg.Pool): SqlDatabase {
  return {
    ...queryable(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(queryable(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

export function postgresPool(options: PostgresOptions): pg.Pool {
  const schema = options.schema;
  if (schema && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`Not a plain schema name: ${schema}`);
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle connection that drops (database restart) must not crash the process; the next query reconnects.
  pool.on('error', (error) => console.error(JSON.stringify({ level: 'error', msg: 'postgres pool', error: error.message })));
  return pool;
}

/** The store on a PostgreSQL server (`DATABASE_URL`): for running several server processes. */
export async function createPostgresStore(options: PostgresOptions): Promise<Store & { database: SqlDatabase; pool: pg.Pool }> {
  const pool = postgresPool(options);
  if (options.schema) {
    // Two processes starting together may both try; the loser sees a unique violation, which is fine.
    await pool.query(`CREATE SCHEMA IF NOT EXISTS ${options.schema}`).catch((error: unknown) => {
      if (!isUniqueViolation(error)) throw error;
    });
  }
  const database = postgresDatabase(pool);
  await migrate(database);
  return Object.assign(createSqlStore(database), { database, pool });
}
