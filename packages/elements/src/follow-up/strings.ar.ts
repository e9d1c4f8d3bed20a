import type { FollowUpStrings } from './strings.js';

const ar: FollowUpStrings = {
  heading: 'المتابعة',
  filters: 'الفترة والعيادة',
  from: 'من',
  to: 'إلى',
  clinic: 'العيادة',
  allClinics: 'كل العيادات',
  show: 'عرض',
  loading: 'جارٍ تحميل المتابعة …',
  loaded: (n) => `تعرض المتابعة ${n} من الطلبات المغلقة.`,
  failed: 'تعذّر تحميل المتابعة. حاول مرة أخرى.',
  download: 'تنزيل CSV',
  showTable: 'عرض كجدول',
  hideTable: 'إخفاء الجدول',
  outcomes: 'كيف انتهت الطلبات',
  urgency: 'درجة الاستعجال المقدّرة',
  strama: 'المضادات الحيوية وكبار السن والعودة للتواصل',
  times: 'أوقات الرد (بالدقائق)',
  perClinic: 'ما حُلّ رقميًا لكل عيادة',
  indicator: 'المؤشر',
  numerator: 'البسط',
  denominator: 'المقام',
  value: 'القيمة',
  hidden: 'مخفي (أقل من 5)',
  noValue: 'لا توجد قيمة',
  minutes: (n) => `${n} دقيقة`,
  per1000: (n) => `${n} لكل 1000`,
  closed: 'الطلبات المغلقة',
};

export default ar;
