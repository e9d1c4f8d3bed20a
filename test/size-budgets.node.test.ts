// scripts/size.mjs, the CI check that bundles stay within size-budgets.json, run against fake builds.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';

const script = resolve('scripts/size.mjs');
const folders: string[] = [];
after(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));

/** Random bytes do not compress: `kb` of them is about `kb` KB gzip. */
const incompressible = (kb: number) => randomBytes(Math.round(kb * 1024));
const compressible = (kb: number) => 'customElements.define("x", class {});\n'.repeat(Math.round((kb * 1024) / 38));

interface Chunk {
  entry?: string;
  imports?: string[];
  dynamicImports?: string[];
  body: string | Buffer;
}

/** A folder with dist/cdn (files and chunks.json, as rollup.config.js writes them) and size-budgets.json. */
function fakeBuild(chunks: Record<string, Chunk>, budgets: Record<string, number>) {
  const root = mkdtempSync(join(tmpdir(), 'nara-size-'));
  folders.push(root);
  mkdirSync(join(root, 'dist/cdn'), { recursive: true });
  const manifest: Record<string, unknown> = {};
  for (const [file, c] of Object.entries(chunks)) {
    writeFileSync(join(root, 'dist/cdn', file), c.body);
    manifest[file] = { entry: c.entry, imports: c.imports ?? [], dynamicImports: c.dynamicImports ?? [] };
  }
  writeFileSync(join(root, 'dist/cdn/chunks.json'), JSON.stringify(manifest));
  writeFileSync(join(root, 'size-budgets.json'), JSON.stringify(budgets));
  return root;
}

function checkSizes(root: string) {
  const run = spawnSync(process.execPath, [script], { cwd: root, encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const BUDGETS = { nara: 40, element: 10, 'shortcut-tile': 10, 'demo-backend': 20 };
const healthy = (): Record<string, Chunk> => ({
  'nara.js': { entry: 'nara', imports: ['shortcut-tile.js', 'shared-AbC12345.js'], dynamicImports: ['demo-backend-Xy_9-abc.js'], body: compressible(5) },
  'shortcut-tile.js': { entry: 'shortcut-tile', imports: ['shared-AbC12345.js'], body: incompressible(2) },
  'shared-AbC12345.js': { imports: [], body: incompressible(5) },
  'demo-backend-Xy_9-abc.js': { imports: ['shared-AbC12345.js'], body: incompressible(8) },
});

describe('the size budget check', () => {
  it('passes and prints every entry when all are within budget', () => {
    const { code, out, err } = checkSizes(fakeBuild(healthy(), BUDGETS));
    assert.equal(code, 0, err);
    assert.match(out, /^nara\s+[\d.]+\s+40\s+ok$/m);
    assert.match(out, /^shortcut-tile\s+[\d.]+\s+10\s+ok$/m);
    assert.match(out, /^\(lazy\) demo-backend\s+[\d.]+\s+20\s+ok$/m);
    assert.equal(err, '');
  });

  it('fails, naming the file, when one element grows past its budget', () => {
    const chunks = healthy();
    chunks['shortcut-tile.js'].body = incompressible(12);
    const { code, out, err } = checkSizes(fakeBuild(chunks, BUDGETS));
    assert.equal(code, 1);
    assert.match(out, /^shortcut-tile\s+1\d\.\d\s+10\s+OVER BUDGET$/m);
    assert.match(err, /size budget exceeded: dist\/cdn\/shortcut-tile\.js \(shortcut-tile\) is 1\d\.\d KB gzip, budget 10 KB/);
    // It says where the bytes are: the entry itself is the largest part.
    assert.match(err, /— shortcut-tile\.js 1\d\.\d KB \+ shared-AbC12345\.js [\d.]+ KB/);
    // Only that entry is named.
    assert.doesNotMatch(err, /nara\.js|demo-backend/);
  });

  it('counts a shared chunk in every element that imports it', () => {
    const chunks = healthy();
    chunks['shared-AbC12345.js'].body = incompressible(9);
    const { code, err } = checkSizes(fakeBuild(chunks, BUDGETS));
    assert.equal(code, 1);
    assert.match(err, /dist\/cdn\/shortcut-tile\.js \(shortcut-tile\) is 1\d\.\d KB gzip, budget 10 KB — shared-AbC12345\.js/);
  });

  it('fails when the lazy demo backend grows past its budget, counting only what it adds', () => {
    const chunks = healthy();
    chunks['demo-backend-Xy_9-abc.js'].body = incompressible(21);
    const { code, err } = checkSizes(fakeBuild(chunks, BUDGETS));
    assert.equal(code, 1);
    assert.match(err, /size budget exceeded: dist\/cdn\/demo-backend-Xy_9-abc\.js \(\(lazy\) demo-backend\) is 2\d\.\d KB gzip, budget 20 KB — demo-backend-Xy_9-abc\.js 2\d\.\d KB$/m);
  });

  it('holds an element without its own line to the `element` budget', () => {
    const chunks = healthy();
    chunks['booking-picker.js'] = { entry: 'booking-picker', body: incompressible(11) };
    const { code, err } = checkSizes(fakeBuild(chunks, BUDGETS));
    assert.equal(code, 1);
    assert.match(err, /dist\/cdn\/booking-picker\.js \(booking-picker\) is 1\d\.\d KB gzip, budget 10 KB/);
  });

  it('fails with a clear message when there is no build', () => {
    const root = fakeBuild(healthy(), BUDGETS);
    rmSync(join(root, 'dist'), { recursive: true });
    const { code, err } = checkSizes(root);
    assert.equal(code, 1);
    assert.match(err, /dist\/cdn\/chunks\.json is missing; run `npm run build` first/);
  });

  it('measures an element on its own (scripts/element-alone-size.mjs) against `alone`, and fails above it', () => {
    const root = fakeBuild(healthy(), { ...BUDGETS, alone: { questionnaire: 20 } } as unknown as Record<string, number>);
    // the real script builds the element with rollup; here one that reports a figure, as it prints it
    mkdirSync(join(root, 'scripts'));
    const alone = (kb: number) =>
      writeFileSync(join(root, 'scripts/element-alone-size.mjs'), `console.log(JSON.stringify({ element: process.argv[2], kb: ${kb}, files: [process.argv[2] + '.js ${kb} KB'], lazyKb: 3 }));`);
    alone(19.6);
    const within = checkSizes(root);
    assert.equal(within.code, 0, within.err);
    assert.match(within.out, /^questionnaire alone\s+19\.6\s+20\s+ok$/m);
    alone(21.3);
    const over = checkSizes(root);
    assert.equal(over.code, 1);
    assert.match(over.out, /^questionnaire alone\s+21\.3\s+20\s+OVER BUDGET$/m);
    assert.match(over.err, /size budget exceeded: scripts\/element-alone-size\.mjs questionnaire \(questionnaire alone\) is 21\.3 KB gzip, budget 20 KB — questionnaire\.js 21\.3 KB$/m);
  });
});
