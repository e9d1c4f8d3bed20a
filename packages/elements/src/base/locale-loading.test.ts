import { expect, fixture, html } from '@open-wc/testing';
import type { Assessment } from '@nara/contract';
import '../triage-result/define.js';
import type { NaraTriageResult } from '../triage-result/triage-result.js';

/** The strings modules of other languages this page has downloaded. */
const translationsLoaded = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((path) => /strings\.(\w+)\.(ts|js)$/.test(path));

const assessment = {
  id: 'a1',
  urgency: 'routine',
  redFlagsMet: [],
  why: [],
  actions: [],
  selfCare: [],
  safetyNet: [],
  profession: 'nurse',
  demo: false,
} as unknown as Assessment;

describe('a page in one language', () => {
  it('is accessible, and in Swedish downloads no other language', async () => {
    const el = await fixture<NaraTriageResult>(html`<nara-triage-result .assessment=${assessment}></nara-triage-result>`);
    await expect(el).to.be.accessible();
    expect(translationsLoaded()).to.deep.equal([]);
  });

  it('in Finnish downloads the Finnish strings of the elements it shows, and no Arabic or Somali', async () => {
    const el = await fixture<NaraTriageResult>(html`<nara-triage-result locale="fi" .assessment=${assessment}></nara-triage-result>`);
    expect(el.shadowRoot!.textContent).to.contain('Varaa aika, kun se sopii sinulle');
    const loaded = translationsLoaded();
    expect(loaded.some((p) => p.endsWith('triage-result/strings.fi.ts'))).to.equal(true);
    expect(loaded.every((p) => /strings\.fi\.ts$/.test(p)), loaded.join()).to.equal(true);
  });
});
