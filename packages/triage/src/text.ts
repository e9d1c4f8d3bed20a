/** Nära's two languages. */
export type Locale = 'sv' | 'en';

/** Catalogue text in both of Nära's languages. */
export interface Text {
  sv: string;
  en: string;
}

export const text = (sv: string, en: string): Text => ({ sv, en });

/** The other language, for FHIR translation extensions. */
export const otherLocale = (locale: Locale): Locale => (locale === 'sv' ? 'en' : 'sv');
