/**
 * Reason search, one keystroke at a time: every prefix of many realistic queries (lay words,
 * misspellings, with and without å/ä/ö) against the whole catalogue, on a fresh index per query so
 * no word is cached from an earlier query. Prints the median and 95th percentile per keystroke.
 */
import { CATALOGUE, ReasonSearch } from '../packages/triage/src/index.js';

const QUERIES = [
  'ont i halsen', 'ont i hals', 'feber', 'feber hos barn', 'uvi', 'urinvägsinfektion', 'urinvagsinfektoin', 'recept',
  'förnya recept', 'fornya recept', 'sjukskrivning', 'sjukintyg', 'provsvar', 'boka om', 'avboka tid', 'huvudvärk',
  'huvdvärk', 'migrän', 'ryggont', 'ont i ryggen', 'ont i magen', 'magsjuka', 'kräks', 'diarre', 'hosta', 'förkylning',
  'forkyld', 'snuva', 'bihåleinflamation', 'halsbränna', 'öronvärk', 'ont i örat', 'orat', 'utslag', 'eksem', 'nässelutslag',
  'fästing', 'pollenallergi', 'astma', 'andfådd', 'ångest', 'angest', 'deprimerad', 'utbränd', 'sover dåligt', 'p-piller',
  'klamydia', 'gravid', 'blodtryck', 'yrsel', 'hjärtklappning', 'amning', 'bvc', 'vattkoppor', 'löss', 'krupp',
  'sore throat', 'prescription', 'vaccin', 'tolk', 'journal', 'remiss', 'leverfläck', 'vårta', 'stukat foten', 'knä',
];

const summaries = CATALOGUE.map((r) => ({ id: r.id, title: r.title.sv, synonyms: r.synonyms.sv, audience: r.audience, popularity: r.popularity }));

const built = performance.now();
new ReasonSearch(summaries);
const buildMs = performance.now() - built;

// Warm up the JIT once, then measure.
for (const query of QUERIES) new ReasonSearch(summaries).search(query);

const times: number[] = [];
const cpuTimes: number[] = [];
for (let round = 0; round < 5; round++) {
  for (const query of QUERIES) {
    const index = new ReasonSearch(summaries);
    for (let i = 1; i <= query.length; i++) {
      const cpu = process.cpuUsage();
      const start = performance.now();
      index.search(query.slice(0, i), { subject: round % 2 ? 'child' : 'self' });
      times.push(performance.now() - start);
      const used = process.cpuUsage(cpu);
      cpuTimes.push((used.user + used.system) / 1000);
    }
  }
}
times.sort((a, b) => a - b);
cpuTimes.sort((a, b) => a - b);
const pick = (list: number[], p: number) => list[Math.min(list.length - 1, Math.floor(list.length * p))];
const at = (p: number) => pick(times, p);
console.log(`reason search: ${CATALOGUE.length} reasons, ${summaries.reduce((n, r) => n + 1 + r.synonyms.length, 0)} titles and synonyms`);
console.log(`  index build            ${buildMs.toFixed(2)} ms`);
console.log(`  per keystroke, median  ${at(0.5).toFixed(3)} ms   (p95 ${at(0.95).toFixed(3)} ms, max ${times.at(-1)!.toFixed(3)} ms, ${times.length} keystrokes)`);
// Wall-clock outliers on a shared machine are mostly the process waiting for a core; CPU time is not.
console.log(`  CPU time per keystroke median ${pick(cpuTimes, 0.5).toFixed(3)} ms, p95 ${pick(cpuTimes, 0.95).toFixed(3)} ms`);
