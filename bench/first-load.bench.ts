/**
 * The contact page's first load with the autoloader and the lazy journey (issue #16):
 * - the JavaScript the page needs to show its elements (gzip -9 of each script file it loaded, as
 *   `npm run size` counts them; target ≤ 25 KB): the autoloader and the entries of the elements on the
 *   page with their static imports — not what the elements load afterwards on their own (the HTTP
 *   client and schemas, the next step fetched ahead),
 * - the JavaScript loaded before any interaction to fetch what the elements show (the HTTP client and the
 *   response schemas: signed in, the shortcut list and the menu's open errands load them at once),
 * - everything loaded once the visitor has done something (a key pressed) and the page is idle, with the
 *   next step fetched ahead without running it (the symptom form, its questionnaire and emergency search,
 *   the triage result),
 * - what each journey step's element adds when the step is chosen (its chunks not already loaded),
 * - from pressing "Beskriv dina besvär" to the emergency screen's questions painted, with the CPU
 *   slowed 4× as Lighthouse's mobile profile does: once the visitor has done something and the menu
 *   has been idle (the form's files fetched, not run: pressing runs them) and cold (pressed as soon as
 *   the tile shows),
 * - `nara-questionnaire` alone, lit included (scripts/element-alone-size.mjs; target ≤ 20 KB).
 * Medians over BENCH_RUNS (default 5) fresh page loads. Needs `npm run build`; starts the reference
 * server (packages/server-node) and Chromium itself.
 */
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, freePort, median, record, type Figure } from './report.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CDN = 'dist/cdn/';
if (!existsSync(`${CDN}chunks.json`)) throw new Error('dist/cdn is missing: run `npm run build`');
const chunks: Record<string, { entry?: string; imports: string[]; dynamicImports?: string[] }> = JSON.parse(readFileSync(`${CDN}chunks.json`, 'utf8'));
const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
const kb = (bytes: number) => Number((bytes / 1024).toFixed(1));

const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, ['--import', 'tsx', 'packages/server-node/src/main.ts'], {
  env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', NARA_TEST_SIGNIN: '1', NARA_SERVE_EXAMPLES: '1', NARA_STORE: 'memory' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
let browser: Browser | undefined;
const stop = async () => {
  await browser?.close();
  if (server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((done) => server.once('exit', done));
  }
};
process.once('SIGINT', () => void stop().then(() => process.exit(130)));
process.once('SIGTERM', () => void stop().then(() => process.exit(143)));

/** What the page needs to show its elements: the autoloader and the entry of each element on it, with their static imports. */
const PAGE_ENTRIES = ['nara.js', 'provider.js', 'shortcut-tile.js', 'shortcut-list.js', 'care-journey.js'];
const pageStatic = new Set(closureOfAll(PAGE_ENTRIES));
/**
 * What the elements on the page load to fetch what they show (the patient's shortcuts, the menu's open
 * errands): the HTTP client with the contract's response schemas, and the journey's errands. Everything
 * else loaded before any interaction is the next step fetched ahead while idle (the symptom form, its
 * questionnaire and emergency search, the triage result, the journey's step markup).
 */
const dataFiles = new Set(Object.keys(chunks).filter((f) => sourcesOf(f).every((src) => /\/(packages\/(client|contract)\/src|node_modules\/(ky|zod))\/|\/care-journey\/journey-errands\.ts$/.test(src))));

/** The script files (under dist/cdn or examples) a page loaded, as paths in this repository. */
const scriptFiles = (urls: string[]) =>
  [...new Set(urls.map((u) => new URL(u).pathname.replace(/^\//, '')).filter((p) => p.endsWith('.js') && existsSync(p)))].sort();

const figures: Figure[] = [];
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${origin}/v1/clinics/vc-linden`)).ok) break;
    } catch {
      if (i > 150 || server.exitCode !== null) throw new Error('the reference server did not start');
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'] });
  const url = `${origin}/examples/contact-page.html`;

  /** A fresh page with the CPU slowed 4×; resolves with the scripts it loaded once the page is idle. */
  /** The files only fetched ahead, not run (prefetches: the next step), as paths in this repository. */
  const fetchedAhead = new Set<string>();
  const openPage = async (waitIdle: boolean) => {
    const context = await browser!.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const scripts: string[] = [];
    // scripts, and the next step's files fetched ahead (prefetches, which Chromium does not call scripts)
    const ran = new Set<string>();
    page.on('request', (r) => {
      const path = r.url().replace(/^.*?\/dist\/cdn\//, CDN);
      if (r.resourceType() === 'script') (scripts.push(r.url()), ran.add(path), fetchedAhead.delete(path));
      else if (/\/dist\/cdn\/[\w-]+\.js$/.test(r.url())) (scripts.push(r.url()), ran.has(path) || fetchedAhead.add(path));
    });
    await page.goto(url, { waitUntil: waitIdle ? 'networkidle' : 'domcontentloaded' });
    const tile = page.locator('nara-care-journey nara-shortcut-tile[icon="chat"]').first();
    await tile.locator('[part="tile"]').waitFor();
    return { context, page, scripts };
  };

  /** Presses "Beskriv dina besvär" and times it until the emergency screen's questions are painted. */
  // A string, not a function: tsx would add helpers the page does not have.
  const PRESS_DESCRIBE = `new Promise((done, fail) => {
    const journey = document.querySelector('nara-care-journey');
    const tile = [...journey.shadowRoot.querySelectorAll('nara-shortcut-tile')].find((t) => t.getAttribute('icon') === 'chat');
    const button = tile.shadowRoot.querySelector('[part="tile"]');
    const start = performance.now();
    button.click();
    const limit = start + 30000;
    const check = () => {
      const form = journey.shadowRoot.querySelector('nara-symptom-form');
      if (form && form.shadowRoot && form.shadowRoot.querySelector('input[data-flag]')) {
        // painted: the frame after the one in which the questions are in the DOM
        requestAnimationFrame(() => setTimeout(() => done(performance.now() - start)));
        return;
      }
      if (performance.now() > limit) return fail(new Error('the emergency screen never showed'));
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })`;
  /** Presses "Beskriv dina besvär" and times it until the emergency screen's questions are painted. */
  const pressDescribe = (page: import('playwright-core').Page) => page.evaluate(PRESS_DESCRIBE) as Promise<number>;

  const firstLoad: number[] = [];
  const shown: number[] = [];
  const idleTotal: number[] = [];
  let loadedFiles: string[] = [];
  let eagerFiles = new Set<string>();
  const warm: number[] = [];
  const cold: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    // Warm: the page loaded, the visitor did something, the form's files fetched while they read the menu.
    {
      const { context, page, scripts } = await openPage(true);
      // the visitor does something (a key pressed): the journey then fetches the form ahead
      await page.keyboard.press('Shift');
      await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/symptom-form.js')), undefined, { timeout: 20000 });
      await page.waitForTimeout(1500);
      // before any interaction: everything the page loaded, minus the symptom form fetched ahead
      const before = scriptFiles(scripts);
      loadedFiles = before;
      const eager = before.filter((p) => !fetchedAhead.has(p) && (!p.startsWith(CDN) || pageStatic.has(p.slice(CDN.length)) || dataFiles.has(p.slice(CDN.length))));
      eagerFiles = new Set(eager.filter((p) => p.startsWith(CDN)).map((p) => p.slice(CDN.length)));
      firstLoad.push(eager.reduce((sum, p) => sum + gz(p), 0));
      const needed = (p: string) => !p.startsWith(CDN) || pageStatic.has(p.slice(CDN.length));
      shown.push(before.filter(needed).reduce((sum, p) => sum + gz(p), 0));
      if (process.env.BENCH_LIST && i === 0) {
        const kind = (p: string) => (needed(p) ? '' : fetchedAhead.has(p) ? ' (next step, fetched ahead when idle)' : dataFiles.has(p.slice(CDN.length)) ? ' (data: client and schemas)' : ' (loaded when idle)');
        for (const p of before) console.log(`  ${(gz(p) / 1024).toFixed(1).padStart(5)} KB ${p}${kind(p)}`);
      }
      idleTotal.push(before.reduce((sum, p) => sum + gz(p), 0));
      warm.push(await pressDescribe(page));
      await context.close();
    }
    // Cold: pressed as soon as the tile shows.
    {
      const { context, page } = await openPage(false);
      cold.push(await pressDescribe(page));
      await context.close();
    }
    process.stdout.write(`\r  run ${i + 1}/${RUNS}`);
  }
  process.stdout.write('\n');

  const area = 'Contact page, first load (autoloader, lazy journey)';
  figures.push(
    { area, measure: 'JavaScript to show the page\'s elements (target ≤ 25 KB)', unit: 'KB gzip', ours: kb(median(shown)), runs: RUNS, note: 'the autoloader and the elements\' entries with their static imports; not what loads when idle' },
    { area, measure: 'JavaScript before any interaction, with what fetches the data shown', unit: 'KB gzip', ours: kb(median(firstLoad)), runs: RUNS, note: 'the above, the HTTP client and response schemas (signed in: shortcuts, open errands); not the next step fetched ahead' },
    { area, measure: 'JavaScript once the visitor has pressed a key and the page is idle, the next step fetched ahead (not run)', unit: 'KB gzip', ours: kb(median(idleTotal)), runs: RUNS, note: `${loadedFiles.length} files: the symptom form with its questionnaire and emergency search, the triage result` },
    { area, measure: '"Beskriv dina besvär" → emergency screen painted, form fetched ahead (4× CPU)', unit: 'ms', ours: Math.round(median(warm)), runs: RUNS },
    { area, measure: '"Beskriv dina besvär" → emergency screen painted, cold (4× CPU)', unit: 'ms', ours: Math.round(median(cold)), runs: RUNS },
  );
  // What each step adds on top of what the contact page loaded before any interaction (in the last run).
  const pageFiles = eagerFiles;
  for (const [step, entry] of [['symptom form', 'symptom-form.js'], ['triage result', 'triage-result.js'], ['chat', 'chat-panel.js'], ['booking', 'booking-picker.js']] as const) {
    const adds = [...closure(entry)].filter((f) => !pageFiles.has(f));
    figures.push({ area: 'Journey step chunks', measure: `${step} (${entry}): added when chosen`, unit: 'KB gzip', ours: kb(adds.reduce((s, f) => s + gz(CDN + f), 0)), note: `${adds.length} files` });
  }
  const alone = JSON.parse(execFileSync(process.execPath, ['scripts/element-alone-size.mjs', 'questionnaire'], { encoding: 'utf8' }));
  figures.push({ area: 'Questionnaire alone', measure: 'nara-questionnaire, one file with lit (target ≤ 20 KB)', unit: 'KB gzip', ours: alone.kb });
} finally {
  await stop();
}

function closure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const dep of chunks[file]?.imports ?? []) closure(dep, seen);
  return seen;
}
function closureOfAll(files: string[]): string[] {
  const seen = new Set<string>();
  for (const f of files) closure(f, seen);
  return [...seen];
}
/** The source modules bundled into a chunk (from its source map). */
function sourcesOf(file: string): string[] {
  return (JSON.parse(readFileSync(`${CDN}${file}.map`, 'utf8')) as { sources: string[] }).sources;
}

record(...figures);
for (const f of figures) console.log(`${`${f.area}: ${f.measure}`.padEnd(100)}${String(f.ours).padStart(8)} ${f.unit}`);
