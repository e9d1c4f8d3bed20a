import { html } from 'lit';
import type { Outcome } from '@nara/contract';
import type { ErrandOutcome } from '@nara/contract/follow-up';
import type { DiagnosisCombobox } from './diagnosis-combobox.js';
import type { ErrandStrings } from './strings.js';

const OUTCOME_LIST: Outcome[] = ['advice', 'booked', 'prescription', 'referral', 'test-ordered', 'no-action', 'other'];

/**
 * What the close form says: the coded outcome (diagnoses, ATC codes, visit, referral, emergency, note)
 * when staff gave any of it, else the kind of ending chosen. Codes are checked by the server; a bad
 * one comes back as an error and the form keeps everything typed.
 */
export function readOutcome(root: ParentNode, diagnoses: DiagnosisCombobox): Outcome | ErrandOutcome {
  const field = <T extends HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(id: string) => root.querySelector<T>(`#${id}`)!;
  const checked = (id: string) => (field<HTMLInputElement>(id).checked ? true : undefined);
  const prescribed = field('close-atc').value.split(/[\s,;]+/).filter(Boolean).map((c) => c.toUpperCase());
  const note = field('close-note').value.trim();
  const flags = { visitBooked: checked('close-visit'), referral: checked('close-referral'), sentToEmergency: checked('close-emergency') };
  const kind = field('outcome').value as Outcome;
  if (diagnoses.chosen.length === 0 && prescribed.length === 0 && !note && !Object.values(flags).some(Boolean)) return kind;
  const coded: ErrandOutcome = { diagnosis: [...diagnoses.chosen], prescribed };
  for (const [key, value] of Object.entries(flags)) if (value) (coded as Record<string, unknown>)[key] = true;
  if (note) coded.note = note;
  return coded;
}

/** Clears the close form after the errand closed. */
export function resetCloseForm(root: ParentNode, diagnoses: DiagnosisCombobox): void {
  diagnoses.reset();
  root.querySelector<HTMLFormElement>('form.close')?.reset();
}

export function renderCloseForm(s: ErrandStrings, locale: string, diagnoses: DiagnosisCombobox, busy: boolean, onSubmit: (e: Event) => void) {
  return html`<form class="close" @submit=${onSubmit}>
    <fieldset>
      <legend>${s.closeLegend}</legend>
      <div class="field">
        <label for="outcome">${s.outcome}</label>
        <select id="outcome">
          ${OUTCOME_LIST.map((o) => html`<option value=${o}>${s.outcomes[o]}</option>`)}
        </select>
      </div>
      ${diagnoses.render(s.diagnosis, locale)}
      <div class="field">
        <label for="close-atc">${s.prescribed}</label>
        <p class="hint" id="close-atc-hint">${s.prescribedHint}</p>
        <input id="close-atc" type="text" autocomplete="off" spellcheck="false" aria-describedby="close-atc-hint" />
      </div>
      <div class="checks">
        <label><input id="close-visit" type="checkbox" /> ${s.visitBooked}</label>
        <label><input id="close-referral" type="checkbox" /> ${s.referral}</label>
        <label><input id="close-emergency" type="checkbox" /> ${s.sentToEmergency}</label>
      </div>
      <div class="field">
        <label for="close-note">${s.note}</label>
        <textarea id="close-note" maxlength="2000"></textarea>
      </div>
    </fieldset>
    <button class="button secondary" type="submit" ?disabled=${busy}>${s.close}</button>
  </form>`;
}
