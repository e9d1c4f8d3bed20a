import { randomBytes } from 'node:crypto';
import { createMemoryStore } from '@nara/server';
import { createPgliteStore } from './pglite-store.js';
import { createPostgresStore } from './postgres-store.js';
import { storeConformance } from './store.conformance.js';
import { testDatabaseUrl } from './test-database.js';

storeConformance('memory', async () => createMemoryStore());
storeConformance('PGlite (in memory)', () => createPgliteStore());

const url = testDatabaseUrl();
if (url) {
  // Each store gets its own schema, dropped when the store is closed.
  storeConformance('PostgreSQL', async () => {
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const store = await createPostgresStore({ connectionString: url, schema, maxConnections: 4 });
    return {
      ...store,
      async close() {
        await store.pool.query(`DROP SCHEMA ${schema} CASCADE`);
        await store.close?.();
      },
    };
  });
}
