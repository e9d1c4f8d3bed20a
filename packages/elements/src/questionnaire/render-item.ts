import { html, nothing } from 'lit';
import type { FormNode } from '@nara/fhir';
import type { FieldContext } from './field-context.js';
import { labelText } from './item-parts.js';
import { renderChoiceField } from './render-choice.js';
import { renderGroup } from './render-group.js';
import { renderTextField } from './render-text.js';

/** One item, if it is enabled and not hidden: its container carries `data-link-id`. */
export function renderItem(ctx: FieldContext, node: FormNode, level: number) {
  const d = node.definition;
  if (d.hidden || !ctx.model.enabled(node)) return nothing;
  if (d.type === 'group') return renderGroup(ctx, node, level);
  if (d.type === 'display') return html`<p class="display" data-link-id=${d.linkId} id=${ctx.id(node.path)}>${ctx.label(node)}</p>`;
  const field =
    d.type === 'boolean' || d.type === 'choice' || d.type === 'open-choice'
      ? renderChoiceField(ctx, node)
      : d.type === 'attachment'
        ? (ctx.renderAttachment?.(node) ?? html`<p class="label">${labelText(ctx, node)}</p><p class="error-message" role="alert">${ctx.s.filesUnavailable}</p>`)
        : renderTextField(ctx, node);
  return html`<div class=${ctx.issue(node) ? 'item has-error' : 'item'} data-link-id=${d.linkId} @focusout=${(e: FocusEvent) => {
    // errors show once the person leaves the whole item, not while moving between its inputs
    if (!(e.currentTarget as Element).contains(e.relatedTarget as Node | null)) ctx.touch(node);
  }}>
    ${field}${node.children.length ? html`<div class="children">${node.children.map((c) => ctx.renderItem(c, level + 1))}</div>` : nothing}
  </div>`;
}
