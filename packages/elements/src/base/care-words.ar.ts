import type { CareWords } from './care-words.js';

const ar: CareWords = {
  profession: {
    secretary: 'سكرتير',
    nurse: 'ممرّض أو ممرّضة',
    doctor: 'طبيب',
    'child-health-nurse': 'ممرّضة صحة الطفل',
    physiotherapist: 'معالج فيزيائي',
    psychologist: 'أخصائي نفسي',
    counsellor: 'مرشد اجتماعي',
    midwife: 'قابلة',
    '1177-nurse': 'ممرّضة في 1177',
  },
  urgency: {
    emergency: 'طوارئ – 112',
    'emergency-department': 'قسم الطوارئ الآن',
    urgent: 'اليوم',
    soon: 'خلال أيام',
    routine: 'موعد مخطط',
    'self-care': 'رعاية ذاتية',
  },
  noUrgency: 'لم يُقيَّم',
  status: { queued: 'في قائمة الانتظار', open: 'جارٍ', closed: 'مغلق' },
  minutes: (m) =>
    m < 60 ? `${m} دقيقة` : m < 24 * 60 ? `${Math.floor(m / 60)} ساعة ${m % 60} دقيقة` : `${Math.floor(m / 1440)} يوم ${Math.floor((m % 1440) / 60)} ساعة`,
};

export default ar;
