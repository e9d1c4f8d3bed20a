import { writeFileSync } from 'node:fs';
/**
 * The webmaster's contact page (examples/contact-page.html) served by the reference server, under
 * Lighthouse's default mobile profile (Moto G Power screen, simulated slow 4G and 4× CPU slowdown):
 * performance score, LCP, TBT, CLS and the accessibility score; medians over BENCH_LIGHTHOUSE_RUNS (default 5; on a
 * shared 2-core machine one run's blocking time can be twice the next one's, so the range is printed too).
 * The same page without any script (its HTML and CSS only, served by a small proxy that removes the
 * `<script>` tags) is measured in the same runs, interleaved: what Chromium spends on the page itself on this
 * machine (style, layout, paint: Lighthouse calls most of it "Unattributable"), so that what Nära adds reads
 * as the difference.
 * Needs `npm run build`. Starts and stops the server and Chromium itself.
 * BENCH_LIGHTHOUSE_DUMP=<file> writes the last run's whole report (long tasks, boot-up time) there.
 * BENCH_LIGHTHOUSE_AGAINST=<dir> also measures the same page with another build's CDN files (a `dist/cdn` built from
 * an earlier commit, say), alternating with this build's run by run in the same Chromium: on a shared machine one
 * build's blocking time moves by a factor of two from one hour to the next, so compare builds this way only. The
 * files are copied to dist/cdn-against/ and the page to examples/contact-page.against.html while it runs.
 * BENCH_LIGHTHOUSE_APPLIED=1 throttles for real (Lighthouse's `devtools` method: the CPU slowed 4× and the
 * network shaped while the page loads) instead of simulating from an unthrottled load, as DevTools did.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, freePort, median, record, type Figure } from './report.js';

const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5);
if (!existsSync('dist/cdn/nara.js')) throw new Error('dist/cdn/nara.js is missing: run `npm run build`');

const port = await freePort();
const server = spawn(process.execPath, ['--import', 'tsx', 'packages/server-node/src/main.ts'], {
  env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', NARA_TEST_SIGNIN: '1', NARA_SERVE_EXAMPLES: '1', NARA_STORE: 'memory' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let chrome: chromeLauncher.LaunchedChrome | undefined;
const stop = async () => {
  chrome?.kill();
  if (server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((done) => server.once('exit', done));
  }
};
process.once('SIGINT', () => void stop().then(() => process.exit(130)));
process.once('SIGTERM', () => void stop().then(() => process.exit(143)));

interface Run {
  performance: number;
  accessibility: number;
  lcp: number;
  tbt: number;
  cls: number;
  fcp: number;
  failedAudits: string[];
}
const runs: Run[] = [];
const shellRuns: Run[] = [];
const againstRuns: Run[] = [];
const url = `http://127.0.0.1:${port}/examples/contact-page.html`;
const against = process.env.BENCH_LIGHTHOUSE_AGAINST;
const againstPage = 'examples/contact-page.against.html';
if (against) {
  if (!existsSync(`${against}/nara.js`)) throw new Error(`BENCH_LIGHTHOUSE_AGAINST: ${against}/nara.js is missing`);
  rmSync('dist/cdn-against', { recursive: true, force: true });
  cpSync(against, 'dist/cdn-against', { recursive: true });
  writeFileSync(againstPage, readFileSync('examples/contact-page.html', 'utf8').replace('../dist/cdn/nara.js', '../dist/cdn-against/nara.js'));
}
const againstUrl = `http://127.0.0.1:${port}/${againstPage}`;
// The shell: the contact page's HTML without its scripts, everything else (site.css) as the server serves it.
// It is served beside the page (examples/shell.html), so that its relative links (site.css) resolve as the page's do.
const SHELL = '/examples/shell.html';
const shell = createServer(async (req, res) => {
  const upstream = await fetch(`http://127.0.0.1:${port}${req.url === SHELL ? '/examples/contact-page.html' : req.url}`);
  const body = req.url === SHELL ? (await upstream.text()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '') : Buffer.from(await upstream.arrayBuffer());
  res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'text/plain', 'cache-control': 'no-store' });
  res.end(body);
});
await new Promise<void>((ready) => shell.listen(0, '127.0.0.1', ready));
const shellUrl = `http://127.0.0.1:${(shell.address() as AddressInfo).port}${SHELL}`;
try {
  // Ready when the server answers.
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/v1/clinics/vc-linden`)).ok) break;
    } catch {
      if (i > 150 || server.exitCode !== null) throw new Error('the reference server did not start');
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
    logLevel: 'silent',
  });
  const measure = async (page: string): Promise<Run> => {
    const result = await lighthouse(page, { port: chrome!.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'], ...(process.env.BENCH_LIGHTHOUSE_APPLIED ? { throttlingMethod: 'devtools' as const } : {}) });
    if (!result) throw new Error('Lighthouse returned nothing');
    const { categories, audits } = result.lhr;
    if (process.env.BENCH_LIGHTHOUSE_DUMP && page === url) writeFileSync(process.env.BENCH_LIGHTHOUSE_DUMP, JSON.stringify(result.lhr));
    const value = (id: string) => audits[id]?.numericValue ?? NaN;
    return {
      performance: Math.round((categories.performance.score ?? 0) * 100),
      accessibility: Math.round((categories.accessibility.score ?? 0) * 100),
      lcp: value('largest-contentful-paint'),
      tbt: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      fcp: value('first-contentful-paint'),
      failedAudits: categories.accessibility.auditRefs
        .filter((ref) => ref.weight > 0 && audits[ref.id]?.score !== null && (audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${ref.id}: ${audits[ref.id].title}`),
    };
  };
  await measure(shellUrl); // a first load warms Chromium up; not counted
  for (let i = 0; i < RUNS; i++) {
    runs.push(await measure(url));
    shellRuns.push(await measure(shellUrl));
    if (against) againstRuns.push(await measure(againstUrl));
    process.stdout.write(`\r  lighthouse run ${i + 1}/${RUNS}`);
  }
  process.stdout.write('\n');
} finally {
  shell.close();
  await stop();
  if (against) rmSync(againstPage, { force: true });
}

const of = (pick: (r: Run) => number) => median(runs.map(pick));
const area = 'Contact page, Lighthouse mobile';
const failed = [...new Set(runs.flatMap((r) => r.failedAudits))];
const figures: Figure[] = [
  { area, measure: 'performance score (target ≥ 98)', unit: 'score', ours: of((r) => r.performance), better: 'higher', runs: RUNS },
  { area, measure: 'accessibility score (target 100)', unit: 'score', ours: of((r) => r.accessibility), better: 'higher', runs: RUNS, ...(failed.length ? { note: failed.join('; ') } : {}) },
  { area, measure: 'first contentful paint', unit: 'ms', ours: of((r) => r.fcp), runs: RUNS },
  { area, measure: 'largest contentful paint', unit: 'ms', ours: of((r) => r.lcp), runs: RUNS },
  {
    area,
    measure: 'total blocking time (target ≤ 50 ms)',
    unit: 'ms',
    ours: of((r) => r.tbt),
    runs: RUNS,
    note: `runs from ${Math.round(Math.min(...runs.map((r) => r.tbt)))} to ${Math.round(Math.max(...runs.map((r) => r.tbt)))} ms`,
  },
  { area, measure: 'cumulative layout shift', unit: 'score', ours: of((r) => r.cls), runs: RUNS },
  { area, measure: 'the page without scripts: performance score', unit: 'score', ours: median(shellRuns.map((r) => r.performance)), better: 'higher', runs: RUNS },
  { area, measure: 'the page without scripts: total blocking time', unit: 'ms', ours: median(shellRuns.map((r) => r.tbt)), runs: RUNS },
  {
    area,
    measure: 'total blocking time Nära adds (median of page minus shell, run by run)',
    unit: 'ms',
    ours: median(runs.map((r, i) => r.tbt - shellRuns[i].tbt)),
    runs: RUNS,
  },
];
if (against) {
  const range = (xs: number[]) => `runs: ${xs.map(Math.round).join(', ')} ms`;
  figures.push(
    { area, measure: `the page with the build in ${against}: performance score`, unit: 'score', ours: median(againstRuns.map((r) => r.performance)), better: 'higher', runs: RUNS },
    { area, measure: `the page with the build in ${against}: total blocking time`, unit: 'ms', ours: median(againstRuns.map((r) => r.tbt)), runs: RUNS, note: range(againstRuns.map((r) => r.tbt)) },
    { area, measure: 'this build, the same runs: total blocking time', unit: 'ms', ours: median(runs.map((r) => r.tbt)), runs: RUNS, note: range(runs.map((r) => r.tbt)) },
  );
}
record(...figures);
for (const f of figures) console.log(`${f.measure.padEnd(72)}${String(Number(f.ours?.toFixed(3))).padStart(8)}${f.unit === 'ms' ? ' ms' : ''}${f.note ? ` (${f.note})` : ''}`);
if (failed.length) console.log(`accessibility audits not passed: ${failed.join('; ')}`);
