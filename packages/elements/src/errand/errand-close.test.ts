import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { NaraErrand } from './errand.js';
import { searchDiagnoses } from './diagnosis-combobox.js';
import { resetOverrides, startBackend } from '../../../../test/helpers/backend.js';
import { deepActiveElement, waitForText } from '../../../../test/helpers/elements.js';
import { errandWithPicture, staffBackend } from '../../../../test/helpers/staff-errand.js';

type Kit = Awaited<ReturnType<typeof startBackend>>;
const $ = <T extends Element>(el: NaraErrand, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const options = (el: NaraErrand) => [...el.shadowRoot!.querySelectorAll('[role="option"]')].map((o) => o.textContent!.trim().replace(/\s+/g, ' '));

describe('nara-errand: closing with diagnoses', () => {
  let kit: Kit;
  beforeEach(async () => {
    kit = await startBackend();
  });
  afterEach(() => resetOverrides());

  /** An errand the nurse has taken, shown to her. */
  async function takenErrand(locale = 'sv') {
    const { conversation } = await errandWithPicture();
    const el = await fixture<NaraErrand>(html`<nara-errand locale=${locale} conversation=${conversation.id} .backend=${staffBackend('staff-anna')}></nara-errand>`);
    await waitForText(el, locale === 'sv' ? 'Ta ärendet' : 'Take the errand');
    $<HTMLButtonElement>(el, '.row button').click();
    await waitUntil(() => el.shadowRoot!.querySelector('#close-diagnosis') && !$<HTMLButtonElement>(el, 'form.close button[type="submit"]').disabled, 'taken');
    // Taking moves focus to the reply box once the report is read again: wait for it before typing elsewhere.
    await waitUntil(() => deepActiveElement()?.id === 'reply', 'focus on the reply box');
    return { el, id: conversation.id };
  }

  it('is accessible with the list open, in sv and en', async () => {
    for (const locale of ['sv', 'en']) {
      const { el } = await takenErrand(locale);
      await expect(el).to.be.accessible();
      $<HTMLInputElement>(el, '#close-diagnosis').focus();
      await sendKeys({ type: 'cyst' });
      await waitUntil(() => options(el).length > 0, 'suggestions');
      await sendKeys({ press: 'ArrowDown' });
      await expect(el).to.be.accessible();
    }
  });

  it('searches codes and Swedish or English words, without caring for diacritics', () => {
    expect(searchDiagnoses('J06').map((d) => d.code)).to.deep.equal(['J06.9']);
    expect(searchDiagnoses('j069').map((d) => d.code)).to.deep.equal(['J06.9']);
    expect(searchDiagnoses('forkylning').map((d) => d.code)).to.include('J00');
    expect(searchDiagnoses('cystitis').map((d) => d.code)).to.include('N30.0');
    expect(searchDiagnoses('halsfluss zzz')).to.deep.equal([]);
  });

  it('keyboard only: finds "förkylning", picks two diagnoses, adds an ATC code and a visit; the server keeps the coded outcome', async () => {
    const { el, id } = await takenErrand();
    const input = $<HTMLInputElement>(el, '#close-diagnosis');
    input.focus();
    await sendKeys({ type: 'förkyl' });
    await waitUntil(() => options(el).some((o) => o.startsWith('J00 Akut nasofaryngit')), 'the cold is suggested');
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'ArrowDown' });
    const active = input.getAttribute('aria-activedescendant')!;
    expect(el.shadowRoot!.getElementById(active)!.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.querySelector('ul.chosen'), 'a chosen diagnosis');
    expect(deepActiveElement()).to.equal(input, 'focus stays in the box');
    await sendKeys({ type: 'j02.0' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.querySelectorAll('ul.chosen button').length === 2, 'two diagnoses');
    await sendKeys({ press: 'Escape' });
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.id).to.equal('close-atc');
    await sendKeys({ type: 'j01ce02' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    expect($<HTMLInputElement>(el, '#close-visit').checked).to.equal(true);
    $<HTMLButtonElement>(el, 'form.close button[type="submit"]').focus();
    await sendKeys({ press: 'Enter' });
    await waitForText(el, 'Ärendet är avslutat.');
    const kept = await kit.app.context.store.followUp.get(id);
    expect(kept?.outcome).to.deep.equal({ diagnosis: ['J00', 'J02.0'], prescribed: ['J01CE02'], visitBooked: true });
    expect((await kit.app.context.store.conversations.get(id))!.outcome).to.equal('booked');
  });

  it('a whole code not on the list can be used; a picked one is removed by its button; a bad ATC code is an error and nothing typed is lost', async () => {
    const { el, id } = await takenErrand('en');
    const input = $<HTMLInputElement>(el, '#close-diagnosis');
    input.focus();
    await sendKeys({ type: 'K35.8' });
    await waitUntil(() => options(el).includes('Use the code K35.8'), 'the typed code is offered');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.querySelectorAll('ul.chosen button').length === 1);
    await sendKeys({ type: 'N30' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.querySelectorAll('ul.chosen button').length === 2);
    const remove = $<HTMLButtonElement>(el, 'ul.chosen button');
    expect(remove.getAttribute('aria-label')).to.equal('Remove K35.8');
    remove.click();
    await waitUntil(() => el.shadowRoot!.querySelectorAll('ul.chosen button').length === 1, 'removed');
    expect(deepActiveElement()).to.equal(input);
    $<HTMLInputElement>(el, '#close-atc').value = 'NOTATC';
    $<HTMLFormElement>(el, 'form.close').requestSubmit();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]'), 'the error shows');
    expect($<HTMLInputElement>(el, '#close-atc').value).to.equal('NOTATC');
    expect(el.shadowRoot!.querySelectorAll('ul.chosen button').length).to.equal(1);
    expect(await kit.app.context.store.followUp.get(id)).to.equal(undefined);
    expect((await kit.app.context.store.conversations.get(id))!.status).to.equal('open');
  });
});
