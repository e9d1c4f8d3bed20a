import { addTranslations, defineStrings } from '../base/locale.js';

export const strings = defineStrings(
  {
    heading: 'Mina genvägar',
    loading: 'Hämtar dina genvägar …',
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
  },
  {
    heading: 'My shortcuts',
    loading: 'Loading your shortcuts …',
    empty: 'You have no shortcuts yet. Add the services you use most.',
    edit: 'Edit shortcuts',
    save: 'Save',
    cancel: 'Cancel',
    saving: 'Saving …',
    saved: 'Your shortcuts are saved.',
    add: 'Add shortcut',
    addHeading: 'Add',
    nothingToAdd: 'All services are already among your shortcuts.',
    moveUp: (title: string) => `Move ${title} up`,
    moveDown: (title: string) => `Move ${title} down`,
    remove: (title: string) => `Remove ${title}`,
    dragHandle: (title: string) => `Drag to move ${title}`,
    added: (title: string) => `${title} was added.`,
    removed: (title: string) => `${title} was removed.`,
    moved: (title: string, position: number, total: number) => `${title} moved to position ${position} of ${total}.`,
    full: (max: number) => `You can have at most ${max} shortcuts.`,
    editHelp: 'Move with the buttons.',
    editKeyHelp: 'Or focus a shortcut and press Alt + Arrow Up or Arrow Down.',
  },
);

export type ShortcutListStrings = (typeof strings)['sv'];

addTranslations(strings, 'shortcut-list', {
  ar: () => import('./strings.ar.js'),
  fi: () => import('./strings.fi.js'),
  so: () => import('./strings.so.js'),
});
