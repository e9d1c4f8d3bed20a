import type { Booking, ChatEvent, Locale, Slot, VisitOfferAnswer } from '@nara/contract';
import type { Person } from '../http/auth.js';
import { HttpProblem, notFound } from '../http/problem.js';
import type { Store } from '../stores/store.js';
import type { AccessControl } from './access.js';
import type { BookingService } from './bookings.js';
import type { ChatService } from './chat.js';
import { soonestFirst } from './slots.js';

/**
 * Booking a visit for the patient from the chat: staff who hold the errand offer free times of
 * their clinic; the patient confirms one with one press and it is booked exactly as the booking
 * picker books (same service: quotas, a time taken meanwhile, idempotency). The booking shows in
 * the chat for both sides. One offer books at most one time.
 */
export class VisitOfferService {
  constructor(
    private readonly store: Store,
    private readonly chat: ChatService,
    private readonly bookings: BookingService,
    private readonly access: AccessControl,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async offer(staff: Person, conversationId: string, slotIds: string[]): Promise<ChatEvent> {
    const record = await this.store.conversations.get(conversationId);
    if (!record || record.clinic !== staff.clinic) throw notFound(`Conversation ${conversationId}`);
    if (record.status === 'closed') throw new HttpProblem(409, 'conflict', 'The conversation is closed');
    if (record.status !== 'open') throw new HttpProblem(409, 'conflict', 'Take the errand first');
    if (record.profession !== staff.profession) throw new HttpProblem(403, 'forbidden', `The errand is with ${record.profession}`);
    const ids = [...new Set(slotIds)];
    const slots: Slot[] = [];
    for (const [n, id] of ids.entries()) {
      const slot = await this.bookings.freeSlot(id);
      if (slot && slot.clinic !== record.clinic) {
        throw new HttpProblem(422, 'invalid', 'Offer times of your own clinic', [{ path: `slotIds.${n}`, message: 'another clinic' }]);
      }
      if (!slot) throw new HttpProblem(409, 'conflict', 'A time is no longer free; choose another time', [{ path: `slotIds.${n}`, message: 'not free' }]);
      slots.push(slot);
    }
    slots.sort(soonestFirst);
    await this.access.staff(staff, record.owner, 'write', `visit-offer:${conversationId}`);
    return this.chat.append(conversationId, {
      type: 'visit-offered',
      at: this.now().toISOString(),
      requestId: crypto.randomUUID(),
      staff: { name: staff.name ?? staff.id, profession: staff.profession! },
      slots,
    });
  }

  /**
   * The patient (or their guardian) confirms one offered time. A second confirmation of the same
   * offer answers the booking already made when it is the same time, and 409 otherwise.
   */
  async accept(person: Person, conversationId: string, answer: VisitOfferAnswer, locale: Locale): Promise<{ booking: Booking; replayed: boolean }> {
    const record = await this.chat.record(person, conversationId);
    const events = await this.store.conversations.listAfter(conversationId, 0);
    const offer = events.find((e) => e.type === 'visit-offered' && e.requestId === answer.requestId);
    if (offer?.type !== 'visit-offered') {
      throw new HttpProblem(422, 'invalid', `No offer ${answer.requestId} in this conversation`, [{ path: 'requestId', message: 'Unknown offer' }]);
    }
    if (!offer.slots.some((s) => s.id === answer.slotId)) {
      throw new HttpProblem(422, 'invalid', 'That time was not offered', [{ path: 'slotId', message: 'Not one of the offered times' }]);
    }
    const done = events.find((e) => e.type === 'visit-booked' && e.requestId === answer.requestId);
    if (done?.type === 'visit-booked') {
      if (done.slot.id !== answer.slotId) throw new HttpProblem(409, 'conflict', 'A time from this offer is already booked');
      return { booking: await this.bookings.get(record.owner, done.bookingId, locale), replayed: true };
    }
    if (record.status === 'closed') throw new HttpProblem(409, 'conflict', 'The conversation is closed');
    let result: Awaited<ReturnType<BookingService['book']>>;
    try {
      // The offer's own key: one offer books one time, however many presses or tabs.
      result = await this.bookings.book(record.owner, { slotId: answer.slotId, ...(record.assessmentId ? { assessmentId: record.assessmentId } : {}) }, `visit-offer:${answer.requestId}`, locale);
    } catch (error) {
      if (error instanceof HttpProblem && error.status === 422 && error.errors?.some((e) => e.path === 'Idempotency-Key')) {
        throw new HttpProblem(409, 'conflict', 'A time from this offer is already booked');
      }
      throw error;
    }
    const { booking } = result;
    const again = (await this.store.conversations.listAfter(conversationId, offer.seq)).some((e) => e.type === 'visit-booked' && e.requestId === answer.requestId);
    if (!again) {
      await this.chat.append(conversationId, { type: 'visit-booked', at: this.now().toISOString(), requestId: answer.requestId, bookingId: booking.id, slot: booking.slot });
    }
    return result;
  }
}
