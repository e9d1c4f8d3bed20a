/**
 * Strict embedding: the webmaster's contact page, served over HTTP with a strict Content-Security-
 * Policy (no inline script or style, no eval, Trusted Types required), renders and saves shortcuts
 * with no violation reported; and two copies of the CDN bundle on one page work together.
 * (`npm test` builds dist/ first.)
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Browser, BrowserContext } from 'playwright-core';
import { listen, type RunningSite, type Site } from '@nara/server-node/site';
import { exampleSite } from './helpers/site.js';
import { launchChromium } from './helpers/chromium.js';
import { STRICT_CSP, watchCsp } from './helpers/csp.js';

const TOKEN = 'test:191212121212';

if (!existsSync('dist/cdn/nara.js')) throw new Error('dist/cdn/nara.js is missing: run `npm run build` first');

/** Test pages beside the examples: two copies of the bundle, and the token set from a file (no inline script). */
const twoCopiesPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Two copies</title>
<script type="module" src="/csp-test/token.js"></script>
<script type="module" src="/dist/cdn/nara.js"></script>
<script type="module" src="/second-copy/dist/cdn/nara.js"></script>
</head><body><main><h1>Two copies</h1>
<nara-provider id="nara" api="/" clinic="vc-linden" locale="en"><nara-shortcut-list></nara-shortcut-list></nara-provider>
</main></body></html>`;

describe('strict Content-Security-Policy with Trusted Types', () => {
  let server: RunningSite;
  let browser: Browser;
  let context: BrowserContext;
  let site: Site;

  before(async () => {
    site = await exampleSite();
    const app = new Hono();
    app.use('*', async (c, next) => {
      await next();
      // ?csp=no-lit-policy: the same policy without lit's Trusted Types policy, to show a violation is caught
      // ?csp=no-duplicates: without 'allow-duplicates', which a second copy of lit needs
      const asked = c.req.query('csp');
      const policy =
        asked === 'no-lit-policy'
          ? STRICT_CSP.replace("trusted-types lit-html 'allow-duplicates'", "trusted-types 'none'")
          : asked === 'no-duplicates'
            ? STRICT_CSP.replace(" 'allow-duplicates'", '')
            : STRICT_CSP;
      c.res.headers.set('Content-Security-Policy', policy);
    });
    app.get('/csp-test/two-copies.html', (c) => c.html(twoCopiesPage));
    app.get('/csp-test/token.js', (c) => c.body(`document.getElementById('nara').getToken = () => '${TOKEN}';`, 200, { 'Content-Type': 'text/javascript' }));
    // the same build at a second address: a second, separate copy of every module (lit included),
    // as when a region's app bundle and a webmaster's CDN script meet on one page
    app.use('/second-copy/dist/*', serveStatic({ root: './', rewriteRequestPath: (path) => path.replace(/^\/second-copy/, '') }));
    app.route('/', site.app);
    server = await listen(app.fetch);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
    await site?.close();
  });

  it('is the policy the server sends', async () => {
    const response = await fetch(`${server.origin}/examples/contact-page.html`);
    assert.equal(response.headers.get('content-security-policy'), STRICT_CSP);
  });

  it('the contact page renders, a patient edits and saves shortcuts, and nothing is blocked', async () => {
    const page = await context.newPage();
    const watched = await watchCsp(page);
    await page.goto(`${server.origin}/examples/contact-page.html`);
    // static tiles (attributes only) and the backend's tiles inside the shortcut list
    await page.getByRole('link', { name: /Ring oss/ }).waitFor();
    const list = page.locator('nara-shortcut-list');
    await list.getByRole('link', { name: /Förnya recept/ }).or(list.getByRole('button', { name: /Förnya recept/ })).first().waitFor();
    await list.getByRole('button', { name: 'Ändra genvägar' }).click();
    await list.getByRole('button', { name: 'Ta bort Boka tid' }).click();
    await list.getByRole('button', { name: 'Flytta upp Provsvar' }).click();
    await list.getByRole('button', { name: 'Spara' }).click();
    await list.getByRole('button', { name: 'Ändra genvägar' }).waitFor();
    const saved = await site.app.context.shortcuts.list('191212121212', 'sv');
    assert.deepEqual(
      saved.map((s) => s.serviceId),
      ['contact', 'test-results', 'renew-prescription'],
    );
    assert.deepEqual(watched.violations, []);
    await page.close();
  });

  it('the autoloader loads only the elements the page shows, and a shortcut without a link opens its journey step', async () => {
    const page = await context.newPage();
    const watched = await watchCsp(page);
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname.split('/').pop()!));
    await page.goto(`${server.origin}/examples/contact-page.html`);
    const list = page.locator('nara-shortcut-list');
    const results = list.getByRole('button', { name: /Provsvar/ });
    await results.waitFor();
    for (const shown of ['nara.js', 'provider.js', 'care-journey.js', 'shortcut-list.js', 'shortcut-tile.js']) assert.ok(scripts.includes(shown), `${shown} not loaded: ${scripts.join(' ')}`);
    for (const notShown of ['chat-panel.js', 'booking-picker.js', 'nara-all.js']) assert.ok(!scripts.includes(notShown), `${notShown} loaded before it was needed`);
    await results.click();
    const journey = page.locator('nara-care-journey');
    // one heading per step: the chat panel's own (the journey no longer adds "Chatt med vården" above it)
    await journey.locator('nara-chat-panel').getByRole('heading', { name: /sekreterare/i }).waitFor();
    assert.ok(scripts.includes('chat-panel.js'));
    assert.deepEqual(watched.violations, []);
    await page.close();
  });

  it('two copies of the bundle on one page work together', async () => {
    const page = await context.newPage();
    const watched = await watchCsp(page);
    await page.goto(`${server.origin}/csp-test/two-copies.html`);
    await page.locator('nara-shortcut-list').getByRole('button', { name: 'Edit shortcuts' }).waitFor();
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
    const shared = (prefix: string) => scripts.filter((path) => path.startsWith(`${prefix}/dist/cdn/shared-`)).length;
    assert.ok(shared('') > 0 && shared('/second-copy') > 0, `both copies ran: ${scripts.join(' ')}`);
    assert.deepEqual(watched.violations, []);
    await page.close();
  });

  it("needs 'allow-duplicates' for a second copy of lit (without it the second copy's policy is refused)", async () => {
    const page = await context.newPage();
    const watched = await watchCsp(page);
    await page.goto(`${server.origin}/csp-test/two-copies.html?csp=no-duplicates`);
    await page.locator('nara-shortcut-list').getByRole('button', { name: 'Edit shortcuts' }).waitFor();
    assert.ok(
      watched.violations.some((v) => /lit-html.*already exists/i.test(v)),
      `expected the duplicate policy to be refused, got: ${watched.violations.join(' | ') || 'none'}`,
    );
    await page.close();
  });

  it('reports a violation when the policy does not allow lit-html (so the checks above can fail)', async () => {
    const page = await context.newPage();
    const watched = await watchCsp(page);
    await page.goto(`${server.origin}/examples/contact-page.html?csp=no-lit-policy`);
    await page.waitForFunction(() => customElements.get('nara-provider') !== undefined).catch(() => {});
    await page.waitForTimeout(300);
    assert.ok(
      watched.violations.some((v) => /trusted-types/i.test(v)),
      `expected a trusted-types violation, got: ${watched.violations.join(' | ') || 'none'}`,
    );
    await page.close();
  });
});
