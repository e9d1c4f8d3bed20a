import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { Assessment, CareBackend, NaraError, Questionnaire, ReasonSummary, RedFlag } from '@nara/contract';
import type { QuestionnaireResponse } from '@nara/fhir';
import { NaraElement } from '../base/nara-element.js';
import { BackendReload } from '../controllers/backend-reload.js';
import { FocusAfterRender } from '../controllers/focus-after-render.js';
import { LiveAnnouncer } from '../controllers/live-announcer.js';
import { errorAlert } from '../base/error-alert.js';
import { base, tokens } from '../styles/tokens.js';
import { DraftStorage, emptyDraft, type FormDraft, type Step } from './form-draft.js';
import { flagsToAsk } from './emergency-step.js';
import { ReasonCombobox } from './reason-combobox.js';
import { whoIssues } from './who-step.js';
import { assessmentRequest } from './assessment-request.js';
import { renderFormStep, stepHeading } from './form-steps.js';
import { strings } from './strings.js';
import { styles } from './symptom-form.styles.js';
import { NaraTriageResult } from '../triage-result/triage-result.js';
import { NaraQuestionnaire, preloadSlider } from '../questionnaire/questionnaire.js';

/**
 * @tagname nara-symptom-form
 * @summary Describe an errand: the emergency screen first (any red flag → call 112), who it is for
 * (oneself or a child), the contact reason (searchable combobox, common reasons, administrative
 * errands, "something else"), the reason's questionnaire, review, send. Shows the triage result.
 *
 * @dependency nara-triage-result
 * @dependency nara-questionnaire
 *
 * @fires nara-emergency - The 112 advice is shown: a red flag was answered yes on the screen, or the assessment
 * came back as an emergency. Detail: `{ redFlags }` (ids).
 * @fires nara-submit - The errand is about to be sent. Detail: `{ request, response }`.
 * @fires nara-assessment - The backend assessed it. Detail: `{ assessment }`. Cancel it to show the result yourself.
 * @fires nara-cancel - The person cancelled; the draft is gone.
 * @fires nara-action - A next step of the shown result was chosen (from `nara-triage-result`).
 * @fires nara-error - Loading or sending failed. Detail: `{ code, message }`.
 * @fires nara-auth-required - The backend needs the person to sign in. Detail: `{ retry }`.
 *
 * @csspart emergency - The call-112 advice.
 * @csspart call-112 - The `tel:112` link.
 * @csspart written-emergency - The call-112 advice shown while the patient writes an emergency in an answer.
 * @csspart listbox - The reason search's suggestions.
 * @csspart error - An error message.
 *
 * @cssprop --nara-color-danger - The emergency advice.
 * @cssprop --nara-color-primary - Buttons and the chosen option.
 */
export class NaraSymptomForm extends NaraElement {
  static override properties: PropertyDeclarations = {
    reason: {},
    subject: {},
    audience: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    draft: { state: true, attribute: false },
    flags: { state: true, attribute: false },
    questionnaire: { state: true, attribute: false },
    loadError: { state: true, attribute: false },
    submitError: { state: true, attribute: false },
    submitting: { state: true, attribute: false },
    whoChecked: { state: true, attribute: false },
    assessment: { state: true, attribute: false },
    resolvedBackend: { state: true, attribute: false },
  };
  static override styles = [tokens, base, styles];
  static override dependencies = { 'nara-triage-result': NaraTriageResult, 'nara-questionnaire': NaraQuestionnaire };

  /** Start at this contact reason (its id): the reason step is answered already. */
  reason?: string;

  /** Preset who it is for: `self` or `child` (the who step is then pre-answered). */
  subject?: 'self' | 'child';

  /** `child` for a child-health (BVC) entry: the form is for a child. `adult` for oneself. */
  audience?: 'adult' | 'child';

  /** The level of each step's heading. */
  headingLevel = 2;

  private draft: FormDraft = emptyDraft();
  private flags: RedFlag[] = [];
  private questionnaire?: Questionnaire;
  private loadError?: NaraError;
  private submitError?: NaraError;
  private submitting = false;
  private whoChecked = false;
  private assessment?: Assessment;
  /** The backend in force, handed to the questionnaire so attachments go to the same place. */
  private resolvedBackend?: CareBackend;

  private readonly drafts = new DraftStorage(() => this.clinicId);
  private readonly combobox = new ReasonCombobox(this, () => this.draft.subject, (reason) => this.chooseReason(reason), () => (this.lang_ === 'en' ? 'en' : 'sv')); // the catalogue and its search speak Swedish and English
  private loading?: Promise<void>;
  private questionnaireFor?: string;
  private prefill?: QuestionnaireResponse;
  private readonly focusNext = new FocusAfterRender(this);
  private readonly live = new LiveAnnouncer(this);
  protected readonly source = new BackendReload(this, {
    load: () => {
      this.questionnaireFor = undefined;
      this.loading = this.load();
      if (this.draft.step === 'questions' || this.draft.step === 'review') void this.loadQuestionnaire();
    },
  });
  private restored = false;

  private get s() {
    return strings[this.lang_];
  }

  private get presetSubject(): 'self' | 'child' | undefined {
    return this.subject ?? (this.audience === 'child' ? 'child' : this.audience === 'adult' ? 'self' : undefined);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.restored) return;
    this.restored = true;
    const saved = this.drafts.load();
    if (saved && saved.step !== 'result') {
      this.draft = saved;
      this.prefill = saved.response;
      this.live.announce(this.s.draftRestored);
    } else this.draft = { ...emptyDraft(), subject: this.presetSubject };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('reason') && this.reason && !this.draft.reasonId) this.draft = { ...this.draft, reasonId: this.reason };
    if ((changed.has('subject') || changed.has('audience')) && !this.draft.subject && this.presetSubject) this.draft = { ...this.draft, subject: this.presetSubject };
    if (this.draft.step === 'questions' || this.draft.step === 'review') void this.loadQuestionnaire();
  }

  protected override updated(): void {
    if (this.draft.step !== 'result') this.drafts.save(this.draft);
  }

  /** Loads the emergency screen and the clinic's reason catalogue. */
  async load(): Promise<void> {
    const latest = this.source.begin();
    this.loadError = undefined;
    try {
      const backend = await this.getBackend();
      if (latest()) this.resolvedBackend = backend;
      const locale = this.lang_;
      const [flags, reasons] = await Promise.all([backend.getRedFlags(undefined, { locale }), backend.listReasons(this.clinicId, { locale })]);
      if (!latest()) return;
      this.flags = flags;
      this.combobox.setReasons(reasons);
      if (this.combobox.query && this.draft.step === 'reason') this.combobox.search(this.combobox.query, this.s);
    } catch (error) {
      if (!latest()) return;
      this.loadError = this.reportError(error, () => this.retryLoad());
    }
  }

  private async loadQuestionnaire() {
    const reason = this.currentReason();
    // the same reason is worded about the child when a guardian answers for one
    const subject = this.draft.subject ?? 'self';
    const key = `${reason?.questionnaireId}|${subject}`;
    if (!reason || this.questionnaireFor === key) return;
    this.questionnaireFor = key;
    this.questionnaire = undefined;
    this.loadError = undefined;
    // every reason's questions ask how unwell the patient feels, on a slider
    preloadSlider();
    try {
      const backend = await this.getBackend();
      const questionnaire = await backend.getQuestionnaire(reason.questionnaireId, { locale: this.lang_, subject });
      if (this.questionnaireFor === key) this.questionnaire = questionnaire;
    } catch (error) {
      // stays marked as tried: the person retries with the button (no automatic retry loop)
      if (this.questionnaireFor === key) this.loadError = this.reportError(error, () => this.retryLoad());
    }
  }

  private retryLoad() {
    if (this.draft.step === 'questions' || this.draft.step === 'review') {
      this.questionnaireFor = undefined;
      void this.loadQuestionnaire();
    } else this.loading = this.load();
  }

  private currentReason(): ReasonSummary | undefined {
    return this.combobox.catalogue.find((r) => r.id === this.draft.reasonId);
  }

  private update_(patch: Partial<FormDraft>) {
    this.draft = { ...this.draft, ...patch };
  }

  private go(step: Step) {
    this.update_({ step });
    this.focusNext.request('#step-heading');
  }

  private flagsYes(): RedFlag[] {
    return this.flags.filter((f) => this.draft.redFlags[f.id] === true);
  }

  private toggleFlag(id: string, yes: boolean) {
    const redFlags = { ...this.draft.redFlags, [id]: yes };
    this.update_({ redFlags });
    if (yes) {
      this.go('emergency');
      this.emit('nara-emergency', { redFlags: Object.keys(redFlags).filter((k) => redFlags[k]) });
    }
  }

  /** The flags a screen asks now (the subject's own come after the who step). */
  private screenFlags(screen: 'screen' | 'subject-screen') {
    return flagsToAsk(this.flags, screen, this.draft.subject, this.presetSubject !== undefined && this.draft.subject === this.presetSubject);
  }

  private noFlags(screen: 'screen' | 'subject-screen' = 'screen') {
    const asked = this.screenFlags(screen).map((f) => [f.id, false]);
    this.update_({ redFlags: { ...(screen === 'screen' ? {} : this.draft.redFlags), ...Object.fromEntries(asked) } });
    if (screen === 'subject-screen') return this.go(this.afterWho());
    // for oneself (preset) there is nothing to ask on the who step; a child's age is always asked
    this.go(this.presetSubject === 'self' && this.draft.subject === 'self' ? this.afterWho() : 'who');
  }

  private afterWho(): Step {
    return this.draft.reasonId && this.currentReasonAllowed() ? 'questions' : 'reason';
  }

  private currentReasonAllowed() {
    const reason = this.currentReason();
    return !!reason && this.combobox.allowed().includes(reason);
  }

  private whoNext() {
    this.whoChecked = true;
    const issues = whoIssues(this.s, this.draft.subject, this.draft.ageYears, this.draft.ageMonths);
    if (Object.keys(issues).length) {
      this.focusNext.request('.error-summary');
      return;
    }
    this.whoChecked = false;
    this.go(this.screenFlags('subject-screen').length ? 'subject-screen' : this.afterWho());
  }

  private chooseReason(reason: ReasonSummary) {
    if (reason.id !== this.draft.reasonId) {
      this.prefill = undefined;
      this.update_({ reasonId: reason.id, response: undefined });
    }
    this.go('questions');
  }

  private onQuestionsChange(event: CustomEvent<{ response: QuestionnaireResponse }>) {
    event.stopPropagation();
    this.update_({ response: event.detail.response });
  }

  private onQuestionsDone(event: CustomEvent<{ response: QuestionnaireResponse }>) {
    event.stopPropagation();
    this.prefill = event.detail.response;
    this.update_({ response: event.detail.response });
    this.go('review');
  }

  private edit(step: Step) {
    if (step === 'questions') this.prefill = this.draft.response;
    if (step === 'reason') this.combobox.reset();
    this.go(step);
  }

  /** Sends the errand. On failure every answer stays and the person can retry. */
  async submit(): Promise<void> {
    if (this.submitting) return;
    this.submitting = true;
    this.submitError = undefined;
    this.live.announce(this.s.submitting);
    // a restored draft can reach "send" before the emergency screen's questions are back: wait for them
    if (!this.flags.length) await (this.loading = this.loadError ? this.load() : this.loading);
    if (!this.flags.length) {
      this.submitting = false;
      this.live.clear();
      return;
    }
    const request = assessmentRequest(this.draft, this.flags, this.clinicId);
    this.emit('nara-submit', { request, response: request.response as QuestionnaireResponse });
    try {
      const backend = await this.getBackend();
      const assessment = await backend.assess(request, { locale: this.lang_ });
      this.drafts.clear();
      this.assessment = assessment;
      this.live.announce(this.s.sent);
      this.update_({ step: 'result' });
      if (assessment.urgency === 'emergency') this.emit('nara-emergency', { redFlags: assessment.redFlagsMet.map((f) => f.id) });
      if (this.emit('nara-assessment', { assessment }, { cancelable: true })) this.focusNext.request('nara-triage-result');
    } catch (error) {
      this.submitError = this.reportError(error, () => void this.submit());
      this.live.clear();
      this.focusNext.request('[data-action="retry"]');
    } finally {
      this.submitting = false;
    }
  }

  /** Leaves the form: the draft is forgotten. */
  cancel(): void {
    this.drafts.clear();
    this.draft = { ...emptyDraft(), subject: this.presetSubject, reasonId: this.reason };
    this.prefill = undefined;
    this.combobox.reset();
    this.submitError = undefined;
    this.emit('nara-cancel', {});
    this.focusNext.request('#step-heading');
  }

  private onSummaryClick(event: Event) {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-target]');
    if (!link) return;
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#${link.dataset.target}`)?.focus();
  }

  private renderStep() {
    const s = this.s;
    return renderFormStep({
      s,
      draft: this.draft,
      locale: this.lang_,
      flags: this.flags,
      screenFlags: (screen) => this.screenFlags(screen),
      flagsYes: this.flagsYes(),
      loadFailed: !!this.loadError,
      whoChecked: this.whoChecked,
      combobox: this.combobox,
      reason: this.currentReason(),
      questionnaire: this.questionnaire,
      prefill: this.prefill,
      backend: this.resolvedBackend,
      headingLevel: this.headingLevel,
      submitting: this.submitting,
      submitError: this.submitError && this.errorMessage(this.submitError),
      assessment: this.assessment,
      heading: stepHeading(s, this.draft.step, this.headingLevel),
      onToggleFlag: (id, yes) => this.toggleFlag(id, yes),
      onNoFlags: (screen) => this.noFlags(screen),
      onUndoFlags: () => {
        this.update_({ redFlags: {} });
        this.go('screen');
      },
      onPatch: (patch) => this.update_(patch),
      onWhoNext: () => this.whoNext(),
      onChooseReason: (reason) => this.chooseReason(reason),
      onQuestionsChange: (e) => this.onQuestionsChange(e),
      onQuestionsDone: (e) => this.onQuestionsDone(e),
      onEdit: (step) => this.edit(step),
      onGo: (step) => this.go(step),
      onSubmit: () => void this.submit(),
    });
  }

  override render() {
    const { s, draft } = this;
    // one way out on every step before the result (the emergency advice has its own "I answered wrong")
    const cancellable = draft.step !== 'emergency' && draft.step !== 'result';
    return html`<section class="form" aria-label=${s.formLabel} @click=${this.onSummaryClick}>
      ${this.live.region()}
      ${this.loadError ? errorAlert(this.errorMessage(this.loadError), this.errorAction(this.loadError, () => this.retryLoad())) : nothing}
      ${this.renderStep()}
      ${cancellable ? html`<button class="button quiet cancel" type="button" data-action="cancel" @click=${this.cancel}>${s.cancel}</button>` : nothing}
    </section>`;
  }
}
