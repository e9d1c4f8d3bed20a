import type { ShortcutListStrings } from './strings.js';

const en: ShortcutListStrings = {
  heading: 'My shortcuts',
  loading: 'Loading your shortcuts …',
  signedOut: 'Sign in to see your shortcuts.',
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
};

export default en;
