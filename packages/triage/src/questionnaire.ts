import type { AnswerOption, Coding, Extension, Questionnaire, QuestionnaireItem } from '@nara/fhir';
import { CATALOGUE_VERSION, DEMO_NOTICE } from './catalogue.js';
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_TYPES, commonItems } from './common-items.js';
import type { ContactReason, QuestionDef } from './model.js';
import { CHILD_WORDING } from './families/child-wording.js';
import { otherLocale, type Locale, type Text } from './text.js';

export const TRANSLATION_URL = 'http://hl7.org/fhir/StructureDefinition/translation';
export const ANSWER_SYSTEM = 'https://nara.dev/fhir/CodeSystem/triage-answer';
export const QUESTIONNAIRE_BASE = 'https://nara.dev/fhir/Questionnaire/';
const SDC = 'http://hl7.org/fhir/StructureDefinition/';
const ITEM_CONTROL = 'http://hl7.org/fhir/questionnaire-item-control';

/** `_text` carrying the other language as a FHIR `translation` extension. */
function translation(value: Text, locale: Locale): { extension: Extension[] } {
  const lang = otherLocale(locale);
  return {
    extension: [{ url: TRANSLATION_URL, extension: [{ url: 'lang', valueCode: lang }, { url: 'content', valueString: value[lang] }] }],
  };
}

const itemControl = (code: string): Extension => ({
  url: `${SDC}questionnaire-itemControl`,
  valueCodeableConcept: { coding: [{ system: ITEM_CONTROL, code }] },
});

function answerOption(code: string, display: Text, locale: Locale): AnswerOption {
  const coding: Coding = { system: ANSWER_SYSTEM, code, display: display[locale], _display: translation(display, locale) };
  return { valueCoding: coding };
}

/** One catalogue question as a FHIR R4 Questionnaire item. */
export function questionItem(question: QuestionDef, locale: Locale): QuestionnaireItem {
  const item: QuestionnaireItem = {
    linkId: question.id,
    text: question.text[locale],
    _text: translation(question.text, locale),
    type: question.type,
  };
  if (question.required) item.required = true;
  if (question.maxLength) item.maxLength = question.maxLength;
  const extension: Extension[] = [];
  const numeric = question.type === 'integer' ? 'valueInteger' : 'valueDecimal';
  if (question.min !== undefined) extension.push({ url: `${SDC}minValue`, [numeric]: question.min });
  if (question.max !== undefined) extension.push({ url: `${SDC}maxValue`, [numeric]: question.max });
  if (question.unit) {
    extension.push({
      url: `${SDC}questionnaire-unit`,
      valueCoding: { system: 'http://unitsofmeasure.org', code: question.unit, display: question.unit === 'Cel' ? '°C' : question.unit },
    });
  }
  if (question.type === 'integer' && question.min === 0 && question.max === 10) extension.push(itemControl('slider'));
  if (question.type === 'choice') extension.push(itemControl('radio-button'));
  if (question.type === 'attachment') {
    extension.push({ url: `${SDC}maxSize`, valueDecimal: ATTACHMENT_MAX_BYTES });
    for (const type of ATTACHMENT_TYPES) extension.push({ url: `${SDC}mimeType`, valueCode: type });
  }
  if (extension.length) item.extension = extension;
  if (question.options) item.answerOption = question.options.map((option) => answerOption(option.code, option.display, locale));
  if (question.help) {
    item.item = [
      {
        linkId: `${question.id}.help`,
        type: 'display',
        text: question.help[locale],
        _text: translation(question.help, locale),
        extension: [itemControl('help')],
      },
    ];
  }
  return item;
}

/** Who a questionnaire is worded for: reasons for children always speak of "the child". */
export type Wording = 'self' | 'child';

const wordingOf = (reason: ContactReason, subject?: Wording): Wording => (reason.audience === 'child' ? 'child' : reason.audience === 'adult' ? 'self' : (subject ?? 'self'));

/**
 * Every question of a reason: the shared items around the family's own, worded for the patient or,
 * when a guardian answers for a child, about the child. The wording never changes a linkId or a rule.
 */
export function reasonQuestions(reason: ContactReason, subject?: Wording): QuestionDef[] {
  const wording = wordingOf(reason, subject);
  const common = commonItems(wording === 'child' ? 'child' : reason.audience, reason.category);
  const own = reason.family.questions.map((question) => {
    const child = wording === 'child' ? (CHILD_WORDING[`${reason.family.id}/${question.id}`] ?? question.child) : undefined;
    if (!child) return question;
    const { child: _child, ...rest } = question;
    return { ...rest, text: child };
  });
  return [...common.before, ...own, ...common.after];
}

/**
 * The reason's FHIR R4 Questionnaire in one language, worded for `subject` (reasons for anyone can be
 * asked about oneself or about a child; the linkIds are the same). Texts are in `locale` (`language` says which);
 * each text also carries the other language as a `translation` extension, so a renderer can switch
 * language without asking again.
 */
export function buildQuestionnaire(reason: ContactReason, locale: Locale, subject?: Wording): Questionnaire {
  return {
    resourceType: 'Questionnaire',
    id: reason.questionnaireId,
    url: QUESTIONNAIRE_BASE + reason.questionnaireId,
    version: CATALOGUE_VERSION,
    name: reason.questionnaireId.replace(/[^A-Za-z0-9]/g, '_'),
    title: reason.title[locale],
    _title: translation(reason.title, locale),
    status: 'draft',
    language: locale,
    description: DEMO_NOTICE[locale],
    item: reasonQuestions(reason, subject).map((question) => questionItem(question, locale)),
  };
}
