import type { CareJourneyStrings } from './strings.js';

const ar: CareJourneyStrings = {
  menuHeading: 'بماذا تحتاج المساعدة؟',
  describe: 'صِف أعراضك',
  describeText: 'أجب عن بعض الأسئلة وسنوجّهك إلى الرعاية المناسبة.',
  childHealth: 'دردشة مع مركز صحة الطفل (BVC)',
  childHealthText: 'مركز رعاية صحة الطفل، للأسئلة عن طفلك.',
  secretary: 'طلبات إلى السكرتير',
  secretaryText: 'الوصفات الطبية والشهادات ونتائج التحاليل والمواعيد.',
  myBookings: 'مواعيدي',
  myBookingsText: 'اطّلع على مواعيدك أو غيّرها أو ألغها.',
  formHeading: 'صِف أعراضك',
  resultHeading: 'تقييمنا',
  chatHeading: 'دردشة مع فريق الرعاية',
  bookingHeading: 'زيارتك',
  myBookingsHeading: 'مواعيدي',
  selfCareHeading: 'نصائح للعناية الذاتية',
  emergencyHeading: 'اتصل بالرقم 112 الآن',
  emergencyText: 'ما تصفه قد يكون خطرًا على الحياة. اتصل بالرقم 112 فورًا. لا تنتظر ردًا هنا.',
  call112: 'اتصل بالرقم 112',
  call1177: 'اتصل بالرقم 1177 للاستشارة الطبية',
  back: 'رجوع',
  startOver: 'ابدأ من جديد',
  selfCareStillWorried: 'لا تشعر بتحسّن؟ يمكنك دائمًا التواصل معنا.',
  chatAnyway: 'دردشة مع ممرّضة',
  demoNotice: 'المحتوى مثال فقط ولم تتم مراجعته طبيًا.',
  loading: "جارٍ التحميل…",
  retry: "حاول مرة أخرى",
  loadFailedEmergency: "في الحالات التي تهدد الحياة، اتصل بالرقم 112. للحصول على نصيحة طبية، اتصل بالرقم 1177.",
  stepAnnounced: (heading) => `خطوة جديدة: ${heading}`,
  // Not reviewed: English until translated (see locale.ts `reviewed: false`).
  openErrand: (title) => `Ongoing: ${title}`,
  openErrandText: (clinic) => `${clinic}. Continue the chat.`,
  unread: 'unread',
};

export default ar;
