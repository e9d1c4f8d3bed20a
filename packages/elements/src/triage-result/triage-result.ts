import { html, nothing, type PropertyDeclarations } from 'lit';
import type { Assessment, RecommendedAction, Urgency } from '@nara/contract';
import { LocalizedElement } from '../base/localized-element.js';
import { contentLanguage, contentNote } from '../base/content-language.js';
import { icon } from '../icons/icons.js';
import { headingLevel } from '../controllers/heading-level.js';
import { base, tokens } from '../styles/tokens.js';
import { strings } from './strings.js';
import type { NaraEventDetails } from '../events.js';
import { resultStyles } from './triage-result.styles.js';

const URGENCY_ICON = { emergency: 'emergency', 'emergency-department': 'clinic', urgent: 'alert', soon: 'calendar', routine: 'calendar', 'self-care': 'self-care' } as const;

/** Where 1177 Vårdguiden lists emergency departments ("Hitta vård"). */
export const FIND_EMERGENCY_DEPARTMENT = 'https://www.1177.se/hitta-vard/';

/**
 * @tagname nara-triage-result
 * @summary The outcome of a symptom assessment: urgency in words and with an icon (never colour alone),
 * why, what to do next, self-care advice and safety-netting. An emergency shows only "call 112"; the
 * emergency-department level says "go to the emergency department now" with 1177's directory of where to go.
 *
 * @fires nara-action - A next step was chosen. Detail: `{ action, visitType?, profession?, urgency, assessmentId, reasonId }`.
 * The `call-112` and `call-1177` steps are `tel:` links: the event fires and the call goes ahead.
 *
 * @csspart banner - The urgency banner.
 * @csspart title - The urgency in words (focus moves here with `focus()`).
 * @csspart actions - The list of next steps.
 * @csspart why - The explanation.
 * @csspart self-care - The self-care advice.
 * @csspart safety-net - "If you get worse".
 *
 * @cssprop --nara-color-danger - Emergency colour.
 * @cssprop --nara-color-warning - Urgent colour.
 * @cssprop --nara-color-success - Self-care colour.
 * @cssprop --nara-color-primary - Soon and routine colour, buttons.
 */
export class NaraTriageResult extends LocalizedElement {
  static override properties: PropertyDeclarations = {
    assessment: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };
  static override styles = [tokens, base, resultStyles];

  /** The assessment to show, as `POST /v1/assessments` (or `backend.assess()`) answered it. */
  assessment?: Assessment;

  /** The level (1–6) of the urgency heading; section headings are one below. */
  headingLevel = 2;

  private get s() {
    return strings[this.lang_];
  }

  /** Moves focus to the urgency, so a screen reader reads the outcome first. */
  override focus(options?: FocusOptions): void {
    const title = this.renderRoot.querySelector<HTMLElement>('.title');
    if (title) title.focus(options);
    else super.focus(options);
  }

  private choose(action: RecommendedAction) {
    const a = this.assessment!;
    const detail: NaraEventDetails['nara-action'] = { ...action, urgency: a.urgency, assessmentId: a.id, reasonId: a.reasonId };
    this.dispatchEvent(new CustomEvent('nara-action', { detail, bubbles: true, composed: true }));
  }

  private label(action: RecommendedAction): string {
    const s = this.s;
    const who = action.profession ? s.withProfession[action.profession] : undefined;
    switch (action.action) {
      case 'call-112':
        return s.call112;
      case 'call-1177':
        return s.call1177;
      case 'emergency-department':
        return s.emergencyDepartment;
      case 'chat':
        return who ? s.chat(who) : s.chatAnyone;
      case 'self-care':
        return s.selfCareDone;
      case 'book':
        if (!who) return s.bookAnyone;
        return action.visitType === 'video' ? s.video(who) : action.visitType === 'phone' ? s.phone(who) : s.physical(who);
    }
  }

  private renderAction(action: RecommendedAction, index: number) {
    const label = this.label(action);
    const a = action.action;
    const href = a === 'call-112' ? 'tel:112' : a === 'call-1177' ? 'tel:1177' : a === 'emergency-department' ? FIND_EMERGENCY_DEPARTMENT : '';
    if (href) {
      return html`<li>
        <a class="button ${a === 'call-1177' ? 'secondary' : 'danger'}" href=${href} @click=${() => this.choose(action)}>${icon(a === 'call-1177' || a === 'call-112' ? 'phone' : 'clinic')}${label}</a>
      </li>`;
    }
    const kind = action.action === 'chat' ? 'chat' : action.action === 'self-care' ? 'self-care' : action.visitType === 'video' ? 'video' : action.visitType === 'phone' ? 'phone' : 'calendar';
    return html`<li>
      <button class="button ${index === 0 ? '' : 'secondary'}" type="button" @click=${() => this.choose(action)}>${icon(kind)}${label}</button>
      ${action.note ? html`<p>${action.note}</p>` : nothing}
    </li>`;
  }

  private sectionHeading(text: string) {
    return html`<div class="section-heading" role="heading" aria-level=${headingLevel(this.level, 1)}>${text}</div>`;
  }

  private get level() {
    return headingLevel(this.headingLevel);
  }

  override render() {
    const a = this.assessment;
    if (!a) return nothing;
    const s = this.s;
    const urgency: Urgency = a.urgency;
    const emergency = urgency === 'emergency';
    // the advice may be in Swedish when the backend lacks the element's language: marked, and said so
    const c = contentLanguage(a, this.lang_);
    const lang = c.lang ?? nothing;
    const dir = c.dir ?? nothing;
    const department = urgency === 'emergency-department';
    return html`<article class="result" data-urgency=${urgency} aria-labelledby="title">
      <div class="banner" part="banner" role=${emergency || department ? 'alert' : nothing}>
        ${icon(URGENCY_ICON[urgency])}
        <div>
          <div class="title" id="title" part="title" role="heading" aria-level=${this.level} tabindex="-1">
            <span class="visually-hidden">${s.assessment}: </span>${s.title[urgency]}
          </div>
          <p class="lead">${s.lead[urgency]}</p>
        </div>
      </div>

      <section aria-label=${s.next}>
        ${this.sectionHeading(s.next)}
        <ul class="actions" part="actions">
          ${a.actions.map((action, i) => this.renderAction(action, i))}
        </ul>
      </section>

      ${(emergency || department) && a.redFlagsMet.length
        ? html`<section>
            ${this.sectionHeading(emergency ? s.redFlags : s.warningSigns)}
            <ul lang=${lang} dir=${dir}>
              ${a.redFlagsMet.map((flag) => html`<li>${flag.text}</li>`)}
            </ul>
          </section>`
        : nothing}
      ${a.selfCare.length
        ? html`<section part="self-care">
            ${this.sectionHeading(emergency || department ? s.whileWaiting : s.selfCare)}
            ${contentNote(c)}
            <ul lang=${lang} dir=${dir}>
              ${a.selfCare.map((advice) => html`<li>${advice}</li>`)}
            </ul>
          </section>`
        : nothing}

      <section part="safety-net">
        ${this.sectionHeading(s.safetyNet)}
        <p lang=${lang} dir=${dir}>${a.safetyNet}</p>
      </section>

      ${a.why.length
        ? html`<section part="why">
            ${this.sectionHeading(s.why)}
            <ul lang=${lang} dir=${dir}>
              ${a.why.map(
                (line) => html`<li>
                  ${line.text}
                  ${line.answers.length
                    ? html`<ul class="answers" aria-label=${s.yourAnswers}>
                        ${line.answers.map((answer) => html`<li>${answer.question}${/[?:.!]$/.test(answer.question.trim()) ? ' ' : ': '}<strong>${answer.answer}</strong></li>`)}
                      </ul>`
                    : nothing}
                </li>`,
              )}
            </ul>
          </section>`
        : nothing}

      <div class="meta">
        ${emergency ? nothing : html`<p>${s.handledBy}: ${s.profession[a.profession]}</p>`}
        ${a.demo ? (a.notice ? html`<p lang=${lang} dir=${dir}>${a.notice}</p>` : html`<p>${s.demo}</p>`) : nothing}
      </div>
    </article>`;
  }
}
