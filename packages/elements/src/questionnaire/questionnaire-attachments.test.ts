import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { HttpBackend } from '@nara/client';
import './define.js';
import type { NaraQuestionnaire } from './questionnaire.js';
import type { Questionnaire } from '@nara/fhir';
import { API, PATIENT_TOKEN, resetOverrides, startBackend } from '../../../../test/helpers/backend.js';
import { collect, visibleText } from '../../../../test/helpers/elements.js';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj');
const photos: Questionnaire = {
  resourceType: 'Questionnaire',
  status: 'active',
  url: 'https://nara.dev/fhir/Questionnaire/photos',
  item: [{ linkId: 'photos', type: 'attachment', repeats: true, required: true, text: 'Bilder på utslaget' }],
};

describe('nara-questionnaire attachments through the backend', () => {
  let app: Awaited<ReturnType<typeof startBackend>>['app'];
  before(async () => {
    ({ app } = await startBackend());
  });
  afterEach(() => resetOverrides());

  const mount = () =>
    fixture<NaraQuestionnaire>(html`<nara-questionnaire .questionnaire=${photos} .backend=${new HttpBackend({ baseUrl: API, getToken: () => PATIENT_TOKEN, retries: 0 })}></nara-questionnaire>`);
  const choose = (el: NaraQuestionnaire, ...files: File[]) => {
    const input = el.shadowRoot!.querySelector('input[type=file]') as HTMLInputElement;
    const transfer = new DataTransfer();
    files.forEach((f) => transfer.items.add(f));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
  };

  it('uploads PNG and PDF with POST /v1/attachments and answers with their URLs, not their bytes', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
    choose(el, new File([PNG], 'utslag.png', { type: 'image/png' }), new File([PDF], 'remiss.pdf', { type: 'application/pdf' }));
    await waitUntil(() => (el.response!.item?.[0].answer?.length ?? 0) === 2, 'both files answered', { timeout: 5000 });
    const answers = el.response!.item![0].answer!.map((a) => a.valueAttachment!);
    expect(answers.map((a) => [a.contentType, a.title, a.size, a.data])).to.have.deep.members([
      ['image/png', 'utslag.png', PNG.length, undefined],
      ['application/pdf', 'remiss.pdf', PDF.length, undefined],
    ]);
    for (const a of answers) {
      expect(a.url).to.match(new RegExp(`^${API}/v1/attachments/[\\w-]+$`));
      const stored = await app.context.attachments.get('191212121212', a.url!.split('/').pop()!);
      expect(stored.size).to.equal(a.size);
    }
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.preview'), 'a preview of the image').to.have.length(1);
    expect(visibleText(el)).to.contain('utslag.png');
    await expect(el).to.be.accessible();
  });

  it('a file whose bytes are not an image is refused by the server (415) with a message, and nothing is attached', async () => {
    const el = await mount();
    const errors = collect(el, 'nara-error');
    choose(el, new File(['<script>alert(1)</script>'], 'bild.png', { type: 'image/png' }));
    await waitUntil(() => visibleText(el).includes('Den filtypen går inte att skicka.'), 'the 415 message', { timeout: 5000 });
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['unsupported-type']);
    expect(el.response!.item).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('takes at most five files', async () => {
    const el = await mount();
    choose(el, ...Array.from({ length: 6 }, (_, i) => new File([PNG], `bild-${i + 1}.png`, { type: 'image/png' })));
    await waitUntil(() => el.response!.item?.[0].answer?.length === 5, 'five answered', { timeout: 5000 });
    expect(visibleText(el)).to.contain('Du kan bifoga högst 5 filer.');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('input[type=file]'), 'no room for more').to.equal(null);
  });
});
