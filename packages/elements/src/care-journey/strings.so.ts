import type { CareJourneyStrings } from './strings.js';

const so: CareJourneyStrings = {
  menuHeading: 'Maxaad u baahan tahay in lagaa caawiyo?',
  describe: 'Sharax calaamadahaaga',
  describeText: 'Ka jawaab su’aalo yar, waxaanan kuu tusaynaa daryeelka saxda ah.',
  childHealth: 'La sheekayso xarunta caafimaadka carruurta (BVC)',
  childHealthText: 'Xarunta caafimaadka carruurta, su’aalaha ku saabsan ilmahaaga.',
  secretary: 'Arrimaha xoghayaha',
  secretaryText: 'Warqadaha daawada, shahaadooyinka, natiijooyinka baaritaanka iyo ballamaha.',
  myBookings: 'Ballamahayga',
  myBookingsText: 'Eeg, beddel ama jooji.',
  formHeading: 'Sharax calaamadahaaga',
  resultHeading: 'Qiimayntayada',
  chatHeading: 'La sheekayso shaqaalaha caafimaadka',
  bookingHeading: 'Booqashadaada',
  myBookingsHeading: 'Ballamahayga',
  selfCareHeading: 'Talo ku saabsan is-daryeelka',
  emergencyHeading: 'Hadda wac 112',
  emergencyText: 'Waxaad sharaxday waxay noqon karaan wax nolosha khatar gelinaya. Isla markiiba wac 112. Halkan jawaab ha ku sugin.',
  call112: 'Wac 112',
  call1177: 'Wac 1177 si aad u hesho talo caafimaad',
  back: 'Dib u noqo',
  startOver: 'Ka bilow bilowga',
  selfCareStillWorried: 'Miyaadan fiicnaan? Had iyo jeer waad nala soo xiriiri kartaa.',
  chatAnyway: 'La sheekayso kalkaaliso',
  demoNotice: 'Waxa halkan ku jira waa tusaale, dhakhaatiirna ma hubin.',
  loading: "Waa la soo rarayaa…",
  retry: "Isku day mar kale",
  loadFailedEmergency: "Haddii ay nafta khatar ku tahay, wac 112. Talo caafimaad, wac 1177.",
  stepAnnounced: (heading) => `Tallaabo cusub: ${heading}`,
  // Not reviewed: English until translated (see locale.ts `reviewed: false`).
  openErrand: (title) => `Ongoing: ${title}`,
  openErrandText: (clinic) => `${clinic}. Continue the chat.`,
  unread: 'unread',
};

export default so;
