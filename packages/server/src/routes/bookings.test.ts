import { expect } from '@open-wc/testing';
import { HttpBackend } from '@nara/client';
import { NaraError, type Booking, type Slot } from '@nara/contract';
import { createApp } from '../app.js';

const ORIGIN = 'https://booking.test';
const ANNA = 'test:199001011234';
const BERTIL = 'test:198502023456';

/** The real app with a clock the test moves. */
function setup(start = '2026-12-01T08:00:00Z') {
  const clock = { now: new Date(start) };
  const app = createApp({ now: () => clock.now });
  const call = (path: string, init: RequestInit & { token?: string } = {}) => {
    const headers = new Headers(init.headers);
    if (init.token) headers.set('Authorization', `Bearer ${init.token}`);
    if (init.body) headers.set('Content-Type', 'application/json');
    return app.fetch(new Request(`${ORIGIN}${path}`, { ...init, headers }));
  };
  const backend = (token: string, fetch = async (r: Request) => app.fetch(r), timeout?: number) =>
    new HttpBackend({ baseUrl: ORIGIN, getToken: () => token, fetch, retries: 0, timeout });
  return { app, clock, call, backend };
}

async function freeSlots(call: ReturnType<typeof setup>['call'], query = 'clinic=vc-linden&visitType=physical&profession=doctor') {
  const response = await call(`/v1/slots?${query}&from=2026-12-03T00:00:00Z&to=2026-12-10T00:00:00Z`);
  expect(response.status).to.equal(200);
  return ((await response.json()) as { slots: Slot[] }).slots;
}

const book = (call: ReturnType<typeof setup>['call'], slotId: string, token = ANNA, key?: string) =>
  call('/v1/bookings', {
    method: 'POST',
    token,
    body: JSON.stringify({ slotId }),
    headers: key ? { 'Idempotency-Key': key } : {},
  });

describe('booking a visit through the real app', () => {
  it('50 people booking one slot at once: exactly one 201, the others 409 conflict', async () => {
    const { call } = setup();
    const [slot] = await freeSlots(call);
    const people = Array.from({ length: 50 }, (_, i) => `test:1990010${String(i).padStart(5, '0')}`);
    const responses = await Promise.all(people.map((token, i) => book(call, slot.id, token, `key-${i}`)));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).to.have.length(1);
    expect(statuses.filter((s) => s === 409)).to.have.length(49);
    const problem = await responses.find((r) => r.status === 409)!.json();
    expect(problem.code).to.equal('conflict');
    expect((await freeSlots(call)).map((s) => s.id)).not.to.include(slot.id);
  });

  it('books with who, where, how, what to bring and until when it can be cancelled', async () => {
    const { call } = setup();
    const [slot] = await freeSlots(call);
    const response = await book(call, slot.id);
    expect(response.status).to.equal(201);
    const booking = (await response.json()) as Booking;
    expect(response.headers.get('Location')).to.equal(`/v1/bookings/${booking.id}`);
    expect(booking.slot).to.deep.equal(slot);
    expect(booking.clinic.name).to.equal('Vårdcentralen Linden');
    expect(booking.address?.city).to.equal('Nyköping');
    expect(booking.bring).to.include('Legitimation');
    expect(booking.cancellableUntil).to.equal(new Date(Date.parse(slot.start) - 24 * 3_600_000).toISOString());
    const list = await (await call('/v1/bookings', { token: ANNA })).json();
    expect(list.bookings.map((b: Booking) => b.id)).to.deep.equal([booking.id]);
    expect((await (await call('/v1/bookings', { token: BERTIL })).json()).bookings).to.deep.equal([]);
    expect((await call(`/v1/bookings/${booking.id}`, { token: BERTIL })).status).to.equal(404);
    expect((await call('/v1/bookings')).status).to.equal(401);
  });

  it('a slot listing tells what to know before booking: how, what to bring, the cancellation limit', async () => {
    const { call } = setup();
    const listing = await (await call('/v1/slots?clinic=hc-alvstranden&from=2026-12-03T00:00:00Z&to=2026-12-04T00:00:00Z', { headers: { 'Accept-Language': 'en' } })).json();
    expect(listing.slots.length).to.be.greaterThan(0);
    expect(listing.visitInfo.clinic.name).to.equal('Hälsocentralen Älvstranden');
    expect(listing.visitInfo.cancelLimitHours).to.equal(12);
    expect(listing.visitInfo.visits.find((v: { visitType: string }) => v.visitType === 'physical').bring).to.include('Proof of identity');
  });

  it('answers in English when asked', async () => {
    const { call } = setup();
    const [slot] = await freeSlots(call, 'clinic=vc-linden&visitType=video');
    const booking = await (await call('/v1/bookings', { method: 'POST', token: ANNA, body: JSON.stringify({ slotId: slot.id }), headers: { 'Accept-Language': 'en' } })).json();
    expect(booking.how).to.match(/video meeting/);
    expect(booking.address).to.equal(undefined);
  });

  it('the same Idempotency-Key answers the same booking and never books twice', async () => {
    const { call } = setup();
    const [slot] = await freeSlots(call);
    const first = await (await book(call, slot.id, ANNA, 'retry-1')).json();
    const again = await book(call, slot.id, ANNA, 'retry-1');
    expect(again.status).to.equal(201);
    expect(again.headers.get('Idempotent-Replayed')).to.equal('true');
    expect((await again.json()).id).to.equal(first.id);
    // Another person's identical key is theirs alone, and the slot is taken.
    expect((await book(call, slot.id, BERTIL, 'retry-1')).status).to.equal(409);
    // The same key for another slot is refused rather than silently answering the old booking.
    const [, other] = await freeSlots(call);
    expect((await book(call, other.id, ANNA, 'retry-1')).status).to.equal(422);
    expect((await (await call('/v1/bookings', { token: ANNA })).json()).bookings).to.have.length(1);
  });

  it('a retry after a timeout, with the same key, gives one booking', async () => {
    const { app, call, backend } = setup();
    const [slot] = await freeSlots(call);
    let first = true;
    // The first answer is lost: the server books, but the response arrives after the client gave up.
    const slowOnce = async (request: Request) => {
      const response = await app.fetch(request);
      if (first) {
        first = false;
        await new Promise((resolve) => setTimeout(resolve, 1500));
      }
      return response;
    };
    const client = backend(ANNA, slowOnce, 600);
    const error = await client.createBooking({ slotId: slot.id }, { idempotencyKey: 'after-timeout' }).catch((e) => e);
    expect(NaraError.is(error) && error.code).to.equal('timeout');
    const booking = await client.createBooking({ slotId: slot.id }, { idempotencyKey: 'after-timeout' });
    expect(booking.slot.id).to.equal(slot.id);
    expect(await client.getBookings()).to.have.length(1);
  });

  it('HttpBackend retries a timed-out booking by itself with the same key: one booking', async () => {
    const { app, call } = setup();
    const [slot] = await freeSlots(call);
    const keys: (string | null)[] = [];
    let first = true;
    const client = new HttpBackend({
      baseUrl: ORIGIN,
      getToken: () => ANNA,
      timeout: 600,
      retries: 2,
      fetch: async (request) => {
        keys.push(request.headers.get('Idempotency-Key'));
        const response = await app.fetch(request);
        if (first) {
          first = false;
          await new Promise((resolve) => setTimeout(resolve, 1500));
        }
        return response;
      },
    });
    const booking = await client.createBooking({ slotId: slot.id });
    expect(keys.length).to.equal(2);
    expect(keys[0]).to.be.a('string').and.equal(keys[1]);
    expect((await client.getBookings()).map((b) => b.id)).to.deep.equal([booking.id]);
  });

  it('a slot gone meanwhile, or one that never was, is refused', async () => {
    const { call } = setup();
    expect((await book(call, 'vc-linden/doctor/physical/2026-12-02T07:10:00.000Z')).status).to.equal(409);
    expect((await book(call, 'not a slot')).status).to.equal(422);
    expect((await call('/v1/slots?clinic=vc-linden&from=2026-12-02T00:00:00Z&to=2027-02-02T00:00:00Z')).status).to.equal(422);
    expect((await call('/v1/slots?clinic=nowhere&from=2026-12-02T00:00:00Z&to=2026-12-03T00:00:00Z')).status).to.equal(404);
  });
});

describe('cancelling', () => {
  it('frees the slot before the limit and is refused after it', async () => {
    const { call, clock } = setup();
    const [early, late] = (await freeSlots(call)).filter((s, i, all) => i === 0 || s.start > all[0].start);
    const first = await (await book(call, early.id)).json();
    const second = await (await book(call, late.id)).json();

    const cancelled = await call(`/v1/bookings/${first.id}`, { method: 'DELETE', token: ANNA });
    expect(cancelled.status).to.equal(200);
    expect((await cancelled.json()).status).to.equal('cancelled');
    expect((await freeSlots(call)).map((s) => s.id)).to.include(early.id);
    // Cancelling twice answers the same cancelled booking.
    expect((await (await call(`/v1/bookings/${first.id}`, { method: 'DELETE', token: ANNA })).json()).status).to.equal('cancelled');

    // One minute past the limit (24 hours before the visit).
    clock.now = new Date(Date.parse(second.cancellableUntil) + 60_000);
    const refused = await call(`/v1/bookings/${second.id}`, { method: 'DELETE', token: ANNA });
    expect(refused.status).to.equal(409);
    expect((await refused.json()).detail).to.match(/24 hours/);
    expect((await (await call(`/v1/bookings/${second.id}`, { token: ANNA })).json()).status).to.equal('booked');
    expect((await call(`/v1/bookings/${second.id}`, { method: 'DELETE', token: BERTIL })).status).to.equal(404);
  });

  it('exactly at the limit it still can be cancelled', async () => {
    const { call, clock } = setup();
    const [slot] = await freeSlots(call);
    const booking = await (await book(call, slot.id)).json();
    clock.now = new Date(booking.cancellableUntil);
    expect((await call(`/v1/bookings/${booking.id}`, { method: 'DELETE', token: ANNA })).status).to.equal(200);
  });
});

describe('rescheduling', () => {
  it('takes the new slot and frees the old one in one step', async () => {
    const { call } = setup();
    const [from, to] = await freeSlots(call);
    const booking = await (await book(call, from.id)).json();
    const moved = await call(`/v1/bookings/${booking.id}`, { method: 'PATCH', token: ANNA, body: JSON.stringify({ slotId: to.id }) });
    expect(moved.status).to.equal(200);
    const after = await moved.json();
    expect(after.id).to.equal(booking.id);
    expect(after.slot.id).to.equal(to.id);
    const free = (await freeSlots(call)).map((s) => s.id);
    expect(free).to.include(from.id);
    expect(free).not.to.include(to.id);
    // Sending the same change again (a retry) answers the booking as it is.
    expect((await call(`/v1/bookings/${booking.id}`, { method: 'PATCH', token: ANNA, body: JSON.stringify({ slotId: to.id }) })).status).to.equal(200);
  });

  it('changes nothing when the new slot was taken meanwhile', async () => {
    const { call } = setup();
    const [mine, theirs] = await freeSlots(call);
    const booking = await (await book(call, mine.id)).json();
    await book(call, theirs.id, BERTIL);
    const refused = await call(`/v1/bookings/${booking.id}`, { method: 'PATCH', token: ANNA, body: JSON.stringify({ slotId: theirs.id }) });
    expect(refused.status).to.equal(409);
    const still = await (await call(`/v1/bookings/${booking.id}`, { token: ANNA })).json();
    expect(still.slot.id).to.equal(mine.id);
    expect((await freeSlots(call)).map((s) => s.id)).not.to.include(mine.id);
  });

  it('two moves racing for one slot: one wins, the other keeps its old time', async () => {
    const { call } = setup();
    const [a, b, target] = await freeSlots(call);
    const anna = await (await book(call, a.id)).json();
    const bertil = await (await book(call, b.id, BERTIL)).json();
    const [r1, r2] = await Promise.all([
      call(`/v1/bookings/${anna.id}`, { method: 'PATCH', token: ANNA, body: JSON.stringify({ slotId: target.id }) }),
      call(`/v1/bookings/${bertil.id}`, { method: 'PATCH', token: BERTIL, body: JSON.stringify({ slotId: target.id }) }),
    ]);
    expect([r1.status, r2.status].sort()).to.deep.equal([200, 409]);
    const held = [(await (await call(`/v1/bookings/${anna.id}`, { token: ANNA })).json()).slot.id, (await (await call(`/v1/bookings/${bertil.id}`, { token: BERTIL })).json()).slot.id];
    expect(held.filter((id) => id === target.id)).to.have.length(1);
    expect(held).to.include.oneOf([a.id, b.id]);
  });

  it('is refused after the cancellation limit, and to another profession', async () => {
    const { call, clock } = setup();
    const [slot, later] = await freeSlots(call);
    const [nurse] = await freeSlots(call, 'clinic=vc-linden&visitType=physical&profession=nurse');
    const booking = await (await book(call, slot.id)).json();
    expect((await call(`/v1/bookings/${booking.id}`, { method: 'PATCH', token: ANNA, body: JSON.stringify({ slotId: nurse.id }) })).status).to.equal(422);
    clock.now = new Date(Date.parse(booking.cancellableUntil) + 1);
    expect((await call(`/v1/bookings/${booking.id}`, { method: 'PATCH', token: ANNA, body: JSON.stringify({ slotId: later.id }) })).status).to.equal(409);
  });
});

describe('calendar file', () => {
  it('is text/calendar with the visit in UTC, CRLF lines and escaped text', async () => {
    const { call, backend } = setup();
    const [slot] = await freeSlots(call);
    const booking = await (await book(call, slot.id)).json();
    const response = await call(`/v1/bookings/${booking.id}/calendar`, { token: ANNA });
    expect(response.headers.get('Content-Type')).to.match(/^text\/calendar/);
    const file = await response.text();
    const start = slot.start.replace(/[-:]/g, '').replace('.000', '');
    expect(file).to.contain(`\r\nDTSTART:${start}\r\n`);
    expect(file).to.contain(`UID:${booking.id}@nara`);
    expect(file).to.contain('LOCATION:Vårdcentralen Linden\\, Lindengatan 12\\, 611 32 Nyköping');
    expect(file).to.contain('STATUS:CONFIRMED');
    expect(await backend(ANNA).getBookingCalendar(booking.id)).to.equal(file);
    await call(`/v1/bookings/${booking.id}`, { method: 'DELETE', token: ANNA });
    const cancelled = await (await call(`/v1/bookings/${booking.id}/calendar`, { token: ANNA })).text();
    expect(cancelled).to.contain('STATUS:CANCELLED');
    expect(cancelled).to.contain('SEQUENCE:1');
  });
});
