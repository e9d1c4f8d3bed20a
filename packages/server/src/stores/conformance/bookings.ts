import type { BookingRecord } from '../store.js';
import type { Scope, StoreCase } from './kit.js';
import { check, same } from './kit.js';

/** A booking of the scope's clinic (or `over.clinic`) at `hour` on 3 December 2026, for the scope's `person`. */
function booking(s: Scope, person: string, hour: number, over: Partial<BookingRecord> = {}): BookingRecord {
  const clinic = over.clinic ?? s.clinic();
  const start = new Date(Date.UTC(2026, 11, 3, hour)).toISOString();
  return {
    id: `booking-${crypto.randomUUID()}`,
    person: s.person(person),
    slotId: `${clinic}/doctor/physical/${start}`,
    clinic,
    profession: 'doctor',
    visitType: 'physical',
    start,
    end: new Date(Date.parse(start) + 30 * 60_000).toISOString(),
    status: 'booked',
    createdAt: '2026-12-01T08:00:00.000Z',
    revision: 0,
    ...over,
  };
}

const DAY = ['2026-12-03T00:00:00.000Z', '2026-12-04T00:00:00.000Z'] as const;

export const bookingCases: StoreCase[] = [
  {
    area: 'bookings',
    name: 'creates, gets and lists a person’s bookings soonest first',
    async run(store, s) {
      const later = booking(s, 'anna', 12);
      const sooner = booking(s, 'anna', 9, { assessmentId: 'a-1' });
      same(await store.bookings.create(later), { outcome: 'created', booking: later }, 'later created');
      same(await store.bookings.create(sooner), { outcome: 'created', booking: sooner }, 'sooner created');
      same(await store.bookings.get(sooner.id), sooner, 'get');
      same(await store.bookings.get('no-such-booking'), null, 'unknown id');
      same(await store.bookings.listByPerson(s.person('anna')), [sooner, later], 'soonest first');
    },
  },
  {
    area: 'bookings',
    name: 'a free slot is booked once; the same slot for someone else is taken',
    async run(store, s) {
      check((await store.bookings.create(booking(s, 'anna', 8))).outcome === 'created', 'first booking');
      same(await store.bookings.create(booking(s, 'bertil', 8)), { outcome: 'taken' }, 'second booking of the slot');
      same(await store.bookings.listByPerson(s.person('bertil')), [], 'bertil has no booking');
    },
  },
  {
    area: 'bookings',
    name: '50 simultaneous creates of one slot: exactly one is created',
    async run(store, s) {
      const outcomes = await Promise.all(Array.from({ length: 50 }, (_, i) => store.bookings.create(booking(s, `p${i}`, 9), `k${i}`)));
      same(outcomes.filter((o) => o.outcome === 'created').length, 1, 'one created');
      same(outcomes.filter((o) => o.outcome === 'taken').length, 49, 'the others taken');
    },
  },
  {
    area: 'bookings',
    name: 'the same idempotency key answers the earlier booking, also racing; for another slot it is refused; keys are per person',
    async run(store, s) {
      const made = booking(s, 'anna', 10);
      same((await store.bookings.create(made, 'key-1')).outcome, 'created', 'created');
      same(await store.bookings.create({ ...made, id: 'other-id' }, 'key-1'), { outcome: 'replayed', booking: made }, 'replayed');
      same(await store.bookings.create(booking(s, 'anna', 11), 'key-1'), { outcome: 'key-reused' }, 'another slot with the key');
      same((await store.bookings.create(booking(s, 'bertil', 12), 'key-1')).outcome, 'created', "bertil's own key-1");
      same((await store.bookings.listByPerson(s.person('anna'))).length, 1, 'anna has one booking');
      const racing = booking(s, 'cecilia', 13);
      const raced = await Promise.all([1, 2, 3, 4].map(() => store.bookings.create({ ...racing, id: `booking-${crypto.randomUUID()}` }, 'race')));
      same(raced.filter((r) => r.outcome === 'created').length, 1, 'one of the racing requests creates');
      check(raced.every((r) => r.outcome === 'created' || r.outcome === 'replayed'), `the others replay: ${JSON.stringify(raced.map((r) => r.outcome))}`);
      same((await store.bookings.listByPerson(s.person('cecilia'))).length, 1, 'nothing twice');
    },
  },
  {
    area: 'bookings',
    name: 'cancelling frees the slot, keeps the record, and is idempotent',
    async run(store, s) {
      const made = await store.bookings.create(booking(s, 'anna', 13));
      check(made.outcome === 'created', 'created');
      const cancelled = await store.bookings.cancel(made.booking.id, '2026-12-02T08:00:00.000Z');
      check(cancelled?.status === 'cancelled' && cancelled.revision === 1, 'cancelled, revision 1');
      same(cancelled.cancelledAt, '2026-12-02T08:00:00.000Z', 'cancelledAt');
      const again = await store.bookings.cancel(made.booking.id, '2026-12-02T09:00:00.000Z');
      check(again?.revision === 1 && again.cancelledAt === '2026-12-02T08:00:00.000Z', 'a second cancel changes nothing');
      same((await store.bookings.create(booking(s, 'bertil', 13))).outcome, 'created', 'the slot is free again');
      same((await store.bookings.get(made.booking.id))?.status, 'cancelled', 'the record stays');
      same(await store.bookings.cancel('no-such-booking', '2026-12-02T08:00:00.000Z'), null, 'unknown id');
    },
  },
  {
    area: 'bookings',
    name: 'moving takes the new slot and frees the old one; a taken slot changes nothing',
    async run(store, s) {
      const anna = booking(s, 'anna', 14);
      const bertil = booking(s, 'bertil', 15);
      check((await store.bookings.create(anna)).outcome === 'created' && (await store.bookings.create(bertil)).outcome === 'created', 'created');
      const target = { slotId: `${s.clinic()}/doctor/video/2026-12-03T16:00:00.000Z`, profession: 'doctor' as const, visitType: 'video' as const, start: '2026-12-03T16:00:00.000Z', end: '2026-12-03T16:20:00.000Z' };
      same(await store.bookings.move(anna.id, target), { outcome: 'moved', booking: { ...anna, ...target, revision: 1 } }, 'moved');
      same((await store.bookings.create(booking(s, 'cecilia', 14))).outcome, 'created', 'the old slot is free');
      same(await store.bookings.move(anna.id, { ...target, slotId: bertil.slotId }), { outcome: 'taken' }, "onto bertil's slot");
      same(await store.bookings.get(anna.id), { ...anna, ...target, revision: 1 }, 'unchanged after the refusal');
      const again = await store.bookings.move(anna.id, target);
      check(again.outcome === 'moved' && again.booking.revision === 1, 'moving to the slot it holds changes nothing');
      same(await store.bookings.move('no-such-booking', target), { outcome: 'not-found' }, 'unknown id');
    },
  },
  {
    area: 'bookings',
    name: 'two moves racing for one slot: one wins, the other keeps its slot',
    async run(store, s) {
      const a = booking(s, 'anna', 17);
      const b = booking(s, 'bertil', 18);
      await store.bookings.create(a);
      await store.bookings.create(b);
      const target = booking(s, 'x', 19);
      const [ra, rb] = await Promise.all([store.bookings.move(a.id, target), store.bookings.move(b.id, target)]);
      same([ra.outcome, rb.outcome].sort(), ['moved', 'taken'], 'outcomes');
      const held = await store.bookings.heldSlotIds(s.clinic(), ...DAY);
      check(held.has(target.slotId), 'target held');
      check(held.has(a.slotId) !== held.has(b.slotId), 'exactly one old slot still held');
    },
  },
  {
    area: 'bookings',
    name: 'held slots are a clinic’s booked slots within [from, to); cancelled bookings hold nothing and cannot move',
    async run(store, s) {
      const at8 = booking(s, 'anna', 8);
      await store.bookings.create(booking(s, 'anna', 12));
      await store.bookings.create(at8);
      await store.bookings.create(booking(s, 'anna', 10, { clinic: s.clinic('other') }));
      const gone = booking(s, 'bertil', 9);
      await store.bookings.create(gone);
      await store.bookings.cancel(gone.id, '2026-12-02T08:00:00.000Z');
      same(await store.bookings.heldSlotIds(s.clinic(), '2026-12-03T08:00:00.000Z', '2026-12-03T12:00:00.000Z'), new Set([at8.slotId]), 'held');
      same((await store.bookings.listByPerson(s.person('anna'))).map((b) => b.start.slice(11, 13)), ['08', '10', '12'], 'soonest first, both clinics');
      same((await store.bookings.move(gone.id, booking(s, 'x', 20))).outcome, 'not-found', 'a cancelled booking does not move');
    },
  },
];
