import type { CareWords } from './care-words.js';

const fi: CareWords = {
  profession: {
    secretary: 'Sihteeri',
    nurse: 'Sairaanhoitaja',
    doctor: 'Lääkäri',
    'child-health-nurse': 'Neuvolan terveydenhoitaja',
    physiotherapist: 'Fysioterapeutti',
    psychologist: 'Psykologi',
    counsellor: 'Kuraattori',
    midwife: 'Kätilö',
    '1177-nurse': 'Sairaanhoitaja, 1177',
  },
  urgency: {
    emergency: 'Hätätilanne – 112',
    'emergency-department': 'Päivystykseen nyt',
    urgent: 'Tänään',
    soon: 'Muutaman päivän sisällä',
    routine: 'Suunniteltu',
    'self-care': 'Itsehoito',
  },
  noUrgency: 'Ei arviota',
  status: { queued: 'Jonossa', open: 'Käsittelyssä', closed: 'Päättynyt' },
  minutes: (m) => (m < 60 ? `${m} min` : m < 24 * 60 ? `${Math.floor(m / 60)} t ${m % 60} min` : `${Math.floor(m / 1440)} vrk ${Math.floor((m % 1440) / 60)} t`),
};

export default fi;
