import { addTranslations, defineStrings } from '../base/locale.js';

export const strings = defineStrings({
  required: '(måste besvaras)',
  yes: 'Ja',
  no: 'Nej',
  choose: 'Välj …',
  other: 'Annat svar',
  notSet: 'Inte angivet',
  submit: 'Skicka',
  next: 'Nästa',
  back: 'Föregående',
  step: (n: number, of: number) => `Steg ${n} av ${of}`,
  add: (what: string) => `Lägg till ${what}`,
  addAnswer: 'Lägg till ett svar till',
  remove: (what: string) => `Ta bort ${what}`,
  removeRow: (n: number) => `Ta bort svar ${n}`,
  another: 'en till',
  summary: 'Det finns fel i formuläret',
  errorPrefix: 'Fel:',
  maxChars: (n: number) => `Högst ${n} tecken`,
  unit: (u: string) => `Anges i ${u}`,
  range: (min?: number | string, max?: number | string) => (min !== undefined && max !== undefined ? `Mellan ${min} och ${max}` : min !== undefined ? `Minst ${min}` : `Högst ${max}`),
  filesUnavailable: 'Det går inte att bifoga filer just nu. Ladda om sidan och försök igen.',
  brokenForm: 'Formuläret kan inte visas eftersom det innehåller ett fel. Kontakta vården på annat sätt.',
  errors: {
    required: (q: string) => `Svara på frågan ”${q}”`,
    type: (q: string, kind: string) => `Skriv ${kind} i ”${q}”`,
    maxLength: (q: string, n: number | string) => `”${q}” får ha högst ${n} tecken`,
    minValue: (q: string, n: number | string) => `”${q}” måste vara minst ${n}`,
    maxValue: (q: string, n: number | string) => `”${q}” får vara högst ${n}`,
    minOccurs: (q: string, n: number | string) => `Ge minst ${n} svar på ”${q}”`,
    maxOccurs: (q: string, n: number | string) => `Ge högst ${n} svar på ”${q}”`,
    maxSize: (q: string, n: number | string) => `Filen i ”${q}” får vara högst ${n} byte`,
    mimeType: (q: string, n: number | string) => `Filen i ”${q}” måste vara av typen ${n}`,
  },
  kinds: { integer: 'ett heltal', decimal: 'ett tal', quantity: 'ett tal' } as Record<string, string>,
});

export type QuestionnaireStrings = (typeof strings)['sv'];

addTranslations(strings, 'questionnaire', {
  en: () => import('./strings.en.js'),
  ar: () => import('./strings.ar.js'),
  fi: () => import('./strings.fi.js'),
  so: () => import('./strings.so.js'),
});
