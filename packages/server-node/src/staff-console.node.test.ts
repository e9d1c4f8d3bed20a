import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cannotRun, examplePages, pageErrors } from './testing/example-pages.js';

// examples/staff-console.html is built from nara-staff-queue and nara-errand (dist/cdn: `npm run build` first).
describe('examples/staff-console.html against the real server', { skip: cannotRun('dist/cdn/errand.js') }, () => {
  const running = examplePages();

  it('a nurse signs in, opens the patient’s errand from the queue, takes it and replies; the patient gets the reply', { timeout: 120_000 }, async () => {
    const patient = await (
      await fetch(`${running.server.url}/v1/test-auth/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ personnummer: '19121212-1212' }) })
    ).json();
    const auth = { Authorization: `Bearer ${patient.token}`, 'Content-Type': 'application/json' };
    const conversation = await (
      await fetch(`${running.server.url}/v1/conversations`, { method: 'POST', headers: auth, body: JSON.stringify({ clinic: 'vc-linden', profession: 'nurse', text: '<b>Ont i halsen</b>' }) })
    ).json();

    const page = await running.browser.newPage();
    const errors = pageErrors(page);
    await page.goto(`${running.server.url}/examples/staff-console.html`);
    await page.locator('#staff-id option').first().waitFor({ state: 'attached' });
    await page.locator('#staff-id').selectOption('staff-anna');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.locator('nara-staff-queue').getByRole('button', { name: /Ont i halsen/ }).click();
    const errand = page.locator('nara-errand');
    await errand.getByText('<b>Ont i halsen</b>').waitFor();
    assert.equal(await errand.locator('b').count(), 0, 'what the patient wrote is text, never HTML');
    await errand.getByRole('button', { name: 'Ta ärendet', exact: true }).click();
    await errand.locator('#reply').fill('Hej! Hur länge har du haft ont?');
    await errand.getByRole('button', { name: 'Skicka', exact: true }).click();
    await errand.getByRole('log').getByText('Hej! Hur länge har du haft ont?').waitFor();
    await page.waitForFunction(() => (document.querySelector('nara-errand')!.shadowRoot!.querySelector('#reply') as HTMLTextAreaElement).value === '');

    const { events } = await (await fetch(`${running.server.url}/v1/conversations/${conversation.id}/events`, { headers: auth })).json();
    assert.deepEqual(
      events.map((e: { type: string; text?: string }) => (e.type === 'message' ? e.text : e.type)),
      ['queue', '<b>Ont i halsen</b>', 'staff-joined', 'Hej! Hur länge har du haft ont?'],
    );
    assert.deepEqual(errors, []);
  });
});
