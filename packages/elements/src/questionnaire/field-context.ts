import type { TemplateResult } from 'lit';
import type { AnswerValue, FormModel, FormNode, ValidationIssue } from '@nara/fhir';
import type { Locale } from '../base/locale.js';
import type { DateStrings } from './date-strings.js';
import type { QuestionnaireStrings } from './strings.js';

/** What every item renderer is given by `nara-questionnaire`. */
export interface FieldContext {
  readonly model: FormModel;
  readonly s: QuestionnaireStrings;
  /** Date, time, dateTime and url items' hints and kinds, once loaded (only for a form that has such an item). */
  readonly dates?: DateStrings;
  readonly locale: Locale;
  /** The whole form is read-only. */
  readonly readonly: boolean;
  /** An attachment item's field; undefined until (or when) the attachment module could not be loaded. */
  renderAttachment?(node: FormNode): TemplateResult;
  /** A slider; undefined until (or when) its module could not be loaded: the item is a text input then. */
  renderSlider?(node: FormNode, hint: string, readonly: boolean): TemplateResult;
  /** A DOM id for the item at `path` (plus a suffix for its parts). */
  id(path: string, part?: string): string;
  /** Prefix and text in the element's language (plain text). */
  label(node: FormNode): string;
  /** The item's issue, when it is time to show it (after leaving the field, or after submit). */
  issue(node: FormNode): ValidationIssue | undefined;
  message(issue: ValidationIssue, node: FormNode): string;
  setText(node: FormNode, text: string, row?: number): void;
  setAnswers(node: FormNode, values: AnswerValue[]): void;
  /** Marks the item as visited, so its errors show. */
  touch(node: FormNode): void;
  renderItem(node: FormNode, level: number): TemplateResult | typeof import('lit').nothing;
  addInstance(node: FormNode): void;
  removeInstance(node: FormNode): void;
  addRow(node: FormNode): void;
  removeRow(node: FormNode, row: number): void;
}
