import { findEmergency, type EmergencyMatch } from '@nara/triage';
import type { QuestionnaireResponse, QuestionnaireResponseItem } from '@nara/fhir';
import { emergencyAdvice } from '../base/emergency-advice.js';
import type { SymptomFormStrings } from './strings.js';

/** Every free-text answer in a response, nested items included. */
function* texts(items: QuestionnaireResponseItem[] = []): Generator<string> {
  for (const item of items) {
    for (const answer of item.answer ?? []) {
      if (typeof answer.valueString === 'string') yield answer.valueString;
      yield* texts(answer.item);
    }
    yield* texts(item.item);
  }
}

/**
 * An emergency the patient describes in their own words while answering ("och nu svårt att andas"),
 * read as free text: a negation just before the words does not count. The assessment reads the same
 * words on the server; this shows the 112 advice while they type, before anything is sent.
 */
export function writtenEmergency(response: QuestionnaireResponse | undefined): EmergencyMatch | undefined {
  for (const text of texts(response?.item)) {
    const match = findEmergency(text, { negation: true });
    if (match) return match;
  }
  return undefined;
}

/** The 112 advice for what was written: the call link first, a helpline where one fits. */
export function renderWrittenEmergency(match: EmergencyMatch | undefined, s: SymptomFormStrings, locale: 'sv' | 'en') {
  return emergencyAdvice(match, {
    lead: `${s.writtenEmergency} ${s.emergencyHeading}.`,
    call112: s.call112,
    lang: locale,
    className: 'search-emergency',
    id: 'written-emergency',
    part: 'written-emergency',
  });
}
