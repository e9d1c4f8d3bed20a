import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  MAX_SLOT_RANGE_DAYS,
  NaraError,
  addDays,
  localToInstant,
  type Booking,
  type CareBackend,
  type LocalDate,
  type Profession,
  type Slot,
  type VisitInfo,
  type VisitType,
} from '@nara/contract';

export interface SlotFilter {
  clinic: string;
  profession?: Profession;
  visitType: VisitType;
}

/** Turns a failure into a `NaraError` and tells the page (`nara-error`, `nara-auth-required`). */
export type Reporter = (error: unknown, retry?: () => void) => NaraError;

/**
 * The booking picker's data and calls: a week's free times, booking with one idempotency key per
 * attempt (a retry never books twice), rescheduling, cancelling, the patient's bookings and the
 * calendar file. The element renders what this holds.
 */
export class BookingFlow implements ReactiveController {
  slots: Slot[] = [];
  visitInfo?: VisitInfo;
  bookings: Booking[] = [];
  loading = false;
  loadError?: NaraError;
  submitting = false;
  /** What went wrong with the last booking, change, cancellation or calendar download. */
  actionError?: NaraError;
  /** The booking being moved to another time, if rescheduling. */
  rescheduling?: Booking;
  /** The booking just made or changed. */
  booked?: Booking;
  /** Whether the last success was a change of time. */
  lastWasChange = false;
  busyBooking?: string;

  private attemptKey = '';
  private loadSeq = 0;
  private abort?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly backend: () => Promise<CareBackend>,
    private readonly report: Reporter,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  private update() {
    this.host.requestUpdate();
  }

  /** Starts a new load, cancelling the one before; answers whether it is still the latest. */
  private begin(): { signal: AbortSignal; current: () => boolean } {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    const seq = ++this.loadSeq;
    this.loading = true;
    this.loadError = undefined;
    this.update();
    return { signal: abort.signal, current: () => seq === this.loadSeq };
  }

  /** The free times of the week starting on Monday `monday`, Stockholm time. */
  async loadWeek(filter: SlotFilter, monday: LocalDate, retry?: () => void): Promise<void> {
    const { signal, current } = this.begin();
    try {
      const list = await (await this.backend()).getSlots(
        { ...filter, from: localToInstant(monday, '00:00').toISOString(), to: localToInstant(addDays(monday, 7), '00:00').toISOString() },
        { signal },
      );
      if (!current()) return;
      this.slots = list.slots;
      this.visitInfo = list.visitInfo;
    } catch (error) {
      if (!current()) return;
      this.slots = [];
      this.loadError = this.report(error, retry);
    }
    this.loading = false;
    this.update();
  }

  /**
   * The first free time from now on, searched a fortnight at a time (at most six weeks): null when there is
   * none, undefined when the search failed (`loadError` says why) or another load overtook it.
   */
  async firstFree(filter: SlotFilter): Promise<Slot | null | undefined> {
    const { signal, current } = this.begin();
    try {
      const backend = await this.backend();
      const start = Date.now();
      for (let days = 0; days < MAX_SLOT_RANGE_DAYS; days += 14) {
        const from = new Date(start + days * 86_400_000).toISOString();
        const to = new Date(start + (days + 14) * 86_400_000).toISOString();
        const list = await backend.getSlots({ ...filter, from, to }, { signal });
        this.visitInfo = list.visitInfo;
        if (list.slots.length > 0) return current() ? list.slots[0] : undefined;
      }
      return current() ? null : undefined;
    } catch (error) {
      if (current()) this.loadError = this.report(error);
      return undefined;
    } finally {
      if (current()) {
        this.loading = false;
        this.update();
      }
    }
  }

  /** A new attempt at booking a time: a new idempotency key, kept for every retry of this attempt. */
  startAttempt(): void {
    this.attemptKey = crypto.randomUUID();
    this.actionError = undefined;
  }

  /**
   * Books (or moves the booking being rescheduled to) `slot`. `taken`: someone else got it first;
   * `too-late`: the booking can no longer be changed online; `failed`: see `actionError`.
   */
  async book(slot: Slot, assessmentId: string | undefined, retry: () => void): Promise<'booked' | 'taken' | 'too-late' | 'failed'> {
    if (this.submitting) return 'failed';
    this.submitting = true;
    this.actionError = undefined;
    this.update();
    const moving = this.rescheduling;
    try {
      const backend = await this.backend();
      this.booked = moving
        ? await backend.changeBooking(moving.id, slot.id)
        : await backend.createBooking({ slotId: slot.id, ...(assessmentId ? { assessmentId } : {}) }, { idempotencyKey: this.attemptKey });
      this.lastWasChange = !!moving;
      this.rescheduling = undefined;
      return 'booked';
    } catch (error) {
      const naraError = this.report(error, retry);
      if (naraError.code === 'conflict') {
        if (moving && Date.now() > Date.parse(moving.cancellableUntil)) {
          this.actionError = naraError;
          return 'too-late';
        }
        return 'taken';
      }
      this.actionError = naraError;
      return 'failed';
    } finally {
      this.submitting = false;
      this.update();
    }
  }

  async loadBookings(retry?: () => void): Promise<void> {
    const { signal, current } = this.begin();
    try {
      const bookings = await (await this.backend()).getBookings({ signal });
      if (current()) this.bookings = bookings;
    } catch (error) {
      if (current()) this.loadError = this.report(error, retry);
    }
    if (current()) {
      this.loading = false;
      this.update();
    }
  }

  /** One of the patient's bookings (e.g. from a digital appointment letter's link). */
  async loadBooking(id: string, retry?: () => void): Promise<Booking | undefined> {
    const { signal, current } = this.begin();
    try {
      const booking = await (await this.backend()).getBooking(id, { signal });
      if (current()) this.bookings = [booking];
      return current() ? booking : undefined;
    } catch (error) {
      if (current()) this.loadError = this.report(error, retry);
      return undefined;
    } finally {
      if (current()) {
        this.loading = false;
        this.update();
      }
    }
  }

  /** Cancels; answers the cancelled booking, or undefined when it failed (see `actionError`). */
  async cancel(booking: Booking, retry: () => void): Promise<Booking | undefined> {
    this.busyBooking = booking.id;
    this.actionError = undefined;
    this.update();
    try {
      const cancelled = await (await this.backend()).cancelBooking(booking.id);
      this.bookings = this.bookings.map((b) => (b.id === cancelled.id ? cancelled : b));
      return cancelled;
    } catch (error) {
      this.actionError = this.report(error, retry);
      return undefined;
    } finally {
      this.busyBooking = undefined;
      this.update();
    }
  }

  /** Fetches the booking's iCalendar file and hands it to the browser as a download. */
  async downloadCalendar(booking: Booking, fileName: string): Promise<void> {
    try {
      const file = await (await this.backend()).getBookingCalendar(booking.id);
      const url = URL.createObjectURL(new Blob([file], { type: 'text/calendar' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      this.actionError = this.report(error, () => void this.downloadCalendar(booking, fileName));
      this.update();
    }
  }
}
