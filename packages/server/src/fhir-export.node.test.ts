import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createApp } from './app.js';
import { callApp as call } from './testing/call-app.js';

const NURSE = 'test-staff:staff-anna';
const OTHER_CLINIC = 'test-staff:staff-maja';
const PATIENT = 'test:191212121212';
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

/**
 * The R4 structure the export must keep (hl7.org/fhir/R4): each used resource's required (1..)
 * elements and the codes of its required bindings.
 */
const R4: Record<string, { required: string[]; codes?: Record<string, string[]> }> = {
  Patient: { required: [] },
  Encounter: { required: ['status', 'class'], codes: { status: ['planned', 'arrived', 'triaged', 'in-progress', 'onleave', 'finished', 'cancelled', 'entered-in-error', 'unknown'] } },
  QuestionnaireResponse: { required: ['status'], codes: { status: ['in-progress', 'completed', 'amended', 'entered-in-error', 'stopped'] } },
  Communication: { required: ['status'], codes: { status: ['preparation', 'in-progress', 'not-done', 'on-hold', 'stopped', 'completed', 'entered-in-error', 'unknown'] } },
  Condition: { required: ['subject'] },
  MedicationRequest: {
    required: ['status', 'intent', 'subject', 'medicationCodeableConcept'],
    codes: { status: ['active', 'on-hold', 'cancelled', 'completed', 'entered-in-error', 'stopped', 'draft', 'unknown'], intent: ['proposal', 'plan', 'order', 'original-order', 'reflex-order', 'filler-order', 'instance-order', 'option'] },
  },
};
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Every problem with the Bundle as R4 structure; empty when it is sound. */
function r4Problems(bundle: { resourceType: string; type: string; entry: { fullUrl: string; resource: Record<string, unknown> }[] }): string[] {
  const problems: string[] = [];
  if (bundle.resourceType !== 'Bundle') problems.push('not a Bundle');
  if (!['document', 'message', 'transaction', 'transaction-response', 'batch', 'batch-response', 'history', 'searchset', 'collection'].includes(bundle.type)) problems.push('Bundle.type');
  const urls = new Set(bundle.entry.map((e) => e.fullUrl));
  if (urls.size !== bundle.entry.length) problems.push('fullUrl not unique');
  for (const { fullUrl, resource } of bundle.entry) {
    const rule = R4[resource.resourceType as string];
    if (!rule) problems.push(`unexpected ${String(resource.resourceType)}`);
    if (!/^[A-Za-z0-9\-.]{1,64}$/.test(String(resource.id))) problems.push(`${fullUrl}: id`);
    if (fullUrl !== `urn:uuid:${resource.id}`) problems.push(`${fullUrl}: fullUrl is not the id`);
    for (const field of rule?.required ?? []) if (resource[field] === undefined) problems.push(`${resource.resourceType}.${field} missing`);
    for (const [field, codes] of Object.entries(rule?.codes ?? {})) if (!codes.includes(resource[field] as string)) problems.push(`${resource.resourceType}.${field} = ${String(resource[field])}`);
    for (const field of ['sent', 'authored', 'authoredOn', 'recordedDate']) if (resource[field] !== undefined && !DATE_TIME.test(String(resource[field]))) problems.push(`${resource.resourceType}.${field} not a dateTime`);
    // Every reference anywhere in the resource points at an entry of this Bundle.
    const walk = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) {
          if (k === 'reference' && typeof v === 'string' && !urls.has(v)) problems.push(`${resource.resourceType}: ${v} does not resolve`);
          else walk(v);
        }
      }
    };
    walk(resource);
  }
  return problems;
}


describe('GET /v1/staff/conversations/{id}/fhir', () => {
  it('is an R4 Bundle: QuestionnaireResponse, a Communication per message with the file as a reference, Encounter with Condition and MedicationRequest codes', async () => {
    const app = createApp();
    const form = new FormData();
    form.append('file', new Blob([PNG], { type: 'image/png' }), 'utslag.png');
    const upload = await app.fetch(new Request('https://nara.test/v1/attachments', { method: 'POST', headers: { Authorization: `Bearer ${PATIENT}` }, body: form }));
    assert.equal(upload.status, 201);
    const stored = await upload.json();
    const caseId = `case-${crypto.randomUUID()}`;
    const created = new Date().toISOString();
    await app.context.store.cases.put({
      id: caseId, person: '191212121212', clinic: 'vc-linden', reasonId: 'ont-i-halsen', subject: { kind: 'self' }, redFlags: {},
      response: { resourceType: 'QuestionnaireResponse', status: 'completed', questionnaire: 'https://nara.example/q/ont-i-halsen', item: [{ linkId: 'since', answer: [{ valueString: '3 dagar' }] }] },
      assessment: { id: caseId, reasonId: 'ont-i-halsen', created, urgency: 'routine', redFlagsMet: [], why: [], actions: [], profession: 'nurse', selfCare: [], safetyNet: 'Ring 1177' } as never,
      created,
    });
    const opened = await call(app, 'POST', '/v1/conversations', PATIENT, { clinic: 'vc-linden', profession: 'nurse', assessmentId: caseId, text: 'Ont i halsen' });
    const id = opened.body.id as string;
    const picture = { id: stored.id, name: 'utslag.png', contentType: 'image/png', size: PNG.length };
    assert.equal((await call(app, 'POST', `/v1/conversations/${id}/messages`, PATIENT, { text: 'Här är en bild', attachments: [picture] })).status, 201);
    await call(app, 'POST', `/v1/staff/conversations/${id}/take`, NURSE);
    await call(app, 'POST', `/v1/staff/conversations/${id}/messages`, NURSE, { text: 'Tack, jag skriver ut penicillin.' });
    const closed = await call(app, 'POST', `/v1/staff/conversations/${id}/close`, NURSE, { outcome: { diagnosis: ['J02.0'], prescribed: ['J01CE02'] } });
    assert.equal(closed.status, 200);

    const answer = await call(app, 'GET', `/v1/staff/conversations/${id}/fhir`, NURSE);
    assert.equal(answer.status, 200);
    assert.match(answer.type, /^application\/fhir\+json/);
    const bundle = answer.body;
    assert.deepEqual(r4Problems(bundle), []);
    const of = (type: string) => bundle.entry.map((e: { resource: Record<string, unknown> }) => e.resource).filter((r: { resourceType: string }) => r.resourceType === type);
    assert.equal(of('Patient')[0].identifier[0].value, '191212121212');
    assert.equal(of('QuestionnaireResponse')[0].item[0].linkId, 'since');
    const messages = of('Communication');
    assert.equal(messages.length, 3, 'two from the patient, one from the nurse');
    const withFile = messages.find((m: { payload: { contentAttachment?: unknown }[] }) => m.payload.some((p) => p.contentAttachment));
    assert.equal(withFile.payload[1].contentAttachment.url, `https://nara.test/v1/staff/attachments/${stored.id}`);
    assert.equal(withFile.payload[1].contentAttachment.data, undefined, 'a reference, not the bytes');
    const encounter = of('Encounter')[0];
    assert.equal(encounter.status, 'finished');
    assert.ok(encounter.period.end);
    assert.deepEqual(of('Condition').map((c: { code: { coding: { system: string; code: string }[] } }) => c.code.coding[0]), [{ system: 'http://hl7.org/fhir/sid/icd-10-se', code: 'J02.0' }]);
    assert.deepEqual(of('MedicationRequest')[0].medicationCodeableConcept.coding[0], { system: 'http://www.whocc.no/atc', code: 'J01CE02' });
    const log = await app.context.store.accessLog.list({ actor: 'staff-anna' });
    assert.ok(log.some((e) => e.resource === `conversation:${id}` && e.action === 'read'));
  });

  it('the validator catches what breaks R4: a dangling reference, a missing status', () => {
    const broken = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [{ fullUrl: 'urn:uuid:a', resource: { resourceType: 'Communication', id: 'a', subject: { reference: 'urn:uuid:nobody' } } }],
    };
    assert.deepEqual(r4Problems(broken), ['Communication.status missing', 'Communication.status = undefined', 'Communication: urn:uuid:nobody does not resolve']);
  });

  it("another clinic's staff get 404, patients 403", async () => {
    const app = createApp();
    const opened = await call(app, 'POST', '/v1/conversations', PATIENT, { clinic: 'vc-linden', profession: 'nurse', text: 'Hej' });
    assert.equal((await call(app, 'GET', `/v1/staff/conversations/${opened.body.id}/fhir`, OTHER_CLINIC)).status, 404);
    assert.equal((await call(app, 'GET', `/v1/staff/conversations/${opened.body.id}/fhir`, PATIENT)).status, 403);
    const open = await call(app, 'GET', `/v1/staff/conversations/${opened.body.id}/fhir`, NURSE);
    assert.equal(open.status, 200);
    assert.deepEqual(r4Problems(open.body), []);
  });
});
