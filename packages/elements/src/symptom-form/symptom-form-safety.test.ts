import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { setViewport } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { HttpBackend } from '@nara/client';
import type { RedFlag } from '@nara/contract';
import './define.js';
import type { NaraSymptomForm } from './symptom-form.js';
import { API, failures, resetOverrides, startBackend } from '../../../../test/helpers/backend.js';
import { collect, deepActiveElement, visibleText, waitForText } from '../../../../test/helpers/elements.js';
import { hasId, headingFocused, inItem, isButton, press, tabTo, type } from '../../../../test/helpers/symptom-flow.js';

const backend = () => new HttpBackend({ baseUrl: API, retries: 0, timeout: 3000 });
const KEY = 'nara-symptom-form:vc-linden';

/** A draft at the review step, as the form itself saves it. */
const reviewDraft = {
  step: 'review',
  redFlags: {},
  subject: 'child',
  ageYears: '3',
  ageMonths: '',
  reasonId: 'feber-hos-barn',
  response: {
    resourceType: 'QuestionnaireResponse',
    status: 'in-progress',
    item: [
      { linkId: 'description', text: 'Beskriv barnets besvär med egna ord', answer: [{ valueString: 'Feber sedan i natt' }] },
      { linkId: 'since', answer: [{ valueCoding: { system: 'https://nara.dev/fhir/CodeSystem/triage-answer', code: 'today', display: 'Sedan i dag' } }] },
      { linkId: 'overall', answer: [{ valueInteger: 5 }] },
      { linkId: 'lethargic', answer: [{ valueBoolean: false }] },
      { linkId: 'drinks', answer: [{ valueBoolean: true }] },
      { linkId: 'non-blanching', answer: [{ valueBoolean: false }] },
      { linkId: 'breathing-hard', answer: [{ valueBoolean: false }] },
    ],
  },
};

describe('nara-symptom-form: safety and resilience', () => {
  before(async () => {
    await startBackend();
  });
  // an element left over from another test may still save its draft: start every test clean
  beforeEach(() => sessionStorage.clear());
  afterEach(async () => {
    resetOverrides();
    sessionStorage.clear();
    await setViewport({ width: 800, height: 600 });
  });

  const mount = (locale: 'sv' | 'en' = 'sv', subject?: 'child') =>
    fixture<NaraSymptomForm>(html`<nara-symptom-form clinic="vc-linden" locale=${locale} subject=${subject ?? nothing} .backend=${backend()}></nara-symptom-form>`);

  it('an adult is never asked about an infant; a guardian gets the child’s emergency questions right after “who is it for”', async () => {
    const flags: RedFlag[] = await backend().getRedFlags(undefined, { locale: 'sv' });
    const childFlags = flags.filter((f) => f.audience === 'child').map((f) => f.id);
    expect(childFlags.length).to.be.greaterThan(0);
    const shown = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-flag]')].map((c) => c.dataset.flag!);
    const el = await mount();
    await waitUntil(() => shown(el).length > 0, 'no screen');
    expect(shown(el).filter((id) => childFlags.includes(id))).to.deep.equal([]);
    expect(shown(el)).to.have.length(flags.length - childFlags.length);
    // for a child: the child's questions come after the age
    await tabTo(isButton('Nej, inget av detta – fortsätt'), 'none');
    await press('Enter');
    await headingFocused('Vem gäller det?');
    await tabTo(hasId('who-self'), 'radio');
    await press('ArrowDown'); // moves to and checks "my child"
    await waitUntil(() => el.shadowRoot!.getElementById('age-years'));
    await tabTo(hasId('age-years'), 'age');
    await type('0');
    await tabTo(hasId('age-months'), 'months');
    await type('2');
    await tabTo(isButton('Fortsätt'), 'next');
    await press('Enter');
    await headingFocused('Några frågor till om barnet');
    expect(shown(el)).to.deep.equal(childFlags);
    await expect(el).to.be.accessible();
    const emergencies = collect(el, 'nara-emergency');
    await tabTo((e) => (e as HTMLElement).dataset?.flag === 'infant-fever', 'infant fever');
    await press('Space');
    await headingFocused('Ring 112 nu');
    expect(el.shadowRoot!.querySelector('.emergency a')!.getAttribute('href')).to.equal('tel:112');
    expect(emergencies.map((e) => e.detail.redFlags)).to.deep.equal([['infant-fever']]);
  });

  it('for oneself, the questions follow the screen with no child question, and every flag is answered “no” in the request', async () => {
    const el = await mount();
    await waitUntil(() => el.shadowRoot!.querySelector('[data-flag]'), 'no screen');
    await tabTo(isButton('Nej, inget av detta – fortsätt'), 'none');
    await press('Enter');
    await headingFocused('Vem gäller det?');
    await tabTo(hasId('who-self'), 'self');
    await press('Space');
    await tabTo(isButton('Fortsätt'), 'next');
    await press('Enter');
    await headingFocused('Vad gäller det?');
    expect(visibleText(el)).not.to.contain('Några frågor till');
  });

  for (const locale of ['sv', 'en'] as const) {
    it(`${locale}: every red flag from the backend leads straight to the 112 advice, tel:112 first`, async () => {
      const flags: RedFlag[] = await backend().getRedFlags(undefined, { locale });
      expect(flags.length).to.be.greaterThan(10);
      // a guardian who said beforehand it is about a child gets every flag on the first screen
      const el = await mount(locale, 'child');
      const emergencies = collect(el, 'nara-emergency');
      const heading = locale === 'sv' ? 'Ring 112 nu' : 'Call 112 now';
      await waitUntil(() => el.shadowRoot!.querySelectorAll('[data-flag]').length === flags.length, 'not every flag is asked', { timeout: 5000 });
      for (const [i, flag] of flags.entries()) {
        await tabTo((e) => (e as HTMLElement).dataset?.flag === flag.id, flag.id);
        await press('Space');
        await headingFocused(heading);
        const panel = el.shadowRoot!.querySelector('.emergency')!;
        const firstAction = panel.querySelector('a, button')!;
        expect(firstAction.getAttribute('href'), flag.id).to.equal('tel:112');
        expect(visibleText(panel)).to.contain(flag.question);
        if (flag.advice) expect(visibleText(panel)).to.contain(flag.advice);
        expect(emergencies[i].detail.redFlags, flag.id).to.deep.equal([flag.id]);
        if (i === 0) await expect(el).to.be.accessible();
        // "I ticked by mistake" goes back to the questions, nothing ticked
        await tabTo(isButton(locale === 'sv' ? 'Jag kryssade fel – tillbaka till frågorna' : 'I ticked by mistake – back to the questions'), 'undo');
        await press('Enter');
        await waitUntil(() => el.shadowRoot!.querySelector('[data-flag]'));
        expect([...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[data-flag]')].some((c) => c.checked)).to.equal(false);
      }
      expect(emergencies).to.have.length(flags.length);
    });
  }

  it('a red flag the backend finds in the answers also ends in the emergency advice', async () => {
    sessionStorage.setItem(KEY, JSON.stringify({ ...reviewDraft, response: { ...reviewDraft.response, item: reviewDraft.response.item.map((i) => (i.linkId === 'non-blanching' ? { ...i, answer: [{ valueBoolean: true }] } : i)) } }));
    const el = await mount('sv');
    const emergencies = collect(el, 'nara-emergency');
    await waitForText(el, 'Kontrollera och skicka');
    await tabTo(isButton('Skicka'), 'send');
    await press('Enter');
    await waitUntil(() => el.shadowRoot!.querySelector('nara-triage-result')?.shadowRoot?.querySelector('[href="tel:112"]'), 'no 112 in the result');
    expect(emergencies).to.have.length(1);
    expect(emergencies[0].detail.redFlags.length).to.be.greaterThan(0);
    const result = el.shadowRoot!.querySelector('nara-triage-result')!;
    expect(result.assessment!.urgency).to.equal('emergency');
    expect(result.shadowRoot!.querySelector('a, button')!.getAttribute('href')).to.equal('tel:112');
  });

  for (const [name, failure] of [
    ['a 500', () => failures.status('post', '/v1/assessments', 500, 'server')],
    ['a network failure', () => failures.network('post', '/v1/assessments')],
  ] as const) {
    it(`when sending fails with ${name}, every answer stays, an alert says so, and retry sends`, async () => {
      const { use } = await startBackend();
      use(failure());
      sessionStorage.setItem(KEY, JSON.stringify(reviewDraft));
      const el = await mount('sv');
      const errors = collect(el, 'nara-error');
      const assessments = collect(el, 'nara-assessment');
      await waitForText(el, 'Kontrollera och skicka');
      expect(visibleText(el)).to.contain('Vi har hämtat dina svar från tidigare.');
      await tabTo(isButton('Skicka'), 'send');
      await press('Enter');
      await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no alert');
      expect(errors).to.have.length(1);
      expect(visibleText(el)).to.contain('Dina svar är kvar. Försök skicka igen.');
      expect(visibleText(el)).to.contain('Feber sedan i natt');
      expect(visibleText(el)).to.contain('Mitt barn, 3 år');
      expect(JSON.parse(sessionStorage.getItem(KEY)!).response.item[0].answer[0].valueString).to.equal('Feber sedan i natt');
      await waitUntil(() => (deepActiveElement() as HTMLElement | null)?.dataset.action === 'retry', 'focus never moved to retry');
      await expect(el).to.be.accessible();
      resetOverrides();
      await press('Enter');
      await waitUntil(() => assessments.length === 1, 'retry never sent');
      expect(assessments[0].detail.assessment.reasonId).to.equal('feber-hos-barn');
      expect(sessionStorage.getItem(KEY)).to.equal(null);
    });
  }

  it('a questionnaire that fails to load shows an error with retry, without retrying on its own', async () => {
    const { use } = await startBackend();
    let calls = 0;
    use(
      http.get(`${API}/v1/questionnaires/:id`, () => {
        calls++;
        return HttpResponse.json({ title: 'Failure', status: 503, code: 'unavailable' }, { status: 503, headers: { 'Content-Type': 'application/problem+json' } });
      }),
    );
    sessionStorage.setItem(KEY, JSON.stringify({ ...reviewDraft, step: 'questions' }));
    const el = await mount('sv');
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no alert', { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 500));
    expect(calls).to.equal(1);
    await expect(el).to.be.accessible();
    resetOverrides();
    await tabTo(isButton('Försök igen'), 'retry', 20, true);
    await press('Enter');
    await waitUntil(() => el.shadowRoot!.querySelector('nara-questionnaire')?.shadowRoot?.querySelector('textarea'), 'never loaded', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('nara-questionnaire')!.shadowRoot!.querySelector('textarea')!.value).to.equal('Feber sedan i natt');
  });

  it('when the emergency questions cannot load, the error offers retry and 112 stays one link away', async () => {
    const { use } = await startBackend();
    use(failures.network('get', '/v1/red-flags'));
    const el = await mount('en');
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no alert', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('.always-112 a')!.getAttribute('href')).to.equal('tel:112');
    expect(visibleText(el)).to.contain('Is it life-threatening? Do not wait – Call 112');
    await expect(el).to.be.accessible();
    resetOverrides();
    (el.shadowRoot!.querySelector('[role="alert"] button') as HTMLElement).click();
    await waitForText(el, 'First: do you need emergency help?', 5000);
  });

  it('a reload in the same tab restores the draft at the same step, with everything typed; cancel forgets it', async () => {
    let el = await mount('sv');
    await waitForText(el, 'Först: behöver du akut hjälp?');
    await tabTo(isButton('Nej, inget av detta – fortsätt'), 'none');
    await press('Enter');
    await headingFocused('Vem gäller det?');
    await tabTo(hasId('who-self'), 'radio');
    await press('Space');
    await tabTo(isButton('Fortsätt'), 'next');
    await press('Enter');
    await tabTo(isButton('Ont i halsen'), 'quick pick');
    await press('Enter');
    const q = () => el.shadowRoot!.querySelector('nara-questionnaire')!;
    await waitUntil(() => q()?.shadowRoot?.querySelector('textarea'));
    await tabTo(inItem('description', 'textarea'), 'description');
    await type('Det river i halsen');
    el.remove(); // the tab reloads

    el = await mount('sv');
    await waitUntil(() => q()?.shadowRoot?.querySelector('textarea'), 'the questions step was not restored');
    expect(q().shadowRoot!.querySelector('textarea')!.value).to.equal('Det river i halsen');
    expect(visibleText(el)).to.contain('Vi har hämtat dina svar från tidigare.');
    expect(localStorage.length, 'nothing in localStorage').to.equal(0);
    const cancels = collect(el, 'nara-cancel');
    await tabTo(isButton('Avbryt'), 'cancel');
    await press('Enter');
    await headingFocused('Först: behöver du akut hjälp?');
    expect(cancels).to.have.length(1);
    expect(JSON.parse(sessionStorage.getItem(KEY)!).step).to.equal('screen');
    expect(JSON.parse(sessionStorage.getItem(KEY)!).reasonId).to.equal(undefined);
  });

  it('sending at once after a restore waits for the emergency questions, so every one is answered', async () => {
    sessionStorage.setItem(KEY, JSON.stringify(reviewDraft));
    const el = await mount('en');
    const submits = collect(el, 'nara-submit');
    const assessments = collect(el, 'nara-assessment');
    (el.shadowRoot!.querySelector('[data-action="submit"]') as HTMLElement).click();
    await waitUntil(() => assessments.length === 1, 'never assessed', { timeout: 5000 });
    const flags = await backend().getRedFlags();
    expect(Object.keys(submits[0].detail.request!.redFlags).sort()).to.deep.equal(flags.map((f) => f.id).sort());
  });

  it('drafts are kept per clinic', async () => {
    sessionStorage.setItem('nara-symptom-form:vc-other', JSON.stringify(reviewDraft));
    const el = await mount('sv');
    await waitForText(el, 'Först: behöver du akut hjälp?');
  });

  it('fits 320 px with no horizontal scroll at every step', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await mount('sv');
    const fits = (step: string) => expect(document.documentElement.scrollWidth, step).to.be.at.most(320);
    await waitForText(el, 'Först: behöver du akut hjälp?');
    fits('screen');
    (el.shadowRoot!.querySelector('[data-flag]') as HTMLInputElement).click();
    await waitForText(el, 'Ring 112 nu');
    fits('emergency');
    (el.shadowRoot!.querySelector('[data-action="undo"]') as HTMLElement).click();
    await waitUntil(() => el.shadowRoot!.querySelector('[data-action="none"]'));
    (el.shadowRoot!.querySelector('[data-action="none"]') as HTMLElement).click();
    await waitForText(el, 'Vem gäller det?');
    (el.shadowRoot!.getElementById('who-child') as HTMLElement).click();
    await el.updateComplete;
    fits('who');
    sessionStorage.setItem(KEY, JSON.stringify({ ...reviewDraft, step: 'reason' }));
    el.remove();
    const again = await mount('sv');
    await waitForText(again, 'Vad gäller det?');
    const input = again.shadowRoot!.getElementById('reason-input') as HTMLInputElement;
    input.focus();
    await type('feber');
    await waitUntil(() => input.getAttribute('aria-expanded') === 'true');
    fits('reason');
    await press('ArrowDown');
    await press('Enter');
    await waitUntil(() => again.shadowRoot!.querySelector('nara-questionnaire')?.shadowRoot?.querySelector('textarea'), 'no questions', { timeout: 5000 });
    fits('questions');
    sessionStorage.setItem(KEY, JSON.stringify(reviewDraft));
    again.remove();
    const review = await mount('sv');
    await waitForText(review, 'Kontrollera och skicka');
    fits('review');
    (review.shadowRoot!.querySelector('[data-action="submit"]') as HTMLElement).click();
    await waitUntil(() => review.shadowRoot!.querySelector('nara-triage-result')?.shadowRoot?.querySelector('article'), 'no result', { timeout: 5000 });
    fits('result');
  });
});
