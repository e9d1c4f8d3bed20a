import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { NaraError, type Booking, type CareBackend, type ChatEventOf, type Slot } from '@nara/contract';
import type { Locale } from '../base/locale.js';
import { dateFormat } from '../base/date-format.js';
import type { ChatStrings } from './strings.js';

/** "onsdag 9 december 10:00" in Europe/Stockholm time. */
export function slotTime(start: string, locale: Locale): string {
  return dateFormat(locale, { timeZone: 'Europe/Stockholm', weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(start));
}

/** One offered time in words: when, how and with whom. */
export const slotLabel = (slot: Slot, t: ChatStrings, locale: Locale) => t.visitSlot(slotTime(slot.start, locale), t.visitType[slot.visitType], t.profession[slot.profession]);

interface OfferState {
  /** The slot being booked now. */
  pending?: string;
  error?: NaraError;
}

export interface VisitOfferHost {
  addController(controller: ReactiveController): void;
  requestUpdate(): void;
}

/**
 * Times staff offered in the chat, confirmed with one press: each press books through the
 * backend's `acceptVisitOffer` (the same booking as the booking picker makes); a time taken
 * meanwhile shows the server's words and leaves the other times to choose from.
 */
export class VisitOffers implements ReactiveController {
  private readonly states = new Map<string, OfferState>();
  /** Changes whenever an offer's state does (for the panel's render guard). */
  version = 0;

  constructor(
    private readonly host: VisitOfferHost,
    private readonly options: {
      backend: () => Promise<CareBackend | undefined>;
      conversationId: () => string | undefined;
      locale: () => Locale;
      errorMessage: (error: NaraError) => string;
      onBooked: (booking: Booking) => void;
      onError: (error: NaraError) => void;
    },
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  private set(requestId: string, state: OfferState) {
    this.states.set(requestId, state);
    this.version++;
    this.host.requestUpdate();
  }

  async confirm(offer: ChatEventOf<'visit-offered'>, slot: Slot): Promise<void> {
    if (this.states.get(offer.requestId)?.pending) return;
    const backend = await this.options.backend();
    const id = this.options.conversationId();
    if (!backend?.acceptVisitOffer || !id) return;
    this.set(offer.requestId, { pending: slot.id });
    try {
      const booking = await backend.acceptVisitOffer(
        id,
        { requestId: offer.requestId, slotId: slot.id },
        { idempotencyKey: `offer-${offer.requestId}-${slot.id}`.replace(/[^\w.:-]/g, '_').slice(0, 200), locale: this.options.locale() },
      );
      this.set(offer.requestId, {});
      this.options.onBooked(booking);
    } catch (error) {
      const e = NaraError.is(error) ? error : new NaraError('network', String(error));
      this.set(offer.requestId, { error: e });
      this.options.onError(e);
    }
  }

  /** The offer's card: the times as buttons, or the booked time once confirmed. */
  render(offer: ChatEventOf<'visit-offered'>, booked: Slot | undefined, canConfirm: boolean, t: ChatStrings, locale: Locale): TemplateResult {
    const state = this.states.get(offer.requestId) ?? {};
    if (booked) {
      return html`<p class="done">${t.visitBookedText(slotLabel(booked, t, locale))}</p>`;
    }
    return html`<p>${t.visitOffered(offer.staff.name)}</p>
      ${canConfirm ? html`<p class="hint">${t.visitChoose}</p>` : nothing}
      ${state.error
        ? html`<p class="offer-error" role="alert">${state.error.code === 'conflict' ? t.visitTaken : this.options.errorMessage(state.error)} ${t.visitChooseAnother}</p>`
        : nothing}
      <ul class="offer-slots">
        ${offer.slots.map((slot) => {
          const label = slotLabel(slot, t, locale);
          return html`<li>
            ${canConfirm
              ? html`<button type="button" class="button secondary" ?disabled=${Boolean(state.pending)} aria-busy=${state.pending === slot.id ? 'true' : 'false'}
                  @click=${() => void this.confirm(offer, slot)}>${t.visitBook(label)}</button>`
              : label}
          </li>`;
        })}
      </ul>`;
  }
}
