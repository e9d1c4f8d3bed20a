/**
 * Fills a store with a realistic month of closed errands for the follow-up (indicators,
 * nara-follow-up): `node --import tsx scripts/seed-follow-up-month.ts [YYYY-MM] [count]`.
 * With DATABASE_URL it writes to PostgreSQL, with NARA_PGLITE_DIR to that PGlite directory;
 * otherwise it fills a memory store and prints the month's indicators (a dry run). The
 * distributions are written down in packages/server/src/seed/follow-up-month.ts.
 */
import { computeIndicators } from '../packages/server/src/services/indicators.js';
import { createMemoryStore, fillFollowUpMonth, type Store } from '@nara/server';
import { createPgliteStore } from '../packages/server-node/src/stores/pglite-store.js';
import { createPostgresStore } from '../packages/server-node/src/stores/postgres-store.js';

const month = process.argv[2] ?? new Date().toISOString().slice(0, 7);
const count = Number(process.argv[3] ?? 2400);
if (!/^\d{4}-\d{2}$/.test(month) || !(count > 0)) {
  console.error('Usage: seed-follow-up-month.ts [YYYY-MM] [count]');
  process.exit(2);
}
const store: Store = process.env.DATABASE_URL
  ? await createPostgresStore({ connectionString: process.env.DATABASE_URL })
  : process.env.NARA_PGLITE_DIR
    ? await createPgliteStore(process.env.NARA_PGLITE_DIR)
    : createMemoryStore();
const written = await fillFollowUpMonth(store, { month, count });
const [y, m] = month.split('-').map(Number);
const records = await store.followUp.list({ from: new Date(Date.UTC(y, m - 1, 1)).toISOString(), to: new Date(Date.UTC(y, m, 1)).toISOString() });
console.log(`${written} errands written for ${month}`);
for (const i of computeIndicators(records)) console.log(`${i.id.padEnd(38)} ${String(i.numerator ?? '').padStart(6)} / ${String(i.denominator ?? '').padStart(6)} = ${i.value}`);
await store.close?.();
