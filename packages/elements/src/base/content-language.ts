import { html, nothing } from 'lit';
import { contentLanguageOf } from '@nara/contract';
import { knownLocale, localeInfo, type Locale } from './locale.js';
import { localeNotes } from './locale-notes.js';

/** How to mark backend text written in another language than the element's. */
export interface ContentLanguage {
  /** The text's language, when it is not the element's (for `lang`). */
  lang?: string;
  dir?: 'ltr' | 'rtl';
  /** "This text is not in your language and is shown in Swedish", in the element's language. */
  note?: string;
}

const primary = (tag: string) => tag.toLowerCase().split('-')[0];

/**
 * Backend content (reasons, questions, advice) in the language the backend had: a backend without
 * Arabic answers in Swedish. Then the text carries `lang="sv"` (read with a Swedish voice) and `dir`,
 * and a note in the element's language says it is in Swedish.
 */
export function contentLanguage(content: unknown, locale: Locale): ContentLanguage {
  const lang = contentLanguageOf(content);
  if (!lang || primary(lang) === primary(locale)) return {};
  const known = knownLocale(lang);
  return { lang, dir: known ? localeInfo(known).dir : 'ltr', note: primary(lang) === 'sv' ? localeNotes[locale].contentInSwedish || undefined : undefined };
}

/** The note, when there is one. Styled by `base` (`.content-note`). */
export const contentNote = (content: ContentLanguage) => (content.note ? html`<p class="content-note" part="content-note">${content.note}</p>` : nothing);
