import { html, nothing } from 'lit';
import type { Booking, Slot, VisitInfo } from '@nara/contract';
import type { Locale } from '../base/locale.js';
import { icon } from '../icons/icons.js';
import { when } from './slot-days.js';
import type { BookingStrings } from './strings.js';

/** Everything a patient needs to turn up prepared, for a time chosen or booked. */
export interface VisitDetails {
  slot: Slot;
  clinic: { name: string; phone: string };
  address?: { street: string; postalCode: string; city: string };
  how: string;
  bring: string[];
  cancellationPolicy: string;
  cancellableUntil: string;
}

/** The details of a time not yet booked, from the listing's visit info. */
export function detailsOfSlot(slot: Slot, info: VisitInfo): VisitDetails {
  const visit = info.visits.find((v) => v.visitType === slot.visitType);
  return {
    slot,
    clinic: info.clinic,
    ...(slot.visitType === 'physical' ? { address: info.address } : {}),
    how: visit?.how ?? '',
    bring: visit?.bring ?? [],
    cancellationPolicy: info.cancellationPolicy,
    cancellableUntil: new Date(Date.parse(slot.start) - info.cancelLimitHours * 3_600_000).toISOString(),
  };
}

export const detailsOfBooking = (booking: Booking): VisitDetails => booking;

/** Who, when, where or how, what to bring, how to cancel: as a description list. */
export function visitSummary(d: VisitDetails, s: BookingStrings, locale: Locale) {
  const visitIcon = d.slot.visitType === 'physical' ? 'clinic' : d.slot.visitType;
  return html`<dl class="summary" part="summary">
    <div><dt>${s.whenLabel}</dt><dd class="when">${when.dateTime(d.slot.start, locale)}–${when.time(d.slot.end, locale)}</dd></div>
    <div><dt>${s.who}</dt><dd>${s.professions[d.slot.profession]}, ${d.clinic.name}</dd></div>
    <div>
      <dt>${d.address ? s.where : s.how}</dt>
      <dd>
        <span class="visit-type">${icon(visitIcon)} ${s.visitTypes[d.slot.visitType]}</span>
        ${d.address ? html`<span class="address">${d.address.street}, ${d.address.postalCode} ${d.address.city}</span>` : nothing}
        <span>${d.how}</span>
      </dd>
    </div>
    ${d.bring.length > 0
      ? html`<div>
          <dt>${s.bring}</dt>
          <dd><ul class="bring">${d.bring.map((item) => html`<li>${item}</li>`)}</ul></dd>
        </div>`
      : nothing}
    <div>
      <dt>${s.cancelRules}</dt>
      <dd>
        <span>
          ${Date.parse(d.cancellableUntil) > Date.now() ? s.cancelUntil(when.dateTime(d.cancellableUntil, locale)) : s.noOnlineChange}
        </span>
        <span>${d.cancellationPolicy}</span>
        <span>${s.clinicPhone(d.clinic.phone)}</span>
      </dd>
    </div>
  </dl>`;
}

export interface ConfirmOptions {
  s: BookingStrings;
  locale: Locale;
  details: VisitDetails;
  rescheduling: boolean;
  submitting: boolean;
  headingLevel: number;
  onConfirm: () => void;
  onBack: () => void;
}

/** The confirm step: the chosen time's details, then book (or change to) it. */
export function confirmView(o: ConfirmOptions) {
  return html`<div class="confirm">
    <div class="step-heading" role="heading" aria-level=${o.headingLevel} id="confirm-heading" tabindex="-1">${o.s.confirmHeading}</div>
    ${visitSummary(o.details, o.s, o.locale)}
    <div class="actions">
      <button class="button confirm-button" type="button" aria-disabled=${o.submitting ? 'true' : 'false'} @click=${() => !o.submitting && o.onConfirm()}>
        ${o.submitting ? o.s.booking : o.rescheduling ? o.s.confirmChange : o.s.confirm}
      </button>
      <button class="button secondary" type="button" ?disabled=${o.submitting} @click=${o.onBack}>${o.s.back}</button>
    </div>
  </div>`;
}
