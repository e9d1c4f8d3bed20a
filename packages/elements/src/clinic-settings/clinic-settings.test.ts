import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HttpBackend } from '@nara/client';
import './define.js';
import '../chat-panel/define.js';
import type { ClinicSettingsApi, NaraClinicSettings } from './clinic-settings.js';
import { API, PATIENT_TOKEN, resetOverrides, startBackend } from '../../../../test/helpers/backend.js';
import { adminApi } from '../../../../test/helpers/admin-api.js';
import { collect, visibleText } from '../../../../test/helpers/elements.js';

const mount = async (api: ClinicSettingsApi, locale = 'sv') => {
  const el = await fixture<NaraClinicSettings>(html`<nara-clinic-settings clinic="vc-linden" clinic-name="Vårdcentralen Linden" locale=${locale} .api=${api}></nara-clinic-settings>`);
  await waitUntil(() => el.shadowRoot!.querySelector('form'), 'the settings', { timeout: 5000 });
  return el;
};
const row = (el: NaraClinicSettings, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[data-row="${id}"]`)!;
const time = (el: NaraClinicSettings, id: string, part: 'opens' | 'closes') => row(el, id).querySelector<HTMLInputElement>(`input[name="${part}"]`)!;
const setTime = (input: HTMLInputElement, value: string) => {
  input.value = value;
  input.dispatchEvent(new Event('change', { bubbles: true }));
};

describe('nara-clinic-settings', () => {
  afterEach(() => resetOverrides());

  it('is accessible in Swedish and English, and shows the seed’s chat professions and hours', async () => {
    const { app } = await startBackend();
    for (const locale of ['sv', 'en']) {
      const el = await mount(adminApi(app), locale);
      await expect(el).to.be.accessible();
      expect(visibleText(el)).to.contain(locale === 'sv' ? 'Inställningar för Vårdcentralen Linden' : 'Settings for Vårdcentralen Linden');
      expect(time(el, 'chat-nurse', 'closes').value).to.equal('16:00');
      const nurse = el.shadowRoot!.querySelector<HTMLInputElement>('input[name="chat"][value="nurse"]')!;
      expect(nurse.checked).to.equal(true);
      expect(visibleText(el)).to.contain(locale === 'sv' ? 'Inga ändringar ännu' : 'No changes yet');
    }
  });

  it('keyboard: the admin moves the nurses’ chat closing to 18:00 and saves; a patient’s chat panel shows it; the change is listed', async () => {
    const { app } = await startBackend();
    const el = await mount(adminApi(app));
    const saved = collect(el, 'nara-settings-saved');
    setTime(time(el, 'chat-nurse', 'closes'), '18:00');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => saved.length === 1, 'saved');
    expect(saved[0].detail.settings.version).to.equal(1);
    await waitUntil(() => visibleText(el).includes('Sparat (version 1)'), 'the announcement');
    await waitUntil(() => /Lena [^.]*ändrade öppettider\./.test(visibleText(el)), 'only what changed is listed');
    await expect(el).to.be.accessible();

    const patient = new HttpBackend({ baseUrl: API, getToken: () => PATIENT_TOKEN, retries: 0 });
    const chat = await fixture<HTMLElement>(html`<nara-chat-panel .backend=${patient} clinic="vc-linden" profession="nurse" locale="sv"></nara-chat-panel>`);
    await waitUntil(() => chat.shadowRoot!.querySelector('details li'), 'the chat hours', { timeout: 5000 });
    expect([...chat.shadowRoot!.querySelectorAll('details li')].map((li) => li.textContent!.trim())).to.include('vardagar 08:00–18:00');
  });

  it('a closing time before the opening time is said at the field’s row and nothing is sent', async () => {
    const { app } = await startBackend();
    const el = await mount(adminApi(app));
    setTime(time(el, 'chat-nurse', 'closes'), '07:00');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('#settings-problem'), 'the problem');
    expect(visibleText(el)).to.contain('Chatt – Sjuksköterska: Stängningstiden ska vara efter öppningstiden.');
    expect(el.shadowRoot!.activeElement?.id).to.equal('settings-problem');
    expect((await adminApi(app).get('vc-linden')).version).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('two admins at once: the second is told someone saved in between, keeps what they typed, and saves on the latest', async () => {
    const { app } = await startBackend();
    const first = await mount(adminApi(app));
    const second = await mount(adminApi(app, 'test-admin:admin-sormland'));
    setTime(time(first, 'chat-nurse', 'closes'), '17:00');
    first.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => visibleText(first).includes('Sparat (version 1)'), 'the first saved');
    setTime(time(second, 'chat-secretary', 'closes'), '15:00');
    second.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => second.shadowRoot!.querySelector('#settings-problem'), 'the conflict');
    expect(visibleText(second)).to.contain('Någon annan har sparat under tiden.');
    expect(time(second, 'chat-secretary', 'closes').value, 'what was typed is kept').to.equal('15:00');
    second.shadowRoot!.querySelector<HTMLButtonElement>('#settings-problem button')!.click();
    await waitUntil(() => !second.shadowRoot!.querySelector('#settings-problem'), 'loaded the latest');
    expect(time(second, 'chat-secretary', 'closes').value).to.equal('15:00');
    second.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => visibleText(second).includes('Sparat (version 2)'), 'saved on the latest');
  });

  it('a backend that fails says so with a way to try again', async () => {
    const api: ClinicSettingsApi = { get: () => Promise.reject(new Error('500')), save: () => Promise.reject(new Error('500')), audit: () => Promise.reject(new Error('500')) };
    const el = await fixture<NaraClinicSettings>(html`<nara-clinic-settings clinic="vc-linden" .api=${api}></nara-clinic-settings>`);
    await waitUntil(() => visibleText(el).includes('Inställningarna kunde inte hämtas.'), 'the error');
    expect(el.shadowRoot!.querySelector('[role="alert"] button')!.textContent!.trim()).to.equal('Försök igen');
    await expect(el).to.be.accessible();
  });
});
