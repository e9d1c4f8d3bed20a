import { expect } from '@open-wc/testing';
import { NaraError } from '@nara/contract';
import { HttpBackend } from './http-backend.js';
import { API, PATIENT_TOKEN, failures, resetOverrides, startBackend } from '../../../test/helpers/backend.js';

describe('HttpBackend.uploadAttachment over the network (XMLHttpRequest)', () => {
  let use: Awaited<ReturnType<typeof startBackend>>['use'];
  before(async () => {
    ({ use } = await startBackend());
  });
  afterEach(() => resetOverrides());
  const backend = () => new HttpBackend({ baseUrl: API, getToken: () => PATIENT_TOKEN });

  it('sends the file as multipart, reports progress up to 1 and validates the answer', async () => {
    const bytes = new Uint8Array(2 * 1024 * 1024);
    bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const progress: number[] = [];
    const stored = await backend().uploadAttachment(new File([bytes], 'röntgen.png', { type: 'image/png' }), { onProgress: (f) => progress.push(f) });
    expect(stored).to.include({ contentType: 'image/png', size: bytes.length, title: 'röntgen.png' });
    expect(progress.at(-1)).to.equal(1);
    expect(progress).to.deep.equal([...progress].sort((a, b) => a - b));
  });

  it('turns a problem answer into a NaraError with its code', async () => {
    use(failures.status('post', '/v1/attachments', 413, 'too-large'));
    try {
      await backend().uploadAttachment(new File(['x'], 'a.pdf'));
      expect.fail('should reject');
    } catch (error) {
      expect(NaraError.is(error) && error.code).to.equal('too-large');
    }
  });

  it('rejects an answer that does not match the contract', async () => {
    use(failures.garbage('post', '/v1/attachments'));
    try {
      await backend().uploadAttachment(new File(['x'], 'a.pdf'));
      expect.fail('should reject');
    } catch (error) {
      expect(NaraError.is(error) && error.code).to.equal('contract');
    }
  });
});
