import type { PhrasesStrings } from './phrases-section.js';

const en: PhrasesStrings = {
  legend: 'Quick phrases for staff',
  help: 'Staff choose a phrase in the errand and can change it before sending. Write each phrase in Swedish and English.',
  title: { sv: 'Title in Swedish', en: 'Title in English' },
  text: { sv: 'Text in Swedish', en: 'Text in English' },
  untitled: 'New phrase',
  add: 'Add a phrase',
  remove: (title: string) => `Remove ${title}`,
  removed: (title: string) => `${title} is removed. Save to remove it for staff.`,
  none: 'No phrases. Staff then have no quick phrases to choose.',
  missing: (n: number, title: string, field: string) => `Phrase ${n} (${title}): ${field} is missing.`,
  tooLong: (n: number, title: string, field: string, max: number) => `Phrase ${n} (${title}): ${field} may be at most ${max} characters.`,
  count: (n: number) => `${n} phrases.`,
};

export default en;
