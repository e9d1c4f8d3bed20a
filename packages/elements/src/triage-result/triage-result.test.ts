import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HttpBackend } from '@nara/client';
import type { Assessment, AssessmentRequest } from '@nara/contract';
import { createApp } from '@nara/server';
import { buildQuestionnaire, findReason, redFlagsFor, responseFromAnswers, type PlainAnswer } from '@nara/triage';
import './define.js';
import type { NaraTriageResult } from './triage-result.js';
import { deepActiveElement, visibleText } from '../../../../test/helpers/elements.js';

const app = createApp();
const backend = (locale: 'sv' | 'en' = 'sv') => new HttpBackend({ baseUrl: 'https://api.test', locale, fetch: async (r) => app.fetch(r), retries: 0 });

/** A real assessment from the server app for a reason, answers and screen "yes"es. */
async function assessed(reasonId: string, answers: Record<string, PlainAnswer>, yes: string[] = [], locale: 'sv' | 'en' = 'sv', subject: AssessmentRequest['subject'] = { kind: 'self' }) {
  const reason = findReason(reasonId)!;
  const response = responseFromAnswers(buildQuestionnaire(reason, locale), { description: 'Berättelse', ...answers });
  const redFlags = Object.fromEntries(redFlagsFor(subject.kind).map((f) => [f.id, yes.includes(f.id)]));
  return backend(locale).assess({ reasonId, response, subject, redFlags } as AssessmentRequest);
}

const medical = { since: 'days-1-3', overall: 6 };
const mount = (assessment: Assessment, locale = 'sv') =>
  fixture<NaraTriageResult>(html`<nara-triage-result locale=${locale} .assessment=${assessment}></nara-triage-result>`);
const actions = (el: NaraTriageResult) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="actions"] a, [part="actions"] button')];

describe('nara-triage-result', () => {
  it('is accessible at every urgency, which it says in words and with an icon', async () => {
    const cases: [Assessment, string][] = [
      [await assessed('forkylning', { ...medical, cough: true, breathless: 'no' }), 'Du kan ta hand om besvären själv'],
      [await assessed('ont-i-ryggen', { ...medical, since: 'weeks-1-4', 'saddle-numbness': false }), 'Boka en tid när det passar dig'],
      [await assessed('halsfluss', { ...medical, 'can-swallow-saliva': true, 'tonsil-coating': true, cough: false, temperature: 38.8 }), 'Sök vård inom några dagar'],
      [await assessed('halsfluss', { ...medical, 'can-swallow-saliva': true, 'one-sided': true }), 'Sök vård i dag'],
      [await assessed('ont-i-halsen', { ...medical, 'can-swallow-saliva': false }), 'Åk till akutmottagningen nu'],
      [await assessed('forkylning', { ...medical, breathless: 'no' }, ['chest-pain']), 'Ring 112 nu'],
    ];
    for (const [assessment, title] of cases) {
      const el = await mount(assessment);
      await expect(el).to.be.accessible();
      const heading = el.shadowRoot!.querySelector('[part="title"]')!;
      expect(heading.getAttribute('role')).to.equal('heading');
      expect(heading.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Bedömning: ${title}`);
      expect(el.shadowRoot!.querySelector('[part="banner"] svg'), 'an icon, not colour alone').to.exist;
    }
  });

  it('sends to the emergency department in sv and en, axe clean: an alert, a link to 1177\'s directory and 1177 by phone', async () => {
    for (const [locale, title, warning] of [
      ['sv', 'Åk till akutmottagningen nu', 'Det här gör att du ska åka till akutmottagningen'],
      ['en', 'Go to the emergency department now', 'This is why you should go to the emergency department'],
    ] as const) {
      const assessment = await assessed('testikel', { ...medical, 'testicle-pain': true }, [], locale, { kind: 'child', ageMonths: 168 });
      expect(assessment.urgency).to.equal('emergency-department');
      const el = await mount(assessment, locale);
      await expect(el).to.be.accessible();
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.include(title);
      expect(visibleText(el)).to.include(warning);
      expect(visibleText(el), 'no condom advice to a child').to.not.match(/kondom|condom/i);
      const steps = actions(el);
      expect((steps[0] as HTMLAnchorElement).href).to.equal('https://www.1177.se/hitta-vard/');
      expect((steps[1] as HTMLAnchorElement).href).to.equal('tel:1177');
      expect(steps.some((a) => (a as HTMLAnchorElement).href === 'tel:112'), 'not the 112 level').to.equal(false);
      const fired = oneEvent(el, 'nara-action');
      steps[0].addEventListener('click', (e) => e.preventDefault(), { once: true });
      steps[0].click();
      expect((await fired).detail).to.deep.include({ action: 'emergency-department', urgency: 'emergency-department' });
    }
  });

  it('shows an emergency as an alert whose only step is a tel:112 link, with the red flags and the advice', async () => {
    const assessment = await assessed('nedstamdhet', { ...medical, 'self-harm-thoughts': false, 'daily-life': 'little' }, ['suicidal']);
    const el = await mount(assessment);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.include('Ring 112 nu');
    const steps = actions(el);
    expect(steps.length).to.equal(1);
    expect((steps[0] as HTMLAnchorElement).href).to.equal('tel:112');
    expect(visibleText(el)).to.include('Tankar på att ta ditt liv').and.include('90101');
    expect(visibleText(el)).to.not.include('Ditt ärende passar bäst för');
    const fired = oneEvent(el, 'nara-action');
    steps[0].addEventListener('click', (e) => e.preventDefault(), { once: true }); // no real call from the test
    steps[0].click();
    expect((await fired).detail).to.deep.include({ action: 'call-112', urgency: 'emergency', assessmentId: assessment.id });
  });

  it('lets the patient pick a next step by keyboard and tells the host which', async () => {
    const assessment = await assessed('urinvagsinfektion', { ...medical, burning: true, 'flank-pain': true, temperature: 38.6 });
    const el = await mount(assessment);
    expect(actions(el).map((a) => a.textContent!.trim())).to.deep.equal(['Chatta med en sjuksköterska', 'Boka besök hos en läkare', 'Ring 1177 Vårdguiden']);
    el.focus();
    expect(deepActiveElement()?.getAttribute('part')).to.equal('title');
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Chatta med en sjuksköterska');
    await sendKeys({ press: 'Tab' });
    const fired = oneEvent(el, 'nara-action');
    await sendKeys({ press: 'Enter' });
    const { detail, bubbles, composed } = await fired;
    expect(detail).to.deep.equal({ action: 'book', visitType: 'physical', profession: 'doctor', urgency: 'urgent', assessmentId: assessment.id, reasonId: 'urinvagsinfektion' });
    expect(bubbles && composed).to.equal(true);
  });

  it('explains why with the answers, and gives self-care advice and safety-netting', async () => {
    const assessment = await assessed('forkylning', { ...medical, cough: true, breathless: 'no', temperature: 37.9 });
    const el = await mount(assessment);
    const text = visibleText(el);
    expect(text).to.include('Därför fick du det här rådet').and.include('Hostar du? Ja').and.include('37,9 °C');
    expect(text, 'no doubled punctuation').not.to.match(/\? ?:/);
    expect(text).to.include('Vila och drick mycket.').and.include('Om du blir sämre');
    expect(text).to.include('inte kliniskt validerade');
    expect(actions(el).map((a) => a.textContent!.trim())).to.deep.equal(['Jag följer egenvårdsråden', 'Chatta med en sjuksköterska']);
  });

  it('speaks English', async () => {
    const assessment = await assessed('feber-hos-barn', { ...medical, temperature: 38.3, lethargic: false, drinks: true, 'non-blanching': false, 'breathing-hard': false }, [], 'en', { kind: 'child', ageMonths: 1 });
    const el = await mount(assessment, 'en');
    expect(visibleText(el)).to.include('Call 112 now').and.include('A child under 3 months with a fever');
  });

  it('shows backend text as text, never as HTML', async () => {
    const assessment = await assessed('forkylning', { ...medical, breathless: 'no' });
    const hostile = { ...assessment, safetyNet: '<img src=x onerror=alert(1)>', selfCare: ['<script>alert(1)</script>'], why: [{ text: '<b>x</b>', answers: [] }] };
    const el = await mount(hostile);
    expect(el.shadowRoot!.querySelector('img, script, b')).to.equal(null);
    expect(visibleText(el)).to.include('<img src=x onerror=alert(1)>');
  });

  it('fits 320 px with touch targets of at least 44 px', async () => {
    const assessment = await assessed('ont-i-ryggen', { ...medical, since: 'weeks-1-4', 'saddle-numbness': false });
    const wrapper = await fixture(html`<div style="width:320px"><nara-triage-result .assessment=${assessment}></nara-triage-result></div>`);
    const el = wrapper.firstElementChild as NaraTriageResult;
    await el.updateComplete;
    for (const step of actions(el)) expect(step.getBoundingClientRect().height).to.be.at.least(44);
    expect(el.scrollWidth).to.be.at.most(320);
  });

  it('renders nothing until it has an assessment', async () => {
    const el = await fixture<NaraTriageResult>(html`<nara-triage-result></nara-triage-result>`);
    expect(el.shadowRoot!.children.length).to.equal(0);
    await expect(el).to.be.accessible();
  });
});
