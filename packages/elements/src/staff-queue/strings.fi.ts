import type { StaffQueueStrings } from './strings.js';

const fi: StaffQueueStrings = {
  heading: 'Jono',
  scope: 'Näytä',
  mine: 'Oma ammattiryhmä',
  all: 'Kaikki ammattiryhmät',
  loading: 'Haetaan jonoa …',
  count: (n) => (n === 0 ? 'Ei asioita juuri nyt' : n === 1 ? '1 asia' : `${n} asiaa`),
  live: 'Päivittyy heti',
  reconnecting: 'Yhteys katkesi – yritetään uudelleen …',
  retry: 'Yritä uudelleen',
  waited: (t) => `Odottanut ${t}`,
  due: { ok: (at) => `Vastaus viimeistään ${at}`, near: (at) => `Vastausaika päättyy ${at}`, past: (at) => `Vastausaika ylittyi ${at}` },
  chatWith: (p) => `Chat: ${p.toLowerCase()}`,
  startedByStaff: 'Yhteydenotto terveyskeskukselta',
  child: (months) => (months < 24 ? `lapsi ${months} kk` : `lapsi ${Math.floor(months / 12)} v`),
  heldBy: (name) => `käsittelijä ${name}`,
  // Not reviewed: English until translated (see locale.ts `reviewed: false`).
  consultations: 'Questions from colleagues',
  consultation: (from, who) => `${from} asks about ${who}`,
};

export default fi;
