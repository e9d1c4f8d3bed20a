import { html, nothing } from 'lit';
import type { FormNode } from '@nara/fhir';
import type { FieldContext } from './field-context.js';
import { headingLevel } from '../controllers/heading-level.js';
import { hintAndError } from './item-parts.js';

/** A heading of the given level (2–6). */
export const heading = (level: number, id: string, text: string) =>
  html`<div role="heading" aria-level=${headingLevel(Math.max(2, level))} id=${id} tabindex="-1" class="heading">${text}</div>`;

/** A group: a heading, its items, and for a repeating group the add and remove buttons of its instances. */
export function renderGroup(ctx: FieldContext, node: FormNode, level: number) {
  const d = node.definition;
  const siblings = d.repeats ? (node.parent?.children ?? ctx.model.roots).filter((n) => n.definition === d) : [node];
  const label = ctx.label(node);
  const title = d.repeats && label ? `${label} ${(node.index ?? 0) + 1}` : label;
  const headingId = ctx.id(node.path, 'g');
  const editable = !ctx.readonly && d.repeats;
  const last = siblings[siblings.length - 1] === node;
  return html`<div class="group" role="group" aria-labelledby=${title ? headingId : nothing} data-link-id=${d.linkId} part="group">
      ${title ? heading(level, headingId, title) : nothing}
      ${hintAndError(ctx, node, '')}
      ${node.children.map((child) => ctx.renderItem(child, level + 1))}
      ${editable && siblings.length > 1
        ? html`<button type="button" class="button quiet" @click=${() => ctx.removeInstance(node)}>${ctx.s.remove(title || String((node.index ?? 0) + 1))}</button>`
        : nothing}
    </div>
    ${editable && last && (d.maxOccurs === undefined || siblings.length < d.maxOccurs)
      ? html`<button type="button" class="button secondary add-instance" data-add=${d.linkId} @click=${() => ctx.addInstance(node)}>${ctx.s.add(label || ctx.s.another)}</button>`
      : nothing}`;
}
