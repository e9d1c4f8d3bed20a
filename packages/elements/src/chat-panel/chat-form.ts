import { html, nothing, type TemplateResult } from 'lit';
import type { ChatEventOf } from '@nara/contract';
import type { AnswerValue, Questionnaire, QuestionnaireItem, QuestionnaireResponse } from '@nara/fhir';
import type { ChatStrings } from './strings.js';

/** What the patient has filled in on one form so far, and which questions showed an error. */
export interface ChatFormState {
  answers: Map<string, AnswerValue>;
  errors: string[];
  submitted: boolean;
  sending: boolean;
}

export interface ChatFormContext {
  t: ChatStrings;
  state: ChatFormState;
  onAnswer: (linkId: string, value: AnswerValue | undefined) => void;
  onSubmit: (event: SubmitEvent) => void;
}

/** The questions a chat form asks (groups flattened; display items kept as text). */
export function formItems(questionnaire: Questionnaire): QuestionnaireItem[] {
  const flat = (items: QuestionnaireItem[] = []): QuestionnaireItem[] => items.flatMap((i) => (i.type === 'group' ? flat(i.item) : [i]));
  return flat(questionnaire.item);
}

/** Required questions without an answer. */
export function missingAnswers(questionnaire: Questionnaire, answers: Map<string, AnswerValue>): string[] {
  return formItems(questionnaire)
    .filter((i) => i.required && i.type !== 'display' && !answers.has(i.linkId))
    .map((i) => i.linkId);
}

/** The QuestionnaireResponse for the answers given. */
export function toResponse(questionnaire: Questionnaire, answers: Map<string, AnswerValue>): QuestionnaireResponse {
  return {
    resourceType: 'QuestionnaireResponse',
    ...(questionnaire.url ? { questionnaire: questionnaire.url } : {}),
    status: 'completed',
    authored: new Date().toISOString(),
    item: formItems(questionnaire)
      .filter((i) => answers.has(i.linkId))
      .map((i) => ({ linkId: i.linkId, ...(i.text ? { text: i.text } : {}), answer: [answers.get(i.linkId)!] })),
  };
}

const fieldId = (requestId: string, linkId: string) => `form-${requestId}-${linkId}`.replace(/[^\w-]/g, '_');

/**
 * A form staff sent, answered in the chat: a small built-in renderer for the item types chat forms
 * use (choice, text, string, integer, boolean). Errors appear after a submit, in a summary that
 * links to the questions, with `aria-invalid` and `aria-describedby` on each.
 */
export function renderChatForm(event: ChatEventOf<'form-sent'>, ctx: ChatFormContext): TemplateResult {
  const questionnaire = event.questionnaire as unknown as Questionnaire;
  const { t, state } = ctx;
  const errors = state.submitted ? state.errors : [];
  const items = formItems(questionnaire);
  return html`<form class="chat-form" novalidate aria-label=${questionnaire.title ?? t.formSubmit} @submit=${ctx.onSubmit}>
    ${questionnaire.title ? html`<p class="form-title">${questionnaire.title}</p>` : nothing}
    ${errors.length
      ? html`<div class="error-summary" role="alert" tabindex="-1">
          <p>${t.formErrorSummary}</p>
          <ul>
            ${errors.map((linkId) => {
              const item = items.find((i) => i.linkId === linkId);
              return html`<li><a href=${`#${fieldId(event.requestId, linkId)}`} @click=${(e: Event) => focusField(e, fieldId(event.requestId, linkId))}>${item?.text ?? linkId}</a></li>`;
            })}
          </ul>
        </div>`
      : nothing}
    ${items.map((item) => renderItem(event.requestId, item, ctx, errors.includes(item.linkId)))}
    <button type="submit" class="button" ?disabled=${state.sending}>${t.formSubmit}</button>
  </form>`;
}

function focusField(event: Event, id: string) {
  event.preventDefault();
  const root = (event.currentTarget as Element).getRootNode() as ShadowRoot | Document;
  (root.getElementById(id) as HTMLElement | null)?.focus();
}

function renderItem(requestId: string, item: QuestionnaireItem, ctx: ChatFormContext, invalid: boolean): TemplateResult {
  const { t, state } = ctx;
  const id = fieldId(requestId, item.linkId);
  const errorId = `${id}-error`;
  const error = invalid ? html`<p id=${errorId} class="error">${t.formRequired}</p>` : nothing;
  const answer = state.answers.get(item.linkId);
  if (item.type === 'display') return html`<p>${item.text}</p>`;
  if (item.type === 'choice' || item.type === 'boolean') {
    const options =
      item.type === 'boolean'
        ? [
            { value: { valueBoolean: true }, label: t.yes },
            { value: { valueBoolean: false }, label: t.no },
          ]
        : (item.answerOption ?? []).map((o) => ({
            value: o.valueCoding ? { valueCoding: o.valueCoding } : o.valueString !== undefined ? { valueString: o.valueString } : { valueInteger: o.valueInteger },
            label: o.valueCoding?.display ?? o.valueCoding?.code ?? o.valueString ?? String(o.valueInteger ?? ''),
          }));
    const same = (v: AnswerValue) => JSON.stringify(v) === JSON.stringify(answer);
    return html`<fieldset class="question" aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${invalid ? errorId : nothing}>
      <legend>${item.text}${item.required ? html`<span aria-hidden="true"> *</span>` : nothing}</legend>
      ${error}
      ${options.map(
        (o, i) => html`<label class="option">
          <input
            type="radio"
            id=${i === 0 ? id : `${id}-${i}`}
            name=${id}
            .checked=${same(o.value)}
            ?required=${item.required}
            @change=${() => ctx.onAnswer(item.linkId, o.value)}
          />
          ${o.label}
        </label>`,
      )}
    </fieldset>`;
  }
  const onInput = (e: Event) => {
    const raw = (e.target as HTMLInputElement | HTMLTextAreaElement).value;
    if (item.type === 'integer') ctx.onAnswer(item.linkId, /^-?\d+$/.test(raw.trim()) ? { valueInteger: Number(raw) } : undefined);
    else ctx.onAnswer(item.linkId, raw.trim() ? { valueString: raw } : undefined);
  };
  const value = answer?.valueString ?? (answer?.valueInteger !== undefined ? String(answer.valueInteger) : '');
  return html`<div class="question">
    <label for=${id}>${item.text}${item.required ? html`<span aria-hidden="true"> *</span>` : nothing}</label>
    ${error}
    ${item.type === 'text'
      ? html`<textarea id=${id} rows="3" maxlength=${item.maxLength ?? nothing} .value=${value} ?required=${item.required}
          aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${invalid ? errorId : nothing} @input=${onInput}></textarea>`
      : html`<input id=${id} type="text" inputmode=${item.type === 'integer' ? 'numeric' : nothing} maxlength=${item.maxLength ?? nothing}
          .value=${value} ?required=${item.required} aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${invalid ? errorId : nothing} @input=${onInput} />`}
  </div>`;
}
