import { addTranslations, defineStrings } from '../base/locale.js';

export const strings = defineStrings(
  {
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
  },
  {
    heading: 'Queue',
    scope: 'Show',
    mine: 'My profession',
    all: 'All professions',
    loading: 'Loading the queue …',
    count: (n: number) => (n === 0 ? 'No errands right now' : n === 1 ? '1 errand' : `${n} errands`),
    live: 'Updates live',
    reconnecting: 'Lost the connection – trying again …',
    retry: 'Try again',
    waited: (t: string) => `Waited ${t}`,
    due: { ok: (at: string) => `Answer by ${at}`, near: (at: string) => `Answer time ends ${at}`, past: (at: string) => `Answer time passed ${at}` },
    chatWith: (p: string) => `Chat with ${p.toLowerCase()}`,
    startedByStaff: 'Contact from the care centre',
    child: (months: number) => (months < 24 ? `child ${months} months` : `child ${Math.floor(months / 12)} years`),
    heldBy: (name: string) => `with ${name}`,
    consultations: 'Questions from colleagues',
    consultation: (from: string, who: string) => `${from} asks about ${who}`,
  },
);

export type StaffQueueStrings = (typeof strings)['sv'];

addTranslations(strings, 'staff-queue', {
  ar: () => import('./strings.ar.js'),
  fi: () => import('./strings.fi.js'),
  so: () => import('./strings.so.js'),
});
