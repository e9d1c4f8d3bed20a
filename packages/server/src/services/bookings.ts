import { MAX_SLOT_RANGE_DAYS, type Booking, type Locale, type Profession, type Slot, type SlotQuery, type VisitInfo, type VisitType } from '@nara/contract';
import { HttpProblem, notFound } from '../http/problem.js';
import { text, type Text } from '../seed/text.js';
import type { BookingRecord, Store } from '../stores/store.js';
import type { ClinicDirectory } from './clinics.js';
import { calendarFile } from './icalendar.js';
import { ownAssessment } from './own-assessment.js';
import { DEFAULT_QUOTAS, quotaExceeded, type Quotas } from './quotas.js';
import { slotRange, type SlotSchedule } from './slots.js';

const professionNames: Record<Profession, Text> = {
  secretary: text('Sekreterare', 'Secretary'),
  nurse: text('Sjuksköterska', 'Nurse'),
  doctor: text('Läkare', 'Doctor'),
  'child-health-nurse': text('BVC-sjuksköterska', 'Child-health nurse'),
  physiotherapist: text('Fysioterapeut', 'Physiotherapist'),
  psychologist: text('Psykolog', 'Psychologist'),
  counsellor: text('Kurator', 'Counsellor'),
  midwife: text('Barnmorska', 'Midwife'),
  '1177-nurse': text('Sjuksköterska på 1177', '1177 nurse'),
};

const visitNames: Record<VisitType, Text> = {
  physical: text('Besök', 'Visit'),
  video: text('Videomöte', 'Video meeting'),
  phone: text('Telefonsamtal', 'Phone call'),
};

const cancellationPolicy = (hours: number): Text =>
  text(
    `Av- eller omboka senast ${hours} timmar före besöket. Därefter ringer du oss. Uteblivet besök kan debiteras.`,
    `Cancel or change at least ${hours} hours before the visit. After that, call us. A missed visit may be charged.`,
  );

/** Booking, cancelling and rescheduling visits: never two bookings on one slot. */
export class BookingService {
  constructor(
    private readonly store: Store,
    private readonly clinics: ClinicDirectory,
    private readonly schedule: SlotSchedule,
    private readonly now: () => Date,
    private readonly quotas: Pick<Quotas, 'futureBookingsPerClinic'> = DEFAULT_QUOTAS,
  ) {}

  /** Free slots: the schedule's times minus the ones held by bookings. */
  async freeSlots(query: SlotQuery): Promise<Slot[]> {
    this.clinics.seed(query.clinic);
    const { from, to } = slotRange(query.from, query.to, MAX_SLOT_RANGE_DAYS);
    const slots = this.schedule.generate(query.clinic, from, to, query, this.now());
    if (slots.length === 0) return slots;
    const held = await this.store.bookings.heldSlotIds(query.clinic, from.toISOString(), to.toISOString());
    return slots.filter((slot) => !held.has(slot.id));
  }

  /** The slot an id names when it is free now (in the schedule, not too soon, held by no booking); null otherwise. */
  async freeSlot(slotId: string): Promise<Slot | null> {
    const slot = this.schedule.find(slotId, this.now());
    if (!slot) return null;
    const held = await this.store.bookings.heldSlotIds(slot.clinic, slot.start, new Date(Date.parse(slot.start) + 1).toISOString());
    return held.has(slot.id) ? null : slot;
  }

  /** What a patient should know before confirming a time at the clinic. */
  visitInfo(clinicId: string, locale: Locale): VisitInfo {
    const clinic = this.clinics.seed(clinicId);
    const schedule = this.schedule.schedule(clinicId);
    const types = [...new Set(schedule.blocks.map((b) => b.visitType))];
    return {
      clinic: { id: clinic.id, name: clinic.name, phone: clinic.phone },
      address: clinic.address,
      cancelLimitHours: schedule.cancelLimitHours,
      cancellationPolicy: cancellationPolicy(schedule.cancelLimitHours)[locale],
      visits: types.map((visitType) => ({
        visitType,
        how: schedule.how[visitType][locale],
        bring: schedule.bring[visitType].map((t) => t[locale]),
      })),
    };
  }

  async book(person: string, request: { slotId: string; assessmentId?: string }, idempotencyKey: string | undefined, locale: Locale) {
    const slot = this.bookableSlot(request.slotId);
    await ownAssessment(this.store, person, request.assessmentId);
    const now = this.now();
    const record: BookingRecord = {
      id: crypto.randomUUID(),
      person,
      slotId: slot.id,
      clinic: slot.clinic,
      profession: slot.profession,
      visitType: slot.visitType,
      start: slot.start,
      end: slot.end,
      status: 'booked',
      ...(request.assessmentId ? { assessmentId: request.assessmentId } : {}),
      createdAt: now.toISOString(),
      revision: 0,
    };
    const limit = this.quotas.futureBookingsPerClinic;
    const result = await this.store.bookings.create(record, idempotencyKey, { futurePerClinic: limit, now: now.toISOString() });
    switch (result.outcome) {
      case 'taken':
        throw slotGone();
      case 'quota':
        throw quotaExceeded(`You already have ${limit} booked times at ${this.clinics.seed(slot.clinic).name}; cancel one, or call the clinic`);
      case 'key-reused':
        throw new HttpProblem(422, 'invalid', 'This Idempotency-Key was already used for another booking', [
          { path: 'Idempotency-Key', message: 'use a new key for a new booking' },
        ]);
      default:
        return { booking: this.view(result.booking, locale), replayed: result.outcome === 'replayed' };
    }
  }

  async list(person: string, locale: Locale): Promise<Booking[]> {
    return (await this.store.bookings.listByPerson(person)).map((r) => this.view(r, locale));
  }

  async get(person: string, id: string, locale: Locale): Promise<Booking> {
    return this.view(await this.own(person, id), locale);
  }

  async cancel(person: string, id: string, locale: Locale): Promise<Booking> {
    const record = await this.own(person, id);
    if (record.status === 'cancelled') return this.view(record, locale);
    this.assertChangeable(record, 'cancelled');
    const cancelled = await this.store.bookings.cancel(id, this.now().toISOString());
    if (!cancelled) throw notFound('The booking');
    return this.view(cancelled, locale);
  }

  async reschedule(person: string, id: string, slotId: string, locale: Locale): Promise<Booking> {
    const record = await this.own(person, id);
    if (record.slotId === slotId && record.status === 'booked') return this.view(record, locale);
    if (record.status === 'cancelled') throw new HttpProblem(409, 'conflict', 'A cancelled booking cannot be changed; book a new time');
    this.assertChangeable(record, 'changed');
    const slot = this.bookableSlot(slotId);
    if (slot.clinic !== record.clinic || slot.profession !== record.profession) {
      throw new HttpProblem(422, 'invalid', 'A booking can only be moved to a time with the same clinic and profession', [
        { path: 'slotId', message: 'another clinic or profession' },
      ]);
    }
    const result = await this.store.bookings.move(id, { slotId: slot.id, profession: slot.profession, visitType: slot.visitType, start: slot.start, end: slot.end });
    if (result.outcome === 'taken') throw slotGone();
    if (result.outcome === 'not-found') throw new HttpProblem(409, 'conflict', 'The booking was cancelled meanwhile');
    return this.view(result.booking, locale);
  }

  async calendar(person: string, id: string, locale: Locale): Promise<string> {
    const record = await this.own(person, id);
    const booking = this.view(record, locale);
    const clinic = this.clinics.seed(record.clinic);
    const summary = `${visitNames[record.visitType][locale]}: ${professionNames[record.profession][locale]}, ${clinic.name}`;
    const location =
      record.visitType === 'physical' ? `${clinic.name}, ${clinic.address.street}, ${clinic.address.postalCode} ${clinic.address.city}` : undefined;
    const bringLabel = locale === 'sv' ? 'Ta med' : 'Bring';
    const description = [booking.how, `${bringLabel}: ${booking.bring.join(', ')}`, booking.cancellationPolicy, `${clinic.name}: ${clinic.phone}`].join('\n');
    return calendarFile({
      uid: `${record.id}@nara`,
      stamp: this.now(),
      start: new Date(record.start),
      end: new Date(record.end),
      summary,
      location,
      description,
      status: record.status === 'booked' ? 'CONFIRMED' : 'CANCELLED',
      sequence: record.revision,
    });
  }

  /** The slot an id names, if it can be booked now (it may still be taken: the store decides). */
  private bookableSlot(slotId: string): Slot {
    const slot = this.schedule.find(slotId, this.now());
    if (slot) return slot;
    if (/^[\w-]+\/[\w-]+\/(physical|video|phone)\/\S+$/.test(slotId)) throw slotGone();
    throw new HttpProblem(422, 'invalid', 'No such slot', [{ path: 'slotId', message: 'not a slot id' }]);
  }

  /** A booking of this person's; someone else's is "not found" so ids reveal nothing. */
  private async own(person: string, id: string): Promise<BookingRecord> {
    const record = await this.store.bookings.get(id);
    if (!record || record.person !== person) throw notFound('The booking');
    return record;
  }

  private cancellableUntil(record: BookingRecord): Date {
    return new Date(Date.parse(record.start) - this.schedule.schedule(record.clinic).cancelLimitHours * 3_600_000);
  }

  private assertChangeable(record: BookingRecord, what: 'cancelled' | 'changed') {
    if (this.now() > this.cancellableUntil(record)) {
      const hours = this.schedule.schedule(record.clinic).cancelLimitHours;
      throw new HttpProblem(409, 'conflict', `The booking can no longer be ${what} online (the limit is ${hours} hours before the visit); call the clinic`);
    }
  }

  /** A record as the contract's `Booking`, with text in the asked-for language. */
  private view(record: BookingRecord, locale: Locale): Booking {
    const clinic = this.clinics.seed(record.clinic);
    const schedule = this.schedule.schedule(record.clinic);
    return {
      id: record.id,
      status: record.status,
      slot: {
        id: record.slotId,
        clinic: record.clinic,
        start: record.start,
        end: record.end,
        visitType: record.visitType,
        profession: record.profession,
      },
      clinic: { id: clinic.id, name: clinic.name, phone: clinic.phone },
      ...(record.visitType === 'physical' ? { address: clinic.address } : {}),
      how: schedule.how[record.visitType][locale],
      bring: schedule.bring[record.visitType].map((t) => t[locale]),
      cancellableUntil: this.cancellableUntil(record).toISOString(),
      cancellationPolicy: cancellationPolicy(schedule.cancelLimitHours)[locale],
      ...(record.assessmentId ? { assessmentId: record.assessmentId } : {}),
      createdAt: record.createdAt,
      ...(record.cancelledAt ? { cancelledAt: record.cancelledAt } : {}),
    };
  }
}

const slotGone = () => new HttpProblem(409, 'conflict', 'The time is no longer free; choose another time');
