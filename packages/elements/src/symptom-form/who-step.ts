import { html, nothing } from 'lit';
import type { SymptomFormStrings } from './strings.js';

export interface WhoIssues {
  subject?: string;
  years?: string;
  months?: string;
}

export interface WhoStepProps {
  s: SymptomFormStrings;
  subject?: 'self' | 'child';
  ageYears: string;
  ageMonths: string;
  issues: WhoIssues;
  heading: (text: string) => unknown;
  onSubject: (subject: 'self' | 'child') => void;
  onAge: (part: 'ageYears' | 'ageMonths', value: string) => void;
  onNext: () => void;
  onBack: () => void;
}

/** Parses the child's age; undefined when it is not a valid age under 18. */
export function ageInMonths(years: string, months: string): number | undefined {
  const y = years.trim();
  const m = months.trim() || '0';
  if (!/^\d{1,2}$/.test(y) || !/^\d{1,2}$/.test(m)) return undefined;
  const total = Number(y) * 12 + Number(m);
  return Number(y) <= 17 && Number(m) <= 11 ? total : undefined;
}

export function whoIssues(s: SymptomFormStrings, subject: 'self' | 'child' | undefined, years: string, months: string): WhoIssues {
  if (!subject) return { subject: s.whoMissing };
  if (subject === 'self') return {};
  const issues: WhoIssues = {};
  if (!/^\d{1,2}$/.test(years.trim()) || Number(years) > 17) issues.years = s.yearsInvalid;
  if (months.trim() && (!/^\d{1,2}$/.test(months.trim()) || Number(months) > 11)) issues.months = s.monthsInvalid;
  return issues;
}

/** Who the errand is for: oneself, or a child the guardian speaks for, with the child's age. */
export function renderWhoStep(p: WhoStepProps) {
  const { s, issues } = p;
  const list = Object.entries(issues).filter(([, message]) => message) as [keyof WhoIssues, string][];
  const target = { subject: 'who-self', years: 'age-years', months: 'age-months' };
  return html`${p.heading(s.whoHeading)}
    ${list.length
      ? html`<div class="error-summary" role="alert" tabindex="-1">
          <h3>${s.errorSummary}</h3>
          <ul>
            ${list.map(([key, message]) => html`<li><a href=${`#${target[key]}`} data-target=${target[key]}>${message}</a></li>`)}
          </ul>
        </div>`
      : nothing}
    <fieldset class="choices" aria-invalid=${issues.subject ? 'true' : 'false'} aria-describedby=${issues.subject ? 'who-error' : nothing}>
      <legend>${s.whoLegend}</legend>
      ${issues.subject ? html`<p class="field-error" id="who-error">${issues.subject}</p>` : nothing}
      <div class="radio">
        <input type="radio" name="who" id="who-self" value="self" .checked=${p.subject === 'self'} @change=${() => p.onSubject('self')} />
        <label for="who-self">${s.whoSelf}</label>
      </div>
      <div class="radio">
        <input type="radio" name="who" id="who-child" value="child" .checked=${p.subject === 'child'} @change=${() => p.onSubject('child')} />
        <label for="who-child">${s.whoChild}</label>
      </div>
    </fieldset>
    ${p.subject === 'child'
      ? html`<fieldset class="age" aria-describedby="age-hint">
          <legend>${s.childAge}</legend>
          <p class="hint" id="age-hint">${s.ageHint}</p>
          <div class="age-fields">
            ${field('age-years', s.ageYears, p.ageYears, issues.years, (v) => p.onAge('ageYears', v))}
            ${field('age-months', s.ageMonths, p.ageMonths, issues.months, (v) => p.onAge('ageMonths', v))}
          </div>
        </fieldset>`
      : nothing}
    <div class="actions">
      <button class="button" type="button" data-action="next" @click=${p.onNext}>${s.next}</button>
      <button class="button secondary" type="button" data-action="back" @click=${p.onBack}>${s.back}</button>
    </div>`;
}

function field(id: string, label: string, value: string, issue: string | undefined, onInput: (value: string) => void) {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    ${issue ? html`<p class="field-error" id=${`${id}-error`}>${issue}</p>` : nothing}
    <input
      id=${id}
      type="text"
      inputmode="numeric"
      autocomplete="off"
      size="3"
      maxlength="2"
      .value=${value}
      aria-invalid=${issue ? 'true' : 'false'}
      aria-describedby=${issue ? `${id}-error` : nothing}
      @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)}
    />
  </div>`;
}
