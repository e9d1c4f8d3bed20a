import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ChatEventList } from '@nara/contract/chat';
import { Booking } from '@nara/contract';
import { Consultation, ConsultationList, StaffQueue } from '@nara/contract/staff';
import { createApp } from './app.js';
import { callApp as call } from './testing/call-app.js';

const TOLVAN = 'test:191212121212';
const BRITT = 'test:198112289874';
const NURSE = 'test-staff:staff-anna';
const DOCTOR = 'test-staff:staff-erik';
const PHYSIO = 'test-staff:staff-omar';
const OTHER_CLINIC = 'test-staff:staff-maja';

type App = ReturnType<typeof createApp>;

/** A patient's chat with the nurse, taken by the nurse. */
async function takenErrand(app: App, patient = TOLVAN) {
  const opened = await call(app, 'POST', '/v1/conversations', patient, { clinic: 'vc-linden', profession: 'nurse', text: 'Ont i knät sedan en vecka' });
  assert.equal(opened.status, 201, JSON.stringify(opened.body));
  const taken = await call(app, 'POST', `/v1/staff/conversations/${opened.body.id}/take`, NURSE);
  assert.equal(taken.status, 200, JSON.stringify(taken.body));
  return opened.body.id as string;
}

/** Free times of the clinic's doctors in the coming weeks, from the same listing the booking picker uses. */
async function freeSlots(app: App, profession = 'doctor') {
  const from = new Date(Date.now() + 86_400_000).toISOString();
  const to = new Date(Date.now() + 20 * 86_400_000).toISOString();
  const { body } = await call(app, 'GET', `/v1/slots?clinic=vc-linden&from=${from}&to=${to}&profession=${profession}`);
  assert.ok(body.slots.length >= 3, 'the clinic has free times');
  return body.slots as { id: string; start: string }[];
}

describe('consulting a colleague without handing over', () => {
  it('the nurse asks the doctors; the doctor sees it in the queue and answers; the errand stays with the nurse; the patient sees nothing of it', async () => {
    const app = createApp();
    const id = await takenErrand(app);
    const before = ChatEventList.parse((await call(app, 'GET', `/v1/conversations/${id}/events`, TOLVAN)).body).events;

    const asked = await call(app, 'POST', `/v1/staff/conversations/${id}/consultations`, NURSE, { to: 'doctor', message: 'Röntgen av knät, eller vänta en vecka?' });
    assert.equal(asked.status, 201, JSON.stringify(asked.body));
    const consultation = Consultation.parse(asked.body);
    assert.deepEqual(consultation.from, { id: 'staff-anna', name: 'Anna Sjöberg', profession: 'nurse' });
    assert.equal(consultation.patient.name, 'Tolvan Tolvansson');

    // The doctor's queue carries the question (the errand itself is the nurse's, not in the doctor's queue).
    const doctorQueue = StaffQueue.parse((await call(app, 'GET', '/v1/staff/queue', DOCTOR)).body);
    assert.deepEqual(doctorQueue.consultations?.map((c) => c.question), ['Röntgen av knät, eller vänta en vecka?']);
    assert.ok(!doctorQueue.conversations.some((c) => c.id === id));
    // Not the nurse's own, not the physiotherapist's, not another clinic's.
    assert.deepEqual(StaffQueue.parse((await call(app, 'GET', '/v1/staff/queue', NURSE)).body).consultations, []);
    assert.deepEqual(ConsultationList.parse((await call(app, 'GET', '/v1/staff/consultations', PHYSIO)).body).consultations, []);
    assert.deepEqual(ConsultationList.parse((await call(app, 'GET', '/v1/staff/consultations', OTHER_CLINIC)).body).consultations, []);
    assert.equal((await call(app, 'GET', `/v1/staff/conversations/${id}/consultations`, OTHER_CLINIC)).status, 404);
    assert.equal((await call(app, 'POST', `/v1/staff/consultations/${consultation.id}/answer`, OTHER_CLINIC, { text: 'x' })).status, 404);
    assert.equal((await call(app, 'POST', `/v1/staff/consultations/${consultation.id}/answer`, PHYSIO, { text: 'x' })).status, 403);
    assert.equal((await call(app, 'POST', `/v1/staff/consultations/${consultation.id}/answer`, NURSE, { text: 'x' })).status, 403, 'not one’s own question');
    assert.equal((await call(app, 'GET', '/v1/staff/consultations', TOLVAN)).status, 403, 'a patient token on a staff route');

    // The doctor reads the report (same clinic) and answers once.
    assert.equal((await call(app, 'GET', `/v1/staff/conversations/${id}/report`, DOCTOR)).status, 200);
    const answered = await call(app, 'POST', `/v1/staff/consultations/${consultation.id}/answer`, DOCTOR, { text: 'Vänta en vecka; boka läkartid om det inte blir bättre.' });
    assert.equal(answered.status, 200, JSON.stringify(answered.body));
    assert.equal(Consultation.parse(answered.body).answer?.by.name, 'Erik Lind');
    assert.equal((await call(app, 'POST', `/v1/staff/consultations/${consultation.id}/answer`, DOCTOR, { text: 'Igen' })).status, 409);
    assert.deepEqual(StaffQueue.parse((await call(app, 'GET', '/v1/staff/queue', DOCTOR)).body).consultations, [], 'answered: off the doctor’s list');

    // The nurse sees the answer on the errand, which is still hers.
    const list = ConsultationList.parse((await call(app, 'GET', `/v1/staff/conversations/${id}/consultations`, NURSE)).body).consultations;
    assert.equal(list[0].answer?.text, 'Vänta en vecka; boka läkartid om det inte blir bättre.');
    const errand = (await call(app, 'GET', `/v1/staff/conversations/${id}`, NURSE)).body;
    assert.deepEqual([errand.status, errand.profession], ['open', 'nurse']);

    // The patient's chat has not changed at all.
    const after = ChatEventList.parse((await call(app, 'GET', `/v1/conversations/${id}/events`, TOLVAN)).body).events;
    assert.deepEqual(after, before);
    assert.ok(!JSON.stringify(after).includes('Röntgen'));

    const log = await app.context.store.accessLog.list({ subject: '191212121212', limit: 200 });
    assert.ok(log.some((e) => e.actor === 'staff-anna' && e.action === 'write' && e.resource === `consultation:${id}`));
    assert.ok(log.some((e) => e.actor === 'staff-erik' && e.action === 'write' && e.resource === `consultation:${id}`));
    assert.ok(log.some((e) => e.actor === 'staff-anna' && e.action === 'read' && e.resource === `consultations:${id}`));
  });

  it('only the one who holds the errand asks; a named colleague gets it alone; bad input is 422', async () => {
    const app = createApp();
    const opened = await call(app, 'POST', '/v1/conversations', TOLVAN, { clinic: 'vc-linden', profession: 'nurse', text: 'Hosta' });
    const id = opened.body.id;
    assert.equal((await call(app, 'POST', `/v1/staff/conversations/${id}/consultations`, NURSE, { to: 'doctor', message: 'Fråga' })).status, 409, 'take it first');
    await call(app, 'POST', `/v1/staff/conversations/${id}/take`, NURSE);
    assert.equal((await call(app, 'POST', `/v1/staff/conversations/${id}/consultations`, DOCTOR, { to: 'nurse', message: 'Fråga' })).status, 403, 'the doctor does not hold it');
    assert.equal((await call(app, 'POST', `/v1/staff/conversations/${id}/consultations`, OTHER_CLINIC, { to: 'doctor', message: 'Fråga' })).status, 404);
    assert.equal((await call(app, 'POST', `/v1/staff/conversations/${id}/consultations`, NURSE, { to: 'doctor', message: '   ' })).status, 422);
    assert.equal((await call(app, 'POST', `/v1/staff/conversations/${id}/consultations`, NURSE, { to: 'wizard', message: 'Fråga' })).status, 422);
    const named = await call(app, 'POST', `/v1/staff/conversations/${id}/consultations`, NURSE, { to: 'physiotherapist', staffId: 'staff-omar', message: 'Träningsprogram?' });
    assert.equal(named.status, 201);
    assert.deepEqual(ConsultationList.parse((await call(app, 'GET', '/v1/staff/consultations', PHYSIO)).body).consultations.map((c) => c.id), [named.body.id]);
  });
});

describe('booking a visit for the patient from the chat', () => {
  it('the nurse offers three times; the patient confirms one with one call; both see the booking; it is in the patient’s bookings', async () => {
    const app = createApp();
    const id = await takenErrand(app);
    const slots = (await freeSlots(app)).slice(0, 3);
    const offered = await call(app, 'POST', `/v1/staff/conversations/${id}/visit-offers`, NURSE, { slotIds: slots.map((s) => s.id).reverse() });
    assert.equal(offered.status, 201, JSON.stringify(offered.body));
    assert.equal(offered.body.type, 'visit-offered');
    assert.deepEqual(offered.body.slots.map((s: { id: string }) => s.id), slots.map((s) => s.id), 'soonest first');

    const errands = (await call(app, 'GET', '/v1/conversations', TOLVAN)).body.errands;
    assert.equal(errands.find((e: { id: string }) => e.id === id).unread, 1, 'the offer counts as unread');

    const confirmed = await call(app, 'POST', `/v1/conversations/${id}/visit-offers`, TOLVAN, { requestId: offered.body.requestId, slotId: slots[1].id }, { 'Idempotency-Key': 'press-1' });
    assert.equal(confirmed.status, 201, JSON.stringify(confirmed.body));
    const booking = Booking.parse(confirmed.body);
    assert.equal(booking.slot.id, slots[1].id);
    assert.deepEqual((await call(app, 'GET', '/v1/bookings', TOLVAN)).body.bookings.map((b: { id: string }) => b.id), [booking.id]);

    // The same press again (another tab, a retry) answers the same booking; another time of the same offer is refused.
    const again = await call(app, 'POST', `/v1/conversations/${id}/visit-offers`, TOLVAN, { requestId: offered.body.requestId, slotId: slots[1].id }, { 'Idempotency-Key': 'press-2' });
    assert.equal(again.body.id, booking.id);
    assert.equal((await call(app, 'POST', `/v1/conversations/${id}/visit-offers`, TOLVAN, { requestId: offered.body.requestId, slotId: slots[0].id })).status, 409);
    assert.equal((await call(app, 'GET', '/v1/bookings', TOLVAN)).body.bookings.length, 1, 'never two bookings from one offer');

    const staffEvents = ChatEventList.parse((await call(app, 'GET', `/v1/staff/conversations/${id}/events`, NURSE)).body).events;
    const booked = staffEvents.filter((e) => e.type === 'visit-booked');
    assert.equal(booked.length, 1);
    assert.equal(booked[0].type === 'visit-booked' && booked[0].bookingId, booking.id);
    const patientEvents = ChatEventList.parse((await call(app, 'GET', `/v1/conversations/${id}/events`, TOLVAN)).body).events;
    assert.ok(patientEvents.some((e) => e.type === 'visit-booked'));
  });

  it('a time taken meanwhile: a clear 409, the offer stays and another of its times can still be booked', async () => {
    const app = createApp();
    const id = await takenErrand(app);
    const slots = (await freeSlots(app)).slice(0, 2);
    const offered = await call(app, 'POST', `/v1/staff/conversations/${id}/visit-offers`, NURSE, { slotIds: slots.map((s) => s.id) });
    // Someone else books the first time through the booking picker's call.
    assert.equal((await call(app, 'POST', '/v1/bookings', BRITT, { slotId: slots[0].id })).status, 201);
    const taken = await call(app, 'POST', `/v1/conversations/${id}/visit-offers`, TOLVAN, { requestId: offered.body.requestId, slotId: slots[0].id });
    assert.equal(taken.status, 409);
    assert.match(taken.body.detail, /no longer free/);
    const other = await call(app, 'POST', `/v1/conversations/${id}/visit-offers`, TOLVAN, { requestId: offered.body.requestId, slotId: slots[1].id });
    assert.equal(other.status, 201, JSON.stringify(other.body));
    // Offering a time that is no longer free is refused too.
    assert.equal((await call(app, 'POST', `/v1/staff/conversations/${id}/visit-offers`, NURSE, { slotIds: [slots[0].id] })).status, 409);
  });

  it('authorization and bad input: someone else’s errand, an unknown offer, a time not offered, a queued errand, another clinic', async () => {
    const app = createApp();
    const id = await takenErrand(app);
    const slots = await freeSlots(app);
    const offered = await call(app, 'POST', `/v1/staff/conversations/${id}/visit-offers`, NURSE, { slotIds: [slots[0].id] });
    assert.equal((await call(app, 'POST', `/v1/conversations/${id}/visit-offers`, BRITT, { requestId: offered.body.requestId, slotId: slots[0].id })).status, 404);
    assert.equal((await call(app, 'POST', `/v1/conversations/${id}/visit-offers`, NURSE, { requestId: offered.body.requestId, slotId: slots[0].id })).status, 403, 'a staff token on a patient route');
    assert.equal((await call(app, 'POST', `/v1/conversations/${id}/visit-offers`, TOLVAN, { requestId: 'nope', slotId: slots[0].id })).status, 422);
    assert.equal((await call(app, 'POST', `/v1/conversations/${id}/visit-offers`, TOLVAN, { requestId: offered.body.requestId, slotId: slots[1].id })).status, 422);
    assert.equal((await call(app, 'POST', `/v1/staff/conversations/${id}/visit-offers`, OTHER_CLINIC, { slotIds: [slots[1].id] })).status, 404);
    assert.equal((await call(app, 'POST', `/v1/staff/conversations/${id}/visit-offers`, NURSE, { slotIds: [] })).status, 422);
    assert.equal((await call(app, 'POST', `/v1/staff/conversations/${id}/visit-offers`, NURSE, { slotIds: ['vc-linden/doctor/physical/2020-01-01T08:00:00.000Z'] })).status, 409);
    const queued = (await call(app, 'POST', '/v1/conversations', BRITT, { clinic: 'vc-linden', profession: 'nurse', text: 'Hej' })).body.id;
    assert.equal((await call(app, 'POST', `/v1/staff/conversations/${queued}/visit-offers`, NURSE, { slotIds: [slots[1].id] })).status, 409, 'take it first');
  });
});
