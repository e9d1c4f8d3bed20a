import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createApp, createMemoryStore } from '@nara/server';
import { createJwtAuthenticator } from './http/jwt-auth.js';
import { expiredToken, forgedToken, patientToken, staffToken, TEST_SECRET } from './testing/tokens.js';
import { callApp as call } from '../../server/src/testing/call-app.js';

const ALICE = '198112289874';


describe('the staff side of a chat', () => {
  let alice: string;
  let nurse: string;
  let doctor: string;
  let otherClinic: string;
  before(async () => {
    alice = await patientToken(ALICE);
    nurse = await staffToken('staff-anna', 'nurse', 'vc-linden');
    doctor = await staffToken('staff-erik', 'doctor', 'vc-linden');
    otherClinic = await staffToken('staff-maja', 'nurse', 'vc-kvarnen');
  });
  const newApp = async () => createApp({ store: createMemoryStore(), authenticate: await createJwtAuthenticator({ secret: TEST_SECRET }) });

  it('queue → take → reply → hand over → the doctor takes, sends a form and a video invitation → close', async () => {
    const app = await newApp();
    const opened = await call(app, 'POST', '/v1/conversations', alice, { clinic: 'vc-linden', profession: 'nurse', text: 'Jag har haft feber i tre dagar' });
    assert.equal(opened.status, 201, JSON.stringify(opened.body));
    const id = opened.body.id;

    const queue = await call(app, 'GET', '/v1/staff/queue', nurse);
    assert.equal(queue.status, 200);
    const mine = queue.body.conversations.find((c: { id: string }) => c.id === id);
    assert.deepEqual({ status: mine.status, patient: mine.patient, preview: mine.preview }, { status: 'queued', patient: { personnummer: ALICE, name: 'Britt-Marie Testsson' }, preview: 'Jag har haft feber i tre dagar' });
    assert.equal((await call(app, 'GET', '/v1/staff/queue', doctor)).body.conversations.length, 0, 'the doctor’s own queue is empty');
    assert.equal((await call(app, 'GET', '/v1/staff/queue?scope=all', doctor)).body.conversations.length, 1);

    assert.equal((await call(app, 'POST', `/v1/staff/conversations/${id}/messages`, nurse, { text: 'Hej' })).status, 409, 'take it first');
    assert.equal((await call(app, 'POST', `/v1/staff/conversations/${id}/take`, doctor)).status, 403, 'queued for nurses');
    const taken = await call(app, 'POST', `/v1/staff/conversations/${id}/take`, nurse);
    assert.equal(taken.body.status, 'open');
    assert.equal((await call(app, 'POST', `/v1/staff/conversations/${id}/take`, nurse)).status, 409, 'already taken');
    const reply = await call(app, 'POST', `/v1/staff/conversations/${id}/messages`, nurse, { text: 'Hej! Har du tagit tempen idag?' });
    assert.equal(reply.status, 201);

    const handover = await call(app, 'POST', `/v1/staff/conversations/${id}/handover`, nurse, { to: 'doctor' });
    assert.deepEqual([handover.body.profession, handover.body.status], ['doctor', 'queued']);
    assert.equal((await call(app, 'POST', `/v1/staff/conversations/${id}/messages`, nurse, { text: 'x' })).status, 409);
    assert.equal((await call(app, 'POST', `/v1/staff/conversations/${id}/take`, doctor)).body.status, 'open');
    assert.equal((await call(app, 'POST', `/v1/staff/conversations/${id}/messages`, nurse, { text: 'x' })).status, 403, 'the errand is with the doctor now');
    const form = await call(app, 'POST', `/v1/staff/conversations/${id}/forms`, doctor, { formId: 'pain-scale' });
    assert.equal(form.body.type, 'form-sent');
    assert.equal(form.body.questionnaire.resourceType, 'Questionnaire');
    assert.equal((await call(app, 'POST', `/v1/staff/conversations/${id}/forms`, doctor, { formId: 'nope' })).status, 422);
    const video = await call(app, 'POST', `/v1/staff/conversations/${id}/video`, doctor, {});
    assert.match(video.body.url, /^https:\/\//);

    // The patient answers the form through the patient route, and sees everything in order.
    const answered = await call(app, 'POST', `/v1/conversations/${id}/form-answers`, alice, {
      requestId: form.body.requestId,
      response: { resourceType: 'QuestionnaireResponse', status: 'completed', item: [{ linkId: 'pain', answer: [{ valueInteger: 6 }] }] },
    });
    assert.equal(answered.status, 201, JSON.stringify(answered.body));
    assert.equal((await call(app, 'POST', `/v1/staff/conversations/${id}/close`, doctor)).body.status, 'closed');
    assert.equal((await call(app, 'POST', `/v1/conversations/${id}/messages`, alice, { text: 'En sak till' })).status, 409);

    const events = (await call(app, 'GET', `/v1/conversations/${id}/events`, alice)).body.events;
    assert.deepEqual(
      events.map((e: { type: string }) => e.type),
      ['queue', 'message', 'staff-joined', 'message', 'handed-over', 'staff-joined', 'form-sent', 'video-invitation', 'form-answered', 'closed'],
    );
    assert.deepEqual(events.map((e: { seq: number }) => e.seq), events.map((_: unknown, i: number) => i + 1));
    const staffView = (await call(app, 'GET', `/v1/staff/conversations/${id}/events`, doctor)).body.events;
    assert.deepEqual(staffView, events, 'staff and patient see the same events');

    const log = await app.context.store.accessLog.list({ subject: ALICE, limit: 1000 });
    assert.ok(log.some((e) => e.actor === 'staff-anna' && e.role === 'staff' && e.action === 'write' && e.resource === `conversation:${id}`));
    assert.ok(log.some((e) => e.actor === 'staff-erik' && e.role === 'staff' && e.action === 'read'));
    assert.ok(log.some((e) => e.actor === ALICE && e.role === 'patient'));
  });

  it('staff reach only their own clinic’s conversations', async () => {
    const app = await newApp();
    const { body } = await call(app, 'POST', '/v1/conversations', alice, { clinic: 'vc-linden', profession: 'nurse', text: 'Hej' });
    assert.equal((await call(app, 'GET', '/v1/staff/queue?scope=all', otherClinic)).body.conversations.length, 0);
    for (const [method, path, payload] of [
      ['GET', `/v1/staff/conversations/${body.id}`],
      ['GET', `/v1/staff/conversations/${body.id}/events`],
      ['POST', `/v1/staff/conversations/${body.id}/take`],
      ['POST', `/v1/staff/conversations/${body.id}/messages`, { text: 'x' }],
      ['POST', `/v1/staff/conversations/${body.id}/close`],
    ] as const) {
      assert.equal((await call(app, method, path, otherClinic, payload)).status, 404, `${method} ${path}`);
    }
    // The queue read itself is one row about the clinic (issue #17); nothing is logged against Alice.
    assert.equal((await app.context.store.accessLog.list({ actor: 'staff-maja', subject: ALICE })).length, 0, 'nothing of Alice’s was reached');
  });

  it('refuses patient tokens (403), and no, expired or forged tokens (401)', async () => {
    const app = await newApp();
    assert.equal((await call(app, 'GET', '/v1/staff/queue', alice)).status, 403);
    assert.equal((await call(app, 'GET', '/v1/staff/queue')).status, 401);
    assert.equal((await call(app, 'GET', '/v1/staff/queue', await expiredToken('staff-anna'))).status, 401);
    assert.equal((await call(app, 'GET', '/v1/staff/queue', await forgedToken('staff-anna'))).status, 401);
    assert.equal((await call(app, 'POST', '/v1/conversations', nurse, { clinic: 'vc-linden', profession: 'nurse' })).status, 403, 'staff cannot open a patient chat');
  });
});
