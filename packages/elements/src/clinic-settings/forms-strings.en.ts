import type { FormsStrings } from './forms-section.js';

const en: FormsStrings = {
  legend: 'Forms staff can send in the chat',
  help: 'A form that is not chosen is not in the staff’s form menu. Forms already sent to patients are not affected.',
  count: (on: number, total: number) => `${on} of ${total} chosen.`,
};

export default en;
