import type { Profession, Urgency } from '@nara/contract';
import { addTranslations, defineStrings } from '../base/locale.js';

type ByUrgency = Record<Urgency, string>;
type ByProfession = Record<Profession, string>;

export const strings = defineStrings({
  assessment: 'Bedömning',
  title: {
    emergency: 'Ring 112 nu',
    'emergency-department': 'Åk till akutmottagningen nu',
    urgent: 'Sök vård i dag',
    soon: 'Sök vård inom några dagar',
    routine: 'Boka en tid när det passar dig',
    'self-care': 'Du kan ta hand om besvären själv',
  } as ByUrgency,
  lead: {
    emergency: 'Dina svar tyder på att du kan behöva akut hjälp. Lämna formuläret och ring 112.',
    'emergency-department': 'Du behöver undersökas på en akutmottagning nu. Vänta inte på en tid hos oss.',
    urgent: 'Du behöver få kontakt med vården i dag.',
    soon: 'Du bör få kontakt med vården inom några dagar.',
    routine: 'Ditt ärende kan tas om hand i lugn takt.',
    'self-care': 'Råden nedan brukar räcka. Du kan alltid chatta med oss om du är osäker.',
  } as ByUrgency,
  redFlags: 'Det här gör att du ska ringa 112',
  warningSigns: 'Det här gör att du ska åka till akutmottagningen',
  emergencyDepartment: 'Hitta akutmottagning på 1177.se',
  why: 'Därför fick du det här rådet',
  yourAnswers: 'Dina svar',
  next: 'Vad du kan göra nu',
  selfCare: 'Råd om egenvård',
  whileWaiting: 'Medan du väntar på hjälp',
  safetyNet: 'Om du blir sämre',
  handledBy: 'Ditt ärende passar bäst för',
  demo: 'Demo: bedömningen är inte kliniskt validerad.',
  profession: {
    secretary: 'sekreterare',
    nurse: 'sjuksköterska',
    doctor: 'läkare',
    'child-health-nurse': 'BVC-sjuksköterska',
    physiotherapist: 'fysioterapeut',
    psychologist: 'psykolog',
    counsellor: 'kurator',
    midwife: 'barnmorska',
    '1177-nurse': 'sjuksköterska på 1177',
  } as ByProfession,
  withProfession: {
    secretary: 'en sekreterare',
    nurse: 'en sjuksköterska',
    doctor: 'en läkare',
    'child-health-nurse': 'BVC-sjuksköterskan',
    physiotherapist: 'en fysioterapeut',
    psychologist: 'en psykolog',
    counsellor: 'en kurator',
    midwife: 'en barnmorska',
    '1177-nurse': 'en sjuksköterska på 1177',
  } as ByProfession,
  call112: 'Ring 112',
  call1177: 'Ring 1177 Vårdguiden',
  chat: (who: string) => `Chatta med ${who}`,
  chatAnyone: 'Chatta med vården',
  physical: (who: string) => `Boka besök hos ${who}`,
  video: (who: string) => `Boka videomöte med ${who}`,
  phone: (who: string) => `Bli uppringd av ${who}`,
  bookAnyone: 'Boka en tid',
  selfCareDone: 'Jag följer egenvårdsråden',
});

export type TriageResultStrings = (typeof strings)['sv'];

addTranslations(strings, 'triage-result', {
  en: () => import('./strings.en.js'),
  ar: () => import('./strings.ar.js'),
  fi: () => import('./strings.fi.js'),
  so: () => import('./strings.so.js'),
});
