import type { AttachmentRecord, BookingRecord, ConversationRecord, NewChatEvent, TriageCase } from '../store.js';
import type { Scope, StoreCase } from './kit.js';
import { check, same } from './kit.js';

/**
 * Integrity and quotas (issue #17): a status and its event written together, claiming a triage case
 * once, quotas counted and written atomically (also when raced), refused access-log entries kept.
 */

const conversation = (scope: Scope, over: Partial<ConversationRecord> = {}): ConversationRecord => ({
  id: crypto.randomUUID(),
  owner: scope.person(),
  clinic: scope.clinic(),
  profession: 'nurse',
  status: 'queued',
  locale: 'sv',
  createdAt: '2030-01-01T08:00:00.000Z',
  ...over,
});
const joined: NewChatEvent = { type: 'staff-joined', at: '2030-01-01T08:01:00.000Z', staff: { name: 'Anna', profession: 'nurse' } };

const transitions: StoreCase[] = [
  {
    area: 'conversations',
    name: 'transition changes the status and appends the event with the next seq, in one write',
    async run(store, scope) {
      const c = conversation(scope);
      await store.conversations.create(c);
      await store.conversations.append(c.id, { type: 'queue', at: c.createdAt, position: 1 });
      const event = await store.conversations.transition(c.id, { status: ['queued'], profession: 'nurse' }, { status: 'open' }, joined);
      same(event?.seq, 2, 'the event gets the next seq');
      same((await store.conversations.get(c.id))?.status, 'open', 'the status changed');
      same(await store.conversations.lastSeq(c.id), 2, 'lastSeq');
      same((await store.conversations.listAfter(c.id, 1)).map((e) => e.type), ['staff-joined'], 'the event is stored');
    },
  },
  {
    area: 'conversations',
    name: 'transition from a state other than the one asked for writes neither status nor event',
    async run(store, scope) {
      const c = conversation(scope, { profession: 'doctor' });
      await store.conversations.create(c);
      same(await store.conversations.transition(c.id, { status: ['queued'], profession: 'nurse' }, { status: 'open' }, joined), null, 'another profession');
      same(await store.conversations.transition(c.id, { status: ['open'] }, { status: 'closed' }, { type: 'closed', at: c.createdAt, by: 'staff' }), null, 'another status');
      same(await store.conversations.transition(scope.id('missing'), { status: ['queued'] }, { status: 'open' }, joined), null, 'no such conversation');
      same(await store.conversations.get(c.id), c, 'the record is unchanged');
      same(await store.conversations.lastSeq(c.id), 0, 'no event');
    },
  },
  {
    area: 'conversations',
    name: 'ten transitions from queued at once: exactly one happens, and its event is the only one',
    async run(store, scope) {
      const c = conversation(scope);
      await store.conversations.create(c);
      const results = await Promise.all(Array.from({ length: 10 }, () => store.conversations.transition(c.id, { status: ['queued'] }, { status: 'open' }, joined)));
      same(results.filter(Boolean).length, 1, 'one transition');
      same((await store.conversations.listAfter(c.id, 0)).map((e) => [e.seq, e.type]), [[1, 'staff-joined']], 'one event');
    },
  },
  {
    area: 'conversations',
    name: 'a handover changes profession and status with its event',
    async run(store, scope) {
      const c = conversation(scope, { status: 'open' });
      await store.conversations.create(c);
      const event = await store.conversations.transition(c.id, { status: ['open', 'queued'], profession: 'nurse' }, { status: 'queued', profession: 'doctor' }, { type: 'handed-over', at: c.createdAt, from: 'nurse', to: 'doctor' });
      same(event?.type, 'handed-over', 'the event');
      same(await store.conversations.get(c.id), { ...c, status: 'queued', profession: 'doctor' }, 'the record');
      check((await store.conversations.waiting(c.clinic, 'doctor')).includes(c.id), 'waiting for a doctor');
    },
  },
];

const claims: StoreCase[] = [
  {
    area: 'cases',
    name: 'claim answers one’s own case, claims an unclaimed one once (also when raced), and refuses someone else’s',
    async run(store, scope) {
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
      const a = scope.person('a');
      const b = scope.person('b');
      const own = triageCase(a);
      const anonymous = triageCase();
      await store.cases.put(own);
      await store.cases.put(anonymous);
      same((await store.cases.claim(own.id, a))?.id, own.id, 'one’s own case');
      same(await store.cases.claim(own.id, b), null, 'someone else’s case');
      same(await store.cases.claim(scope.id('missing'), a), null, 'no such case');
      const raced = await Promise.all([a, b, a, b].map((p) => store.cases.claim(anonymous.id, p)));
      const winner = (await store.cases.get(anonymous.id))?.person;
      check(winner === a || winner === b, 'one of them claimed it');
      same(raced.map((r) => r !== null), [a, b, a, b].map((p) => p === winner), 'only the winner’s claims succeed');
      check((await store.cases.listByPerson(winner!)).some((c) => c.id === anonymous.id), 'the case is listed as the winner’s');
    },
  },
];

const quotas: StoreCase[] = [
  {
    area: 'conversations',
    name: 'quota: at most openPerClinic queued or open per owner and clinic, also when raced; closed ones do not count',
    async run(store, scope) {
      const owner = scope.person();
      const clinic = scope.clinic();
      const results = await Promise.all(Array.from({ length: 8 }, () => store.conversations.create(conversation(scope), { openPerClinic: 3 })));
      same(results.filter(Boolean).length, 3, 'three of eight raced');
      same(await store.conversations.create(conversation(scope, { clinic: scope.clinic('other') }), { openPerClinic: 3 }), true, 'another clinic');
      same(await store.conversations.create(conversation(scope, { status: 'closed' })), true, 'no limit asked: always');
      same(await store.conversations.create(conversation(scope), { openPerClinic: 3 }), false, 'the fourth');
      const [first] = (await store.conversations.listByClinic(clinic, ['queued'])).filter((c) => c.owner === owner);
      await store.conversations.transition(first.id, { status: ['queued'] }, { status: 'closed' }, { type: 'closed', at: first.createdAt, by: 'staff' });
      same(await store.conversations.create(conversation(scope), { openPerClinic: 3 }), true, 'room after one closed');
    },
  },
  {
    area: 'bookings',
    name: 'quota: at most futurePerClinic booked times after now, also when raced; cancelled and past ones do not count',
    async run(store, scope) {
      const clinic = scope.clinic();
      const booking = (start: string): BookingRecord => ({
        id: crypto.randomUUID(),
        person: scope.person(),
        slotId: `${clinic}/nurse/physical/${start}/${crypto.randomUUID()}`,
        clinic,
        profession: 'nurse',
        visitType: 'physical',
        start,
        end: start,
        status: 'booked',
        createdAt: '2030-01-01T08:00:00.000Z',
        revision: 0,
      });
      const limit = { futurePerClinic: 2, now: '2030-01-01T08:00:00.000Z' };
      same((await store.bookings.create(booking('2029-12-01T08:00:00.000Z'))).outcome, 'created', 'a past one');
      const raced = await Promise.all(Array.from({ length: 6 }, (_, i) => store.bookings.create(booking(`2030-02-0${i + 1}T08:00:00.000Z`), undefined, limit)));
      same(raced.map((r) => r.outcome).sort(), ['created', 'created', 'quota', 'quota', 'quota', 'quota'], 'two of six raced');
      const created = raced.find((r) => r.outcome === 'created');
      check(created?.outcome === 'created', 'one was created');
      await store.bookings.cancel(created.booking.id, '2030-01-01T08:00:00.000Z');
      same((await store.bookings.create(booking('2030-03-01T08:00:00.000Z'), undefined, limit)).outcome, 'created', 'room after a cancellation');
      same((await store.bookings.create(booking('2030-03-02T08:00:00.000Z'), scope.id('key'), limit)).outcome, 'quota', 'with a key too');
    },
  },
  {
    area: 'bookings',
    name: 'a replay with the same Idempotency-Key must name the same slot and assessment',
    async run(store, scope) {
      const base: BookingRecord = {
        id: crypto.randomUUID(), person: scope.person(), slotId: scope.id('slot'), clinic: scope.clinic(), profession: 'nurse', visitType: 'physical',
        start: '2030-02-01T08:00:00.000Z', end: '2030-02-01T08:20:00.000Z', status: 'booked', assessmentId: 'a-1', createdAt: '2030-01-01T08:00:00.000Z', revision: 0,
      };
      const key = scope.id('key');
      same((await store.bookings.create(base, key)).outcome, 'created', 'the first');
      same((await store.bookings.create({ ...base, id: crypto.randomUUID() }, key)).outcome, 'replayed', 'the same again');
      same((await store.bookings.create({ ...base, id: crypto.randomUUID(), assessmentId: 'a-2' }, key)).outcome, 'key-reused', 'another assessment');
    },
  },
  {
    area: 'attachments',
    name: 'quota: at most `bytes` per owner, also when raced; unreferenced files expire, referenced ones stay',
    async run(store, scope) {
      const owner = scope.person();
      const file = (size: number, creation = '2030-01-01T08:00:00.000Z'): AttachmentRecord => ({
        id: crypto.randomUUID(), owner, contentType: 'image/png', title: 'a.png', size, creation, bytes: new Uint8Array(size),
      });
      const raced = await Promise.all(Array.from({ length: 6 }, () => store.attachments.put(file(100), { bytes: 250 })));
      same(raced.filter(Boolean).length, 2, 'two of six raced');
      const old = file(10, '2030-01-01T07:00:00.000Z');
      const sent = file(10, '2030-01-01T07:00:00.000Z');
      same(await store.attachments.put(old, { bytes: 250 }), true, 'room for a small one');
      same(await store.attachments.put(sent, { bytes: 250 }), true, 'and another');
      await store.attachments.markReferenced(owner, [sent.id]);
      await store.attachments.markReferenced(scope.person('someone else'), [old.id]); // someone else's mark is ignored
      check((await store.attachments.deleteUnreferenced('2030-01-01T07:30:00.000Z')) >= 1, 'the unreferenced one is deleted');
      same(await store.attachments.get(old.id), undefined, 'gone');
      same((await store.attachments.get(sent.id))?.id, sent.id, 'the referenced one stays');
      same(await store.attachments.put(file(30), { bytes: 250 }), true, 'room again');
    },
  },
  {
    area: 'accessLog',
    name: 'keeps whether an entry was refused',
    async run(store, scope) {
      const subject = scope.person();
      const base = { at: '2030-01-01T08:00:00.000Z', actor: scope.person('actor'), role: 'patient' as const, subject, action: 'read' as const };
      await store.accessLog.append({ ...base, resource: 'booking:b-1', refused: true });
      await store.accessLog.append({ ...base, at: '2030-01-01T08:00:01.000Z', resource: 'bookings' });
      same(await store.accessLog.list({ subject }), [{ ...base, at: '2030-01-01T08:00:01.000Z', resource: 'bookings' }, { ...base, resource: 'booking:b-1', refused: true }], 'newest first, refused kept');
    },
  },
];

export const integrityCases: StoreCase[] = [...transitions, ...claims, ...quotas];
