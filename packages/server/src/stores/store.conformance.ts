import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { StoreConflict, type AccessLogEntry, type ConversationRecord, type NewChatEvent, type Store } from './store.js';

/** Makes a fresh, empty store; the suite closes it when done. */
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
