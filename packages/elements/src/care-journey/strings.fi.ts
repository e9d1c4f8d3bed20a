import type { CareJourneyStrings } from './strings.js';

const fi: CareJourneyStrings = {
  menuHeading: 'Missä tarvitset apua?',
  describe: 'Kerro oireistasi',
  describeText: 'Vastaa muutamaan kysymykseen, niin ohjaamme sinut oikeaan hoitoon.',
  childHealth: 'Chattaa lastenneuvolan (BVC) kanssa',
  childHealthText: 'Lastenneuvola, kysymyksiin lapsestasi.',
  secretary: 'Asiat sihteerille',
  secretaryText: 'Reseptit, todistukset, koetulokset ja varatut ajat.',
  myBookings: 'Varatut aikani',
  myBookingsText: 'Katso, muuta tai peru.',
  formHeading: 'Kerro oireistasi',
  resultHeading: 'Arviomme',
  chatHeading: 'Chat hoitohenkilökunnan kanssa',
  bookingHeading: 'Käyntisi',
  myBookingsHeading: 'Varatut aikani',
  selfCareHeading: 'Itsehoito-ohjeet',
  emergencyHeading: 'Soita nyt 112',
  emergencyText: 'Kuvaamasi tilanne voi olla hengenvaarallinen. Soita heti 112. Älä odota vastausta täällä.',
  call112: 'Soita 112',
  call1177: 'Soita 1177 saadaksesi terveysneuvontaa',
  back: 'Takaisin',
  startOver: 'Aloita alusta',
  selfCareStillWorried: 'Etkö voi paremmin? Voit aina ottaa meihin yhteyttä.',
  chatAnyway: 'Chattaa sairaanhoitajan kanssa',
  demoNotice: 'Sisältö on esimerkki, eikä sitä ole tarkistettu lääketieteellisesti.',
  loading: "Ladataan…",
  retry: "Yritä uudelleen",
  loadFailedEmergency: "Hengenvaarallisessa tilanteessa soita 112. Jos tarvitset neuvoja hoitoon, soita 1177.",
  stepAnnounced: (heading) => `Uusi vaihe: ${heading}`,
  // Not reviewed: English until translated (see locale.ts `reviewed: false`).
  openErrand: (title) => `Ongoing: ${title}`,
  openErrandText: (clinic) => `${clinic}. Continue the chat.`,
  unread: 'unread',
};

export default fi;
