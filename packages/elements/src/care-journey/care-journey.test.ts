import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HttpBackend } from '@nara/client';
import type { Assessment, AssessmentRequest } from '@nara/contract';
import { buildQuestionnaire, findReason, redFlagsFor, responseFromAnswers } from '@nara/triage';
import './define.js';
import type { NaraCareJourney } from './care-journey.js';
import { API, PATIENT_TOKEN, startBackend } from '../../../../test/helpers/backend.js';
import { collect, deepActiveElement, waitForText } from '../../../../test/helpers/elements.js';
import { headingFocused, isButton, tabTo } from '../../../../test/helpers/symptom-flow.js';

const backend = () => new HttpBackend({ baseUrl: API, getToken: () => PATIENT_TOKEN, retries: 0 });

/** A real assessment from the server app for a cold with the given answers. */
async function assessCold(answers: Record<string, string | number | boolean>, locale: 'sv' | 'en' = 'sv'): Promise<Assessment> {
  const questionnaire = buildQuestionnaire(findReason('forkylning')!, locale);
  const response = responseFromAnswers(questionnaire, { description: 'Snuva och hosta', since: 'days-1-3', overall: 7, cough: true, breathless: 'no', ...answers });
  const request: AssessmentRequest = {
    reasonId: 'forkylning',
    response: response as AssessmentRequest['response'],
    subject: { kind: 'self' },
    redFlags: Object.fromEntries(redFlagsFor('self').map((f) => [f.id, false])),
  };
  return backend().assess(request, { locale });
}

/** Hands the journey an assessment as its symptom form would. */
async function assessmentArrives(journey: NaraCareJourney, assessment: Assessment) {
  await journey.updateComplete;
  await waitUntil(() => journey.shadowRoot!.querySelector('nara-symptom-form'), 'no symptom form');
  journey.shadowRoot!.querySelector('nara-symptom-form')!.dispatchEvent(new CustomEvent('nara-assessment', { detail: { assessment }, bubbles: true, composed: true, cancelable: true }));
}

describe('nara-care-journey', () => {
  before(async () => {
    await startBackend();
  });
  afterEach(() => history.replaceState(null, ''));

  const mount = (locale = 'sv', extra = html``) =>
    fixture<NaraCareJourney>(html`<nara-care-journey api=${API} clinic="vc-linden" locale=${locale} child-health .backend=${backend()}>${extra}</nara-care-journey>`);

  it('opens on a menu of entries, accessible, with the child-health entry when asked for', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
    await waitForText(el, 'Chatta med BVC');
    const plain = await fixture<NaraCareJourney>(html`<nara-care-journey api=${API} clinic="vc-linden"></nara-care-journey>`);
    await waitForText(plain, 'Beskriv dina besvär');
    expect(plain.shadowRoot!.textContent).not.to.include('Chatta med BVC');
  });

  it('goes to the symptom form by keyboard, focuses its heading, and the back button returns to the menu', async () => {
    const el = await mount('en');
    const steps = collect(el, 'nara-journey-step');
    await tabTo((e) => e.tagName === 'BUTTON' && e.textContent!.includes('Describe your symptoms'), 'the describe entry');
    await sendKeys({ press: 'Enter' });
    await headingFocused('Describe your symptoms');
    expect(el.step).to.equal('form');
    expect(steps.map((e) => e.detail)).to.deep.equal([{ step: 'form', previous: 'menu' }]);
    await expect(el).to.be.accessible();
    history.back();
    await headingFocused('What do you need help with?');
    expect(el.step).to.equal('menu');
  });

  it('announces each new step by the heading the patient sees: the chat’s own heading, not the journey’s name for the step', async () => {
    const el = await mount();
    const region = () => el.shadowRoot!.querySelector('[role=status][aria-live=polite]')!.textContent!.trim();
    el.go({ step: 'form' });
    await waitUntil(() => region() === 'Nytt steg: Beskriv dina besvär', `form step announced (${region()})`);
    el.go({ step: 'chat', profession: 'nurse' });
    const chat = await waitUntil(() => el.shadowRoot!.querySelector('nara-chat-panel'), 'no chat panel', { timeout: 5000 }).then(() => el.shadowRoot!.querySelector('nara-chat-panel')!);
    await waitUntil(() => chat.shadowRoot?.querySelector('#chat-title'), 'the chat shows its heading', { timeout: 8000 });
    const shown = chat.shadowRoot!.querySelector('#chat-title')!.textContent!.trim();
    expect(shown).to.equal('Chatt med sjuksköterska');
    await waitUntil(() => region() === `Nytt steg: ${shown}`, `chat step announced (${region()})`, { timeout: 3000 });
    expect(region()).not.to.include('Chatt med vården');
    await expect(el).to.be.accessible();
  });

  it('shows the assessment as its own step and books the recommended visit type', async () => {
    const assessment = await assessCold({ overall: 2, breathless: 'exertion', since: 'weeks-1-4', temperature: 39.5 });
    expect(assessment.urgency).not.to.equal('emergency');
    const el = await mount();
    el.go({ step: 'form' });
    await assessmentArrives(el, assessment);
    await headingFocused('Vår bedömning');
    await expect(el).to.be.accessible();
    const result = el.shadowRoot!.querySelector('nara-triage-result')!;
    expect(result.assessment?.id).to.equal(assessment.id);
    // the result's own "book" action leads to the booking picker with the visit type it recommends
    const book = assessment.actions.find((a) => a.action === 'book')!;
    expect(book.visitType).to.equal('physical');
    {
      result.dispatchEvent(new CustomEvent('nara-action', { detail: { ...book, urgency: assessment.urgency, assessmentId: assessment.id, reasonId: assessment.reasonId }, bubbles: true, composed: true }));
      await waitUntil(() => deepActiveElement()?.id === 'step', 'focus never reached the booking step');
      // the booking picker is imported when the step is reached
      await waitUntil(() => el.shadowRoot!.querySelector('nara-booking-picker'), 'no booking picker');
      const picker = el.shadowRoot!.querySelector('nara-booking-picker')!;
      await waitForText(el, 'Boka tid');
      // one heading on the step (the picker's), one back and one start-over
      expect(el.shadowRoot!.querySelector('[role="heading"], h1, h2, h3')).to.equal(null);
      const named = (name: string) => [...el.shadowRoot!.querySelectorAll('button')].filter((b) => b.textContent!.trim() === name);
      expect(named('Tillbaka')).to.have.length(1);
      expect(named('Börja om')).to.have.length(1);
      await expect(el).to.be.accessible();
      expect(picker.visitType).to.equal(book.visitType);
      expect(picker.assessmentId).to.equal(assessment.id);
      history.back();
      await headingFocused('Vår bedömning');
    }
  });

  it('an emergency assessment shows the 112 advice with a tel:112 link first', async () => {
    const el = await mount('en');
    el.go({ step: 'form' });
    const emergency: Assessment = await backend().assess(
      {
        reasonId: 'forkylning',
        response: { resourceType: 'QuestionnaireResponse', status: 'completed' },
        subject: { kind: 'self' },
        redFlags: { 'chest-pain': true },
      },
      { locale: 'en' },
    );
    expect(emergency.urgency).to.equal('emergency');
    await assessmentArrives(el, emergency);
    await headingFocused('Call 112 now');
    const firstLink = el.shadowRoot!.querySelector('.step a') as HTMLAnchorElement;
    expect(firstLink.href).to.equal('tel:112');
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('self-care advice keeps a way to reach a nurse', async () => {
    const selfCare = await assessCold({ overall: 9, cough: false }, 'en');
    const el = await mount('en');
    el.go({ step: 'form' });
    await assessmentArrives(el, selfCare);
    await headingFocused('Our assessment');
    el.go({ step: 'self-care' });
    await headingFocused('Self-care advice');
    for (const line of selfCare.selfCare) await waitForText(el, line);
    await expect(el).to.be.accessible();
    const chat = oneEvent(el, 'nara-journey-step');
    (await tabTo(isButton('Chat with a nurse'), 'the chat button')) as HTMLElement;
    await sendKeys({ press: 'Enter' });
    expect((await chat).detail).to.deep.equal({ step: 'chat', previous: 'self-care' });
  });

  it('goes straight to a chat with a profession (direct entry) and keeps out of history when asked', async () => {
    const el = await fixture<NaraCareJourney>(html`<nara-care-journey api=${API} direct-chat="secretary" no-history></nara-care-journey>`);
    expect(el.step).to.equal('chat');
    const before = history.length;
    el.go({ step: 'menu' });
    await el.updateComplete;
    expect(history.length).to.equal(before);
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Vad vill du ha hjälp med?');
  });

  it('fits 320 px without horizontal scrolling', async () => {
    const wrapper = await fixture(html`<div style="width:320px"><nara-care-journey api=${API} clinic="vc-linden" child-health></nara-care-journey></div>`);
    const el = wrapper.firstElementChild as NaraCareJourney;
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
  });

  it('styles a step after the menu with the steps\' own styles, beside a translation note\'s', async () => {
    // after a reload on the emergency step: it is the first thing the journey shows
    history.replaceState({ naraJourney: { state: { step: 'emergency' }, depth: 1 } }, '');
    const el = await mount('ar');
    await waitUntil(() => el.shadowRoot!.querySelector('.emergency'), 'no emergency step');
    await el.updateComplete;
    const emergency = getComputedStyle(el.shadowRoot!.querySelector('.emergency')!);
    expect(emergency.borderTopWidth).to.equal('3px');
    expect(emergency.borderTopStyle).to.equal('solid');
    const note = el.shadowRoot!.querySelector('.nara-translation-note');
    expect(note, 'the translation note').to.exist;
    // the note's own style (a plain paragraph's top margin is 1em)
    expect(getComputedStyle(note!).marginTop).to.equal('0px');
    await expect(el).to.be.accessible();
  });
});
