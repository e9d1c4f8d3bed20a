import type { DateStrings } from './date-strings.js';

const ar: DateStrings = {
  date: { hint: 'اكتب التاريخ هكذا: سنة-شهر-يوم، مثلًا 2026-03-14', kind: 'تاريخًا بالشكل سنة-شهر-يوم' },
  time: { hint: 'اكتب الوقت هكذا: ساعة:دقيقة، مثلًا 08:30', kind: 'وقتًا بالشكل ساعة:دقيقة' },
  dateTime: { hint: 'اكتب هكذا: سنة-شهر-يوم ساعة:دقيقة، مثلًا 2026-03-14 08:30', kind: 'تاريخًا ووقتًا بالشكل سنة-شهر-يوم ساعة:دقيقة' },
  url: { hint: 'عنوان يبدأ بـ https://', kind: 'عنوانًا يبدأ بـ https://' },
};

export default ar;
