import type { CareWords } from './care-words.js';

const en: CareWords = {
  profession: {
    secretary: 'Secretary',
    nurse: 'Nurse',
    doctor: 'Doctor',
    'child-health-nurse': 'Child-health nurse',
    physiotherapist: 'Physiotherapist',
    psychologist: 'Psychologist',
    counsellor: 'Counsellor',
    midwife: 'Midwife',
    '1177-nurse': '1177 nurse',
  },
  urgency: {
    emergency: 'Emergency – 112',
    'emergency-department': 'Emergency department now',
    urgent: 'Today',
    soon: 'Within days',
    routine: 'Routine',
    'self-care': 'Self-care',
  },
  noUrgency: 'Not assessed',
  status: { queued: 'Queued', open: 'In progress', closed: 'Closed' },
  minutes: (m: number) => (m < 60 ? `${m} min` : m < 24 * 60 ? `${Math.floor(m / 60)} h ${m % 60} min` : `${Math.floor(m / 1440)} d ${Math.floor((m % 1440) / 60)} h`),
};

export default en;
