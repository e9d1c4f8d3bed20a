import { html, nothing } from 'lit';
import { formatValue, type FormNode } from '@nara/fhir';
import { usesDecimalComma } from '../base/locale.js';
import type { DateStrings } from './date-strings.js';
import type { FieldContext } from './field-context.js';
import { describedBy, hintAndError, invalid, labelText } from './item-parts.js';

const INPUT_MODE: Record<string, string> = { integer: 'numeric', decimal: 'decimal', quantity: 'decimal', url: 'url' };

/** The hint under a typed field: entry format, unit, range, length. */
function hintOf(ctx: FieldContext, node: FormNode): string {
  const d = node.definition;
  const { s } = ctx;
  const format = ctx.dates?.[d.type as keyof DateStrings]?.hint;
  const parts = [d.entryFormat ?? format, d.unit ? s.unit(d.unit.display ?? d.unit.code ?? '') : '', d.minValue !== undefined || d.maxValue !== undefined ? s.range(d.minValue, d.maxValue) : '', d.maxLength ? s.maxChars(d.maxLength) : ''];
  return parts.filter(Boolean).join('. ');
}

/** string, text, url, integer, decimal, quantity, date, dateTime, time: text inputs (a slider when asked), one row per answer when repeating. */
export function renderTextField(ctx: FieldContext, node: FormNode) {
  const d = node.definition;
  const hint = hintOf(ctx, node);
  const readonly = ctx.readonly || d.readOnly;
  // a slider once its module is here (a form that asks for one loads it before it renders); else a text input
  if (d.control === 'slider' && (d.type === 'integer' || d.type === 'decimal') && ctx.renderSlider) return ctx.renderSlider(node, hint, readonly);
  const input = (row: number, id: string, name?: string) => {
    const text = ctx.model.textAt(node.path, row) ?? formatValue(ctx.model.answersAt(node.path)[row], usesDecimalComma(ctx.locale));
    return d.type === 'text'
      ? html`<textarea id=${id} rows="4" aria-label=${name ?? nothing} ?readonly=${readonly} ?required=${d.required} aria-invalid=${invalid(ctx, node)} aria-describedby=${describedBy(ctx, node, hint)} .value=${text}
          @input=${(e: Event) => ctx.setText(node, (e.target as HTMLTextAreaElement).value, row)}></textarea>`
      : html`<input id=${id} type="text" aria-label=${name ?? nothing} inputmode=${INPUT_MODE[d.type] ?? nothing} autocomplete="off" ?readonly=${readonly} ?required=${d.required}
          aria-invalid=${invalid(ctx, node)} aria-describedby=${describedBy(ctx, node, hint)} .value=${text} @input=${(e: Event) => ctx.setText(node, (e.target as HTMLInputElement).value, row)} />${d.unit
          ? html`<span class="unit" aria-hidden="true">${d.unit.display ?? d.unit.code}</span>`
          : nothing}`;
  };
  if (!d.repeats) {
    return html`<label class="label" for=${ctx.id(node.path)}>${labelText(ctx, node)}</label>${hintAndError(ctx, node, hint)}<div class="input-row">${input(0, ctx.id(node.path))}</div>`;
  }
  const rows = ctx.model.rows(node.path);
  const label = ctx.label(node);
  return html`<fieldset>
    <legend class="label">${labelText(ctx, node)}</legend>
    ${hintAndError(ctx, node, hint)}
    ${Array.from({ length: rows }, (_, row) =>
      html`<div class="input-row">${input(row, ctx.id(node.path, `r${row}`), `${label} ${row + 1}`)}${rows > 1 && !readonly
        ? html`<button type="button" class="button quiet" @click=${() => ctx.removeRow(node, row)}>${ctx.s.removeRow(row + 1)}</button>`
        : nothing}</div>`,
    )}
    ${readonly || (d.maxOccurs !== undefined && rows >= d.maxOccurs) ? nothing : html`<button type="button" class="button secondary" @click=${() => ctx.addRow(node)}>${ctx.s.addAnswer}</button>`}
  </fieldset>`;
}
