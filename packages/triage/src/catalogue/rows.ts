import type { Audience, Profession } from '../model.js';

/**
 * One contact reason as a table row:
 * [id, family, Swedish title, English title, Swedish synonyms, English synonyms, audience, weight, profession?].
 * Synonyms are separated by `|` and include lay words and common misspellings. `weight` is how often
 * patients pick the reason (relative); the catalogue turns weights into popularity ranks. A missing
 * profession means the family's.
 */
export type ReasonRow = [
  id: string,
  family: string,
  sv: string,
  en: string,
  svSynonyms: string,
  enSynonyms: string,
  audience: Audience,
  weight: number,
  profession?: Profession,
];
