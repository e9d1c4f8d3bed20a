import { html, nothing, type PropertyDeclarations } from 'lit';
import { VISIT_TYPES, addDays, localDateOf, type Booking, type LocalDate, type NaraError, type Profession, type Slot, type VisitInfo, type VisitType } from '@nara/contract';
import { NaraElement } from '../base/nara-element.js';
import { BackendReload } from '../controllers/backend-reload.js';
import { FocusAfterRender } from '../controllers/focus-after-render.js';
import { headingLevel } from '../controllers/heading-level.js';
import { LiveAnnouncer } from '../controllers/live-announcer.js';
import { errorAlert } from '../base/error-alert.js';
import { icon } from '../icons/icons.js';
import { tokens, base } from '../styles/tokens.js';
import { pickerStyles } from './booking-picker.styles.js';
import { confirmView, detailsOfSlot, visitSummary } from './confirm-view.js';
import { dayStrip } from './day-strip.js';
import { myBookings } from './my-bookings.js';
import { slotGrid } from './slot-grid.js';
import { slotsByDay, today, weekDates, weekStart, when } from './slot-days.js';
import { strings } from './strings.js';
import { BookingFlow } from './booking-flow.js';

type View = 'choose' | 'confirm' | 'booked' | 'mine';

/**
 * @tagname nara-booking-picker
 * @summary Free times by day and visit type in Europe/Stockholm time; confirm, then the booking
 * with "add to calendar". "My bookings" cancels and reschedules. A time taken meanwhile is said so,
 * and fresh times for the same day are shown: never double-booked.
 *
 * @fires nara-booked - A time was booked. Detail: `{ booking }`.
 * @fires nara-booking-changed - A booking was moved to another time. Detail: `{ booking, previous }`.
 * @fires nara-booking-cancelled - A booking was cancelled. Detail: `{ booking }`.
 * @fires nara-error - Something could not be completed. Detail: `{ code, message }`.
 * @fires nara-auth-required - Booking needs the patient to sign in. Detail: `{ retry }`.
 *
 * @csspart heading - The heading.
 * @csspart day-strip - The week's days.
 * @csspart times - The day's free times.
 * @csspart summary - Who, when, where or how, what to bring, how to cancel.
 * @csspart my-bookings - The patient's bookings.
 * @csspart error - An error message.
 *
 * @cssprop --nara-color-primary - Chosen day and time, buttons.
 * @cssprop --nara-color-surface-alt - Day and time backgrounds.
 */
export class NaraBookingPicker extends NaraElement {
  static override properties: PropertyDeclarations = {
    visitType: { attribute: 'visit-type' },
    profession: {},
    assessmentId: { attribute: 'assessment-id' },
    initialView: { attribute: 'initial-view' },
    bookingId: { attribute: 'booking-id' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    view: { state: true, attribute: false },
    chosenType: { state: true, attribute: false },
    week: { state: true, attribute: false },
    day: { state: true, attribute: false },
    activeSlot: { state: true, attribute: false },
    chosen: { state: true, attribute: false },
    notice: { state: true, attribute: false },
    confirmingCancel: { state: true, attribute: false },
  };
  static override styles = [tokens, base, pickerStyles];

  /** `physical`, `video` or `phone`; without it the patient chooses. */
  visitType?: VisitType;

  /** Only times with this profession (e.g. `doctor`, as triage recommended). */
  profession?: Profession;

  /** The assessment (triage) that led here; stored with the booking. */
  assessmentId?: string;

  /** `book` (default) or `my-bookings`: what to show first. */
  initialView: 'book' | 'my-bookings' = 'book';

  /**
   * A booking of the patient's to change, e.g. from a digital appointment letter ("kallelse"): the
   * picker opens on free times to move it to (or on "my bookings" when it can no longer be changed).
   */
  bookingId?: string;

  /** The heading's level (1–6). */
  headingLevel = 2;

  private view: View = 'choose';
  private chosenType: VisitType = 'physical';
  private week: LocalDate = weekStart(today());
  private day: LocalDate = today();
  private activeSlot?: string;
  private chosen?: Slot;
  private notice = '';
  private confirmingCancel?: string;

  private readonly flow = new BookingFlow(
    this,
    () => this.getBackend(),
    (error, retry) => this.reportError(error, retry),
  );
  private readonly focusNext = new FocusAfterRender(this);
  private readonly live = new LiveAnnouncer(this);
  protected readonly source = new BackendReload(this, {
    load: () => this.start(),
    also: () => {
      const q = this.query;
      return `${q.clinic}|${q.profession}|${q.visitType}|${this.week}`;
    },
    when: () => this.view === 'choose' || this.view === 'confirm',
  });
  private started = false;
  /** Keep the chosen day when the week loads (after a time was taken meanwhile). */
  private keepDay = false;
  /** On a fresh start (first load, rescheduling, another visit type) an empty week jumps to the first free time's. */
  private seekFirstFree = true;

  private get s() {
    return strings[this.lang_];
  }

  /** The clinic, profession and visit type the times are for (a rescheduled booking's own). */
  private get query() {
    const moving = this.flow.rescheduling;
    return {
      clinic: moving?.clinic.id ?? this.clinicId ?? '',
      profession: moving?.slot.profession ?? (this.profession || undefined),
      visitType: moving?.slot.visitType ?? (this.visitType || this.chosenType),
    };
  }

  /** The first view's data, then the week's free times again whenever what they are for changes. */
  private start() {
    if (!this.started && this.bookingId) void this.openBooking(this.bookingId);
    else if (!this.started && this.initialView === 'my-bookings') void this.showMyBookings();
    else void this.loadWeek(!this.keepDay);
    this.started = true;
    this.keepDay = false;
  }

  private async loadWeek(pickFirstFreeDay = false) {
    if (!this.query.clinic) return;
    await this.flow.loadWeek(this.query, this.week);
    const days = slotsByDay(this.flow.slots);
    const selectable = weekDates(this.week).filter((d) => d >= today());
    if (pickFirstFreeDay || !selectable.includes(this.day)) {
      this.day = selectable.find((d) => (days.get(d)?.length ?? 0) > 0) ?? selectable[0] ?? this.week;
    }
    if (this.flow.loadError || !this.seekFirstFree) return;
    this.seekFirstFree = false;
    if (!selectable.some((d) => days.has(d))) {
      // Nothing free this week (a Saturday evening, say): open on the week of the first free time.
      const slot = await this.flow.firstFree(this.query);
      if (!slot) return;
      this.keepDay = true;
      this.week = weekStart(localDateOf(slot.start));
      this.day = localDateOf(slot.start);
    }
  }

  /** Shows the patient's bookings. */
  async showMyBookings(): Promise<void> {
    this.view = 'mine';
    this.notice = '';
    this.flow.rescheduling = undefined;
    this.focusNext.request('#heading');
    await this.flow.loadBookings(() => void this.showMyBookings());
  }

  /** Opens one booking to reschedule it, if it can still be changed online. */
  private async openBooking(id: string) {
    this.view = 'mine';
    const booking = await this.flow.loadBooking(id, () => void this.openBooking(id));
    if (!booking) return;
    if (booking.status === 'booked' && Date.parse(booking.cancellableUntil) >= Date.now()) this.reschedule(booking);
    else this.focusNext.request('#heading');
  }

  private chooseType(type: VisitType) {
    this.chosenType = type;
    this.seekFirstFree = true;
    this.week = weekStart(today());
  }

  private selectDay(date: LocalDate, moveFocus: boolean) {
    this.day = date;
    this.activeSlot = undefined;
    if (moveFocus) this.focusNext.request(`[data-date="${date}"]`);
  }

  private changeWeek(by: -1 | 1) {
    this.week = addDays(this.week, 7 * by);
    this.activeSlot = undefined;
    this.notice = '';
  }

  private async goToFirstFree() {
    // the patient asked: the picker's own search for the first free week (when it opens on an empty one) stands down
    this.seekFirstFree = false;
    let slot = await this.flow.firstFree(this.query);
    // overtaken by the picker's own load of a week (it was still moving there): ask again, the patient's
    // question stands — and "no free times" is said only when the search found none
    if (slot === undefined && !this.flow.loadError) slot = await this.flow.firstFree(this.query);
    if (slot === undefined) return;
    if (slot === null) {
      this.notice = this.s.noTimesAtAll;
      this.focusNext.request('.notice');
      return;
    }
    const date = localDateOf(slot.start);
    const sameWeek = weekStart(date) === this.week;
    this.keepDay = true;
    this.week = weekStart(date);
    this.day = date;
    // the week shown already, but its own load was overtaken by this search: load it, or the time never shows
    if (sameWeek && !this.flow.slots.some((s) => s.id === slot!.id)) void this.loadWeek();
    this.activeSlot = slot.id;
    this.live.announce(this.s.firstFreeIs(when.dateTime(slot.start, this.lang_)));
    this.focusNext.request(`[data-slot="${CSS.escape(slot.id)}"]`);
  }

  private choose(slot: Slot) {
    this.chosen = slot;
    this.activeSlot = slot.id;
    this.flow.startAttempt();
    this.view = 'confirm';
    this.notice = '';
    this.focusNext.request('#confirm-heading');
  }

  private async confirm() {
    const slot = this.chosen!;
    const previous = this.flow.rescheduling;
    const result = await this.flow.book(slot, this.assessmentId, () => void this.confirm());
    if (result === 'booked') {
      const booking = this.flow.booked!;
      this.view = 'booked';
      this.focusNext.request('#booked-heading');
      this.live.announce(previous ? this.s.changed : this.s.booked);
      if (previous) this.emit('nara-booking-changed', { booking, previous });
      else this.emit('nara-booked', { booking });
    } else if (result === 'taken') {
      // Keep the patient's place: the same day, with the times that are free now.
      this.view = 'choose';
      this.notice = this.s.slotTaken;
      this.keepDay = true;
      this.week = weekStart(localDateOf(slot.start));
      this.day = localDateOf(slot.start);
      this.activeSlot = undefined;
      this.focusNext.request('.notice');
      await this.flow.loadWeek(this.query, this.week);
      this.keepDay = false;
    }
  }

  private reschedule(booking: Booking) {
    this.flow.rescheduling = booking;
    this.seekFirstFree = true;
    this.week = weekStart(today());
    this.day = today();
    this.activeSlot = undefined;
    this.view = 'choose';
    this.notice = '';
    this.source.reset();
    this.focusNext.request('#heading');
  }

  private async cancel(booking: Booking) {
    const cancelled = await this.flow.cancel(booking, () => void this.cancel(booking));
    if (!cancelled) return;
    this.confirmingCancel = undefined;
    this.live.announce(this.s.cancelled(when.dateTime(cancelled.slot.start, this.lang_)));
    this.focusNext.request('#heading');
    this.emit('nara-booking-cancelled', { booking: cancelled });
  }

  private bookNew() {
    this.flow.rescheduling = undefined;
    this.seekFirstFree = true;
    this.flow.booked = undefined;
    this.view = 'choose';
    this.source.reset();
    this.focusNext.request('#heading');
  }

  /** Free times need a clinic: what the page did not set, in words fit to show, or undefined. */
  private get missing(): string | undefined {
    return this.configProblem(this.view === 'choose' && !this.query.clinic ? this.s.missingClinic : undefined);
  }

  protected override updated(): void {
    this.reportConfig(this.missing);
  }

  override render() {
    const s = this.s;
    const level = headingLevel(this.headingLevel);
    const moving = this.flow.rescheduling;
    return html`<section class="picker" aria-labelledby="heading" aria-busy=${this.flow.loading ? 'true' : 'false'}>
      <div class="heading" role="heading" aria-level=${level} id="heading" tabindex="-1" part="heading">
        ${this.view === 'mine' ? s.myBookings : moving ? s.rescheduleHeading : s.heading}
      </div>
      ${this.live.region()}
      ${this.missing ? errorAlert(this.missing) : this.view === 'choose' ? this.renderChoose(level + 1) : nothing}
      ${this.view === 'confirm' && this.flow.visitInfo ? this.renderConfirm(level + 1) : nothing}
      ${this.view === 'booked' ? this.renderBooked(level + 1) : nothing}
      ${this.view === 'mine' ? this.renderMine(level + 1) : nothing}
    </section>`;
  }

  private renderError(error: NaraError, retry?: () => void) {
    return errorAlert(this.errorMessage(error), this.errorAction(error, retry));
  }

  /** A failed booking, change, cancellation or download; a conflict there means "too late to change online". */
  private renderActionError(retry?: () => void) {
    const error = this.flow.actionError;
    if (!error) return nothing;
    if (error.code === 'conflict') {
      const asked = this.flow.bookings.find((b) => b.id === this.confirmingCancel);
      const phone = asked?.clinic.phone ?? this.flow.rescheduling?.clinic.phone ?? this.flow.visitInfo?.clinic.phone ?? '';
      return errorAlert(this.s.tooLateToChange(phone));
    }
    return this.renderError(error, error.retryable ? retry : undefined);
  }

  private renderChoose(level: number) {
    const s = this.s;
    const moving = this.flow.rescheduling;
    const days = slotsByDay(this.flow.slots);
    const daySlots = days.get(this.day) ?? [];
    const info: VisitInfo | undefined = this.flow.visitInfo;
    const types = info ? VISIT_TYPES.filter((t) => info.visits.some((v) => v.visitType === t)) : [];
    return html`
      ${moving ? html`<p class="current">${s.bookedSummary(when.dateTime(moving.slot.start, this.lang_))}</p>` : nothing}
      ${!this.visitType && !moving && types.length > 1
        ? html`<fieldset class="visit-types">
            <legend>${s.visitTypeLegend}</legend>
            ${types.map(
              (type) => html`<label class="visit-type-option">
                <input type="radio" name="visit-type" .checked=${this.chosenType === type} @change=${() => this.chooseType(type)} />
                ${icon(type === 'physical' ? 'clinic' : type)} ${s.visitTypes[type]}
              </label>`,
            )}
          </fieldset>`
        : nothing}
      ${this.notice ? html`<p class="notice" role="alert" tabindex="-1">${this.notice}</p>` : nothing}
      <button class="button secondary first-free" type="button" @click=${this.goToFirstFree}>${s.firstFree}</button>
      ${dayStrip({
        locale: this.lang_,
        s,
        dates: weekDates(this.week),
        counts: new Map([...days].map(([d, list]) => [d, list.length])),
        selected: this.day,
        firstDay: today(),
        canGoBack: this.week > weekStart(today()),
        canGoForward: this.week < weekStart(addDays(today(), 35)),
        onSelect: (date, focus) => this.selectDay(date, focus),
        onWeek: (by) => this.changeWeek(by),
      })}
      <div class="day-times" role="heading" aria-level=${level}>${when.longDate(this.day, this.lang_)}</div>
      ${this.flow.loadError
        ? this.renderError(this.flow.loadError, () => void this.loadWeek(true))
        : this.flow.loading
          ? html`<p class="loading">${s.loading}</p>`
          : daySlots.length === 0
            ? html`<p class="empty">${s.noTimesThisDay}</p>`
            : slotGrid({
                locale: this.lang_,
                s,
                slots: daySlots,
                dayLabel: when.longDate(this.day, this.lang_),
                activeId: this.activeSlot,
                showProfession: !this.query.profession && new Set(daySlots.map((x) => x.profession)).size > 1,
                onActivate: (slot) => {
                  this.activeSlot = slot.id;
                  this.focusNext.request(`[data-slot="${CSS.escape(slot.id)}"]`);
                },
                onChoose: (slot) => this.choose(slot),
              })}
      <button class="button quiet to-mine" type="button" @click=${this.showMyBookings}>${s.myBookings}</button>
    `;
  }

  private renderConfirm(level: number) {
    return html`${confirmView({
      s: this.s,
      locale: this.lang_,
      details: detailsOfSlot(this.chosen!, this.flow.visitInfo!),
      rescheduling: !!this.flow.rescheduling,
      submitting: this.flow.submitting,
      headingLevel: level,
      onConfirm: () => void this.confirm(),
      onBack: () => {
        this.view = 'choose';
        this.focusNext.request(this.activeSlot ? `[data-slot="${CSS.escape(this.activeSlot)}"]` : '#heading');
      },
    })}
    ${this.renderActionError(() => void this.confirm())}`;
  }

  private renderBooked(level: number) {
    const s = this.s;
    const booking = this.flow.booked!;
    return html`<div class="booked">
      <div class="step-heading success" role="heading" aria-level=${level} id="booked-heading" tabindex="-1">
        ${icon('check')} ${this.flow.lastWasChange ? s.changed : s.booked}
      </div>
      ${visitSummary(booking, s, this.lang_)}
      ${this.renderActionError()}
      <div class="actions">
        <button class="button add-to-calendar" type="button" @click=${() => void this.flow.downloadCalendar(booking, s.calendarFile)}>
          ${icon('calendar')} ${s.addToCalendar}
        </button>
        <button class="button secondary" type="button" @click=${this.showMyBookings}>${s.myBookings}</button>
      </div>
    </div>`;
  }

  private renderMine(level: number) {
    if (this.flow.loading) return html`<p class="loading">${this.s.loading}</p>`;
    if (this.flow.loadError) return this.renderError(this.flow.loadError, () => void this.showMyBookings());
    return html`${this.renderActionError()}
    ${myBookings({
      s: this.s,
      locale: this.lang_,
      bookings: this.flow.bookings,
      now: Date.now(),
      headingLevel: level,
      confirmingCancel: this.confirmingCancel,
      busy: this.flow.busyBooking,
      onAskCancel: (b) => {
        this.confirmingCancel = b?.id;
        this.flow.actionError = undefined;
        if (b) this.focusNext.request('.cancel-yes');
      },
      onCancel: (b) => void this.cancel(b),
      onReschedule: (b) => this.reschedule(b),
      onCalendar: (b) => void this.flow.downloadCalendar(b, this.s.calendarFile),
      onBookNew: () => this.bookNew(),
    })}`;
  }
}
