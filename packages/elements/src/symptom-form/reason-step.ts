import { html, nothing } from 'lit';
import type { ReasonSummary } from '@nara/contract';
import { icon } from '../icons/icons.js';
import type { ReasonCombobox } from './reason-combobox.js';
import type { SymptomFormStrings } from './strings.js';

/** The catalogue's "something else" reasons: the fallback when nothing fits. */
export const SOMETHING_ELSE = { medical: 'annat-medicinskt', administrative: 'annat-administrativt' };
const QUICK_PICKS = 6;

export interface ReasonStepProps {
  s: SymptomFormStrings;
  heading: (text: string) => unknown;
  combobox: ReasonCombobox;
  chosen?: ReasonSummary;
  onChoose: (reason: ReasonSummary) => void;
  onBack: () => void;
}

/** Search, the most common reasons, administrative errands apart, and "something else". */
export function renderReasonStep({ s, heading, combobox, chosen, onChoose, onBack }: ReasonStepProps) {
  const allowed = combobox.allowed();
  const byPopularity = [...allowed].sort((a, b) => a.popularity - b.popularity);
  const isFallback = (r: ReasonSummary) => r.id === SOMETHING_ELSE.medical || r.id === SOMETHING_ELSE.administrative;
  const common = byPopularity.filter((r) => r.category === 'medical' && !isFallback(r)).slice(0, QUICK_PICKS);
  const administrative = byPopularity.filter((r) => r.category === 'administrative');
  const somethingElse = allowed.find((r) => r.id === SOMETHING_ELSE.medical);
  const pick = (r: ReasonSummary, label = r.title) =>
    html`<li><button class="button secondary pick" type="button" data-reason=${r.id} aria-pressed=${chosen?.id === r.id ? 'true' : 'false'} @click=${() => onChoose(r)}>${label}</button></li>`;
  return html`${heading(s.reasonHeading)}
    ${chosen ? html`<p class="chosen">${s.chosenReason(chosen.title)}</p>` : nothing}
    ${combobox.render(s)}
    <div class="group" role="group" aria-labelledby="common-heading">
      <h3 id="common-heading">${s.common}</h3>
      <ul class="picks">
        ${common.map((r) => pick(r))}
      </ul>
    </div>
    ${somethingElse
      ? html`<ul class="picks fallback">
          ${pick(somethingElse, s.somethingElse)}
        </ul>`
      : nothing}
    ${administrative.length
      ? html`<details class="administrative">
          <summary>${icon('chevron', 'icon marker')}<span>${s.administrative}</span></summary>
          <p class="hint">${s.administrativeHint}</p>
          <ul class="picks">
            ${administrative.map((r) => pick(r))}
          </ul>
        </details>`
      : nothing}
    <div class="actions">
      <button class="button secondary" type="button" data-action="back" @click=${onBack}>${s.back}</button>
    </div>`;
}
