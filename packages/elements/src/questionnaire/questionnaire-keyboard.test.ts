import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { NaraQuestionnaire } from './questionnaire.js';
import type { QuestionnaireResponse } from '@nara/fhir';
import { allTypes, feverChains, medications, phq9 } from '@nara/fhir/fixtures';
import { deepActiveElement, visibleText } from '../../../../test/helpers/elements.js';

const press = async (...keys: string[]) => {
  for (const key of keys) await sendKeys({ press: key });
};
const type = (text: string) => sendKeys({ type: text });
const mount = (questionnaire: unknown, locale = 'sv') =>
  fixture<NaraQuestionnaire>(html`<nara-questionnaire locale=${locale} .questionnaire=${questionnaire}></nara-questionnaire>`);
const first = (el: NaraQuestionnaire, linkId: string) => el.shadowRoot!.querySelector(`[data-link-id="${linkId}"] input, [data-link-id="${linkId}"] textarea, [data-link-id="${linkId}"] select`) as HTMLElement;
const focused = () => deepActiveElement() as HTMLInputElement;
const linkIdOfFocus = () => focused().closest('[data-link-id]')?.getAttribute('data-link-id');

/** Presses Enter on the send button and returns the response of `nara-submit`. */
async function submit(el: NaraQuestionnaire): Promise<QuestionnaireResponse> {
  const event = oneEvent(el, 'nara-submit');
  await press('Enter');
  const { detail } = await event;
  expect(detail.response.status).to.equal('completed');
  expect(Date.parse(detail.response.authored!)).to.be.closeTo(Date.now(), 60_000);
  return { ...detail.response, authored: 'AUTHORED' };
}

const SCALE = 'urn:nara:phq-scale';
const DISPLAY = ['Inte alls', 'Flera dagar', 'Mer än hälften av dagarna', 'Nästan varje dag'];
const DISPLAY_EN = ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'];

describe('nara-questionnaire by keyboard', () => {
  it('a patient answers a PHQ-9 with arrows, space and tab, and sends it with Enter', async () => {
    const el = await mount(phq9);
    await expect(el).to.be.accessible();
    const scores = [1, 2, 0, 3, 1, 0, 2, 1, 0];
    first(el, 'phq-1').focus();
    for (const [i, score] of scores.entries()) {
      expect(linkIdOfFocus()).to.equal(`phq-${i + 1}`);
      if (score === 0) await press('Space');
      else for (let n = 0; n < score; n++) await press('ArrowDown');
      await press('Tab');
    }
    // the difficulty question appeared because problems were checked
    expect(linkIdOfFocus()).to.equal('difficulty');
    await press('ArrowDown');
    await press('Tab');
    expect(focused().textContent).to.equal('Skicka');
    expect(visibleText(el)).not.to.contain('ring 112');
    const response = await submit(el);
    expect(response).to.deep.equal({
      resourceType: 'QuestionnaireResponse',
      questionnaire: 'https://nara.dev/fhir/Questionnaire/phq9-style|1.0',
      status: 'completed',
      authored: 'AUTHORED',
      item: [
        ...scores.map((score, i) => ({
          linkId: `phq-${i + 1}`,
          text: (phq9.item![i + 1].text as string),
          answer: [{ valueCoding: { system: SCALE, code: String(score), display: DISPLAY[score] } }],
        })),
        { linkId: 'difficulty', text: 'Hur svårt har besvären gjort det för dig att sköta arbete, hem eller umgänge?', answer: [{ valueString: 'Ganska svårt' }] },
      ],
    });
  });

  it('question 9 answered "several days" shows the 112 advice', async () => {
    const el = await mount(phq9, 'en');
    first(el, 'phq-9').focus();
    await press('ArrowDown');
    expect(visibleText(el)).to.contain('If you have thoughts of hurting yourself: call 112 now');
  });

  it('sending an empty form shows a summary that takes focus and links to each field', async () => {
    const el = await mount(phq9, 'en');
    (el.shadowRoot!.querySelector('button[type=submit]') as HTMLElement).focus();
    await press('Enter');
    await el.updateComplete;
    expect(focused().classList.contains('error-summary')).to.equal(true);
    const links = [...el.shadowRoot!.querySelectorAll('.error-summary a')].map((a) => a.textContent);
    expect(links).to.have.length(9);
    expect(links[0]).to.equal('Answer the question “1. Little interest or pleasure in doing things”');
    await press('Tab');
    await press('Enter');
    expect(linkIdOfFocus()).to.equal('phq-1');
    const fieldset = focused().closest('fieldset')!;
    expect(focused().getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.getElementById(fieldset.getAttribute('aria-describedby')!)!.textContent).to.contain('Answer the question');
    await press('ArrowDown');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.error-summary a'), 'a fixed answer leaves the summary').to.have.length(8);
    await expect(el).to.be.accessible();
  });

  it('a patient with a fever follows the chain of questions across groups', async () => {
    const el = await mount(feverChains);
    first(el, 'fever').focus();
    await press('Space'); // Ja
    await press('Tab');
    expect(linkIdOfFocus()).to.equal('cough');
    await press('ArrowDown'); // Nej
    await press('Tab');
    expect(linkIdOfFocus()).to.equal('temperature');
    await type('39,5');
    await press('Tab');
    await type('2');
    await press('Tab');
    expect(linkIdOfFocus()).to.equal('since');
    await type('2026-10-30');
    await press('Tab');
    expect(linkIdOfFocus(), 'since <= 2026-11-01 opened old-start').to.equal('old-start');
    await type('Alvedon');
    await press('Tab');
    expect(linkIdOfFocus()).to.equal('measured-how');
    await press('ArrowDown'); // I munnen
    await press('Tab');
    expect(linkIdOfFocus(), 'temperature >= 39 opened the high-fever group').to.equal('breathing');
    await press('Space'); // Ja
    expect(visibleText(el)).to.contain('Ring 112 om du har svårt att andas');
    await press('Tab');
    await press('ArrowDown'); // Nej
    await press('Tab');
    expect(focused().textContent).to.equal('Skicka');
    const response = await submit(el);
    expect(response).to.deep.equal({
      resourceType: 'QuestionnaireResponse',
      questionnaire: 'https://nara.dev/fhir/Questionnaire/fever-chains',
      status: 'completed',
      authored: 'AUTHORED',
      item: [
        {
          linkId: 'symptoms',
          text: 'Dina besvär',
          item: [
            { linkId: 'fever', text: 'Har du feber?', answer: [{ valueBoolean: true }] },
            { linkId: 'cough', text: 'Hostar du?', answer: [{ valueBoolean: false }] },
          ],
        },
        {
          linkId: 'fever-details',
          text: 'Om febern',
          item: [
            { linkId: 'temperature', text: 'Hur hög är febern (°C)?', answer: [{ valueDecimal: 39.5 }] },
            { linkId: 'days', text: 'Hur många dagar har du haft feber?', answer: [{ valueInteger: 2 }] },
            { linkId: 'since', text: 'Vilket datum började febern?', answer: [{ valueDate: '2026-10-30' }] },
            { linkId: 'old-start', text: 'Vad har du gjort för att få ner febern?', answer: [{ valueString: 'Alvedon' }] },
            { linkId: 'measured-how', text: 'Hur mätte du?', answer: [{ valueCoding: { code: 'mouth', display: 'I munnen' } }] },
          ],
        },
        {
          linkId: 'high-fever',
          text: 'Hög feber',
          item: [
            { linkId: 'breathing', text: 'Har du svårt att andas?', answer: [{ valueBoolean: true }] },
            { linkId: 'confused', text: 'Känner du dig förvirrad?', answer: [{ valueBoolean: false }] },
          ],
        },
      ],
    });
  });

  it('answering "no" to fever afterwards drops the whole chain from the response', async () => {
    const el = await mount(feverChains, 'en');
    first(el, 'fever').focus();
    await press('Space');
    await press('Tab', 'Tab');
    await type('40');
    expect(visibleText(el)).to.contain('High fever');
    first(el, 'fever').focus();
    await press('ArrowDown'); // No
    expect(visibleText(el)).not.to.contain('High fever');
    (el.shadowRoot!.querySelector('button[type=submit]') as HTMLElement).focus();
    const response = await submit(el);
    expect(response.item).to.deep.equal([{ linkId: 'symptoms', text: 'Your symptoms', item: [{ linkId: 'fever', text: 'Do you have a fever?', answer: [{ valueBoolean: false }] }] }]);
  });

  it('two medicines and two allergies, with a repeating group and repeating answers', async () => {
    const el = await mount(medications, 'en');
    first(el, 'medicine-name').focus();
    await type('Alvedon');
    await press('Tab');
    await press('Space'); // as needed: yes
    await press('Tab');
    expect(focused().textContent).to.equal('Add Medicines you take');
    await press('Enter');
    await el.updateComplete;
    expect(focused().textContent).to.equal('Medicines you take 2');
    await press('Tab');
    await type('Levaxin');
    await press('Tab');
    await press('ArrowDown'); // as needed: no → times a day appears
    await press('Tab');
    expect(linkIdOfFocus()).to.equal('times-a-day');
    await type('1');
    await press('Tab', 'Tab', 'Tab');
    expect(linkIdOfFocus()).to.equal('allergy');
    await type('Pollen');
    await press('Tab');
    expect(focused().textContent).to.equal('Add another answer');
    await press('Enter');
    await el.updateComplete;
    expect(focused().getAttribute('aria-label')).to.equal('Allergies 2');
    await type('Nuts');
    await press('Tab', 'Tab', 'Tab');
    expect(focused().textContent).to.equal('Send');
    const response = await submit(el);
    expect(response.item).to.deep.equal([
      {
        linkId: 'medicine',
        text: 'Medicines you take',
        item: [
          { linkId: 'medicine-name', text: 'Name of the medicine', answer: [{ valueString: 'Alvedon' }] },
          { linkId: 'as-needed', text: 'Do you take it as needed?', answer: [{ valueBoolean: true }] },
        ],
      },
      {
        linkId: 'medicine',
        text: 'Medicines you take',
        item: [
          { linkId: 'medicine-name', text: 'Name of the medicine', answer: [{ valueString: 'Levaxin' }] },
          { linkId: 'as-needed', text: 'Do you take it as needed?', answer: [{ valueBoolean: false }] },
          { linkId: 'times-a-day', text: 'How many times a day?', answer: [{ valueInteger: 1 }] },
        ],
      },
      { linkId: 'allergy', text: 'Allergies', answer: [{ valueString: 'Pollen' }, { valueString: 'Nuts' }] },
    ]);
  });

  it('every item type, in English, filled by keyboard', async () => {
    const el = await mount(allTypes, 'en');
    first(el, 'name').focus();
    await type('Tolvan');
    await press('Tab');
    await type('Headache since yesterday');
    await press('Tab');
    await press('ArrowDown'); // smoker: No
    await press('Tab');
    await type('42');
    await press('Tab');
    await type('72.5');
    await press('Tab');
    await type('37,8');
    await press('Tab');
    await type('2026-11-20');
    await press('Tab');
    await type('2026-11-25 07:30');
    await press('Tab');
    await type('6.45');
    await press('Tab');
    await type('https://www.1177.se/');
    await press('Tab');
    expect(linkIdOfFocus()).to.equal('side');
    await press('ArrowDown'); // Höger (second)
    await press('Tab');
    expect(linkIdOfFocus()).to.equal('pain');
    await press('Space'); // head
    await press('Tab', 'Tab');
    await press('Space'); // belly
    await press('Tab');
    expect(linkIdOfFocus()).to.equal('contact');
    await press('ArrowDown'); // Telefon → Video
    await press('Tab');
    expect(linkIdOfFocus()).to.equal('severity');
    await press('ArrowRight', 'ArrowRight', 'ArrowRight');
    await press('Tab');
    expect(linkIdOfFocus()).to.equal('visits');
    await press('ArrowDown'); // 1
    await press('Tab');
    await press('Space'); // 2026-01-15
    await press('Tab');
    expect(linkIdOfFocus()).to.equal('pharmacy');
    await press('Tab'); // past the radios to "other"
    await type('Apotek Hjärtat');
    await press('Tab');
    expect(linkIdOfFocus()).to.equal('photo');
    await press('Tab');
    expect(linkIdOfFocus()).to.equal('clinic');
    await type('ignored');
    await press('Tab');
    const response = await submit(el);
    const answers = Object.fromEntries(response.item!.flatMap((g) => g.item!).map((i) => [i.linkId, i.answer]));
    expect(answers).to.deep.equal({
      name: [{ valueString: 'Tolvan' }],
      story: [{ valueString: 'Headache since yesterday' }],
      smoker: [{ valueBoolean: false }],
      age: [{ valueInteger: 42 }],
      weight: [{ valueQuantity: { value: 72.5, unit: 'kg', system: 'http://unitsofmeasure.org', code: 'kg' } }],
      temp: [{ valueDecimal: 37.8 }],
      start: [{ valueDate: '2026-11-20' }],
      'last-meal': [{ valueDateTime: '2026-11-25T07:30:00+01:00' }],
      wake: [{ valueTime: '06:45:00' }],
      site: [{ valueUri: 'https://www.1177.se/' }],
      side: [{ valueCoding: { system: 'urn:nara:side', code: 'right', display: 'Höger' } }],
      pain: [{ valueCoding: { system: 'urn:nara:site', code: 'head', display: 'Huvudet' } }, { valueCoding: { system: 'urn:nara:site', code: 'belly', display: 'Magen' } }],
      contact: [{ valueString: 'Video' }],
      severity: [{ valueInteger: 3 }],
      visits: [{ valueInteger: 1 }],
      'when-seen': [{ valueDate: '2026-01-15' }],
      pharmacy: [{ valueString: 'Apotek Hjärtat' }],
      clinic: [{ valueString: 'Vårdcentralen Nära' }],
      'form-version': [{ valueString: 'v2' }],
    });
    expect(response.item!.map((g) => g.text)).to.deep.equal(['About you', 'Choices', 'From the clinic']);
  });

  it('English translations reach the response text, options included', async () => {
    const el = await mount(phq9, 'en');
    expect(visibleText(el)).to.contain('How have you felt over the last two weeks?');
    for (const display of DISPLAY_EN) expect(visibleText(el)).to.contain(display);
    el.response = { resourceType: 'QuestionnaireResponse', status: 'in-progress', item: [{ linkId: 'phq-2', answer: [{ valueCoding: { system: SCALE, code: '2' } }] }] };
    await el.updateComplete;
    expect(visibleText(el), 'a translated valueString option').to.contain('Somewhat difficult');
    el.response = { resourceType: 'QuestionnaireResponse', status: 'in-progress' };
    await el.updateComplete;
    first(el, 'phq-1').focus();
    await press('ArrowDown');
    expect(el.response!.item![0]).to.deep.equal({
      linkId: 'phq-1',
      text: 'Little interest or pleasure in doing things',
      // the coding keeps the code system's own display; the question's text follows the language
      answer: [{ valueCoding: { system: SCALE, code: '1', display: DISPLAY[1] } }],
    });
  });
});
