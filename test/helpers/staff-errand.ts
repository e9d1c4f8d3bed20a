import { HttpBackend } from '@nara/client';
import type { AssessmentRequest } from '@nara/contract';
import { buildQuestionnaire, findReason, redFlagsFor, responseFromAnswers } from '@nara/triage';
import { API, PATIENT_TOKEN } from './backend.js';

/** The smallest PNG there is (1×1), as a patient's picture. */
export const PNG_BYTES = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

export const staffBackend = (id = 'staff-anna') => new HttpBackend({ baseUrl: API, getToken: () => `test-staff:${id}`, retries: 0, timeout: 3000 });
export const patientBackend = () => new HttpBackend({ baseUrl: API, getToken: () => PATIENT_TOKEN, retries: 0, timeout: 3000 });

/** A patient's errand through the real client: a picture uploaded, the cold form assessed, a chat opened. */
export async function errandWithPicture(text = 'Se bilden på utslaget') {
  const patient = patientBackend();
  const stored = await patient.uploadAttachment(Object.assign(new Blob([PNG_BYTES], { type: 'image/png' }), { name: 'utslag.png' }));
  const questionnaire = buildQuestionnaire(findReason('forkylning')!, 'sv');
  const response = responseFromAnswers(questionnaire, { description: 'Snuva och utslag på armen', since: 'days-1-3', overall: 6, cough: true, breathless: 'no' });
  response.item!.push({ linkId: 'image', answer: [{ valueAttachment: { contentType: 'image/png', url: stored.url, title: 'utslag.png', size: stored.size } }] });
  const redFlags = Object.fromEntries(redFlagsFor('self').map((f) => [f.id, false]));
  const assessment = await patient.assess({ reasonId: 'forkylning', clinic: 'vc-linden', subject: { kind: 'self' }, redFlags, response } as AssessmentRequest);
  const conversation = await patient.createConversation({ clinic: 'vc-linden', profession: 'nurse', assessmentId: assessment.id, text });
  return { conversation, assessment, attachment: stored, patient };
}
