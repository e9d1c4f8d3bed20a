import { choice, is, rule, shortText, yes, yesNo } from '../conditions.js';
import type { Action, ReasonFamily } from '../model.js';
import { SRC } from '../sources.js';
import { text } from '../text.js';

const chatOnly: Action[] = [{ action: 'chat' }];
const noAdvice = text('Ärendet hanteras av vårdcentralen; du får svar i chatten.', 'The clinic handles your errand; you get the answer in the chat.');

/** Renewing a prescription for a medicine the patient already takes. */
export const prescription: ReasonFamily = {
  id: 'prescription',
  category: 'administrative',
  profession: 'nurse',
  sources: [SRC.admin1177],
  questions: [
    shortText('medicine', 'Vilket läkemedel gäller det, och vilken styrka?', 'Which medicine is it, and what strength?', { required: true }),
    yesNo('runs-out-soon', 'Tar läkemedlet slut inom tre dagar?', 'Will the medicine run out within three days?', { required: true }),
    choice('last-checkup', 'När följdes behandlingen senast upp?', 'When was the treatment last followed up?', [
      ['within-year', 'Inom ett år', 'Within a year'],
      ['over-year', 'För mer än ett år sedan', 'More than a year ago'],
      ['unknown', 'Vet inte', "Don't know"],
    ]),
  ],
  rules: [
    rule(yes('runs-out-soon'), 'soon', 'Läkemedlet tar snart slut, så förnyelsen prioriteras.', 'The medicine runs out soon, so the renewal is prioritised.', { rationale: 'Medicine running out within 3 days: avoid treatment gap.' }),
    rule(is('last-checkup', 'over-year'), 'routine', 'Behandlingen behöver följas upp innan receptet förnyas.', 'The treatment needs a follow-up before the prescription is renewed.', { profession: 'doctor', rationale: 'No follow-up in over a year: review before renewal.' }),
  ],
  baseline: 'routine',
  baselineWhy: text('Receptförnyelser hanteras i chatten inom några vardagar.', 'Prescription renewals are handled in the chat within a few working days.'),
  selfCare: [text('Förnya i god tid, minst en vecka innan läkemedlet tar slut.', 'Renew in good time, at least a week before the medicine runs out.')],
  safetyNet: text('Sluta inte med ett läkemedel utan att fråga vården. Apoteket kan ibland lämna ut en nödexpediering.', 'Do not stop a medicine without asking care staff. The pharmacy can sometimes give an emergency supply.'),
  channels: chatOnly,
};

/** Sick-leave and other medical certificates. */
export const certificate: ReasonFamily = {
  id: 'certificate',
  category: 'administrative',
  profession: 'doctor',
  sources: [SRC.admin1177],
  questions: [
    choice('certificate-kind', 'Vad gäller det?', 'What is it about?', [
      ['new', 'Nytt intyg', 'A new certificate'],
      ['extension', 'Förlängning av intyg', 'Extending a certificate'],
      ['question', 'Fråga om ett intyg', 'A question about a certificate'],
    ], { required: true }),
    yesNo('expires-soon', 'Går nuvarande intyg ut inom fem dagar?', 'Does the current certificate expire within five days?'),
  ],
  rules: [rule(yes('expires-soon'), 'soon', 'Ditt intyg går snart ut, så ärendet prioriteras.', 'Your certificate expires soon, so the errand is prioritised.', { rationale: 'Certificate expiring: avoid gap in sick leave.' })],
  baseline: 'routine',
  baselineWhy: text('Intygsärenden hanteras inom några vardagar.', 'Certificate errands are handled within a few working days.'),
  selfCare: [],
  safetyNet: noAdvice,
  channels: [{ action: 'chat' }, { action: 'book', visitType: 'video' }],
};

/** Questions handled by the clinic's staff without a medical assessment. */
export const administrative: ReasonFamily = {
  id: 'administrative',
  category: 'administrative',
  profession: 'secretary',
  sources: [SRC.admin1177],
  questions: [shortText('reference', 'Har du ett datum, ett tidsbokningsnummer eller annat som hjälper oss hitta ärendet?', 'Do you have a date, a booking number or anything else that helps us find the errand?')],
  rules: [],
  baseline: 'routine',
  baselineWhy: text('Administrativa ärenden går direkt till en sekreterare.', 'Administrative errands go straight to a secretary.'),
  selfCare: [],
  safetyNet: noAdvice,
  channels: chatOnly,
};

/** Test results and new samples. */
export const testResults: ReasonFamily = {
  ...administrative,
  id: 'test-results',
  profession: 'nurse',
  questions: [
    shortText('which-test', 'Vilket prov gäller det, och när lämnade du det?', 'Which test is it, and when did you take it?', { required: true }),
    yesNo('told-to-contact', 'Har vården bett dig höra av dig om svaret?', 'Did care staff ask you to get in touch about the result?'),
  ],
  rules: [rule(yes('told-to-contact'), 'soon', 'Vården har bett dig höra av dig, så ärendet prioriteras.', 'Care staff asked you to get in touch, so the errand is prioritised.', { rationale: 'Patient asked to get in touch: result may need action.' })],
  baselineWhy: text('Frågor om provsvar besvaras av en sjuksköterska i chatten.', 'Questions about test results are answered by a nurse in the chat.'),
};

/** Vaccinations the clinic gives. */
export const vaccination: ReasonFamily = {
  ...administrative,
  id: 'vaccination',
  profession: 'nurse',
  questions: [
    shortText('which-vaccine', 'Vilken vaccination gäller det?', 'Which vaccination is it?'),
    yesNo('reaction', 'Har du fått en reaktion efter en tidigare vaccination?', 'Have you had a reaction after an earlier vaccination?'),
  ],
  rules: [rule(yes('reaction'), 'routine', 'En tidigare reaktion gås igenom med sjuksköterskan innan nästa dos.', 'An earlier reaction is reviewed with the nurse before the next dose.', { rationale: 'Previous vaccine reaction: assess before next dose.' })],
  baselineWhy: text('Vaccinationer bokas hos sjuksköterskan.', 'Vaccinations are booked with the nurse.'),
  channels: [{ action: 'chat' }, { action: 'book', visitType: 'physical' }],
};
