import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { NaraQuestionnaire } from './questionnaire.js';
import type { QuestionnaireResponse } from '@nara/fhir';
import { HOSTILE, allTypes, control, feverChains, hostile, largeQuestionnaire, medications, phq9 } from '@nara/fhir/fixtures';
import { collect, visibleText } from '../../../../test/helpers/elements.js';

const mount = (questionnaire: unknown, locale = 'sv', extra = '') =>
  fixture<NaraQuestionnaire>(html`<nara-questionnaire locale=${locale} .questionnaire=${questionnaire} ?readonly=${extra === 'readonly'} ?paged=${extra === 'paged'}></nara-questionnaire>`);
const $ = (el: NaraQuestionnaire, selector: string) => el.shadowRoot!.querySelector(selector) as HTMLElement;
const item = (el: NaraQuestionnaire, linkId: string) => $(el, `[data-link-id="${linkId}"]`);
const input = (el: NaraQuestionnaire, linkId: string) => item(el, linkId).querySelector('input, textarea, select') as HTMLInputElement;
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

function fillAllTypes(el: NaraQuestionnaire) {
  const form = (el as unknown as { model: import('@nara/fhir').FormModel }).model;
  form.setText('about/name', 'Tolvan Tolvansson');
  form.setText('about/story', 'Ont i huvudet sedan i går');
  form.setAnswers('about/smoker', [{ valueBoolean: false }]);
  form.setText('about/age', '42');
  form.setText('about/weight', '72,5');
  form.setText('about/temp', '37.8');
  form.setText('about/start', '2026-11-20');
  form.setText('about/last-meal', '2026-11-25 07:30');
  form.setText('about/wake', '06:45');
  form.setText('about/site', 'https://1177.se');
  form.setAnswers('choices/side', [{ valueCoding: { system: 'urn:nara:side', code: 'left', display: 'Vänster' } }]);
  form.setAnswers('choices/pain', [{ valueCoding: { system: 'urn:nara:site', code: 'head', display: 'Huvudet' } }]);
  form.setText('choices/severity', '6');
  form.setAnswers('choices/pharmacy', [{ valueString: 'Apotek Hjärtat' }]);
  form.setAnswers('choices/photo', [{ valueAttachment: { contentType: 'image/png', data: btoa(String.fromCharCode(...PNG)), title: 'utslag.png', size: PNG.length } }]);
}

describe('nara-questionnaire', () => {
  for (const locale of ['sv', 'en']) {
    it(`every item type is accessible empty, filled and with errors (${locale})`, async () => {
      const el = await mount(allTypes, locale);
      await expect(el).to.be.accessible();
      expect(el.reportValidity()).to.equal(false);
      await el.updateComplete;
      await expect(el).to.be.accessible();
      fillAllTypes(el);
      (el as unknown as { model: import('@nara/fhir').FormModel }).model.setText('about/age', 'fyrtio');
      await el.updateComplete;
      expect(visibleText(el)).to.contain(locale === 'sv' ? 'Skriv ett heltal i ”Ålder”' : 'Enter a whole number in “Age”');
      await expect(el).to.be.accessible();
      (el as unknown as { model: import('@nara/fhir').FormModel }).model.setText('about/age', '42');
      await el.updateComplete;
      expect(el.reportValidity()).to.equal(true);
      await expect(el).to.be.accessible();
    });
  }

  it('PHQ-9, fever chains, repeating groups and a paged form are accessible', async () => {
    for (const [q, extra] of [[phq9, ''], [feverChains, ''], [medications, ''], [feverChains, 'paged']] as const) {
      const el = await mount(q, 'sv', extra);
      el.reportValidity();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    }
  });

  it('gives every item container a data-link-id and shows the texts in the element’s language', async () => {
    const el = await mount(allTypes, 'en');
    for (const linkId of ['about', 'name', 'story', 'smoker', 'age', 'weight', 'temp', 'start', 'last-meal', 'wake', 'site', 'side', 'pain', 'contact', 'severity', 'visits', 'when-seen', 'pharmacy', 'photo', 'clinic']) {
      expect(item(el, linkId), linkId).to.exist;
    }
    expect(item(el, 'form-version'), 'hidden').to.equal(null);
    expect(item(el, 'name').querySelector('label')!.textContent).to.contain('A. Your name');
    el.locale = 'sv';
    await el.updateComplete;
    expect(item(el, 'name').querySelector('label')!.textContent).to.contain('A. Ditt namn');
  });

  it('renders markup in every text as text, never as HTML (rendering-xhtml ignored)', async () => {
    for (const locale of ['sv', 'en']) {
      const el = await mount(hostile, locale);
      expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
      expect(visibleText(el)).to.contain(HOSTILE);
      expect(input(el, 'q').value).to.equal(HOSTILE);
      expect(visibleText(el).split(HOSTILE).length - 1).to.be.at.least(5);
    }
    const broken = await mount({ resourceType: 'Questionnaire', status: 'active', item: [{ linkId: HOSTILE, type: 'choice' }] });
    expect(broken.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect(visibleText(broken)).to.contain(HOSTILE);
  });

  it('a malformed Questionnaire shows an error naming the item and fires nara-error', async () => {
    const bad = { resourceType: 'Questionnaire', status: 'active', item: [{ linkId: 'fine', type: 'string' }, { linkId: 'pain-site', type: 'choice', text: 'Var?' }] };
    const el = document.createElement('nara-questionnaire');
    const errors = collect(el, 'nara-error');
    el.questionnaire = bad;
    document.body.append(el);
    await el.updateComplete;
    expect(visibleText(el)).to.contain('Formuläret kan inte visas');
    expect(visibleText(el)).to.contain('"pain-site"');
    expect(errors[0].detail.code).to.equal('invalid');
    expect(errors[0].detail.message).to.contain('pain-site');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('takes the Questionnaire as JSON text too, and names a question without text by its linkId', async () => {
    const el = await mount(JSON.stringify({ resourceType: 'Questionnaire', status: 'active', item: [{ linkId: 'symptom-start', type: 'date' }] }));
    expect(item(el, 'symptom-start').querySelector('label')!.textContent).to.equal('symptom-start');
    await expect(el).to.be.accessible();
    el.questionnaire = '{"resourceType": "Questionnaire", ';
    await el.updateComplete;
    expect(visibleText(el)).to.contain('(root): not valid JSON');
  });

  it('shows an error only after the person leaves the field, with aria-invalid and aria-describedby', async () => {
    const el = await mount(allTypes);
    const name = input(el, 'name');
    name.focus();
    await el.updateComplete;
    expect(name.getAttribute('aria-invalid')).to.equal(null);
    // leave the field as a person does: Tab (a real key press, so the page has focus and focusout fires)
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.not.equal(name);
    await waitUntil(() => name.getAttribute('aria-invalid') === 'true', 'aria-invalid after leaving the field', { timeout: 5000 });
    const described = name.getAttribute('aria-describedby')!.split(' ');
    const message = described.map((id) => el.shadowRoot!.getElementById(id)!.textContent).join(' ');
    expect(message).to.contain('Svara på frågan ”A. Ditt namn”');
  });

  it('response reads the current answers; setting it prefills; readonly shows them without inputs to change', async () => {
    const el = await mount(medications);
    const response: QuestionnaireResponse = {
      resourceType: 'QuestionnaireResponse',
      status: 'in-progress',
      item: [
        { linkId: 'medicine', item: [{ linkId: 'medicine-name', answer: [{ valueString: 'Alvedon' }] }, { linkId: 'as-needed', answer: [{ valueBoolean: true }] }] },
        { linkId: 'medicine', item: [{ linkId: 'medicine-name', answer: [{ valueString: 'Levaxin' }] }, { linkId: 'as-needed', answer: [{ valueBoolean: false }] }, { linkId: 'times-a-day', answer: [{ valueInteger: 1 }] }] },
        { linkId: 'allergy', answer: [{ valueString: 'Pollen' }, { valueString: 'Nötter' }] },
      ],
    };
    el.response = response;
    await el.updateComplete;
    const names = [...el.shadowRoot!.querySelectorAll('[data-link-id="medicine-name"] input')].map((i) => (i as HTMLInputElement).value);
    expect(names).to.deep.equal(['Alvedon', 'Levaxin']);
    const read = el.response!;
    expect(read.status).to.equal('in-progress');
    expect(read.questionnaire).to.equal('https://nara.dev/fhir/Questionnaire/medications');
    expect(read.item!.map((i) => i.linkId)).to.deep.equal(['medicine', 'medicine', 'allergy']);
    expect(read.item![1].item!.find((i) => i.linkId === 'times-a-day')!.answer).to.deep.equal([{ valueInteger: 1 }]);
    el.readonly = true;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('button')).to.equal(null);
    expect(input(el, 'medicine-name').readOnly).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('prefill given before the questionnaire is applied when it arrives', async () => {
    const el = document.createElement('nara-questionnaire');
    el.response = { resourceType: 'QuestionnaireResponse', status: 'in-progress', item: [{ linkId: 'allergy', answer: [{ valueString: 'Pollen' }] }] };
    el.questionnaire = medications;
    document.body.append(el);
    await el.updateComplete;
    expect(el.response!.item!.find((i) => i.linkId === 'allergy')!.answer).to.deep.equal([{ valueString: 'Pollen' }]);
    el.remove();
  });

  it('fires nara-change with the in-progress response on every answer', async () => {
    const el = await mount(feverChains);
    const changes = collect(el, 'nara-change');
    const yes = item(el, 'fever').querySelector('input[type=radio]') as HTMLInputElement;
    yes.click();
    await el.updateComplete;
    expect(changes.at(-1)!.detail.response.item![0].item).to.deep.equal([{ linkId: 'fever', text: 'Har du feber?', answer: [{ valueBoolean: true }] }]);
    expect(item(el, 'temperature'), 'the chain opened').to.exist;
  });

  it('adds and removes repeating group instances, moving focus to the new one', async () => {
    const el = await mount(medications);
    ($(el, '[data-add="medicine"]') as HTMLButtonElement).click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[data-link-id="medicine"]')).to.have.length(2);
    expect(el.shadowRoot!.activeElement!.textContent).to.equal('Läkemedel du tar 2');
    const removers = [...el.shadowRoot!.querySelectorAll('button')].filter((b) => b.textContent!.startsWith('Ta bort Läkemedel'));
    expect(removers.map((b) => b.textContent)).to.deep.equal(['Ta bort Läkemedel du tar 1', 'Ta bort Läkemedel du tar 2']);
    removers[0].click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[data-link-id="medicine"]')).to.have.length(1);
  });

  it('pages one top-level group per step, keeps answers going back, renders only the visible page', async () => {
    const el = await mount(largeQuestionnaire(20), 'sv', 'paged');
    expect(visibleText(el)).to.contain('Steg 1 av 21');
    expect(el.shadowRoot!.querySelectorAll('[data-link-id]').length).to.be.below(5);
    const next = () => ($(el, 'button[type=submit]') as HTMLButtonElement).click();
    next();
    await el.updateComplete;
    expect(visibleText(el), 'required gate blocks next').to.contain('Det finns fel i formuläret');
    expect(el.shadowRoot!.activeElement!.classList.contains('error-summary')).to.equal(true);
    (item(el, 's1-gate').querySelectorAll('input')[1] as HTMLInputElement).click();
    next();
    await el.updateComplete;
    expect(visibleText(el)).to.contain('Steg 2 av 21');
    expect(el.shadowRoot!.activeElement!.textContent).to.equal('Steg 2 av 21');
    ([...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Föregående') as HTMLButtonElement).click();
    await el.updateComplete;
    expect((item(el, 's1-gate').querySelectorAll('input')[1] as HTMLInputElement).checked).to.equal(true);
  });

  it('pages by itself when top-level groups have itemControl "page", skipping a disabled step', async () => {
    const page = [control('page')];
    const el = await mount({
      resourceType: 'Questionnaire',
      status: 'active',
      item: [
        { linkId: 'who', type: 'group', text: 'Vem', extension: page, item: [{ linkId: 'child', type: 'boolean', text: 'Gäller det ett barn?' }] },
        { linkId: 'child-info', type: 'group', text: 'Om barnet', extension: page, enableWhen: [{ question: 'child', operator: '=', answerBoolean: true }], item: [{ linkId: 'age', type: 'integer', text: 'Barnets ålder' }] },
        { linkId: 'what', type: 'group', text: 'Besvär', extension: page, item: [{ linkId: 'story', type: 'text', text: 'Beskriv' }] },
      ],
    });
    expect(visibleText(el)).to.contain('Steg 1 av 2');
    (item(el, 'child').querySelector('input') as HTMLInputElement).click();
    await el.updateComplete;
    expect(visibleText(el)).to.contain('Steg 1 av 3');
    ($(el, 'button[type=submit]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(item(el, 'age')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('attaches files inline (base64) without a backend, with a preview, and rejects wrong types and sizes', async () => {
    const el = await mount(allTypes);
    const file = input(el, 'photo');
    const choose = (...files: File[]) => {
      const transfer = new DataTransfer();
      files.forEach((f) => transfer.items.add(f));
      file.files = transfer.files;
      file.dispatchEvent(new Event('change'));
    };
    choose(new File(['<html>'], 'sida.html', { type: 'text/html' }));
    await waitUntil(() => visibleText(el).includes('sida.html är inte en PDF, JPG, PNG eller GIF.'));
    choose(new File([new Uint8Array(1_000_001)], 'stor.png', { type: 'image/png' }));
    await waitUntil(() => visibleText(el).includes('stor.png är större än 1 MB.'));
    choose(new File([PNG], 'utslag.png', { type: 'image/png' }));
    const photo = () => el.response!.item!.find((i) => i.linkId === 'choices')!.item!.find((i) => i.linkId === 'photo');
    await waitUntil(() => photo());
    const answer = photo()!.answer![0].valueAttachment!;
    expect(answer).to.include({ contentType: 'image/png', title: 'utslag.png', size: PNG.length, data: btoa(String.fromCharCode(...PNG)) });
    await el.updateComplete;
    expect(($(el, '.preview') as HTMLImageElement).src).to.match(/^data:image\/png;base64,/);
    await expect(el).to.be.accessible();
  });

  it('submits a valid form with the completed response', async () => {
    const el = await mount(feverChains);
    (item(el, 'fever').querySelectorAll('input')[1] as HTMLInputElement).click();
    await el.updateComplete;
    setTimeout(() => ($(el, 'button[type=submit]') as HTMLButtonElement).click());
    const { detail } = await oneEvent(el, 'nara-submit');
    expect(detail.response).to.deep.include({ resourceType: 'QuestionnaireResponse', status: 'completed', questionnaire: 'https://nara.dev/fhir/Questionnaire/fever-chains' });
    expect(detail.response.item).to.deep.equal([{ linkId: 'symptoms', text: 'Dina besvär', item: [{ linkId: 'fever', text: 'Har du feber?', answer: [{ valueBoolean: false }] }] }]);
  });

  it('fits 320 px without scrolling sideways', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 320px"><nara-questionnaire .questionnaire=${allTypes}></nara-questionnaire></div>`);
    const el = wrapper.querySelector('nara-questionnaire')!;
    await el.updateComplete;
    el.reportValidity();
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
    for (const node of el.shadowRoot!.querySelectorAll('input, select, textarea, button, label, p')) {
      expect((node as HTMLElement).getBoundingClientRect().right, (node as HTMLElement).outerHTML.slice(0, 80)).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
    }
  });
});
