import type { QuestionnaireStrings } from './strings.js';

const so: QuestionnaireStrings = {
  required: '(waa in laga jawaabo)',
  yes: 'Haa',
  no: 'Maya',
  choose: 'Dooro …',
  other: 'Jawaab kale',
  notSet: 'Lama qorin',
  submit: 'Dir',
  next: 'Xiga',
  back: 'Hore',
  step: (n, of) => `Tallaabada ${n} ee ${of}`,
  add: (what) => `Ku dar ${what}`,
  addAnswer: 'Ku dar jawaab kale',
  remove: (what) => `Ka saar ${what}`,
  removeRow: (n) => `Ka saar jawaabta ${n}`,
  another: 'mid kale',
  summary: 'Foomka khaladaad ayaa ku jira',
  errorPrefix: 'Khalad:',
  maxChars: (n) => `Ugu badnaan ${n} xaraf`,
  unit: (u) => `Lagu qoro ${u}`,
  range: (min, max) => (min !== undefined && max !== undefined ? `Inta u dhaxaysa ${min} iyo ${max}` : min !== undefined ? `Ugu yaraan ${min}` : `Ugu badnaan ${max}`),
  filesUnavailable: 'Hadda lama lifaaqi karo faylal. Dib u soo rar bogga oo isku day mar kale.',
  brokenForm: 'Foomka lama tusi karo sababtoo ah khalad ayaa ku jira. Si kale ula xiriir shaqaalaha caafimaadka.',
  errors: {
    required: (q) => `Ka jawaab su’aasha “${q}”`,
    type: (q, kind) => `Ku qor ${kind} “${q}”`,
    maxLength: (q, n) => `“${q}” waa inuu ahaadaa ugu badnaan ${n} xaraf`,
    minValue: (q, n) => `“${q}” waa inuu ahaadaa ugu yaraan ${n}`,
    maxValue: (q, n) => `“${q}” waa inuu ahaadaa ugu badnaan ${n}`,
    minOccurs: (q, n) => `Sii ugu yaraan ${n} jawaabood “${q}”`,
    maxOccurs: (q, n) => `Sii ugu badnaan ${n} jawaabood “${q}”`,
    maxSize: (q, n) => `Faylka “${q}” waa inuu ahaadaa ugu badnaan ${n} byte`,
    mimeType: (q, n) => `Faylka “${q}” waa inuu noqdaa nooca ${n}`,
  },
  kinds: {
    integer: 'tiro buuxda',
    decimal: 'tiro',
    quantity: 'tiro',
  },
};

export default so;
