import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HttpBackend } from '@nara/client';
import './define.js';
import type { NaraSymptomForm } from './symptom-form.js';
import { API, resetOverrides, startBackend } from '../../../../test/helpers/backend.js';

const KEY = 'nara-symptom-form:vc-linden';
const backend = () => new HttpBackend({ baseUrl: API, retries: 0, timeout: 3000 });

/** The form at the cold's questions, as its saved draft would bring it back. */
async function atQuestions(locale: 'sv' | 'en' = 'sv') {
  sessionStorage.setItem(KEY, JSON.stringify({ step: 'questions', redFlags: {}, subject: 'self', ageYears: '', ageMonths: '', reasonId: 'forkylning' }));
  const el = await fixture<NaraSymptomForm>(html`<nara-symptom-form clinic="vc-linden" locale=${locale} .backend=${backend()}></nara-symptom-form>`);
  const description = () => el.shadowRoot!.querySelector('nara-questionnaire')?.shadowRoot?.querySelector<HTMLTextAreaElement>('[data-link-id="description"] textarea');
  await waitUntil(() => description(), 'the description field', { timeout: 5000 });
  const write = async (text: string) => {
    description()!.focus();
    await sendKeys({ type: text });
  };
  const advice = () => el.shadowRoot!.querySelector<HTMLElement>('#written-emergency');
  return { el, write, advice };
}

describe('nara-symptom-form: an emergency written in the answers', () => {
  before(() => startBackend());
  beforeEach(() => sessionStorage.clear());
  afterEach(() => {
    resetOverrides();
    sessionStorage.clear();
  });

  it('is accessible: "och nu kan jag knappt andas" shows the 112 advice while the patient types, before anything is sent', async () => {
    const { el, write, advice } = await atQuestions();
    await write('Förkyld sedan i måndags');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(advice(), 'nothing for a cold').to.equal(null);
    await write(' och nu kan jag knappt andas');
    await waitUntil(() => advice(), 'the 112 advice', { timeout: 5000 });
    expect(advice()!.getAttribute('role')).to.equal('alert');
    expect(advice()!.dataset.emergency).to.equal('breathing');
    expect(advice()!.textContent).to.contain('Det du skrev kan vara ett akut läge. Ring 112 nu.');
    expect(advice()!.querySelector('a[href="tel:112"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('the questions step says what it is about once: the form’s heading, not the questionnaire’s title again', async () => {
    const { el } = await atQuestions();
    const headings = () =>
      [el.shadowRoot!, el.shadowRoot!.querySelector('nara-questionnaire')!.shadowRoot!].flatMap((root) =>
        [...root.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')].map((h) => h.textContent!.trim()),
      );
    await waitUntil(() => headings().some((h) => h.startsWith('Frågor om')), 'the step heading');
    expect(headings().filter((h) => /förkylning/i.test(h))).to.deep.equal(['Frågor om förkylning']);
  });

  it('a negated mention shows nothing: "inga andningsbesvär, ingen bröstsmärta"', async () => {
    const { write, advice } = await atQuestions('en');
    await write('Runny nose, no chest pain and not short of breath');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(advice()).to.equal(null);
  });
});
