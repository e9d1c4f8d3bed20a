import { html, nothing } from 'lit';
import type { QuestionnaireResponse } from '@nara/fhir';
import type { RedFlag } from '@nara/contract';
import type { Step } from './form-draft.js';
import type { SymptomFormStrings } from './strings.js';

export interface AnsweredQuestion {
  question: string;
  answer: string;
}

type ResponseItem = NonNullable<QuestionnaireResponse['item']>[number];
type ResponseAnswer = NonNullable<ResponseItem['answer']>[number];

function answerText(answer: ResponseAnswer, s: SymptomFormStrings, locale: string): string {
  // numbers as the patient writes them: "38,5" in Swedish
  const number = (n: number) => new Intl.NumberFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 2 }).format(n);
  if (answer.valueBoolean !== undefined) return answer.valueBoolean ? s.yes : s.no;
  if (answer.valueCoding) return answer.valueCoding.display ?? answer.valueCoding.code ?? '';
  if (answer.valueQuantity)
    return [answer.valueQuantity.value === undefined ? undefined : number(answer.valueQuantity.value), answer.valueQuantity.unit].filter((v) => v !== undefined).join(' ');
  if (answer.valueAttachment) return answer.valueAttachment.title ?? answer.valueAttachment.contentType ?? '';
  if (answer.valueInteger !== undefined) return number(answer.valueInteger);
  if (answer.valueDecimal !== undefined) return number(answer.valueDecimal);
  const plain = answer.valueString ?? answer.valueDate ?? answer.valueDateTime ?? answer.valueTime ?? answer.valueUri;
  return plain === undefined ? '' : String(plain);
}

/** The answered questions of a response, in order, nested groups flattened. */
export function answeredQuestions(response: QuestionnaireResponse | undefined, s: SymptomFormStrings, locale = 'sv'): AnsweredQuestion[] {
  const out: AnsweredQuestion[] = [];
  const walk = (items: ResponseItem[] | undefined) => {
    for (const item of items ?? []) {
      const answers = (item.answer ?? []).map((a) => answerText(a, s, locale)).filter(Boolean);
      if (answers.length) out.push({ question: item.text ?? item.linkId, answer: answers.join(', ') });
      item.answer?.forEach((a) => walk(a.item));
      walk(item.item);
    }
  };
  walk(response?.item);
  return out;
}

export interface ReviewStepProps {
  s: SymptomFormStrings;
  heading: (text: string) => unknown;
  flagsYes: RedFlag[];
  who: string;
  reason: string;
  answers: AnsweredQuestion[];
  submitting: boolean;
  error?: string;
  onEdit: (step: Step) => void;
  onSubmit: () => void;
  onBack: () => void;
}

/** Everything answered, with a link back to each step, and the send button. */
export function renderReviewStep(p: ReviewStepProps) {
  const { s } = p;
  const edit = (step: Step, what: string) =>
    html`<button class="button quiet edit" type="button" data-edit=${step} aria-label=${s.editWhat(what)} ?disabled=${p.submitting} @click=${() => p.onEdit(step)}>${s.edit}</button>`;
  return html`${p.heading(s.reviewHeading)}
    <dl class="review">
      <div class="review-row">
        <dt>${s.reviewEmergency}</dt>
        <dd><span class="value">${p.flagsYes.length ? p.flagsYes.map((f) => f.question).join(', ') : s.reviewEmergencyNone}</span>${edit('screen', s.reviewEmergency)}</dd>
      </div>
      <div class="review-row">
        <dt>${s.reviewWho}</dt>
        <dd><span class="value">${p.who}</span>${edit('who', s.reviewWho)}</dd>
      </div>
      <div class="review-row">
        <dt>${s.reviewReason}</dt>
        <dd><span class="value">${p.reason}</span>${edit('reason', s.reviewReason)}</dd>
      </div>
      <div class="review-row">
        <dt>${s.reviewAnswers}</dt>
        <dd>
          <span class="value"
            >${p.answers.length
              ? html`<dl class="answers">
                  ${p.answers.map((a) => html`<div><dt>${a.question}</dt><dd>${a.answer}</dd></div>`)}
                </dl>`
              : s.noAnswers}</span
          >${edit('questions', s.reviewAnswers)}
        </dd>
      </div>
    </dl>
    ${p.error
      ? html`<div class="alert" role="alert" part="error">
          <p>${p.error} ${s.submitFailed}</p>
          <button class="button secondary" type="button" data-action="retry" @click=${p.onSubmit}>${s.retry}</button>
        </div>`
      : nothing}
    <div class="actions">
      <button class="button" type="button" data-action="submit" ?disabled=${p.submitting} @click=${p.onSubmit}>${p.submitting ? s.submitting : s.submit}</button>
      <button class="button secondary" type="button" data-action="back" ?disabled=${p.submitting} @click=${p.onBack}>${s.back}</button>
    </div>`;
}
