import { addTranslations, defineStrings } from '../base/locale.js';

export const strings = defineStrings({
  heading: 'Mina genvägar',
  loading: 'Hämtar dina genvägar …',
  signedOut: 'Logga in för att se dina genvägar.',
  empty: 'Du har inga genvägar än. Lägg till de tjänster du använder mest.',
  edit: 'Ändra genvägar',
  save: 'Spara',
  cancel: 'Avbryt',
  saving: 'Sparar …',
  saved: 'Dina genvägar är sparade.',
  add: 'Lägg till genväg',
  addHeading: 'Lägg till',
  nothingToAdd: 'Alla tjänster finns redan bland dina genvägar.',
  moveUp: (title: string) => `Flytta upp ${title}`,
  moveDown: (title: string) => `Flytta ner ${title}`,
  remove: (title: string) => `Ta bort ${title}`,
  dragHandle: (title: string) => `Dra för att flytta ${title}`,
  added: (title: string) => `${title} lades till.`,
  removed: (title: string) => `${title} togs bort.`,
  moved: (title: string, position: number, total: number) => `${title} flyttades till plats ${position} av ${total}.`,
  full: (max: number) => `Du kan ha högst ${max} genvägar.`,
  editHelp: 'Flytta med knapparna.',
  editKeyHelp: 'Eller markera en genväg och tryck Alt + pil upp eller pil ner.',
});

export type ShortcutListStrings = (typeof strings)['sv'];

addTranslations(strings, 'shortcut-list', {
  en: () => import('./strings.en.js'),
  ar: () => import('./strings.ar.js'),
  fi: () => import('./strings.fi.js'),
  so: () => import('./strings.so.js'),
});
