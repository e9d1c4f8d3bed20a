import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HttpBackend } from '@nara/client';
import type { Slot } from '@nara/contract';
import { API, PATIENT_TOKEN, resetOverrides, startBackend } from '../../../../test/helpers/backend.js';
import { collect, deepActiveElement, visibleText, waitForText } from '../../../../test/helpers/elements.js';
import './define.js';
import type { NaraChatPanel } from './chat-panel.js';

type App = Awaited<ReturnType<typeof startBackend>>['app'];
const as = (token: string) => async (app: App, method: string, path: string, body?: unknown) => {
  const r = await app.fetch(new Request(`${API}${path}`, { method, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) }));
  return { status: r.status, body: await r.json() };
};
const nurse = as('test-staff:staff-anna');
const britt = as('test:198112289874');

/** A patient's chat the nurse has taken, with two of the doctors' free times offered in it. */
async function offered(locale = 'sv') {
  const { app } = await startBackend({ simulateCareTeam: false, heartbeatMs: 60_000 });
  const client = new HttpBackend({ baseUrl: API, getToken: () => PATIENT_TOKEN, retries: 0 });
  const { id } = await client.createConversation({ clinic: 'vc-linden', profession: 'nurse', text: 'Ont i knät' });
  await nurse(app, 'POST', `/v1/staff/conversations/${id}/take`);
  const from = new Date(Date.now() + 2 * 86_400_000).toISOString();
  const to = new Date(Date.now() + 16 * 86_400_000).toISOString();
  const slots = (await client.getSlots({ clinic: 'vc-linden', from, to, profession: 'doctor' })).slots.slice(0, 2) as Slot[];
  const offer = await nurse(app, 'POST', `/v1/staff/conversations/${id}/visit-offers`, { slotIds: slots.map((s) => s.id) });
  expect(offer.status).to.equal(201);
  const el = await fixture<NaraChatPanel>(html`<nara-chat-panel .backend=${client} conversation=${id} locale=${locale}></nara-chat-panel>`);
  return { app, el, id, slots };
}

const buttons = (el: NaraChatPanel) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.offer-slots button')];

describe('nara-chat-panel: a time offered by staff, booked with one press', () => {
  afterEach(() => resetOverrides());

  it('shows the offered times as buttons, accessible; one press books it and both sides see the booking', async () => {
    const { app, el, id, slots } = await offered();
    await expect(el).to.be.accessible();
    await waitForText(el, 'Anna Sjöberg erbjuder dig en tid.');
    await waitUntil(() => buttons(el).length === 2, 'two times to choose from');
    expect(buttons(el)[0].textContent).to.match(/^Boka \S+dag \d+ \S+ (kl\. )?\d\d[:.]\d\d, (besök på mottagningen|videosamtal|telefonsamtal) med läkare$/);
    await expect(el).to.be.accessible();
    const booked = collect(el, 'nara-booked');
    // Keyboard: focus the second time and press Enter.
    buttons(el)[1].focus();
    expect(deepActiveElement()).to.equal(buttons(el)[1]);
    await sendKeys({ press: 'Enter' });
    await waitForText(el, 'Bokad:');
    await waitUntil(() => booked.length === 1, 'nara-booked');
    expect(booked[0].detail.booking.slot.id).to.equal(slots[1].id);
    expect(buttons(el)).to.have.length(0);
    await waitForText(el, 'Tiden är bokad:');
    const bookings = await app.context.store.bookings.listByPerson('191212121212');
    expect(bookings.map((b) => b.slotId)).to.deep.equal([slots[1].id]);
    const staffSide = (await nurse(app, 'GET', `/v1/staff/conversations/${id}/events`)).body.events as { type: string }[];
    expect(staffSide.filter((e) => e.type === 'visit-booked')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('a time someone else took meanwhile: a clear message, nothing lost, another of the times books', async () => {
    const { app, el, slots } = await offered('en');
    await waitUntil(() => buttons(el).length === 2);
    expect((await britt(app, 'POST', '/v1/bookings', { slotId: slots[0].id })).status).to.equal(201);
    buttons(el)[0].click();
    await waitForText(el, 'Someone else booked that time meanwhile.');
    expect(visibleText(el)).to.include('Choose another of the times.');
    expect(el.shadowRoot!.querySelector('.offer-error')!.getAttribute('role')).to.equal('alert');
    await waitUntil(() => buttons(el).length === 2 && !buttons(el)[1].disabled, 'the other time can still be chosen');
    await expect(el).to.be.accessible();
    buttons(el)[1].click();
    await waitForText(el, 'Booked:');
    expect((await app.context.store.bookings.listByPerson('191212121212')).map((b) => b.slotId)).to.deep.equal([slots[1].id]);
  });
});
