// Runs every `bench/*.bench.ts` with tsx, one after the other, and prints what each reports.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const filter = process.argv[2];
const files = readdirSync('bench')
  .filter((name) => name.endsWith('.bench.ts') && (!filter || name.includes(filter)))
  .sort()
  .map((name) => join('bench', name));
if (files.length === 0) {
  console.log('no benchmarks');
  process.exit(0);
}
let failed = 0;
for (const file of files) {
  console.log(`\n# ${file}`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', file], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
