// `registerLocale`, apart from locale.ts: the elements need the languages, not the way a region adds one.
import type { DateNames } from './date-format.js';
import type { LocaleNotes } from './locale-notes.js';
import { isLocale, isPlainObject, localeInfo, setLocaleInfo, setStringsLoader, type Loader, type StringsModule } from './locale.js';

/** A region's own language: its direction, note and, per element, its strings (or a module of them). */
export interface LocaleRegistration<T extends Record<string, unknown> = Record<string, unknown>> {
  /** The language tag, e.g. `fa` or `ti`. */
  locale: string;
  dir?: 'ltr' | 'rtl';
  /** The locale for `Intl` (default: the tag). */
  intl?: string;
  /** Set true once a native speaker has reviewed the strings; until then the note shows. */
  reviewed?: boolean;
  /** Weekday and month names, for a language the browser's `Intl` has no data for. */
  dateNames?: DateNames;
  /** "This text is not available in this language and is shown in Swedish", in the language itself. */
  contentInSwedish?: string;
  /** "The translation has not been reviewed", in the language itself. */
  unreviewedNote?: string;
  /** Where missing strings come from (default `sv`). */
  fallback?: 'sv' | 'en';
  /** Per element id (`'symptom-form'`, `'errors'`, …, see `NaraStrings`): its strings, or a function that imports them. */
  strings: { [K in keyof T]?: T[K] | (() => Promise<T[K] | StringsModule<T[K]>>) };
}

/**
 * Adds a language, or replaces a built-in one's strings, without forking. Call it before the elements
 * render in that language. Typed against `NaraStrings` (from `@nara/elements/locales.js`), so a
 * region's build fails when a string is missing; at run time anything missing falls back.
 */
export function registerLocale<T extends Record<string, unknown>>(registration: LocaleRegistration<T>): void {
  const { locale } = registration;
  if (locale === 'sv' || locale === 'en') throw new Error('Nära: Swedish and English are built in; register a language of your own');
  const previous = isLocale(locale) ? localeInfo(locale) : undefined;
  setLocaleInfo(locale, {
    dir: registration.dir ?? previous?.dir ?? 'ltr',
    intl: registration.intl ?? previous?.intl ?? locale,
    reviewed: registration.reviewed ?? previous?.reviewed ?? false,
    fallback: registration.fallback ?? previous?.fallback ?? 'sv',
  });
  const notes: Partial<LocaleNotes> = { unreviewed: registration.unreviewedNote, contentInSwedish: registration.contentInSwedish, dateNames: registration.dateNames };
  const given: Record<string, unknown> = { ...registration.strings };
  if (Object.values(notes).some((v) => v !== undefined)) given.locale = JSON.parse(JSON.stringify(notes));
  for (const [id, strings] of Object.entries(given)) {
    const loader: Loader<unknown> = async () => {
      const value = typeof strings === 'function' ? await (strings as () => Promise<unknown>)() : strings;
      return isPlainObject(value) && 'default' in value ? (value as StringsModule<unknown>) : { default: value };
    };
    setStringsLoader(id, locale, loader);
  }
}
