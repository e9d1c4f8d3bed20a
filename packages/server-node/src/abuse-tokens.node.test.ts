// Tokens and streams (issue #17): the client address behind proxies, rate limits keyed on the
// verified subject, tokens issued in the future, streams that outlive their token, and PGlite
// with the inputs that used to be 500s.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createApp } from '@nara/server';
import { clientAddress } from './http/client-address.js';
import { createJwtAuthenticator } from './http/jwt-auth.js';
import { createPgliteStore } from './stores/pglite-store.js';
import { patientToken, signToken, TEST_SECRET } from './testing/tokens.js';

const ALICE = '198112289874';
const req = (path: string, token?: string, init: RequestInit = {}) =>
  new Request(`https://nara.test${path}`, { ...init, headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(init.body ? { 'Content-Type': 'application/json' } : {}), ...init.headers } });

describe('the client address behind reverse proxies', () => {
  it('is the right-most untrusted hop of X-Forwarded-For, never the client-written left-most one', () => {
    assert.equal(clientAddress('6.6.6.6, 203.0.113.7', '10.0.0.2', 1), '203.0.113.7', 'one proxy: its entry is the client');
    assert.equal(clientAddress('6.6.6.6, 203.0.113.7, 10.0.0.9', '10.0.0.2', 2), '203.0.113.7', 'two proxies');
    assert.equal(clientAddress('1.1.1.1,2.2.2.2,3.3.3.3,4.4.4.4', '10.0.0.2', 1), '4.4.4.4', 'any number of forged entries changes nothing');
    assert.equal(clientAddress('6.6.6.6, 203.0.113.7', '10.0.0.2', 0), '10.0.0.2', 'no trusted proxy: the socket');
    assert.equal(clientAddress(undefined, '10.0.0.2', 1), '10.0.0.2');
    assert.equal(clientAddress(' , ', '10.0.0.2', 1), '10.0.0.2');
  });
});

describe('tokens', () => {
  it('a token whose iat is in the future is refused (it would outlive the maximum age)', async () => {
    const authenticate = await createJwtAuthenticator({ secret: TEST_SECRET, maxAgeSeconds: 3600 });
    const now = Math.floor(Date.now() / 1000);
    assert.equal(await authenticate(await signToken(ALICE, {}, { issuedAt: now + 86_400 * 365, expiresIn: 3600 })), null);
    assert.equal(await authenticate(await signToken(ALICE, {}, { issuedAt: now + 3000, expiresIn: 3000 })), null);
    assert.equal((await authenticate(await signToken(ALICE, {}, { issuedAt: now, expiresIn: 300 })))?.id, ALICE);
  });

  it('the per-person limit keys on the verified subject: four spellings of a signature share one bucket', async () => {
    const authenticate = await createJwtAuthenticator({ secret: TEST_SECRET });
    const app = createApp({ authenticate, rateLimit: { perToken: { burst: 4, perSecond: 0.01 } } });
    const token = await patientToken(ALICE);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const last = alphabet.indexOf(token.at(-1)!);
    const spellings = [0, 1, 2, 3].map((low) => token.slice(0, -1) + alphabet[(last & ~3) | low]);
    for (const spelling of spellings) assert.equal((await authenticate(spelling))?.id, ALICE, 'every spelling verifies');
    const statuses = [];
    for (const spelling of [...spellings, ...spellings]) statuses.push((await app.fetch(req('/v1/shortcuts', spelling))).status);
    assert.deepEqual(statuses, [200, 200, 200, 200, 429, 429, 429, 429]);
    // Another token of the same person draws from the same bucket too.
    assert.equal((await app.fetch(req('/v1/shortcuts', await signToken(ALICE, { name: 'x' })))).status, 429);
  });

  it('calls without a token have their own, stricter limit per address', async () => {
    const app = createApp({ rateLimit: { perAnonymous: { burst: 3, perSecond: 0.01 }, perAddress: { burst: 100, perSecond: 1 }, addressOf: (c) => c.req.header('X-Test-Address') } });
    const anonymous = async (address: string) => (await app.fetch(req('/v1/clinics/vc-linden', undefined, { headers: { 'X-Test-Address': address } }))).status;
    assert.deepEqual([await anonymous('a'), await anonymous('a'), await anonymous('a'), await anonymous('a')], [200, 200, 200, 429]);
    assert.equal(await anonymous('b'), 200);
    assert.equal((await app.fetch(req('/v1/shortcuts', 'test:191212121212', { headers: { 'X-Test-Address': 'a' } }))).status, 200, 'signed in: not the anonymous bucket');
  });
});

describe('event streams', () => {
  const openStream = async (app: ReturnType<typeof createApp>, token: string, id: string, signal?: AbortSignal) =>
    app.fetch(req(`/v1/conversations/${id}/events`, token, { headers: { Accept: 'text/event-stream' }, signal }));

  it('a stream ends when its token expires; the client reconnects with a fresh token and misses nothing', async () => {
    const authenticate = await createJwtAuthenticator({ secret: TEST_SECRET });
    const app = createApp({ authenticate, heartbeatMs: 60_000 });
    const long = await patientToken(ALICE);
    const { id } = await (await app.fetch(req('/v1/conversations', long, { method: 'POST', body: JSON.stringify({ clinic: 'vc-linden', profession: 'nurse' }) }))).json();
    const now = Math.floor(Date.now() / 1000);
    const shortLived = await signToken(ALICE, {}, { issuedAt: now - 299, expiresIn: 300 }); // one second left
    const response = await openStream(app, shortLived, id);
    assert.equal(response.status, 200);
    const started = Date.now();
    const text = await response.text(); // resolves only when the server ends the stream
    assert.ok(Date.now() - started < 5000, 'ended at expiry');
    assert.match(text, /id: 1\n/);
    await app.fetch(req(`/v1/conversations/${id}/messages`, long, { method: 'POST', body: JSON.stringify({ text: 'medan strömmen var nere' }) }));
    const abort = new AbortController();
    const again = await app.fetch(req(`/v1/conversations/${id}/events`, long, { headers: { Accept: 'text/event-stream', 'Last-Event-ID': '1' }, signal: abort.signal }));
    const reader = again.body!.getReader();
    let seen = '';
    while (!seen.includes('medan strömmen var nere')) seen += new TextDecoder().decode((await reader.read()).value);
    abort.abort();
    await reader.cancel();
    assert.match(seen, /id: 2\n/);
  });

  it('one person holds at most maxStreamsPerSubject streams at once (429), and may open another when one closes', async () => {
    const app = createApp({ maxStreamsPerSubject: 3, heartbeatMs: 60_000 });
    const token = 'test:191212121212';
    const { id } = await (await app.fetch(req('/v1/conversations', token, { method: 'POST', body: JSON.stringify({ clinic: 'vc-linden', profession: 'nurse' }) }))).json();
    const aborts = [0, 1, 2].map(() => new AbortController());
    const open = await Promise.all(aborts.map((a) => openStream(app, token, id, a.signal)));
    assert.deepEqual(open.map((r) => r.status), [200, 200, 200]);
    const fourth = await openStream(app, token, id);
    assert.equal(fourth.status, 429);
    assert.equal((await fourth.json()).code, 'rate-limited');
    aborts[0].abort();
    await open[0].body!.cancel().catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const fifth = new AbortController();
    const again = await openStream(app, token, id, fifth.signal);
    assert.equal(again.status, 200);
    for (const a of [...aborts, fifth]) a.abort();
    await Promise.all([...open.slice(1), again].map((r) => r.body!.cancel().catch(() => undefined)));
  });
});

describe('PGlite with the inputs that used to be 500s', () => {
  it('NUL and lone surrogates in a message, and ?after= past int32, are 4xx problems', async () => {
    const store = await createPgliteStore();
    try {
      const app = createApp({ store });
      const token = 'test:191212121212';
      const { id } = await (await app.fetch(req('/v1/conversations', token, { method: 'POST', body: JSON.stringify({ clinic: 'vc-linden', profession: 'nurse' }) }))).json();
      for (const body of ['{"text":"a\\u0000b"}', '{"text":"\\ud800"}']) {
        const response = await app.fetch(req(`/v1/conversations/${id}/messages`, token, { method: 'POST', body }));
        assert.equal(response.status, 422, body);
        assert.equal(response.headers.get('Content-Type'), 'application/problem+json');
      }
      for (const after of ['2147483648', '99999999999']) assert.equal((await app.fetch(req(`/v1/conversations/${id}/events?after=${after}`, token))).status, 422, after);
      for (const bad of ['%', '%E0%A4%A', '%ED%A0%80']) assert.equal((await app.fetch(req(`/v1/bookings/${bad}`, token))).status, 400, bad);
    } finally {
      await store.close?.();
    }
  });
});
