import type { FollowUpStrings } from './strings.js';

const fi: FollowUpStrings = {
  heading: 'Seuranta',
  filters: 'Ajanjakso ja vastaanotto',
  from: 'Alkaen',
  to: 'Päättyen',
  clinic: 'Vastaanotto',
  allClinics: 'Kaikki vastaanotot',
  show: 'Näytä',
  loading: 'Seurantaa haetaan …',
  loaded: (n) => `Seuranta näyttää ${n} päätettyä asiaa.`,
  failed: 'Seurantaa ei voitu hakea. Yritä uudelleen.',
  download: 'Lataa CSV',
  showTable: 'Näytä taulukkona',
  hideTable: 'Piilota taulukko',
  outcomes: 'Miten asiat päättyivät',
  urgency: 'Arvioitu kiireellisyys',
  strama: 'Antibiootit, iäkkäät ja uudet yhteydenotot',
  times: 'Vastausajat (minuuttia)',
  perClinic: 'Digitaalisesti ratkaistut vastaanotoittain',
  indicator: 'Mittari',
  numerator: 'Osoittaja',
  denominator: 'Nimittäjä',
  value: 'Arvo',
  hidden: 'piilotettu (alle 5)',
  noValue: 'ei arvoa',
  minutes: (n) => `${n} min`,
  per1000: (n) => `${n} / 1 000`,
  closed: 'Päätetyt asiat',
};

export default fi;
