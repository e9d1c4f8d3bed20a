// `npm run bench`: builds, makes sure the peers are installed (bench/peers), runs every `bench/*.bench.ts`
// one after the other, and prints one table of figures, each of Nära against its peer measured in the same
// run. Writes bench/results.json and bench/RESULTS.md. Timings are not part of `npm test`.
//   node scripts/bench.mjs [filter] [--no-build]
// A benchmark reports figures through bench/report.ts (JSON lines in BENCH_RESULTS); for one that only
// prints, an adapter below reads its output.
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const filter = args.find((a) => !a.startsWith('--'));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Figures for benchmarks that print text only: file name → (stdout) → figures. */
const ADAPTERS = {
  'chat.bench.ts': (out) => {
    // "  <label>   12.3 ms" lines; "… and painted" continues the line before it.
    const count = /nara-chat-panel, (\d+) messages/.exec(out)?.[1];
    const area = `Chat${count ? ` (${Number(count).toLocaleString('en')} messages)` : ''}`;
    const figures = [];
    let previous = '';
    for (const [, label, value] of out.matchAll(/^ {2}(\S.*?)\s+([\d.]+) ms$/gm)) {
      const measure = label.startsWith('…') ? `${previous.replace(/\s*\(in DOM\)$/, '')}, painted` : label;
      if (!label.startsWith('…')) previous = label;
      figures.push({ area, measure, unit: 'ms', ours: Number(value), note: 'no peer' });
    }
    return figures;
  },
  'booking.bench.ts': (out) => {
    const figures = [];
    for (const [, where, label, value] of out.matchAll(/^(server|browser): (.+?) — median ([\d.]+) ms/gm)) {
      figures.push({ area: 'Booking', measure: `${label} (${where}${where === 'server' ? ', CPU' : ''})`, unit: 'ms', ours: Number(value), note: 'no peer' });
    }
    return figures;
  },
  'reason-search.bench.ts': (out) => {
    const keystroke = /per keystroke, median\s+([\d.]+) ms\s+\(p95 ([\d.]+) ms/.exec(out);
    const build = /index build\s+([\d.]+) ms/.exec(out);
    const size = /reason search: (\d+) reasons/.exec(out);
    const area = `Reason search${size ? ` (${size[1]} reasons)` : ''}`;
    return [
      ...(keystroke ? [{ area, measure: 'per keystroke, median (all queries, with subject)', unit: 'ms', ours: Number(keystroke[1]) }, { area, measure: 'per keystroke, p95 (all queries, with subject)', unit: 'ms', ours: Number(keystroke[2]) }] : []),
      ...(build ? [{ area, measure: 'index build (first, cold)', unit: 'ms', ours: Number(build[1]) }] : []),
    ];
  },
};

/** Areas the table must account for, with the benchmark file expected to measure each. */
const EXPECTED = [
  { area: 'Questionnaire', file: 'questionnaire.bench.ts' },
  { area: 'Reason search', file: 'reason-search.bench.ts' },
  { area: 'Chat', file: 'chat.bench.ts' },
  { area: 'Booking', file: 'booking.bench.ts' },
  { area: 'Contact page', file: 'contact-page.bench.ts' },
  { area: 'Contact page, first load', file: 'first-load.bench.ts' },
];

function run(command, commandArgs, options = {}) {
  const result = spawnSync(command, commandArgs, { stdio: 'inherit', ...options });
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed`);
}

/** Runs one benchmark, echoing its output; resolves with its exit code and stdout. */
let current;
function runBench(file, env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', file], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    current = child;
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (code, signal) => {
      current = undefined;
      resolve({ code: code ?? (signal ? 1 : 0), out });
    });
  });
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    // The benchmark stops its own browser and servers on the signal; wait for it, then leave.
    if (current) current.once('close', () => process.exit(130)).kill(signal);
    else process.exit(130);
  });
}

if (!args.includes('--no-build')) {
  // A clean build, so no figure comes from a stale bundle.
  rmSync('dist/cdn', { recursive: true, force: true });
  run('npm', ['run', 'build', '--silent']);
}
const peers = Object.keys(JSON.parse(readFileSync('bench/peers/package.json', 'utf8')).dependencies);
if (peers.some((name) => !existsSync(`bench/peers/node_modules/${name}/package.json`))) {
  console.log('Installing the peers (bench/peers) …');
  run('npm', ['ci', '--prefix', 'bench/peers', '--no-audit', '--no-fund']);
}
// CSIRO Smart Forms is a React component: bundled once for the browser (bench/peers/build).
if (!existsSync('bench/peers/build/smart-forms.js')) run('npm', ['run', 'build', '--prefix', 'bench/peers', '--silent']);

const files = readdirSync('bench')
  .filter((name) => name.endsWith('.bench.ts') && (!filter || name.includes(filter)))
  .sort();
const date = new Date().toISOString();
let figures = [];
const problems = [];
const outputs = {};
const scratch = mkdtempSync(join(tmpdir(), 'nara-bench-'));
try {
  for (const name of files) {
    console.log(`\n# bench/${name}`);
    const resultsFile = join(scratch, `${name}.jsonl`);
    const { code, out } = await runBench(join('bench', name), { ...process.env, BENCH_RESULTS: resultsFile });
    outputs[name] = out;
    if (code !== 0) problems.push(`bench/${name} failed (exit ${code})`);
    const reported = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];
    const found = reported.length ? reported : (ADAPTERS[name]?.(out) ?? []);
    figures.push(...found.map((f) => ({ better: 'lower', ...f, source: `bench/${name}`, measuredAt: date })));
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
// A filtered run replaces the figures of the benchmarks it ran and keeps the others' from before.
if (filter && existsSync('bench/results.json')) {
  const ran = new Set(files.map((name) => `bench/${name}`));
  const previous = JSON.parse(readFileSync('bench/results.json', 'utf8'));
  const before = (previous.figures ?? []).map((f) => ({ measuredAt: previous.date, ...f }));
  figures = [...before.filter((f) => !ran.has(f.source) && !(f.ours == null && f.source?.includes(filter))), ...figures];
}
for (const { area, file } of EXPECTED) {
  if (figures.some((f) => f.area.startsWith(area))) continue;
  const why = files.includes(file) ? `bench/${file} ran but gave no figures` : `bench/${file} is not on this branch yet`;
  figures.push({ area, measure: 'not measured', unit: '', ours: null, note: why, source: `bench/${file}`, measuredAt: date });
}
// In the order of EXPECTED, then anything else.
const rank = (f) => {
  const i = EXPECTED.findIndex((e) => f.area.startsWith(e.area));
  return i < 0 ? EXPECTED.length : i;
};
figures = figures.map((f, i) => [f, i]).sort((a, b) => rank(a[0]) - rank(b[0]) || a[1] - b[1]).map(([f]) => f);

// Machine and versions
const version = (path) => {
  try {
    return JSON.parse(readFileSync(path, 'utf8')).version;
  } catch {
    return 'not installed';
  }
};
let chromium = 'unknown';
try {
  chromium = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split(/ built/)[0];
} catch {}
const machine = { cpuModel: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30), platform: `${process.platform} ${process.arch}`, loadAverage: (await import('node:os')).loadavg().map((n) => Number(n.toFixed(1))) };
const versions = {
  node: process.version,
  chromium,
  lforms: version('bench/peers/node_modules/lforms/package.json'),
  'smart-forms-renderer': version('bench/peers/node_modules/@aehrc/smart-forms-renderer/package.json'),
  react: version('bench/peers/node_modules/react/package.json'),
  lit: version('node_modules/lit/package.json'),
  lighthouse: version('node_modules/lighthouse/package.json'),
  'playwright-core': version('node_modules/playwright-core/package.json'),
};

// Targets the issue sets; a miss says by how much.
const find = (area, measure) => figures.find((f) => f.area.startsWith(area) && f.measure === measure);
const ratio = (f) => (f && f.ours && f.peer ? f.peer / f.ours : NaN);
const targets = [];
const target = (name, value, ok, detail) => targets.push({ name, value, met: Number.isFinite(value) ? ok(value) : null, detail });
{
  const painted = find('Questionnaire large', 'first render, painted');
  const inDom = find('Questionnaire large', 'first render, in DOM');
  const js = find('Questionnaire large', 'JavaScript loaded');
  target('large questionnaire: first render (painted) ≥ 5× faster than LHC-Forms', ratio(painted), (r) => r >= 5, painted && `${fmt(painted.ours)} ms against ${fmt(painted.peer)} ms (in DOM: ${fmt(inDom?.ours)} against ${fmt(inDom?.peer)} ms, ${ratio(inDom).toFixed(1)}×)`);
  target('the same form: ≥ 10× less JavaScript than LHC-Forms', ratio(js), (r) => r >= 10, js && `${fmt(js.ours)} KB against ${fmt(js.peer)} KB gzip`);
  const perf = find('Contact page', 'performance score (target ≥ 98)');
  const tbt = find('Contact page', 'total blocking time (target ≤ 50 ms)');
  const firstJs = find('Contact page, first load', "JavaScript to show the page's elements (target ≤ 25 KB)");
  const alone = find('Questionnaire alone', 'nara-questionnaire, one file with lit (target ≤ 20 KB)');
  const a11y = find('Contact page', 'accessibility score (target 100)');
  target('contact page: Lighthouse mobile performance ≥ 98', perf?.ours ?? NaN, (v) => v >= 98, perf && `${perf.ours}`);
  target('contact page: total blocking time ≤ 50 ms', tbt?.ours ?? NaN, (v) => v <= 50, tbt && `${Math.round(tbt.ours)} ms`);
  target("contact page: JavaScript to show its elements ≤ 25 KB gzip (idle loads apart)", firstJs?.ours ?? NaN, (v) => v <= 25, firstJs && `${firstJs.ours} KB`);
  target('nara-questionnaire alone (lit included) ≤ 20 KB gzip', alone?.ours ?? NaN, (v) => v <= 20, alone && `${alone.ours} KB`);
  target('contact page: Lighthouse accessibility 100', a11y?.ours ?? NaN, (v) => v >= 100, a11y && `${a11y.ours}${a11y.note ? ` (${a11y.note})` : ''}`);
}

function fmt(n) {
  if (n == null || !Number.isFinite(n)) return '–';
  const a = Math.abs(n);
  return a >= 100 ? n.toFixed(0) : a >= 10 ? n.toFixed(1) : a >= 1 ? n.toFixed(2) : n.toFixed(3);
}
function withUnit(f, n) {
  if (f.unit === 'count') return String(Math.round(n));
  return `${fmt(n)}${f.unit && f.unit !== 'score' ? ` ${f.unit}` : ''}`;
}
const ratioText = (f) => {
  if (f.ours == null || f.peer == null || !f.ours || !f.peer || f.unit === 'count') return '';
  const r = f.better === 'higher' ? f.ours / f.peer : f.peer / f.ours;
  return `${r.toFixed(1)}×`;
};
const rows = figures.map((f) => [
  f.area,
  f.measure,
  f.ours == null ? 'not measured' : withUnit(f, f.ours),
  f.peerName ?? '',
  f.peerName ? withUnit(f, f.peer) : '',
  ratioText(f),
  (f.others ?? []).map((o) => `${o.name}: ${withUnit(f, o.value)}${o.value && f.ours && f.unit !== 'count' ? ` (${(o.value / f.ours).toFixed(1)}×)` : ''}`).join('; '),
  f.floor == null ? '' : withUnit(f, f.floor),
  f.note ?? '',
]);
const headings = ['area', 'figure', 'Nära', 'peer', 'peer figure', 'peer ÷ Nära', 'other peers', 'DOM floor', 'note'];

// Console table
const widths = headings.map((h, i) => Math.min(60, Math.max(h.length, ...rows.map((r) => r[i].length))));
const line = (cells) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
console.log('\n' + line(headings));
for (const r of rows) console.log(line(r));
console.log(`\nmachine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGB} GB, load ${machine.loadAverage.join(' ')}`);
console.log(`versions: ${Object.entries(versions).map(([k, v]) => `${k} ${v}`).join(', ')}`);
for (const t of targets) console.log(`${t.met === null ? 'NOT MEASURED' : t.met ? 'met   ' : 'MISSED'}  ${t.name}${t.detail ? `: ${t.detail}` : ''}${Number.isFinite(t.value) && t.value < 1000 && /×/.test(t.name) ? ` → ${t.value.toFixed(1)}×` : ''}`);
for (const p of problems) console.log(`problem: ${p}`);

// Files
const dates = [...new Set(figures.map((f) => f.measuredAt?.slice(0, 16).replace('T', ' ')).filter(Boolean))].sort();
writeFileSync('bench/results.json', JSON.stringify({ date, machine, versions, targets, problems, figures }, null, 2) + '\n');
const md = [
  '# Benchmark results',
  '',
  `\`npm run bench\` on ${dates.join(', ')} UTC${dates.length > 1 ? ' (a later run of some benchmarks replaced their figures)' : ''}. Medians; each figure of Nära is measured in the same run as its peer's.`,
  `Lower is better for times and sizes; "peer ÷ Nära" is how many times more the peer takes (for scores, Nära ÷ peer).`,
  '',
  `**Machine:** ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGB} GB memory, ${machine.platform}; load average at the end ${machine.loadAverage.join(' / ')} (the machine is shared, so absolute times are noisy; ratios come from interleaved runs).`,
  `**Versions:** ${Object.entries(versions).map(([k, v]) => `${k} ${v}`).join(', ')}.`,
  '',
  '## Targets',
  '',
  ...targets.map((t) => `- ${t.met === null ? '**not measured**' : t.met ? 'met' : '**missed**'}: ${t.name}${t.detail ? ` — ${t.detail}` : ''}${/×/.test(t.name) && Number.isFinite(t.value) ? ` (${t.value.toFixed(1)}×)` : ''}`),
  ...problems.map((p) => `- problem: ${p}`),
  '',
  '## Figures',
  '',
  `| ${headings.join(' | ')} |`,
  `| ${headings.map(() => '---').join(' | ')} |`,
  ...rows.map((r) => `| ${r.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`),
  '',
  '## How it is measured',
  '',
  readFileSync('bench/METHOD.md', 'utf8').trim(),
  '',
  ...(existsSync('bench/FINDINGS.md') ? ['## What the figures showed (written by hand; see its date)', '', readFileSync('bench/FINDINGS.md', 'utf8').trim(), ''] : []),
];
writeFileSync('bench/RESULTS.md', md.join('\n'));
console.log('\nwrote bench/results.json and bench/RESULTS.md');
process.exit(problems.length ? 1 : 0);
