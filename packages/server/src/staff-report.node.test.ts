import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ErrandList } from '@nara/contract/errands';
import { StaffQueue, StaffReport } from '@nara/contract/staff';
import { buildQuestionnaire, findReason, redFlagsFor, responseFromAnswers } from '@nara/triage';
import { createApp } from './app.js';
import type { TriageCase } from './stores/store.js';
import { callApp as call } from './testing/call-app.js';

const TOLVAN = '191212121212';
const BRITT = '198112289874';
const LILLA = '201803122389';
const patient = (pnr: string) => `test:${pnr}`;
const NURSE = 'test-staff:staff-anna';
const DOCTOR = 'test-staff:staff-erik';
const OTHER_CLINIC = 'test-staff:staff-maja';
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

type App = ReturnType<typeof createApp>;

/** The patient's whole errand: a picture uploaded, the symptom form assessed, a chat opened with a message. */
async function errandWithPicture(app: App, pnr = TOLVAN) {
  const form = new FormData();
  form.append('file', new Blob([PNG], { type: 'image/png' }), 'utslag.png');
  const upload = await app.fetch(new Request('https://nara.test/v1/attachments', { method: 'POST', headers: { Authorization: `Bearer ${patient(pnr)}` }, body: form }));
  assert.equal(upload.status, 201);
  const stored = await upload.json();
  const questionnaire = buildQuestionnaire(findReason('forkylning')!, 'sv');
  const response = responseFromAnswers(questionnaire, { description: 'Snuva och utslag på armen', since: 'days-1-3', overall: 6, cough: true, breathless: 'no' });
  response.item!.push({ linkId: 'image', answer: [{ valueAttachment: { contentType: 'image/png', url: stored.url, title: 'utslag.png', size: PNG.length } }] } as never);
  const redFlags = Object.fromEntries(redFlagsFor('self').map((f) => [f.id, false]));
  const assessed = await call(app, 'POST', '/v1/assessments', patient(pnr), { reasonId: 'forkylning', clinic: 'vc-linden', subject: { kind: 'self' }, redFlags, response });
  assert.equal(assessed.status, 201, JSON.stringify(assessed.body));
  const opened = await call(app, 'POST', '/v1/conversations', patient(pnr), { clinic: 'vc-linden', profession: 'nurse', assessmentId: assessed.body.id, text: 'Se bilden' });
  assert.equal(opened.status, 201, JSON.stringify(opened.body));
  return { id: opened.body.id as string, attachmentId: stored.id as string, assessment: assessed.body };
}

describe('the care team reads the patient’s report', () => {
  it('gives every answer with its question in reading order, the assessment and the picture', async () => {
    const app = createApp();
    const { id, attachmentId, assessment } = await errandWithPicture(app);
    const { status, body } = await call(app, 'GET', `/v1/staff/conversations/${id}/report`, NURSE);
    assert.equal(status, 200, JSON.stringify(body));
    const report = StaffReport.parse(body);
    assert.equal(report.reason?.id, 'forkylning');
    assert.equal(report.patient.name, 'Tolvan Tolvansson');
    assert.equal(report.assessment?.urgency, assessment.urgency);
    const questions = report.answers.map((a) => a.linkId);
    assert.deepEqual(questions.slice(0, 3), ['description', 'since', 'overall'], 'the form’s own order');
    assert.equal(report.answers[0].answers[0], 'Snuva och utslag på armen');
    assert.match(report.answers[0].question, /\S/);
    const picture = report.answers.find((a) => a.linkId === 'image')!;
    assert.deepEqual(picture.attachmentIds, [attachmentId]);
    assert.deepEqual(report.attachments, [{ id: attachmentId, name: 'utslag.png', contentType: 'image/png', size: PNG.length, source: 'form' }]);

    const file = await call(app, 'GET', `/v1/staff/attachments/${attachmentId}`, NURSE);
    assert.equal(file.status, 200);
    assert.deepEqual(file.body, PNG);

    const log = await app.context.store.accessLog.list({ actor: 'staff-anna' });
    assert.ok(log.some((e) => e.resource === `report:${id}` && e.action === 'read' && e.subject === TOLVAN && e.role === 'staff'));
    assert.ok(log.some((e) => e.resource === `attachment:${attachmentId}` && e.action === 'read' && e.subject === TOLVAN));
  });

  it('keeps it from everyone else: another clinic’s staff, another patient, a patient token on staff routes, a staff token on patient routes', async () => {
    const app = createApp();
    const { id, attachmentId } = await errandWithPicture(app);
    assert.equal((await call(app, 'GET', `/v1/staff/conversations/${id}/report`, OTHER_CLINIC)).status, 404);
    assert.equal((await call(app, 'GET', `/v1/staff/attachments/${attachmentId}`, OTHER_CLINIC)).status, 404);
    assert.equal((await call(app, 'GET', `/v1/staff/conversations/${id}/report`, patient(TOLVAN))).status, 403);
    assert.equal((await call(app, 'GET', `/v1/staff/attachments/${attachmentId}`, patient(TOLVAN))).status, 403);
    assert.equal((await call(app, 'GET', '/v1/staff/queue', patient(TOLVAN))).status, 403);
    assert.equal((await call(app, 'GET', '/v1/conversations', NURSE)).status, 403);
    assert.equal((await call(app, 'GET', `/v1/conversations/${id}`, NURSE)).status, 403);
    assert.equal((await call(app, 'GET', `/v1/conversations/${id}`, patient(BRITT))).status, 404);
    assert.equal((await call(app, 'GET', `/v1/attachments/${attachmentId}`, patient(BRITT))).status, 404);
    assert.deepEqual((await call(app, 'GET', '/v1/conversations', patient(BRITT))).body, { errands: [] });
    // A file that is in no errand of the clinic is not there, even for the clinic's staff.
    const form = new FormData();
    form.append('file', new Blob([PNG], { type: 'image/png' }), 'other.png');
    const loose = await (await app.fetch(new Request('https://nara.test/v1/attachments', { method: 'POST', headers: { Authorization: `Bearer ${patient(BRITT)}` }, body: form }))).json();
    assert.equal((await call(app, 'GET', `/v1/staff/attachments/${loose.id}`, NURSE)).status, 404);
    assert.equal((await call(app, 'GET', '/v1/staff/attachments/nope', NURSE)).status, 404);
  });
});

describe('the queue', () => {
  it('is ordered by urgency, then the longest waiting first, with the promised answer time', async () => {
    let clock = new Date('2026-12-07T08:00:00Z'); // Monday 09:00 in Stockholm
    // one patient opens seven errands here: above the default quota of open errands per clinic
    const app = createApp({ now: () => clock, quotas: { openConversationsPerClinic: 20 } });
    const caseFor = async (id: string, urgency: TriageCase['assessment']['urgency']) =>
      app.context.store.cases.put({ id, person: BRITT, clinic: 'vc-linden', reasonId: 'forkylning', subject: { kind: 'self' }, redFlags: {}, response: {}, assessment: { urgency } as TriageCase['assessment'], created: clock.toISOString() });
    const open = async (label: string, urgency?: TriageCase['assessment']['urgency']) => {
      if (urgency) await caseFor(`case-${label}`, urgency);
      const opened = await call(app, 'POST', '/v1/conversations', patient(BRITT), { clinic: 'vc-linden', profession: 'nurse', text: label, ...(urgency ? { assessmentId: `case-${label}` } : {}) });
      assert.equal(opened.status, 201, JSON.stringify(opened.body));
      clock = new Date(clock.getTime() + 10 * 60_000);
      return opened.body.id as string;
    };
    await open('routine-first', 'routine');
    await open('urgent-first', 'urgent');
    await open('no-assessment');
    await open('routine-second', 'routine');
    await open('urgent-second', 'urgent');
    await open('self-care', 'self-care');
    clock = new Date('2026-12-07T11:45:00Z');
    const queue = StaffQueue.parse((await call(app, 'GET', '/v1/staff/queue', NURSE)).body).conversations;
    assert.deepEqual(
      queue.map((e) => e.preview),
      ['urgent-first', 'urgent-second', 'routine-first', 'routine-second', 'self-care', 'no-assessment'],
    );
    const first = queue.find((e) => e.preview === 'routine-first')!;
    assert.equal(first.waitingMinutes, 225);
    assert.equal(first.dueAt, '2026-12-07T12:00:00.000Z', 'a nurse answers within 4 hours');
    assert.equal(first.due, 'near');
    clock = new Date('2026-12-07T12:30:00Z');
    const later = StaffQueue.parse((await call(app, 'GET', '/v1/staff/queue', NURSE)).body).conversations;
    assert.equal(later.find((e) => e.preview === 'routine-first')!.due, 'past');
    assert.equal(later.find((e) => e.preview === 'self-care')!.due, 'near', 'due 12:50, twenty minutes left');
  });

  it('streams the queue again when an errand changes', async () => {
    const app = createApp({ heartbeatMs: 60_000 });
    const controller = new AbortController();
    const response = await app.fetch(new Request('https://nara.test/v1/staff/queue', { headers: { Authorization: `Bearer ${NURSE}`, Accept: 'text/event-stream' }, signal: controller.signal }));
    assert.equal(response.status, 200);
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    const snapshots: unknown[] = [];
    let buffer = '';
    const next = async (): Promise<StaffQueue> => {
      while (!buffer.includes('\n\n')) buffer += (await reader.read()).value ?? '';
      const block = buffer.slice(0, buffer.indexOf('\n\n'));
      buffer = buffer.slice(buffer.indexOf('\n\n') + 2);
      const data = block.split('\n').find((l) => l.startsWith('data:'));
      if (data) snapshots.push(JSON.parse(data.slice(5)));
      return data ? StaffQueue.parse(JSON.parse(data.slice(5))) : next();
    };
    assert.deepEqual((await next()).conversations, []);
    await call(app, 'POST', '/v1/conversations', patient(BRITT), { clinic: 'vc-linden', profession: 'nurse', text: 'Hej' });
    let queue = await next();
    while (!queue.conversations.some((e) => e.preview === 'Hej')) queue = await next();
    assert.equal(queue.conversations.length, 1);
    controller.abort();
  });
});

describe('scored forms', () => {
  it('scores PHQ-9 on the server from the codes the patient chose, with its band and the self-harm alert', async () => {
    const app = createApp();
    const { id } = await errandWithPicture(app);
    const forms = (await call(app, 'GET', '/v1/staff/forms', NURSE)).body.forms;
    assert.deepEqual(
      forms.filter((f: { scored: boolean }) => f.scored).map((f: { id: string }) => f.id),
      ['phq-9', 'gad-7', 'audit', 'epds'],
    );
    await call(app, 'POST', `/v1/staff/conversations/${id}/take`, NURSE);
    const sent = await call(app, 'POST', `/v1/staff/conversations/${id}/forms`, NURSE, { formId: 'phq-9' });
    assert.equal(sent.status, 201);
    const items = sent.body.questionnaire.item.filter((i: { type: string }) => i.type === 'choice');
    assert.equal(items.length, 9);
    // Eight answers of "more than half the days" (2) and item 9 "several days" (1): 17, moderately severe.
    const response = {
      resourceType: 'QuestionnaireResponse',
      status: 'completed',
      item: items.map((item: { linkId: string }, i: number) => ({ linkId: item.linkId, answer: [{ valueCoding: { code: i === 8 ? '1' : '2', display: 'x' } }] })),
    };
    assert.equal((await call(app, 'POST', `/v1/conversations/${id}/form-answers`, patient(TOLVAN), { requestId: sent.body.requestId, response })).status, 201);
    const report = StaffReport.parse((await call(app, 'GET', `/v1/staff/conversations/${id}/report`, NURSE)).body);
    const score = report.forms[0].score!;
    assert.equal(score.total, 17);
    assert.equal(score.max, 27);
    assert.equal(score.band.code, 'moderately-severe');
    assert.equal(score.incomplete, false);
    assert.equal(score.alerts.length, 1);
    assert.equal(report.forms[0].answers.length, 9);
  });

  it('refuses a code the scale does not have (the answers must fit the form sent), and never scores it', async () => {
    const app = createApp();
    const { id } = await errandWithPicture(app);
    await call(app, 'POST', `/v1/staff/conversations/${id}/take`, NURSE);
    const sent = await call(app, 'POST', `/v1/staff/conversations/${id}/forms`, NURSE, { formId: 'gad-7' });
    const items = sent.body.questionnaire.item.filter((i: { type: string }) => i.type === 'choice');
    const response = { resourceType: 'QuestionnaireResponse', status: 'completed', item: items.map((item: { linkId: string }) => ({ linkId: item.linkId, answer: [{ valueCoding: { code: '99' } }] })) };
    const answered = await call(app, 'POST', `/v1/conversations/${id}/form-answers`, patient(TOLVAN), { requestId: sent.body.requestId, response });
    assert.equal(answered.status, 422);
    const form = StaffReport.parse((await call(app, 'GET', `/v1/staff/conversations/${id}/report`, NURSE)).body).forms[0];
    assert.equal(form.score?.total ?? 0, 0, 'nothing refused is scored');
    assert.ok(!form.answers?.length, 'no answer is stored');
  });
});

describe('a contact started by staff, and the patient’s errands', () => {
  it('reaches the patient’s "Mina ärenden" with an unread count that clears when the chat is opened', async () => {
    const app = createApp();
    const started = await call(app, 'POST', '/v1/staff/conversations', NURSE, { patient: TOLVAN, message: 'Hej Tolvan! Ditt provsvar har kommit och ser bra ut.' });
    assert.equal(started.status, 201, JSON.stringify(started.body));
    const list = ErrandList.parse((await call(app, 'GET', '/v1/conversations', patient(TOLVAN))).body).errands;
    assert.equal(list.length, 1);
    assert.deepEqual(
      { id: list[0].id, startedBy: list[0].startedBy, status: list[0].status, unread: list[0].unread, preview: list[0].preview, clinicName: list[0].clinicName },
      { id: started.body.id, startedBy: 'staff', status: 'open', unread: 1, preview: 'Hej Tolvan! Ditt provsvar har kommit och ser bra ut.', clinicName: 'Vårdcentralen Linden' },
    );
    const events = await call(app, 'GET', `/v1/conversations/${started.body.id}/events`, patient(TOLVAN));
    assert.equal(events.status, 200);
    assert.equal(ErrandList.parse((await call(app, 'GET', '/v1/conversations', patient(TOLVAN))).body).errands[0].unread, 0);
    await call(app, 'POST', `/v1/staff/conversations/${started.body.id}/messages`, NURSE, { text: 'En sak till' });
    assert.equal(ErrandList.parse((await call(app, 'GET', '/v1/conversations', patient(TOLVAN))).body).errands[0].unread, 1);
    assert.ok((await app.context.store.accessLog.list({ actor: 'staff-anna' })).some((e) => e.resource === 'conversations' && e.action === 'write' && e.subject === TOLVAN));
  });

  it('reaches a child’s guardian, sends a form with the message, and refuses people who are not the clinic’s patients', async () => {
    const app = createApp();
    const child = await call(app, 'POST', '/v1/staff/conversations', NURSE, { patient: LILLA, message: 'Dags för uppföljning', formId: 'follow-up' });
    assert.equal(child.status, 201, JSON.stringify(child.body));
    const errands = ErrandList.parse((await call(app, 'GET', '/v1/conversations', patient(TOLVAN))).body).errands;
    assert.equal(errands[0].for, LILLA);
    const events = (await call(app, 'GET', `/v1/conversations/${child.body.id}/events`, patient(TOLVAN))).body.events;
    assert.deepEqual(events.map((e: { type: string }) => e.type), ['staff-joined', 'message', 'form-sent']);
    assert.equal((await call(app, 'GET', `/v1/conversations/${child.body.id}`, patient(BRITT))).status, 404);
    const stranger = await call(app, 'POST', '/v1/staff/conversations', OTHER_CLINIC, { patient: TOLVAN, message: 'Hej' });
    assert.equal(stranger.status, 422);
    assert.equal((await call(app, 'POST', '/v1/staff/conversations', NURSE, { patient: TOLVAN, message: 'Hej', formId: 'nope' })).status, 422);
    assert.equal((await call(app, 'POST', '/v1/staff/conversations', patient(TOLVAN), { patient: BRITT, message: 'Hej' })).status, 403);
    // Handed to a doctor: it goes to the doctors' queue.
    const toDoctor = await call(app, 'POST', '/v1/staff/conversations', NURSE, { patient: BRITT, profession: 'doctor', message: 'Läkaren hör av sig' });
    assert.equal(toDoctor.body.status, 'queued');
    assert.ok(StaffQueue.parse((await call(app, 'GET', '/v1/staff/queue', DOCTOR)).body).conversations.some((e) => e.id === toDoctor.body.id && e.startedBy === 'staff'));
  });

  it('closes with an outcome and tells the notifier about what the care team sends, without health data', async () => {
    const notices: unknown[] = [];
    const app = createApp({ notifier: { notify: (n) => void notices.push(n) } });
    const started = await call(app, 'POST', '/v1/staff/conversations', NURSE, { patient: TOLVAN, message: 'Provsvar' });
    const closed = await call(app, 'POST', `/v1/staff/conversations/${started.body.id}/close`, NURSE, { outcome: 'advice' });
    assert.equal(closed.status, 200);
    assert.equal(StaffReport.parse((await call(app, 'GET', `/v1/staff/conversations/${started.body.id}/report`, NURSE)).body).conversation.outcome, 'advice');
    assert.equal((await call(app, 'POST', `/v1/staff/conversations/${started.body.id}/close`, NURSE, { outcome: 'nonsense' })).status, 422);
    assert.deepEqual(
      notices.map((n) => Object.keys(n as object).sort().join(',')),
      ['at,clinic,conversationId,kind,patient'],
    );
    assert.ok(!JSON.stringify(notices).includes('Provsvar'));
  });
});
