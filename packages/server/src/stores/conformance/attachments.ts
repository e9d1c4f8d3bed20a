import type { AttachmentRecord } from '../store.js';
import type { StoreCase } from './kit.js';
import { check, same } from './kit.js';

const file = (owner: string): AttachmentRecord => {
  // a PNG signature, then bytes that would break any text round trip (NUL, 0xff, …)
  const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0x00, 0x7f, ...Array.from({ length: 3000 }, (_, i) => (i * 37) % 256)]);
  return { id: crypto.randomUUID(), owner, contentType: 'image/png', title: 'utslag.png', size: bytes.byteLength, creation: '2030-01-01T10:00:00.000Z', bytes };
};

export const attachmentCases: StoreCase[] = [
  {
    area: 'attachments',
    name: 'keeps a file’s bytes exactly, with what was checked about it; an unknown id is undefined',
    async run(store, s) {
      const f = file(s.person());
      await store.attachments.put(f);
      const got = await store.attachments.get(f.id);
      check(got?.bytes instanceof Uint8Array, 'bytes come back as a Uint8Array');
      same(got, f, 'the same record, byte for byte');
      same(await store.attachments.get('no-such-file'), undefined, 'unknown id');
    },
  },
  {
    area: 'attachments',
    name: 'hands out copies: changing one changes nothing stored',
    async run(store, s) {
      const f = file(s.person());
      await store.attachments.put(f);
      f.bytes[0] = 0;
      const got = (await store.attachments.get(f.id))!;
      same(got.bytes[0], 0x89, 'changing what was put');
      got.bytes[1] = 0;
      same((await store.attachments.get(f.id))!.bytes[1], 0x50, 'changing what get answered');
    },
  },
];
