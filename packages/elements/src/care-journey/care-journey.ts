import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { NaraError, type Assessment, type Icon, type Profession } from '@nara/contract';
import type { StepHost } from './journey-steps.js';
import { NaraElement } from '../base/nara-element.js';
import { signedInToken } from '../base/backend-of.js';
import { FocusAfterRender } from '../controllers/focus-after-render.js';
import { headingLevel } from '../controllers/heading-level.js';
import { LiveAnnouncer } from '../controllers/live-announcer.js';
import { icon } from '../icons/icons.js';
import { tokens, base } from '../styles/tokens.js';
import { addStyles } from '../styles/add-styles.js';
import { journeyStyles } from './care-journey.styles.js';
import { strings } from './strings.js';
import { JourneyHistory, type JourneyState } from './journey-history.js';
import { journeyReturn } from './journey-return.js';
import { signInStrings } from '../base/sign-in-strings.js';
import { NaraShortcutTile } from '../shortcut-tile/shortcut-tile.js';
import { errorAlert } from '../base/error-alert.js';
import type { JourneyErrands } from './journey-errands.js';
import type { ReturnedPlace } from './sign-in-return.js';
import { loadStep, prefetchFormOnceEngaged, preloadStep, stepOfAction, stepOfService, stepReady, stepTemplates } from './step-elements.js';
import { idle, whenIdle } from '../base/when-idle.js';

export type JourneyStep = JourneyState['step'];

/** Steps whose element shows its own heading: the journey adds none (one heading per step). */
const OWN_HEADING: ReadonlySet<JourneyStep> = new Set(['chat', 'booking', 'my-bookings']);

/**
 * @tagname nara-care-journey
 * @summary The whole patient journey in one tag: symptom form → triage result → chat, booking,
 * self-care advice or the emergency advice, with the browser's back button going one step back.
 *
 * @dependency nara-shortcut-tile
 * @dependency nara-symptom-form - Loaded when the step is reached, like the next three.
 * @dependency nara-triage-result
 * @dependency nara-booking-picker
 * @dependency nara-chat-panel
 *
 * @fires nara-journey-step - A new step is shown. Detail: `{ step, previous }`.
 * @fires nara-emergency - From the symptom form: a red flag was met.
 * @fires nara-assessment - From the symptom form: the assessment is ready.
 * @fires nara-action - From the triage result: the patient chose what to do.
 * @fires nara-booked - From the booking picker.
 * @fires nara-error - Something the patient could not complete.
 * @fires nara-sign-in - A "Logga in" button is about to go to `signin-url`; the journey keeps its place and comes back to it.
 *
 * @csspart step - The current step's section.
 * @csspart heading - The current step's heading.
 *
 * @cssprop --nara-color-primary - Buttons and links.
 * @cssprop --nara-color-danger - The emergency advice.
 */
export class NaraCareJourney extends NaraElement {
  static override properties: PropertyDeclarations = {
    reason: {},
    directChat: { attribute: 'direct-chat' },
    childHealth: { type: Boolean, attribute: 'child-health' },
    skipMenu: { type: Boolean, attribute: 'skip-menu' },
    noHistory: { type: Boolean, attribute: 'no-history' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    current: { state: true, attribute: false },
    signedIn: { state: true, attribute: false },
    stepLoadFailed: { state: true, attribute: false },
    returning: { state: true, attribute: false },
  };
  static override styles = [tokens, base, journeyStyles];
  // The menu's tiles only: each step's element is imported when the step is reached (step-elements.ts).
  static override dependencies = { 'nara-shortcut-tile': NaraShortcutTile };

  /** Start the symptom form at this contact reason (id from the clinic's catalogue). */
  reason?: string;

  /** Go straight to a chat with this profession ("direct entry"), e.g. `secretary` or `child-health-nurse`. */
  directChat?: Profession;

  /** Show the child-health (BVC) entry on the start menu. */
  childHealth = false;

  /** Start at the symptom form instead of the menu of entries. */
  skipMenu = false;

  /** Keep the journey out of the browser history (the back button then leaves the page as usual). */
  noHistory = false;

  /** The heading level of each step's heading. */
  headingLevel = 2;

  private current: JourneyState = { step: 'menu' };
  /** Whether a token is at hand (the host's `getToken`, or the sign-in page's); the menu marks what needs one. */
  private signedIn = false;
  /** The current step's element could not be loaded (offline, say). */
  private stepLoadFailed = false;
  /** Back from the sign-in page: the step to show is known once the sign-in module has loaded. */
  private returning = false;
  private assessment?: Assessment;
  private readonly focusNext = new FocusAfterRender(this);
  private readonly live = new LiveAnnouncer(this);
  private stopAnnouncing = () => {};
  private readonly history = new JourneyHistory(this, (next) => this.show(next, false));
  /** The signed-in person's open errands on the menu (loaded with the first signed-in menu). */
  private errands?: JourneyErrands;
  /** How many times the menu has been shown: its open errands are read again each time. */
  private menuShown = 0;

  /** The step shown now. */
  get step(): JourneyStep {
    return this.current.step;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const first: JourneyState = this.directChat
      ? { step: 'chat', profession: this.directChat }
      : this.reason || this.skipMenu
        ? { step: 'form' }
        : { step: 'menu' };
    // back from the host's sign-in page (a place was kept when the patient left): the step they left from,
    // once the sign-in module has taken the token out of the address
    const tokenInAddress = location.hash.includes('nara-token=');
    if (tokenInAddress) void this.returnFromSignIn(first);
    else {
      this.current = this.history.restore(this.noHistory) ?? first;
      this.history.start(this.current, this.noHistory);
    }
    this.addEventListener('nara-sign-in', this.keepPlace);
    // The first read of sessionStorage is a call into the browser that costs a loading page milliseconds:
    // it waits for the task after the first render, as the question "is someone signed in?" does. (Back
    // from the host's own sign-in, the menu shows for that moment before "Laddar…" and the step left from.)
    setTimeout(() => {
      if (!tokenInAddress && journeyReturn.has(this.clinicId)) void this.returnFromSignIn(first);
    });
    void this.checkSignedIn();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('nara-sign-in', this.keepPlace);
    this.stopAnnouncing();
  }

  private async returnFromSignIn(first: JourneyState) {
    this.returning = true;
    let place: ReturnedPlace | undefined;
    try {
      place = (await import('./sign-in-return.js')).placeAfterSignIn(this.clinicId, first);
    } catch {
      // the module did not load (offline): the journey starts where it would without the round trip
    }
    if (place?.assessment) this.assessment = place.assessment;
    if (place?.parent) {
      // one step above where the patient left, so "Tillbaka" and "Börja om" are there again
      this.current = place.state;
      this.history.start(place.parent, this.noHistory);
      this.history.push(place.state, this.noHistory);
    } else {
      this.current = place?.state ?? this.history.restore(this.noHistory) ?? first;
      this.history.start(this.current, this.noHistory);
    }
    this.returning = false;
  }

  private readonly keepPlace = () => journeyReturn.save(this.clinicId, { state: this.current, assessment: this.assessment });

  /** The latest question "is someone signed in?": an earlier answer arriving later does not count. */
  private signInCheck = 0;

  private async checkSignedIn() {
    if (this.demo) return void (this.signedIn = true);
    const check = ++this.signInCheck;
    // In the next task, once: the host's token (a fetch, a storage read) costs the rendering page milliseconds,
    // and a question asked again before then replaces this one.
    await new Promise((next) => setTimeout(next));
    if (check !== this.signInCheck) return;
    let signedIn = false;
    try {
      // the provider's token is the host's or the sign-in page's; alone, the journey reads the sign-in page's itself
      signedIn = Boolean(this.provided?.token ? await this.provided.token() : await signedInToken());
    } catch {
      // no token to be had: the entries say what needs sign-in
    }
    if (check === this.signInCheck) this.signedIn = signedIn;
  }

  protected override willUpdate(): void {
    const step = this.current.step;
    if (!stepReady(step) && !this.stepLoadFailed) {
      loadStep(step).then(
        () => this.requestUpdate(),
        (error) => {
          if (this.current.step !== step) return;
          this.stepLoadFailed = true;
          this.reportError(error);
        },
      );
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    // the provider (and its token) may arrive after connecting: ask again whether someone is signed in
    if (changed.has('provided' as keyof NaraCareJourney) && !this.signedIn) void this.checkSignedIn();
    // Once the patient reading the menu touches, scrolls or types, fetch the form (running it, or fetching it
    // while the page loads, would block a phone's main thread; it runs when a tile is pointed at or focused);
    // while they read the result, load what they will likely choose next.
    const c = this.current;
    if (c.step === 'menu' && this.signedIn) void this.loadErrands(`${this.menuShown}|${this.lang_}`);
    if (c.step === 'menu' && this.idlePreloaded !== 'menu') {
      this.idlePreloaded = 'menu';
      prefetchFormOnceEngaged();
    } else if (c.step === 'result' && this.idlePreloaded !== this.assessment?.id) {
      this.idlePreloaded = this.assessment?.id;
      const next = stepOfAction(this.assessment?.actions[0]);
      if (next) whenIdle(() => preloadStep(next));
    }
  }

  private idlePreloaded?: string;

  private async loadErrands(key: string) {
    if (!this.errands) {
      try {
        // The first time, once the page is idle: the errands (and the HTTP client with its schemas that they
        // need) stay out of the page's first load, as the shortcut list's do.
        await idle();
        const { JourneyErrands } = await import('./journey-errands.js');
        this.errands ??= new JourneyErrands(this, { backend: () => this.getBackend(), locale: () => this.lang_ });
      } catch {
        return; // the menu works without them (as when the list fails)
      }
    }
    await this.errands.load(key);
  }

  private retryStep() {
    this.stepLoadFailed = false;
  }

  /**
   * Opens the step a clinic service leads to — for a shortcut tile without a link (`nara-shortcut`'s
   * `serviceId`): `contact` the symptom form, `book` and `vaccination` booking, `child-health` the BVC
   * chat, prescriptions, test results and certificates the secretary's chat. False for a service the
   * journey has no step for (the host page decides).
   */
  openService(serviceId: string | undefined): boolean {
    const next = serviceId ? stepOfService(serviceId) : undefined;
    if (!next) return false;
    this.go(next);
    return true;
  }

  /** Shows a step; `push` adds it to the browser history so the back button returns here. */
  go(next: JourneyState): void {
    this.show(next, true);
  }

  private show(next: JourneyState, push: boolean) {
    // a restored step that needs an assessment we no longer have starts the form again
    if ((next.step === 'result' || next.step === 'self-care') && !this.assessment) next = { step: 'form' };
    const previous = this.current.step;
    if (next.step === 'menu') this.menuShown++;
    this.current = next;
    this.stepLoadFailed = false;
    if (push) this.history.push(next, this.noHistory);
    this.focusNext.request(OWN_HEADING.has(next.step) ? '#step' : '#step-heading');
    // the heading the patient sees: a step's element renders its own, sometimes after its data arrives
    this.stopAnnouncing();
    let stopped = false;
    let stop = () => {};
    this.stopAnnouncing = () => ((stopped = true), stop());
    void import('./journey-steps.js').then(({ whenHeadingShows }) => {
      if (!stopped) stop = whenHeadingShows(() => this.renderRoot.querySelector('.step'), (heading) => this.live.announce(this.s.stepAnnounced(heading)));
    });
    this.emit('nara-journey-step', { step: next.step, previous });
  }

  private get s() {
    return strings[this.lang_];
  }

  private headingFor(step: JourneyStep): string {
    const s = this.s;
    return {
      menu: s.menuHeading,
      form: s.formHeading,
      result: s.resultHeading,
      chat: s.chatHeading,
      booking: s.bookingHeading,
      'my-bookings': s.myBookingsHeading,
      'self-care': s.selfCareHeading,
      emergency: s.emergencyHeading,
    }[step];
  }

  private onAssessment(event: CustomEvent<{ assessment: Assessment }>) {
    // the journey shows the result as a step of its own (with history), not inside the form
    event.preventDefault();
    this.assessment = event.detail.assessment;
    this.go(this.assessment.urgency === 'emergency' ? { step: 'emergency' } : { step: 'result' });
  }

  /** The chat opened a conversation: this history entry keeps it, so a reload returns to the same chat. */
  private readonly onConversation = (event: CustomEvent<{ conversationId: string }>) => {
    if (this.current.step !== 'chat') return;
    this.current = { ...this.current, conversation: event.detail.conversationId };
    this.history.replace(this.current, this.noHistory);
  };

  /** The form's own "Avbryt" (its draft is gone): back to the menu. */
  private readonly onCancel = () => {
    if (!this.skipMenu) this.go({ step: 'menu' });
  };

  /** Attributes the steps' elements share with the journey, so a single journey tag works alone. */
  private get shared() {
    return { api: this.api, demo: this.demo, clinic: this.clinicId, locale: this.lang_, backend: this.backend, signIn: this.signInUrl };
  }

  private entry(heading: string, text: string, iconName: Icon, next: JourneyState, needsSignIn = false) {
    // An entry that needs sign-in says so either way ("Kräver inloggning" / "Du är inloggad."): the tile keeps
    // its height when the host's token arrives after the menu is shown, so the page does not jump.
    const words = signInStrings[this.lang_];
    const mark = needsSignIn ? (this.signedIn ? words.signedIn : words.needsSignIn) : undefined;
    return html`<li>
      <nara-shortcut-tile
        heading=${heading} description=${text} icon=${iconName} note=${ifDefined(mark)}
        @nara-shortcut=${(e: Event) => (e.stopPropagation(), this.go(next))}
        @pointerenter=${() => preloadStep(next.step)}
        @focusin=${() => preloadStep(next.step)}
      ></nara-shortcut-tile>
    </li>`;
  }

  private renderStep(): TemplateResult | typeof nothing {
    const s = this.s;
    if (this.stepLoadFailed) return this.renderLoadFailed();
    if (this.returning || !stepReady(this.current.step)) return html`<p class="loading" role="status">${s.loading}</p>`;
    const c = this.current;
    switch (c.step) {
      case 'menu':
        return html`<ul class="entries">
          ${this.errands?.render((next) => this.go(next)) ?? nothing}
          ${this.entry(s.describe, s.describeText, 'chat', { step: 'form' })}
          ${this.childHealth ? this.entry(s.childHealth, s.childHealthText, 'child', { step: 'chat', profession: 'child-health-nurse' }, true) : nothing}
          ${this.entry(s.secretary, s.secretaryText, 'document', { step: 'chat', profession: 'secretary' }, true)}
          ${this.entry(s.myBookings, s.myBookingsText, 'calendar', { step: 'my-bookings' }, true)}
        </ul>`;
      default: {
        const steps = stepTemplates()!;
        // the steps' own styles, with their markup (the menu's page does not load them)
        addStyles(this.renderRoot, steps.stepStyles);
        return steps.renderStep(this.stepHost, c);
      }
    }
  }

  /** What the steps' markup (journey-steps.ts, loaded with the first step) needs from the journey. */
  private get stepHost(): StepHost {
    return {
      shared: this.shared,
      s: this.s,
      reason: this.reason,
      headingLevel: this.headingLevel,
      assessment: this.assessment,
      go: (next) => this.go(next),
      onAssessment: this.onAssessment,
      onConversation: this.onConversation,
      onCancel: this.onCancel,
    };
  }

  /** The step's element did not load: say so, offer to try again, and keep the way to 112 and 1177 in view. */
  private renderLoadFailed() {
    const s = this.s;
    return html`${errorAlert(this.errorMessage(new NaraError('network', 'step element not loaded')), { label: s.retry, onRetry: () => this.retryStep() })}
      <p>${s.loadFailedEmergency}</p>
      <div class="actions">
        <a class="button danger call" href="tel:112">${icon('phone')}${s.call112}</a>
        <a class="button secondary" href="tel:1177">${icon('phone')}${s.call1177}</a>
      </div>`;
  }

  override render() {
    const s = this.s;
    // the form has its own back and cancel on every step: one of each, not two
    const own = OWN_HEADING.has(this.current.step);
    const noNav = this.history.isFirst || this.current.step === 'menu' || this.current.step === 'form';
    return html`<div class="journey">
      ${this.live.region()}
      ${noNav
        ? nothing
        : html`<div class="nav">
            <button class="button quiet" type="button" @click=${() => this.history.back(this.noHistory)}>${s.back}</button>
            <button class="button quiet" type="button" @click=${() => this.go({ step: this.skipMenu ? 'form' : 'menu' })}>${s.startOver}</button>
          </div>`}
      ${own
        ? html`<section id="step" class="step step-${this.current.step}" part="step" tabindex="-1">${this.renderStep()}</section>`
        : html`<section class="step step-${this.current.step}" part="step" aria-labelledby="step-heading">
            <div id="step-heading" class="heading" role="heading" aria-level=${headingLevel(this.headingLevel)} tabindex="-1" part="heading">${this.headingFor(this.current.step)}</div>
            ${this.renderStep()}
          </section>`}
    </div>`;
  }
}
