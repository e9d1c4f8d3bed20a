import type { AnswerValue, Element, Extension, QuestionnaireItem } from './types.js';

const SD = 'http://hl7.org/fhir/StructureDefinition/';
/** The extension URLs the engine reads. */
export const EXT = {
  translation: SD + 'translation',
  hidden: SD + 'questionnaire-hidden',
  itemControl: SD + 'questionnaire-itemControl',
  minValue: SD + 'minValue',
  maxValue: SD + 'maxValue',
  minOccurs: SD + 'questionnaire-minOccurs',
  maxOccurs: SD + 'questionnaire-maxOccurs',
  unit: SD + 'questionnaire-unit',
  entryFormat: SD + 'entryFormat',
  maxSize: SD + 'maxSize',
  mimeType: SD + 'mimeType',
  sliderStep: SD + 'questionnaire-sliderStepValue',
  optionExclusive: SD + 'questionnaire-optionExclusive',
} as const;

export const extension = (owner: { extension?: Extension[] } | undefined, url: string): Extension | undefined =>
  owner?.extension?.find((e) => e.url === url);

/**
 * A string in the wanted language: the FHIR `translation` extension on its `_element` when one
 * matches `locale` (`sv` also matches `sv-SE`), otherwise the string itself. Always plain text:
 * `rendering-xhtml` is never read.
 */
export function translated(value: string | undefined, element: Element | undefined, locale: string): string | undefined {
  const wanted = locale.toLowerCase();
  for (const ext of element?.extension ?? []) {
    if (ext.url !== EXT.translation) continue;
    const lang = extension(ext, 'lang')?.valueCode?.toLowerCase();
    const content = extension(ext, 'content')?.valueString;
    if (lang && content !== undefined && (lang === wanted || lang.split('-')[0] === wanted.split('-')[0])) return content;
  }
  return value;
}

/** The `questionnaire-itemControl` code, e.g. `radio-button`, `drop-down`, `slider`, `page`. */
export const itemControl = (item: { extension?: Extension[] }): string | undefined =>
  extension(item, EXT.itemControl)?.valueCodeableConcept?.coding?.find((c) => c.code)?.code;

/** The number or date a `minValue`/`maxValue` extension carries. */
export function limit(item: QuestionnaireItem, url: string): number | string | undefined {
  const ext = extension(item, url) as (Extension & AnswerValue) | undefined;
  if (!ext) return undefined;
  return ext.valueInteger ?? ext.valueDecimal ?? ext.valueDate ?? ext.valueDateTime ?? ext.valueTime;
}
