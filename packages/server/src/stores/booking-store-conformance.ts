import type { BookingRecord, Store } from './store.js';

/**
 * What every `Store.bookings` implementation must do, as runner-free cases: the memory store runs
 * them in wtr (booking-store.test.ts); a PostgreSQL/PGlite store runs the same list under node:test.
 * Each case gets a fresh, empty store.
 */
export interface BookingStoreCase {
  name: string;
  run(store: Store): Promise<void>;
}

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`store conformance: ${message}`);
}

let counter = 0;
/** A booking record on `slot` (a start hour in December 2026) for `person`. */
export function record(person: string, hour: number, overrides: Partial<BookingRecord> = {}): BookingRecord {
  const start = new Date(Date.UTC(2026, 11, 3, hour)).toISOString();
  return {
    id: `booking-${++counter}-${Math.random().toString(36).slice(2)}`,
    person,
    slotId: `vc-linden/doctor/physical/${start}`,
    clinic: 'vc-linden',
    profession: 'doctor',
    visitType: 'physical',
    start,
    end: new Date(Date.parse(start) + 30 * 60_000).toISOString(),
    status: 'booked',
    createdAt: '2026-12-01T08:00:00.000Z',
    revision: 0,
    ...overrides,
  };
}

export const bookingStoreCases: BookingStoreCase[] = [
  {
    name: 'a free slot is booked once; the same slot for someone else is taken',
    async run(store) {
      const first = await store.bookings.create(record('anna', 8));
      check(first.outcome === 'created', `first booking: ${first.outcome}`);
      const second = await store.bookings.create(record('bertil', 8));
      check(second.outcome === 'taken', `second booking of the slot: ${second.outcome}`);
      check((await store.bookings.listByPerson('bertil')).length === 0, 'bertil has no booking');
    },
  },
  {
    name: '50 simultaneous creates of one slot: exactly one is created',
    async run(store) {
      const outcomes = await Promise.all(Array.from({ length: 50 }, (_, i) => store.bookings.create(record(`p${i}`, 9), `k${i}`)));
      check(outcomes.filter((o) => o.outcome === 'created').length === 1, 'one created');
      check(outcomes.filter((o) => o.outcome === 'taken').length === 49, 'the others taken');
    },
  },
  {
    name: 'the same idempotency key answers the earlier booking; for another slot it is refused; keys are per person',
    async run(store) {
      const made = await store.bookings.create(record('anna', 10), 'key-1');
      check(made.outcome === 'created', 'created');
      const again = await store.bookings.create(record('anna', 10), 'key-1');
      check(again.outcome === 'replayed' && again.booking.id === made.booking.id, `replayed: ${again.outcome}`);
      const other = await store.bookings.create(record('anna', 11), 'key-1');
      check(other.outcome === 'key-reused', `another slot with the key: ${other.outcome}`);
      const bertil = await store.bookings.create(record('bertil', 12), 'key-1');
      check(bertil.outcome === 'created', `bertil's own key-1: ${bertil.outcome}`);
      check((await store.bookings.listByPerson('anna')).length === 1, 'anna has one booking');
    },
  },
  {
    name: 'cancelling frees the slot, keeps the record, and is idempotent',
    async run(store) {
      const made = await store.bookings.create(record('anna', 13));
      check(made.outcome === 'created', 'created');
      const cancelled = await store.bookings.cancel(made.booking.id, '2026-12-02T08:00:00.000Z');
      check(cancelled?.status === 'cancelled' && cancelled.revision === 1, 'cancelled, revision 1');
      check(cancelled.cancelledAt === '2026-12-02T08:00:00.000Z', 'cancelledAt');
      const again = await store.bookings.cancel(made.booking.id, '2026-12-02T09:00:00.000Z');
      check(again?.revision === 1 && again.cancelledAt === '2026-12-02T08:00:00.000Z', 'second cancel changes nothing');
      check((await store.bookings.create(record('bertil', 13))).outcome === 'created', 'the slot is free again');
      check((await store.bookings.get(made.booking.id))?.status === 'cancelled', 'the record stays');
      check((await store.bookings.cancel('no-such-id', '2026-12-02T08:00:00.000Z')) === null, 'unknown id: null');
    },
  },
  {
    name: 'moving takes the new slot and frees the old one; a taken slot changes nothing',
    async run(store) {
      const anna = await store.bookings.create(record('anna', 14));
      const bertil = await store.bookings.create(record('bertil', 15));
      check(anna.outcome === 'created' && bertil.outcome === 'created', 'created');
      const target = record('x', 16);
      const moved = await store.bookings.move(anna.booking.id, target);
      check(moved.outcome === 'moved' && moved.booking.slotId === target.slotId && moved.booking.revision === 1, 'moved');
      check((await store.bookings.create(record('cecilia', 14))).outcome === 'created', 'the old slot is free');
      const refused = await store.bookings.move(anna.booking.id, record('x', 15));
      check(refused.outcome === 'taken', `move onto bertil's slot: ${refused.outcome}`);
      check((await store.bookings.get(anna.booking.id))?.slotId === target.slotId, 'unchanged after refusal');
      const same = await store.bookings.move(anna.booking.id, target);
      check(same.outcome === 'moved' && same.booking.revision === 1, 'moving to the held slot changes nothing');
    },
  },
  {
    name: 'two moves racing for one slot: one wins, the other keeps its slot',
    async run(store) {
      const a = await store.bookings.create(record('anna', 17));
      const b = await store.bookings.create(record('bertil', 18));
      check(a.outcome === 'created' && b.outcome === 'created', 'created');
      const target = record('x', 19);
      const [ra, rb] = await Promise.all([store.bookings.move(a.booking.id, target), store.bookings.move(b.booking.id, target)]);
      check([ra.outcome, rb.outcome].sort().join() === 'moved,taken', `outcomes ${ra.outcome}, ${rb.outcome}`);
      const held = await store.bookings.heldSlotIds('vc-linden', '2026-12-03T00:00:00.000Z', '2026-12-04T00:00:00.000Z');
      check(held.has(target.slotId), 'target held');
      check(held.has(a.booking.slotId) !== held.has(b.booking.slotId), 'exactly one old slot still held');
    },
  },
  {
    name: 'held slots are per clinic within [from, to); lists are soonest first; cancelled bookings cannot move',
    async run(store) {
      await store.bookings.create(record('anna', 12));
      await store.bookings.create(record('anna', 8));
      await store.bookings.create(record('anna', 10, { clinic: 'hc-alvstranden', slotId: 'hc-alvstranden/doctor/physical/2026-12-03T10:00:00.000Z' }));
      const held = await store.bookings.heldSlotIds('vc-linden', '2026-12-03T08:00:00.000Z', '2026-12-03T12:00:00.000Z');
      check(held.size === 1 && [...held][0].endsWith('T08:00:00.000Z'), `held: ${[...held].join()}`);
      const list = await store.bookings.listByPerson('anna');
      check(list.map((b) => b.start.slice(11, 13)).join() === '08,10,12', `order: ${list.map((b) => b.start).join()}`);
      const cancelled = await store.bookings.cancel(list[0].id, '2026-12-02T08:00:00.000Z');
      check(cancelled !== null, 'cancelled');
      check((await store.bookings.move(list[0].id, record('x', 20))).outcome === 'not-found', 'a cancelled booking does not move');
    },
  },
];
