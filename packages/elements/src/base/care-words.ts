import { intlLocale, type Locale } from './locale.js';
import type { Profession, Urgency } from '@nara/contract';
import { defineStrings } from './locale.js';

/** Words about care that the errand list and the staff elements share: professions, urgencies, statuses. */
export const careWords = defineStrings(
  {
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
  },
  {
    profession: {
      secretary: 'Secretary',
      nurse: 'Nurse',
      doctor: 'Doctor',
      'child-health-nurse': 'Child-health nurse',
      physiotherapist: 'Physiotherapist',
      psychologist: 'Psychologist',
      counsellor: 'Counsellor',
      midwife: 'Midwife',
      '1177-nurse': '1177 nurse',
    },
    urgency: {
      emergency: 'Emergency – 112',
      'emergency-department': 'Emergency department now',
      urgent: 'Today',
      soon: 'Within days',
      routine: 'Routine',
      'self-care': 'Self-care',
    },
    noUrgency: 'Not assessed',
    status: { queued: 'Queued', open: 'In progress', closed: 'Closed' },
    minutes: (m: number) => (m < 60 ? `${m} min` : m < 24 * 60 ? `${Math.floor(m / 60)} h ${m % 60} min` : `${Math.floor(m / 1440)} d ${Math.floor((m % 1440) / 60)} h`),
  },
);

const formats = new Map<string, Intl.DateTimeFormat>();
/** A date and time in Stockholm time, short. */
export function shortDateTime(iso: string, locale: Locale): string {
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = new Intl.DateTimeFormat(intlLocale(locale), { timeZone: 'Europe/Stockholm', dateStyle: 'medium', timeStyle: 'short' })));
  return format.format(new Date(iso));
}
