import type { ConversationRecord, NewChatEvent } from '../store.js';
import type { Scope, StoreCase } from './kit.js';
import { same } from './kit.js';

const conversation = (s: Scope, over: Partial<ConversationRecord> = {}): ConversationRecord => ({
  id: `conversation-${crypto.randomUUID()}`,
  owner: s.person(),
  clinic: s.clinic(),
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

const seqs = (n: number, from = 1) => Array.from({ length: n }, (_, i) => i + from);

export const conversationCases: StoreCase[] = [
  {
    area: 'conversations',
    name: 'keeps a conversation and changes its profession and status; an unknown id is undefined',
    async run(store, s) {
      const c = conversation(s, { assessmentId: 'a-1' });
      await store.conversations.create(c);
      same(await store.conversations.get(c.id), c, 'as created');
      await store.conversations.update(c.id, { profession: 'doctor' });
      await store.conversations.update(c.id, { status: 'open' });
      same(await store.conversations.get(c.id), { ...c, profession: 'doctor', status: 'open' }, 'updated');
      same(await store.conversations.get('no-such-conversation'), undefined, 'unknown id');
    },
  },
  {
    area: 'conversations',
    name: 'numbers 50 concurrent appends 1…50 with no gaps, per conversation',
    async run(store, s) {
      const one = conversation(s);
      const two = conversation(s);
      await store.conversations.create(one);
      await store.conversations.create(two);
      same(await store.conversations.lastSeq(one.id), 0, 'nothing yet');
      const results = await Promise.all([
        ...Array.from({ length: 50 }, (_, i) => store.conversations.append(one.id, message(`a${i}`))),
        ...Array.from({ length: 5 }, (_, i) => store.conversations.append(two.id, message(`b${i}`))),
      ]);
      same(results.slice(0, 50).map((r) => r.event.seq).sort((a, b) => a - b), seqs(50), 'each seq once');
      same(await store.conversations.lastSeq(one.id), 50, 'last seq');
      same(await store.conversations.lastSeq(two.id), 5, 'the other conversation counts on its own');
      same((await store.conversations.listAfter(one.id, 0)).map((e) => e.seq), seqs(50), 'listed in order');
    },
  },
  {
    area: 'conversations',
    name: 'lists after a seq, at most `limit`, in order',
    async run(store, s) {
      const c = conversation(s);
      await store.conversations.create(c);
      for (let i = 0; i < 10; i++) await store.conversations.append(c.id, message(`m${i}`));
      same((await store.conversations.listAfter(c.id, 4, 3)).map((e) => e.seq), [5, 6, 7], 'after 4, three');
      same(await store.conversations.listAfter(c.id, 10), [], 'after the last');
    },
  },
  {
    area: 'conversations',
    name: 'appends once per idempotency key, also concurrently; the same key in another conversation is another event',
    async run(store, s) {
      const one = conversation(s);
      const two = conversation(s);
      await store.conversations.create(one);
      await store.conversations.create(two);
      const first = await store.conversations.append(one.id, message('hej'), 'k1');
      same(first.duplicate, false, 'first append');
      same(await store.conversations.hasKey(one.id, 'k1'), true, 'key kept');
      same(await store.conversations.hasKey(one.id, 'k2'), false, 'unused key');
      same(await store.conversations.append(one.id, message('hej igen'), 'k1'), { event: first.event, duplicate: true }, 'a resend answers the first event');
      const raced = await Promise.all([1, 2, 3, 4, 5].map(() => store.conversations.append(one.id, message('samtidigt'), 'k2')));
      same(raced.filter((r) => !r.duplicate).length, 1, 'one of the racing appends');
      same(new Set(raced.map((r) => r.event.seq)).size, 1, 'all answered with the same event');
      same(await store.conversations.lastSeq(one.id), 2, 'nothing twice');
      same(await store.conversations.hasKey(two.id, 'k1'), false, 'keys are per conversation');
      same((await store.conversations.append(two.id, message('hej'), 'k1')).duplicate, false, 'the same key elsewhere');
    },
  },
  {
    area: 'conversations',
    name: 'waiting: queued conversations of a clinic and profession, oldest first; listByClinic by status',
    async run(store, s) {
      const older = conversation(s, { createdAt: '2030-01-01T08:00:00.000Z' });
      const newer = conversation(s, { createdAt: '2030-01-01T09:00:00.000Z' });
      const doctor = conversation(s, { profession: 'doctor' });
      const taken = conversation(s, { createdAt: '2030-01-01T07:00:00.000Z' });
      const elsewhere = conversation(s, { clinic: s.clinic('other') });
      for (const c of [newer, older, doctor, taken, elsewhere]) await store.conversations.create(c);
      await store.conversations.update(taken.id, { status: 'open' });
      same(await store.conversations.waiting(s.clinic(), 'nurse'), [older.id, newer.id], 'waiting, oldest first');
      const listed = await store.conversations.listByClinic(s.clinic(), ['queued', 'open']);
      same(listed.map((c) => c.id).sort(), [older.id, newer.id, doctor.id, taken.id].sort(), 'queued and open');
      same(listed.find((c) => c.id === taken.id), { ...taken, status: 'open' }, 'as updated');
      same((await store.conversations.listByClinic(s.clinic(), ['open'])).map((c) => c.id), [taken.id], 'open only');
      same(await store.conversations.listByClinic(s.clinic('empty'), ['queued']), [], 'a clinic with none');
    },
  },
  {
    area: 'conversations',
    name: 'lists owners’ conversations newest first, and keeps the outcome and a read marker that only moves forward',
    async run(store, s) {
      const owner = s.person('owner');
      const child = s.person('child');
      const older = conversation(s, { owner, createdAt: '2026-11-25T08:00:00.000Z' });
      const newer = conversation(s, { owner, createdAt: '2026-11-26T08:00:00.000Z', startedBy: 'staff' });
      const childs = conversation(s, { owner: child, createdAt: '2026-11-25T09:00:00.000Z' });
      for (const c of [older, newer, childs, conversation(s)]) await store.conversations.create(c);
      same((await store.conversations.listByOwners([owner, child])).map((c) => c.id), [newer.id, childs.id, older.id], 'newest first');
      same(await store.conversations.listByOwners([s.person('stranger')]), [], 'nobody else’s');
      same((await store.conversations.get(newer.id))!.startedBy, 'staff', 'who started it');
      await store.conversations.update(older.id, { patientReadSeq: 5 });
      await store.conversations.update(older.id, { patientReadSeq: 3 });
      await store.conversations.update(older.id, { status: 'closed', outcome: 'advice' });
      same(await store.conversations.get(older.id), { ...older, status: 'closed', outcome: 'advice', patientReadSeq: 5 }, 'outcome kept, read marker never back');
    },
  },
];
