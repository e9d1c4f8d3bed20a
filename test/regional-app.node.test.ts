/**
 * The app developer's front door, examples/regional-app/: plain ES modules importing the CDN bundle,
 * the app's own sign-in (a token from the server's TEST sign-in, checked by the server like any JWT)
 * answering `nara-auth-required`, its own backend object, its theme and language — served by the site
 * as `npm start` builds it, under its strict CSP, axe clean. (`npm test` builds dist/ first.)
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Hono } from 'hono';
import type { Browser, Page } from 'playwright-core';
import { listen, type RunningSite, type Site } from '@nara/server-node/site';
import { exampleSite } from './helpers/site.js';
import { launchChromium } from './helpers/chromium.js';
import { watchCsp, type CspWatch } from './helpers/csp.js';
import { WCAG_TAGS } from './gate/story-gate.js';

const require = createRequire(import.meta.url);

describe('the regional app example', () => {
  let server: RunningSite;
  let site: Site;
  let browser: Browser;
  let page: Page;
  let csp: CspWatch;
  const seen: { method: string; path: string; appVersion: string | null; language: string | null; signedIn: boolean; idempotencyKey: string | null }[] = [];

  before(async () => {
    site = await exampleSite();
    const app = new Hono();
    app.use('*', async (c, next) => {
      // the app's calls through Nära (its TEST sign-in call is its own)
      if (c.req.path.startsWith('/v1/') && !c.req.path.startsWith('/v1/test-auth/'))
        seen.push({
          method: c.req.method,
          path: c.req.path,
          appVersion: c.req.header('X-App-Version') ?? null,
          language: c.req.header('Accept-Language') ?? null,
          signedIn: !!c.req.header('Authorization'),
          idempotencyKey: c.req.header('Idempotency-Key') ?? null,
        });
      await next();
    });
    app.route('/', site.app);
    server = await listen(app.fetch);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
    csp = await watchCsp(page);
    await page.goto(`${server.origin}/examples/regional-app/index.html`);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await site?.close();
  });

  it('asks the app to sign the person in, and the app puts focus on its sign-in button', async () => {
    await page.getByRole('alert').filter({ hasText: 'Logga in för att se dina genvägar.' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'sign-in');
  });

  it('after sign-in, the call that was refused is made again with the token, through the app’s own backend', async () => {
    await page.getByRole('button', { name: 'Logga in (test)' }).click();
    const list = page.locator('nara-shortcut-list');
    await list.getByText('Förnya recept').waitFor();
    const shortcutCalls = seen.filter((call) => call.path === '/v1/shortcuts' && call.method === 'GET');
    assert.deepEqual(
      shortcutCalls.map((call) => call.signedIn),
      [false, true],
    );
    assert.ok(seen.every((call) => call.appVersion === 'min-vard/1.4.0'), 'every call carries the app’s header');
    const log = await page.locator('#calls li').allTextContents();
    assert.ok(log.some((line) => /^GET \/v1\/shortcuts → 401 .*without token/.test(line)), log.join('\n'));
    assert.ok(log.some((line) => /^GET \/v1\/shortcuts → 200 .*with token/.test(line)), log.join('\n'));
  });

  it('is themed by the app’s --nara-* properties', async () => {
    const background = await page.locator('nara-shortcut-list').getByRole('button', { name: 'Ändra genvägar' }).evaluate((el) => getComputedStyle(el).color);
    assert.equal(background, 'rgb(91, 42, 134)');
  });

  it('switches to English: Nära’s strings and the backend’s text', async () => {
    const before = seen.length;
    await page.getByRole('button', { name: 'English' }).click();
    const list = page.locator('nara-shortcut-list');
    await list.getByText('My shortcuts').waitFor();
    await list.getByText('Renew a prescription').waitFor();
    assert.ok(seen.slice(before).some((call) => call.language === 'en'), 'backend text asked for in English');
  });

  it('books a video time through the app’s backend, once, with an Idempotency-Key', async () => {
    const picker = page.locator('nara-booking-picker');
    await picker.getByRole('button', { name: /^First free time/ }).click();
    // focus moves to the first free time once its week has loaded: wait for it as a person would
    await page.waitForFunction(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active?.getAttribute('role') === 'option';
    });
    await page.keyboard.press('Enter');
    await picker.getByRole('button', { name: 'Book this time' }).click();
    await picker.getByRole('heading', { name: 'Your appointment is booked' }).waitFor();
    const posts = seen.filter((call) => call.path === '/v1/bookings' && call.method === 'POST');
    assert.equal(posts.length, 1);
    assert.ok(posts[0].idempotencyKey, 'the booking carries an Idempotency-Key');
    assert.equal(posts[0].appVersion, 'min-vard/1.4.0');
  });

  it('is axe clean (WCAG 2.2 AA) with no CSP violation', async () => {
    // evaluated through the DevTools protocol, which the page's CSP does not govern
    await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(
      async (tags) => (await (window as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, { runOnly: { type: 'tag', values: tags } })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' >> ')).join(', ')}`),
      WCAG_TAGS,
    );
    assert.deepEqual(violations, []);
    assert.deepEqual(csp.violations, []);
  });
});
