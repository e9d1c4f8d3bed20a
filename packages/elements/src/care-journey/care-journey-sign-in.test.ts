import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { HttpBackend } from '@nara/client';
import type { Assessment, AssessmentRequest } from '@nara/contract';
import { buildQuestionnaire, findReason, redFlagsFor, responseFromAnswers } from '@nara/triage';
import './define.js';
import '../provider/define.js';
import type { NaraCareJourney } from './care-journey.js';
import { forgetSignIn, signedInToken } from '../base/sign-in.js';
import { API, PATIENT_TOKEN, startBackend } from '../../../../test/helpers/backend.js';
import { collect, visibleText, waitForText } from '../../../../test/helpers/elements.js';

const SIGN_IN = 'https://vardcentralen.example/logga-in';

/** A real assessment (a cold) from the server app. */
async function assessCold(): Promise<Assessment> {
  const questionnaire = buildQuestionnaire(findReason('forkylning')!, 'sv');
  const response = responseFromAnswers(questionnaire, { description: 'Snuva och hosta', since: 'days-1-3', overall: 7, cough: true, breathless: 'no' });
  const request: AssessmentRequest = {
    reasonId: 'forkylning',
    response: response as AssessmentRequest['response'],
    subject: { kind: 'self' },
    redFlags: Object.fromEntries(redFlagsFor('self').map((f) => [f.id, false])),
  };
  return new HttpBackend({ baseUrl: API, getToken: () => PATIENT_TOKEN, retries: 0 }).assess(request, { locale: 'sv' });
}

/** The buttons in the element's shadow roots, all the way down. */
function buttons(root: Element): HTMLButtonElement[] {
  const found: HTMLButtonElement[] = [];
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      if (el instanceof HTMLButtonElement) found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root.shadowRoot!);
  return found;
}

describe('nara-care-journey: sign-in without code (signin-url)', () => {
  before(async () => {
    await startBackend();
  });
  afterEach(() => {
    history.replaceState(null, '', location.pathname + location.search);
    forgetSignIn();
    sessionStorage.clear();
  });

  const mount = () =>
    fixture<NaraCareJourney>(html`<nara-care-journey api=${API} clinic="vc-linden" child-health signin-url=${SIGN_IN} no-history></nara-care-journey>`);

  it('marks the menu entries that need sign-in before the patient starts, and is accessible', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
    await waitForText(el, 'Kräver inloggning');
    const tiles = [...el.shadowRoot!.querySelectorAll('nara-shortcut-tile')];
    expect(tiles.map((t) => [t.heading, t.note ?? ''])).to.deep.equal([
      ['Beskriv dina besvär', ''],
      ['Chatta med BVC', 'Kräver inloggning'],
      ['Ärenden till sekreterare', 'Kräver inloggning'],
      ['Mina bokade tider', 'Kräver inloggning'],
    ]);
  });

  it('keeps the menu\'s height when the host\'s token arrives after the menu shows (the notes change, not the tiles)', async () => {
    let giveToken: (token: string) => void = () => {};
    const token = new Promise<string>((resolve) => (giveToken = resolve));
    const provider = await fixture(
      html`<nara-provider api=${API} clinic="vc-linden" .getToken=${() => token}><nara-care-journey child-health no-history></nara-care-journey></nara-provider>`,
    );
    const el = provider.querySelector('nara-care-journey')!;
    await waitForText(el, 'Kräver inloggning');
    const tiles = () => [...el.shadowRoot!.querySelectorAll('nara-shortcut-tile')];
    await waitUntil(() => tiles().every((t) => t.shadowRoot?.querySelector('.heading')), 'the tiles rendered');
    const before = el.getBoundingClientRect().height;
    giveToken(PATIENT_TOKEN);
    await waitUntil(() => tiles().filter((t) => t.note === 'Du är inloggad.').length === 3, 'the notes say the patient is signed in');
    await Promise.all(tiles().map((t) => t.updateComplete));
    expect(visibleText(el)).not.to.include('Kräver inloggning');
    expect(el.getBoundingClientRect().height).to.equal(before);
    await expect(el).to.be.accessible();
  });

  it('shows "Logga in" where sign-in is needed, which goes to the sign-in page with the way back', async () => {
    const el = await mount();
    el.go({ step: 'chat', profession: 'secretary' });
    await waitForText(el, 'Du behöver logga in för att chatta med oss.');
    const signIn = buttons(el).find((b) => b.textContent!.trim() === 'Logga in');
    expect(signIn, 'a Logga in button').to.exist;
    const starts = collect(el, 'nara-sign-in');
    // the test stays on its page: the host may cancel and sign in its own way
    el.addEventListener('nara-sign-in', (e) => e.preventDefault(), { once: true });
    signIn!.click();
    expect(starts).to.have.length(1);
    const url = new URL(starts[0]!.detail.url);
    expect(url.origin + url.pathname).to.equal(SIGN_IN);
    expect(url.searchParams.get('return')).to.equal(location.href);
  });

  it('after the round trip, comes back to the chat after the assessment, signed in, with the answers sent along', async () => {
    const assessment = await assessCold();
    const el = await mount();
    const starts = collect(el, 'nara-sign-in');
    el.addEventListener('nara-sign-in', (e) => e.preventDefault());
    el.go({ step: 'form' });
    await waitUntil(() => el.shadowRoot!.querySelector('nara-symptom-form'), 'the form step never showed');
    el.shadowRoot!.querySelector('nara-symptom-form')!.dispatchEvent(
      new CustomEvent('nara-assessment', { detail: { assessment }, bubbles: true, composed: true, cancelable: true }),
    );
    await waitForText(el, 'Vår bedömning');
    el.go({ step: 'chat', profession: 'nurse', assessmentId: assessment.id });
    await waitUntil(() => buttons(el).some((b) => b.textContent!.trim() === 'Logga in'), 'no Logga in button');
    buttons(el).find((b) => b.textContent!.trim() === 'Logga in')!.click();
    el.remove();

    // the sign-in page sends the browser back with the token in the fragment
    const state = new URL(starts[0]!.detail.url).searchParams.get('state')!;
    expect(state, 'a state goes with the sign-in').to.match(/^[0-9a-f-]{36}$/);
    history.replaceState(null, '', `${location.pathname}${location.search}#nara-token=${encodeURIComponent(PATIENT_TOKEN)}&nara-state=${state}`);
    const back = await mount();
    // the token leaves the address as soon as the sign-in module is in (it loads only on such a return)
    await waitUntil(() => location.hash === '', 'the token stayed in the address', { timeout: 2000 });
    expect(signedInToken()).to.equal(PATIENT_TOKEN);
    // the kept place is read by a module of its own, loaded on such a return
    await waitUntil(() => back.step === 'chat', `back at ${back.step}, not the chat`, { timeout: 2000 });
    await waitForText(back, 'Chatt med sjuksköterska', 8000);
    const panel = back.shadowRoot!.querySelector('nara-chat-panel')!;
    expect(panel.assessmentId).to.equal(assessment.id);
    expect(visibleText(back)).not.to.include('Kräver inloggning');
    await expect(back).to.be.accessible();
    // one heading, one back and one start-over on the step, as before the round trip
    expect(visibleText(back)).not.to.include('Chatt med vården');
    const named = (name: string) => buttons(back).filter((b) => b.textContent!.trim() === name);
    expect(named('Tillbaka')).to.have.length(1);
    expect(named('Börja om')).to.have.length(1);
    named('Tillbaka')[0]!.click();
    await waitForText(back, 'Vår bedömning');
    expect(back.step).to.equal('result');
  });

  it('a provider with signin-url gives its elements the button and the token', async () => {
    sessionStorage.setItem('nara-sign-in-state', 's-1');
    history.replaceState(null, '', `${location.pathname}#keep=1&nara-token=${encodeURIComponent(PATIENT_TOKEN)}&nara-expires=2999-01-01T00:00:00Z&nara-state=s-1`);
    const provider = await fixture(html`<nara-provider api=${API} clinic="vc-linden" signin-url=${SIGN_IN}>
      <nara-care-journey child-health no-history></nara-care-journey>
    </nara-provider>`);
    const el = provider.querySelector('nara-care-journey')!;
    await waitUntil(() => !location.hash.includes('nara-token'), 'the token stayed in the address', { timeout: 2000 });
    expect(location.hash, "the host's own fragment stays").to.equal('#keep=1');
    await el.updateComplete;
    el.go({ step: 'my-bookings' });
    await waitForText(el, 'Mina bokade tider');
    await waitUntil(() => !visibleText(el).includes('Hämtar'), 'bookings never loaded', { timeout: 8000 });
    expect(visibleText(el)).not.to.include('logga in');
  });

  it('ignores a token in a link that is not the answer to its own sign-in (someone else’s token cannot sign the patient in)', async () => {
    sessionStorage.setItem('nara-sign-in-state', 'mine');
    history.replaceState(null, '', `${location.pathname}#nara-token=${encodeURIComponent(PATIENT_TOKEN)}&nara-state=theirs`);
    const el = await mount();
    await waitUntil(() => location.hash === '', 'taken out of the address all the same', { timeout: 2000 });
    expect(signedInToken()).to.equal(null);
    await waitForText(el, 'Kräver inloggning');
    history.replaceState(null, '', `${location.pathname}#nara-token=${encodeURIComponent(PATIENT_TOKEN)}`);
    await mount();
    expect(signedInToken(), 'nor without a state').to.equal(null);
  });

  it('after the host\'s own sign-in (nothing in the address), comes back to the step it left from', async () => {
    const el = await mount();
    el.addEventListener('nara-sign-in', (e) => e.preventDefault());
    el.go({ step: 'chat', profession: 'secretary' });
    await waitUntil(() => buttons(el).some((b) => b.textContent!.trim() === 'Logga in'), 'no Logga in button');
    buttons(el).find((b) => b.textContent!.trim() === 'Logga in')!.click();
    el.remove();
    const back = await mount();
    await waitUntil(() => back.step === 'chat', `back at ${back.step}, not the chat`, { timeout: 2000 });
    await waitForText(back, 'Du behöver logga in för att chatta med oss.');
    // the place is handed back once: the next visit opens on the menu
    back.remove();
    const later = await mount();
    await new Promise((next) => setTimeout(next, 50));
    expect(later.step).to.equal('menu');
  });

  it('renders its menu before it reads storage or asks for the token (each a call into the browser)', async () => {
    const getItem = Storage.prototype.getItem;
    const reads: string[] = [];
    Storage.prototype.getItem = function (this: Storage, key: string) {
      reads.push(key);
      return getItem.call(this, key);
    };
    let asked = 0;
    const provider = document.createElement('nara-provider');
    provider.setAttribute('api', API);
    provider.setAttribute('clinic', 'vc-linden');
    provider.getToken = async () => (asked++, PATIENT_TOKEN);
    const el = document.createElement('nara-care-journey');
    el.setAttribute('child-health', '');
    el.noHistory = true;
    provider.append(el);
    try {
      document.body.append(provider);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('nara-shortcut-tile')).to.have.length(4);
      expect(reads.filter((key) => key.startsWith('nara-care-journey')), 'storage read while rendering').to.deep.equal([]);
      expect(asked, 'token asked for while rendering').to.equal(0);
      await waitUntil(() => asked > 0 && reads.some((key) => key.startsWith('nara-care-journey:return')), 'neither read afterwards');
      await waitForText(el, 'Du är inloggad.');
      // once for the first render's questions together; once more at most, when the provider's configuration
      // changes while the first answer is on its way
      expect(asked, 'the token asked for once per change, not per update').to.be.at.most(2);
    } finally {
      Storage.prototype.getItem = getItem;
      provider.remove();
    }
  });
});
