import type { ErrandListStrings } from './strings.js';

const fi: ErrandListStrings = {
  heading: 'Omat asiani',
  loading: 'Haetaan asioitasi …',
  empty: 'Sinulla ei ole nyt asioita.',
  retry: 'Yritä uudelleen',
  chatWith: (profession) => `Chat: ${profession.toLowerCase()}`,
  fromCareTeam: 'Terveyskeskukselta',
  forChild: (pnr) => `Koskee lasta ${pnr.slice(0, 8)}-${pnr.slice(8)}`,
  lastActivity: (when) => `Viimeksi ${when}`,
  unread: (n) => (n === 1 ? '1 lukematon' : `${n} lukematonta`),
  back: 'Takaisin omiin asioihin',
};

export default fi;
