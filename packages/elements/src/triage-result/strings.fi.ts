import type { TriageResultStrings } from './strings.js';

const profession: TriageResultStrings['profession'] = {
  secretary: 'sihteeri',
  nurse: 'sairaanhoitaja',
  doctor: 'lääkäri',
  'child-health-nurse': 'neuvolan terveydenhoitaja',
  physiotherapist: 'fysioterapeutti',
  psychologist: 'psykologi',
  counsellor: 'kuraattori',
  midwife: 'kätilö',
  '1177-nurse': '1177:n sairaanhoitaja',
};

/** Genitive, as in "lääkärin kanssa". */
const withProfession: TriageResultStrings['withProfession'] = {
  secretary: 'sihteerin',
  nurse: 'sairaanhoitajan',
  doctor: 'lääkärin',
  'child-health-nurse': 'neuvolan terveydenhoitajan',
  physiotherapist: 'fysioterapeutin',
  psychologist: 'psykologin',
  counsellor: 'kuraattorin',
  midwife: 'kätilön',
  '1177-nurse': '1177:n sairaanhoitajan',
};

/** The basic form of a profession given in the genitive. */
const nominative = (genitive: string) => {
  const key = (Object.keys(withProfession) as (keyof typeof withProfession)[]).find((k) => withProfession[k] === genitive);
  return key ? profession[key] : genitive;
};

const fi: TriageResultStrings = {
  assessment: 'Arvio',
  title: {
    emergency: 'Soita nyt 112',
    'emergency-department': 'Mene päivystykseen nyt',
    urgent: 'Hakeudu hoitoon tänään',
    soon: 'Hakeudu hoitoon muutaman päivän sisällä',
    routine: 'Varaa aika, kun se sopii sinulle',
    'self-care': 'Voit hoitaa vaivaa itse',
  },
  lead: {
    emergency: 'Vastaustesi perusteella saatat tarvita kiireellistä apua. Jätä lomake kesken ja soita 112.',
    'emergency-department': 'Sinut pitää tutkia päivystyksessä nyt. Älä odota aikaa meille.',
    urgent: 'Sinun pitää saada yhteys hoitoon tänään.',
    soon: 'Sinun kannattaa saada yhteys hoitoon muutaman päivän sisällä.',
    routine: 'Asiasi voidaan hoitaa rauhassa.',
    'self-care': 'Alla olevat ohjeet yleensä riittävät. Voit aina chatata kanssamme, jos olet epävarma.',
  },
  redFlags: 'Tämän vuoksi sinun pitää soittaa 112',
  warningSigns: 'Tämän vuoksi sinun pitää mennä päivystykseen',
  emergencyDepartment: 'Etsi päivystys osoitteesta 1177.se',
  why: 'Miksi sait tämän ohjeen',
  yourAnswers: 'Vastauksesi',
  next: 'Mitä voit tehdä nyt',
  selfCare: 'Itsehoito-ohjeet',
  whileWaiting: 'Kun odotat apua',
  safetyNet: 'Jos vointisi huononee',
  handledBy: 'Sopivin ammattilainen asiallesi',
  demo: 'Demo: arviota ei ole kliinisesti validoitu.',
  profession,
  withProfession,
  call112: 'Soita 112',
  call1177: 'Soita 1177 Vårdguiden',
  chat: (who) => `Chattaa ${who} kanssa`,
  chatAnyone: 'Chattaa hoitohenkilökunnan kanssa',
  physical: (who) => `Varaa käynti ${who} vastaanotolle`,
  video: (who) => `Varaa videotapaaminen ${who} kanssa`,
  phone: (who) => `Pyydä, että ${nominative(who)} soittaa sinulle`,
  bookAnyone: 'Varaa aika',
  selfCareDone: 'Noudatan itsehoito-ohjeita',
};

export default fi;
