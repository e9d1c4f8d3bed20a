import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import '../staff-queue/define.js';
import type { NaraErrand } from './errand.js';
import type { NaraStaffQueue } from '../staff-queue/staff-queue.js';
import { resetOverrides, startBackend } from '../../../../test/helpers/backend.js';
import { deepActiveElement, visibleText, waitForText } from '../../../../test/helpers/elements.js';
import { errandWithPicture, staffBackend } from '../../../../test/helpers/staff-errand.js';

type Kit = Awaited<ReturnType<typeof startBackend>>;
const $ = <T extends Element>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const type = (field: HTMLTextAreaElement, text: string) => {
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
};

describe('nara-errand: consult a colleague, offer times for a visit', () => {
  let kit: Kit;
  beforeEach(async () => {
    kit = await startBackend();
  });
  afterEach(() => resetOverrides());

  const mount = (id: string, staff = 'staff-anna', locale = 'sv') =>
    fixture<NaraErrand>(html`<nara-errand locale=${locale} conversation=${id} .backend=${staffBackend(staff)}></nara-errand>`);

  /** The errand, taken by the nurse through her own element. */
  async function taken() {
    const { conversation } = await errandWithPicture();
    const nurse = await mount(conversation.id);
    await waitForText(nurse, 'Ta ärendet');
    $<HTMLButtonElement>(nurse, '.row button').click();
    await waitUntil(() => nurse.shadowRoot!.querySelector('#consult-text'), 'the consult form once the errand is hers');
    return { id: conversation.id, nurse };
  }

  it('the nurse asks the doctors; the doctor finds it in the queue and answers; the nurse sees the answer live; the patient sees nothing', async () => {
    // The doctor's queue is open all along: the question arrives in it live.
    const queue = await fixture<NaraStaffQueue>(html`<nara-staff-queue locale="sv" .backend=${staffBackend('staff-erik')}></nara-staff-queue>`);
    await waitForText(queue, 'Inga ärenden just nu');
    const { id, nurse } = await taken();
    await expect(nurse).to.be.accessible();
    expect($<HTMLSelectElement>(nurse, '#consult-to').value).to.equal('doctor');
    type($(nurse, '#consult-text'), 'Behöver utslaget ses av läkare i dag?');
    $<HTMLButtonElement>(nurse, '#consult-text').closest('form')!.requestSubmit();
    await waitForText(nurse, 'Frågan är skickad till läkare.');
    await waitForText(nurse, 'Väntar på svar.');
    await waitUntil(() => deepActiveElement()?.id === 'consult-h', 'focus on the consultations heading');

    // The doctor: the question in the queue, the errand opens from it, the answer form is there.
    await waitForText(queue, 'Frågor från kollegor');
    expect(visibleText(queue)).to.include('Anna Sjöberg frågar om Tolvan Tolvansson');
    await expect(queue).to.be.accessible();
    const chosen = new Promise<CustomEvent>((resolve) => queue.addEventListener('nara-errand-select', (e) => resolve(e as CustomEvent), { once: true }));
    $<HTMLButtonElement>(queue, '[data-consultation]').click();
    expect((await chosen).detail.conversationId).to.equal(id);

    const doctor = await mount(id, 'staff-erik');
    await waitUntil(() => doctor.shadowRoot!.querySelector('textarea[id^="answer-"]'), 'the answer form');
    await expect(doctor).to.be.accessible();
    expect(doctor.shadowRoot!.querySelector('#consult-text'), 'the doctor does not hold the errand: no ask form').to.equal(null);
    const answer = $<HTMLTextAreaElement>(doctor, 'textarea[id^="answer-"]');
    answer.focus();
    await sendKeys({ type: 'Ja, boka en läkartid i dag.' });
    answer.closest('form')!.requestSubmit();
    await waitForText(doctor, 'Svaret är skickat till kollegan.');
    await waitForText(queue, 'Inga ärenden just nu');
    await waitUntil(() => !visibleText(queue).includes('Frågor från kollegor'), 'answered: off the doctor’s list');

    await waitForText(nurse, 'Erik Lind svarade', 8000);
    expect(visibleText(nurse)).to.include('Ja, boka en läkartid i dag.');
    const errand = (await kit.app.context.store.conversations.get(id))!;
    expect([errand.status, errand.profession]).to.deep.equal(['open', 'nurse']);
    const events = JSON.stringify(await kit.app.context.store.conversations.listAfter(id, 0));
    expect(events).not.to.include('läkartid');
    expect(events).not.to.include('utslaget ses av läkare');
    await expect(nurse).to.be.accessible();
  });

  it('offers two of the doctors’ free times in the chat (English)', async () => {
    const { conversation } = await errandWithPicture();
    await staffBackend().staffBackend().then((s) => s.take(conversation.id));
    const nurse = await mount(conversation.id, 'staff-anna', 'en');
    await waitForText(nurse, 'Book a visit for the patient');
    $<HTMLButtonElement>(nurse, '#visit-type').closest('form')!.requestSubmit();
    await waitUntil(() => nurse.shadowRoot!.querySelectorAll('#visit-slots input[type=checkbox]').length > 2, 'free times to tick');
    await waitUntil(() => deepActiveElement()?.id === 'visit-slots', 'focus on the times');
    await expect(nurse).to.be.accessible();
    const boxes = [...nurse.shadowRoot!.querySelectorAll<HTMLInputElement>('#visit-slots input[type=checkbox]')];
    boxes[0].click();
    boxes[1].click();
    await waitForText(nurse, 'Offer 2 times in the chat');
    $<HTMLButtonElement>(nurse, '#visit-slots').closest('form')!.requestSubmit();
    await waitForText(nurse, '2 times are offered in the chat.');
    await waitForText(nurse, 'Anna Sjöberg offered 2 times.');
    const offer = (await kit.app.context.store.conversations.listAfter(conversation.id, 0)).find((e) => e.type === 'visit-offered');
    expect(offer && offer.type === 'visit-offered' && offer.slots.map((s) => s.profession)).to.deep.equal(['doctor', 'doctor']);
    await expect(nurse).to.be.accessible();
  });
});
