import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Assessment, CareBackend, Profession } from '@nara/contract';
import { headingLevel } from '../controllers/heading-level.js';
import { icon } from '../icons/icons.js';
import type { JourneyState } from './journey-history.js';
import type { strings } from './strings.js';

export { whenHeadingShows } from './step-heading.js';
export { stepStyles } from './journey-steps.styles.js';

type VisitType = 'physical' | 'video' | 'phone';
type JourneyStrings = (typeof strings)['sv'];

/** What a step's markup needs from the journey. */
export interface StepHost {
  /** Attributes the steps' elements share with the journey, so a single journey tag works alone. */
  shared: { api?: string; demo: boolean; clinic?: string; locale: string; backend?: CareBackend; signIn?: string };
  s: JourneyStrings;
  reason?: string;
  headingLevel: number;
  assessment?: Assessment;
  go(next: JourneyState): void;
  onAssessment(event: CustomEvent<{ assessment: Assessment }>): void;
  onConversation(event: CustomEvent<{ conversationId: string }>): void;
  onCancel(): void;
}

/** A step's action from the triage result: chat, booking or self-care (112, 1177 and the emergency department are links). */
function onAction(host: StepHost, event: CustomEvent<{ action: string; visitType?: VisitType; profession?: Profession; assessmentId?: string }>) {
  const { action, visitType, profession, assessmentId } = event.detail;
  if (action === 'chat') host.go({ step: 'chat', profession, assessmentId });
  else if (action === 'book') host.go({ step: 'booking', visitType, profession, assessmentId });
  else if (action === 'self-care') host.go({ step: 'self-care' });
}

/**
 * The markup of every step after the menu, loaded with the first step's element (step-elements.ts):
 * the menu shows without it.
 */
export function renderStep(host: StepHost, c: JourneyState): TemplateResult | typeof nothing {
  const { shared: x, s } = host;
  const level = headingLevel(host.headingLevel, 1);
  switch (c.step) {
    case 'form':
      return html`<nara-symptom-form
        api=${ifDefined(x.api)} ?demo=${x.demo} clinic=${ifDefined(x.clinic)} locale=${x.locale} .backend=${x.backend} signin-url=${ifDefined(x.signIn)}
        reason=${ifDefined(host.reason)} heading-level=${level}
        @nara-assessment=${host.onAssessment} @nara-cancel=${host.onCancel}
      ></nara-symptom-form>`;
    case 'result':
      return html`<nara-triage-result locale=${x.locale} heading-level=${level} .assessment=${host.assessment} @nara-action=${(e: CustomEvent) => onAction(host, e)}></nara-triage-result>`;
    case 'chat':
      return html`<nara-chat-panel
        api=${ifDefined(x.api)} ?demo=${x.demo} clinic=${ifDefined(x.clinic)} locale=${x.locale} .backend=${x.backend} signin-url=${ifDefined(x.signIn)}
        profession=${ifDefined(c.profession)} assessment-id=${ifDefined(c.assessmentId)} conversation=${ifDefined(c.conversation)}
        heading-level=${headingLevel(host.headingLevel)}
        @nara-conversation=${host.onConversation}
      ></nara-chat-panel>`;
    case 'booking':
    case 'my-bookings': {
      const b: Partial<Extract<JourneyState, { step: 'booking' }>> = c.step === 'booking' ? c : {};
      return html`<nara-booking-picker
        api=${ifDefined(x.api)} ?demo=${x.demo} clinic=${ifDefined(x.clinic)} locale=${x.locale} .backend=${x.backend} signin-url=${ifDefined(x.signIn)}
        visit-type=${ifDefined(b.visitType)} profession=${ifDefined(b.profession)} assessment-id=${ifDefined(b.assessmentId)}
        initial-view=${c.step === 'my-bookings' ? 'my-bookings' : 'book'} heading-level=${headingLevel(host.headingLevel)}
      ></nara-booking-picker>`;
    }
    case 'self-care':
      return renderSelfCare(host, host.assessment!);
    case 'emergency':
      return html`<div class="emergency" role="alert">
          <p>${s.emergencyText}</p>
          <a class="button danger call" href="tel:112">${icon('phone')}${s.call112}</a>
        </div>
        <p><a class="button secondary" href="tel:1177">${icon('phone')}${s.call1177}</a></p>`;
    default:
      return nothing; // the menu is the journey's own
  }
}

function renderSelfCare(host: StepHost, a: Assessment) {
  const s = host.s;
  return html`<ul class="advice">${a.selfCare.map((line) => html`<li>${line}</li>`)}</ul>
    <p class="safety-net">${a.safetyNet}</p>
    ${a.demo ? html`<p class="demo">${s.demoNotice}</p>` : nothing}
    <p>${s.selfCareStillWorried}</p>
    <div class="actions">
      <button class="button" type="button" @click=${() => host.go({ step: 'chat', profession: 'nurse', assessmentId: a.id })}>${icon('chat')}${s.chatAnyway}</button>
      <a class="button secondary" href="tel:1177">${icon('phone')}${s.call1177}</a>
    </div>`;
}
