import type { ShortcutListStrings } from './strings.js';

const ar: ShortcutListStrings = {
  heading: 'اختصاراتي',
  loading: 'جارٍ تحميل اختصاراتك …',
  signedOut: 'سجّل الدخول لترى اختصاراتك.',
  empty: 'ليس لديك اختصارات بعد. أضف الخدمات التي تستخدمها أكثر.',
  edit: 'عدّل الاختصارات',
  save: 'احفظ',
  cancel: 'إلغاء',
  saving: 'جارٍ الحفظ …',
  saved: 'تم حفظ اختصاراتك.',
  add: 'أضف اختصارًا',
  addHeading: 'إضافة',
  nothingToAdd: 'كل الخدمات موجودة بالفعل في اختصاراتك.',
  moveUp: (title) => `انقل ${title} إلى الأعلى`,
  moveDown: (title) => `انقل ${title} إلى الأسفل`,
  remove: (title) => `احذف ${title}`,
  dragHandle: (title) => `اسحب لنقل ${title}`,
  added: (title) => `تمت إضافة ${title}.`,
  removed: (title) => `تم حذف ${title}.`,
  moved: (title, position, total) => `نُقل ${title} إلى المكان ${position} من ${total}.`,
  full: (max) => `يمكنك أن يكون لديك ${max} اختصارات على الأكثر.`,
  editKeyHelp: "أو حدّد اختصارًا واضغط Alt + السهم لأعلى أو السهم لأسفل.",
  editHelp: 'انقل الاختصار بالأزرار، أو حدّده واضغط Alt + السهم للأعلى أو السهم للأسفل.',
};

export default ar;
