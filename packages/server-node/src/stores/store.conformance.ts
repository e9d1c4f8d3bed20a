import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { bookingStoreCases, StoreConflict, type TriageCase, type AccessLogEntry, type AttachmentRecord, type BookingRecord, type ConversationRecord, type NewChatEvent, type Store } from '@nara/server';

/** Makes a fresh, empty store; the suite closes it when done. Called once per suite and once per case that needs an empty store. */
export type StoreFactory = () => Promise<Store>;

let counter = 0;
/** A personnummer-like id no other test uses, so tests can share one store. */
export const uniquePerson = () => `1990${String(Date.now() % 1e6).padStart(6, '0')}${String(++counter).padStart(2, '0')}`;

/**
 * The behaviour every `Store` must have. Call it from a `*.node.test.ts` file once per
 * implementation; each area adds its own `describe` block here.
 */
export function storeConformance(name: string, factory: StoreFactory): void {
  describe(`Store conformance: ${name}`, () => {
    let store: Store;
    before(async () => {
      store = await factory();
    });
    after(async () => {
      await store?.close?.();
    });

    describe('shortcuts', () => {
      it('a person with no shortcuts gets an empty list', async () => {
        assert.deepEqual(await store.shortcuts.get(uniquePerson()), []);
      });

      it('keeps the order the person saved', async () => {
        const person = uniquePerson();
        const refs = [
          { clinic: 'vc-linden', serviceId: 'book' },
          { clinic: 'vc-linden', serviceId: 'contact' },
          { clinic: 'vc-kvarnen', serviceId: 'book' },
        ];
        await store.shortcuts.put(person, refs);
        assert.deepEqual(await store.shortcuts.get(person), refs);
        await store.shortcuts.put(person, [refs[2], refs[0]]);
        assert.deepEqual(await store.shortcuts.get(person), [refs[2], refs[0]]);
      });

      it("one person's shortcuts are not another's", async () => {
        const a = uniquePerson();
        const b = uniquePerson();
        await store.shortcuts.put(a, [{ clinic: 'vc-linden', serviceId: 'book' }]);
        assert.deepEqual(await store.shortcuts.get(b), []);
        await store.shortcuts.put(b, []);
        assert.equal((await store.shortcuts.get(a)).length, 1);
      });

      it('a returned list is a copy: changing it changes nothing stored', async () => {
        const person = uniquePerson();
        await store.shortcuts.put(person, [{ clinic: 'vc-linden', serviceId: 'book' }]);
        const got = await store.shortcuts.get(person);
        got[0].serviceId = 'changed';
        got.push({ clinic: 'x', serviceId: 'y' });
        assert.deepEqual(await store.shortcuts.get(person), [{ clinic: 'vc-linden', serviceId: 'book' }]);
      });

      it('concurrent saves leave one of them whole, never a mix', async () => {
        const person = uniquePerson();
        const first = [1, 2, 3].map((n) => ({ clinic: 'vc-linden', serviceId: `a${n}` }));
        const second = [1, 2].map((n) => ({ clinic: 'vc-kvarnen', serviceId: `b${n}` }));
        await Promise.all([store.shortcuts.put(person, first), store.shortcuts.put(person, second)]);
        const got = await store.shortcuts.get(person);
        assert.ok(
          JSON.stringify(got) === JSON.stringify(first) || JSON.stringify(got) === JSON.stringify(second),
          `got a mix: ${JSON.stringify(got)}`,
        );
      });
    });

    describe('bookings', () => {
      let n = 0;
      const record = (over: Partial<BookingRecord> = {}): BookingRecord => {
        n++;
        const start = new Date(Date.UTC(2030, 0, 1, 8, 0) + n * 3_600_000).toISOString();
        return {
          id: `b-${crypto.randomUUID()}`,
          person: uniquePerson(),
          slotId: `slot-${crypto.randomUUID()}`,
          clinic: 'vc-linden',
          profession: 'nurse',
          visitType: 'physical',
          start,
          end: new Date(Date.parse(start) + 20 * 60_000).toISOString(),
          status: 'booked',
          createdAt: '2029-12-01T10:00:00.000Z',
          revision: 0,
          ...over,
        };
      };

      it('creates, gets and lists a person’s bookings soonest first', async () => {
        const person = uniquePerson();
        const later = record({ person, start: '2031-02-02T09:00:00.000Z', end: '2031-02-02T09:20:00.000Z' });
        const sooner = record({ person, start: '2031-02-01T09:00:00.000Z', end: '2031-02-01T09:20:00.000Z', assessmentId: 'a-1' });
        assert.deepEqual(await store.bookings.create(later), { outcome: 'created', booking: later });
        assert.deepEqual(await store.bookings.create(sooner), { outcome: 'created', booking: sooner });
        assert.deepEqual(await store.bookings.get(sooner.id), sooner);
        assert.equal(await store.bookings.get('no-such'), null);
        assert.deepEqual(await store.bookings.listByPerson(person), [sooner, later]);
      });

      it('a held slot is taken for everyone else, and free again after cancelling', async () => {
        const first = record();
        await store.bookings.create(first);
        const second = record({ slotId: first.slotId, start: first.start, end: first.end });
        assert.deepEqual(await store.bookings.create(second), { outcome: 'taken' });
        const cancelled = await store.bookings.cancel(first.id, '2030-01-01T00:00:00.000Z');
        assert.equal(cancelled?.status, 'cancelled');
        assert.equal(cancelled?.cancelledAt, '2030-01-01T00:00:00.000Z');
        assert.equal(cancelled?.revision, 1);
        assert.equal((await store.bookings.cancel(first.id, '2030-01-02T00:00:00.000Z'))?.revision, 1, 'cancelling twice changes nothing');
        assert.equal((await store.bookings.create(second)).outcome, 'created');
      });

      it('of 20 concurrent bookings of one slot exactly one wins', async () => {
        const slot = record();
        const results = await Promise.all(Array.from({ length: 20 }, () => store.bookings.create(record({ slotId: slot.slotId, start: slot.start, end: slot.end }))));
        assert.equal(results.filter((r) => r.outcome === 'created').length, 1);
        assert.equal(results.filter((r) => r.outcome === 'taken').length, 19);
      });

      it('an idempotency key replays the same booking, refuses another slot, and is per person', async () => {
        const b = record();
        assert.equal((await store.bookings.create(b, 'key-1')).outcome, 'created');
        assert.deepEqual(await store.bookings.create({ ...b, id: 'other-id' }, 'key-1'), { outcome: 'replayed', booking: b });
        assert.deepEqual(await store.bookings.create(record({ person: b.person }), 'key-1'), { outcome: 'key-reused' });
        assert.equal((await store.bookings.create(record(), 'key-1')).outcome, 'created', 'another person may use the same key');
        const racing = record();
        const raced = await Promise.all([1, 2, 3, 4].map(() => store.bookings.create({ ...racing, id: `b-${crypto.randomUUID()}` }, 'race')));
        assert.equal(raced.filter((r) => r.outcome === 'created').length, 1);
        assert.ok(raced.every((r) => r.outcome === 'created' || r.outcome === 'replayed'), JSON.stringify(raced));
        assert.equal((await store.bookings.listByPerson(racing.person)).length, 1, 'nothing twice');
      });

      it('heldSlotIds: booked slots of a clinic in [from, to)', async () => {
        const clinic = `c-${crypto.randomUUID()}`;
        const a = record({ clinic, start: '2032-03-01T08:00:00.000Z', end: '2032-03-01T08:20:00.000Z' });
        const b = record({ clinic, start: '2032-03-02T08:00:00.000Z', end: '2032-03-02T08:20:00.000Z' });
        const gone = record({ clinic, start: '2032-03-01T09:00:00.000Z', end: '2032-03-01T09:20:00.000Z' });
        for (const r of [a, b, gone]) await store.bookings.create(r);
        await store.bookings.cancel(gone.id, '2032-01-01T00:00:00.000Z');
        assert.deepEqual(await store.bookings.heldSlotIds(clinic, '2032-03-01T00:00:00.000Z', '2032-03-02T08:00:00.000Z'), new Set([a.slotId]));
      });

      it('move: to a free slot frees the old one; to a held slot changes nothing', async () => {
        const mine = record();
        const theirs = record();
        await store.bookings.create(mine);
        await store.bookings.create(theirs);
        const target = { slotId: `slot-${crypto.randomUUID()}`, profession: 'doctor' as const, visitType: 'video' as const, start: '2033-01-01T10:00:00.000Z', end: '2033-01-01T10:20:00.000Z' };
        const moved = await store.bookings.move(mine.id, target);
        assert.equal(moved.outcome, 'moved');
        assert.deepEqual(moved.outcome === 'moved' && moved.booking, { ...mine, ...target, revision: 1 });
        assert.equal((await store.bookings.create(record({ slotId: mine.slotId }))).outcome, 'created', 'the old slot is free');
        assert.deepEqual(await store.bookings.move(mine.id, { ...target, slotId: theirs.slotId }), { outcome: 'taken' });
        assert.deepEqual(await store.bookings.get(mine.id), { ...mine, ...target, revision: 1 });
        assert.deepEqual(await store.bookings.move('no-such', target), { outcome: 'not-found' });
      });
    });

    describe('bookings: the booking area’s own cases (booking-store-conformance.ts), each on an empty store', () => {
      for (const c of bookingStoreCases) {
        it(c.name, async () => {
          const fresh = await factory();
          try {
            await c.run(fresh);
          } finally {
            await fresh.close?.();
          }
        });
      }
    });

    describe('attachments', () => {
      const file = (over: Partial<AttachmentRecord> = {}): AttachmentRecord => {
        const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0x00, 0x7f, ...Array.from({ length: 3000 }, (_, i) => (i * 37) % 256)]);
        return { id: crypto.randomUUID(), owner: uniquePerson(), contentType: 'image/png', title: 'utslag.png', size: bytes.byteLength, creation: '2030-01-01T10:00:00.000Z', bytes, ...over };
      };

      it('keeps a file’s bytes exactly, with what was checked about it', async () => {
        const f = file();
        await store.attachments.put(f);
        const got = await store.attachments.get(f.id);
        assert.ok(got);
        assert.ok(got.bytes instanceof Uint8Array);
        assert.deepEqual({ ...got, bytes: [...got.bytes] }, { ...f, bytes: [...f.bytes] });
        assert.equal(await store.attachments.get('no-such'), undefined);
      });

      it('hands out copies: changing one changes nothing stored', async () => {
        const f = file();
        await store.attachments.put(f);
        f.bytes[0] = 0;
        const got = (await store.attachments.get(f.id))!;
        assert.equal(got.bytes[0], 0x89);
        got.bytes[1] = 0;
        assert.equal((await store.attachments.get(f.id))!.bytes[1], 0x50);
      });
    });

    describe('cases', () => {
      const triageCase = (over: Partial<TriageCase> = {}): TriageCase =>
        ({
          id: crypto.randomUUID(),
          person: uniquePerson(),
          clinic: 'vc-linden',
          reasonId: 'fever-child',
          subject: { kind: 'child', personnummer: '201803122389' },
          redFlags: { breathing: false, 'unusually-tired': true },
          response: { resourceType: 'QuestionnaireResponse', status: 'completed', item: [{ linkId: 'days', answer: [{ valueInteger: 3 }] }] },
          assessment: { urgency: 'soon', why: ['Feber i tre dagar'] },
          created: '2030-01-01T10:00:00.000Z',
          ...over,
        }) as TriageCase;

      it('keeps a case whole and lists a person’s cases oldest first', async () => {
        const person = uniquePerson();
        const later = triageCase({ person, created: '2030-01-02T10:00:00.000Z' });
        const earlier = triageCase({ person, created: '2030-01-01T10:00:00.000Z' });
        await store.cases.put(later);
        await store.cases.put(earlier);
        await store.cases.put(triageCase());
        assert.deepEqual(await store.cases.get(later.id), later);
        assert.equal(await store.cases.get('no-such'), null);
        assert.deepEqual(await store.cases.listByPerson(person), [earlier, later]);
      });

      it('a case made without signing in belongs to nobody’s list', async () => {
        const anonymous = triageCase({ person: undefined });
        delete anonymous.person;
        await store.cases.put(anonymous);
        assert.deepEqual(await store.cases.get(anonymous.id), anonymous);
      });
    });

    describe('conversations', () => {
      const conversation = (over: Partial<ConversationRecord> = {}): ConversationRecord => ({
        id: crypto.randomUUID(),
        owner: uniquePerson(),
        clinic: 'vc-linden',
        profession: 'nurse',
        status: 'queued',
        locale: 'sv',
        createdAt: new Date().toISOString(),
        ...over,
      });
      const message = (text: string): NewChatEvent => ({
        type: 'message',
        at: '2030-01-01T10:00:00.000Z',
        id: crypto.randomUUID(),
        sender: { kind: 'patient' },
        text,
        attachments: [],
      });

      it('creates, gets and updates a conversation', async () => {
        const c = conversation({ assessmentId: 'a-1' });
        await store.conversations.create(c);
        assert.deepEqual(await store.conversations.get(c.id), c);
        assert.equal(await store.conversations.get('no-such'), undefined);
        await store.conversations.update(c.id, { profession: 'doctor' });
        await store.conversations.update(c.id, { status: 'open' });
        assert.deepEqual(await store.conversations.get(c.id), { ...c, profession: 'doctor', status: 'open' });
      });

      it('numbers events 1, 2, 3 … with no gaps, also when appended concurrently', async () => {
        const c = conversation();
        await store.conversations.create(c);
        assert.equal(await store.conversations.lastSeq(c.id), 0);
        const results = await Promise.all(Array.from({ length: 25 }, (_, i) => store.conversations.append(c.id, message(`m${i}`))));
        assert.deepEqual(results.map((r) => r.event.seq).sort((a, b) => a - b), Array.from({ length: 25 }, (_, i) => i + 1));
        assert.equal(await store.conversations.lastSeq(c.id), 25);
        const events = await store.conversations.listAfter(c.id, 0);
        assert.deepEqual(events.map((e) => e.seq), Array.from({ length: 25 }, (_, i) => i + 1));
        assert.deepEqual((await store.conversations.listAfter(c.id, 20, 3)).map((e) => e.seq), [21, 22, 23]);
        assert.deepEqual(await store.conversations.listAfter(c.id, 25), []);
      });

      it('an idempotency key appends once, also under concurrency', async () => {
        const c = conversation();
        await store.conversations.create(c);
        const first = await store.conversations.append(c.id, message('hej'), 'k1');
        assert.equal(first.duplicate, false);
        assert.equal(await store.conversations.hasKey(c.id, 'k1'), true);
        assert.equal(await store.conversations.hasKey(c.id, 'k2'), false);
        const again = await store.conversations.append(c.id, message('hej igen'), 'k1');
        assert.deepEqual(again, { event: first.event, duplicate: true });
        const raced = await Promise.all([1, 2, 3, 4, 5].map(() => store.conversations.append(c.id, message('samtidigt'), 'k2')));
        assert.equal(raced.filter((r) => !r.duplicate).length, 1);
        assert.equal(await store.conversations.lastSeq(c.id), 2, 'nothing twice');
      });

      it('waiting: queued conversations of a clinic and profession, oldest first', async () => {
        const clinic = `c-${crypto.randomUUID()}`;
        const older = conversation({ clinic, createdAt: '2030-01-01T08:00:00.000Z' });
        const newer = conversation({ clinic, createdAt: '2030-01-01T09:00:00.000Z' });
        const doctor = conversation({ clinic, profession: 'doctor' });
        const taken = conversation({ clinic, createdAt: '2030-01-01T07:00:00.000Z' });
        for (const c of [newer, older, doctor, taken]) await store.conversations.create(c);
        await store.conversations.update(taken.id, { status: 'open' });
        assert.deepEqual(await store.conversations.waiting(clinic, 'nurse'), [older.id, newer.id]);
        const listed = await store.conversations.listByClinic(clinic, ['queued', 'open']);
        assert.deepEqual(listed.map((c) => c.id).sort(), [older.id, newer.id, doctor.id, taken.id].sort());
        assert.deepEqual(listed.find((c) => c.id === taken.id), { ...taken, status: 'open' });
        assert.deepEqual((await store.conversations.listByClinic(clinic, ['open'])).map((c) => c.id), [taken.id]);
        assert.deepEqual(await store.conversations.listByClinic(`${clinic}-other`, ['queued']), []);
      });
    });

    describe('accessLog', () => {
      const entry = (over: Partial<AccessLogEntry>): AccessLogEntry => ({
        at: new Date().toISOString(),
        actor: 'x',
        role: 'patient',
        subject: 'x',
        action: 'read',
        resource: 'shortcuts',
        ...over,
      });

      it('lists what was appended for a subject, newest first', async () => {
        const subject = uniquePerson();
        const guardian = uniquePerson();
        await store.accessLog.append(entry({ actor: subject, subject, action: 'read', at: '2026-01-01T10:00:00.000Z' }));
        await store.accessLog.append(entry({ actor: guardian, subject, role: 'guardian', action: 'write', at: '2026-01-01T10:00:01.000Z' }));
        const got = await store.accessLog.list({ subject });
        assert.deepEqual(got, [
          { at: '2026-01-01T10:00:01.000Z', actor: guardian, role: 'guardian', subject, action: 'write', resource: 'shortcuts' },
          { at: '2026-01-01T10:00:00.000Z', actor: subject, role: 'patient', subject, action: 'read', resource: 'shortcuts' },
        ]);
        assert.equal((await store.accessLog.list({ actor: guardian })).length, 1);
        assert.equal((await store.accessLog.list({ subject, limit: 1 }))[0].action, 'write');
      });
    });

    it('StoreConflict is what a uniqueness clash is reported as', () => {
      assert.ok(new StoreConflict() instanceof Error);
    });
  });
}
