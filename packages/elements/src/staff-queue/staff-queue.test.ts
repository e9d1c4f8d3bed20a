import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { NaraStaffQueue } from './staff-queue.js';
import { PATIENT_TOKEN, resetOverrides, startBackend } from '../../../../test/helpers/backend.js';
import { collect, visibleText, waitForText } from '../../../../test/helpers/elements.js';
import { errandWithPicture, patientBackend, staffBackend } from '../../../../test/helpers/staff-errand.js';

describe('nara-staff-queue', () => {
  before(async () => {
    await startBackend();
  });
  afterEach(() => resetOverrides());

  const mount = (locale = 'sv', staff = 'staff-anna') => fixture<NaraStaffQueue>(html`<nara-staff-queue locale=${locale} .backend=${staffBackend(staff)}></nara-staff-queue>`);

  it('shows the errands live, urgent first, each with urgency in words, waiting time and answer time — accessible in sv and en', async () => {
    await startBackend();
    const el = await mount();
    await expect(el).to.be.accessible();
    await waitForText(el, 'Inga ärenden just nu');
    await errandWithPicture('Första');
    await waitForText(el, 'Tolvan Tolvansson');
    expect(visibleText(el)).to.match(/Förkylning/);
    expect(visibleText(el)).to.match(/Väntat 0 min/);
    expect(visibleText(el)).to.match(/Svar senast|Svarstiden/);
    await expect(el).to.be.accessible();
    const en = await mount('en');
    await waitForText(en, 'Updates live');
    await expect(en).to.be.accessible();
  });

  it('lets staff choose an errand with the keyboard and marks it current', async () => {
    await startBackend();
    const { conversation } = await errandWithPicture();
    const el = await mount('en');
    await waitForText(el, 'Tolvan Tolvansson');
    const chosen = collect(el, 'nara-errand-select');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.entry')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(chosen.map((e) => e.detail.conversationId)).to.deep.equal([conversation.id]);
    await waitUntil(() => el.shadowRoot!.querySelector('.entry')!.getAttribute('aria-current') === 'true');
  });

  it('shows a patient token’s refusal with a retry instead of a queue', async () => {
    const el = await fixture<NaraStaffQueue>(html`<nara-staff-queue locale="en" .backend=${patientBackend()}></nara-staff-queue>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'));
    await expect(el).to.be.accessible();
    expect(PATIENT_TOKEN).to.match(/^test:/);
  });
});
