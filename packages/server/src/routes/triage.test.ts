import { expect } from '@open-wc/testing';
import { HttpBackend } from '@nara/client';
import { Assessment, NaraError, Questionnaire, ReasonList, RedFlagList, type AssessmentRequest } from '@nara/contract';
import type { QuestionnaireResponse } from '@nara/fhir';
import { buildQuestionnaire, findReason, redFlagsFor, responseFromAnswers, type PlainAnswer } from '@nara/triage';
import { createApp } from '../app.js';

const app = createApp();
const call = (path: string, init?: RequestInit) => app.fetch(new Request(`https://api.test${path}`, init));
const post = (body: unknown, headers: Record<string, string> = {}) =>
  call('/v1/assessments', { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
const PERSON = '191212121212';

/** Every screen question for the subject answered no, except those named. */
const screen = (subject: 'self' | 'child', ...yes: string[]) => Object.fromEntries(redFlagsFor(subject).map((f) => [f.id, yes.includes(f.id)]));

function cold(answers: Record<string, PlainAnswer> = {}): QuestionnaireResponse {
  const questionnaire = buildQuestionnaire(findReason('forkylning')!, 'sv');
  return responseFromAnswers(questionnaire, { description: 'Snuva och lite hosta', since: 'days-1-3', overall: 7, cough: true, breathless: 'no', ...answers });
}

const coldRequest = (extra: Partial<AssessmentRequest> = {}): AssessmentRequest => ({
  reasonId: 'forkylning',
  response: cold() as AssessmentRequest['response'],
  subject: { kind: 'self' },
  redFlags: screen('self'),
  ...extra,
});

describe('triage routes', () => {
  it('lists the catalogue in the asked-for language, per clinic', async () => {
    const sv = ReasonList.parse(await (await call('/v1/reasons')).json());
    const en = ReasonList.parse(await (await call('/v1/reasons', { headers: { 'Accept-Language': 'en' } })).json());
    expect(sv.reasons.length).to.be.at.least(120);
    expect(sv.reasons.find((r) => r.id === 'urinvagsinfektion')).to.deep.include({ title: 'Urinvägsinfektion', category: 'medical', profession: 'nurse' });
    expect(sv.reasons.find((r) => r.id === 'urinvagsinfektion')!.synonyms).to.include('uvi');
    expect(en.reasons.find((r) => r.id === 'boka-om')).to.deep.include({ title: 'Reschedule an appointment', profession: 'secretary', category: 'administrative' });
    const kvarnen = ReasonList.parse(await (await call('/v1/reasons?clinic=vc-kvarnen')).json());
    expect(kvarnen.reasons.some((r) => r.profession === 'child-health-nurse'), 'no BVC where there is none').to.equal(false);
    expect(kvarnen.reasons.some((r) => r.id === 'feber-hos-barn')).to.equal(true);
    expect((await call('/v1/reasons?clinic=nope')).status).to.equal(404);
    const cached = await call('/v1/reasons');
    expect(cached.headers.get('Cache-Control')).to.equal('public, max-age=300');
    expect(cached.headers.get('Vary')).to.include('Accept-Language');
    expect((await call('/v1/reasons?clinic=vc-kvarnen')).headers.get('Cache-Control'), "a clinic's list follows its settings").to.equal('no-cache');
  });

  it('gives the emergency screen for oneself or a child', async () => {
    const child = RedFlagList.parse(await (await call('/v1/red-flags?subject=child', { headers: { 'Accept-Language': 'en' } })).json());
    const self = RedFlagList.parse(await (await call('/v1/red-flags?subject=self')).json());
    expect(child.redFlags.map((f) => f.id)).to.include.members(['chest-pain', 'breathing', 'infant-fever']);
    expect(self.redFlags.map((f) => f.id)).to.not.include('infant-fever');
    expect(child.redFlags.find((f) => f.id === 'suicidal')!.advice).to.match(/90101/);
    expect((await call('/v1/red-flags?subject=martian')).status).to.equal(422);
  });

  it('serves a FHIR Questionnaire per reason and 404 for an unknown one', async () => {
    const response = await call('/v1/questionnaires/triage-ont-i-halsen', { headers: { 'Accept-Language': 'en-GB' } });
    const questionnaire = Questionnaire.parse(await response.json());
    expect(questionnaire.language).to.equal('en');
    expect(questionnaire.title).to.equal('Sore throat');
    expect(questionnaire.item!.map((i) => i.linkId)).to.include.members(['description', 'since', 'overall', 'temperature', 'can-swallow-saliva', 'image']);
    const forChild = Questionnaire.parse(await (await call('/v1/questionnaires/triage-ont-i-halsen?subject=child')).json());
    expect(forChild.item!.find((i) => i.linkId === 'can-swallow-saliva')!.text).to.equal('Kan barnet svälja sin egen saliv?');
    expect(forChild.item!.map((i) => i.linkId)).to.deep.equal(questionnaire.item!.map((i) => i.linkId));
    const missing = await call('/v1/questionnaires/triage-nope');
    expect(missing.status).to.equal(404);
    expect(missing.headers.get('Content-Type')).to.equal('application/problem+json');
    expect((await missing.json()).code).to.equal('not-found');
  });

  it('assesses a common cold as self-care, with why, advice and the demo notice', async () => {
    const response = await post(coldRequest(), { 'Accept-Language': 'en' });
    expect(response.status).to.equal(201);
    const assessment = Assessment.parse(await response.json());
    expect(assessment.urgency).to.equal('self-care');
    expect(assessment.redFlagsMet).to.deep.equal([]);
    expect(assessment.actions.map((a) => a.action)).to.deep.equal(['self-care', 'chat']);
    expect(assessment.selfCare).to.include('Rest and drink plenty.');
    expect(assessment.why[0].answers.length).to.be.greaterThan(0);
    expect(assessment.demo).to.equal(true);
    expect(assessment.notice).to.match(/not clinically validated/);
  });

  it('answers emergency and call 112 when a red flag is met, whatever else is answered', async () => {
    const response = await post(coldRequest({ redFlags: screen('self', 'chest-pain') }));
    const assessment = Assessment.parse(await response.json());
    expect(assessment.urgency).to.equal('emergency');
    expect(assessment.redFlagsMet.map((f) => f.id)).to.deep.equal(['chest-pain']);
    expect(assessment.actions).to.deep.equal([{ action: 'call-112' }]);
  });

  it('still answers emergency when a red flag is met but the rest of the request is malformed', async () => {
    for (const body of [
      { ...coldRequest({ redFlags: { stroke: true } }), response: { resourceType: 'QuestionnaireResponse', status: 'completed', item: [{ linkId: 'cough', answer: [{ valueString: 'ja' }] }] } },
      { reasonId: 'no-such-reason', redFlags: { breathing: true }, subject: { kind: 'child', ageMonths: 5 } },
      { redFlags: { suicidal: true }, response: 'not a response' },
    ]) {
      const response = await post(body);
      expect(response.status, JSON.stringify(body)).to.equal(201);
      expect(Assessment.parse(await response.json()).urgency).to.equal('emergency');
    }
  });

  it('answers 422 naming the fields for a malformed response', async () => {
    const wrongType = cold();
    wrongType.item!.find((i) => i.linkId === 'cough')!.answer = [{ valueString: 'ja' }];
    const missing = cold();
    missing.item = missing.item!.filter((i) => i.linkId !== 'overall');
    const unknown = cold();
    unknown.item!.push({ linkId: 'favourite-colour', answer: [{ valueString: 'blå' }] });
    const cases: [unknown, string][] = [
      [{ ...coldRequest(), response: wrongType }, 'response.cough'],
      [{ ...coldRequest(), response: missing }, 'response.overall'],
      [{ ...coldRequest(), response: unknown }, 'response.favourite-colour'],
      [{ ...coldRequest(), response: { status: 'completed' } }, 'response.resourceType'],
      [{ ...coldRequest(), redFlags: { 'chest-pain': false } }, 'redFlags.breathing'],
      [{ ...coldRequest(), reasonId: 'feber-hos-barn', response: cold() }, 'subject'],
      [{ ...coldRequest(), reasonId: 'no-such-reason' }, 'reasonId'],
      [{ ...coldRequest(), clinic: 'nope' }, 'clinic'],
      [{ ...coldRequest(), redFlags: { ...screen('self'), breathing: 'nej' } }, 'redFlags.breathing'],
      [{ ...coldRequest(), subject: { kind: 'self', ageMonths: 5 } }, 'subject.ageMonths'],
      [{ ...coldRequest(), subject: { kind: 'child' } }, 'subject.ageMonths'],
    ];
    for (const [body, path] of cases) {
      const response = await post(body, { 'Accept-Language': 'sv' });
      expect(response.status, path).to.equal(422);
      const problem = await response.json();
      expect(problem.code).to.equal('invalid');
      expect(problem.errors.map((e: { path: string }) => e.path), path).to.include(path);
    }
    const problem = await (await post({ ...coldRequest(), response: missing }, { 'Accept-Language': 'sv' })).json();
    expect(problem.errors[0].message).to.equal('Frågan måste besvaras.');
    expect((await call('/v1/assessments', { method: 'POST', body: '{oops' })).status).to.equal(400);
  });

  it('stores the case, tied to the person when a token is present, and refuses a bad token', async () => {
    const signedIn = Assessment.parse(await (await post(coldRequest(), { Authorization: `Bearer test:${PERSON}` })).json());
    const anonymous = Assessment.parse(await (await post(coldRequest())).json());
    const mine = await app.context.store.cases.listByPerson(PERSON);
    expect(mine.map((c) => c.id)).to.include(signedIn.id);
    expect(mine.map((c) => c.id)).to.not.include(anonymous.id);
    const stored = await app.context.store.cases.get(anonymous.id);
    expect(stored!.reasonId).to.equal('forkylning');
    expect(stored!.person).to.equal(undefined);
    expect(stored!.assessment.urgency).to.equal('self-care');
    const forged = await post(coldRequest(), { Authorization: 'Bearer forged' });
    expect(forged.status).to.equal(401);
  });

  it('answers the same calls through HttpBackend, validated by the contract', async () => {
    const backend = new HttpBackend({ baseUrl: 'https://api.test', locale: 'en', fetch: async (request) => app.fetch(request), retries: 0 });
    const reasons = await backend.listReasons('vc-linden');
    expect(reasons.find((r) => r.id === 'amning')!.title).to.equal('Breastfeeding and bottle feeding');
    const flags = await backend.getRedFlags('child');
    const questionnaire = await backend.getQuestionnaire('triage-feber-hos-barn');
    const response = responseFromAnswers(questionnaire, { description: 'Fever since this morning', since: 'today', overall: 6, temperature: 38.2, lethargic: false, drinks: true, 'non-blanching': false, 'breathing-hard': false });
    const request = { reasonId: 'feber-hos-barn', response, subject: { kind: 'child' as const, ageMonths: 2 }, redFlags: Object.fromEntries(flags.map((f) => [f.id, false])) };
    const assessment = await backend.assess(request as AssessmentRequest);
    expect(assessment.urgency, 'a 2-month-old with fever').to.equal('emergency');
    expect(assessment.redFlagsMet.map((f) => f.id)).to.deep.equal(['infant-fever']);
    const error = await backend.getQuestionnaire('triage-nope').catch((e: unknown) => e);
    expect(NaraError.is(error) && error.code).to.equal('not-found');
  });
});
