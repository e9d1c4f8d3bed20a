import type { CareWords } from './care-words.js';

const so: CareWords = {
  profession: {
    secretary: 'Xoghaye',
    nurse: 'Kalkaaliye caafimaad',
    doctor: 'Dhakhtar',
    'child-health-nurse': 'Kalkaalisada caafimaadka carruurta',
    physiotherapist: 'Daaweeye jimicsi',
    psychologist: 'Takhasusle cilmi-nafsi',
    counsellor: 'La-taliye bulsho',
    midwife: 'Umulisu',
    '1177-nurse': 'Kalkaaliye caafimaad ee 1177',
  },
  urgency: {
    emergency: 'Xaalad degdeg ah – 112',
    'emergency-department': 'Qaybta gurmadka hadda',
    urgent: 'Maanta',
    soon: 'Dhowr maalmood gudahood',
    routine: 'Ballan la qorsheeyay',
    'self-care': 'Is-daryeel',
  },
  noUrgency: 'Lama qiimeyn',
  status: { queued: 'Safka ku jira', open: 'Socda', closed: 'La xiray' },
  minutes: (m) =>
    m < 60 ? `${m} daqiiqo` : m < 24 * 60 ? `${Math.floor(m / 60)} saac ${m % 60} daqiiqo` : `${Math.floor(m / 1440)} maalin ${Math.floor((m % 1440) / 60)} saac`,
};

export default so;
