import { html, nothing } from 'lit';
import { findEmergency, type EmergencyMatch } from '@nara/triage';
import type { QuestionnaireResponse, QuestionnaireResponseItem } from '@nara/fhir';
import { icon } from '../icons/icons.js';
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
  if (!match) return nothing;
  const { advice, helpline } = match.rule;
  return html`<div class="search-emergency" id="written-emergency" role="alert" part="written-emergency" data-emergency=${match.rule.id}>
    <p><strong>${s.writtenEmergency} ${s.emergencyHeading}.</strong> <span lang=${locale}>${advice[locale]}</span></p>
    <a class="button danger call" href="tel:112" part="call-112">${icon('phone')}<span>${s.call112}</span></a>
    ${helpline
      ? html`<p class="helpline" lang=${locale}>${helpline.when[locale]} ${helpline.name[locale]}: <a href=${`tel:${helpline.tel}`}>${helpline.number}</a></p>`
      : nothing}
  </div>`;
}
