import { html, nothing } from 'lit';
import type { FormNode } from '@nara/fhir';
import type { FieldContext } from './field-context.js';

/** The ids an input points to with `aria-describedby`: its hint and its error. */
export function describedBy(ctx: FieldContext, node: FormNode, hint: unknown): string | typeof nothing {
  const ids = [hint ? ctx.id(node.path, 'h') : '', ctx.issue(node) ? ctx.id(node.path, 'e') : ''].filter(Boolean).join(' ');
  return ids || nothing;
}

/** The label text with the "required" mark. */
export function labelText(ctx: FieldContext, node: FormNode) {
  return html`${ctx.label(node)}${node.definition.required ? html` <span class="required">${ctx.s.required}</span>` : nothing}`;
}

/** Hint and error lines under a label. */
export function hintAndError(ctx: FieldContext, node: FormNode, hint: unknown) {
  const issue = ctx.issue(node);
  return html`${hint ? html`<p class="hint" id=${ctx.id(node.path, 'h')}>${hint}</p>` : nothing}${issue
    ? html`<p class="error-message" id=${ctx.id(node.path, 'e')}><span class="visually-hidden">${ctx.s.errorPrefix} </span>${ctx.message(issue, node)}</p>`
    : nothing}`;
}

export const invalid = (ctx: FieldContext, node: FormNode) => (ctx.issue(node) ? 'true' : nothing);
