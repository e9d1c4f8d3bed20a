// Store conformance for issue #17: status and event in one write, claiming an assessment, refused
// access-log entries, and quotas. Called for every store (memory, PGlite, PostgreSQL) from store.node.test.ts.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AttachmentRecord, BookingRecord, ConversationRecord, NewChatEvent, Store, TriageCase } from '@nara/server';

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

    describe('quotas: counted and written atomically', () => {
      it('conversations: at most openPerClinic queued or open per owner and clinic, also when raced; closed ones do not count', async () => {
        const owner = someone();
        const results = await Promise.all(Array.from({ length: 8 }, () => store.conversations.create(conversation({ owner }), { openPerClinic: 3 })));
        assert.equal(results.filter(Boolean).length, 3);
        assert.equal(await store.conversations.create(conversation({ owner, clinic: 'vc-kvarnen' }), { openPerClinic: 3 }), true, 'another clinic');
        const closed = conversation({ owner, status: 'closed' });
        assert.equal(await store.conversations.create(closed), true, 'no limit asked: always');
        assert.equal(await store.conversations.create(conversation({ owner }), { openPerClinic: 3 }), false);
        const [first] = (await store.conversations.listByClinic('vc-linden', ['queued'])).filter((c) => c.owner === owner);
        await store.conversations.transition(first.id, { status: ['queued'] }, { status: 'closed' }, { type: 'closed', at: first.createdAt, by: 'staff' });
        assert.equal(await store.conversations.create(conversation({ owner }), { openPerClinic: 3 }), true, 'room after one closed');
      });

      it('bookings: at most futurePerClinic booked times after now, also when raced; cancelled and past ones do not count', async () => {
        const person = someone();
        const clinic = `c-${crypto.randomUUID()}`;
        const booking = (start: string, over: Partial<BookingRecord> = {}): BookingRecord => ({
          id: crypto.randomUUID(),
          person,
          slotId: `${clinic}/nurse/physical/${start}/${crypto.randomUUID()}`,
          clinic,
          profession: 'nurse',
          visitType: 'physical',
          start,
          end: start,
          status: 'booked',
          createdAt: '2030-01-01T08:00:00.000Z',
          revision: 0,
          ...over,
        });
        const limit = { futurePerClinic: 2, now: '2030-01-01T08:00:00.000Z' };
        assert.equal((await store.bookings.create(booking('2029-12-01T08:00:00.000Z'))).outcome, 'created', 'a past one');
        const raced = await Promise.all(Array.from({ length: 6 }, (_, i) => store.bookings.create(booking(`2030-02-0${i + 1}T08:00:00.000Z`), undefined, limit)));
        assert.deepEqual(raced.map((r) => r.outcome).sort(), ['created', 'created', 'quota', 'quota', 'quota', 'quota']);
        const created = raced.find((r) => r.outcome === 'created');
        assert.ok(created?.outcome === 'created');
        await store.bookings.cancel(created.booking.id, '2030-01-01T08:00:00.000Z');
        assert.equal((await store.bookings.create(booking('2030-03-01T08:00:00.000Z'), undefined, limit)).outcome, 'created', 'room after a cancellation');
        assert.equal((await store.bookings.create(booking('2030-03-02T08:00:00.000Z'), 'k', limit)).outcome, 'quota');
      });

      it('bookings: a replay must name the same slot and assessment', async () => {
        const person = someone();
        const base: BookingRecord = {
          id: crypto.randomUUID(), person, slotId: `s-${crypto.randomUUID()}`, clinic: 'vc-linden', profession: 'nurse', visitType: 'physical',
          start: '2030-02-01T08:00:00.000Z', end: '2030-02-01T08:20:00.000Z', status: 'booked', assessmentId: 'a-1', createdAt: '2030-01-01T08:00:00.000Z', revision: 0,
        };
        assert.equal((await store.bookings.create(base, 'key')).outcome, 'created');
        assert.equal((await store.bookings.create({ ...base, id: crypto.randomUUID() }, 'key')).outcome, 'replayed');
        assert.equal((await store.bookings.create({ ...base, id: crypto.randomUUID(), assessmentId: 'a-2' }, 'key')).outcome, 'key-reused');
      });

      it('attachments: at most `bytes` per owner, also when raced; unreferenced files expire, referenced ones stay', async () => {
        const owner = someone();
        const file = (size: number, creation = '2030-01-01T08:00:00.000Z'): AttachmentRecord => ({
          id: crypto.randomUUID(), owner, contentType: 'image/png', title: 'a.png', size, creation, bytes: new Uint8Array(size),
        });
        const raced = await Promise.all(Array.from({ length: 6 }, () => store.attachments.put(file(100), { bytes: 250 })));
        assert.equal(raced.filter(Boolean).length, 2);
        const old = file(10, '2030-01-01T07:00:00.000Z');
        const sent = file(10, '2030-01-01T07:00:00.000Z');
        assert.equal(await store.attachments.put(old, { bytes: 250 }), true);
        assert.equal(await store.attachments.put(sent, { bytes: 250 }), true);
        await store.attachments.markReferenced(owner, [sent.id]);
        await store.attachments.markReferenced(someone(), [old.id]); // someone else's mark is ignored
        const deleted = await store.attachments.deleteUnreferenced('2030-01-01T07:30:00.000Z');
        assert.ok(deleted >= 1);
        assert.equal(await store.attachments.get(old.id), undefined);
        assert.equal((await store.attachments.get(sent.id))?.id, sent.id);
        assert.equal(await store.attachments.put(file(30), { bytes: 250 }), true, 'room again');
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
