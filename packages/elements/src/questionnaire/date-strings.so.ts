import type { DateStrings } from './date-strings.js';

const so: DateStrings = {
  date: { hint: 'U qor sida SSSS-BB-MM, tusaale ahaan 2026-03-14', kind: 'taariikh sida SSSS-BB-MM' },
  time: { hint: 'U qor sida ss:dd, tusaale ahaan 08:30', kind: 'waqti sida ss:dd' },
  dateTime: { hint: 'U qor sida SSSS-BB-MM ss:dd, tusaale ahaan 2026-03-14 08:30', kind: 'taariikh iyo waqti sida SSSS-BB-MM ss:dd' },
  url: { hint: 'Cinwaan ku bilaabma https://', kind: 'cinwaan ku bilaabma https://' },
};

export default so;
