import type { LocaleNotes } from './locale-notes.js';

const ar: LocaleNotes = {
  unreviewed: 'لم يراجع متحدث أصلي هذه الترجمة بعد.',
  contentInSwedish: 'هذا النص غير متوفر باللغة العربية، لذلك يظهر باللغة السويدية.',
};

export default ar;
