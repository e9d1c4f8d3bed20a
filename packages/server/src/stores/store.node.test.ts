import { randomBytes } from 'node:crypto';
import { createMemoryStore } from './memory-store.js';
import { createPgliteStore } from './pglite-store.js';
import { createPostgresStore } from './postgres-store.js';
import { storeConformance } from './store.conformance.js';
import { testDatabaseUrl } from './test-database.js';

storeConformance('memory', async () => createMemoryStore());
storeConformance('PGlite (in memory)', () => createPgliteStore());

const url = testDatabaseUrl();
if (url) {
  storeConformance('PostgreSQL', () => createPostgresStore({ connectionString: url, schema: `t_${randomBytes(6).toString('hex')}` }));
}
