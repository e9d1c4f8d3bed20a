import type { Locale, Profession, StaffMember } from '@nara/contract';
import type { Questionnaire } from '@nara/fhir';
import { text, type Text } from './text.js';

/** The simulated care team's people (demo and Storybook only). */
export const SIMULATED_STAFF: Record<Profession, string> = {
  secretary: 'Maria Svensson',
  nurse: 'Anna Lindqvist',
  doctor: 'Erik Holm',
  'child-health-nurse': 'Sara Nilsson',
  physiotherapist: 'Lina Ek',
  psychologist: 'Karin Ström',
  counsellor: 'Jonas Berg',
  midwife: 'Eva Lund',
  '1177-nurse': 'Johan Persson',
};

export const staffFor = (profession: Profession): StaffMember => ({ name: SIMULATED_STAFF[profession], profession });

const PROFESSION_TITLE: Record<Profession, Text> = {
  secretary: text('medicinsk sekreterare', 'medical secretary'),
  nurse: text('sjuksköterska', 'nurse'),
  doctor: text('läkare', 'doctor'),
  'child-health-nurse': text('BVC-sjuksköterska', 'child-health nurse'),
  physiotherapist: text('fysioterapeut', 'physiotherapist'),
  psychologist: text('psykolog', 'psychologist'),
  counsellor: text('kurator', 'counsellor'),
  midwife: text('barnmorska', 'midwife'),
  '1177-nurse': text('sjuksköterska på 1177', '1177 nurse'),
};

/** Who an errand is handed over to when the first profession has done its part. */
export const HANDOVER_TO: Record<Profession, Profession> = {
  secretary: 'nurse',
  nurse: 'doctor',
  doctor: 'nurse',
  'child-health-nurse': 'doctor',
  physiotherapist: 'doctor',
  psychologist: 'doctor',
  counsellor: 'doctor',
  midwife: 'doctor',
  '1177-nurse': 'doctor',
};

const firstName = (profession: Profession) => SIMULATED_STAFF[profession].split(' ')[0];

/** What the simulated staff write, by step, in the conversation's language. */
export const chatScript = {
  greeting: (p: Profession, l: Locale) =>
    text(
      `Hej! Jag heter ${firstName(p)} och är ${PROFESSION_TITLE[p].sv} här. Hur kan jag hjälpa dig?`,
      `Hello! My name is ${firstName(p)} and I am a ${PROFESSION_TITLE[p].en} here. How can I help you?`,
    )[l],
  sendingForm: (l: Locale) =>
    text(
      'Tack för att du berättar. Jag skickar ett kort formulär så att vi får en bild av hur du mår. Du fyller i det här i chatten.',
      'Thank you for telling me. I am sending you a short form so that we can see how you are. You fill it in here in the chat.',
    )[l],
  remindForm: (l: Locale) =>
    text('Fyll gärna i formuläret ovan när du kan, så går vi vidare sedan.', 'Please fill in the form above when you can, then we will continue.')[l],
  handingOver: (to: Profession, l: Locale) =>
    text(
      `Tack för dina svar. Jag lämnar över ärendet till en ${PROFESSION_TITLE[to].sv} som tittar på det.`,
      `Thank you for your answers. I am handing your errand over to a ${PROFESSION_TITLE[to].en} who will look at it.`,
    )[l],
  invitingToVideo: (p: Profession, l: Locale) =>
    text(
      `Hej, jag heter ${firstName(p)} och är ${PROFESSION_TITLE[p].sv}. Jag har läst dina svar och vill gärna träffa dig i ett videosamtal. Du hittar länken nedan.`,
      `Hello, my name is ${firstName(p)} and I am a ${PROFESSION_TITLE[p].en}. I have read your answers and would like to see you in a video call. The link is below.`,
    )[l],
  closing: (l: Locale) =>
    text(
      'Då ses vi i videosamtalet. Om du blir sämre innan dess: ring 1177. Vid livshotande tillstånd, ring 112. Jag avslutar chatten nu.',
      'See you in the video call. If you get worse before then, call 1177. In a life-threatening emergency, call 112. I am closing the chat now.',
    )[l],
};

/** A small follow-up form (a rating scale and a free-text question) staff send in the chat. */
export function followUpQuestionnaire(l: Locale): Questionnaire {
  const t = (sv: string, en: string) => text(sv, en)[l];
  const scale = [0, 1, 2, 3, 4, 5].map((n) => ({
    valueCoding: { system: 'urn:nara:rating', code: String(n), display: n === 0 ? t('0 – inga besvär', '0 – no trouble') : n === 5 ? t('5 – värsta tänkbara', '5 – worst imaginable') : String(n) },
  }));
  return {
    resourceType: 'Questionnaire',
    id: 'chat-follow-up',
    url: 'urn:nara:questionnaire:chat-follow-up',
    status: 'active',
    language: l,
    title: t('Hur mår du just nu?', 'How are you right now?'),
    item: [
      { linkId: 'severity', type: 'choice', required: true, text: t('Hur besvärande är dina symtom just nu?', 'How troublesome are your symptoms right now?'), answerOption: scale },
      { linkId: 'duration', type: 'choice', required: true, text: t('Hur länge har du haft besvären?', 'How long have you had the symptoms?'), answerOption: [
        { valueCoding: { system: 'urn:nara:duration', code: 'days', display: t('Några dagar', 'A few days') } },
        { valueCoding: { system: 'urn:nara:duration', code: 'weeks', display: t('Några veckor', 'A few weeks') } },
        { valueCoding: { system: 'urn:nara:duration', code: 'longer', display: t('Längre än så', 'Longer than that') } },
      ] },
      { linkId: 'other', type: 'text', maxLength: 1000, text: t('Något mer du vill att vi ska veta?', 'Anything else you want us to know?') },
    ],
  };
}
