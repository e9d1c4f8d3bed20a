import type { FormModel, FormNode } from './model.js';
import type { Attachment, Quantity } from './types.js';
import { compareValues, valueOf } from './values.js';

export type IssueCode = 'required' | 'type' | 'maxLength' | 'minValue' | 'maxValue' | 'minOccurs' | 'maxOccurs' | 'maxSize' | 'mimeType';

/** Something that stops the response from being complete, at one item. */
export interface ValidationIssue {
  path: string;
  linkId: string;
  code: IssueCode;
  /** The limit broken (maxLength, minValue, maxOccurs, ...). */
  limit?: number | string;
}

const hasAnswer = (model: FormModel, node: FormNode): boolean =>
  model.enabled(node) && (model.answersAt(node.path).length > 0 || node.children.some((c) => hasAnswer(model, c)));

/**
 * The issues of one item (not its children); none when the item is disabled or hidden. A read-only
 * item is not asked to be answered (the person could not fix it).
 */
export function validateNode(model: FormModel, node: FormNode): ValidationIssue[] {
  if (!model.enabled(node) || node.definition.hidden) return [];
  const d = node.definition;
  const issue = (code: IssueCode, limit?: number | string): ValidationIssue => ({ path: node.path, linkId: d.linkId, code, ...(limit !== undefined ? { limit } : {}) });
  if (d.type === 'display') return [];
  if (d.type === 'group') {
    const issues: ValidationIssue[] = [];
    if (d.required && !node.children.some((c) => hasAnswer(model, c))) issues.push(issue('required'));
    // minOccurs/maxOccurs of a repeating group are checked once, at its first instance.
    if (d.repeats && node.index === 0) {
      const siblings = (node.parent?.children ?? model.roots).filter((n) => n.definition === d);
      const filled = siblings.filter((n) => hasAnswer(model, n)).length;
      if (d.minOccurs !== undefined && filled > 0 && filled < d.minOccurs) issues.push(issue('minOccurs', d.minOccurs));
      if (d.maxOccurs !== undefined && siblings.length > d.maxOccurs) issues.push(issue('maxOccurs', d.maxOccurs));
    }
    return issues;
  }
  if (model.invalidText(node.path)) return [issue('type')];
  const answers = model.answersAt(node.path);
  if (answers.length === 0) return d.required && !d.readOnly ? [issue('required')] : [];
  const issues: ValidationIssue[] = [];
  if (d.repeats && d.minOccurs !== undefined && answers.length < d.minOccurs) issues.push(issue('minOccurs', d.minOccurs));
  if (d.maxOccurs !== undefined && answers.length > d.maxOccurs) issues.push(issue('maxOccurs', d.maxOccurs));
  for (const answer of answers) {
    const [, value] = valueOf(answer) ?? [];
    if (typeof value === 'string' && d.maxLength !== undefined && [...value].length > d.maxLength) issues.push(issue('maxLength', d.maxLength));
    const comparable = typeof value === 'object' && value && 'value' in value ? (value as Quantity).value : value;
    if (d.minValue !== undefined && (compareValues(comparable, d.minValue) ?? 0) < 0) issues.push(issue('minValue', d.minValue));
    if (d.maxValue !== undefined && (compareValues(comparable, d.maxValue) ?? 0) > 0) issues.push(issue('maxValue', d.maxValue));
    if (answer.valueAttachment) {
      const file: Attachment = answer.valueAttachment;
      if (d.maxSize !== undefined && (file.size ?? 0) > d.maxSize) issues.push(issue('maxSize', d.maxSize));
      if (d.mimeTypes.length && file.contentType && !d.mimeTypes.includes(file.contentType)) issues.push(issue('mimeType', d.mimeTypes.join(', ')));
    }
  }
  return issues.filter((x, i) => issues.findIndex((y) => y.code === x.code) === i);
}

/** Every issue of the enabled items, in the order of the form. */
export function validateForm(model: FormModel, roots: FormNode[] = model.roots): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const walk = (node: FormNode) => {
    if (!model.enabled(node)) return;
    issues.push(...validateNode(model, node));
    node.children.forEach(walk);
  };
  roots.forEach(walk);
  return issues;
}
