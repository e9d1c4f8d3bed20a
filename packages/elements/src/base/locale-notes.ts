import { addTranslations, defineStrings } from './locale.js';
import type { DateNames } from './date-format.js';

/** What a language says about itself; loaded with its strings, so a Swedish page carries no Arabic. */
export type LocaleNotes = {
  /** "The translation has not been reviewed" (shown while the language is not reviewed). */
  unreviewed: string;
  /** "This text is not available in this language and is shown in Swedish" (backend content that fell back). */
  contentInSwedish: string;
  /** Weekday and month names, for a language the browser's `Intl` has no data for. */
  dateNames?: DateNames;
};

export const localeNotes = defineStrings<LocaleNotes>({ unreviewed: '', contentInSwedish: '' });

addTranslations(localeNotes, 'locale', {
  en: () => import('./locale-notes.en.js'),
  ar: () => import('./locale-notes.ar.js'),
  fi: () => import('./locale-notes.fi.js'),
  so: () => import('./locale-notes.so.js'),
});
