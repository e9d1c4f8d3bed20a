import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { HttpBackend } from '@nara/client';
import '../chat-panel/define.js';
import '../booking-picker/define.js';
import '../shortcut-list/define.js';
import '../care-journey/define.js';
import type { NaraCareJourney } from '../care-journey/care-journey.js';
import { API, PATIENT_TOKEN, startBackend } from '../../../../test/helpers/backend.js';
import { visibleText, waitForText } from '../../../../test/helpers/elements.js';
import { DEMO_CLINIC } from './demo-clinic.js';

// Bad input says what is wrong: an element the page set up without what it needs shows so, and fires
// `nara-error` with the code `config`; nothing waits for ever.
const backend = () => new HttpBackend({ baseUrl: API, getToken: () => PATIENT_TOKEN, retries: 0 });
const alert = (el: Element) => el.shadowRoot!.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('elements missing what they need', () => {
  before(async () => {
    await startBackend();
  });

  it('a chat panel with neither clinic + profession nor a conversation says so, accessibly, and fires nara-error config', async () => {
    const holder = await fixture(html`<div></div>`);
    const error = oneEvent(holder, 'nara-error');
    const el = document.createElement('nara-chat-panel');
    el.backend = backend();
    el.clinic = 'vc-linden';
    holder.append(el);
    const { detail } = await error;
    expect(detail.code).to.equal('config');
    expect(detail.message).to.include('profession');
    await el.updateComplete;
    expect(alert(el)).to.include('Chatten kan inte visas').and.include('profession');
    expect(visibleText(el)).not.to.include('Hämtar chatten');
    await expect(el).to.be.accessible();
  });

  it('the same chat panel opens once the page sets the profession (the message goes)', async () => {
    const el = await fixture<HTMLElementTagNameMap['nara-chat-panel']>(html`<nara-chat-panel locale="en" clinic="vc-linden" .backend=${backend()}></nara-chat-panel>`);
    expect(alert(el)).to.include('The chat cannot be shown');
    el.profession = 'secretary';
    await waitUntil(() => !alert(el).includes('cannot be shown'), 'the message stayed');
  });

  it('a booking picker without a clinic says so instead of a week without times, and fires nara-error config', async () => {
    const holder = await fixture(html`<div></div>`);
    const error = oneEvent(holder, 'nara-error');
    const el = document.createElement('nara-booking-picker');
    el.backend = backend();
    holder.append(el);
    const { detail } = await error;
    expect(detail).to.include({ code: 'config' });
    await el.updateComplete;
    expect(alert(el)).to.include('Tiderna kan inte visas').and.include('clinic');
    expect(visibleText(el)).not.to.include('Inga tider');
    await expect(el).to.be.accessible();
  });

  it('with demo and no clinic, the chat panel and booking picker use the demo clinic', async () => {
    const chat = await fixture<HTMLElementTagNameMap['nara-chat-panel']>(html`<nara-chat-panel demo profession="secretary" locale="en"></nara-chat-panel>`);
    expect(chat.clinicId).to.equal(DEMO_CLINIC);
    await waitForText(chat, 'Chat with', 15000);
    expect(alert(chat)).to.equal('');
    const picker = await fixture<HTMLElementTagNameMap['nara-booking-picker']>(html`<nara-booking-picker demo locale="en"></nara-booking-picker>`);
    expect(picker.clinicId).to.equal(DEMO_CLINIC);
    await waitUntil(() => picker.shadowRoot!.querySelector('[data-slot]') || visibleText(picker).includes('no free times'), 'the demo clinic\'s times never came', { timeout: 15000 });
    expect(alert(picker)).to.equal('');
  });

  it('an element with no backend at all fires nara-error config and says the page is not set up', async () => {
    const holder = await fixture(html`<div></div>`);
    const error = oneEvent(holder, 'nara-error');
    const el = document.createElement('nara-shortcut-list');
    holder.append(el);
    expect((await error).detail.code).to.equal('config');
    await waitUntil(() => alert(el).includes('inte rätt inställd'), `saw: ${alert(el)}`);
  });
});

describe('a shortcut without a link opens the matching journey step', () => {
  it('"Boka tid" opens booking, "Förnya recept" the secretary chat; an unknown service is left to the page', async () => {
    const el = await fixture<NaraCareJourney>(html`<nara-care-journey api=${API} clinic="vc-linden" no-history .backend=${backend()}></nara-care-journey>`);
    await expect(el).to.be.accessible();
    expect(el.openService('book')).to.be.true;
    expect(el.step).to.equal('booking');
    await waitUntil(() => el.shadowRoot!.querySelector('nara-booking-picker'), 'no booking picker');
    expect(el.openService('renew-prescription')).to.be.true;
    expect(el.step).to.equal('chat');
    await waitUntil(() => el.shadowRoot!.querySelector('nara-chat-panel')?.getAttribute('profession') === 'secretary', 'no secretary chat');
    expect(el.openService('about')).to.be.false;
    expect(el.openService(undefined)).to.be.false;
    expect(el.step).to.equal('chat');
  });
});
