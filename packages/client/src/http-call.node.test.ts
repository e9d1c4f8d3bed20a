import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHttpCall, HttpStatusError, HttpTimeoutError, type RetryOptions } from './http-call.js';

const RETRY: RetryOptions = { limit: 2, methods: ['get', 'put'], statusCodes: [503], backoffLimit: 20 };

/** A call whose fetch answers from `answers` in turn (a Response, an Error to throw, or 'hang'), recording each request. */
function client(answers: (Response | Error | 'hang')[], retry: RetryOptions = RETRY, timeout = 200) {
  const requests: Request[] = [];
  const call = createHttpCall({
    prefixUrl: 'https://vard.example/api/',
    timeout,
    retry,
    fetch: async (request) => {
      requests.push(request);
      const answer = answers.shift() ?? new Response('{}');
      if (answer === 'hang') return new Promise<Response>((_, reject) => request.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
      if (answer instanceof Error) throw answer;
      return answer;
    },
    beforeRequest: (request) => request.headers.set('Accept-Language', 'sv'),
  });
  return { call, requests };
}

describe('createHttpCall', () => {
  it('resolves the path under the base URL, sends JSON and the query, and lets beforeRequest add headers', async () => {
    const { call, requests } = client([new Response('{"ok":true}')]);
    const response = await call('v1/slots', { method: 'put', json: { a: 1 }, searchParams: { clinic: 'vc-linden' }, headers: { 'Idempotency-Key': 'k1' } });
    assert.deepEqual(await response.json(), { ok: true });
    const [request] = requests;
    assert.equal(request.url, 'https://vard.example/api/v1/slots?clinic=vc-linden');
    assert.equal(request.method, 'PUT');
    assert.equal(request.headers.get('Content-Type'), 'application/json');
    assert.equal(request.headers.get('Idempotency-Key'), 'k1');
    assert.equal(request.headers.get('Accept-Language'), 'sv');
    assert.equal(await request.text(), '{"a":1}');
  });

  it('retries a GET after 503 and a dropped connection, then succeeds', async () => {
    const { call, requests } = client([new Response(null, { status: 503 }), new TypeError('Failed to fetch'), new Response('{}')]);
    assert.equal((await call('v1/clinics/x')).status, 200);
    assert.equal(requests.length, 3);
  });

  it('gives up after the retry limit with the last status as HttpStatusError', async () => {
    const { call, requests } = client([503, 503, 503, 503].map((status) => new Response(null, { status })));
    await assert.rejects(call('v1/clinics/x'), (error) => error instanceof HttpStatusError && error.response.status === 503);
    assert.equal(requests.length, 3);
  });

  it('does not retry a status outside the list, nor a method outside it (a POST without retry options)', async () => {
    const notFound = client([new Response(null, { status: 404 }), new Response('{}')]);
    await assert.rejects(notFound.call('v1/clinics/x'), (error) => error instanceof HttpStatusError && error.response.status === 404);
    assert.equal(notFound.requests.length, 1);
    const post = client([new Response(null, { status: 503 }), new Response('{}')]);
    await assert.rejects(post.call('v1/assessments', { method: 'post', json: {} }), HttpStatusError);
    assert.equal(post.requests.length, 1);
  });

  it('sends the same body again on a retry of a POST that may be retried (idempotency key)', async () => {
    const { call, requests } = client([new Response(null, { status: 503 }), new Response('{}')]);
    await call('v1/bookings', { method: 'post', json: { slotId: 's1' }, retry: { ...RETRY, methods: ['post'] } });
    assert.deepEqual(await Promise.all(requests.map((r) => r.text())), ['{"slotId":"s1"}', '{"slotId":"s1"}']);
  });

  it('waits as long as Retry-After says (in seconds)', async () => {
    const { call } = client([new Response(null, { status: 503, headers: { 'Retry-After': '1' } }), new Response('{}')]);
    const start = Date.now();
    await call('v1/clinics/x');
    assert.ok(Date.now() - start >= 950, `waited ${Date.now() - start} ms`);
  });

  it('times out with HttpTimeoutError, not retried unless retryOnTimeout', async () => {
    const once = client(['hang', new Response('{}')]);
    await assert.rejects(once.call('v1/clinics/x'), HttpTimeoutError);
    assert.equal(once.requests.length, 1);
    assert.equal(once.requests[0].signal.aborted, true);
    const again = client(['hang', new Response('{}')], { ...RETRY, retryOnTimeout: true });
    assert.equal((await again.call('v1/clinics/x')).status, 200);
    assert.equal(again.requests.length, 2);
  });

  it('an abort by the caller ends the call at once, without a retry', async () => {
    const { call, requests } = client(['hang', new Response('{}')]);
    const controller = new AbortController();
    const pending = call('v1/clinics/x', { signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    await assert.rejects(pending, (error: Error) => error.name === 'AbortError');
    assert.equal(requests.length, 1);
  });

  it('retry: 0 makes one attempt only', async () => {
    const { call, requests } = client([new Response(null, { status: 503 }), new Response('{}')]);
    await assert.rejects(call('v1/clinics/x', { retry: 0 }), HttpStatusError);
    assert.equal(requests.length, 1);
  });
});
