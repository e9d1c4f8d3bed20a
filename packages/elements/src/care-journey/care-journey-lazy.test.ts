import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HttpBackend } from '@nara/client';
import './define.js';
import type { NaraCareJourney } from './care-journey.js';
import { API, PATIENT_TOKEN, startBackend } from '../../../../test/helpers/backend.js';
import { waitForText } from '../../../../test/helpers/elements.js';

// A page of its own: nothing but the journey's define.js has been imported.
const backend = () => new HttpBackend({ baseUrl: API, getToken: () => PATIENT_TOKEN, retries: 0 });
const tile = (el: NaraCareJourney, heading: string) =>
  [...el.shadowRoot!.querySelectorAll('nara-shortcut-tile')].find((t) => t.getAttribute('heading') === heading)!;
const button = (t: Element) => t.shadowRoot!.querySelector<HTMLElement>('[part="tile"]')!;

describe('nara-care-journey loads each step when it is needed', () => {
  before(async () => {
    await startBackend();
  });
  afterEach(() => history.replaceState(null, ''));

  it('shows its menu with the tile alone: no step element is registered', async () => {
    const el = await fixture<NaraCareJourney>(html`<nara-care-journey api=${API} clinic="vc-linden" no-history .backend=${backend()}></nara-care-journey>`);
    await expect(el).to.be.accessible();
    expect(customElements.get('nara-shortcut-tile')).to.exist;
    for (const tag of ['nara-chat-panel', 'nara-booking-picker', 'nara-questionnaire']) expect(customElements.get(tag), tag).to.equal(undefined);
    el.remove();
  });

  it('once the visitor touches the page, preloads the likely next step (the symptom form) when the browser is idle (a bundler\'s build: the CDN build fetches it without running it)', async () => {
    const el = await fixture<NaraCareJourney>(html`<nara-care-journey api=${API} clinic="vc-linden" no-history .backend=${backend()}></nara-care-journey>`);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    await waitUntil(() => customElements.get('nara-symptom-form'), 'the symptom form was never preloaded', { timeout: 8000 });
    expect(customElements.get('nara-chat-panel')).to.equal(undefined);
    el.remove();
  });

  it('preloads a step when its tile gets focus, and shows the step when it is chosen', async () => {
    const el = await fixture<NaraCareJourney>(html`<nara-care-journey api=${API} clinic="vc-linden" no-history .backend=${backend()}></nara-care-journey>`);
    const secretary = tile(el, 'Ärenden till sekreterare');
    expect(customElements.get('nara-chat-panel')).to.equal(undefined);
    // reach the tile with the keyboard (real key presses give the page focus, so focus events fire; .focus() alone may not)
    button(secretary).focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => customElements.get('nara-chat-panel'), 'focusing the tile did not preload the chat panel', { timeout: 8000 });
    button(secretary).click();
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.querySelector('nara-chat-panel')?.matches(':defined'), 'no chat panel');
    // the chat's own heading, and the step announced by it
    await waitForText(el, 'Chatt med sekreterare', 10000);
    await waitUntil(() => el.shadowRoot!.querySelector('[role=status][aria-live=polite]')!.textContent!.trim() === 'Nytt steg: Chatt med sekreterare', 'the chat step was not announced by its heading');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('imports the booking picker only when "Mina bokade tider" is chosen', async () => {
    const el = await fixture<NaraCareJourney>(html`<nara-care-journey api=${API} clinic="vc-linden" no-history .backend=${backend()}></nara-care-journey>`);
    expect(customElements.get('nara-booking-picker')).to.equal(undefined);
    button(tile(el, 'Mina bokade tider')).click();
    await waitUntil(() => el.shadowRoot!.querySelector('nara-booking-picker')?.matches(':defined'), 'no booking picker');
    expect(el.step).to.equal('my-bookings');
    el.remove();
  });
});
