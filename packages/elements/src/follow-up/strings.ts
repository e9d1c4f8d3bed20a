import { addTranslations, defineStrings } from '../base/locale.js';

export const strings = defineStrings({
  heading: 'Uppföljning',
  filters: 'Period och mottagning',
  from: 'Från och med',
  to: 'Till och med',
  clinic: 'Mottagning',
  allClinics: 'Alla mottagningar',
  show: 'Visa',
  loading: 'Hämtar uppföljningen …',
  loaded: (n: number) => `Uppföljningen visar ${n} avslutade ärenden.`,
  failed: 'Uppföljningen kunde inte hämtas. Försök igen.',
  download: 'Ladda ner CSV',
  showTable: 'Visa som tabell',
  hideTable: 'Dölj tabellen',
  outcomes: 'Hur ärendena slutade',
  urgency: 'Bedömd brådska',
  strama: 'Antibiotika, äldre och återkomster',
  times: 'Svarstider (minuter)',
  perClinic: 'Lösta digitalt per mottagning',
  indicator: 'Mått',
  numerator: 'Täljare',
  denominator: 'Nämnare',
  value: 'Värde',
  hidden: 'dolt (färre än 5)',
  noValue: 'inget värde',
  minutes: (n: string) => `${n} min`,
  per1000: (n: string) => `${n} per 1 000`,
  closed: 'Avslutade ärenden',
});

export type FollowUpStrings = (typeof strings)['sv'];

addTranslations(strings, 'follow-up', {
  en: () => import('./strings.en.js'),
  ar: () => import('./strings.ar.js'),
  fi: () => import('./strings.fi.js'),
  so: () => import('./strings.so.js'),
});
