import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { NaraError } from '@nara/contract';
import './define.js';
import type { ClinicSettingsApi, NaraClinicSettings } from './clinic-settings.js';
import { resetOverrides, startBackend } from '../../../../test/helpers/backend.js';
import { adminApi } from '../../../../test/helpers/admin-api.js';
import { visibleText, waitForText } from '../../../../test/helpers/elements.js';

const $ = <T extends Element = HTMLElement>(el: NaraClinicSettings, selector: string) => el.shadowRoot!.querySelector(selector) as T;

async function mount(api: ClinicSettingsApi, section = 'forms', locale = 'sv') {
  const el = await fixture<NaraClinicSettings>(html`<nara-clinic-settings clinic="vc-linden" locale=${locale} section=${section} .api=${api}></nara-clinic-settings>`);
  await waitUntil(() => $(el, `form[data-section="${section}"] input`), `the ${section} section`, { timeout: 8000 });
  return el;
}
const painScale = (el: NaraClinicSettings) => $<HTMLInputElement>(el, 'input[name="form"][value="pain-scale"]');
async function openSection(el: NaraClinicSettings, key: string) {
  $(el, `[data-open="${key}"]`).click();
  await waitUntil(() => $(el, `form[data-section="${key}"] input`), key, { timeout: 8000 });
}
async function save(el: NaraClinicSettings) {
  $(el, 'form button[type="submit"]').focus();
  await sendKeys({ press: 'Enter' });
}

describe('nara-clinic-settings: when saving goes wrong', () => {
  afterEach(() => resetOverrides());

  it('is accessible when someone else saved in between: the edits of every section are kept, the latest is loaded under them, and saving works', async () => {
    const { app } = await startBackend();
    const el = await mount(adminApi(app));
    painScale(el).click();
    await openSection(el, 'phrases');
    const first = $<HTMLInputElement>(el, '[data-phrase] input[name="title-sv"]');
    first.value = 'Hälsning från Linden';
    first.dispatchEvent(new Event('input'));
    // another admin switches a reason off meanwhile
    const other = adminApi(app, 'test-admin:admin-sormland');
    await other.save('vc-linden', { version: 0, settings: { reasonsOff: ['sjukintyg'] } });

    await save(el);
    await waitUntil(() => $(el, '#settings-problem'), 'the conflict');
    expect(visibleText(el)).to.contain('Någon annan har sparat under tiden. Dina ändringar finns kvar');
    expect(el.shadowRoot!.activeElement?.id).to.equal('settings-problem');
    expect($<HTMLInputElement>(el, '[data-phrase] input[name="title-sv"]').value, 'kept').to.equal('Hälsning från Linden');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '#settings-problem button').click();
    await waitUntil(() => !$(el, '#settings-problem'), 'the latest is loaded');
    expect($<HTMLInputElement>(el, '[data-phrase] input[name="title-sv"]').value).to.equal('Hälsning från Linden');
    await save(el);
    await waitForText(el, 'Fraser: Sparat (version 2)');

    await openSection(el, 'forms');
    expect(painScale(el).checked, 'the other section’s edit is kept too').to.equal(false);
    expect($(el, '[data-open="forms"]').textContent).to.contain('inte sparat');
    await save(el);
    await waitForText(el, 'Formulär: Sparat (version 3)');
    const latest = await adminApi(app).get('vc-linden');
    expect(latest.settings.reasonsOff, 'the other admin’s change stays').to.deep.equal(['sjukintyg']);
    expect(latest.settings.forms).not.to.include('pain-scale');
    expect(latest.settings.phrases[0].title.sv).to.equal('Hälsning från Linden');
  });

  const failures: [string, () => unknown, string, string][] = [
    ['401', () => Object.assign(new Error('Unauthorized'), { status: 401 }), 'Du är utloggad. Logga in igen och spara på nytt – dina ändringar finns kvar här.', 'You are signed out.'],
    ['403', () => new NaraError('forbidden', 'nope', { status: 403 }), 'Du har inte behörighet att ändra inställningarna för den här mottagningen.', 'You are not allowed'],
    ['500', () => Object.assign(new Error('Internal'), { status: 500 }), 'Det gick inte att spara just nu på grund av ett fel hos oss. Dina ändringar finns kvar', 'an error on our side'],
    ['a network drop', () => new TypeError('Failed to fetch'), 'Det gick inte att nå servern. Kontrollera anslutningen och spara igen – dina ändringar finns kvar.', 'could not be reached'],
  ];
  for (const [what, error, sv, en] of failures) {
    it(`${what}: said in words (sv and en), the edit is kept, and saving again works`, async () => {
      const { app } = await startBackend();
      const real = adminApi(app);
      let fail = true;
      const api: ClinicSettingsApi = { ...real, save: (clinic, change) => (fail ? Promise.reject(error()) : real.save(clinic, change)) };
      for (const locale of ['sv', 'en']) {
        const el = await mount(api, 'forms', locale);
        painScale(el).click();
        await save(el);
        await waitUntil(() => $(el, '#settings-problem'), 'the problem');
        expect(visibleText(el)).to.contain(locale === 'sv' ? sv : en);
        expect(el.shadowRoot!.activeElement?.id).to.equal('settings-problem');
        expect(painScale(el).checked, 'the edit is kept').to.equal(false);
        expect($<HTMLButtonElement>(el, 'form button[type="submit"]').disabled).to.equal(false);
        await expect(el).to.be.accessible();
        if (locale === 'en') {
          fail = false;
          await save(el);
          await waitForText(el, 'Forms: Saved (version 1)');
          expect($(el, '#settings-problem')).to.equal(null);
        }
        el.remove();
      }
    });
  }

  it('a 422 from the server lists what it said; the catalogue is loaded once; one that cannot be loaded is said with a way to try again', async () => {
    const { app } = await startBackend();
    const real = adminApi(app);
    const api: ClinicSettingsApi = { ...real, save: () => Promise.reject(Object.assign(new Error('Invalid'), { status: 422, errors: [{ path: 'settings.forms.0', message: 'No form x' }] })) };
    const el = await mount(api);
    painScale(el).click();
    await save(el);
    await waitUntil(() => $(el, '#settings-problem'), 'the problem');
    expect(visibleText(el)).to.contain('Något stämmer inte: forms.0: No form x');
    // the catalogue is asked for once, for both sections that use it
    let asked = 0;
    const counting = await fixture<NaraClinicSettings>(html`<nara-clinic-settings clinic="vc-linden" section="reasons" .api=${{ ...real, catalogue: (locale: string) => (asked++, real.catalogue!(locale)) }}></nara-clinic-settings>`);
    await waitUntil(() => $(counting, 'input[name="reason"]'), 'the reasons');
    await openSection(counting, 'forms');
    await openSection(counting, 'reasons');
    expect(asked).to.equal(1);
    const broken = await fixture<NaraClinicSettings>(html`<nara-clinic-settings clinic="vc-linden" section="reasons" .api=${{ ...real, catalogue: () => Promise.reject(new Error('500')) }}></nara-clinic-settings>`);
    await waitForText(broken, 'Listan att välja från kunde inte hämtas.');
    expect($(broken, '[role="alert"] button').textContent!.trim()).to.equal('Försök igen');
    await expect(broken).to.be.accessible();
  });
});
