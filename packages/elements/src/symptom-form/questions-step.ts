import { html, nothing } from 'lit';
import type { CareBackend, Questionnaire } from '@nara/contract';
import type { Locale } from '../base/locale.js';
import type { QuestionnaireResponse } from '@nara/fhir';
import type { SymptomFormStrings } from './strings.js';
import { headingLevel } from '../controllers/heading-level.js';
import { renderWrittenEmergency, writtenEmergency } from './written-emergency.js';

export interface QuestionsStepProps {
  s: SymptomFormStrings;
  heading: (text: string) => unknown;
  reasonTitle?: string;
  questionnaire?: Questionnaire;
  prefill?: QuestionnaireResponse;
  /** The answers so far: an emergency written in them shows the 112 advice at once. */
  response?: QuestionnaireResponse;
  backend?: CareBackend;
  locale: Locale;
  headingLevel: number;
  failed: boolean;
  onChange: (event: CustomEvent<{ response: QuestionnaireResponse }>) => void;
  onDone: (event: CustomEvent<{ response: QuestionnaireResponse }>) => void;
  onBack: () => void;
}

/** The reason's FHIR questionnaire, paged, by `nara-questionnaire`; its send button leads to the review. */
export function renderQuestionsStep(p: QuestionsStepProps) {
  const { s } = p;
  return html`${p.heading(p.reasonTitle ? s.questionsHeading(p.reasonTitle) : s.loading)}
    ${renderWrittenEmergency(writtenEmergency(p.response), s, p.locale === 'sv' ? 'sv' : 'en')}
    ${p.questionnaire
      ? html`<nara-questionnaire
          .questionnaire=${p.questionnaire}
          .response=${p.prefill}
          .backend=${p.backend}
          locale=${p.locale}
          paged
          no-title
          heading-level=${headingLevel(p.headingLevel, 1)}
          submit-label=${s.questionsContinue}
          @nara-change=${p.onChange}
          @nara-submit=${p.onDone}
        ></nara-questionnaire>`
      : p.failed
        ? nothing
        : html`<p class="loading">${s.loading}</p>`}
    <div class="actions">
      <button class="button secondary" type="button" data-action="back" @click=${p.onBack}>${s.back}</button>
    </div>`;
}
