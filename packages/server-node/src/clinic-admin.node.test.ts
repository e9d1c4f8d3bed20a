import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { axeViolations } from '../../../test/helpers/axe.js';
import { cannotRun, examplePages, pageErrors } from './testing/example-pages.js';

// examples/clinic-admin.html: the clinic's admin changes the nurses' chat hours with nara-clinic-settings (dist/cdn first).
describe('examples/clinic-admin.html against the real server', { skip: cannotRun('dist/cdn/clinic-settings.js') }, () => {
  const running = examplePages();

  /** The example page at phone width, its admin list loaded, not signed in yet. */
  const openAdminPage = async () => {
    const page = await running.browser.newPage({ viewport: { width: 360, height: 800 } });
    const errors = pageErrors(page);
    await page.goto(`${running.server.url}/examples/clinic-admin.html`);
    await page.locator('#admin-id option').first().waitFor({ state: 'attached' });
    return { page, errors };
  };

  it('the admin signs in, moves the nurses’ chat closing to 18:00 and saves; the clinic’s page for patients says 18:00 at once; axe clean at 360 px', { timeout: 120_000 }, async () => {
    const { page, errors } = await openAdminPage();
    assert.deepEqual(await axeViolations(page), []);
    await page.getByRole('button', { name: 'Logga in' }).click();
    const settings = page.locator('nara-clinic-settings');
    const closes = settings.locator('[data-row="chat-nurse"] input[name="closes"]');
    await closes.waitFor();
    assert.equal(await closes.inputValue(), '16:00');
    assert.deepEqual(await axeViolations(page), []);
    await closes.fill('18:00');
    await settings.getByRole('button', { name: 'Spara', exact: true }).click();
    await settings.getByText(/ändrade öppettider\./).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360), 'no sideways scrolling');

    const clinic = await (await fetch(`${running.server.url}/v1/clinics/vc-linden`)).json();
    const nurseChat = clinic.openingHours.find((h: { channel: string; profession?: string }) => h.channel === 'chat' && h.profession === 'nurse');
    assert.equal(nurseChat.closes, '18:00');
    assert.deepEqual(errors, []);
  });

  it('the admin switches a contact reason and a form off in their sections; the patient’s reason search and the staff’s form menu lose them at once; axe clean at 360 px', { timeout: 120_000 }, async () => {
    const { page, errors } = await openAdminPage();
    await page.getByRole('button', { name: 'Logga in' }).click();
    const settings = page.locator('nara-clinic-settings');
    await settings.getByRole('button', { name: 'Kontaktorsaker', exact: true }).click();
    await settings.getByRole('searchbox', { name: 'Sök kontaktorsak' }).fill('hosta');
    const cough = settings.locator('input[name="reason"][value="hosta"]');
    await cough.waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await cough.uncheck();
    await settings.getByRole('button', { name: 'Spara', exact: true }).click();
    await settings.getByText(/Kontaktorsaker: Sparat/).waitFor();
    const reasons = (await (await fetch(`${running.server.url}/v1/reasons?clinic=vc-linden`)).json()) as { reasons: { id: string }[] };
    assert.ok(!reasons.reasons.some((r) => r.id === 'hosta'), 'gone from the patient’s reason search');

    await settings.getByRole('button', { name: 'Formulär', exact: true }).click();
    const pain = settings.locator('input[name="form"][value="pain-scale"]');
    await pain.waitFor();
    await pain.uncheck();
    await settings.getByRole('button', { name: 'Spara', exact: true }).click();
    await settings.getByText(/Formulär: Sparat/).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360), 'no sideways scrolling');
    const signIn = await fetch(`${running.server.url}/v1/test-auth/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ staffId: 'staff-anna' }) });
    const { token } = (await signIn.json()) as { token: string };
    const staff = await fetch(`${running.server.url}/v1/staff/forms`, { headers: { Authorization: `Bearer ${token}` } });
    const forms = ((await staff.json()) as { forms: { id: string }[] }).forms.map((f) => f.id);
    assert.ok(!forms.includes('pain-scale') && forms.includes('phq-9'), forms.join());
    assert.deepEqual(errors, []);
  });
});
