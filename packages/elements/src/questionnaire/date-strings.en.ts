import type { DateStrings } from './date-strings.js';

const en: DateStrings = {
  date: { hint: 'Write as YYYY-MM-DD, for example 2026-03-14', kind: 'a date as YYYY-MM-DD' },
  time: { hint: 'Write as hh:mm, for example 08:30', kind: 'a time as hh:mm' },
  dateTime: { hint: 'Write as YYYY-MM-DD hh:mm, for example 2026-03-14 08:30', kind: 'a date and time as YYYY-MM-DD hh:mm' },
  url: { hint: 'An address starting with https://', kind: 'an address starting with https://' },
};

export default en;
