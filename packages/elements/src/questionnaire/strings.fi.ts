import type { QuestionnaireStrings } from './strings.js';

const fi: QuestionnaireStrings = {
  required: '(pakollinen)',
  yes: 'Kyllä',
  no: 'Ei',
  choose: 'Valitse …',
  other: 'Muu vastaus',
  notSet: 'Ei annettu',
  submit: 'Lähetä',
  next: 'Seuraava',
  back: 'Edellinen',
  step: (n, of) => `Vaihe ${n}/${of}`,
  add: (what) => `Lisää ${what}`,
  addAnswer: 'Lisää vielä yksi vastaus',
  remove: (what) => `Poista ${what}`,
  removeRow: (n) => `Poista vastaus ${n}`,
  another: 'vielä yksi',
  summary: 'Lomakkeessa on virheitä',
  errorPrefix: 'Virhe:',
  maxChars: (n) => `Enintään ${n} merkkiä`,
  unit: (u) => `Yksikkö: ${u}`,
  range: (min, max) => (min !== undefined && max !== undefined ? `${min}–${max}` : min !== undefined ? `Vähintään ${min}` : `Enintään ${max}`),
  filesUnavailable: 'Tiedostoja ei voi liittää juuri nyt. Lataa sivu uudelleen ja yritä uudestaan.',
  brokenForm: 'Lomaketta ei voi näyttää, koska siinä on virhe. Ota yhteyttä hoitoon muulla tavalla.',
  errors: {
    required: (q) => `Vastaa kysymykseen ”${q}”`,
    type: (q, kind) => `Kirjoita ${kind} kenttään ”${q}”`,
    maxLength: (q, n) => `”${q}” saa olla enintään ${n} merkkiä`,
    minValue: (q, n) => `”${q}” pitää olla vähintään ${n}`,
    maxValue: (q, n) => `”${q}” saa olla enintään ${n}`,
    minOccurs: (q, n) => `Anna vähintään ${n} vastausta kysymykseen ”${q}”`,
    maxOccurs: (q, n) => `Anna enintään ${n} vastausta kysymykseen ”${q}”`,
    maxSize: (q, n) => `Kentän ”${q}” tiedosto saa olla enintään ${n} tavua`,
    mimeType: (q, n) => `Kentän ”${q}” tiedoston pitää olla tyyppiä ${n}`,
  },
  kinds: {
    integer: 'kokonaisluku',
    decimal: 'luku',
    quantity: 'luku',
  },
};

export default fi;
