import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Assessment, RecommendedAction, Urgency } from '@nara/contract';
import { NaraElement } from '../base/nara-element.js';
import { icon, type UiIcon } from '../icons/icons.js';
import type { Icon } from '@nara/contract';
import { base, tokens } from '../styles/tokens.js';
import { styles } from './triage-result.styles.js';
import { strings } from './strings.js';

const URGENCY_ICON: Record<Urgency, Icon | UiIcon> = {
  emergency: 'emergency',
  urgent: 'alert',
  soon: 'calendar',
  routine: 'clinic',
  'self-care': 'self-care',
};

const ACTION_ICON: Record<RecommendedAction['action'], Icon | UiIcon> = {
  'call-112': 'phone',
  'call-1177': 'phone',
  chat: 'chat',
  book: 'calendar',
  'self-care': 'self-care',
};

/**
 * @tagname nara-triage-result
 * @summary The outcome of an assessment: how urgent (text and icon, never colour alone), why, what to
 * do now, "if you get worse…", who handles it, and the demo notice. An emergency offers `tel:112` first.
 *
 * @fires nara-action - A next step was chosen. Detail: `{ action, visitType, profession, assessmentId }`.
 * Call links fire it too, then dial.
 *
 * @csspart urgency - The urgency line.
 * @csspart call-112 - The `tel:112` link of an emergency.
 * @csspart actions - The list of next steps.
 * @csspart notice - The demo-content notice.
 *
 * @cssprop --nara-color-danger - Emergency.
 * @cssprop --nara-color-warning - Urgent.
 * @cssprop --nara-color-primary - Buttons.
 */
export class NaraTriageResult extends NaraElement {
  static override styles = [tokens, base, styles];

  /** The assessment to show (from `POST /v1/assessments` or `nara-assessment`). */
  @property({ attribute: false }) assessment?: Assessment;

  /** The level of the main heading; sections go one deeper. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  private get s() {
    return strings[this.lang_];
  }

  /** Moves focus to the result's heading (the symptom form does this when the result appears). */
  override focus(): void {
    this.renderRoot.querySelector<HTMLElement>('#result-heading')?.focus();
  }

  private heading(text: string, id: string, deeper = 0) {
    const level = Math.min(6, Math.max(1, this.headingLevel + deeper));
    return html`<div role="heading" aria-level=${level} id=${id} class=${deeper ? 'subheading' : 'heading'} tabindex="-1">${text}</div>`;
  }

  private choose(action: RecommendedAction) {
    const a = this.assessment!;
    this.emit('nara-action', { action: action.action, visitType: action.visitType, profession: action.profession ?? a.profession, assessmentId: a.id });
    if (action.action === 'self-care') this.renderRoot.querySelector<HTMLElement>('#self-care-heading')?.focus();
  }

  private actionLabel(action: RecommendedAction): string {
    const s = this.s;
    switch (action.action) {
      case 'call-112':
        return s.call112;
      case 'call-1177':
        return s.call1177;
      case 'chat':
        return s.chat(s.profession[action.profession ?? this.assessment!.profession]);
      case 'book':
        return s.book(s.visit[action.visitType ?? 'physical']);
      case 'self-care':
        return s.selfCare;
    }
  }

  private renderAction(action: RecommendedAction, index: number) {
    const label = this.actionLabel(action);
    const primary = index === 0 ? '' : ' secondary';
    const content = html`${icon(ACTION_ICON[action.action])}<span>${label}</span>`;
    if (action.action === 'call-112' || action.action === 'call-1177') {
      const danger = action.action === 'call-112' ? ' danger' : '';
      return html`<li><a class=${`button${danger || primary}`} href=${action.action === 'call-112' ? 'tel:112' : 'tel:1177'} data-action=${action.action} @click=${() => this.choose(action)}>${content}</a></li>`;
    }
    if (action.action === 'self-care' && !this.assessment!.selfCare.length) return nothing;
    return html`<li><button class=${`button${primary}`} type="button" data-action=${action.action} data-visit-type=${action.visitType ?? nothing} @click=${() => this.choose(action)}>${content}</button></li>`;
  }

  override render() {
    const a = this.assessment;
    const s = this.s;
    if (!a) return html`<p>${s.empty}</p>`;
    const emergency = a.urgency === 'emergency';
    // an emergency always offers 112 first, whatever order the backend sent
    const actions = emergency ? [{ action: 'call-112' as const }, ...a.actions.filter((x) => x.action !== 'call-112')] : a.actions;
    return html`<article class=${`result ${a.urgency}`} aria-labelledby="result-heading" data-urgency=${a.urgency}>
      ${this.heading(emergency ? s.urgency.emergency : s.heading, 'result-heading')}
      ${emergency
        ? html`<div class="emergency-panel">
            <a class="button danger call" href="tel:112" part="call-112" data-action="call-112" @click=${() => this.choose({ action: 'call-112' })}>${icon('phone')}<span>${s.call112}</span></a>
            <p>${s.emergencyText}</p>
            ${a.redFlagsMet.length
              ? html`<p>${s.redFlagsMet}</p>
                  <ul>
                    ${a.redFlagsMet.map((f) => html`<li>${f.text}</li>`)}
                  </ul>`
              : nothing}
          </div>`
        : nothing}
      <p class="urgency" part="urgency">
        ${icon(URGENCY_ICON[a.urgency], 'icon urgency-icon')}
        <span><span class="label">${s.urgencyLabel}:</span> <strong>${s.urgency[a.urgency]}</strong></span>
      </p>
      ${a.demo ? html`<p class="notice" part="notice">${icon('alert')}<span>${a.notice ?? s.demo}</span></p>` : nothing}
      <section aria-labelledby="next-heading">
        ${this.heading(s.next, 'next-heading', 1)}
        <ul class="actions" part="actions">
          ${(emergency ? actions.slice(1) : actions).map((action, i) => this.renderAction(action, emergency ? i + 1 : i))}
        </ul>
      </section>
      ${a.why.length
        ? html`<section aria-labelledby="why-heading">
            ${this.heading(s.why, 'why-heading', 1)}
            <ul class="why">
              ${a.why.map(
                (w) => html`<li>
                  ${w.text}
                  ${w.answers.length ? html`<ul class="because">${w.answers.map((ans) => html`<li>${s.yourAnswer(ans.question, ans.answer)}</li>`)}</ul>` : nothing}
                </li>`,
              )}
            </ul>
          </section>`
        : nothing}
      ${a.selfCare.length
        ? html`<section aria-labelledby="self-care-heading">
            ${this.heading(s.selfCareHeading, 'self-care-heading', 1)}
            <ul class="self-care">
              ${a.selfCare.map((line) => html`<li>${line}</li>`)}
            </ul>
          </section>`
        : nothing}
      <section aria-labelledby="safety-heading" class="safety-net">
        ${this.heading(s.safetyNet, 'safety-heading', 1)}
        <p>${a.safetyNet}</p>
      </section>
      <p class="handled-by"><span class="label">${s.handledBy}:</span> ${s.profession[a.profession]}</p>
    </article>`;
  }
}
