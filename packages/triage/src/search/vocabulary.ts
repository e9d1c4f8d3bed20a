import type { ContactReason } from '../model.js';
import type { Locale } from '../text.js';
import { AMBIGUOUS_EN, VOCABULARY_EN } from './vocabulary.en.js';
import { AMBIGUOUS_SV, VOCABULARY_SV } from './vocabulary.sv.js';

/** The contract allows at most 100 synonyms a reason. */
const MAX_SYNONYMS = 100;

const build = (vocabulary: Record<string, string>, ambiguous: Record<string, string[]>) => {
  const byReason = new Map<string, string[]>(Object.entries(vocabulary).map(([id, words]) => [id, words.split('|').map((w) => w.trim()).filter(Boolean)]));
  for (const [word, ids] of Object.entries(ambiguous)) for (const id of ids) (byReason.get(id) ?? byReason.set(id, []).get(id)!).push(word);
  return byReason;
};

let built: Record<Locale, Map<string, string[]>> | undefined;
const vocabularies = () => (built ??= { sv: build(VOCABULARY_SV, AMBIGUOUS_SV), en: build(VOCABULARY_EN, AMBIGUOUS_EN) });

/** The patients' words for one reason in one language (search vocabulary, ambiguous words included). */
export const vocabularyFor = (id: string, locale: Locale): readonly string[] => vocabularies()[locale].get(id) ?? [];

/** Every reason id the vocabulary has words for, in a language. */
export const vocabularyIds = (locale: Locale): string[] => [...vocabularies()[locale].keys()];

/**
 * What a reason is searched by in one language: the catalogue's own synonyms, then the search
 * vocabulary's words, without repeats (case and diacritics ignored), at most 100.
 */
export function searchSynonyms(reason: Pick<ContactReason, 'id' | 'synonyms'>, locale: Locale): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const word of [...reason.synonyms[locale], ...vocabularyFor(reason.id, locale)]) {
    const key = word.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(word);
    if (out.length === MAX_SYNONYMS) break;
  }
  return out;
}
