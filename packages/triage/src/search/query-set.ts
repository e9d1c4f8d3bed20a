/**
 * Runs the query set against reason search the way the symptom form searches: the catalogue's
 * reasons with their search synonyms, in one language, as `self` or as a guardian (`child`).
 * Used by the query-set test and by `npm run bench`; not shipped.
 */
import { CATALOGUE } from '../catalogue.js';
import { ReasonSearch, type SearchableReason } from '../reason-search.js';
import type { Locale } from '../text.js';
import { CHILD_QUERIES_EN, QUERIES_EN } from './queries.en.js';
import { CHILD_QUERIES_SV, QUERIES_SV, type Query } from './queries.sv.js';
import { searchSynonyms } from './vocabulary.js';

export const QUERY_SETS: { locale: Locale; subject: 'self' | 'child'; queries: Query[] }[] = [
  { locale: 'sv', subject: 'self', queries: QUERIES_SV },
  { locale: 'sv', subject: 'child', queries: CHILD_QUERIES_SV },
  { locale: 'en', subject: 'self', queries: QUERIES_EN },
  { locale: 'en', subject: 'child', queries: CHILD_QUERIES_EN },
];

/** The catalogue as the server lists it (title and search synonyms) in one language. */
export const summaries = (locale: Locale): SearchableReason[] =>
  CATALOGUE.map((r) => ({ id: r.id, title: r.title[locale], synonyms: searchSynonyms(r, locale), audience: r.audience, popularity: r.popularity }));

export interface QueryOutcome {
  locale: Locale;
  subject: 'self' | 'child';
  query: string;
  fits: string[];
  /** The top three ids found. */
  found: string[];
  /** 1-based rank of the first fitting reason, 0 when not in the top three. */
  rank: number;
}

/** Searches every query of the set with an engine (by default Nära's index). */
export function runQuerySet(
  engine: (locale: Locale) => { search(query: string, subject: 'self' | 'child'): string[] } = (locale) => {
    const index = new ReasonSearch(summaries(locale), { locale });
    return { search: (query, subject) => index.search(query, { subject, limit: 3 }).map((m) => m.reason.id) };
  },
): QueryOutcome[] {
  const engines = new Map<Locale, ReturnType<typeof engine>>();
  const known = new Set(CATALOGUE.map((r) => r.id));
  const outcomes: QueryOutcome[] = [];
  for (const { locale, subject, queries } of QUERY_SETS) {
    const search = engines.get(locale) ?? engines.set(locale, engine(locale)).get(locale)!;
    for (const [query, fitting] of queries) {
      // Reasons not (yet) in the catalogue cannot be found: a query only they fit waits for them.
      const fits = fitting.split(' ').filter((id) => known.has(id));
      if (!fits.length) continue;
      const found = search.search(query, subject).slice(0, 3);
      const at = found.findIndex((id) => fits.includes(id));
      outcomes.push({ locale, subject, query, fits, found, rank: at + 1 });
    }
  }
  return outcomes;
}

export const shareAt = (outcomes: QueryOutcome[], rank: number) => outcomes.filter((o) => o.rank > 0 && o.rank <= rank).length / outcomes.length;
