import { addTranslations, defineStrings } from '../base/locale.js';

export const strings = defineStrings({
  menuHeading: 'Vad vill du ha hjälp med?',
  describe: 'Beskriv dina besvär',
  describeText: 'Svara på några frågor så hjälper vi dig vidare till rätt vård.',
  childHealth: 'Chatta med BVC',
  childHealthText: 'Barnavårdscentralen, för frågor om ditt barn.',
  secretary: 'Ärenden till sekreterare',
  secretaryText: 'Recept, intyg, provsvar och bokade tider.',
  myBookings: 'Mina bokade tider',
  myBookingsText: 'Se, ändra eller avboka.',
  formHeading: 'Beskriv dina besvär',
  resultHeading: 'Vår bedömning',
  chatHeading: 'Chatt med vården',
  bookingHeading: 'Ditt besök',
  myBookingsHeading: 'Mina bokade tider',
  selfCareHeading: 'Råd om egenvård',
  emergencyHeading: 'Ring 112 nu',
  emergencyText: 'Det du beskriver kan vara livshotande. Ring 112 direkt. Vänta inte på svar här.',
  call112: 'Ring 112',
  call1177: 'Ring 1177 för sjukvårdsrådgivning',
  back: 'Tillbaka',
  startOver: 'Börja om',
  selfCareStillWorried: 'Känns det inte bra? Du kan alltid kontakta oss.',
  chatAnyway: 'Chatta med en sjuksköterska',
  demoNotice: 'Innehållet är exempel och inte kliniskt granskat.',
  stepAnnounced: (heading: string) => `Nytt steg: ${heading}`,
  loading: 'Laddar…',
  retry: 'Försök igen',
  loadFailedEmergency: 'Vid livshotande tillstånd, ring 112. Behöver du råd om vård, ring 1177.',
  openErrand: (title: string) => `Pågående: ${title}`,
  openErrandText: (clinic: string) => `${clinic}. Fortsätt chatten.`,
  unread: 'olästa',
});

export type CareJourneyStrings = (typeof strings)['sv'];

addTranslations(strings, 'care-journey', {
  en: () => import('./strings.en.js'),
  ar: () => import('./strings.ar.js'),
  fi: () => import('./strings.fi.js'),
  so: () => import('./strings.so.js'),
});
