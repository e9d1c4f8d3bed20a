import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { HttpBackend } from '@nara/client';
import './define.js';
import type { NaraSymptomForm } from './symptom-form.js';
import { API, resetOverrides, startBackend } from '../../../../test/helpers/backend.js';
import { visibleText, waitForText } from '../../../../test/helpers/elements.js';

const backend = () => new HttpBackend({ baseUrl: API, retries: 0, timeout: 3000 });
const KEY = 'nara-symptom-form:vc-linden';
const HOSTILE = '<img src=x onerror="window.__pwned=1">Ont<b>i</b>';

/** Opens the form at the reason step (as a restored draft) with the search focused. */
async function atReasonStep(locale: 'sv' | 'en' = 'sv', subject: 'self' | 'child' = 'self') {
  sessionStorage.setItem(KEY, JSON.stringify({ step: 'reason', redFlags: {}, subject, ageYears: subject === 'child' ? '4' : '', ageMonths: '' }));
  const el = await fixture<NaraSymptomForm>(html`<nara-symptom-form clinic="vc-linden" locale=${locale} .backend=${backend()}></nara-symptom-form>`);
  await waitUntil(() => el.shadowRoot!.querySelector('.picks button'), 'no reasons');
  const input = el.shadowRoot!.getElementById('reason-input') as HTMLInputElement;
  input.focus();
  return { el, input };
}

const options = (el: NaraSymptomForm) => [...el.shadowRoot!.querySelectorAll('[role="option"]')];
const titles = (el: NaraSymptomForm) => options(el).map((o) => o.querySelector('.option-title')!.textContent);
/** A sample of the emergency phrases (all of them are tested in the search module). */
const EMERGENCY_SAMPLE_SV = [
  ['vill ta livet av mig', 'suicidal'],
  ['hängande mungipa kan inte lyfta armen', 'stroke'],
  ['svart avföring och yr', 'bleeding'],
  ['ont i brostet', 'chest-pain'],
  ['feber och stel nacke', 'meningitis'],
] as const;
const EMERGENCY_SAMPLE_EN = [
  ['chest pressure and sweating', 'chest-pain'],
  ['cant breathe', 'breathing'],
  ['vomiting blood', 'bleeding'],
] as const;

/** The 112 advice is the first thing of the popup, before the options, and says what to do. */
function expectEmergencyFirst(el: NaraSymptomForm, rule: string) {
  const box = el.shadowRoot!.querySelector('.search-emergency')!;
  expect(box.getAttribute('data-emergency')).to.equal(rule);
  expect(box.getAttribute('role')).to.equal('alert');
  expect(box.querySelector('a[href="tel:112"]')).to.not.equal(null);
  const listbox = el.shadowRoot!.getElementById('reason-listbox')!;
  expect(box.compareDocumentPosition(listbox) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
  expect(box.parentElement).to.equal(listbox.parentElement);
  expect(el.shadowRoot!.getElementById('reason-input')!.getAttribute('aria-describedby')).to.contain('reason-emergency');
}

const announced = (el: NaraSymptomForm) => el.shadowRoot!.querySelector('.combobox [role="status"]')!.textContent!.trim();

describe('nara-symptom-form: reason combobox', () => {
  let use: Awaited<ReturnType<typeof startBackend>>['use'];
  before(async () => {
    ({ use } = await startBackend());
  });
  // an element left over from another test may still save its draft: start every test clean
  beforeEach(() => sessionStorage.clear());
  afterEach(() => {
    resetOverrides();
    sessionStorage.clear();
  });

  it('is a WAI-ARIA 1.2 combobox with a listbox popup, accessible open and closed', async () => {
    const { el, input } = await atReasonStep();
    await expect(el).to.be.accessible();
    expect(input.getAttribute('role')).to.equal('combobox');
    expect(input.getAttribute('aria-autocomplete')).to.equal('list');
    expect(input.getAttribute('aria-controls')).to.equal('reason-listbox');
    expect(el.shadowRoot!.getElementById('reason-listbox')!.getAttribute('role')).to.equal('listbox');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ type: 'hosta' });
    await waitUntil(() => input.getAttribute('aria-expanded') === 'true');
    expect(announced(el)).to.equal(`${options(el).length} träffar.`);
    await expect(el).to.be.accessible();
  });

  it('finds without diacritics, through synonyms and with typos', async () => {
    const { el, input } = await atReasonStep();
    for (const [query, first] of [
      ['forkylning', 'Förkylning'],
      ['halsont', 'Ont i halsen'],
      ['urinvägsinfektoin', 'Urinvägsinfektion'],
      ['RECEPT', 'Förnya recept'],
    ]) {
      input.value = '';
      await sendKeys({ type: query });
      await waitUntil(() => titles(el).length > 0, `nothing for ${query}`);
      expect(titles(el)[0], query).to.equal(first);
      await sendKeys({ press: 'Escape' });
      await sendKeys({ press: 'Escape' });
      expect(input.value).to.equal('');
    }
  });

  it('arrow keys move the active option (wrapping), one at a time selected; Enter chooses', async () => {
    const { el, input } = await atReasonStep('en');
    await sendKeys({ type: 'pain' });
    await waitUntil(() => options(el).length > 2);
    const n = options(el).length;
    await sendKeys({ press: 'ArrowUp' });
    expect(input.getAttribute('aria-activedescendant')).to.equal(`reason-option-${n - 1}`);
    await sendKeys({ press: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).to.equal('reason-option-0');
    await sendKeys({ press: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).to.equal('reason-option-1');
    expect(options(el).filter((o) => o.getAttribute('aria-selected') === 'true').map((o) => o.id)).to.deep.equal(['reason-option-1']);
    const chosen = titles(el)[1];
    await sendKeys({ press: 'Enter' });
    await waitForText(el, `Questions about ${chosen!.toLowerCase()}`);
  });

  it("no match offers the general reason, to describe in one's own words, and says so politely", async () => {
    const { el, input } = await atReasonStep();
    await sendKeys({ type: 'qqqqzzzz' });
    await waitUntil(() => announced(el).startsWith('Inga träffar.'));
    expect(announced(el)).to.equal('Inga träffar. Ingen sökorsak passar. Välj ”Annat besvär” och beskriv med egna ord.');
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    expect(titles(el)).to.deep.equal(['Annat besvär – beskriv med egna ord']);
    expect(options(el)[0].getAttribute('data-reason')).to.equal('annat-medicinskt');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await waitForText(el, 'Frågor om annat medicinskt besvär');
  });

  it('pointer users can click an option', async () => {
    const { el, input } = await atReasonStep();
    input.value = '';
    await sendKeys({ type: 'ryggont' });
    await waitUntil(() => options(el).length > 0);
    (options(el)[0] as HTMLElement).click();
    await waitForText(el, 'Frågor om ont i ryggen');
  });

  it('text that describes an emergency puts the 112 advice first, announced at once, with a tel:112 link (sv)', async () => {
    const { el, input } = await atReasonStep();
    for (const [query, rule] of EMERGENCY_SAMPLE_SV) {
      input.value = '';
      await sendKeys({ type: query });
      await waitUntil(() => el.shadowRoot!.querySelector('.search-emergency'), `no 112 for ${query}`);
      expectEmergencyFirst(el, rule);
      await sendKeys({ press: 'Escape' });
      await sendKeys({ press: 'Escape' });
    }
  });

  it('… and in English, with the suicide helpline where it fits; axe clean with the list open in sv ', async () => {
    const { el, input } = await atReasonStep('en');
    for (const [query, rule] of EMERGENCY_SAMPLE_EN) {
      input.value = '';
      await sendKeys({ type: query });
      await waitUntil(() => el.shadowRoot!.querySelector('.search-emergency'), `no 112 for ${query}`);
      expectEmergencyFirst(el, rule);
      await sendKeys({ press: 'Escape' });
      await sendKeys({ press: 'Escape' });
    }
    await sendKeys({ type: 'i want to kill myself' });
    await waitUntil(() => el.shadowRoot!.querySelector('[data-helpline="90101"]'));
    expect(visibleText(el.shadowRoot!.querySelector('.search-emergency')!)).to.contain('90101');
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    await sendKeys({ type: 'chest pain' });
    await waitUntil(() => input.getAttribute('aria-expanded') === 'true' && el.shadowRoot!.querySelector('.search-emergency'));
    await expect(el).to.be.accessible();
  });

  it('under the 112 advice, offers the reasons that fit well, not ones that share a few letters', async () => {
    const { el } = await atReasonStep('sv');
    await sendKeys({ type: 'jag vill inte leva längre' });
    await waitUntil(() => el.shadowRoot!.querySelector('[data-helpline="90101"]') && options(el).length > 0, 'no advice or options');
    expectEmergencyFirst(el, 'suicidal');
    expect(titles(el)[0]).to.equal('Nedstämdhet och depression');
    expect(titles(el)).not.to.include('Födelsemärke eller leverfläck');
    // an emergency whose words fit several reasons keeps them all
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    await sendKeys({ type: 'ont i bröstet' });
    await waitUntil(() => el.shadowRoot!.querySelector('.search-emergency') && options(el).length > 0, 'no advice or options');
    expect(titles(el).length).to.be.greaterThan(3);
    expect(titles(el)[0]).to.equal('Bröstsmärta');
  });

  it('is axe clean in Swedish with the 112 advice and the list open', async () => {
    const { el, input } = await atReasonStep('sv');
    await sendKeys({ type: 'ont i bröstet och svettas' });
    await waitUntil(() => input.getAttribute('aria-expanded') === 'true' && el.shadowRoot!.querySelector('.search-emergency'));
    await expect(el).to.be.accessible();
  });

  it('shows no 112 advice for an everyday errand', async () => {
    const { el } = await atReasonStep();
    await sendKeys({ type: 'ont i halsen' });
    await waitUntil(() => options(el).length > 0);
    expect(el.shadowRoot!.querySelector('.search-emergency')).to.equal(null);
    expect(el.shadowRoot!.getElementById('reason-input')!.getAttribute('aria-describedby')).to.equal('reason-hint');
  });

  it('for a child, a reason for anyone is asked about the child (GET /v1/questionnaires/{id}?subject=child)', async () => {
    const { el } = await atReasonStep('sv', 'child');
    (el.shadowRoot!.querySelector('[data-reason="ont-i-halsen"]') as HTMLElement).click();
    await waitUntil(() => el.shadowRoot!.querySelector('nara-questionnaire')?.shadowRoot?.querySelector('textarea'), 'no questions', { timeout: 5000 });
    expect(visibleText(el.shadowRoot!.querySelector('nara-questionnaire')!)).to.contain('barnets besvär');
  });

  it('administrative errands are apart from the common reasons', async () => {
    const { el } = await atReasonStep();
    const common = [...el.shadowRoot!.querySelectorAll('[aria-labelledby="common-heading"] button')].map((b) => b.textContent!.trim());
    const administrative = [...el.shadowRoot!.querySelectorAll('details.administrative button')].map((b) => b.textContent!.trim());
    expect(common).to.have.length(6);
    expect(common).not.to.include('Förnya recept');
    expect(administrative).to.include('Förnya recept');
    expect(administrative).to.include('Sjukintyg');
    const details = el.shadowRoot!.querySelector('details')!;
    (details.querySelector('summary') as HTMLElement).focus();
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('backend text (red flags, reason titles) is rendered as text, never as HTML', async () => {
    use(
      http.get(`${API}/v1/red-flags`, () => HttpResponse.json({ redFlags: [{ id: 'x', question: HOSTILE, help: HOSTILE, audience: 'any', advice: HOSTILE }] })),
      http.get(`${API}/v1/reasons`, () =>
        HttpResponse.json({ reasons: [{ id: 'hostile', title: HOSTILE, synonyms: ['ont'], category: 'medical', audience: 'any', questionnaireId: 'triage-ont-i-halsen', popularity: 1, profession: 'nurse' }] }),
      ),
    );
    const el = await fixture<NaraSymptomForm>(html`<nara-symptom-form clinic="vc-linden" locale="sv" .backend=${backend()}></nara-symptom-form>`);
    await waitForText(el, HOSTILE);
    (el.shadowRoot!.querySelector('[data-flag="x"]') as HTMLInputElement).click();
    await waitForText(el, 'Ring 112 nu');
    expect(visibleText(el.shadowRoot!.querySelector('.emergency')!)).to.contain(HOSTILE);
    sessionStorage.setItem(KEY, JSON.stringify({ step: 'reason', redFlags: {}, subject: 'self', ageYears: '', ageMonths: '' }));
    el.remove();
    const again = await fixture<NaraSymptomForm>(html`<nara-symptom-form clinic="vc-linden" locale="sv" .backend=${backend()}></nara-symptom-form>`);
    await waitUntil(() => again.shadowRoot!.getElementById('reason-input'));
    (again.shadowRoot!.getElementById('reason-input') as HTMLInputElement).focus();
    await sendKeys({ type: 'ont' });
    await waitUntil(() => options(again).length === 1);
    expect(visibleText(again)).to.contain(HOSTILE);
    expect(again.shadowRoot!.querySelector('img, b, script')).to.equal(null);
    expect(el.shadowRoot!.querySelector('img, b, script')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
