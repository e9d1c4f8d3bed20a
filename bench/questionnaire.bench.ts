/**
 * FHIR questionnaire rendering, Nära against LHC-Forms (and the plain-DOM floor), in one headless
 * Chromium, on the same Questionnaire JSON (bench/questionnaires.ts). Every load is a fresh browser
 * context (no cache); the renderers take turns in every run so load on the machine hits them alike.
 * Figures are medians over BENCH_RUNS (default 11) loads. Needs `npm run build` and bench/peers installed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { initiallyShown, QUESTIONNAIRES, countItems, type FormName } from './questionnaires.js';
import { CHROMIUM, CHROMIUM_ARGS, median, record, type Figure } from './report.js';
import { startStaticServer } from './static-server.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const ANSWER_TIMEOUT = 5000;
type Renderer = 'nara' | 'lforms' | 'smart-forms' | 'dom';
// Until the nara-questionnaire element is on the branch, the peers and the floor are still measured.
const haveOurs = existsSync('dist/cdn/questionnaire.js');
// CSIRO Smart Forms when bench/peers has built it (npm run build --prefix bench/peers).
const haveSmartForms = existsSync('bench/peers/build/smart-forms.js');
const RENDERERS: Renderer[] = [...(haveOurs ? ['nara' as const] : []), 'lforms', ...(haveSmartForms ? ['smart-forms' as const] : []), 'dom'];

interface Answer {
  linkId: string;
  value: boolean;
  expect: { shows?: string; hides?: string };
  measure: string;
}
const SCENARIOS: Record<FormName, { ready: string; answers: Answer[] }> = {
  small: {
    ready: 'Något mer vi bör veta?',
    answers: [{ linkId: 'fever', value: true, expect: { shows: 'Hur hög är febern' }, measure: 'answer shows 1 item' }],
  },
  large: {
    ready: 'Något mer vi bör veta om dig?',
    answers: [
      { linkId: 's1-gate', value: true, expect: { shows: 'Tack för svaren i avsnitt 1.' }, measure: 'answer shows 9 items' },
      { linkId: 's1-gate', value: false, expect: { hides: 'Tack för svaren i avsnitt 1.' }, measure: 'answer hides 9 items' },
    ],
  },
  chains: {
    ready: 'Slut på kedjan.',
    answers: [
      { linkId: 'c1', value: false, expect: { hides: 'Fråga 40 i kedjan' }, measure: 'answer hides a chain of 40' },
      { linkId: 'c1', value: true, expect: { shows: 'Slut på kedjan.' }, measure: 'answer shows a chain of 40' },
    ],
  },
};

if (!haveOurs) console.warn('dist/cdn/questionnaire.js is missing (run `npm run build`; is nara-questionnaire on this branch?): measuring the peer only');
if (!existsSync('bench/peers/node_modules/lforms/package.json')) throw new Error('LHC-Forms is missing: npm ci --prefix bench/peers');

const timeout = <T>(promise: Promise<T>, what: string, ms = 60_000) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`timed out: ${what}`)), ms).unref())]);

interface Load {
  render: { inDomMs: number; paintedMs: number; paintedSinceNavigation: number };
  /** null when the renderer did not show/hide what the answer should within ANSWER_TIMEOUT. */
  answers: ({ inDomMs: number; paintedMs: number } | null)[];
  shown: number;
  js: number;
  css: number;
}

async function load(browser: Browser, origin: string, renderer: Renderer, form: FormName): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 } });
  try {
    const page = await context.newPage();
    const bodies: Promise<{ type: string; gzip: number }>[] = [];
    page.on('response', (response) => {
      const type = response.request().resourceType();
      // The renderer's own files; the measuring harness (bench/pages/harness.js) is not counted.
      if ((type === 'script' || type === 'stylesheet') && !response.url().endsWith('/harness.js')) bodies.push(response.body().then((b) => ({ type, gzip: gzipSync(b, { level: 9 }).length })));
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${origin}/bench/pages/${renderer}.html`);
    const scenario = SCENARIOS[form];
    const render = await timeout(page.evaluate(([f, ready]) => (window as any).bench.render(f, ready), [form, scenario.ready] as const), `${renderer} ${form} render`);
    const shown = await page.evaluate((texts) => (window as any).bench.shown(texts), initiallyShown(QUESTIONNAIRES[form]()));
    const answers: Load['answers'] = [];
    for (const a of scenario.answers) {
      // A renderer that does not follow enableWhen here gets no figure for this answer (nor the ones after it).
      const done = answers.includes(null) ? null : await timeout(page.evaluate((x) => (window as any).bench.answer(x.linkId, x.value, x.expect), a), '', ANSWER_TIMEOUT).catch(() => null);
      if (!done && renderer !== 'smart-forms') throw new Error(`${renderer} ${form}: ${a.measure} did not happen within ${ANSWER_TIMEOUT} ms`);
      answers.push(done);
    }
    if (errors.length) throw new Error(`${renderer}: ${errors.join('; ')}`);
    const files = await Promise.all(bodies);
    const sum = (type: string) => files.filter((f) => f.type === type).reduce((n, f) => n + f.gzip, 0);
    return { render, answers, shown, js: sum('script'), css: sum('stylesheet') };
  } finally {
    await context.close();
  }
}

const server = await startStaticServer();
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const stop = async () => {
  await browser.close().catch(() => {});
  await server.close();
};
process.once('SIGINT', () => void stop().then(() => process.exit(130)));
process.once('SIGTERM', () => void stop().then(() => process.exit(143)));

const results = new Map<string, Load[]>();
const key = (r: Renderer, f: FormName) => `${r}/${f}`;
try {
  const forms = Object.keys(SCENARIOS) as FormName[];
  // One untimed load each, so the disk cache of the OS and V8's code cache do not favour whoever goes first.
  for (const form of forms) for (const r of RENDERERS) await load(browser, server.origin, r, form);
  for (let run = 0; run < RUNS; run++) {
    for (const form of forms) {
      const order = RENDERERS.map((_, i) => RENDERERS[(i + run) % RENDERERS.length]);
      for (const r of order) {
        const list = results.get(key(r, form)) ?? [];
        list.push(await load(browser, server.origin, r, form));
        results.set(key(r, form), list);
      }
    }
    process.stdout.write(`\r  run ${run + 1}/${RUNS}`);
  }
  process.stdout.write('\n');
} finally {
  await stop();
}

const versionOf = (name: string) => JSON.parse(readFileSync(`bench/peers/node_modules/${name}/package.json`, 'utf8')).version;
const peerName = `LHC-Forms ${versionOf('lforms')}`;
const smartFormsName = haveSmartForms ? `Smart Forms ${versionOf('@aehrc/smart-forms-renderer')}` : '';
/** Says which peer did not show/hide what answer i should have, if one did not. */
function missed(form: FormName, i: number): string | undefined {
  const loads = results.get(key('smart-forms', form));
  if (!loads?.some((l) => l.answers[i] === null)) return undefined;
  const a = SCENARIOS[form].answers[i];
  const first = loads.findIndex((l) => l.answers[i] === null);
  const because = loads[first].answers.slice(0, i).includes(null) ? 'an earlier answer already failed' : `"${a.expect.shows ?? a.expect.hides}" still ${a.expect.hides ? 'shown' : 'not shown'} after ${ANSWER_TIMEOUT / 1000} s`;
  return `${smartFormsName}: no figure (${because})`;
}
const figures: Figure[] = [];
for (const form of Object.keys(SCENARIOS) as FormName[]) {
  const q = QUESTIONNAIRES[form]();
  const area = `Questionnaire ${form} (${countItems(q.item)} items, ${initiallyShown(q).length} shown)`;
  const of = (r: Renderer, pick: (l: Load) => number | undefined) => {
    const values = results.get(key(r, form))?.map(pick);
    if (!values || values.some((v) => v === undefined)) return null;
    return median(values as number[]);
  };
  const figure = (measure: string, pick: (l: Load) => number | undefined, unit: Figure['unit'] = 'ms', note?: string): Figure => ({
    area,
    measure,
    unit,
    ours: of('nara', pick),
    peer: of('lforms', pick),
    peerName,
    ...(haveSmartForms ? { others: [{ name: smartFormsName, value: of('smart-forms', pick) }] } : {}),
    floor: of('dom', pick),
    runs: RUNS,
    ...(note || !haveOurs ? { note: [note, haveOurs ? '' : 'nara-questionnaire not built on this branch'].filter(Boolean).join('; ') } : {}),
  });
  figures.push(
    figure('first render, in DOM', (l) => l.render.inDomMs),
    figure('first render, painted', (l) => l.render.paintedMs),
    figure('page load to painted form', (l) => l.render.paintedSinceNavigation),
    ...SCENARIOS[form].answers.map((a, i) => figure(`${a.measure}, painted`, (l) => l.answers[i]?.paintedMs, 'ms', missed(form, i))),
    ...SCENARIOS[form].answers.map((a, i) => figure(`${a.measure}, in DOM`, (l) => l.answers[i]?.inDomMs, 'ms', missed(form, i))),
  );
  if (form === 'large') {
    const inline = 'the floor’s few lines of script are inline in its page, not counted';
    figures.push(figure('JavaScript loaded', (l) => l.js / 1024, 'KB gzip', inline), figure('CSS loaded', (l) => l.css / 1024, 'KB gzip', 'Nära’s styles are in its JavaScript (adopted stylesheets)'));
  }
  figures.push(figure('items shown (cross-check)', (l) => l.shown, 'count', `of ${initiallyShown(q).length} expected`));
}
record(...figures);

const pad = (s: unknown, n: number) => String(s).padEnd(n);
const fmt = (n: number | null | undefined): string => (n == null || !Number.isFinite(n) ? '–' : n >= 100 ? n.toFixed(0) : n.toFixed(1));
console.log(`${pad('questionnaire', 44)}${pad('figure', 38)}${pad('Nära', 9)}${pad('LHC-Forms', 11)}${pad(haveSmartForms ? 'Smart Forms' : '', haveSmartForms ? 13 : 0)}${pad('DOM floor', 11)}LHC/Nära`);
for (const f of figures) {
  const ratio = f.ours && f.peer ? `${(f.peer / f.ours).toFixed(1)}×` : '';
  const smart = haveSmartForms ? pad(fmt(f.others?.[0]?.value), 13) : '';
  console.log(`${pad(f.area, 44)}${pad(f.measure, 38)}${pad(fmt(f.ours), 9)}${pad(fmt(f.peer), 11)}${smart}${pad(fmt(f.floor), 11)}${f.unit === 'count' ? '' : ratio}`);
}
