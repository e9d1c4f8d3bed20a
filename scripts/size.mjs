// Prints the gzip size of what each CDN entry makes the browser download (the entry and every chunk it
// imports statically; lazy chunks such as the demo backend are counted apart), and fails when a budget is
// exceeded, naming the file.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dir = 'dist/cdn/';
const chunks = JSON.parse(readFileSync(dir + 'chunks.json', 'utf8'));
const gzip = (file) => gzipSync(readFileSync(dir + file), { level: 9 }).length;

/** Budgets in KB gzip. An element without its own line gets `element`. */
const budgets = JSON.parse(readFileSync('size-budgets.json', 'utf8'));

const closure = (file, seen = new Set()) => {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const dep of chunks[file].imports) closure(dep, seen);
  return seen;
};

const rows = [];
let failed = false;
for (const [file, info] of Object.entries(chunks)) {
  if (!info.entry) continue;
  const files = closure(file);
  const bytes = [...files].reduce((sum, f) => sum + gzip(f), 0);
  const budget = budgets[info.entry] ?? budgets.element;
  const over = bytes > budget * 1024;
  failed ||= over;
  rows.push({ entry: info.entry, file: dir + file, kb: (bytes / 1024).toFixed(1), budget, status: over ? 'OVER BUDGET' : 'ok' });
}
const lazy = new Set(Object.values(chunks).flatMap((c) => c.dynamicImports));
for (const file of lazy) {
  const files = [...closure(file)].filter((f) => !closure(Object.keys(chunks).find((k) => chunks[k].entry === 'nara')).has(f));
  const bytes = files.reduce((sum, f) => sum + gzip(f), 0);
  const budget = budgets['demo-backend'];
  const over = bytes > budget * 1024;
  failed ||= over;
  rows.push({ entry: '(lazy) ' + file.replace(/-[\w-]+\.js$/, ''), file: dir + file, kb: (bytes / 1024).toFixed(1), budget, status: over ? 'OVER BUDGET' : 'ok' });
}
rows.sort((a, b) => a.entry.localeCompare(b.entry));
const pad = (s, n) => String(s).padEnd(n);
console.log(`${pad('entry', 26)}${pad('KB gzip', 10)}${pad('budget', 8)}status`);
for (const r of rows) console.log(`${pad(r.entry, 26)}${pad(r.kb, 10)}${pad(r.budget, 8)}${r.status}`);
for (const r of rows) if (r.status !== 'ok') console.error(`size budget exceeded: ${r.file} (${r.entry}) is ${r.kb} KB gzip, budget ${r.budget} KB`);
process.exit(failed ? 1 : 0);
