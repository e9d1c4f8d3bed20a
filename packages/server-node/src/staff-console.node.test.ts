import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser } from 'puppeteer-core';
import { readConfig } from './config.js';
import { startServer, type RunningServer } from './site.js';

const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';

describe('examples/staff-console.html against the real server', { skip: !existsSync(chromium) && 'no Chromium' }, () => {
  let server: RunningServer;
  let browser: Browser;
  before(async () => {
    server = await startServer(readConfig({ PORT: '0', NARA_STORE: 'memory', NARA_TEST_SIGNIN: '1', NARA_SERVE_EXAMPLES: '1', NARA_REQUEST_LOG: '0' }));
    browser = await puppeteer.launch({ executablePath: chromium, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'] });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a nurse signs in, opens the patient’s errand from the queue, takes it and replies; the patient gets the reply', { timeout: 120_000 }, async () => {
    const patient = await (
      await fetch(`${server.url}/v1/test-auth/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ personnummer: '19121212-1212' }) })
    ).json();
    const auth = { Authorization: `Bearer ${patient.token}`, 'Content-Type': 'application/json' };
    const conversation = await (
      await fetch(`${server.url}/v1/conversations`, { method: 'POST', headers: auth, body: JSON.stringify({ clinic: 'vc-linden', profession: 'nurse', text: '<b>Ont i halsen</b>' }) })
    ).json();

    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${server.url}/examples/staff-console.html`);
    await page.waitForSelector('#staff-id option');
    await page.select('#staff-id', 'staff-anna');
    await page.click('#sign-in-form button');
    await page.waitForSelector('#queue li button');
    await page.click('#queue li button');
    await page.waitForFunction(() => [...document.querySelectorAll('#events li')].some((li) => li.textContent!.includes('Ont i halsen')));
    assert.equal(await page.$('#events b'), null, 'what the patient wrote is text, never HTML');
    await page.click('#take');
    await page.type('#reply', 'Hej! Hur länge har du haft ont?');
    await page.click('#reply-form button');
    await page.waitForFunction(() => [...document.querySelectorAll('#events li')].some((li) => li.textContent!.includes('Hur länge')));
    assert.equal(await page.$eval('#reply', (el) => (el as HTMLTextAreaElement).value), '', 'the box empties once the server has the reply');

    const { events } = await (await fetch(`${server.url}/v1/conversations/${conversation.id}/events`, { headers: auth })).json();
    assert.deepEqual(
      events.map((e: { type: string; text?: string }) => (e.type === 'message' ? e.text : e.type)),
      ['queue', '<b>Ont i halsen</b>', 'staff-joined', 'Hej! Hur länge har du haft ont?'],
    );
    assert.deepEqual(errors, []);
  });
});
