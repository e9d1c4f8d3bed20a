/**
 * Keyboard-only journeys (WCAG 2.1.1): every step by Tab, Shift+Tab, Enter, Space, arrows and typing,
 * through the elements as a page embeds them — never `.focus()` or `.click()` from the test.
 *
 * The contact page's path (the patient's shortcuts edited and saved, then the booking picker), and the
 * care journey: menu → emergency screen → who → reason search (with a typo) → questions → review →
 * assessment → a confirmed booking of the recommended visit type, and → a chat message that reaches
 * the backend.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../packages/elements/src/all.js';
import { HttpBackend } from '@nara/client';
import { API, PATIENT_TOKEN, startBackend } from './helpers/backend.js';
import { deepActiveElement, waitForText } from './helpers/elements.js';

const PERSON = '191212121212';

/** The accessible name of an element, as far as this journey needs it: aria-label, else its text. */
const nameOf = (el: Element | null) => (el?.getAttribute('aria-label') ?? el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Presses Tab (or Shift+Tab) until the focused element's name matches, as a keyboard user would;
 * fails after `max` presses, naming where focus went.
 */
async function tabTo(name: string | RegExp | ((el: Element) => boolean), { max = 40, back = false } = {}): Promise<Element> {
  const visited: string[] = [];
  for (let i = 0; i < max; i++) {
    if (back) await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    if (back) await sendKeys({ up: 'Shift' });
    const active = deepActiveElement();
    const current = nameOf(active);
    visited.push(current.slice(0, 40));
    if (typeof name === 'function' ? !!active && name(active) : typeof name === 'string' ? current === name : name.test(current)) return active!;
  }
  throw new Error(`Tab never reached "${name}"; focus went: ${visited.join(' → ')}`);
}

describe('keyboard only: the contact page', () => {
  let app: Awaited<ReturnType<typeof startBackend>>['app'];

  before(async () => {
    ({ app } = await startBackend());
  });

  beforeEach(async () => {
    await app.context.shortcuts.save(
      PERSON,
      { shortcuts: ['contact', 'book', 'renew-prescription', 'test-results'].map((serviceId) => ({ clinic: 'vc-linden', serviceId })) },
      'sv',
    );
  });

  it('a patient reaches the tiles, edits their shortcuts and saves them, by keyboard alone', async () => {
    // the contact page's structure (examples/contact-page.html), with the backend behind msw
    const page = await fixture(html`<main>
      <h1>Kontakta oss</h1>
      <nara-shortcut-tile heading="Ring oss" description="Vardagar 08.00–16.30" icon="phone" href="tel:+46155246000"></nara-shortcut-tile>
      <nara-provider api=${API} clinic="vc-linden" locale="sv" .getToken=${() => PATIENT_TOKEN}>
        <nara-shortcut-list heading="Dina genvägar"></nara-shortcut-list>
      </nara-provider>
    </main>`);
    const list = page.querySelector('nara-shortcut-list')!;
    await waitForText(list, 'Ändra genvägar');

    // the static tile is a link in the tab order; the backend's tiles follow
    expect(nameOf(await tabTo(/^Ring oss/))).to.match(/Ring oss/);
    await tabTo(/^Kontakta oss/);
    await tabTo('Ändra genvägar');
    await sendKeys({ press: 'Enter' });
    await waitForText(list, 'Spara');

    // remove "Boka tid": focus stays in the list, on the next row's remove button
    await tabTo('Ta bort Boka tid');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => nameOf(deepActiveElement()) === 'Ta bort Förnya recept', `focus after removing: ${nameOf(deepActiveElement())}`);

    // move "Provsvar" up with Alt+Arrow Up on its row
    await tabTo('Flytta upp Provsvar');
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ up: 'Alt' });
    await waitForText(list, 'Provsvar flyttades till plats 2 av 3');

    // add "Sjukintyg" from the clinic's services, with Space
    await tabTo(/^Sjukintyg/);
    await sendKeys({ press: 'Space' });
    await waitForText(list, 'Sjukintyg lades till');

    // save
    await tabTo('Spara');
    await sendKeys({ press: 'Enter' });
    await waitForText(list, 'Ändra genvägar');
    const saved = await app.context.shortcuts.list(PERSON, 'sv');
    expect(saved.map((s) => s.serviceId)).to.deep.equal(['contact', 'test-results', 'renew-prescription', 'sick-note']);
  });

  it('Cancel by keyboard leaves the saved shortcuts untouched', async () => {
    const page = await fixture(html`<nara-provider api=${API} clinic="vc-linden" locale="en" .getToken=${() => PATIENT_TOKEN}>
      <nara-shortcut-list></nara-shortcut-list>
    </nara-provider>`);
    const list = page.querySelector('nara-shortcut-list')!;
    await waitForText(list, 'Edit shortcuts');
    await tabTo('Edit shortcuts');
    await sendKeys({ press: 'Enter' });
    await tabTo('Remove Contact us');
    await sendKeys({ press: 'Enter' });
    await tabTo('Cancel');
    await sendKeys({ press: 'Enter' });
    await waitForText(list, 'Contact us');
    const saved = await app.context.shortcuts.list(PERSON, 'en');
    expect(saved.map((s) => s.serviceId)).to.deep.equal(['contact', 'book', 'renew-prescription', 'test-results']);
  });
});

describe('keyboard only: booking a time from the contact page', () => {
  before(async () => {
    await startBackend();
  });

  it('a signed-in patient tabs past their shortcuts into the booking picker and books the first free time', async () => {
    const page = await fixture(html`<main>
      <nara-provider api=${API} clinic="vc-linden" locale="sv" .getToken=${() => PATIENT_TOKEN}>
        <nara-shortcut-list heading="Dina genvägar"></nara-shortcut-list>
        <nara-booking-picker visit-type="physical" profession="doctor"></nara-booking-picker>
      </nara-provider>
    </main>`);
    const picker = page.querySelector('nara-booking-picker')!;
    await waitForText(page.querySelector('nara-shortcut-list')!, 'Ändra genvägar');
    await waitForText(picker, 'Första lediga tid');
    const booked = new Promise<CustomEvent>((resolve) => page.addEventListener('nara-booked', (e) => resolve(e as CustomEvent), { once: true }));

    await tabTo('Ändra genvägar'); // past the shortcuts…
    await tabTo(/^Första lediga tid/); // …into the picker
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActiveElement()?.getAttribute('role') === 'option', `focus after "Första lediga tid": ${nameOf(deepActiveElement())}`, { timeout: 6000 });
    const slot = deepActiveElement()!.getAttribute('data-slot');
    await sendKeys({ press: 'Enter' });
    await waitForText(picker, 'Stämmer det här?');
    await tabTo('Boka tiden', { max: 10 });
    await sendKeys({ press: 'Enter' });
    await waitForText(picker, 'Din tid är bokad');

    const event = await booked;
    expect(event.detail.booking.slot.id).to.equal(slot);
    const mine = await new HttpBackend({ baseUrl: API, getToken: () => PATIENT_TOKEN }).getBookings();
    expect(mine.filter((b) => b.status === 'booked').map((b) => b.slot.id)).to.include(slot);
  });
});

// The whole journey (issue #9): reason search → questions → assessment → a confirmed booking, and → a chat message.
describe('keyboard only: the care journey', () => {
  let app: Awaited<ReturnType<typeof startBackend>>['app'];
  before(async () => {
    ({ app } = await startBackend());
  });
  beforeEach(() => sessionStorage.clear());
  afterEach(() => {
    sessionStorage.clear();
    history.replaceState(null, '');
  });

  /** From the journey's menu to the triage result, by keyboard alone: a sore throat, feeling poorly (2 of 10). */
  async function toAssessment(journey: Element) {
    await waitForText(journey, 'Beskriv dina besvär');
    await tabTo(/^Beskriv dina besvär/);
    await sendKeys({ press: 'Enter' });
    await waitForText(journey, 'Först: behöver du akut hjälp?');
    await tabTo('Nej, inget av detta – fortsätt', { max: 60 });
    await sendKeys({ press: 'Enter' });
    await waitForText(journey, 'Vem gäller det?');
    await tabTo((el) => el.id === 'who-self');
    await sendKeys({ press: 'Space' });
    await tabTo('Fortsätt');
    await sendKeys({ press: 'Enter' });
    await waitForText(journey, 'Vad gäller det?');
    await waitUntil(() => deepActiveElement()?.getAttribute('role') === 'heading', 'focus on the reason heading');
    await tabTo((el) => el.id === 'reason-input');
    await sendKeys({ type: 'halsnt' }); // a typo for "halsont"
    await waitForText(journey, 'Ont i halsen');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await waitForText(journey, 'Frågor om ont i halsen');
    await tabTo((el) => !!el.closest('[data-link-id="description"]') && el.matches('textarea'));
    await sendKeys({ type: 'Ont i halsen sedan i morse, mår dåligt' });
    await tabTo((el) => !!el.closest('[data-link-id="since"]') && el.matches('input'));
    await sendKeys({ press: 'Space' }); // today
    await tabTo((el) => !!el.closest('[data-link-id="overall"]') && el.matches('input'));
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' }); // 2 of 10
    await tabTo((el) => !!el.closest('[data-link-id="can-swallow-saliva"]') && el.matches('input'));
    await sendKeys({ press: 'Space' }); // yes
    await tabTo('Till sammanfattningen', { max: 60 });
    await sendKeys({ press: 'Enter' });
    await waitForText(journey, 'Kontrollera och skicka');
    await tabTo('Skicka', { max: 60 });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => nameOf(deepActiveElement()) === 'Vår bedömning', `focus after sending: ${nameOf(deepActiveElement())}`, { timeout: 8000 });
  }

  const mount = () =>
    fixture(html`<nara-provider api=${API} clinic="vc-linden" locale="sv" .getToken=${() => PATIENT_TOKEN}>
      <nara-care-journey child-health></nara-care-journey>
    </nara-provider>`).then((p) => p.querySelector('nara-care-journey')!);

  it('from reason search to a confirmed booking of the recommended visit', async () => {
    const journey = await mount();
    const booked = new Promise<CustomEvent>((resolve) => journey.addEventListener('nara-booked', (e) => resolve(e as CustomEvent), { once: true }));
    await toAssessment(journey);
    await tabTo(/^Boka/);
    await sendKeys({ press: 'Enter' });
    await waitForText(journey, 'Första lediga tid');
    await tabTo(/^Första lediga tid/);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActiveElement()?.getAttribute('role') === 'option', `focus after "Första lediga tid": ${nameOf(deepActiveElement())}`, { timeout: 6000 });
    const slot = deepActiveElement()!.getAttribute('data-slot');
    await sendKeys({ press: 'Enter' });
    await waitForText(journey, 'Stämmer det här?');
    await tabTo('Boka tiden', { max: 10 });
    await sendKeys({ press: 'Enter' });
    await waitForText(journey, 'Din tid är bokad');
    const { detail } = await booked;
    expect(detail.booking.slot.id).to.equal(slot);
    expect(detail.booking.slot.visitType).to.equal('physical');
  });

  it('from reason search to a chat message that reaches the care team', async () => {
    const journey = await mount();
    await toAssessment(journey);
    await tabTo(/^Chatta/);
    await sendKeys({ press: 'Enter' });
    await waitForText(journey, 'Ditt meddelande');
    await tabTo((el) => el.matches('textarea'));
    await sendKeys({ type: 'Hej! Det gör ont att svälja.' });
    await sendKeys({ press: 'Enter' });
    const panel = journey.shadowRoot!.querySelector('nara-chat-panel')!;
    await waitUntil(() => !!panel.getAttribute('conversation'), 'no conversation');
    const id = panel.getAttribute('conversation')!;
    await waitUntil(async () => {
      const events = await app.context.store.conversations.listAfter(id, 0, 100);
      return events.some((e) => e.type === 'message' && 'text' in e && e.text === 'Hej! Det gör ont att svälja.');
    }, 'the message never reached the backend', { timeout: 8000 });
    await waitForText(journey, 'Hej! Det gör ont att svälja.');
  });
});
