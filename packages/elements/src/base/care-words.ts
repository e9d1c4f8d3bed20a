import { intlLocale, type Locale } from './locale.js';
import { dateFormat } from './date-format.js';
import type { Profession, Urgency } from '@nara/contract';
import { addTranslations, defineStrings } from './locale.js';

/** Words about care that the errand list and the staff elements share: professions, urgencies, statuses. */
export const careWords = defineStrings({
  profession: {
    secretary: 'Sekreterare',
    nurse: 'Sjuksköterska',
    doctor: 'Läkare',
    'child-health-nurse': 'BVC-sjuksköterska',
    physiotherapist: 'Fysioterapeut',
    psychologist: 'Psykolog',
    counsellor: 'Kurator',
    midwife: 'Barnmorska',
    '1177-nurse': 'Sjuksköterska på 1177',
  } satisfies Record<Profession, string>,
  urgency: {
    emergency: 'Akut – 112',
    'emergency-department': 'Akutmottagning nu',
    urgent: 'I dag',
    soon: 'Inom några dagar',
    routine: 'Planerad',
    'self-care': 'Egenvård',
  } satisfies Record<Urgency, string>,
  noUrgency: 'Ingen bedömning',
  status: { queued: 'I kö', open: 'Pågår', closed: 'Avslutat' },
  minutes: (m: number) => (m < 60 ? `${m} min` : m < 24 * 60 ? `${Math.floor(m / 60)} h ${m % 60} min` : `${Math.floor(m / 1440)} d ${Math.floor((m % 1440) / 60)} h`),
});

const formats = new Map<string, { format(date: Date): string }>();
/**
 * A date and time in Stockholm time, short. A language the browser has no date data for (Somali in
 * Chromium) gets its own month names through `dateFormat` rather than English ones.
 */
export function shortDateTime(iso: string, locale: Locale): string {
  let format = formats.get(locale);
  if (!format) {
    const tag = intlLocale(locale);
    format =
      Intl.DateTimeFormat.supportedLocalesOf(tag).length > 0
        ? new Intl.DateTimeFormat(tag, { timeZone: 'Europe/Stockholm', dateStyle: 'medium', timeStyle: 'short' })
        : dateFormat(locale, { timeZone: 'Europe/Stockholm', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formats.set(locale, format);
  }
  return format.format(new Date(iso));
}

export type CareWords = (typeof careWords)['sv'];

addTranslations(careWords, 'care-words', {
  en: () => import('./care-words.en.js'),
  ar: () => import('./care-words.ar.js'),
  fi: () => import('./care-words.fi.js'),
  so: () => import('./care-words.so.js'),
});
