import type { LocaleNotes } from './locale-notes.js';

const en: LocaleNotes = { unreviewed: '', contentInSwedish: 'This text is not available in English, so it is shown in Swedish.' };

export default en;
