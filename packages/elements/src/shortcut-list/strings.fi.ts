import type { ShortcutListStrings } from './strings.js';

const fi: ShortcutListStrings = {
  heading: 'Pikalinkkini',
  loading: 'Haetaan pikalinkkejäsi …',
  signedOut: 'Kirjaudu sisään, niin näet pikalinkkisi.',
  empty: 'Sinulla ei ole vielä pikalinkkejä. Lisää palvelut, joita käytät eniten.',
  edit: 'Muokkaa pikalinkkejä',
  save: 'Tallenna',
  cancel: 'Peruuta',
  saving: 'Tallennetaan …',
  saved: 'Pikalinkkisi on tallennettu.',
  add: 'Lisää pikalinkki',
  addHeading: 'Lisää',
  nothingToAdd: 'Kaikki palvelut ovat jo pikalinkeissäsi.',
  moveUp: (title) => `Siirrä ylös: ${title}`,
  moveDown: (title) => `Siirrä alas: ${title}`,
  remove: (title) => `Poista: ${title}`,
  dragHandle: (title) => `Siirrä vetämällä: ${title}`,
  added: (title) => `${title} lisättiin.`,
  removed: (title) => `${title} poistettiin.`,
  moved: (title, position, total) => `${title} siirrettiin paikalle ${position}/${total}.`,
  full: (max) => `Sinulla voi olla enintään ${max} pikalinkkiä.`,
  editKeyHelp: "Tai valitse pikalinkki ja paina Alt + nuoli ylös tai nuoli alas.",
  editHelp: 'Siirrä painikkeilla, tai valitse pikalinkki ja paina Alt + nuoli ylös tai nuoli alas.',
};

export default fi;
