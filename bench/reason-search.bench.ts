/**
 * Reason search: how well and how fast, Nära's index against MiniSearch on the same catalogue (titles
 * and the server's search synonyms, sv and en) and the same query set (packages/triage/src/search).
 *
 * - Finds: share of the query set with a fitting reason first and in the top three.
 * - Per keystroke: every prefix of every query of the set (as typed), on one index per language as
 *   in the form, with Nära's word cache cleared before each query so nothing is reused from an earlier
 *   one; wall-clock median and p95, and CPU time (the machine is shared).
 * - Per keystroke on a fresh index per query too (the old method): includes collecting the previous
 *   index's garbage, which a patient's form never does.
 * - Index build: the first (cold) and the median of rebuilds.
 *
 * MiniSearch gets the same language help Nära has (folding, filler words, the same stemmer), field
 * boosts (title 3, synonyms 1.5), OR of the words, prefix on every word, fuzzy by word length (0 up to
 * 3 letters, 1 up to 7, then 2) and popularity as a tiny document boost; what it lacks is compounds
 * and Nära's ranking by best phrase.
 */
import { readFileSync } from 'node:fs';
import { record, median, type Figure } from './report.js';
import { ReasonSearch, type Locale } from '../packages/triage/src/index.js';
import { QUERY_SETS, runQuerySet, shareAt, summaries } from '../packages/triage/src/search/query-set.js';
import { isFiller, stemmerFor } from '../packages/triage/src/search/language.js';
import { normalize, typoBudget } from '../packages/triage/src/search-text.js';

const miniSearchPath = './peers/node_modules/minisearch/dist/es/index.js';
const { default: MiniSearch } = await import(miniSearchPath);
const miniVersion = JSON.parse(readFileSync('bench/peers/node_modules/minisearch/package.json', 'utf8')).version;
const peerName = `MiniSearch ${miniVersion}`;

const catalogue = { sv: summaries('sv'), en: summaries('en') };
const cpu = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

function buildMini(locale: Locale) {
  const stem = stemmerFor(locale);
  const docs = catalogue[locale].map((r) => ({ ...r, synonymText: r.synonyms.join(' | ') }));
  const mini = new MiniSearch({
    fields: ['title', 'synonymText'],
    storeFields: ['id', 'audience', 'popularity'],
    tokenize: (text: string) => normalize(text).split(' ').filter(Boolean),
    processTerm: (term: string) => (isFiller(term) ? null : stem(term)),
    searchOptions: {
      boost: { title: 3, synonymText: 1.5 },
      combineWith: 'OR',
      prefix: true,
      fuzzy: (term: string) => typoBudget(term.length),
      boostDocument: (_id: string, _term: string, stored?: { popularity?: number }) => 1 + 0.01 / (stored?.popularity ?? 100),
    },
  });
  mini.addAll(docs);
  return mini;
}

const allowed = (audience: string, subject: 'self' | 'child') => audience === 'any' || audience === (subject === 'child' ? 'child' : 'adult');
const engines = {
  nara: {
    build: (locale: Locale) => new ReasonSearch(catalogue[locale], { locale }),
    search: (index: any, query: string, subject: 'self' | 'child') => index.search(query, { subject, limit: 20 }).map((m: any) => m.reason.id),
  },
  mini: {
    build: (locale: Locale) => buildMini(locale),
    search: (index: any, query: string, subject: 'self' | 'child') =>
      index
        .search(query, { filter: (r: any) => allowed(r.audience, subject) })
        .slice(0, 20)
        .map((r: any) => r.id),
  },
};
type Engine = keyof typeof engines;

// Finds
const quality = Object.fromEntries(
  (Object.keys(engines) as Engine[]).map((e) => {
    const outcomes = runQuerySet((locale) => {
      const index = engines[e].build(locale);
      return { search: (query, subject) => engines[e].search(index, query, subject) };
    });
    return [e, { top1: shareAt(outcomes, 1), top3: shareAt(outcomes, 3), n: outcomes.length }];
  }),
) as Record<Engine, { top1: number; top3: number; n: number }>;

// Speed: the cold first build, then every prefix of a sample of the queries on fresh indexes.
const cold: Record<Engine, number> = { nara: 0, mini: 0 };
for (const e of Object.keys(engines) as Engine[]) {
  const started = performance.now();
  engines[e].build('sv');
  cold[e] = performance.now() - started;
}
const typed = QUERY_SETS.flatMap(({ locale, subject, queries }) => queries.map(([query]) => ({ locale, subject, query })));
const keystrokes: Record<Engine, number[]> = { nara: [], mini: [] };
const cpuKeystrokes: Record<Engine, number[]> = { nara: [], mini: [] };
const freshKeystrokes: Record<Engine, number[]> = { nara: [], mini: [] };
const builds: Record<Engine, number[]> = { nara: [], mini: [] };
const indexes = Object.fromEntries((Object.keys(engines) as Engine[]).map((e) => [e, { sv: engines[e].build('sv'), en: engines[e].build('en') }])) as Record<Engine, Record<Locale, any>>;
for (const { locale, subject, query } of typed.slice(0, 20)) for (const e of Object.keys(engines) as Engine[]) engines[e].search(indexes[e][locale], query, subject);
for (let round = 0; round < 2; round++) {
  for (const { locale, subject, query } of typed) {
    for (const e of (round % 2 ? ['mini', 'nara'] : ['nara', 'mini']) as Engine[]) {
      const index = indexes[e][locale];
      if (e === 'nara') index.clearCache();
      for (let i = 1; i <= query.length; i++) {
        const c = cpu();
        const t = performance.now();
        engines[e].search(index, query.slice(0, i), subject);
        keystrokes[e].push(performance.now() - t);
        cpuKeystrokes[e].push(cpu() - c);
      }
    }
  }
}
for (const { locale, subject, query } of typed.filter((_, i) => i % 8 === 0)) {
  for (const e of Object.keys(engines) as Engine[]) {
    const started = performance.now();
    const index = engines[e].build(locale);
    builds[e].push(performance.now() - started);
    for (let i = 1; i <= query.length; i++) {
      const t = performance.now();
      engines[e].search(index, query.slice(0, i), subject);
      freshKeystrokes[e].push(performance.now() - t);
    }
  }
}

const pick = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];
const reasons = catalogue.sv.length;
const area = `Reason search (${reasons} reasons, ${catalogue.sv.reduce((n, r) => n + 1 + r.synonyms.length, 0)} titles and synonyms in sv)`;
const percent = (x: number) => Math.round(x * 1000) / 10;
const figures: Figure[] = [
  { area, measure: `query set: fitting reason first (% of ${quality.nara.n})`, unit: 'score', better: 'higher', ours: percent(quality.nara.top1), peer: percent(quality.mini.top1), peerName },
  { area, measure: `query set: fitting reason in top 3 (% of ${quality.nara.n})`, unit: 'score', better: 'higher', ours: percent(quality.nara.top3), peer: percent(quality.mini.top3), peerName },
  { area, measure: 'per keystroke, median', unit: 'ms', ours: median(keystrokes.nara), peer: median(keystrokes.mini), peerName, runs: keystrokes.nara.length },
  { area, measure: 'per keystroke, p95', unit: 'ms', ours: pick(keystrokes.nara, 0.95), peer: pick(keystrokes.mini, 0.95), peerName, runs: keystrokes.nara.length, note: 'target < 2 ms' },
  { area, measure: 'per keystroke, CPU time p95', unit: 'ms', ours: pick(cpuKeystrokes.nara, 0.95), peer: pick(cpuKeystrokes.mini, 0.95), peerName, runs: keystrokes.nara.length },
  { area, measure: 'per keystroke, p95 on a fresh index per query', unit: 'ms', ours: pick(freshKeystrokes.nara, 0.95), peer: pick(freshKeystrokes.mini, 0.95), peerName, runs: freshKeystrokes.nara.length },
  { area, measure: 'index build (first, cold)', unit: 'ms', ours: cold.nara, peer: cold.mini, peerName },
  { area, measure: 'index build, median', unit: 'ms', ours: median(builds.nara), peer: median(builds.mini), peerName, runs: builds.nara.length },
];
record(...figures);
console.log(`reason search: ${reasons} reasons`);
for (const f of figures) console.log(`  ${f.measure.padEnd(48)} Nära ${f.ours!.toFixed(3)}   ${peerName} ${f.peer!.toFixed(3)}`);
// The line scripts/bench.mjs's adapter reads when figures are not recorded.
console.log(`  per keystroke, median  ${median(keystrokes.nara).toFixed(3)} ms   (p95 ${pick(keystrokes.nara, 0.95).toFixed(3)} ms)`);
console.log(`  index build            ${cold.nara.toFixed(2)} ms`);
