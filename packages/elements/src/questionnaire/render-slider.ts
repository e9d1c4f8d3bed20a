import { css, html, nothing } from 'lit';
import type { FormNode } from '@nara/fhir';
import type { FieldContext } from './field-context.js';
import { describedBy, hintAndError, invalid, labelText } from './item-parts.js';

// This module is loaded by `nara-questionnaire` only for a form with a slider (before that form renders).

export const styles = css`
  input[type='range'] {
    flex: 1 1 12rem;
    min-block-size: var(--_target-size);
    accent-color: var(--_color-primary);
  }
  /* a slider nobody has touched shows no value: its thumb appears on the first choice */
  input[type='range'].unset::-webkit-slider-thumb {
    opacity: 0;
  }
  input[type='range'].unset::-moz-range-thumb {
    opacity: 0;
  }
`;

/** integer or decimal with itemControl `slider`: a range input with its value beside it, unset until chosen. */
export function renderSlider(ctx: FieldContext, node: FormNode, hint: string, readonly: boolean) {
  const d = node.definition;
  const answer = ctx.model.answersAt(node.path)[0];
  const value = answer?.valueInteger ?? answer?.valueDecimal;
  const min = Number(d.minValue ?? 0);
  const max = Number(d.maxValue ?? 100);
  const id = ctx.id(node.path);
  // Unset until the patient chooses: no thumb is drawn, and a click or key on the thumb's resting
  // place (where no `input` fires) still sets the value.
  const choose = (e: Event) => {
    if (value === undefined && !readonly) ctx.setText(node, (e.target as HTMLInputElement).value);
  };
  return html`<label class="label" for=${id}>${labelText(ctx, node)}</label>${hintAndError(ctx, node, hint)}
    <div class="input-row">
      <input id=${id} class=${value === undefined ? 'unset' : 'set'} type="range" min=${min} max=${max} step=${d.type === 'integer' ? 1 : 'any'} ?disabled=${readonly} aria-invalid=${invalid(ctx, node)} aria-describedby=${describedBy(ctx, node, hint)}
        aria-valuetext=${value === undefined ? ctx.s.notSet : nothing} .value=${String(value ?? min)} @input=${(e: Event) => ctx.setText(node, (e.target as HTMLInputElement).value)}
        @pointerup=${choose} @keyup=${(e: KeyboardEvent) => (e.key === 'Tab' || e.key === 'Shift' ? undefined : choose(e))} />
      <output for=${id}>${value ?? ctx.s.notSet}</output>
    </div>`;
}
