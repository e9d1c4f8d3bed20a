import type { AnswerValue, Questionnaire, QuestionnaireItem, QuestionnaireResponse, QuestionnaireResponseItem } from '@nara/fhir';
import { itemsByLinkId } from './answers.js';
import type { Locale } from './text.js';

/** One problem with a response, located by linkId so a form can show it at the field. */
export interface ResponseIssue {
  /** The item's linkId (`(root)` for the response itself). */
  path: string;
  message: string;
}

/** Which `value[x]` each answerable item type takes. */
const VALUE_KEY: Partial<Record<QuestionnaireItem['type'], keyof AnswerValue>> = {
  boolean: 'valueBoolean',
  decimal: 'valueDecimal',
  integer: 'valueInteger',
  date: 'valueDate',
  dateTime: 'valueDateTime',
  time: 'valueTime',
  string: 'valueString',
  text: 'valueString',
  url: 'valueUri',
  choice: 'valueCoding',
  attachment: 'valueAttachment',
  reference: 'valueReference',
  quantity: 'valueQuantity',
};

const VALUE_KEYS = Object.keys({
  valueBoolean: 1, valueDecimal: 1, valueInteger: 1, valueDate: 1, valueDateTime: 1, valueTime: 1,
  valueString: 1, valueUri: 1, valueAttachment: 1, valueCoding: 1, valueQuantity: 1, valueReference: 1,
}) as (keyof AnswerValue)[];

const messages = {
  sv: {
    wrongQuestionnaire: (q: string) => `Svaret hör till ett annat formulär (${q}).`,
    unknown: 'Frågan finns inte i formuläret.',
    notAnswerable: 'Den här delen av formuläret tar inte emot svar.',
    oneValue: 'Varje svar ska ha exakt ett värde.',
    wrongType: (type: string) => `Svaret har fel typ; frågan väntar sig ${type}.`,
    notOption: 'Svaret är inte ett av alternativen.',
    many: 'Frågan tar bara ett svar.',
    tooLong: (max: number) => `Svaret är längre än ${max} tecken.`,
    belowMin: (min: number) => `Svaret ska vara minst ${min}.`,
    aboveMax: (max: number) => `Svaret ska vara högst ${max}.`,
    notWhole: 'Svaret ska vara ett heltal.',
    required: 'Frågan måste besvaras.',
  },
  en: {
    wrongQuestionnaire: (q: string) => `The response belongs to another questionnaire (${q}).`,
    unknown: 'The questionnaire has no such question.',
    notAnswerable: 'This part of the questionnaire takes no answers.',
    oneValue: 'Every answer must have exactly one value.',
    wrongType: (type: string) => `The answer has the wrong type; the question expects ${type}.`,
    notOption: 'The answer is not one of the options.',
    many: 'The question takes only one answer.',
    tooLong: (max: number) => `The answer is longer than ${max} characters.`,
    belowMin: (min: number) => `The answer must be at least ${min}.`,
    aboveMax: (max: number) => `The answer must be at most ${max}.`,
    notWhole: 'The answer must be a whole number.',
    required: 'The question must be answered.',
  },
};

const extensionNumber = (item: QuestionnaireItem, name: 'minValue' | 'maxValue') => {
  const ext = item.extension?.find((e) => e.url === `http://hl7.org/fhir/StructureDefinition/${name}`);
  return ext?.valueInteger ?? ext?.valueDecimal;
};

/**
 * Checks a response against its questionnaire: every linkId exists, every answer has the item's
 * type (and is one of its options, within its bounds and length), single-answer items have one
 * answer, and required items are answered. Deliberately simple: items with `enableWhen` are not
 * required to be answered (this catalogue uses none). Pure; returns no issues when the response is fine.
 */
export function checkResponse(questionnaire: Questionnaire, response: QuestionnaireResponse, locale: Locale = 'en'): ResponseIssue[] {
  const t = messages[locale];
  const issues: ResponseIssue[] = [];
  const items = itemsByLinkId(questionnaire);
  // a canonical may carry the version (`url|version`, FHIR R4 §2.1.0.3.1): then it must be this version
  const [canonical, version] = (response.questionnaire ?? '').split('|');
  // a form without a url is referred to by its id: `Questionnaire/id` (what canonicalOf writes) or the bare id
  const sameForm =
    canonical === questionnaire.url || (questionnaire.id !== undefined && (canonical === questionnaire.id || canonical === `Questionnaire/${questionnaire.id}`));
  if (response.questionnaire && (!sameForm || (version !== undefined && version !== questionnaire.version))) {
    issues.push({ path: '(root)', message: t.wrongQuestionnaire(response.questionnaire) });
  }
  const answered = new Set<string>();

  const checkAnswer = (item: QuestionnaireItem, answer: AnswerValue, path: string) => {
    const present = VALUE_KEYS.filter((key) => answer[key] !== undefined);
    if (present.length !== 1) return issues.push({ path, message: t.oneValue });
    const expected = VALUE_KEY[item.type];
    if (present[0] !== expected) return issues.push({ path, message: t.wrongType(item.type) });
    const value = answer[expected];
    if (item.type === 'choice' && item.answerOption) {
      const code = answer.valueCoding?.code;
      const system = answer.valueCoding?.system;
      if (!item.answerOption.some((o) => o.valueCoding?.code === code && (!system || o.valueCoding?.system === system))) {
        issues.push({ path, message: t.notOption });
      }
    }
    if (typeof value === 'string' && item.maxLength && value.length > item.maxLength) issues.push({ path, message: t.tooLong(item.maxLength) });
    if (typeof value === 'number') {
      if (!Number.isFinite(value) || (item.type === 'integer' && !Number.isInteger(value))) return issues.push({ path, message: t.notWhole });
      const min = extensionNumber(item, 'minValue');
      const max = extensionNumber(item, 'maxValue');
      if (min !== undefined && value < min) issues.push({ path, message: t.belowMin(min) });
      if (max !== undefined && value > max) issues.push({ path, message: t.aboveMax(max) });
    }
    return undefined;
  };

  const walk = (responseItems: QuestionnaireResponseItem[] | undefined) => {
    for (const responseItem of responseItems ?? []) {
      const path = responseItem.linkId;
      const item = items.get(path);
      if (!item) {
        issues.push({ path, message: t.unknown });
        continue;
      }
      const answers = responseItem.answer ?? [];
      if (answers.length && (item.type === 'group' || item.type === 'display')) issues.push({ path, message: t.notAnswerable });
      else if (answers.length > 1 && !item.repeats) issues.push({ path, message: t.many });
      else for (const answer of answers) checkAnswer(item, answer, path);
      if (answers.some((a) => a.valueString === undefined || a.valueString.trim() !== '')) answered.add(path);
      walk(responseItem.item);
      for (const answer of answers) walk(answer.item);
    }
  };
  walk(response.item);

  for (const item of items.values()) {
    if (item.required && !item.enableWhen?.length && item.type !== 'group' && item.type !== 'display' && !answered.has(item.linkId)) {
      issues.push({ path: item.linkId, message: t.required });
    }
  }
  return issues;
}
