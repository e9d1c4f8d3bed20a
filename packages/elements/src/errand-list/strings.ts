import { addTranslations, defineStrings } from '../base/locale.js';

export const strings = defineStrings({
  heading: 'Mina ärenden',
  loading: 'Hämtar dina ärenden …',
  empty: 'Du har inga ärenden just nu.',
  retry: 'Försök igen',
  chatWith: (profession: string) => `Chatt med ${profession.toLowerCase()}`,
  fromCareTeam: 'Från vårdcentralen',
  forChild: (pnr: string) => `Gäller barnet ${pnr.slice(0, 8)}-${pnr.slice(8)}`,
  lastActivity: (when: string) => `Senast ${when}`,
  unread: (n: number) => (n === 1 ? '1 oläst' : `${n} olästa`),
  back: 'Tillbaka till mina ärenden',
});

export type ErrandListStrings = (typeof strings)['sv'];

addTranslations(strings, 'errand-list', {
  en: () => import('./strings.en.js'),
  ar: () => import('./strings.ar.js'),
  fi: () => import('./strings.fi.js'),
  so: () => import('./strings.so.js'),
});
