import type { ErrandListStrings } from './strings.js';

const ar: ErrandListStrings = {
  heading: 'طلباتي',
  loading: 'جارٍ تحميل طلباتك …',
  empty: 'ليس لديك أي طلبات الآن.',
  retry: 'حاول مرة أخرى',
  chatWith: (profession) => `دردشة مع ${profession}`,
  fromCareTeam: 'من المركز الصحي',
  forChild: (pnr) => `يخص الطفل ${pnr.slice(0, 8)}-${pnr.slice(8)}`,
  lastActivity: (when) => `آخر نشاط ${when}`,
  unread: (n) => (n === 1 ? 'رسالة واحدة غير مقروءة' : n === 2 ? 'رسالتان غير مقروءتين' : n % 100 >= 3 && n % 100 <= 10 ? `${n} رسائل غير مقروءة` : `${n} رسالة غير مقروءة`),
  back: 'العودة إلى طلباتي',
};

export default ar;
