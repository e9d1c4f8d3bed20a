import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import { fillPhrase, type NaraErrand } from './errand.js';
import { resetOverrides, startBackend } from '../../../../test/helpers/backend.js';
import { collect, deepActiveElement, visibleText, waitForText } from '../../../../test/helpers/elements.js';
import { errandWithPicture, staffBackend } from '../../../../test/helpers/staff-errand.js';

type Kit = Awaited<ReturnType<typeof startBackend>>;
const $ = <T extends Element>(el: NaraErrand, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;

/** Tab until focus is on the element matching `selector` (at most 40 presses): what a keyboard user does. */
async function tabTo(el: NaraErrand, selector: string) {
  for (let i = 0; i < 40; i++) {
    if (deepActiveElement() === $(el, selector)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('nara-errand', () => {
  let kit: Kit;
  beforeEach(async () => {
    kit = await startBackend();
  });
  afterEach(() => resetOverrides());

  const mount = (id: string, locale = 'sv', staff = 'staff-anna') =>
    fixture<NaraErrand>(html`<nara-errand locale=${locale} conversation=${id} .backend=${staffBackend(staff)}></nara-errand>`);

  it('shows every answer with its question, the assessment and the picture — accessible in sv and en', async () => {
    const { conversation, assessment } = await errandWithPicture();
    const el = await mount(conversation.id);
    await expect(el).to.be.accessible();
    await waitForText(el, 'Snuva och utslag på armen');
    await waitUntil(() => el.shadowRoot!.querySelector('img'), 'the picture is shown');
    const img = $<HTMLImageElement>(el, 'img');
    expect(img.alt).to.equal('Bild från patienten: utslag.png');
    await waitUntil(() => img.complete && img.naturalWidth === 1, 'the picture loads');
    expect(visibleText(el)).to.include('Förkylning');
    expect(visibleText(el)).to.include(assessment.safetyNet);
    await waitForText(el, 'Se bilden på utslaget');
    await expect(el).to.be.accessible();
    const en = await mount(conversation.id, 'en');
    await waitForText(en, "The patient's report");
    await expect(en).to.be.accessible();
  });

  it('keyboard only: take, read, reply with a phrase, hand over; the doctor takes it and closes it', async () => {
    const { conversation } = await errandWithPicture();
    const el = await mount(conversation.id);
    await waitForText(el, 'Ta ärendet');
    const changes = collect(el, 'nara-errand-change');
    await tabTo(el, '.row button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActiveElement()?.id === 'reply', 'focus moves to the reply');
    await tabTo(el, '#phrase');
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => $<HTMLTextAreaElement>(el, '#reply').value.startsWith('Hej Tolvan! Jag heter Anna Sjöberg'), 'the greeting with both names');
    expect(deepActiveElement()?.id).to.equal('reply');
    await sendKeys({ type: 'Hur länge har du haft utslaget?' });
    await tabTo(el, '.reply button[type="submit"]');
    await sendKeys({ press: 'Enter' });
    await waitForText(el, 'Hur länge har du haft utslaget?');
    const events = await kit.app.context.store.conversations.listAfter(conversation.id, 0);
    const reply = events.find((e) => e.type === 'message' && e.sender.kind === 'staff');
    expect(reply && reply.type === 'message' && reply.text).to.equal('Hej Tolvan! Jag heter Anna Sjöberg och har läst det du skrivit. Hur länge har du haft utslaget?');
    await waitUntil(() => $<HTMLTextAreaElement>(el, '#reply').value === '', 'the box empties once the server has the reply');
    await tabTo(el, '#handover-to');
    // "Läkare" is the second choice (secretary, then doctor: nurse is left out)
    await sendKeys({ press: 'ArrowDown' });
    expect($<HTMLSelectElement>(el, '#handover-to').value).to.equal('doctor');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitForText(el, 'Överlämnat från Sjuksköterska till Läkare');
    await waitUntil(() => changes.length === 2, 'the handover is reported');
    expect(changes.map((e) => e.detail.status)).to.deep.equal(['open', 'queued']);
    await expect(el).to.be.accessible();

    const doctor = await mount(conversation.id, 'sv', 'staff-erik');
    await waitForText(doctor, 'Ta ärendet');
    await tabTo(doctor, '.row button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActiveElement()?.id === 'reply');
    await tabTo(doctor, '#outcome');
    await tabTo(doctor, 'form:has(#outcome) button');
    await sendKeys({ press: 'Enter' });
    await waitForText(doctor, 'Ärendet är avslutat.');
    expect((await kit.app.context.store.conversations.get(conversation.id))!.outcome).to.equal('advice');
    // the closing text shows at once (and in the chat log); focus moves once the report is read again
    await waitUntil(() => deepActiveElement()?.id === 'errand-h', 'focus moves to the errand heading');
    await expect(doctor).to.be.accessible();
  });

  it('sends PHQ-9; when the patient answers, staff see the score, its band and the alert', async () => {
    const { conversation, patient } = await errandWithPicture();
    const el = await mount(conversation.id, 'en');
    await waitForText(el, 'Take the errand');
    $<HTMLButtonElement>(el, '.row button').click();
    await waitUntil(() => el.shadowRoot!.querySelector('#form-id') && !$<HTMLButtonElement>(el, '.reply button').disabled);
    $<HTMLSelectElement>(el, '#form-id').value = 'phq-9';
    $<HTMLButtonElement>(el, '#form-id').closest('form')!.requestSubmit();
    await waitForText(el, 'Waiting for an answer');
    const sent = (await kit.app.context.store.conversations.listAfter(conversation.id, 0)).find((e) => e.type === 'form-sent')!;
    if (sent.type !== 'form-sent') throw new Error('no form');
    const items = (sent.questionnaire.item ?? []).filter((i) => i.type === 'choice');
    await patient.answerForm(conversation.id, {
      requestId: sent.requestId,
      response: { resourceType: 'QuestionnaireResponse', status: 'completed', item: items.map((i, n) => ({ linkId: i.linkId, answer: [{ valueCoding: { code: n === 8 ? '1' : '1' } }] })) },
    });
    await waitForText(el, '9 of 27 points – Mild depression');
    expect(visibleText(el)).to.include('Assess suicide risk today');
    await expect(el).to.be.accessible();
  });

  it('fills phrase placeholders and leaves no double spaces', () => {
    expect(fillPhrase('Hej {firstName}! Jag heter {staffName}.', { firstName: 'Tolvan', staffName: 'Anna' })).to.equal('Hej Tolvan! Jag heter Anna.');
    expect(fillPhrase('Hej {firstName} och välkommen', {})).to.equal('Hej och välkommen');
  });
});
