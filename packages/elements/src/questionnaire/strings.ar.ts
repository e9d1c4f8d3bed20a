import type { QuestionnaireStrings } from './strings.js';

const ar: QuestionnaireStrings = {
  required: '(إجابة مطلوبة)',
  yes: 'نعم',
  no: 'لا',
  choose: 'اختر …',
  other: 'إجابة أخرى',
  notSet: 'غير محدّد',
  submit: 'أرسل',
  next: 'التالي',
  back: 'السابق',
  step: (n, of) => `الخطوة ${n} من ${of}`,
  add: (what) => `أضف ${what}`,
  addAnswer: 'أضف إجابة أخرى',
  remove: (what) => `احذف ${what}`,
  removeRow: (n) => `احذف الإجابة ${n}`,
  another: 'واحدًا آخر',
  summary: 'توجد أخطاء في النموذج',
  errorPrefix: 'خطأ:',
  maxChars: (n) => `${n} حرفًا على الأكثر`,
  unit: (u) => `بوحدة ${u}`,
  range: (min, max) => (min !== undefined && max !== undefined ? `بين ${min} و${max}` : min !== undefined ? `${min} على الأقل` : `${max} على الأكثر`),
  filesUnavailable: 'لا يمكن إرفاق الملفات الآن. أعد تحميل الصفحة وحاول مرة أخرى.',
  brokenForm: 'لا يمكن عرض النموذج لأنه يحتوي على خطأ. تواصل مع فريق الرعاية بطريقة أخرى.',
  errors: {
    required: (q) => `أجب عن السؤال «${q}»`,
    type: (q, kind) => `اكتب ${kind} في «${q}»`,
    maxLength: (q, n) => `يجب ألا يزيد «${q}» عن ${n} حرفًا`,
    minValue: (q, n) => `يجب أن يكون «${q}» ${n} على الأقل`,
    maxValue: (q, n) => `يجب أن يكون «${q}» ${n} على الأكثر`,
    minOccurs: (q, n) => `أعطِ ${n} إجابات على الأقل عن «${q}»`,
    maxOccurs: (q, n) => `أعطِ ${n} إجابات على الأكثر عن «${q}»`,
    maxSize: (q, n) => `يجب ألا يزيد حجم الملف في «${q}» عن ${n} بايت`,
    mimeType: (q, n) => `يجب أن يكون الملف في «${q}» من نوع ${n}`,
  },
  kinds: {
    integer: 'رقمًا صحيحًا',
    decimal: 'رقمًا',
    quantity: 'رقمًا',
  },
};

export default ar;
