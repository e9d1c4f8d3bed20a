import { html, nothing } from 'lit';
import { sameValue, translated, valueOf, type AnswerOption, type AnswerValue, type FormNode } from '@nara/fhir';
import type { FieldContext } from './field-context.js';
import { describedBy, hintAndError, invalid, labelText } from './item-parts.js';

/** An option's value without its flags: what goes into the answer. */
const valueOfOption = (option: AnswerOption): AnswerValue => {
  const [key, value] = valueOf(option)!; // the first value[x]; `_valueString` is not one
  if (key !== 'valueCoding') return { [key]: value };
  const { _display: _d, ...coding } = value as NonNullable<AnswerValue['valueCoding']>;
  return { valueCoding: coding };
};

function optionLabel(ctx: FieldContext, option: AnswerOption): string {
  if (option.valueCoding) return translated(option.valueCoding.display, option.valueCoding._display, ctx.locale) ?? option.valueCoding.code ?? '';
  if (option.valueString !== undefined) return translated(option.valueString, option._valueString, ctx.locale) ?? '';
  return String(valueOf(option)?.[1] ?? '');
}

const selected = (answers: AnswerValue[], option: AnswerValue) => answers.some((a) => sameValue(valueOf(a)?.[1], valueOf(option)?.[1]));

/** boolean (yes/no radios), choice and open-choice: radio buttons, check boxes or a drop-down, in a fieldset with a legend. */
export function renderChoiceField(ctx: FieldContext, node: FormNode) {
  const d = node.definition;
  const disabled = ctx.readonly || d.readOnly;
  const answers = ctx.model.answersAt(node.path);
  const options: AnswerValue[] = d.type === 'boolean' ? [{ valueBoolean: true }, { valueBoolean: false }] : d.options.map(valueOfOption);
  const text = (option: AnswerValue, i: number) => (d.type === 'boolean' ? (option.valueBoolean ? ctx.s.yes : ctx.s.no) : optionLabel(ctx, d.options[i]));
  const control = d.repeats ? 'check-box' : (d.control ?? (options.length > 6 && d.type === 'choice' ? 'drop-down' : 'radio-button'));
  const other = d.type === 'open-choice' ? answers.find((a) => a.valueString !== undefined && !options.some((o) => o.valueString === a.valueString)) : undefined;
  const chosen = answers.filter((a) => a !== other);

  if (control === 'drop-down' && d.type === 'choice') {
    const id = ctx.id(node.path);
    const index = options.findIndex((o) => selected(answers, o));
    return html`<label class="label" for=${id}>${labelText(ctx, node)}</label>${hintAndError(ctx, node, '')}
      <select id=${id} ?disabled=${disabled} ?required=${d.required} aria-invalid=${invalid(ctx, node)} aria-describedby=${describedBy(ctx, node, '')}
        @change=${(e: Event) => {
          const i = Number((e.target as HTMLSelectElement).value);
          ctx.setAnswers(node, i >= 0 ? [options[i]] : []);
        }}>
        <option value="-1" ?selected=${index < 0}>${ctx.s.choose}</option>
        ${options.map((o, i) => html`<option value=${i} ?selected=${i === index}>${text(o, i)}</option>`)}
      </select>`;
  }

  const multiple = control === 'check-box';
  const name = ctx.id(node.path);
  const pick = (option: AnswerValue, on: boolean) => {
    const rest = multiple ? chosen.filter((a) => !sameValue(valueOf(a)?.[1], valueOf(option)?.[1])) : [];
    const keepOther = multiple && other ? [other] : [];
    ctx.setAnswers(node, [...rest, ...(on ? [option] : []), ...keepOther]);
    ctx.touch(node);
  };
  const otherId = ctx.id(node.path, 'o');
  return html`<fieldset aria-describedby=${describedBy(ctx, node, '')}>
    <legend class="label">${labelText(ctx, node)}</legend>
    ${hintAndError(ctx, node, '')}
    <div class=${d.type === 'boolean' ? 'options inline' : 'options'}>
      ${options.map(
        (option, i) => html`<label class="option">
          <input type=${multiple ? 'checkbox' : 'radio'} name=${name} id=${i === 0 ? name : nothing} ?disabled=${disabled} aria-invalid=${invalid(ctx, node)}
            .checked=${selected(chosen, option)} @change=${(e: Event) => pick(option, (e.target as HTMLInputElement).checked)} />
          <span>${text(option, i)}</span>
        </label>`,
      )}
    </div>
    ${d.type === 'open-choice'
      ? html`<label class="label other" for=${otherId}>${ctx.s.other}</label>
          <input id=${otherId} type="text" ?readonly=${disabled} .value=${other?.valueString ?? ''} aria-invalid=${invalid(ctx, node)}
            @input=${(e: Event) => {
              const value = (e.target as HTMLInputElement).value;
              ctx.setAnswers(node, [...(multiple ? chosen : value ? [] : chosen), ...(value ? [{ valueString: value }] : [])]);
            }} />`
      : nothing}
  </fieldset>`;
}
