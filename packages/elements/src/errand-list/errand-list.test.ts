import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HttpBackend } from '@nara/client';
import './define.js';
import type { NaraErrandList } from './errand-list.js';
import { API, PATIENT_TOKEN, failures, resetOverrides, startBackend } from '../../../../test/helpers/backend.js';
import { collect, deepActiveElement, visibleText, waitForText } from '../../../../test/helpers/elements.js';

type Kit = Awaited<ReturnType<typeof startBackend>>;
const NURSE = { id: 'staff-anna', kind: 'staff' as const, name: 'Anna Sjöberg', profession: 'nurse' as const, clinic: 'vc-linden' };

describe('nara-errand-list', () => {
  let kit: Kit;
  before(async () => {
    kit = await startBackend();
  });
  afterEach(() => resetOverrides());

  const mount = (locale = 'sv') =>
    fixture<NaraErrandList>(html`<nara-errand-list locale=${locale} .backend=${new HttpBackend({ baseUrl: API, getToken: () => PATIENT_TOKEN, retries: 0, timeout: 3000 })}></nara-errand-list>`);

  it('shows a test result the care team sent, unread, and the count clears once the patient has opened it', async () => {
    const started = await kit.app.context.staff.start(NURSE, { patient: '191212121212', message: 'Hej Tolvan! Ditt provsvar ser bra ut.' }, 'sv');
    const el = await mount();
    await expect(el).to.be.accessible();
    await waitForText(el, '1 oläst');
    await expect(el).to.be.accessible();
    expect(visibleText(el)).to.include('Från vårdcentralen');
    expect(visibleText(el)).to.include('Vårdcentralen Linden');
    const opened = collect(el, 'nara-errand-open');
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-id="${started.id}"]`)!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    expect(opened.map((e) => e.detail.conversationId)).to.deep.equal([started.id]);
    await waitUntil(() => el.shadowRoot!.querySelector('nara-chat-panel'), 'the chat opens', { timeout: 6000 });
    await waitForText(el.shadowRoot!.querySelector('nara-chat-panel')!, 'Ditt provsvar ser bra ut');
    expect(deepActiveElement()?.textContent).to.include('Tillbaka till mina ärenden');
    await waitUntil(async () => (await kit.app.context.errands.list({ id: '191212121212', kind: 'patient' }))[0].unread === 0, 'read on the server');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.querySelector(`[data-id="${started.id}"]`), 'back to the list');
    await waitUntil(() => !visibleText(el).includes('oläst'), 'the count cleared');
    expect(deepActiveElement()?.getAttribute('data-id')).to.equal(started.id, 'focus back on the errand');
  });

  it('is accessible in English and says when there is nothing', async () => {
    kit = await startBackend();
    const el = await mount('en');
    await waitForText(el, 'You have no errands right now.');
    await expect(el).to.be.accessible();
  });

  it('shows a failure with a retry, and lists once the backend answers', async () => {
    kit = await startBackend();
    kit.use(failures.status('get', '/v1/conversations', 503, 'unavailable'));
    const el = await mount('en');
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'));
    await expect(el).to.be.accessible();
    resetOverrides();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await waitForText(el, 'You have no errands right now.');
  });
});
