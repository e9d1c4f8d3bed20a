import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { HttpBackend } from '@nara/client';
import './define.js';
import type { NaraSymptomForm } from './symptom-form.js';
import { API, startBackend, resetOverrides } from '../../../../test/helpers/backend.js';
import { collect, deepActiveElement, visibleText, waitForText } from '../../../../test/helpers/elements.js';
import { hasId, headingFocused, inItem, isButton, press, tabTo, type } from '../../../../test/helpers/symptom-flow.js';

const backend = () => new HttpBackend({ baseUrl: API, retries: 0, timeout: 3000 });
const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

const texts = {
  sv: {
    screen: 'Först: behöver du akut hjälp?',
    none: 'Nej, inget av detta – fortsätt',
    who: 'Vem gäller det?',
    next: 'Fortsätt',
    reason: 'Vad gäller det?',
    query: 'halsnt', // a typo for "halsont", a synonym of "Ont i halsen"
    title: 'Ont i halsen',
    questions: 'Frågor om ont i halsen',
    toReview: 'Till sammanfattningen',
    review: 'Kontrollera och skicka',
    send: 'Skicka',
    result: 'Bedömning',
    self: 'Mig själv',
  },
  en: {
    screen: 'First: do you need emergency help?',
    none: 'No, none of this – continue',
    who: 'Who is it for?',
    next: 'Continue',
    reason: 'What is it about?',
    query: 'sore thraot',
    title: 'Sore throat',
    questions: 'Questions about sore throat',
    toReview: 'To the summary',
    review: 'Check and send',
    send: 'Send',
    result: 'Assessment',
    self: 'Myself',
  },
};

/** Drives the form from the emergency screen to the review by keyboard alone, checking axe at every step. */
export async function keyboardToReview(el: NaraSymptomForm, locale: 'sv' | 'en', description = 'Ont sedan i går, värre på morgonen.') {
  const t = texts[locale];
  await waitForText(el, t.screen);
  await expect(el).to.be.accessible();

  await tabTo(isButton(t.none), 'the no-emergency button');
  await press('Enter');
  await headingFocused(t.who);
  await expect(el).to.be.accessible();

  await tabTo(hasId('who-self'), 'the "myself" radio');
  await press('Space');
  await tabTo(isButton(t.next), 'continue');
  await press('Enter');
  await headingFocused(t.reason);
  await expect(el).to.be.accessible();

  const input = (await tabTo(hasId('reason-input'), 'the reason search')) as HTMLInputElement;
  await type(t.query);
  await waitUntil(() => input.getAttribute('aria-expanded') === 'true', 'the listbox never opened');
  const status = el.shadowRoot!.querySelector('.combobox [role="status"]')!;
  await waitUntil(() => /\d/.test(status.textContent!), 'the result count was never announced');
  await press('ArrowDown');
  await el.updateComplete;
  const active = el.shadowRoot!.getElementById(input.getAttribute('aria-activedescendant')!)!;
  expect(active.getAttribute('role')).to.equal('option');
  expect(active.getAttribute('aria-selected')).to.equal('true');
  expect(active.querySelector('.option-title')!.textContent).to.equal(t.title);
  await expect(el).to.be.accessible();
  await press('Enter');
  await headingFocused(t.questions);
  await waitUntil(() => el.shadowRoot!.querySelector('nara-questionnaire')?.shadowRoot?.querySelector('[data-link-id="description"] textarea'), 'no questionnaire');
  await expect(el).to.be.accessible();

  await tabTo(inItem('description', 'textarea'), 'the description');
  await type(description);
  await tabTo(inItem('since', 'input'), 'since');
  await press('Space'); // the first option
  await tabTo(inItem('overall'), 'overall'); // a slider 0–10
  await press('Home');
  for (let i = 0; i < 6; i++) await press('ArrowRight');
  await tabTo(inItem('can-swallow-saliva', 'input'), 'saliva');
  await press('Space'); // yes
  await tabTo(isButton(t.toReview), 'to the summary');
  await press('Enter');
  await headingFocused(t.review);
  await expect(el).to.be.accessible();
}

describe('nara-symptom-form', () => {
  before(async () => {
    await startBackend();
  });
  // an element left over from another test may still save its draft: start every test clean
  beforeEach(() => sessionStorage.clear());
  afterEach(() => {
    resetOverrides();
    sessionStorage.clear();
  });

  const mount = (locale: 'sv' | 'en' = 'sv') =>
    fixture<NaraSymptomForm>(html`<nara-symptom-form clinic="vc-linden" locale=${locale} .backend=${backend()}></nara-symptom-form>`);

  for (const locale of ['sv', 'en'] as const) {
    it(`${locale}: a patient goes from the emergency screen to an assessment by keyboard alone, axe-clean at every step`, async () => {
      const t = texts[locale];
      const el = await mount(locale);
      const submits = collect(el, 'nara-submit');
      const assessments = collect(el, 'nara-assessment');
      await keyboardToReview(el, locale, 'Ont sedan i går');
      const text = visibleText(el);
      expect(text).to.contain(t.title);
      expect(text).to.contain('Ont sedan i går');
      expect(text).to.contain(t.self);
      expect(sessionStorage.getItem('nara-symptom-form:vc-linden')).to.contain('Ont sedan i går');

      await tabTo(isButton(t.send), 'send');
      await press('Enter');
      const errors = collect(el, 'nara-error');
      await waitUntil(() => assessments.length === 1 || errors.length > 0, 'no assessment');
      expect(errors.map((e) => e.detail.message)).to.deep.equal([]);
      expect(submits).to.have.length(1);
      const { request } = submits[0].detail;
      expect(request!.reasonId).to.equal('ont-i-halsen');
      expect(request!.subject).to.deep.equal({ kind: 'self' });
      expect(Object.values(request!.redFlags).every((v) => v === false)).to.equal(true);
      expect(Object.keys(request!.redFlags).length).to.be.greaterThan(10);
      expect(request!.response.status).to.equal('completed');
      const answered = (id: string) => request!.response.item!.find((i) => i.linkId === id)?.answer;
      expect(answered('description')).to.deep.equal([{ valueString: 'Ont sedan i går' }]);
      expect(answered('overall')).to.deep.equal([{ valueInteger: 6 }]);
      expect(answered('can-swallow-saliva')).to.deep.equal([{ valueBoolean: true }]);
      expect(assessments[0].detail.assessment.reasonId).to.equal('ont-i-halsen');

      const result = el.shadowRoot!.querySelector('nara-triage-result')!;
      await waitUntil(() => deepActiveElement()?.id === 'title', 'focus never moved to the result');
      expect(result.assessment).to.deep.equal(assessments[0].detail.assessment);
      await waitForText(el, t.result);
      await expect(el).to.be.accessible();
      expect(sessionStorage.getItem('nara-symptom-form:vc-linden'), 'the draft is cleared on submit').to.equal(null);
    });
  }

  it('a guardian answers for a child: the age is asked, checked, and sent; only child and any reasons are searched', async () => {
    const el = await mount('sv');
    const submits = collect(el, 'nara-submit');
    await waitForText(el, texts.sv.screen);
    await tabTo(isButton(texts.sv.none), 'none');
    await press('Enter');
    await headingFocused(texts.sv.who);
    await tabTo(hasId('who-self'), 'radio');
    await press('ArrowDown'); // moves to and checks "my child"
    await waitUntil(() => el.shadowRoot!.getElementById('age-years'));
    await tabTo(hasId('age-years'), 'years');
    await type('x');
    await tabTo(isButton(texts.sv.next), 'continue');
    await press('Enter');
    await waitUntil(() => deepActiveElement()?.classList.contains('error-summary'), 'focus never moved to the error summary');
    expect(visibleText(el)).to.contain('Skriv barnets ålder i hela år, 0–17.');
    expect(el.shadowRoot!.getElementById('age-years')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    await tabTo(hasId('age-years'), 'years', 20);
    await press('Backspace');
    await type('1');
    await tabTo(hasId('age-months'), 'months');
    await type('4');
    await tabTo(isButton(texts.sv.next), 'continue');
    await press('Enter');
    // the child's own emergency questions, asked now that we know it is a child
    await headingFocused('Några frågor till om barnet');
    await tabTo(isButton(texts.sv.none), 'none');
    await press('Enter');
    await headingFocused(texts.sv.reason);
    const input = (await tabTo(hasId('reason-input'), 'search')) as HTMLInputElement;
    await type('feber');
    await waitUntil(() => input.getAttribute('aria-expanded') === 'true');
    const titles = [...el.shadowRoot!.querySelectorAll('[role="option"] .option-title')].map((o) => o.textContent);
    expect(titles[0]).to.equal('Feber hos barn');
    expect(titles).not.to.include('Feber'); // the adult reason is not offered for a child
    // the form's own quick picks are for children too
    expect([...el.shadowRoot!.querySelectorAll('.picks button')].map((b) => b.textContent!.trim())).to.include('Feber hos barn');
    await press('Escape');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(input.value).to.equal('feber');
    await press('Escape');
    expect(input.value).to.equal('');
    // choose a quick pick by keyboard
    await tabTo(isButton('Feber hos barn'), 'quick pick');
    await press('Enter');
    await headingFocused('Frågor om feber hos barn');
    expect(JSON.parse(sessionStorage.getItem('nara-symptom-form:vc-linden')!)).to.include({ subject: 'child', ageYears: '1', ageMonths: '4', reasonId: 'feber-hos-barn' });
    void submits;
  });

  it('the review links back to every step, and the answers survive the round trip', async () => {
    const el = await mount('en');
    await keyboardToReview(el, 'en', 'Started yesterday');
    for (const [step, heading] of [
      ['screen', texts.en.screen],
      ['who', texts.en.who],
      ['reason', texts.en.reason],
    ] as const) {
      await tabTo((e) => (e as HTMLElement).dataset?.edit === step, `edit ${step}`, 40, true);
      expect(deepActiveElement()!.getAttribute('aria-label')).to.match(/^Change /);
      await press('Enter');
      await headingFocused(heading);
      // back to the review the way a person would: continue through the steps
      if (step === 'screen') {
        await tabTo(isButton(texts.en.none), 'none');
        await press('Enter');
        await headingFocused(texts.en.who);
      }
      if (step === 'screen' || step === 'who') {
        expect((el.shadowRoot!.getElementById('who-self') as HTMLInputElement).checked).to.equal(true);
        await tabTo(isButton(texts.en.next), 'continue');
        await press('Enter');
      } else {
        await tabTo(isButton(texts.en.title), 'quick pick');
        await press('Enter');
      }
      await headingFocused(texts.en.questions);
      const q = el.shadowRoot!.querySelector('nara-questionnaire')!;
      await waitUntil(() => q.shadowRoot?.querySelector('textarea'));
      expect(q.shadowRoot!.querySelector('textarea')!.value).to.equal('Started yesterday');
      await tabTo(isButton(texts.en.toReview), 'to the summary');
      await press('Enter');
      await headingFocused(texts.en.review);
      expect(visibleText(el)).to.contain('Started yesterday');
    }
  });

  it('presets: reason + subject="self" go from the screen straight to the questions; audience="child" asks the age', async () => {
    const el = await fixture<NaraSymptomForm>(html`<nara-symptom-form clinic="vc-linden" locale="sv" reason="ont-i-halsen" subject="self" .backend=${backend()}></nara-symptom-form>`);
    await waitForText(el, texts.sv.screen);
    await tabTo(isButton(texts.sv.none), 'none');
    await press('Enter');
    await headingFocused(texts.sv.questions);
    el.remove();
    sessionStorage.clear();
    const bvc = await fixture<NaraSymptomForm>(html`<nara-symptom-form clinic="vc-linden" locale="sv" audience="child" .backend=${backend()}></nara-symptom-form>`);
    await waitForText(bvc, texts.sv.screen);
    await tabTo(isButton(texts.sv.none), 'none');
    await press('Enter');
    await headingFocused(texts.sv.who);
    expect((bvc.shadowRoot!.getElementById('who-child') as HTMLInputElement).checked).to.equal(true);
    expect(bvc.shadowRoot!.getElementById('age-years')).to.exist;
  });

  it('a load overtaken by a newer one (another backend, another language) never shows its late failure', async () => {
    let failLate!: (error: Error) => void;
    const slow = Object.assign(Object.create(backend()), { listReasons: () => new Promise((_, reject) => (failLate = reject)) });
    const el = await fixture<NaraSymptomForm>(html`<nara-symptom-form clinic="vc-linden" locale="sv" .backend=${slow}></nara-symptom-form>`);
    await waitUntil(() => failLate, 'the first load asked for the reasons', { timeout: 4000 });
    el.backend = backend();
    el.locale = 'en';
    await waitForText(el, texts.en.screen);
    failLate(new Error('the first backend failed, late'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')?.textContent ?? '', 'no error from the overtaken load').to.equal('');
  });

  it('renders hostile text as text: typed answers and the review', async () => {
    const el = await mount('sv');
    await keyboardToReview(el, 'sv', HOSTILE);
    expect(visibleText(el)).to.contain(HOSTILE);
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
