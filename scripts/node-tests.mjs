// Runs the tests that need Node (databases, processes, files): every `*.node.test.ts` under packages/ and test/.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const found = [];
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.name.endsWith('.node.test.ts')) found.push(path);
  }
};
for (const root of ['packages', 'test']) if (existsSync(root)) walk(root);
const filter = process.argv[2];
const files = filter ? found.filter((f) => f.includes(filter)) : found;
if (files.length === 0) {
  console.log('no node tests');
  process.exit(0);
}
const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...files], { stdio: 'inherit' });
process.exit(run.status ?? 1);
