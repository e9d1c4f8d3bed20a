import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { IndicatorReport } from '@nara/contract/follow-up';
import { createApp } from './app.js';
import { computeIndicators, hideSmallCells } from './services/indicators.js';
import { decemberRecontact, novemberFixture, otherClinic } from './testing/follow-up-fixture.js';
import { callApp as call } from './testing/call-app.js';

const NURSE = 'test-staff:staff-anna';
const OTHER_CLINIC = 'test-staff:staff-maja';
const REGION = 'test-region:region-ylva';
const UPPSALA = 'test-region:region-uppsala';
const PATIENT = 'test:191212121212';

type App = ReturnType<typeof createApp>;

/** Every indicator's value, worked out by hand from the fixture (see follow-up-fixture.ts). */
const EXPECTED: Record<string, [number | null, number | null, number | null]> = {
  'errands-closed': [8, null, 8],
  'resolved-digitally': [5, 8, 0.625], // r1 r2 r3 r7 r8
  'physical-visit': [1, 8, 0.125], // r4
  referral: [1, 8, 0.125], // r6
  'sent-to-emergency': [1, 8, 0.125], // r5
  'first-answer-median': [null, 7, 30], // 5 10 15 [30] 60 120 240
  'first-answer-p90': [null, 7, 240], // nearest rank ceil(6.3) = 7th
  'first-answer-within-promise': [5, 6, 0.8333], // r3 late; r5 unanswered, r7 no promise
  'close-median': [null, 8, 52.5], // 20 35 40 [45 60] 120 360 480
  'close-p90': [null, 8, 480], // ceil(7.2) = 8th
  'urgency-emergency': [1, 7, 0.1429],
  'urgency-emergency-sent-to-emergency': [1, 1, 1],
  'urgency-emergency-visit': [0, 1, 0],
  'urgency-emergency-department': [0, 7, 0],
  'urgency-emergency-department-sent-to-emergency': [0, 0, null],
  'urgency-emergency-department-visit': [0, 0, null],
  'urgency-urgent': [0, 7, 0],
  'urgency-urgent-sent-to-emergency': [0, 0, null],
  'urgency-urgent-visit': [0, 0, null],
  'urgency-soon': [1, 7, 0.1429],
  'urgency-soon-sent-to-emergency': [0, 1, 0],
  'urgency-soon-visit': [1, 1, 1],
  'urgency-routine': [3, 7, 0.4286],
  'urgency-routine-sent-to-emergency': [0, 3, 0],
  'urgency-routine-visit': [0, 3, 0],
  'urgency-self-care': [2, 7, 0.2857],
  'urgency-self-care-sent-to-emergency': [0, 2, 0],
  'urgency-self-care-visit': [0, 2, 0],
  'no-assessment': [1, 8, 0.125], // r7
  'strama-respiratory-antibiotics': [1, 3, 0.3333], // r1 J06.9, r2 J02.0 + J01CE02, r8 J20.9
  'strama-cystitis-antibiotics': [1, 2, 0.5], // r3 + J01XE01, r4
  'patients-75-plus': [3, 8, 0.375], // r1 r4 r8
  'addictive-drugs-per-1000': [3, 8, 375], // r6 N02AX02 + N05CF01, r7 N05BA01
  'recontact-7d': [2, 7, 0.2857], // r1 → r8 after 3 days; r3 → December after 5 d 18 h
};

describe('follow-up indicators', () => {
  it('every indicator equals the hand-computed value, and every indicator is checked', () => {
    const got = computeIndicators(novemberFixture, [decemberRecontact]);
    assert.deepEqual(got.map((i) => i.id).sort(), Object.keys(EXPECTED).sort());
    for (const i of got) assert.deepEqual([i.numerator, i.denominator, i.value], EXPECTED[i.id], i.id);
    assert.ok(got.every((i) => i.label.sv && i.label.en && i.label.sv !== i.label.en || i.id === 'errands-closed'));
  });

  it('without the December errand r3 has no re-contact; nothing closed gives no values, not zeros', () => {
    assert.deepEqual(computeIndicators(novemberFixture).find((i) => i.id === 'recontact-7d')?.numerator, 1);
    const empty = computeIndicators([]);
    assert.equal(empty.find((i) => i.id === 'errands-closed')?.value, 0);
    assert.ok(empty.filter((i) => i.id !== 'errands-closed').every((i) => i.value === null));
  });

  it('a re-contact is any errand the patient opened: one still queued or closed without an outcome counts, another reason or day 8 does not', () => {
    const r3 = novemberFixture[2];
    const contact = (id: string, createdAt: string, reasonId = r3.reasonId) => ({ conversationId: id, clinic: r3.clinic, patient: r3.patient, reasonId, createdAt });
    const recontacts = (contacts: ReturnType<typeof contact>[]) => computeIndicators(novemberFixture, contacts).find((i) => i.id === 'recontact-7d');
    // r3 closed 2026-11-27T14:00Z; an errand opened 6 days later that nobody has closed yet.
    assert.deepEqual(recontacts([contact('open-1', '2026-12-03T14:00:00.000Z')])?.numerator, 2);
    assert.deepEqual(recontacts([contact('other-reason', '2026-11-28T08:00:00.000Z', 'hosta')])?.numerator, 1);
    assert.deepEqual(recontacts([contact('day-8', '2026-12-04T14:00:01.000Z')])?.numerator, 1);
    assert.deepEqual(recontacts([contact('before-close', '2026-11-27T13:00:00.000Z')])?.numerator, 1);
    assert.deepEqual(recontacts([{ ...contact('someone-else', '2026-11-28T08:00:00.000Z'), patient: '198112289874' }])?.numerator, 1);
  });

  it('small cells (1–4) are hidden; 0 and 5 or more are shown', () => {
    const hidden = hideSmallCells(computeIndicators(novemberFixture, [decemberRecontact]));
    const byId = Object.fromEntries(hidden.map((i) => [i.id, i]));
    assert.equal(byId['errands-closed'].value, 8);
    assert.equal(byId['resolved-digitally'].value, 0.625);
    assert.deepEqual([byId['physical-visit'].value, byId['physical-visit'].suppressed], [null, true]);
    assert.deepEqual([byId['urgency-urgent'].numerator, byId['urgency-urgent'].suppressed], [0, undefined]);
    assert.equal(byId['strama-cystitis-antibiotics'].suppressed, true);
  });
});

describe('POST /v1/staff/conversations/{id}/close with an outcome', () => {
  /** A patient's errand after an assessment, taken and answered by the nurse. */
  async function answeredErrand(app: App) {
    const caseId = `case-${crypto.randomUUID()}`;
    const assessment = { id: caseId, reasonId: 'forkylning', created: new Date().toISOString(), urgency: 'routine', redFlagsMet: [], why: [], actions: [], profession: 'nurse', selfCare: [], safetyNet: 'Ring 1177' };
    await app.context.store.cases.put({ id: caseId, person: '191212121212', clinic: 'vc-linden', reasonId: 'forkylning', subject: { kind: 'self' }, redFlags: {}, response: {}, assessment: assessment as never, created: assessment.created });
    const opened = await call(app, 'POST', '/v1/conversations', PATIENT, { clinic: 'vc-linden', profession: 'nurse', assessmentId: caseId, text: 'Ont i halsen sedan tre dagar' });
    assert.equal(opened.status, 201, JSON.stringify(opened.body));
    const id = opened.body.id as string;
    assert.equal((await call(app, 'POST', `/v1/staff/conversations/${id}/take`, NURSE)).status, 200);
    assert.equal((await call(app, 'POST', `/v1/staff/conversations/${id}/messages`, NURSE, { text: 'Hej! Har du feber?' })).status, 201);
    return id;
  }

  it('keeps the outcome with normalised codes, the reason, urgency, age and times; the errand closes', async () => {
    const app = createApp();
    const id = await answeredErrand(app);
    const closed = await call(app, 'POST', `/v1/staff/conversations/${id}/close`, NURSE, {
      outcome: { diagnosis: ['j069', 'J06.9'], prescribed: [' j01ce02 '], visitBooked: false, note: 'Egenvård, återkom vid feber' },
    });
    assert.equal(closed.status, 200, JSON.stringify(closed.body));
    assert.equal(closed.body.status, 'closed');
    const kept = await app.context.store.followUp.get(id);
    assert.deepEqual(kept?.outcome, { diagnosis: ['J06.9'], prescribed: ['J01CE02'], visitBooked: false, note: 'Egenvård, återkom vid feber' });
    assert.equal(kept?.reasonId, 'forkylning');
    assert.equal(kept?.urgency, 'routine');
    assert.equal(kept?.patient, '191212121212');
    assert.ok(kept!.patientAge >= 113);
    assert.ok(kept?.firstAnswerAt && kept.dueAt && kept.closedAt >= kept.firstAnswerAt);
  });

  it('a bad code is 422 naming the field, and the errand stays open; an empty body closes without an outcome', async () => {
    const app = createApp();
    const id = await answeredErrand(app);
    for (const outcome of [{ diagnosis: ['XYZ'], prescribed: [] }, { diagnosis: ['J06.9'], prescribed: ['J1'] }, { diagnosis: 'J06.9', prescribed: [] }]) {
      const refused = await call(app, 'POST', `/v1/staff/conversations/${id}/close`, NURSE, { outcome });
      assert.equal(refused.status, 422, JSON.stringify(outcome));
      assert.ok(refused.body.errors.some((e: { path: string }) => e.path.startsWith('outcome.')), JSON.stringify(refused.body.errors));
    }
    assert.equal((await call(app, 'POST', `/v1/staff/conversations/${id}/close`, NURSE, '{not json')).status, 400);
    assert.equal((await call(app, 'GET', `/v1/staff/conversations/${id}`, NURSE)).body.status, 'open');
    assert.equal(await app.context.store.followUp.get(id), undefined);
    assert.equal((await call(app, 'POST', `/v1/staff/conversations/${id}/close`, NURSE)).status, 200);
    assert.equal(await app.context.store.followUp.get(id), undefined);
  });

  it('the patient coming back for the same reason counts as a re-contact while the new errand is still queued, and when it is closed without an outcome', async () => {
    const app = createApp();
    const first = await answeredErrand(app);
    assert.equal((await call(app, 'POST', `/v1/staff/conversations/${first}/close`, NURSE, { outcome: { diagnosis: ['J06.9'], prescribed: [] } })).status, 200);
    const today = `/v1/staff/indicators?from=${new Date(Date.now() - 3_600_000).toISOString()}&to=${new Date(Date.now() + 3_600_000).toISOString()}`;
    const recontact = async () => (await call(app, 'GET', today, NURSE)).body.indicators.find((i: { id: string }) => i.id === 'recontact-7d');
    assert.deepEqual([(await recontact()).numerator, (await recontact()).denominator], [0, 1]);
    const again = await answeredErrand(app); // open, taken and answered, not closed
    assert.deepEqual([(await recontact()).numerator, (await recontact()).denominator], [1, 1], 'an open errand is a re-contact');
    assert.equal((await call(app, 'POST', `/v1/staff/conversations/${again}/close`, NURSE)).status, 200);
    assert.equal(await app.context.store.followUp.get(again), undefined);
    assert.deepEqual([(await recontact()).numerator, (await recontact()).denominator], [1, 1], 'closed without an outcome, still a re-contact');
  });
});

describe('GET /v1/staff/indicators', () => {
  const app = createApp();
  const ready = Promise.all([...novemberFixture, decemberRecontact, otherClinic].map((r) => app.context.store.followUp.put(r)));
  const november = '/v1/staff/indicators?from=2026-11-01&to=2026-11-30';

  it("a clinic's staff get their clinic's figures, unhidden; another clinic is 403; patients 403; no token 401", async () => {
    await ready;
    const mine = await call(app, 'GET', november, NURSE);
    assert.equal(mine.status, 200);
    IndicatorReport.parse(mine.body);
    assert.equal(mine.body.clinic, null);
    assert.equal(mine.body.clinics, undefined);
    for (const i of mine.body.indicators) assert.deepEqual([i.numerator, i.denominator, i.value], EXPECTED[i.id], i.id);
    assert.equal((await call(app, 'GET', `${november}&clinic=vc-linden`, NURSE)).status, 200);
    assert.equal((await call(app, 'GET', `${november}&clinic=vc-kvarnen`, NURSE)).status, 403);
    const theirs = await call(app, 'GET', november, OTHER_CLINIC);
    assert.equal(theirs.body.indicators[0].value, 1, 'vc-kvarnen sees its one errand only');
    assert.equal((await call(app, 'GET', november, PATIENT)).status, 403);
    assert.equal((await call(app, 'GET', november)).status, 401);
  });

  it('the region sees every clinic, per clinic, with small cells hidden; a region officer only their region', async () => {
    await ready;
    const region = await call(app, 'GET', november, REGION);
    assert.equal(region.status, 200);
    const report = IndicatorReport.parse(region.body);
    assert.deepEqual(report.clinics?.map((c) => c.clinic).sort(), ['hc-alvstranden', 'vc-kvarnen', 'vc-linden']);
    const total = Object.fromEntries(report.indicators.map((i) => [i.id, i]));
    assert.equal(total['errands-closed'].value, 9);
    const linden = Object.fromEntries(report.clinics!.find((c) => c.clinic === 'vc-linden')!.indicators.map((i) => [i.id, i]));
    assert.equal(linden['resolved-digitally'].value, 0.625);
    assert.equal(linden['sent-to-emergency'].suppressed, true);
    const kvarnen = report.clinics!.find((c) => c.clinic === 'vc-kvarnen')!.indicators;
    assert.equal(kvarnen[0].suppressed, true, 'one errand is a small cell');
    const uppsala = await call(app, 'GET', november, UPPSALA);
    assert.deepEqual(uppsala.body.clinics.map((c: { clinic: string }) => c.clinic), ['vc-kvarnen']);
    assert.equal((await call(app, 'GET', `${november}&clinic=vc-linden`, UPPSALA)).status, 403);
    assert.equal((await call(app, 'GET', '/v1/staff/queue', REGION)).status, 403, 'no patient data for the region role');
  });

  it('CSV has the same figures as JSON, row for row', async () => {
    await ready;
    for (const token of [NURSE, REGION]) {
      const json = (await call(app, 'GET', november, token)).body as ReturnType<typeof IndicatorReport.parse>;
      const csv = await call(app, 'GET', `${november}&format=csv`, token);
      assert.equal(csv.status, 200);
      assert.match(csv.type, /^text\/csv/);
      const rows = (csv.body as string).trim().split('\r\n').map(parseCsvLine);
      assert.deepEqual(rows[0], ['clinic', 'id', 'label', 'unit', 'numerator', 'denominator', 'value', 'suppressed']);
      const expected = [{ clinic: json.clinic ?? 'all', indicators: json.indicators }, ...(json.clinics ?? [])].flatMap((g) =>
        g.indicators.map((i) => [g.clinic, i.id, i.label.sv, i.unit, num(i.numerator), num(i.denominator), num(i.value), String(!!i.suppressed)]),
      );
      assert.deepEqual(rows.slice(1), expected);
    }
  });

  it('bad periods are 422 with the field named', async () => {
    for (const q of ['from=2026-11-30&to=2026-11-01', 'from=nonsense-date&to=2026-11-01', 'from=2025-01-01&to=2026-11-30', 'to=2026-11-30']) {
      const answer = await call(app, 'GET', `/v1/staff/indicators?${q}`, NURSE);
      assert.equal(answer.status, 422, q);
    }
  });
});

const num = (v: number | null) => (v === null ? '' : String(v));
function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') (cur += '"'), i++;
      else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') out.push(cur), (cur = '');
    else cur += ch;
  }
  out.push(cur);
  return out;
}

describe('the seeded month', () => {
  it('is at least 2,000 errands, the same for the same seed, every outcome valid against the contract', async () => {
    const { seededMonth } = await import('./seed/follow-up-month.js');
    const { ErrandOutcome } = await import('@nara/contract/follow-up');
    const month = seededMonth({ month: '2026-11' });
    assert.ok(month.length >= 2000);
    assert.deepEqual(seededMonth({ month: '2026-11' }).slice(0, 50), month.slice(0, 50));
    for (const r of month) assert.deepEqual(ErrandOutcome.parse(r.outcome), r.outcome);
    assert.equal(new Set(month.map((r) => r.conversationId)).size, month.length);
    const byId = Object.fromEntries(computeIndicators(month).map((i) => [i.id, i.value]));
    assert.ok(byId['patients-75-plus']! > 0.05 && byId['strama-respiratory-antibiotics']! < 0.2 && byId['recontact-7d']! > 0);
  });
});
