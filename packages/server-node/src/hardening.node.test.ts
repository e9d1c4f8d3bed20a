import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Hono } from 'hono';
import { createApp, parseCorsOrigins, TokenBuckets } from '@nara/server';
import { escapeHtml, renderApiDocs } from '@nara/server/api-docs';
import { createTestSignIn } from './routes/test-sign-in.js';

const TOKEN = 'test:191212121212';
const req = (path: string, init: RequestInit = {}) => new Request(`https://nara.test${path}`, init);

describe('hardening', () => {
  it('refuses a body over the limit with 413 problem+json', async () => {
    const app = createApp({ maxBodyBytes: 1024 });
    const big = JSON.stringify({ shortcuts: [], padding: 'x'.repeat(2000) });
    const response = await app.fetch(req('/v1/shortcuts', { method: 'PUT', headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' }, body: big }));
    assert.equal(response.status, 413);
    assert.equal(response.headers.get('Content-Type'), 'application/problem+json');
    assert.equal((await response.json()).code, 'too-large');
  });

  it('stops a streamed (chunked) body with no Content-Length once it passes the limit', async () => {
    const app = createApp({ maxBodyBytes: 1024 });
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        if (pulled > 1000) controller.close();
        else controller.enqueue(new TextEncoder().encode('x'.repeat(512)));
      },
    });
    const response = await app.fetch(
      new Request('https://nara.test/v1/shortcuts', { method: 'PUT', headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' }, body, duplex: 'half' } as RequestInit),
    );
    assert.equal(response.status, 413);
    assert.ok(pulled < 100, `read ${pulled} chunks before refusing`);
  });

  it('rate-limits per token and per address with 429 and Retry-After', async () => {
    const app = createApp({ rateLimit: { perToken: { burst: 3, perSecond: 0.5 }, perAddress: { burst: 5, perSecond: 0.5 }, addressOf: (c) => c.req.header('X-Test-Address') } });
    const get = (token: string, address: string) => app.fetch(req('/v1/shortcuts', { headers: { Authorization: `Bearer ${token}`, 'X-Test-Address': address } }));
    for (let i = 0; i < 3; i++) assert.equal((await get(TOKEN, 'a')).status, 200);
    const limited = await get(TOKEN, 'a');
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('Retry-After'), '2');
    assert.equal((await limited.json()).code, 'rate-limited');
    // Another person from the same address still gets in, until the address's own bucket is empty.
    assert.equal((await get('test:198112289874', 'a')).status, 200);
    assert.equal((await get('test:194107086995', 'a')).status, 429);
    assert.equal((await get('test:194107086995', 'b')).status, 200);
  });

  it('token buckets refill with time', () => {
    let now = 0;
    const buckets = new TokenBuckets({ burst: 2, perSecond: 1 }, 10, () => now);
    assert.equal(buckets.take('k'), 0);
    assert.equal(buckets.take('k'), 0);
    assert.equal(buckets.take('k'), 1);
    now = 1000;
    assert.equal(buckets.take('k'), 0);
  });

  it('allows only configured origins, per clinic', async () => {
    const policy = parseCorsOrigins('https://app.region.se vc-linden=https://linden.example.se');
    const app = createApp({ corsOrigins: policy.origins, clinicOrigins: policy.clinicOrigins });
    const origin = async (path: string, from: string) =>
      (await app.fetch(req(path, { headers: { Origin: from } }))).headers.get('Access-Control-Allow-Origin');
    assert.equal(await origin('/v1/clinics/vc-linden', 'https://linden.example.se'), 'https://linden.example.se');
    assert.equal(await origin('/v1/clinics/vc-kvarnen', 'https://linden.example.se'), null, 'another clinic’s site');
    assert.equal(await origin('/v1/clinics/vc-kvarnen', 'https://app.region.se'), 'https://app.region.se');
    assert.equal(await origin('/v1/clinics/vc-linden', 'https://evil.example'), null);
    const preflight = await app.fetch(req('/v1/shortcuts', { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'PUT' } }));
    assert.equal(preflight.headers.get('Access-Control-Allow-Origin'), null);
  });

  it('sends security headers; patient data is no-store; the API may not be framed or run scripts', async () => {
    const app = createApp();
    const response = await app.fetch(req('/v1/shortcuts', { headers: { Authorization: `Bearer ${TOKEN}` } }));
    assert.equal(response.headers.get('X-Content-Type-Options'), 'nosniff');
    assert.equal(response.headers.get('Cache-Control'), 'no-store');
    assert.match(response.headers.get('Content-Security-Policy') ?? '', /default-src 'none'/);
    assert.equal(response.headers.get('Referrer-Policy'), 'no-referrer');
    const missing = await app.fetch(req('/v1/nothing-here'));
    assert.equal(missing.status, 404);
    assert.equal(missing.headers.get('Content-Type'), 'application/problem+json');
    assert.equal(missing.headers.get('X-Content-Type-Options'), 'nosniff');
  });

  it('an unexpected error is a 500 problem with no stack trace or internal message', async () => {
    const failing = new Hono().get('/explode', () => {
      throw new Error('SECRET internal detail at /srv/db.ts:12');
    });
    const seen: unknown[] = [];
    const app = createApp({ extraRoutes: failing, onUnexpectedError: (e) => seen.push(e) });
    const response = await app.fetch(req('/v1/explode'));
    assert.equal(response.status, 500);
    const text = await response.text();
    assert.ok(!text.includes('SECRET') && !text.includes('db.ts'), text);
    assert.equal(JSON.parse(text).code, 'server');
    assert.equal(seen.length, 1, 'the error is logged on the server');
  });

  it('a body that is not JSON is a 400 problem', async () => {
    const response = await createApp().fetch(req('/v1/shortcuts', { method: 'PUT', headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' }, body: '{nope' }));
    assert.equal(response.status, 400);
    assert.equal((await response.json()).code, 'invalid');
  });
});

describe('API documents', () => {
  it('serves the OpenAPI document and a readable, escaped, script-free page of it', async () => {
    const app = createApp();
    const doc = await (await app.fetch(req('/v1/openapi.json'))).json();
    assert.equal(doc.openapi, '3.1.0');
    assert.ok(doc.paths['/v1/shortcuts'].get);
    const page = await app.fetch(req('/docs/api'));
    assert.match(page.headers.get('Content-Type') ?? '', /text\/html/);
    assert.match(page.headers.get('Content-Security-Policy') ?? '', /default-src 'none'/);
    const html = await page.text();
    assert.ok(html.includes('/v1/shortcuts'));
    assert.ok(!/<script/i.test(html));
  });

  it('escapes everything it renders', () => {
    assert.equal(escapeHtml(`<img src=x onerror="a">&'`), '&lt;img src=x onerror=&quot;a&quot;&gt;&amp;&#39;');
    const html = renderApiDocs({
      info: { title: '<script>alert(1)</script>', version: '1' },
      paths: { '/v1/<b>': { get: { operationId: 'x"y', summary: '<i>hi</i>', parameters: [], responses: {} } } },
    });
    assert.ok(!html.includes('<script>alert') && !html.includes('<b>') && !html.includes('<i>hi'));
  });
});

describe('TEST sign-in', () => {
  it('issues tokens for valid test personnummer only, clearly marked, that the server then accepts', async () => {
    const signIn = await createTestSignIn();
    const app = createApp({ authenticate: signIn.authenticate, extraRoutes: signIn.routes });
    const post = (body: unknown) => app.fetch(req('/v1/test-auth/token', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }));
    const bad = await post({ personnummer: '19121212-1213' });
    assert.equal(bad.status, 422);
    const ok = await post({ personnummer: '19121212-1212' });
    assert.equal(ok.headers.get('X-Nara-Test-Signin'), '1');
    const issued = await ok.json();
    assert.match(issued.warning, /TEST/);
    assert.equal(issued.patient.name, 'Tolvan Tolvansson');
    const reachable = issued.patient.children.filter((c: { reachable: boolean }) => c.reachable).map((c: { personnummer: string }) => c.personnummer);
    assert.deepEqual(reachable, ['201803122389', '201507072393'], 'children under 13 only');
    const me = await signIn.authenticate(issued.token);
    assert.equal(me?.id, '191212121212');
    const shortcuts = await app.fetch(req('/v1/shortcuts', { headers: { Authorization: `Bearer ${issued.token}` } }));
    assert.equal(shortcuts.status, 200);
    const staff = await (await post({ staffId: 'staff-anna' })).json();
    const { expiresAt, ...member } = (await signIn.authenticate(staff.token))!;
    assert.ok(expiresAt && expiresAt > Date.now(), 'the token’s expiry travels with the person (streams end then)');
    assert.deepEqual(member, { id: 'staff-anna', kind: 'staff', name: 'Anna Sjöberg', profession: 'nurse', clinic: 'vc-linden' });
  });

  it('is absent unless turned on', async () => {
    const response = await createApp().fetch(req('/v1/test-auth/token', { method: 'POST', body: '{}' }));
    assert.equal(response.status, 404);
  });
});
