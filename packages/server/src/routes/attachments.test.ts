import { expect } from '@open-wc/testing';
import { HttpBackend } from '@nara/client';
import { MAX_ATTACHMENT_BYTES, NaraError } from '@nara/contract';
import { createApp } from '../app.js';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const PDF = new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj');
const GIF = new TextEncoder().encode('GIF89a\x01\x00\x01\x00');
const JPG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]);

function setup(token: string | null = 'test:197001011234') {
  const app = createApp();
  const backend = new HttpBackend({ baseUrl: 'https://vard.example/api', getToken: () => token, fetch: async (r) => app.fetch(new Request(r.url.replace("/api", ""), r)) });
  return { app, backend };
}

async function failure(promise: Promise<unknown>): Promise<NaraError> {
  try {
    await promise;
  } catch (error) {
    expect(NaraError.is(error)).to.equal(true);
    return error as NaraError;
  }
  throw new Error('expected a failure');
}

describe('POST /v1/attachments', () => {
  it('stores PDF, JPG, PNG and GIF by their bytes and gives them back to their owner only', async () => {
    const { backend, app } = setup();
    let progress = 0;
    for (const [bytes, type, name] of [[PNG, 'image/png', 'utslag.png'], [PDF, 'application/pdf', 'intyg.pdf'], [GIF, 'image/gif', 'a.gif'], [JPG, 'image/jpeg', '../../bilder/knä.jpg']] as const) {
      const stored = await backend.uploadAttachment(new File([bytes], name, { type: 'application/octet-stream' }), { onProgress: (f) => (progress = f) });
      expect(stored.contentType).to.equal(type);
      expect(stored.size).to.equal(bytes.byteLength);
      expect(stored.title).to.equal(name.replace('../../bilder/', ''));
      expect(stored.url).to.equal(`https://vard.example/v1/attachments/${stored.id}`);
      expect(progress).to.equal(1);
      const own = await app.fetch(new Request(stored.url, { headers: { Authorization: 'Bearer test:197001011234' } }));
      expect(own.status).to.equal(200);
      expect(own.headers.get('Content-Type')).to.equal(type);
      expect(new Uint8Array(await own.arrayBuffer())).to.deep.equal(bytes);
      const other = await app.fetch(new Request(stored.url, { headers: { Authorization: 'Bearer test:198002022345' } }));
      expect(other.status).to.equal(404);
    }
  });

  it('answers 415 unsupported-type for a file whose bytes are not an accepted type, whatever it claims', async () => {
    const { backend } = setup();
    const html = new File(['<script>alert(1)</script>'], 'bild.png', { type: 'image/png' });
    const error = await failure(backend.uploadAttachment(html));
    expect(error.code).to.equal('unsupported-type');
    expect(error.status).to.equal(415);
  });

  it('answers 413 too-large above the limit', async () => {
    const { backend } = setup();
    const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    big.set(PNG);
    const error = await failure(backend.uploadAttachment(new File([big], 'stor.png')));
    expect(error.code).to.equal('too-large');
    expect(error.status).to.equal(413);
  });

  it('stops reading a body far above the limit (413 before the file is parsed)', async () => {
    const { backend } = setup();
    const huge = new Uint8Array(MAX_ATTACHMENT_BYTES + 64 * 1024);
    huge.set(PNG);
    const error = await failure(backend.uploadAttachment(new File([huge], 'enorm.png')));
    expect(error.code).to.equal('too-large');
    expect(error.message).to.contain('10 MB');
  });

  it('needs a signed-in person', async () => {
    const { backend } = setup(null);
    expect((await failure(backend.uploadAttachment(new File([PNG], 'a.png')))).code).to.equal('auth');
  });

  it('answers 422 when the part "file" is missing', async () => {
    const { app } = setup();
    const body = new FormData();
    body.append('other', 'x');
    const response = await app.fetch(new Request('https://x/v1/attachments', { method: 'POST', body, headers: { Authorization: 'Bearer test:197001011234' } }));
    expect(response.status).to.equal(422);
    expect((await response.json()).code).to.equal('invalid');
  });
});
