// Roles and integrity (issue #17): who may change an errand, whose assessment a chat or booking
// points at, what the access log says about a refused read, what a replay may change.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createApp, type AppOptions } from './app.js';

const ANNA = 'test:199001011234';
const BERTIL = 'test:198502023456';
const NURSE = 'test-staff:staff-anna';
const PHYSIO = 'test-staff:staff-omar';
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

function setup(options: AppOptions = {}) {
  const app = createApp({ now: () => new Date('2026-12-01T08:00:00Z'), ...options });
  const call = async (path: string, init: RequestInit & { token?: string | null } = {}) => {
    const headers = new Headers(init.headers);
    if (init.token !== null) headers.set('Authorization', `Bearer ${init.token ?? ANNA}`);
    if (typeof init.body === 'string') headers.set('Content-Type', 'application/json');
    const response = await app.fetch(new Request(`https://nara.test${path}`, { ...init, headers }));
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
  };
  const post = (path: string, body: unknown, token?: string | null, headers: Record<string, string> = {}) =>
    call(path, { method: 'POST', body: JSON.stringify(body), token, headers });
  const upload = async (name: string, bytes = PNG, token = ANNA) => {
    const form = new FormData();
    form.append('file', new File([bytes], name));
    return call('/v1/attachments', { method: 'POST', body: form, token });
  };
  const coldAnswers = { resourceType: 'QuestionnaireResponse', status: 'completed' };
  const assessment = async (token: string | null = ANNA) =>
    (await post('/v1/assessments', { reasonId: 'annat-medicinskt', subject: { kind: 'self' }, redFlags: { breathing: true }, response: coldAnswers }, token)).body.id as string;
  return { app, call, post, upload, assessment, store: app.context.store };
}

const freeSlot = async (s: ReturnType<typeof setup>) =>
  (await s.call('/v1/slots?clinic=vc-linden&visitType=physical&profession=doctor&from=2026-12-03T00:00:00Z&to=2026-12-10T00:00:00Z', { token: null })).body.slots[0].id as string;

describe('roles: only the profession holding an errand closes it or hands it over', () => {
  it('a physiotherapist can neither close nor hand over an errand the nurses hold (queued or taken)', async () => {
    const s = setup();
    const { body: conversation } = await s.post('/v1/conversations', { clinic: 'vc-linden', profession: 'nurse', text: 'Ont i halsen' });
    for (const stage of ['queued', 'open']) {
      if (stage === 'open') assert.equal((await s.post(`/v1/staff/conversations/${conversation.id}/take`, {}, NURSE)).status, 200);
      const close = await s.post(`/v1/staff/conversations/${conversation.id}/close`, {}, PHYSIO);
      assert.equal(close.status, 403, `${stage}: close`);
      assert.equal(close.body.code, 'forbidden');
      const handover = await s.post(`/v1/staff/conversations/${conversation.id}/handover`, { to: 'physiotherapist' }, PHYSIO);
      assert.equal(handover.status, 403, `${stage}: handover`);
    }
    const events = await s.store.conversations.listAfter(conversation.id, 0);
    assert.ok(!events.some((e) => e.type === 'closed' || e.type === 'handed-over'), 'nothing was written');
    assert.equal((await s.post(`/v1/staff/conversations/${conversation.id}/handover`, { to: 'doctor' }, NURSE)).status, 200, 'the nurse may');
  });
});

describe('an assessmentId must exist and be the patient’s own', () => {
  it('chat and booking refuse a made-up id and someone else’s assessment, and take one’s own or one made before signing in', async () => {
    const s = setup();
    const bertils = await s.assessment(BERTIL);
    const own = await s.assessment(ANNA);
    const anonymous = await s.assessment(null);
    for (const assessmentId of ['made-up', bertils]) {
      const chat = await s.post('/v1/conversations', { clinic: 'vc-linden', profession: 'nurse', assessmentId });
      assert.equal(chat.status, 422, `chat ${assessmentId}`);
      assert.equal(chat.body.errors[0].path, 'assessmentId');
      const booking = await s.post('/v1/bookings', { slotId: await freeSlot(s), assessmentId });
      assert.equal(booking.status, 422, `booking ${assessmentId}`);
      assert.equal(booking.body.errors[0].path, 'assessmentId');
    }
    assert.equal((await s.post('/v1/conversations', { clinic: 'vc-linden', profession: 'nurse', assessmentId: own })).status, 201);
    assert.equal((await s.post('/v1/bookings', { slotId: await freeSlot(s), assessmentId: anonymous })).status, 201);
    // Once Anna has used the anonymous assessment it is hers: Bertil cannot point at it.
    assert.equal((await s.post('/v1/conversations', { clinic: 'vc-linden', profession: 'nurse', assessmentId: anonymous }, BERTIL)).status, 422);
  });
});

describe('status and event are one write', () => {
  it('two nurses taking one errand at once: one wins, one staff-joined event', async () => {
    const s = setup();
    const { body: conversation } = await s.post('/v1/conversations', { clinic: 'vc-linden', profession: 'nurse' });
    const takes = await Promise.all([s.post(`/v1/staff/conversations/${conversation.id}/take`, {}, NURSE), s.post(`/v1/staff/conversations/${conversation.id}/take`, {}, NURSE)]);
    assert.deepEqual(takes.map((t) => t.status).sort(), [200, 409], JSON.stringify(takes.map((t) => t.body)));
    const joined = (await s.store.conversations.listAfter(conversation.id, 0)).filter((e) => e.type === 'staff-joined');
    assert.equal(joined.length, 1);
  });
});

describe('the access log names whose data was asked for, and whether it was refused', () => {
  it('Bertil asking for Anna’s booking, conversation and file is logged as a refused read of Anna’s data', async () => {
    const s = setup();
    const booking = (await s.post('/v1/bookings', { slotId: await freeSlot(s) })).body;
    const conversation = (await s.post('/v1/conversations', { clinic: 'vc-linden', profession: 'nurse' })).body;
    const file = (await s.upload('a.png')).body;
    for (const path of [`/v1/bookings/${booking.id}`, `/v1/conversations/${conversation.id}`, `/v1/attachments/${file.id}`, `/v1/conversations/${conversation.id}/events`]) {
      assert.equal((await s.call(path, { token: BERTIL })).status, 404, path);
    }
    const bertil = await s.store.accessLog.list({ actor: '198502023456' });
    assert.equal(bertil.length, 4);
    for (const entry of bertil) {
      assert.equal(entry.subject, '199001011234', entry.resource);
      assert.equal(entry.refused, true, entry.resource);
    }
    const annasOwn = await s.store.accessLog.list({ actor: '199001011234' });
    assert.ok(annasOwn.every((e) => !e.refused));
    // An id that does not exist is refused too, and names nobody else.
    await s.call('/v1/bookings/no-such-booking', { token: BERTIL });
    const [latest] = await s.store.accessLog.list({ actor: '198502023456', limit: 1 });
    assert.deepEqual([latest.subject, latest.refused, latest.resource], ['198502023456', true, 'booking:no-such-booking']);
  });
});

describe('files keep the name of what they are', () => {
  it('a PNG uploaded as report.html is stored as report.png, and a name without extension gets one', async () => {
    const s = setup();
    for (const [name, title] of [['report.html', 'report.png'], ['bild', 'bild.png'], ['x.png.exe', 'x.png.png'], ['ok.PNG', 'ok.PNG'], ['.htaccess', 'htaccess.png']]) {
      const stored = await s.upload(name);
      assert.equal(stored.status, 201);
      assert.equal(stored.body.title, title, name);
    }
  });
});

describe('a replay with the same Idempotency-Key must be the same request', () => {
  it('a resent message with other files, or another form answer, is a 422 — never silently dropped', async () => {
    const s = setup();
    const { id } = (await s.post('/v1/conversations', { clinic: 'vc-linden', profession: 'nurse' })).body;
    const one = (await s.upload('a.png')).body;
    const two = (await s.upload('b.png')).body;
    const ref = (f: { id: string }) => ({ id: f.id, name: 'x.png', contentType: 'image/png', size: 12 });
    assert.equal((await s.post(`/v1/conversations/${id}/messages`, { text: 'hej', attachments: [ref(one)] }, ANNA, { 'Idempotency-Key': 'm-1' })).status, 201);
    assert.equal((await s.post(`/v1/conversations/${id}/messages`, { text: 'hej', attachments: [ref(one)] }, ANNA, { 'Idempotency-Key': 'm-1' })).status, 200);
    const changed = await s.post(`/v1/conversations/${id}/messages`, { text: 'hej', attachments: [ref(one), ref(two)] }, ANNA, { 'Idempotency-Key': 'm-1' });
    assert.equal(changed.status, 422);
    assert.equal(changed.body.code, 'invalid');
    const dropped = await s.post(`/v1/conversations/${id}/messages`, { text: 'hej' }, ANNA, { 'Idempotency-Key': 'm-1' });
    assert.equal(dropped.status, 422);
  });

  it('form answers are checked against the form that was sent, and a replay must carry the same answer', async () => {
    const s = setup();
    const { id } = (await s.post('/v1/conversations', { clinic: 'vc-linden', profession: 'nurse' })).body;
    await s.post(`/v1/staff/conversations/${id}/take`, {}, NURSE);
    const sent = (await s.post(`/v1/staff/conversations/${id}/forms`, { formId: 'pain-scale' }, NURSE)).body;
    const answer = (value: unknown, linkId = 'pain') => ({
      requestId: sent.requestId,
      response: { resourceType: 'QuestionnaireResponse', status: 'completed', item: [{ linkId, answer: [{ valueInteger: value }] }] },
    });
    for (const [bad, why] of [[answer(11), 'above max'], [answer('x'), 'not an integer'], [answer(3, 'no-such-question'), 'unknown linkId'], [{ requestId: sent.requestId, response: { resourceType: 'QuestionnaireResponse', status: 'completed' } }, 'required missing']] as const) {
      const refused = await s.post(`/v1/conversations/${id}/form-answers`, bad, ANNA, { 'Idempotency-Key': `bad-${why.replace(/\W/g, '')}` });
      assert.equal(refused.status, 422, why);
      assert.equal(refused.body.code, 'invalid', why);
    }
    assert.equal((await s.post(`/v1/conversations/${id}/form-answers`, answer(3), ANNA, { 'Idempotency-Key': 'f-1' })).status, 201);
    assert.equal((await s.post(`/v1/conversations/${id}/form-answers`, answer(3), ANNA, { 'Idempotency-Key': 'f-1' })).status, 200);
    assert.equal((await s.post(`/v1/conversations/${id}/form-answers`, answer(7), ANNA, { 'Idempotency-Key': 'f-1' })).status, 422);
  });
});

describe('an assessment without a token stores only what was checked', () => {
  it('junk next to a red flag is not kept: no raw body, a string reasonId, a bounded response', async () => {
    const s = setup();
    const raw = { reasonId: { $gt: '' }, subject: { kind: 'child', ageMonths: 1e9 }, redFlags: { breathing: true, extra: 'x'.repeat(1000) }, response: { junk: [[['x'.repeat(5000)]]] }, more: 'y'.repeat(100_000) };
    const answer = await s.post('/v1/assessments', raw, null);
    assert.equal(answer.status, 201);
    assert.equal(answer.body.urgency, 'emergency');
    const stored = await s.store.cases.get(answer.body.id);
    assert.ok(stored);
    assert.equal(typeof stored.reasonId, 'string');
    assert.deepEqual(stored.redFlags, { breathing: true });
    assert.deepEqual(stored.subject, { kind: 'self' });
    const size = JSON.stringify(stored).length;
    assert.ok(size < 20_000, `stored ${size} characters`);
    assert.ok(!JSON.stringify(stored).includes('yyyy') && !JSON.stringify(stored).includes('junk'));
  });
});
