/**
 * Reason search per keystroke, Nära's ReasonSearch against Fuse.js (the fuzzy search a region would most
 * likely reach for), in one process on the same catalogue and the same typed queries: every prefix of
 * each query, on a fresh index per query. Fuse is given the same titles and synonyms (Swedish),
 * `ignoreLocation`, threshold 0.4, titles weighted twice. Figures: median and p95 per keystroke, and
 * index build. Until packages/triage is on the branch it says so and measures nothing.
 */
import { readFileSync } from 'node:fs';
import { record, median, type Figure } from './report.js';

const QUERIES = [
  'ont i halsen', 'feber', 'feber hos barn', 'uvi', 'urinvägsinfektion', 'urinvagsinfektoin', 'förnya recept', 'fornya recept',
  'sjukintyg', 'provsvar', 'avboka tid', 'huvudvärk', 'huvdvärk', 'ont i ryggen', 'magsjuka', 'kräks', 'hosta', 'forkyld',
  'bihåleinflamation', 'öronvärk', 'utslag', 'fästing', 'astma', 'ångest', 'angest', 'sover dåligt', 'gravid', 'yrsel', 'bvc',
  'vattkoppor', 'sore throat', 'prescription', 'vaccin', 'leverfläck', 'stukat foten',
];

interface Summary {
  id: string;
  title: string;
  synonyms: string[];
  audience: string;
  popularity: number;
}

const triagePath = '../packages/triage/src/index.js';
const triage = await import(triagePath).catch(() => undefined);
if (!triage?.ReasonSearch || !triage?.CATALOGUE) {
  console.log('reason search: packages/triage (CATALOGUE, ReasonSearch) is not on this branch yet; nothing measured');
  process.exit(0);
}
const fusePath = './peers/node_modules/fuse.js/dist/fuse.mjs';
const { default: Fuse } = await import(fusePath);
const fuseVersion = JSON.parse(readFileSync('bench/peers/node_modules/fuse.js/package.json', 'utf8')).version;

const summaries: Summary[] = triage.CATALOGUE.map((r: any) => ({ id: r.id, title: r.title.sv, synonyms: r.synonyms.sv, audience: r.audience, popularity: r.popularity }));
const FUSE_OPTIONS = { keys: [{ name: 'title', weight: 2 }, { name: 'synonyms', weight: 1 }], threshold: 0.4, ignoreLocation: true };
const engines = {
  nara: { build: () => new triage.ReasonSearch(summaries), search: (index: any, q: string) => index.search(q) },
  fuse: { build: () => new Fuse(summaries, FUSE_OPTIONS), search: (index: any, q: string) => index.search(q, { limit: 20 }) },
};
type Engine = keyof typeof engines;

const keystrokes: Record<Engine, number[]> = { nara: [], fuse: [] };
const builds: Record<Engine, number[]> = { nara: [], fuse: [] };
// Warm up the JIT for both, then take turns query by query.
for (const e of Object.keys(engines) as Engine[]) for (const q of QUERIES) engines[e].search(engines[e].build(), q);
for (let round = 0; round < 5; round++) {
  for (const query of QUERIES) {
    for (const e of (round % 2 ? ['fuse', 'nara'] : ['nara', 'fuse']) as Engine[]) {
      const started = performance.now();
      const index = engines[e].build();
      builds[e].push(performance.now() - started);
      for (let i = 1; i <= query.length; i++) {
        const t = performance.now();
        engines[e].search(index, query.slice(0, i));
        keystrokes[e].push(performance.now() - t);
      }
    }
  }
}
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)];
const area = `Reason search (${summaries.length} reasons, ${summaries.reduce((n, r) => n + 1 + r.synonyms.length, 0)} titles and synonyms)`;
const peerName = `Fuse.js ${fuseVersion}`;
const figures: Figure[] = [
  { area, measure: 'per keystroke, median', unit: 'ms', ours: median(keystrokes.nara), peer: median(keystrokes.fuse), peerName, runs: keystrokes.nara.length },
  { area, measure: 'per keystroke, p95', unit: 'ms', ours: p95(keystrokes.nara), peer: p95(keystrokes.fuse), peerName, runs: keystrokes.nara.length },
  { area, measure: 'index build, median', unit: 'ms', ours: median(builds.nara), peer: median(builds.fuse), peerName, runs: builds.nara.length },
];
record(...figures);
console.log(area);
for (const f of figures) console.log(`  ${f.measure.padEnd(24)} Nära ${f.ours!.toFixed(3)} ms   ${peerName} ${f.peer!.toFixed(3)} ms`);
