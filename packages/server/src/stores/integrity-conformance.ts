// Store conformance for issue #17: status and event in one write, claiming an assessment, refused
// access-log entries, and quotas. Called for every store (memory, PGlite, PostgreSQL) from store.node.test.ts.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ConversationRecord, NewChatEvent, Store, TriageCase } from './store.js';

let counter = 0;
const someone = () => `1985${String(Date.now() % 1e6).padStart(6, '0')}${String(++counter).padStart(2, '0')}`;

export function integrityConformance(name: string, factory: () => Promise<Store>): void {
  describe(`Store conformance (integrity, quotas): ${name}`, () => {
    let store: Store;
    before(async () => {
      store = await factory();
    });
    after(async () => {
      await store?.close?.();
    });

    const conversation = (over: Partial<ConversationRecord> = {}): ConversationRecord => ({
      id: crypto.randomUUID(),
      owner: someone(),
      clinic: 'vc-linden',
      profession: 'nurse',
      status: 'queued',
      locale: 'sv',
      createdAt: '2030-01-01T08:00:00.000Z',
      ...over,
    });
    const joined: NewChatEvent = { type: 'staff-joined', at: '2030-01-01T08:01:00.000Z', staff: { name: 'Anna', profession: 'nurse' } };

    describe('conversations.transition: status and event together', () => {
      it('changes the status and appends the event with the next seq, in one write', async () => {
        const c = conversation();
        await store.conversations.create(c);
        await store.conversations.append(c.id, { type: 'queue', at: c.createdAt, position: 1 });
        const event = await store.conversations.transition(c.id, { status: ['queued'], profession: 'nurse' }, { status: 'open' }, joined);
        assert.equal(event?.seq, 2);
        assert.equal((await store.conversations.get(c.id))?.status, 'open');
        assert.equal(await store.conversations.lastSeq(c.id), 2);
        assert.deepEqual((await store.conversations.listAfter(c.id, 1)).map((e) => e.type), ['staff-joined']);
      });

      it('from a state other than the one asked for, writes neither status nor event', async () => {
        const c = conversation({ profession: 'doctor' });
        await store.conversations.create(c);
        assert.equal(await store.conversations.transition(c.id, { status: ['queued'], profession: 'nurse' }, { status: 'open' }, joined), null);
        assert.equal(await store.conversations.transition(c.id, { status: ['open'] }, { status: 'closed' }, { type: 'closed', at: c.createdAt, by: 'staff' }), null);
        assert.equal(await store.conversations.transition('no-such-conversation', { status: ['queued'] }, { status: 'open' }, joined), null);
        assert.deepEqual(await store.conversations.get(c.id), c);
        assert.equal(await store.conversations.lastSeq(c.id), 0);
      });

      it('ten transitions from queued at once: exactly one happens, and its event is the only one', async () => {
        const c = conversation();
        await store.conversations.create(c);
        const results = await Promise.all(Array.from({ length: 10 }, () => store.conversations.transition(c.id, { status: ['queued'] }, { status: 'open' }, joined)));
        assert.equal(results.filter(Boolean).length, 1);
        assert.deepEqual((await store.conversations.listAfter(c.id, 0)).map((e) => [e.seq, e.type]), [[1, 'staff-joined']]);
      });

      it('a handover changes profession and status with its event', async () => {
        const c = conversation({ status: 'open' });
        await store.conversations.create(c);
        const event = await store.conversations.transition(c.id, { status: ['open', 'queued'], profession: 'nurse' }, { status: 'queued', profession: 'doctor' }, {
          type: 'handed-over',
          at: c.createdAt,
          from: 'nurse',
          to: 'doctor',
        });
        assert.equal(event?.type, 'handed-over');
        assert.deepEqual(await store.conversations.get(c.id), { ...c, status: 'queued', profession: 'doctor' });
        assert.deepEqual(await store.conversations.waiting('vc-linden', 'doctor').then((ids) => ids.includes(c.id)), true);
      });
    });

    describe('cases.claim', () => {
      const triageCase = (person?: string): TriageCase => ({
        id: crypto.randomUUID(),
        ...(person ? { person } : {}),
        reasonId: 'annat-medicinskt',
        subject: { kind: 'self' },
        redFlags: {},
        response: { resourceType: 'QuestionnaireResponse', status: 'completed' },
        assessment: { id: 'x' } as unknown as TriageCase['assessment'],
        created: '2030-01-01T08:00:00.000Z',
      });

      it('answers one’s own case, claims an unclaimed one once, and refuses someone else’s', async () => {
        const a = someone();
        const b = someone();
        const own = triageCase(a);
        const anonymous = triageCase();
        await store.cases.put(own);
        await store.cases.put(anonymous);
        assert.equal((await store.cases.claim(own.id, a))?.id, own.id);
        assert.equal(await store.cases.claim(own.id, b), null);
        assert.equal(await store.cases.claim('no-such-case', a), null);
        const raced = await Promise.all([a, b, a, b].map((p) => store.cases.claim(anonymous.id, p)));
        const winner = (await store.cases.get(anonymous.id))?.person;
        assert.ok(winner === a || winner === b);
        assert.deepEqual(raced.map((r) => r !== null), [a, b, a, b].map((p) => p === winner));
        assert.deepEqual((await store.cases.listByPerson(winner!)).map((c) => c.id).includes(anonymous.id), true);
      });
    });

    describe('accessLog: refused attempts', () => {
      it('keeps whether an entry was refused', async () => {
        const subject = someone();
        const base = { at: '2030-01-01T08:00:00.000Z', actor: someone(), role: 'patient' as const, subject, action: 'read' as const };
        await store.accessLog.append({ ...base, resource: 'booking:b-1', refused: true });
        await store.accessLog.append({ ...base, at: '2030-01-01T08:00:01.000Z', resource: 'bookings' });
        assert.deepEqual(await store.accessLog.list({ subject }), [
          { ...base, at: '2030-01-01T08:00:01.000Z', resource: 'bookings' },
          { ...base, resource: 'booking:b-1', refused: true },
        ]);
      });
    });
  });
}
