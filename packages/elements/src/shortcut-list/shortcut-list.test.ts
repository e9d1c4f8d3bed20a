import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { NaraShortcutList } from './shortcut-list.js';
import { API, PATIENT_TOKEN, failures, resetOverrides, startBackend } from '../../../../test/helpers/backend.js';
import { collect, deepActiveElement, waitForText } from '../../../../test/helpers/elements.js';
import { HttpBackend } from '@nara/client';

const PERSON = '191212121212';
type App = Awaited<ReturnType<typeof startBackend>>['app'];

const rows = (el: NaraShortcutList) => [...el.shadowRoot!.querySelectorAll('.edit-list li .title')].map((t) => t.textContent);
const button = (el: NaraShortcutList, text: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === text || b.getAttribute('aria-label') === text) as HTMLButtonElement;

describe('nara-shortcut-list', () => {
  let app: App;
  let use: Awaited<ReturnType<typeof startBackend>>['use'];

  before(async () => {
    ({ app, use } = await startBackend());
  });
  beforeEach(async () => {
    await app.context.shortcuts.save(
      PERSON,
      { shortcuts: ['book', 'renew-prescription', 'test-results'].map((serviceId) => ({ clinic: 'vc-linden', serviceId })) },
      'sv',
    );
  });
  afterEach(() => resetOverrides());

  const mount = async (locale = 'sv') => {
    const el = await fixture<NaraShortcutList>(html`<nara-shortcut-list clinic="vc-linden" locale=${locale} .backend=${new HttpBackend({ baseUrl: API, getToken: () => PATIENT_TOKEN, retries: 0, timeout: 1000 })}></nara-shortcut-list>`);
    return el;
  };

  it('loading, then the patient\'s tiles in their order — accessible in both states', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
    await waitForText(el, 'Förnya recept');
    await expect(el).to.be.accessible();
    const headings = [...el.shadowRoot!.querySelectorAll('nara-shortcut-tile')].map((t) => t.heading);
    expect(headings).to.deep.equal(['Boka tid', 'Förnya recept', 'Provsvar']);
  });

  it('a load overtaken by a newer one (another backend: a provider arriving) never writes its late failure over the newer list', async () => {
    const good = new HttpBackend({ baseUrl: API, getToken: () => PATIENT_TOKEN, retries: 0, timeout: 1000 });
    let failLate!: (error: Error) => void;
    const slow = Object.assign(Object.create(good), { getShortcuts: () => new Promise((_, reject) => (failLate = reject)) });
    const el = await fixture<NaraShortcutList>(html`<nara-shortcut-list clinic="vc-linden" .backend=${slow}></nara-shortcut-list>`);
    await waitUntil(() => failLate, 'the first load asked for the shortcuts', { timeout: 4000 });
    el.backend = good;
    await waitForText(el, 'Förnya recept');
    failLate(new Error('the first backend failed, late'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? '', 'no error from the overtaken load').to.equal('');
    expect([...el.shadowRoot!.querySelectorAll('nara-shortcut-tile')].map((t) => t.heading)).to.deep.equal(['Boka tid', 'Förnya recept', 'Provsvar']);
  });

  it('a backend arriving while the first load waits for the idle page: only the newer backend is asked, once', async () => {
    const calls = { first: 0, second: 0 };
    const counting = (name: keyof typeof calls) => {
      const backend = new HttpBackend({ baseUrl: API, getToken: () => PATIENT_TOKEN, retries: 0, timeout: 1000 });
      const getShortcuts = backend.getShortcuts.bind(backend);
      return Object.assign(backend, { getShortcuts: (...args: Parameters<typeof getShortcuts>) => (calls[name]++, getShortcuts(...args)) });
    };
    const el = document.createElement('nara-shortcut-list') as NaraShortcutList;
    el.setAttribute('clinic', 'vc-linden');
    el.backend = counting('first');
    document.body.append(el);
    try {
      await el.updateComplete;
      el.backend = counting('second');
      await waitForText(el, 'Förnya recept');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(calls).to.deep.equal({ first: 0, second: 1 });
    } finally {
      el.remove();
    }
  });

  it('an empty list invites the patient to add shortcuts, accessibly', async () => {
    await app.context.shortcuts.save(PERSON, { shortcuts: [] }, 'sv');
    const el = await mount('en');
    await waitForText(el, 'You have no shortcuts yet');
    await expect(el).to.be.accessible();
  });

  it('a patient reorders by keyboard alone, and the new order is saved to the backend', async () => {
    const el = await mount('en');
    await waitForText(el, 'Edit shortcuts');
    button(el, 'Edit shortcuts').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => rows(el).length === 3);
    await expect(el).to.be.accessible();
    // the editor's styles came with it: each row lays out its handle, title and buttons in a line, unbulleted
    const row = el.shadowRoot!.querySelector('.edit-list li')!;
    expect(getComputedStyle(row).display).to.equal('flex');
    expect(getComputedStyle(row).listStyleType).to.equal('none');

    // "Move Test results up" twice with the buttons: focus stays with the moved shortcut
    button(el, 'Move Test results up').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(rows(el)).to.deep.equal(['Book an appointment', 'Test results', 'Renew a prescription']);
    expect(deepActiveElement()?.getAttribute('aria-label')).to.equal('Move Test results up');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(rows(el)).to.deep.equal(['Test results', 'Book an appointment', 'Renew a prescription']);
    // at the top "up" is disabled, so focus moved to "down"
    expect(deepActiveElement()?.getAttribute('aria-label')).to.equal('Move Test results down');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.include('Test results moved to position 1 of 3');

    // Alt+Arrow Down on a row moves it too
    button(el, 'Move Book an appointment down').focus();
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ up: 'Alt' });
    await el.updateComplete;
    expect(rows(el)).to.deep.equal(['Test results', 'Renew a prescription', 'Book an appointment']);

    const changed = oneEvent(el, 'nara-shortcuts-change');
    button(el, 'Save').focus();
    await sendKeys({ press: 'Enter' });
    const { detail } = await changed;
    expect(detail.shortcuts.map((s: { serviceId: string }) => s.serviceId)).to.deep.equal(['test-results', 'renew-prescription', 'book']);
    expect((await app.context.store.shortcuts.get(PERSON)).map((r) => r.serviceId)).to.deep.equal(['test-results', 'renew-prescription', 'book']);
    await expect(el).to.be.accessible();
  });

  it('adds a clinic service and removes one', async () => {
    const el = await mount('sv');
    await waitForText(el, 'Ändra genvägar');
    button(el, 'Ändra genvägar').click();
    await waitUntil(() => rows(el).length === 3);
    button(el, 'Ta bort Förnya recept').click();
    await el.updateComplete;
    expect(deepActiveElement()?.getAttribute('aria-label')).to.equal('Ta bort Provsvar');
    [...el.shadowRoot!.querySelectorAll('.add-list button')].find((b) => b.textContent!.includes('Sjukintyg'))!.dispatchEvent(new MouseEvent('click'));
    await el.updateComplete;
    expect(rows(el)).to.deep.equal(['Boka tid', 'Provsvar', 'Sjukintyg']);
    await expect(el).to.be.accessible();
    button(el, 'Spara').click();
    await waitForText(el, 'Dina genvägar är sparade');
    expect((await app.context.store.shortcuts.get(PERSON)).map((r) => r.serviceId)).to.deep.equal(['book', 'test-results', 'sick-note']);
  });

  it('reorders by dragging the handle with a pointer', async () => {
    const el = await mount('en');
    await waitForText(el, 'Edit shortcuts');
    button(el, 'Edit shortcuts').click();
    await waitUntil(() => rows(el).length === 3);
    const handles = el.shadowRoot!.querySelectorAll<HTMLElement>('.handle');
    const items = el.shadowRoot!.querySelectorAll<HTMLElement>('.edit-list li');
    const last = items[2].getBoundingClientRect();
    const init = { bubbles: true, pointerId: 1, button: 0, isPrimary: true };
    handles[0].dispatchEvent(new PointerEvent('pointerdown', { ...init, clientY: items[0].getBoundingClientRect().top + 5 }));
    handles[0].dispatchEvent(new PointerEvent('pointermove', { ...init, clientY: last.bottom - 2 }));
    handles[0].dispatchEvent(new PointerEvent('pointerup', { ...init, clientY: last.bottom - 2 }));
    await el.updateComplete;
    expect(rows(el)).to.deep.equal(['Renew a prescription', 'Test results', 'Book an appointment']);
  });

  it('a failed save shows a clear message, keeps the edited order, and saves on retry', async () => {
    const el = await mount('en');
    await waitForText(el, 'Edit shortcuts');
    button(el, 'Edit shortcuts').click();
    await waitUntil(() => rows(el).length === 3);
    button(el, 'Move Test results up').click();
    use(failures.status('put', '/v1/shortcuts', 500, 'server'));
    const errors = collect(el, 'nara-error');
    button(el, 'Save').click();
    await waitForText(el, 'Something went wrong on our side');
    expect(errors[0].detail.code).to.equal('server');
    expect(rows(el)).to.deep.equal(['Book an appointment', 'Test results', 'Renew a prescription']);
    await expect(el).to.be.accessible();
    resetOverrides();
    button(el, 'Save').click();
    await waitForText(el, 'Your shortcuts are saved');
    expect((await app.context.store.shortcuts.get(PERSON)).map((r) => r.serviceId)).to.deep.equal(['book', 'test-results', 'renew-prescription']);
  });

  it('a backend answering garbage shows a clear message, fires nara-error, and retries', async () => {
    use(failures.garbage('get', '/v1/shortcuts'));
    const el = await fixture<NaraShortcutList>(html`<div></div>`).then(async () => {
      const list = document.createElement('nara-shortcut-list');
      const errors = collect(list, 'nara-error');
      Object.assign(list, { clinic: 'vc-linden', locale: 'en', backend: new HttpBackend({ baseUrl: API, getToken: () => PATIENT_TOKEN, retries: 0 }) });
      document.body.append(list);
      await waitForText(list, 'We received an answer we cannot read');
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['contract']);
      return list;
    });
    await expect(el).to.be.accessible();
    resetOverrides();
    button(el, 'Try again').click();
    await waitForText(el, 'Renew a prescription');
    el.remove();
  });

  it('asks the host to sign the patient in on 401, and loads after retry()', async () => {
    let token: string | null = null;
    const list = document.createElement('nara-shortcut-list');
    Object.assign(list, { locale: 'en', backend: new HttpBackend({ baseUrl: API, getToken: () => token, retries: 0 }) });
    const authRequired = oneEvent(list, 'nara-auth-required');
    document.body.append(list);
    const { detail } = await authRequired;
    // not signed in is not an error: a note, no alert, and no "Try again" that could not help
    await waitForText(list, 'Sign in to see your shortcuts.');
    expect(list.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect([...list.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal([]);
    await expect(list).to.be.accessible();
    token = PATIENT_TOKEN;
    detail.retry();
    await waitForText(list, 'Renew a prescription');
    list.remove();
  });

  it('signed out, offers "Logga in" when a sign-in page is known', async () => {
    const list = document.createElement('nara-shortcut-list');
    Object.assign(list, { signinUrl: 'https://vardcentralen.example/logga-in', backend: new HttpBackend({ baseUrl: API, getToken: () => null, retries: 0 }) });
    document.body.append(list);
    try {
      await waitForText(list, 'Logga in för att se dina genvägar.');
      const signIn = [...list.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Logga in');
      expect(signIn, 'a Logga in button').to.exist;
      const starts: string[] = [];
      list.addEventListener('nara-sign-in', (e) => (e.preventDefault(), starts.push((e as CustomEvent<{ url: string }>).detail.url)));
      signIn!.click();
      expect(new URL(starts[0]!).origin).to.equal('https://vardcentralen.example');
      await expect(list).to.be.accessible();
    } finally {
      list.remove();
    }
  });
});
