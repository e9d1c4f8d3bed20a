/**
 * Store conformance in Node: the same runner-free cases the memory store runs in the browser
 * (packages/server/src/stores/conformance/), against memory, PGlite and PostgreSQL — one store per
 * implementation, each case in a scope of its own. PostgreSQL needs TEST_DATABASE_URL
 * (`eval "$(scripts/ci-postgres.sh)"`); without it, it is skipped with a printed notice.
 */
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { createMemoryStore, newScope, storeCases, type Store, type StoreArea } from '@nara/server';
import { createPgliteStore } from './pglite-store.js';
import { createPostgresStore } from './postgres-store.js';
import { testDatabaseUrl } from './test-database.js';

const url = testDatabaseUrl();

const implementations: [string, (() => Promise<Store>) | undefined][] = [
  ['memory', async () => createMemoryStore()],
  ['PGlite (in memory)', () => createPgliteStore()],
  [
    'PostgreSQL',
    url
      ? async () => {
          // A schema of its own, dropped when the store is closed.
          const schema = `t_${randomBytes(6).toString('hex')}`;
          const store = await createPostgresStore({ connectionString: url, schema, maxConnections: 4 });
          return {
            ...store,
            async close() {
              await store.pool.query(`DROP SCHEMA ${schema} CASCADE`);
              await store.close?.();
            },
          };
        }
      : undefined,
  ],
];

const areas = [...new Set(storeCases.map((c) => c.area))] as StoreArea[];

for (const [name, open] of implementations) {
  describe(`Store conformance: ${name}`, { skip: !open && 'set TEST_DATABASE_URL to run it' }, () => {
    let store: Store;
    before(async () => {
      store = await open!();
    });
    after(async () => {
      await store?.close?.();
    });
    for (const area of areas) {
      describe(area, () => {
        for (const c of storeCases.filter((c) => c.area === area)) it(c.name, () => c.run(store, newScope()));
      });
    }
    it('every area of the Store has cases', () => {
      const missing = Object.keys(store).filter((key) => key !== 'close' && key !== 'database' && key !== 'pool' && !areas.includes(key as StoreArea));
      if (missing.length) throw new Error(`areas without conformance cases: ${missing.join(', ')}`);
    });
  });
}
