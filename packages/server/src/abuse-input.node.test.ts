// Hostile input (issue #17, "500s for bad input"): every one of these is a 4xx problem+json, never a 500.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createApp, type AppOptions } from './app.js';
import { parseCorsOrigins } from './http/cors-policy.js';

const PATIENT = 'test:191212121212';
const NURSE = 'test-staff:staff-anna';

function setup(options: AppOptions = {}) {
  const app = createApp(options);
  const call = (path: string, init: RequestInit & { token?: string | null } = {}) => {
    const headers = new Headers(init.headers);
    if (init.token !== null) headers.set('Authorization', `Bearer ${init.token ?? PATIENT}`);
    if (init.body !== undefined && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
    return app.fetch(new Request(`https://nara.test${path}`, { ...init, headers }));
  };
  return { app, call };
}

/** A refusal: a 4xx status, problem+json, a stable code. */
async function refused(response: Response, what: string, code?: string) {
  assert.ok(response.status >= 400 && response.status < 500, `${what}: status ${response.status}`);
  assert.equal(response.headers.get('Content-Type'), 'application/problem+json', what);
  const body = await response.json();
  assert.equal(typeof body.code, 'string', what);
  if (code) assert.equal(body.code, code, what);
  return body;
}

const BAD_ESCAPES = ['%', '%E0%A4%A', '%ED%A0%80', '%C0%80', '%FF', 'a%2', '%00', '%0A', '%EF%BF%BF%ED%B0%80'];
const PATIENT_PATHS = ['/v1/bookings/$', '/v1/bookings/$/calendar', '/v1/conversations/$', '/v1/conversations/$/events', '/v1/attachments/$'];

describe('path parameters are decoded once, and badly encoded ones are refused', () => {
  it('a malformed or ill-formed percent escape in any id is a 4xx problem, for every method', async () => {
    const { call } = setup();
    for (const escape of BAD_ESCAPES) {
      for (const path of PATIENT_PATHS) {
        for (const method of ['GET', 'DELETE', 'PATCH', 'POST']) {
          const body = method === 'GET' || method === 'DELETE' ? undefined : '{}';
          await refused(await call(path.replace('$', escape), { method, ...(body ? { body } : {}) }), `${method} ${path} ${escape}`);
        }
      }
      for (const path of ['/v1/clinics/$', '/v1/questionnaires/$', '/v1/staff/conversations/$', '/v1/staff/conversations/$/take']) {
        await refused(await call(path.replace('$', escape), { token: NURSE, method: path.endsWith('take') ? 'POST' : 'GET' }), `${path} ${escape}`);
      }
    }
  });

  it('a query value with a broken escape, a NUL or a lone surrogate is refused', async () => {
    const { call } = setup();
    for (const escape of ['%', '%E0%A4%A', '%ED%A0%80', '%00']) {
      await refused(await call(`/v1/reasons?clinic=${escape}`, { token: null }), `reasons ${escape}`);
      await refused(await call(`/v1/slots?clinic=vc-linden${escape}&from=2026-12-03T00:00:00Z&to=2026-12-04T00:00:00Z`, { token: null }), `slots ${escape}`);
    }
  });
});

describe('text in bodies', () => {
  it('NUL bytes and lone surrogates anywhere in a JSON body are refused with 422 invalid', async () => {
    const { call } = setup();
    const open = await call('/v1/conversations', { method: 'POST', body: JSON.stringify({ clinic: 'vc-linden', profession: 'nurse' }) });
    const { id } = await open.json();
    for (const bad of ['a\u0000b', 'x\ud800y', 'tail\udfff', '\udc00\ud800']) {
      const text = JSON.stringify(bad); // JSON escapes the lone surrogates as \ud800 …
      await refused(await call(`/v1/conversations/${id}/messages`, { method: 'POST', body: `{"text":${text}}` }), `message ${text}`, 'invalid');
      await refused(await call('/v1/conversations', { method: 'POST', body: `{"clinic":"vc-linden","profession":"nurse","text":${text}}` }), `open ${text}`, 'invalid');
      await refused(await call('/v1/bookings', { method: 'POST', body: `{"slotId":${text}}` }), `booking ${text}`, 'invalid');
      await refused(await call('/v1/shortcuts', { method: 'PUT', body: `{"shortcuts":[{"clinic":${text},"serviceId":"x"}]}` }), `shortcuts ${text}`, 'invalid');
      // … and in a key, not only in a value.
      await refused(await call(`/v1/conversations/${id}/messages`, { method: 'POST', body: `{"text":"hej",${text}:1}` }), `key ${text}`, 'invalid');
    }
  });

  it('deeply nested JSON is refused before it is read into the store, signed in or not', async () => {
    const { call } = setup();
    const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
    const body = `{"reasonId":"forkylning","subject":{"kind":"self"},"redFlags":{"breathing":true},"response":{"resourceType":"QuestionnaireResponse","status":"completed","item":${deep(3000)}}}`;
    await refused(await call('/v1/assessments', { method: 'POST', token: null, body }), 'assessment 3000 deep', 'invalid');
    const answers = `{"reasonId":"forkylning","subject":{"kind":"self"},"redFlags":{},"response":{"resourceType":"QuestionnaireResponse","status":"completed","item":[${'{"linkId":"a","item":['.repeat(2000)}${']}'.repeat(2000)}]}}`;
    await refused(await call('/v1/assessments', { method: 'POST', body: answers }), 'answers 2000 deep', 'invalid');
    await refused(await call('/v1/shortcuts', { method: 'PUT', body: `{"shortcuts":${deep(5000)}}` }), 'shortcuts 5000 deep', 'invalid');
  });
});

describe('integers are bounded to what the database holds', () => {
  it('?after= and Last-Event-ID past 2^31 − 1, negative or fractional are refused', async () => {
    const { call } = setup();
    const { id } = await (await call('/v1/conversations', { method: 'POST', body: JSON.stringify({ clinic: 'vc-linden', profession: 'nurse' }) })).json();
    for (const after of ['2147483648', '99999999999', '-1', '1.5', '1e3', '0x10']) {
      await refused(await call(`/v1/conversations/${id}/events?after=${after}`), `after=${after}`, 'invalid');
      await refused(await call(`/v1/conversations/${id}/events`, { headers: { 'Last-Event-ID': after } }), `Last-Event-ID ${after}`, 'invalid');
    }
    assert.equal((await call(`/v1/conversations/${id}/events?after=2147483647`)).status, 200);
  });

  it('numbers in bodies past the database range are refused (ages, sizes)', async () => {
    const { call } = setup();
    const body = (ageMonths: number) =>
      JSON.stringify({ reasonId: 'feber-hos-barn', subject: { kind: 'child', ageMonths }, redFlags: {}, response: { resourceType: 'QuestionnaireResponse', status: 'completed' } });
    await refused(await call('/v1/assessments', { method: 'POST', body: body(2147483648) }), 'ageMonths 2^31', 'invalid');
    await refused(await call('/v1/assessments', { method: 'POST', body: body(1e300) }), 'ageMonths 1e300', 'invalid');
  });
});

describe('user-chosen keys never reach inherited properties', () => {
  it('clinic ids such as constructor or __proto__ are 404 problems, with and without CORS configured', async () => {
    const policy = parseCorsOrigins('https://app.region.se vc-linden=https://linden.example.se');
    for (const options of [{}, { corsOrigins: policy.origins, clinicOrigins: policy.clinicOrigins }]) {
      const { call } = setup(options);
      for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__']) {
        const headers = { Origin: 'https://linden.example.se' };
        await refused(await call(`/v1/clinics/${name}`, { token: null, headers }), `clinic ${name}`, 'not-found');
        await refused(await call(`/v1/reasons?clinic=${name}`, { token: null, headers }), `reasons ${name}`, 'not-found');
        await refused(await call(`/v1/slots?clinic=${name}&from=2026-12-03T00:00:00Z&to=2026-12-04T00:00:00Z`, { token: null, headers }), `slots ${name}`);
        const preflight = await call(`/v1/clinics/${name}`, { method: 'OPTIONS', token: null, headers: { ...headers, 'Access-Control-Request-Method': 'GET' } });
        assert.ok(preflight.status < 500, `preflight ${name}: ${preflight.status}`);
      }
    }
  });

  it('red-flag and answer keys named like Object.prototype members are refused, not read', async () => {
    const { call } = setup();
    for (const key of ['constructor', '__proto__', 'toString']) {
      const body = `{"reasonId":"forkylning","subject":{"kind":"self"},"redFlags":{"${key}":true},"response":{"resourceType":"QuestionnaireResponse","status":"completed"}}`;
      const response = await call('/v1/assessments', { method: 'POST', body });
      assert.ok(response.status < 500, `${key}: ${response.status}`);
    }
  });
});
