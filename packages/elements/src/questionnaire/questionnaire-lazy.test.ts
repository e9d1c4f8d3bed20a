import { expect, fixture, html } from '@open-wc/testing';
import './define.js';
import type { NaraQuestionnaire } from './questionnaire.js';
import type { Questionnaire } from '@nara/fhir';
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
