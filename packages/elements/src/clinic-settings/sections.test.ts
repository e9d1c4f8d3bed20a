import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { HttpBackend } from '@nara/client';
import './define.js';
import type { NaraClinicSettings } from './clinic-settings.js';
import type { SectionKey } from './section.js';
import { API, PATIENT_TOKEN, resetOverrides, startBackend } from '../../../../test/helpers/backend.js';
import { adminApi } from '../../../../test/helpers/admin-api.js';
import { deepActiveElement, visibleText, waitForText } from '../../../../test/helpers/elements.js';

type App = Awaited<ReturnType<typeof startBackend>>['app'];
const $ = <T extends Element = HTMLElement>(el: NaraClinicSettings, selector: string) => el.shadowRoot!.querySelector<T & Element>(selector) as T;
const $$ = <T extends Element = HTMLElement>(el: NaraClinicSettings, selector: string) => [...el.shadowRoot!.querySelectorAll<T & Element>(selector)] as T[];

async function mount(app: App, locale = 'sv', section: SectionKey = 'hours') {
  const el = await fixture<NaraClinicSettings>(html`<nara-clinic-settings clinic="vc-linden" clinic-name="Vårdcentralen Linden" locale=${locale} section=${section} .api=${adminApi(app)}></nara-clinic-settings>`);
  await waitUntil(() => $(el, `form[data-section="${section}"]`), `the ${section} section`, { timeout: 8000 });
  return el;
}
/** Opens a section from the navigation by keyboard, as an admin would. */
async function open(el: NaraClinicSettings, key: SectionKey) {
  $(el, `[data-open="${key}"]`).focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => $(el, `form[data-section="${key}"]`), `the ${key} section`, { timeout: 8000 });
}
const submit = async (el: NaraClinicSettings) => {
  $(el, 'form button[type="submit"]').focus();
  await sendKeys({ press: 'Enter' });
};
const checkbox = (el: NaraClinicSettings, name: string, value: string) => $<HTMLInputElement>(el, `input[name="${name}"][value="${value}"]`);

describe('nara-clinic-settings: the sections', () => {
  afterEach(async () => {
    resetOverrides();
    await setViewport({ width: 800, height: 600 });
  });

  it('every section is accessible in Swedish and English at 320 px, with no sideways scrolling', async () => {
    const { app } = await startBackend();
    await setViewport({ width: 320, height: 700 });
    for (const locale of ['sv', 'en']) {
      const el = await mount(app, locale);
      for (const key of ['hours', 'reasons', 'schedule', 'phrases', 'forms'] as const) {
        await open(el, key);
        expect($(el, `[data-open="${key}"]`).getAttribute('aria-current')).to.equal('true');
        await expect(el).to.be.accessible();
        expect(document.documentElement.scrollWidth, `${key} in ${locale} fits 320 px`).to.be.at.most(320);
        if (key === 'reasons') expect(visibleText(el)).to.contain(locale === 'sv' ? 'Visar' : 'Showing');
      }
      el.remove();
    }
  });

  it('reasons, by keyboard: the admin searches, switches a reason off with Space and saves; the patient’s reason search no longer has it', async () => {
    const { app } = await startBackend();
    const patient = new HttpBackend({ baseUrl: API, getToken: () => PATIENT_TOKEN, retries: 0 });
    expect((await patient.listReasons('vc-linden')).map((r) => r.id)).to.include('urinvagsinfektion');
    const el = await mount(app, 'sv', 'reasons');
    await waitUntil(() => checkbox(el, 'reason', 'urinvagsinfektion'), 'the catalogue');
    const total = $$(el, 'input[name="reason"]').length;
    expect(total, 'the whole catalogue').to.be.at.least(100);
    $(el, 'input[name="reason-search"]').focus();
    await sendKeys({ type: 'urinvägsinf' });
    await waitUntil(() => $$(el, 'input[name="reason"]').length < total, 'the list is filtered');
    expect($(el, '#reasons-count').textContent).to.match(/^Visar \d+ av \d+\. 0 avstängda\.$/);
    for (let i = 0; i < 6 && (deepActiveElement() as HTMLInputElement)?.value !== 'urinvagsinfektion'; i++) await sendKeys({ press: 'Tab' });
    expect((deepActiveElement() as HTMLInputElement).value, 'Tab reaches the reason').to.equal('urinvagsinfektion');
    await sendKeys({ press: 'Space' });
    expect(checkbox(el, 'reason', 'urinvagsinfektion').checked).to.equal(false);
    expect($(el, '[data-open="reasons"]').textContent).to.contain('inte sparat');
    await expect(el).to.be.accessible();
    await submit(el);
    await waitForText(el, 'Kontaktorsaker: Sparat (version 1)');
    await waitUntil(() => /ändrade kontaktorsaker\./.test(visibleText(el)), 'the change is listed');
    expect($(el, '[data-open="reasons"]').textContent).not.to.contain('inte sparat');
    const offered = (await patient.listReasons('vc-linden')).map((r) => r.id);
    expect(offered).not.to.include('urinvagsinfektion');
    expect(offered).to.include('sjukintyg');

    // only the ones switched off, then all of them back on
    $<HTMLInputElement>(el, 'input[name="reason-search"]').select();
    await sendKeys({ press: 'Backspace' });
    const show = $<HTMLSelectElement>(el, 'select[name="reason-show"]');
    show.value = 'off';
    show.dispatchEvent(new Event('change'));
    await waitUntil(() => $$(el, 'input[name="reason"]').length === 1, 'only the one switched off');
    expect($(el, '#reasons-count').textContent).to.equal(`Visar 1 av ${total}. 1 avstängda.`);
    [...$$(el, '.actions button')].find((b) => b.textContent!.trim() === 'Erbjud alla som visas')!.click();
    await submit(el);
    await waitForText(el, 'Sparat (version 2)');
    expect((await patient.listReasons('vc-linden')).map((r) => r.id)).to.include('urinvagsinfektion');
  });

  it('schedule: a longer visit shows in the booking times; a block without days is said at the block and nothing is sent', async () => {
    const { app } = await startBackend();
    const el = await mount(app, 'en', 'schedule');
    const physio = $$(el, '[data-block]').find((b) => b.textContent!.includes('Visit at the clinic – Physiotherapist'))!;
    const minutes = physio.querySelector<HTMLInputElement>('input[name="minutes"]')!;
    expect(minutes.value).to.equal('45');
    minutes.focus();
    minutes.select();
    await sendKeys({ type: '60' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;

    // a new block, every day unticked: said, nothing sent
    $(el, '[data-add-block]').click();
    await el.updateComplete;
    const added = $$(el, '[data-block]').at(-1)!;
    expect(el.shadowRoot!.activeElement, 'focus on the new block').to.equal(added.querySelector('select'));
    for (const day of added.querySelectorAll<HTMLInputElement>('input[name="day"]:checked')) day.click();
    await submit(el);
    await waitUntil(() => $(el, '#settings-problem'), 'the problem');
    expect(visibleText(el)).to.contain('Block 9 (Visit at the clinic – Doctor): choose at least one day.');
    expect(el.shadowRoot!.activeElement?.id).to.equal('settings-problem');
    await expect(el).to.be.accessible();
    expect((await adminApi(app).get('vc-linden')).version).to.equal(0);

    added.querySelector<HTMLButtonElement>('[data-remove-block]')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement, 'focus moves to "add a block"').to.equal($(el, '[data-add-block]'));
    await submit(el);
    await waitForText(el, 'Booking schedule: Saved (version 1)');
    const from = new Date();
    const to = new Date(from.getTime() + 14 * 86_400_000);
    const { slots } = await new HttpBackend({ baseUrl: API, retries: 0 }).getSlots({ clinic: 'vc-linden', visitType: 'physical', profession: 'physiotherapist', from: from.toISOString(), to: to.toISOString() });
    expect(slots.length).to.be.greaterThan(0);
    expect(new Set(slots.map((s) => (Date.parse(s.end) - Date.parse(s.start)) / 60_000))).to.deep.equal(new Set([60]));
  });

  it('phrases: the admin adds one, a missing English text is said, then it is saved and in the staff’s phrase list; one removed is gone', async () => {
    const { app } = await startBackend();
    const el = await mount(app, 'sv', 'phrases');
    const before = $$(el, '[data-phrase]').length;
    $(el, '[data-add-phrase]').click();
    await el.updateComplete;
    const added = $$(el, '[data-phrase]').at(-1)!;
    expect(el.shadowRoot!.activeElement, 'focus in the new phrase').to.equal(added.querySelector('input[name="title-sv"]'));
    await sendKeys({ type: 'Blodtryck hemma' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Mät blodtrycket hemma en vecka.' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Blood pressure at home' });
    await submit(el);
    await waitUntil(() => $(el, '#settings-problem'), 'the problem');
    expect(visibleText(el)).to.contain(`Fras ${before + 1} (Blodtryck hemma): Text på engelska saknas.`);
    await expect(el).to.be.accessible();
    added.querySelector<HTMLTextAreaElement>('textarea[name="text-en"]')!.focus();
    await sendKeys({ type: 'Measure your blood pressure at home for a week.' });
    const first = $$(el, '[data-phrase]')[0];
    const removedId = first.dataset.phrase!;
    first.querySelector('summary')!.click();
    await el.updateComplete;
    first.querySelector<HTMLButtonElement>('[data-remove]')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[data-add-phrase]'));
    expect(visibleText(el)).to.match(/är borttagen\. Spara för att ta bort den för personalen\./);
    await submit(el);
    await waitForText(el, 'Fraser: Sparat (version 1)');
    await expect(el).to.be.accessible();
    const staff = await new HttpBackend({ baseUrl: API, getToken: () => 'test-staff:staff-anna', retries: 0 }).staffBackend();
    const phrases = await staff.phrases();
    expect(phrases.map((p) => p.title)).to.include('Blodtryck hemma');
    expect(phrases.find((p) => p.title === 'Blodtryck hemma')!.text).to.equal('Mät blodtrycket hemma en vecka.');
    expect(phrases.map((p) => p.id)).not.to.include(removedId);
    expect(phrases.length).to.equal(before);
  });

  it('forms: a form switched off is gone from the staff’s form menu; the choice is listed in the changes', async () => {
    const { app } = await startBackend();
    const el = await mount(app, 'en', 'forms');
    await waitUntil(() => checkbox(el, 'form', 'pain-scale'), 'the library');
    expect(checkbox(el, 'form', 'pain-scale').checked).to.equal(true);
    expect(checkbox(el, 'form', 'pain-scale').parentElement!.textContent).to.contain('Pain rating');
    // off and on again is no change
    checkbox(el, 'form', 'phq-9').click();
    await el.updateComplete;
    expect($(el, '[data-open="forms"]').textContent).to.contain('not saved');
    checkbox(el, 'form', 'phq-9').click();
    await el.updateComplete;
    expect($(el, '[data-open="forms"]').textContent).not.to.contain('not saved');
    checkbox(el, 'form', 'pain-scale').focus();
    await sendKeys({ press: 'Space' });
    await submit(el);
    await waitForText(el, 'Forms: Saved (version 1)');
    await waitUntil(() => /changed forms\./.test(visibleText(el)), 'the change is listed');
    const staff = await new HttpBackend({ baseUrl: API, getToken: () => 'test-staff:staff-anna', retries: 0 }).staffBackend();
    const forms = (await staff.forms()).map((f) => f.id);
    expect(forms).not.to.include('pain-scale');
    expect(forms).to.include('phq-9');
  });
});
