// What every Store's `conversations` area must do. Each store implementation runs it
// (memory in conversation-store.test.ts; PGlite / PostgreSQL stores call it with their own factory).
import { expect } from '@open-wc/testing';
import type { ConversationRecord, NewChatEvent, Store } from '../stores/store.js';

const record = (id: string, over: Partial<ConversationRecord> = {}): ConversationRecord => ({
  id,
  owner: '191212121212',
  clinic: 'vc-linden',
  profession: 'nurse',
  status: 'queued',
  locale: 'sv',
  createdAt: '2026-11-25T09:00:00.000Z',
  ...over,
});
const message = (text: string): NewChatEvent => ({
  type: 'message',
  at: '2026-11-25T09:01:00.000Z',
  id: crypto.randomUUID(),
  sender: { kind: 'patient' },
  text,
  attachments: [],
});

export function conversationStoreConformance(name: string, makeStore: () => Promise<Store> | Store) {
  describe(`${name}: conversations`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await store.close?.();
    });

    it('keeps a conversation and changes its profession and status', async () => {
      await store.conversations.create(record('c1', { assessmentId: 'a1' }));
      await store.conversations.update('c1', { profession: 'doctor', status: 'open' });
      expect(await store.conversations.get('c1')).to.deep.equal(record('c1', { assessmentId: 'a1', profession: 'doctor', status: 'open' }));
      expect(await store.conversations.get('nope')).to.equal(undefined);
    });

    it('gives 50 concurrent appends the seqs 1…50, each once, per conversation', async () => {
      await store.conversations.create(record('c1'));
      await store.conversations.create(record('c2'));
      const results = await Promise.all([
        ...Array.from({ length: 50 }, (_, i) => store.conversations.append('c1', message(`a${i}`))),
        ...Array.from({ length: 5 }, (_, i) => store.conversations.append('c2', message(`b${i}`))),
      ]);
      expect(results.slice(0, 50).map((r) => r.event.seq).sort((a, b) => a - b)).to.deep.equal(Array.from({ length: 50 }, (_, i) => i + 1));
      expect(await store.conversations.lastSeq('c1')).to.equal(50);
      expect(await store.conversations.lastSeq('c2')).to.equal(5);
      const listed = await store.conversations.listAfter('c1', 0);
      expect(listed.map((e) => e.seq)).to.deep.equal(Array.from({ length: 50 }, (_, i) => i + 1));
    });

    it('lists after a seq, at most `limit`, in order', async () => {
      await store.conversations.create(record('c1'));
      for (let i = 0; i < 10; i++) await store.conversations.append('c1', message(`m${i}`));
      expect((await store.conversations.listAfter('c1', 4, 3)).map((e) => e.seq)).to.deep.equal([5, 6, 7]);
      expect(await store.conversations.listAfter('c1', 10)).to.deep.equal([]);
    });

    it('appends once per idempotency key (also concurrently); the same key in another conversation is another event', async () => {
      await store.conversations.create(record('c1'));
      await store.conversations.create(record('c2'));
      const [a, b] = await Promise.all([store.conversations.append('c1', message('hej'), 'k'), store.conversations.append('c1', message('hej'), 'k')]);
      expect(a.event).to.deep.equal(b.event);
      expect([a.duplicate, b.duplicate].sort()).to.deep.equal([false, true]);
      expect(await store.conversations.hasKey('c1', 'k')).to.equal(true);
      expect(await store.conversations.hasKey('c2', 'k')).to.equal(false);
      expect((await store.conversations.append('c2', message('hej'), 'k')).duplicate).to.equal(false);
      expect(await store.conversations.lastSeq('c1')).to.equal(1);
    });

    it('lists who waits for a profession at a clinic, oldest first', async () => {
      await store.conversations.create(record('late', { createdAt: '2026-11-25T10:00:00.000Z' }));
      await store.conversations.create(record('early', { createdAt: '2026-11-25T08:00:00.000Z' }));
      await store.conversations.create(record('doctor', { profession: 'doctor' }));
      await store.conversations.create(record('open', { status: 'open' }));
      expect(await store.conversations.waiting('vc-linden', 'nurse')).to.deep.equal(['early', 'late']);
    });
  });
}
