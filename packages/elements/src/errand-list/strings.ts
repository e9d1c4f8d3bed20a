import { defineStrings } from '../base/locale.js';

export const strings = defineStrings(
  {
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
  },
  {
    heading: 'My errands',
    loading: 'Loading your errands …',
    empty: 'You have no errands right now.',
    retry: 'Try again',
    chatWith: (profession: string) => `Chat with ${profession.toLowerCase()}`,
    fromCareTeam: 'From the care centre',
    forChild: (pnr: string) => `For the child ${pnr.slice(0, 8)}-${pnr.slice(8)}`,
    lastActivity: (when: string) => `Last ${when}`,
    unread: (n: number) => (n === 1 ? '1 unread' : `${n} unread`),
    back: 'Back to my errands',
  },
);
