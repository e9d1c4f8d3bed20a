import * as z from 'zod/mini';
import { Id, Instant, Profession } from './common.js';

/** How a booked visit happens. */
export const VISIT_TYPES = ['physical', 'video', 'phone'] as const;
export const VisitType = z.enum(VISIT_TYPES);
export type VisitType = z.infer<typeof VisitType>;

/**
 * A free time. `id` is deterministic (`clinic/profession/visitType/start`), so the same time has
 * the same id in every listing and a booking names it exactly.
 */
export const Slot = z.object({
  id: Id,
  clinic: Id,
  /** When the visit starts, UTC. Shown in Europe/Stockholm time. */
  start: Instant,
  end: Instant,
  visitType: VisitType,
  /** Who the patient meets. */
  profession: Profession,
});
export type Slot = z.infer<typeof Slot>;

const ClinicContact = z.object({ id: Id, name: z.string().check(z.maxLength(200)), phone: z.string().check(z.maxLength(40)) });
const Address = z.object({ street: z.string(), postalCode: z.string(), city: z.string() });

/** What a patient should know before confirming a time at a clinic: the same text a booking carries. */
export const VisitInfo = z.object({
  clinic: ClinicContact,
  /** Where physical visits happen. */
  address: Address,
  /** Cancelling or changing online is possible until this many hours before a visit. */
  cancelLimitHours: z.number().check(z.minimum(0)),
  cancellationPolicy: z.string().check(z.maxLength(500)),
  visits: z.array(
    z.object({
      visitType: VisitType,
      how: z.string().check(z.maxLength(1000)),
      bring: z.array(z.string().check(z.maxLength(300))).check(z.maxLength(20)),
    }),
  ),
});
export type VisitInfo = z.infer<typeof VisitInfo>;

/** `GET /v1/slots`: the free times, and what to know about a visit at the clinic. */
export const SlotList = z.object({ slots: z.array(Slot), visitInfo: VisitInfo });
export type SlotList = z.infer<typeof SlotList>;

/** The longest span one slot listing covers. */
export const MAX_SLOT_RANGE_DAYS = 42;

/** `GET /v1/slots` query. `from`/`to` are instants; at most `MAX_SLOT_RANGE_DAYS` apart. */
export const SlotQuery = z.object({
  clinic: Id,
  from: Instant,
  to: Instant,
  visitType: z.optional(VisitType),
  profession: z.optional(Profession),
});
export type SlotQuery = z.infer<typeof SlotQuery>;

export const BOOKING_STATUSES = ['booked', 'cancelled'] as const;
export const BookingStatus = z.enum(BOOKING_STATUSES);
export type BookingStatus = z.infer<typeof BookingStatus>;

/** A booked visit, with everything the patient needs to turn up prepared (a digital "kallelse"). */
export const Booking = z.object({
  id: Id,
  status: BookingStatus,
  slot: Slot,
  /** Who the patient meets and where they are listed. */
  clinic: ClinicContact,
  /** Where to go: only for physical visits. */
  address: z.optional(Address),
  /** How the visit happens (where the video link comes, who calls whom), in the asked-for language. */
  how: z.string().check(z.maxLength(1000)),
  /** What to bring or have ready. */
  bring: z.array(z.string().check(z.maxLength(300))).check(z.maxLength(20)),
  /** After this instant the booking can no longer be cancelled or changed online. */
  cancellableUntil: Instant,
  /** The rule behind `cancellableUntil`, e.g. "Avboka senast 24 timmar före besöket". */
  cancellationPolicy: z.string().check(z.maxLength(500)),
  /** The assessment (triage) that led to the booking, when there was one. */
  assessmentId: z.optional(Id),
  createdAt: Instant,
  cancelledAt: z.optional(Instant),
});
export type Booking = z.infer<typeof Booking>;

export const BookingList = z.object({ bookings: z.array(Booking) });
export type BookingList = z.infer<typeof BookingList>;

/** `POST /v1/bookings`: book a free slot. Send an `Idempotency-Key`; a retry with it never books twice. */
export const BookingRequest = z.object({
  slotId: Id,
  assessmentId: z.optional(Id),
});
export type BookingRequest = z.infer<typeof BookingRequest>;

/** `PATCH /v1/bookings/{id}`: move the booking to another free slot, all or nothing. */
export const BookingChange = z.object({ slotId: Id });
export type BookingChange = z.infer<typeof BookingChange>;
