// Prints the gzip size of what each CDN entry makes the browser download (the entry and every chunk it
// imports statically; lazy chunks such as the demo backend are counted apart), and fails when a budget is
// exceeded, naming the file. Budgets (KB gzip) are in size-budgets.json: `nara` is the autoloader,
// `nara-all` the whole bundle, an
// element folder's name is that element alone (an element without its own line gets `element`), and
// `demo-backend` is every lazily loaded chunk. `alone` names elements measured on their own as well
// (scripts/element-alone-size.mjs: a build with that element as the only entry, lit included, what a page
// that uses only it downloads before it shows; its lazy parts such as the attachment field apart).
// Run from the repository root after `npm run build`.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dir = 'dist/cdn/';
const fail = (message) => {
  console.error(message);
  process.exit(1);
};
if (!existsSync(dir + 'chunks.json')) fail(`size: ${dir}chunks.json is missing; run \`npm run build\` first`);
if (!existsSync('size-budgets.json')) fail('size: size-budgets.json is missing');
const chunks = JSON.parse(readFileSync(dir + 'chunks.json', 'utf8'));
const gzip = (file) => {
  if (!existsSync(dir + file)) fail(`size: ${dir}${file} is listed in chunks.json but missing; rebuild`);
  return gzipSync(readFileSync(dir + file), { level: 9 }).length;
};

/** Budgets in KB gzip. */
const budgets = JSON.parse(readFileSync('size-budgets.json', 'utf8'));
for (const required of ['element', 'demo-backend']) if (typeof budgets[required] !== 'number') fail(`size: size-budgets.json needs a number for "${required}"`);
if (budgets.alone !== undefined && (typeof budgets.alone !== 'object' || Object.values(budgets.alone).some((b) => typeof b !== 'number'))) fail('size: "alone" in size-budgets.json maps element folders to numbers');

const closure = (file, seen = new Set()) => {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const dep of chunks[file]?.imports ?? []) closure(dep, seen);
  return seen;
};
const kb = (bytes) => (bytes / 1024).toFixed(1);
/** The files behind a figure, largest first: "entry.js 3.1 KB + shared-x.js 9.0 KB". */
const breakdown = (files) =>
  files
    .map((f) => [f, gzip(f)])
    .sort((a, b) => b[1] - a[1])
    .map(([f, bytes]) => `${f} ${kb(bytes)} KB`)
    .join(' + ');

const rows = [];
const measure = (entry, file, files, budget) => {
  const bytes = files.reduce((sum, f) => sum + gzip(f), 0);
  rows.push({ entry, file: dir + file, kb: kb(bytes), budget, over: bytes > budget * 1024, files });
};
// What a lazy chunk adds is counted on top of the bundle that registers everything (`nara-all`; `nara` before the autoloader).
const whole = Object.keys(chunks).find((k) => chunks[k].entry === 'nara-all') ?? Object.keys(chunks).find((k) => chunks[k].entry === 'nara');
const eager = whole ? closure(whole) : new Set();
for (const [file, info] of Object.entries(chunks)) {
  if (info.entry) measure(info.entry, file, [...closure(file)], budgets[info.entry] ?? budgets.element);
}
const lazy = new Set(Object.values(chunks).flatMap((c) => c.dynamicImports ?? []));
for (const file of lazy) {
  // What a lazy chunk adds on top of the whole bundle.
  measure('(lazy) ' + file.replace(/-[\w-]{8}\.js$/, ''), file, [...closure(file)].filter((f) => !eager.has(f)), budgets['demo-backend']);
}

rows.sort((a, b) => a.entry.localeCompare(b.entry));
for (const [element, budget] of Object.entries(budgets.alone ?? {})) {
  const alone = JSON.parse(execFileSync(process.execPath, ['scripts/element-alone-size.mjs', element], { encoding: 'utf8' }));
  rows.push({ entry: `${element} alone`, file: `scripts/element-alone-size.mjs ${element}`, kb: alone.kb.toFixed(1), budget, over: alone.kb > budget, files: [], detail: alone.files.join(' + ') });
}
const pad = (s, n) => String(s).padEnd(n);
console.log(`${pad('entry', 26)}${pad('KB gzip', 10)}${pad('budget', 8)}status`);
for (const r of rows) console.log(`${pad(r.entry, 26)}${pad(r.kb, 10)}${pad(r.budget, 8)}${r.over ? 'OVER BUDGET' : 'ok'}`);
for (const r of rows.filter((r) => r.over)) {
  console.error(`size budget exceeded: ${r.file} (${r.entry}) is ${r.kb} KB gzip, budget ${r.budget} KB — ${r.detail ?? breakdown(r.files)}`);
}
process.exit(rows.some((r) => r.over) ? 1 : 0);
