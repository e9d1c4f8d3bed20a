import type { StaffQueueStrings } from './strings.js';

const ar: StaffQueueStrings = {
  heading: 'قائمة الانتظار',
  scope: 'عرض',
  mine: 'مهنتي',
  all: 'جميع المهن',
  loading: 'جارٍ تحميل قائمة الانتظار …',
  count: (n) => (n === 0 ? 'لا توجد طلبات الآن' : n === 1 ? 'طلب واحد' : n === 2 ? 'طلبان' : n % 100 >= 3 && n % 100 <= 10 ? `${n} طلبات` : `${n} طلبًا`),
  live: 'يتحدّث مباشرة',
  reconnecting: 'انقطع الاتصال – تجري المحاولة مرة أخرى …',
  retry: 'حاول مرة أخرى',
  waited: (t) => `مدة الانتظار ${t}`,
  due: { ok: (at) => `الرد قبل ${at}`, near: (at) => `ينتهي وقت الرد ${at}`, past: (at) => `انتهى وقت الرد ${at}` },
  chatWith: (p) => `دردشة مع ${p}`,
  startedByStaff: 'تواصل من المركز الصحي',
  child: (months) => (months < 24 ? `طفل، ${months} شهر` : `طفل، ${Math.floor(months / 12)} سنة`),
  heldBy: (name) => `لدى ${name}`,
  // Not reviewed: English until translated (see locale.ts `reviewed: false`).
  consultations: 'Questions from colleagues',
  consultation: (from, who) => `${from} asks about ${who}`,
};

export default ar;
