import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Hono } from 'hono';
import { distHeaders, parseDistOrigins } from './dist-headers.js';

const site = (origins: ReturnType<typeof parseDistOrigins>) =>
  new Hono().use('/dist/*', distHeaders(origins)).get('/dist/*', (c) => c.text('export {}', 200, { 'Content-Type': 'text/javascript' }));

describe('headers on /dist/ (the bundles a care centre loads from this server)', () => {
  it('lets any origin load the modules by default, and caches entries briefly and hashed chunks for good', async () => {
    const app = site(parseDistOrigins(undefined));
    const entry = await app.request('/dist/cdn/nara.js', { headers: { Origin: 'https://vc-linden.example' } });
    assert.equal(entry.headers.get('Access-Control-Allow-Origin'), '*');
    assert.equal(entry.headers.get('Cross-Origin-Resource-Policy'), 'cross-origin');
    assert.equal(entry.headers.get('Cache-Control'), 'public, max-age=300, must-revalidate');
    const chunk = await app.request('/dist/cdn/shared-Ab3dE9xZ.js');
    assert.equal(chunk.headers.get('Cache-Control'), 'public, max-age=31536000, immutable');
  });

  it('with a list, allows only those origins (and says it varies by Origin)', async () => {
    const app = site(parseDistOrigins('https://vc-linden.example, https://region.example/app'));
    const allowed = await app.request('/dist/cdn/nara.js', { headers: { Origin: 'https://region.example' } });
    assert.equal(allowed.headers.get('Access-Control-Allow-Origin'), 'https://region.example');
    assert.match(allowed.headers.get('Vary') ?? '', /Origin/);
    const other = await app.request('/dist/cdn/nara.js', { headers: { Origin: 'https://evil.example' } });
    assert.equal(other.headers.get('Access-Control-Allow-Origin'), null);
  });

  it('with none, sends no CORS header', async () => {
    const response = await site(parseDistOrigins('none')).request('/dist/cdn/nara.js', { headers: { Origin: 'https://vc-linden.example' } });
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), null);
  });
});
