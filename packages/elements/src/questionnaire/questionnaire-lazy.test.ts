import { expect, fixture, html } from '@open-wc/testing';
import './define.js';
import type { NaraQuestionnaire } from './questionnaire.js';
import { EXT, type Questionnaire } from '@nara/fhir';
import { control } from '@nara/fhir/fixtures';
import { visibleText } from '../../../../test/helpers/elements.js';

// What only some forms or some moments need is loaded then: the attachment field with the first form
// that has an attachment item, the sign-in token with the first request to a backend, the note about
// unreviewed translations with the first language that has one. This file's page starts without them.
const loaded = (module: string) => performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname.endsWith(`/base/${module}`) || new URL(e.name).pathname.endsWith(`/questionnaire/${module}`));

const plain: Questionnaire = {
  resourceType: 'Questionnaire',
  status: 'active',
  item: [
    { linkId: 'since', type: 'string', text: 'Sedan när har du haft besvär?' },
    { linkId: 'fever', type: 'boolean', text: 'Har du feber?' },
  ],
};
const withPhotos: Questionnaire = {
  resourceType: 'Questionnaire',
  status: 'active',
  item: [{ linkId: 'rash', type: 'group', text: 'Utslag', item: [{ linkId: 'photos', type: 'attachment', repeats: true, text: 'Bilder på utslaget' }] }],
};

const withSlider: Questionnaire = {
  resourceType: 'Questionnaire',
  status: 'active',
  item: [
    {
      linkId: 'pain',
      type: 'integer',
      text: 'Hur ont har du, från 0 till 10?',
      extension: [control('slider'), { url: EXT.minValue, valueInteger: 0 }, { url: EXT.maxValue, valueInteger: 10 }],
    },
  ],
};
const withDates: Questionnaire = {
  resourceType: 'Questionnaire',
  status: 'active',
  item: [
    { linkId: 'start', type: 'date', text: 'När började det?' },
    { linkId: 'woke', type: 'time', text: 'När vaknade du?' },
    { linkId: 'seen', type: 'dateTime', text: 'När träffade du läkaren?' },
    { linkId: 'site', type: 'url', text: 'Var läste du om det?' },
  ],
};

describe('nara-questionnaire loads what some forms need when they need it', () => {
  it('renders an ordinary form at once, without the attachment field, the sign-in token or the translation note', async () => {
    const el = await fixture<NaraQuestionnaire>(html`<nara-questionnaire .questionnaire=${plain}></nara-questionnaire>`);
    await expect(el).to.be.accessible();
    expect(visibleText(el)).to.contain('Sedan när har du haft besvär?');
    expect(visibleText(el)).to.contain('Har du feber?');
    expect(loaded('render-attachment.ts'), 'the attachment field').to.equal(false);
    expect(loaded('attachment-uploads.ts'), 'the uploads').to.equal(false);
    expect(loaded('sign-in.ts'), 'the sign-in token').to.equal(false);
    expect(loaded('translation-note.ts'), 'the translation note').to.equal(false);
    expect(loaded('error-strings.ts'), 'the error messages').to.equal(false);
    expect(loaded('render-slider.ts'), 'the slider').to.equal(false);
    expect(loaded('date-text.ts'), 'date, time and url parsing').to.equal(false);
  });

  it('renders a form with an attachment item whole once the field is loaded: the file input is there at the first updateComplete', async () => {
    const el = await fixture<NaraQuestionnaire>(html`<nara-questionnaire .questionnaire=${withPhotos}></nara-questionnaire>`);
    await expect(el).to.be.accessible();
    const input = el.shadowRoot!.querySelector('[data-link-id="photos"] input[type=file]') as HTMLInputElement;
    expect(input, 'the file input').to.exist;
    expect(el.shadowRoot!.querySelector(`label[for="${input.id}"]`)!.textContent).to.contain('Bilder på utslaget');
    expect(loaded('render-attachment.ts')).to.equal(true);
  });

  it('finds an attachment item in a Questionnaire given as JSON text, too', async () => {
    const el = await fixture<NaraQuestionnaire>(html`<nara-questionnaire .questionnaire=${JSON.stringify(withPhotos, null, 2)}></nara-questionnaire>`);
    expect(el.shadowRoot!.querySelector('[data-link-id="photos"] input[type=file]')).to.exist;
    expect(el.shadowRoot!.querySelector('.error-message')).to.equal(null);
  });

  it('renders a form with a slider whole: the range input is there at the first updateComplete, styled', async () => {
    const el = await fixture<NaraQuestionnaire>(html`<nara-questionnaire .questionnaire=${withSlider}></nara-questionnaire>`);
    const range = el.shadowRoot!.querySelector('[data-link-id="pain"] input[type=range]') as HTMLInputElement;
    expect(range, 'the slider').to.exist;
    expect(range.min).to.equal('0');
    expect(range.max).to.equal('10');
    expect(getComputedStyle(range).minBlockSize, "the slider's own styles").to.equal('44px');
    expect(el.shadowRoot!.querySelector('[data-link-id="pain"] output')!.textContent).to.equal('Inte angivet');
    await expect(el).to.be.accessible();
    expect(loaded('render-slider.ts')).to.equal(true);
  });

  for (const [locale, hint, kind] of [
    ['sv', 'Skriv som ÅÅÅÅ-MM-DD, till exempel 2026-03-14', 'Skriv ett datum som ÅÅÅÅ-MM-DD i ”När började det?”'],
    ['en', 'Write as YYYY-MM-DD, for example 2026-03-14', 'Enter a date as YYYY-MM-DD in “När började det?”'],
  ]) {
    it(`a form with date, time and url items (${locale}): their hints at the first render, their errors, their answers`, async () => {
      const el = await fixture<NaraQuestionnaire>(html`<nara-questionnaire locale=${locale} .questionnaire=${withDates}></nara-questionnaire>`);
      expect(loaded('date-text.ts')).to.equal(true);
      const text = () => visibleText(el);
      expect(text()).to.contain(hint);
      expect(text()).to.contain(locale === 'sv' ? 'Skriv som tt:mm, till exempel 08:30' : 'Write as hh:mm, for example 08:30');
      expect(text()).to.contain(locale === 'sv' ? 'En adress som börjar med https://' : 'An address starting with https://');
      const type = async (linkId: string, value: string) => {
        const input = el.shadowRoot!.querySelector(`[data-link-id="${linkId}"] input`) as HTMLInputElement;
        input.value = value;
        input.dispatchEvent(new Event('input'));
        await el.updateComplete;
      };
      await type('start', '14 mars');
      expect(el.reportValidity()).to.equal(false);
      await el.updateComplete;
      expect(text()).to.contain(kind);
      await expect(el).to.be.accessible();
      await type('start', '2026-03-14');
      await type('woke', '7.15');
      await type('seen', '2026-12-01 08:05');
      await type('site', 'https://www.1177.se/');
      expect(el.reportValidity()).to.equal(true);
      const answers = Object.fromEntries(el.response!.item!.map((i) => [i.linkId, i.answer![0]]));
      expect(answers).to.deep.equal({
        start: { valueDate: '2026-03-14' },
        woke: { valueTime: '07:15:00' },
        seen: { valueDateTime: '2026-12-01T08:05:00+01:00' },
        site: { valueUri: 'https://www.1177.se/' },
      });
    });
  }

  it('loads the translation note with a language that has one, and shows it at the first render', async () => {
    const el = await fixture<NaraQuestionnaire>(html`<nara-questionnaire locale="fi" .questionnaire=${plain}></nara-questionnaire>`);
    const note = el.shadowRoot!.querySelector('.nara-translation-note') as HTMLElement;
    expect(note, 'the note').to.exist;
    expect(note.hidden).to.equal(false);
    expect(note.textContent).to.equal('Käännöstä ei ole vielä tarkistettu.');
    expect(loaded('translation-note.ts')).to.equal(true);
    el.locale = 'sv';
    await el.updateComplete;
    expect(note.hidden, 'hidden again in Swedish').to.equal(true);
  });
});
