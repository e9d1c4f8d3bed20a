import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Booking } from '@nara/contract';
import type { Locale } from '../base/locale.js';
import { icon } from '../icons/icons.js';
import { visitSummary } from './confirm-view.js';
import { when } from './slot-days.js';
import type { BookingStrings } from './strings.js';

export interface MyBookingsOptions {
  s: BookingStrings;
  locale: Locale;
  bookings: Booking[];
  now: number;
  headingLevel: number;
  /** The booking whose cancellation is being asked about. */
  confirmingCancel?: string;
  /** The booking being cancelled right now. */
  busy?: string;
  onAskCancel: (booking: Booking | undefined) => void;
  onCancel: (booking: Booking) => void;
  onReschedule: (booking: Booking) => void;
  onCalendar: (booking: Booking) => void;
  onBookNew: () => void;
}

/** The patient's upcoming bookings, each with add to calendar, change time and cancel. */
export function myBookings(o: MyBookingsOptions) {
  const upcoming = o.bookings.filter((b) => b.status === 'booked' && Date.parse(b.slot.end) > o.now);
  return html`<div class="mine" part="my-bookings">
    ${upcoming.length === 0 ? html`<p>${o.s.noBookings}</p>` : nothing}
    <ul class="booking-list">
      ${repeat(
        upcoming,
        (b) => b.id,
        (b) => {
          const changeable = Date.parse(b.cancellableUntil) >= o.now;
          const at = when.dateTime(b.slot.start, o.locale);
          return html`<li class="booking-item" data-booking=${b.id}>
            <div class="booking-when" role="heading" aria-level=${o.headingLevel} id="when-${b.id}">${at}</div>
            ${visitSummary(b, o.s, o.locale)}
            ${o.confirmingCancel === b.id
              ? html`<div class="cancel-question" role="group" aria-labelledby="q-${b.id}">
                  <p id="q-${b.id}">${o.s.cancelQuestion(at)}</p>
                  <div class="actions">
                    <button class="button danger cancel-yes" type="button" aria-disabled=${o.busy === b.id ? 'true' : 'false'} @click=${() => o.busy !== b.id && o.onCancel(b)}>
                      ${o.s.cancelYes}
                    </button>
                    <button class="button secondary cancel-no" type="button" @click=${() => o.onAskCancel(undefined)}>${o.s.cancelNo}</button>
                  </div>
                </div>`
              : html`<div class="actions">
                  <button class="button secondary" type="button" aria-describedby="when-${b.id}" @click=${() => o.onCalendar(b)}>${icon('calendar')} ${o.s.addToCalendar}</button>
                  ${changeable
                    ? html`<button class="button secondary reschedule" type="button" aria-describedby="when-${b.id}" @click=${() => o.onReschedule(b)}>${o.s.reschedule}</button>
                        <button class="button secondary cancel" type="button" aria-describedby="when-${b.id}" @click=${() => o.onAskCancel(b)}>${o.s.cancelBooking}</button>`
                    : html`<p class="too-late">${o.s.tooLateToChange(b.clinic.phone)}</p>`}
                </div>`}
          </li>`;
        },
      )}
    </ul>
    <button class="button book-new" type="button" @click=${o.onBookNew}>${o.s.bookAnother}</button>
  </div>`;
}
