import { html, nothing } from 'lit';
import type { Assessment, CareBackend, Questionnaire, ReasonSummary, RedFlag } from '@nara/contract';
import type { QuestionnaireResponse } from '@nara/fhir';
import type { Locale } from '../base/locale.js';
import { contentLanguage } from '../base/content-language.js';
import { headingLevel } from '../controllers/heading-level.js';
import type { FormDraft, Step } from './form-draft.js';
import { renderEmergencyAdvice, renderEmergencyScreen } from './emergency-step.js';
import type { ReasonCombobox } from './reason-combobox.js';
import { renderQuestionsStep } from './questions-step.js';
import { renderReasonStep } from './reason-step.js';
import { answeredQuestions, renderReviewStep } from './review-step.js';
import { renderWhoStep, whoIssues } from './who-step.js';
import { whoText } from './assessment-request.js';
import type { SymptomFormStrings } from './strings.js';

/** The steps that count in "Steg 2 av 5". */
const NUMBERED: Step[] = ['screen', 'who', 'reason', 'questions', 'review'];

/** A step's heading (focus moves here on each new step), with "Steg n av 5" above it on the numbered steps. */
export function stepHeading(s: SymptomFormStrings, step: Step, level: number | undefined) {
  return (text: string) => {
    const number = NUMBERED.indexOf(step);
    return html`${number >= 0 ? html`<p class="step-of">${s.stepOf(number + 1, NUMBERED.length)}</p>` : nothing}
      <div class="step-heading" id="step-heading" role="heading" aria-level=${headingLevel(level)} tabindex="-1">${text}</div>`;
  };
}

/** What the form's current step is drawn from, and what its controls do. */
export interface FormStepView {
  s: SymptomFormStrings;
  draft: FormDraft;
  locale: Locale;
  /** Every red flag (the emergency screen's questions), once loaded. */
  flags: RedFlag[];
  /** The flags a screen asks now. */
  screenFlags: (screen: 'screen' | 'subject-screen') => RedFlag[];
  /** The flags answered yes. */
  flagsYes: RedFlag[];
  loadFailed: boolean;
  /** The who step shows its errors (after "Nästa"). */
  whoChecked: boolean;
  combobox: ReasonCombobox;
  reason?: ReasonSummary;
  questionnaire?: Questionnaire;
  prefill?: QuestionnaireResponse;
  backend?: CareBackend;
  headingLevel: number;
  submitting: boolean;
  submitError?: string;
  assessment?: Assessment;
  heading: (text: string) => unknown;
  onToggleFlag: (id: string, yes: boolean) => void;
  onNoFlags: (screen: 'screen' | 'subject-screen') => void;
  onUndoFlags: () => void;
  onPatch: (patch: Partial<FormDraft>) => void;
  onWhoNext: () => void;
  onChooseReason: (reason: ReasonSummary) => void;
  onQuestionsChange: (event: CustomEvent<{ response: QuestionnaireResponse }>) => void;
  onQuestionsDone: (event: CustomEvent<{ response: QuestionnaireResponse }>) => void;
  onEdit: (step: Step) => void;
  onGo: (step: Step) => void;
  onSubmit: () => void;
}

/** The form's current step: the emergency screen, who it is for, the reason, its questions, the review, the result. */
export function renderFormStep(v: FormStepView) {
  const { s, draft } = v;
  switch (draft.step) {
    case 'screen':
      // without the screen's questions (loading, or the backend is down) the way to 112 is still there
      if (!v.flags.length)
        return html`${v.loadFailed ? nothing : html`<p class="loading">${s.loading}</p>`}
          <p class="always-112">${s.alwaysCall112} <a href="tel:112" part="call-112">${s.call112}</a></p>`;
      return renderEmergencyScreen({ s, flags: v.screenFlags('screen'), content: contentLanguage(v.flags, v.locale), answers: draft.redFlags, heading: v.heading, onToggle: v.onToggleFlag, onNone: () => v.onNoFlags('screen') });
    case 'subject-screen':
      return renderEmergencyScreen({
        s, flags: v.screenFlags('subject-screen'), content: contentLanguage(v.flags, v.locale), answers: draft.redFlags, heading: v.heading, subjectScreen: draft.subject ?? 'self',
        onToggle: v.onToggleFlag, onNone: () => v.onNoFlags('subject-screen'),
      });
    case 'emergency':
      return renderEmergencyAdvice({ s, content: contentLanguage(v.flags, v.locale), met: v.flagsYes, heading: v.heading, onUndo: v.onUndoFlags });
    case 'who':
      return renderWhoStep({
        s,
        subject: draft.subject,
        ageYears: draft.ageYears,
        ageMonths: draft.ageMonths,
        issues: v.whoChecked ? whoIssues(s, draft.subject, draft.ageYears, draft.ageMonths) : {},
        heading: v.heading,
        onSubject: (subject) => v.onPatch({ subject }),
        onAge: (part, value) => v.onPatch({ [part]: value }),
        onNext: v.onWhoNext,
        onBack: () => v.onGo('screen'),
      });
    case 'reason':
      return renderReasonStep({ s, heading: v.heading, combobox: v.combobox, chosen: v.reason, onChoose: v.onChooseReason, onBack: () => v.onGo('who') });
    case 'questions':
      return renderQuestionsStep({
        s,
        heading: v.heading,
        reasonTitle: v.reason?.title,
        questionnaire: v.questionnaire,
        prefill: v.prefill,
        response: draft.response,
        backend: v.backend,
        locale: v.locale,
        headingLevel: v.headingLevel,
        failed: v.loadFailed,
        onChange: v.onQuestionsChange,
        onDone: v.onQuestionsDone,
        onBack: () => v.onGo('reason'),
      });
    case 'review':
      return renderReviewStep({
        s,
        heading: v.heading,
        flagsYes: v.flagsYes,
        who: whoText(s, draft),
        reason: v.reason?.title ?? '',
        answers: answeredQuestions(draft.response, s, v.locale),
        submitting: v.submitting,
        error: v.submitError,
        onEdit: v.onEdit,
        onSubmit: v.onSubmit,
        onBack: () => v.onEdit('questions'),
      });
    case 'result':
      return v.assessment ? html`<nara-triage-result .assessment=${v.assessment} locale=${v.locale} heading-level=${v.headingLevel}></nara-triage-result>` : nothing;
  }
}
