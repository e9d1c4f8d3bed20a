import { addTranslations, defineStrings } from '../base/locale.js';

/**
 * Date, time, dateTime and url items' strings: the hint under the field and the kind of answer an
 * error asks for. Loaded with those items' parsing (date-text.ts) rather than with every form.
 */
export const dateStrings = defineStrings({
  date: { hint: 'Skriv som ÅÅÅÅ-MM-DD, till exempel 2026-03-14', kind: 'ett datum som ÅÅÅÅ-MM-DD' },
  time: { hint: 'Skriv som tt:mm, till exempel 08:30', kind: 'en tid som tt:mm' },
  dateTime: { hint: 'Skriv som ÅÅÅÅ-MM-DD tt:mm, till exempel 2026-03-14 08:30', kind: 'datum och tid som ÅÅÅÅ-MM-DD tt:mm' },
  url: { hint: 'En adress som börjar med https://', kind: 'en adress som börjar med https://' },
});

export type DateStrings = (typeof dateStrings)['sv'];

addTranslations(dateStrings, 'questionnaire-dates', {
  en: () => import('./date-strings.en.js'),
  ar: () => import('./date-strings.ar.js'),
  fi: () => import('./date-strings.fi.js'),
  so: () => import('./date-strings.so.js'),
});
