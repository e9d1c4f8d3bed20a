import { QuestionnaireError } from './errors.js';
import { EXT, extension, itemControl, limit } from './extensions.js';
import type { AnswerOption, AnswerValue, Coding, ItemType, Questionnaire, QuestionnaireItem, ValueSet } from './types.js';

/** One item of a checked Questionnaire with everything the form needs read out of its extensions. */
export interface ItemDefinition {
  readonly item: QuestionnaireItem;
  readonly linkId: string;
  readonly type: ItemType;
  readonly parent?: ItemDefinition;
  readonly children: ItemDefinition[];
  /** Items whose `enableWhen` names this item. */
  readonly dependents: ItemDefinition[];
  readonly repeats: boolean;
  readonly required: boolean;
  readonly readOnly: boolean;
  readonly hidden: boolean;
  /** `questionnaire-itemControl` code. */
  readonly control?: string;
  readonly minOccurs?: number;
  readonly maxOccurs?: number;
  readonly maxLength?: number;
  readonly minValue?: number | string;
  readonly maxValue?: number | string;
  readonly unit?: Coding;
  readonly entryFormat?: string;
  /** Bytes, from the `maxSize` extension (attachments). */
  readonly maxSize?: number;
  /** Accepted MIME types, from `mimeType` extensions (attachments). */
  readonly mimeTypes: string[];
  /** The choices: `answerOption`, or a contained ValueSet's codes. */
  readonly options: AnswerOption[];
}

/** A checked Questionnaire, indexed by linkId. */
export interface FormDefinition {
  readonly questionnaire: Questionnaire;
  readonly items: ItemDefinition[];
  readonly byLinkId: ReadonlyMap<string, ItemDefinition>;
}

export const ITEM_TYPES: readonly ItemType[] = ['group', 'display', 'boolean', 'decimal', 'integer', 'date', 'dateTime', 'time', 'string', 'text', 'url', 'choice', 'open-choice', 'attachment', 'quantity'];
const OPERATORS = ['exists', '=', '!=', '>', '<', '>=', '<='];
const OPTION_KEYS = ['valueCoding', 'valueString', 'valueInteger', 'valueDate', 'valueTime'] as const;

/** The answer[x] key each item type takes (choice items take the key of their options). */
export const VALUE_KEY: Partial<Record<ItemType, keyof AnswerValue>> = {
  boolean: 'valueBoolean',
  decimal: 'valueDecimal',
  integer: 'valueInteger',
  date: 'valueDate',
  dateTime: 'valueDateTime',
  time: 'valueTime',
  string: 'valueString',
  text: 'valueString',
  url: 'valueUri',
  attachment: 'valueAttachment',
  quantity: 'valueQuantity',
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const valueKeys = (o: object, prefix: string) => Object.keys(o).filter((k) => k.startsWith(prefix) && k.length > prefix.length && /[A-Z]/.test(k[prefix.length]));
const isCount = (n: unknown) => n === undefined || (Number.isInteger(n) && (n as number) >= 0);

/**
 * Checks that `input` is a Questionnaire the engine can fill and indexes it. Throws a
 * `QuestionnaireError` naming the first bad item; never anything else.
 */
export function defineForm(input: unknown): FormDefinition {
  if (!isObject(input) || input.resourceType !== 'Questionnaire') {
    throw new QuestionnaireError('not a FHIR Questionnaire (resourceType must be "Questionnaire")', '(root)');
  }
  const questionnaire = input as unknown as Questionnaire;
  const byLinkId = new Map<string, ItemDefinition>();
  const contained = new Map<string, ValueSet>();
  if (input.contained !== undefined && !Array.isArray(input.contained)) throw new QuestionnaireError('contained must be a list', 'contained');
  for (const resource of questionnaire.contained ?? []) {
    if (isObject(resource) && resource.resourceType === 'ValueSet' && resource.id) contained.set(resource.id, resource);
  }

  const define = (raw: unknown, path: string, parent?: ItemDefinition): ItemDefinition => {
    if (!isObject(raw)) throw new QuestionnaireError('an item must be an object', path);
    const item = raw as unknown as QuestionnaireItem;
    const { linkId } = item;
    if (typeof linkId !== 'string' || linkId.trim() === '') throw new QuestionnaireError('the item has no linkId', path);
    const fail = (message: string, where = ''): never => {
      throw new QuestionnaireError(message, path + where, linkId);
    };
    if (byLinkId.has(linkId)) fail('the linkId is used by more than one item');
    if (item.type === 'reference') fail('type "reference" is not supported');
    if (!ITEM_TYPES.includes(item.type)) fail(`unknown type ${JSON.stringify(item.type)}`);
    for (const key of ['text', 'prefix'] as const) if (item[key] !== undefined && typeof item[key] !== 'string') fail(`${key} must be a string`);
    if (item.item !== undefined && !Array.isArray(item.item)) fail('item must be a list');
    const type = item.type;
    const question = type !== 'group' && type !== 'display';
    if (type === 'group' && !item.item?.length) fail('a group must contain items');
    if (type === 'display' && (item.item?.length || item.required || item.repeats)) fail('a display item cannot have items, be required or repeat');
    if (question && item.repeats && item.item?.length) fail('a repeating question with child items is not supported (use a repeating group)');
    if (item.answerOption && type !== 'choice' && type !== 'open-choice') fail('only choice and open-choice items take answerOption');
    if (item.answerOption && item.answerValueSet) fail('answerOption and answerValueSet cannot both be given');
    if (item.maxLength !== undefined && (!['string', 'text', 'url', 'open-choice'].includes(type) || !Number.isInteger(item.maxLength) || item.maxLength < 1)) {
      fail('maxLength must be a positive whole number on a string, text, url or open-choice item');
    }

    let options: AnswerOption[] = [];
    if (item.answerOption !== undefined) {
      if (!Array.isArray(item.answerOption)) fail('answerOption must be a list');
      item.answerOption.forEach((option, i) => {
        const keys = isObject(option) ? valueKeys(option, 'value') : [];
        if (keys.length !== 1 || !OPTION_KEYS.includes(keys[0] as (typeof OPTION_KEYS)[number])) {
          fail('an answerOption needs exactly one value[x] (Coding, String, Integer, Date or Time)', `.answerOption[${i}]`);
        }
      });
      options = item.answerOption;
    } else if (item.answerValueSet !== undefined) {
      const id = typeof item.answerValueSet === 'string' && item.answerValueSet.startsWith('#') ? item.answerValueSet.slice(1) : undefined;
      const valueSet = id ? contained.get(id) : undefined;
      if (!valueSet) fail(`answerValueSet ${JSON.stringify(item.answerValueSet)} is not a contained ValueSet ("#id")`);
      options = codesOf(valueSet!).map((valueCoding) => ({ valueCoding }));
      if (options.length === 0) fail(`the ValueSet ${JSON.stringify(item.answerValueSet)} has no codes`);
    } else if (type === 'choice') {
      fail('a choice item needs answerOption or answerValueSet');
    }

    if (item.initial !== undefined) {
      if (!question || !Array.isArray(item.initial)) fail('initial must be a list on a question');
      if (item.answerOption) fail('initial cannot be given with answerOption (use initialSelected)');
      if (item.initial!.length > 1 && !item.repeats) fail('more than one initial value on an item that does not repeat');
      item.initial!.forEach((value, i) => {
        const keys = isObject(value) ? valueKeys(value, 'value') : [];
        const expected = VALUE_KEY[type];
        const allowed = expected ? [expected] : ['valueCoding', 'valueString'];
        if (keys.length !== 1 || !allowed.includes(keys[0] as keyof AnswerValue)) fail(`initial needs exactly one ${allowed.join(' or ')}`, `.initial[${i}]`);
      });
    }

    const minOccurs = extension(item, EXT.minOccurs)?.valueInteger;
    const maxOccurs = extension(item, EXT.maxOccurs)?.valueInteger;
    if (!isCount(minOccurs) || !isCount(maxOccurs) || (minOccurs !== undefined && maxOccurs !== undefined && minOccurs > maxOccurs)) {
      fail('minOccurs/maxOccurs must be whole numbers with minOccurs ≤ maxOccurs');
    }
    const maxSize = extension(item, EXT.maxSize)?.valueDecimal;
    const definition: ItemDefinition = {
      item,
      linkId,
      type,
      parent,
      children: [],
      dependents: [],
      repeats: question || type === 'group' ? item.repeats === true : false,
      required: item.required === true,
      readOnly: item.readOnly === true,
      hidden: extension(item, EXT.hidden)?.valueBoolean === true,
      control: itemControl(item),
      minOccurs,
      maxOccurs,
      maxLength: item.maxLength,
      minValue: limit(item, EXT.minValue),
      maxValue: limit(item, EXT.maxValue),
      unit: extension(item, EXT.unit)?.valueCoding,
      entryFormat: extension(item, EXT.entryFormat)?.valueString,
      maxSize: typeof maxSize === 'number' ? maxSize : undefined,
      mimeTypes: (item.extension ?? []).filter((e) => e.url === EXT.mimeType && e.valueCode).map((e) => e.valueCode!),
      options,
    };
    byLinkId.set(linkId, definition);
    (item.item ?? []).forEach((child, i) => definition.children.push(define(child, `${path}.item[${i}]`, definition)));
    return definition;
  };

  if (input.item !== undefined && !Array.isArray(input.item)) throw new QuestionnaireError('item must be a list', 'item');
  const items = (questionnaire.item ?? []).map((item, i) => define(item, `item[${i}]`));

  // enableWhen refers to items that exist, with one answer of a fitting kind; no cycles.
  for (const definition of byLinkId.values()) {
    const { item, linkId } = definition;
    if (item.enableWhen === undefined) continue;
    const fail = (message: string, i: number): never => {
      throw new QuestionnaireError(message, `enableWhen[${i}]`, linkId);
    };
    if (!Array.isArray(item.enableWhen)) fail('enableWhen must be a list', 0);
    if (item.enableBehavior !== undefined && item.enableBehavior !== 'all' && item.enableBehavior !== 'any') fail('enableBehavior must be "all" or "any"', 0);
    item.enableWhen.forEach((condition, i) => {
      if (!isObject(condition)) fail('a condition must be an object', i);
      const target = byLinkId.get(condition.question);
      if (!target) fail(`enableWhen names a question ${JSON.stringify(condition.question)} that does not exist`, i);
      if (target === definition) fail('enableWhen names the item itself', i);
      if (target!.type === 'group' || target!.type === 'display') fail(`enableWhen names ${JSON.stringify(condition.question)}, which is not a question`, i);
      if (!OPERATORS.includes(condition.operator)) fail(`unknown operator ${JSON.stringify(condition.operator)}`, i);
      const keys = valueKeys(condition, 'answer');
      if (keys.length !== 1) fail('a condition needs exactly one answer[x]', i);
      if (condition.operator === 'exists' && keys[0] !== 'answerBoolean') fail('operator "exists" takes answerBoolean', i);
      target!.dependents.push(definition);
    });
  }
  const state = new Map<ItemDefinition, 1 | 2>();
  const visit = (d: ItemDefinition) => {
    if (state.get(d) === 2) return;
    if (state.get(d) === 1) throw new QuestionnaireError('enableWhen conditions form a cycle', 'enableWhen', d.linkId);
    state.set(d, 1);
    for (const dependent of d.dependents) visit(dependent);
    state.set(d, 2);
  };
  for (const d of byLinkId.values()) visit(d);
  return { questionnaire, items, byLinkId };
}

function codesOf(valueSet: ValueSet): Coding[] {
  if (valueSet.expansion?.contains?.length) return valueSet.expansion.contains;
  return (valueSet.compose?.include ?? []).flatMap((include) =>
    (include.concept ?? []).map((c) => ({ system: include.system, code: c.code, display: c.display, ...(c._display ? { _display: c._display } : {}) })),
  );
}
