/**
 * The webmaster's front door, as the README gives it: the care centre's own page (another origin)
 * loads nara.js from the Nära server and has one tag with `signin-url` — no script of its own. A
 * patient describes a sore throat, gets the assessment, chooses chat, is asked to sign in, goes
 * through the sign-in page (the server's TEST sign-in plays the host's BankID page) and comes back to
 * the chat, signed in, with what they typed sent along. Runs against `npm start`'s configuration
 * (main.ts with NARA_TEST_SIGNIN=1 and NARA_SERVE_EXAMPLES=1). `npm test` builds dist/ first.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { spawnServer, type SpawnedServer } from '../packages/server-node/src/testing/spawn-server.js';
import { launchChromium } from './helpers/chromium.js';

const DESCRIPTION = 'Ont i halsen sedan i morse, svårt att svälja';

describe('sign-in from one tag, on a page of another origin', () => {
  let nara: SpawnedServer;
  let host: Server;
  let hostOrigin: string;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  let assessed: Promise<string>;

  before(async () => {
    // npm start's configuration (no JWT secret: the TEST sign-in is the only sign-in), the store in memory
    nara = await spawnServer({ NARA_TEST_SIGNIN: '1', NARA_SERVE_EXAMPLES: '1', NARA_JWT_SECRET: '', NARA_STORE: 'memory', NARA_REQUEST_LOG: '0' });
    // The care centre's page: the README's snippet, nothing else. Its CSP allows scripts from the Nära server only.
    host = createServer((_req, res) => {
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': `default-src 'self'; script-src ${nara.url}; connect-src ${nara.url}; img-src 'self' data:`,
      });
      res.end(`<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Vårdcentralen Linden</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script type="module" src="${nara.url}/dist/cdn/nara.js"></script></head>
<body><main><h1>Kontakta oss</h1>
<nara-care-journey api="${nara.url}/" clinic="vc-linden" signin-url="${nara.url}/v1/test-auth/sign-in"></nara-care-journey>
</main></body></html>`);
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
    assert.notEqual(new URL(hostOrigin).origin, new URL(nara.url).origin);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    page.on('pageerror', (error) => pageErrors.push(String(error)));
  });

  after(async () => {
    await browser?.close();
    await new Promise((resolve) => host?.close(resolve));
    nara?.child.kill('SIGTERM');
    await nara?.exited;
  });

  it('loads from the Nära server (CORS on /dist/) and marks the entries that need sign-in', async () => {
    await page.goto(`${hostOrigin}/kontakt`);
    const journey = page.locator('nara-care-journey');
    await journey.getByRole('button', { name: /Beskriv dina besvär/ }).waitFor();
    assert.equal(await journey.getByText('Kräver inloggning').count(), 2, 'the secretary chat and my bookings need sign-in');
  });

  it('describes a sore throat and gets the assessment without signing in', async () => {
    const journey = page.locator('nara-care-journey');
    await journey.getByRole('button', { name: /Beskriv dina besvär/ }).click();
    await journey.getByRole('button', { name: 'Nej, inget av detta – fortsätt' }).click();
    await journey.locator('#who-self').check();
    await journey.getByRole('button', { name: 'Fortsätt' }).click();
    await journey.locator('#reason-input').fill('halsont');
    await journey.getByRole('option', { name: /Ont i halsen/ }).first().click();
    await journey.locator('[data-link-id="description"] textarea').fill(DESCRIPTION);
    await journey.locator('[data-link-id="since"] input').first().check();
    const overall = journey.locator('[data-link-id="overall"] input');
    await overall.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await journey.locator('[data-link-id="can-swallow-saliva"] input').first().check();
    await journey.getByRole('button', { name: 'Till sammanfattningen' }).click();
    assessed = page.evaluate(
      () => new Promise<string>((resolve) => document.addEventListener('nara-assessment', (e) => resolve((e as CustomEvent).detail.assessment.id), { once: true })),
    );
    await journey.getByRole('button', { name: 'Skicka', exact: true }).click();
    await journey.getByRole('heading', { name: 'Vår bedömning' }).waitFor();
  });

  it('asks to sign in at the chat, goes through the sign-in page, and comes back to the chat signed in', async () => {
    const journey = page.locator('nara-care-journey');
    await journey.getByRole('button', { name: /^Chatta/ }).first().click();
    await journey.getByRole('button', { name: 'Logga in', exact: true }).click();
    await page.waitForURL((url) => url.href.startsWith(`${nara.url}/v1/test-auth/sign-in?return=`));
    assert.equal(new URL(page.url()).searchParams.get('return'), `${hostOrigin}/kontakt`);
    await page.getByRole('button', { name: /Logga in som Tolvan Tolvansson/ }).click();
    await page.waitForURL((url) => url.origin === hostOrigin);
    await journey.locator('nara-chat-panel').getByRole('heading', { name: 'Chatt med sjuksköterska' }).waitFor({ timeout: 15_000 });
    assert.equal(new URL(page.url()).hash, '', 'the token does not stay in the address');
    await journey.getByRole('textbox', { name: /Ditt meddelande/ }).waitFor();
    assert.deepEqual(pageErrors, []);
  });

  it('lost nothing: the chat carries the assessment of the answers typed before sign-in, says so, and a message goes through', async () => {
    const journey = page.locator('nara-care-journey');
    const id = await journey.locator('nara-chat-panel').getAttribute('conversation');
    assert.ok(id, 'a conversation was opened');
    const sent = page.evaluate(
      () => new Promise<string>((resolve) => document.addEventListener('nara-message-sent', (e) => resolve(((e as CustomEvent).detail.event as { text: string }).text), { once: true })),
    );
    await journey.getByRole('textbox', { name: /Ditt meddelande/ }).fill('Hej! Jag har feber också.');
    await page.keyboard.press('Enter');
    assert.equal(await sent, 'Hej! Jag har feber också.', 'the server confirmed the message');
    // the chat carries the assessment made from the answers typed before sign-in (the server keeps them with it)
    const patient = await (await fetch(`${nara.url}/v1/test-auth/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ personnummer: '191212121212' }) })).json();
    const conversation = await (await fetch(`${nara.url}/v1/conversations/${id}`, { headers: { Authorization: `Bearer ${patient.token}` } })).json();
    assert.equal(conversation.assessmentId, await assessed);
    await journey.getByText(/svar.*skickats med/).waitFor();
  });
});
