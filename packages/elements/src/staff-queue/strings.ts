import { addTranslations, defineStrings } from '../base/locale.js';

export const strings = defineStrings({
  heading: 'Kö',
  scope: 'Visa',
  mine: 'Min yrkesroll',
  all: 'Alla yrkesroller',
  loading: 'Hämtar kön …',
  count: (n: number) => (n === 0 ? 'Inga ärenden just nu' : n === 1 ? '1 ärende' : `${n} ärenden`),
  live: 'Uppdateras direkt',
  reconnecting: 'Tappade kontakten – försöker igen …',
  retry: 'Försök igen',
  waited: (t: string) => `Väntat ${t}`,
  due: { ok: (at: string) => `Svar senast ${at}`, near: (at: string) => `Svarstiden går ut ${at}`, past: (at: string) => `Svarstiden passerad ${at}` },
  chatWith: (p: string) => `Chatt med ${p.toLowerCase()}`,
  startedByStaff: 'Kontakt från vårdcentralen',
  child: (months: number) => (months < 24 ? `barn ${months} mån` : `barn ${Math.floor(months / 12)} år`),
  heldBy: (name: string) => `hos ${name}`,
  consultations: 'Frågor från kollegor',
  consultation: (from: string, who: string) => `${from} frågar om ${who}`,
});

export type StaffQueueStrings = (typeof strings)['sv'];

addTranslations(strings, 'staff-queue', {
  en: () => import('./strings.en.js'),
  ar: () => import('./strings.ar.js'),
  fi: () => import('./strings.fi.js'),
  so: () => import('./strings.so.js'),
});
