import type { AnswerValue, Attachment, Questionnaire, QuestionnaireItem, QuestionnaireResponse, QuestionnaireResponseItem } from '@nara/fhir';
import { ANSWER_SYSTEM } from './questionnaire.js';

/** A plain answer: a boolean, a number, a choice's code or text, or an attachment. */
export type PlainAnswer = boolean | number | string | Attachment;

/** Every answer of a response by linkId, nested items included. */
export function answersByLinkId(response: QuestionnaireResponse): Map<string, AnswerValue[]> {
  const found = new Map<string, AnswerValue[]>();
  const walk = (items: QuestionnaireResponseItem[] | undefined) => {
    for (const item of items ?? []) {
      if (item.answer?.length) found.set(item.linkId, [...(found.get(item.linkId) ?? []), ...item.answer]);
      walk(item.item);
      for (const answer of item.answer ?? []) walk(answer.item);
    }
  };
  walk(response.item);
  return found;
}

/** The one plain value of an answer (a choice becomes its code). */
export function plainValue(answer: AnswerValue): PlainAnswer | undefined {
  if (answer.valueBoolean !== undefined) return answer.valueBoolean;
  if (answer.valueInteger !== undefined) return answer.valueInteger;
  if (answer.valueDecimal !== undefined) return answer.valueDecimal;
  if (answer.valueCoding !== undefined) return answer.valueCoding.code;
  if (answer.valueQuantity?.value !== undefined) return answer.valueQuantity.value;
  return answer.valueString ?? answer.valueDate ?? answer.valueDateTime ?? answer.valueTime ?? answer.valueUri ?? answer.valueAttachment;
}

/** Every item of a questionnaire by linkId, nested items included. */
export function itemsByLinkId(questionnaire: Questionnaire): Map<string, QuestionnaireItem> {
  const found = new Map<string, QuestionnaireItem>();
  const walk = (items: QuestionnaireItem[] | undefined) => {
    for (const item of items ?? []) {
      found.set(item.linkId, item);
      walk(item.item);
    }
  };
  walk(questionnaire.item);
  return found;
}

/**
 * A QuestionnaireResponse from plain answers (`{ cough: true, temperature: 38.5, since: 'days-1-3' }`),
 * typed by the questionnaire's items. Unknown linkIds throw: a caller's typo must not pass silently.
 */
export function responseFromAnswers(questionnaire: Questionnaire, answers: Record<string, PlainAnswer>): QuestionnaireResponse {
  const items = itemsByLinkId(questionnaire);
  const responseItems: QuestionnaireResponseItem[] = [];
  for (const [linkId, value] of Object.entries(answers)) {
    const item = items.get(linkId);
    if (!item) throw new Error(`The questionnaire ${questionnaire.id} has no item ${linkId}`);
    responseItems.push({ linkId, text: item.text, answer: [answerFor(item, value)] });
  }
  return {
    resourceType: 'QuestionnaireResponse',
    questionnaire: questionnaire.url,
    status: 'completed',
    item: responseItems,
  };
}

function answerFor(item: QuestionnaireItem, value: PlainAnswer): AnswerValue {
  switch (item.type) {
    case 'boolean':
      return { valueBoolean: value as boolean };
    case 'integer':
      return { valueInteger: value as number };
    case 'decimal':
      return { valueDecimal: value as number };
    case 'choice': {
      const option = item.answerOption?.find((o) => o.valueCoding?.code === value);
      return { valueCoding: option?.valueCoding ?? { system: ANSWER_SYSTEM, code: String(value) } };
    }
    case 'attachment':
      return { valueAttachment: value as Attachment };
    default:
      return { valueString: String(value) };
  }
}
