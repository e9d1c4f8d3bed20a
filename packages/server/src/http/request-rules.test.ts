import { expect } from '@open-wc/testing';
import { createApp } from '../app.js';
import { createMemoryStore } from '../stores/memory-store.js';

const PATIENT = '191212121212';
const TOKEN = `test:${PATIENT}`;

function setup() {
  const store = createMemoryStore();
  const app = createApp({ store, now: () => new Date('2026-12-01T08:00:00Z') });
  const call = (method: string, path: string, options: { body?: unknown; key?: string; token?: string } = {}) => {
    const headers = new Headers({ Authorization: `Bearer ${options.token ?? TOKEN}` });
    if (options.body !== undefined) headers.set('Content-Type', 'application/json');
    if (options.key !== undefined) headers.set('Idempotency-Key', options.key);
    return app.fetch(new Request(`https://rules.test/v1${path}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) }));
  };
  return { store, call };
}

async function freeSlot(call: ReturnType<typeof setup>['call'], index = 0): Promise<string> {
  const response = await call('GET', '/slots?clinic=vc-linden&visitType=physical&profession=doctor&from=2026-12-03T00:00:00Z&to=2026-12-10T00:00:00Z');
  return (await response.json()).slots[index].id;
}

describe('one Idempotency-Key rule for every POST that takes one', () => {
  const malformed = ['', ' ', 'has space', 'ä', 'x'.repeat(201), 'a/b'];

  it('a malformed key is 400 `invalid` naming the header, and nothing is made (bookings, messages, form answers)', async () => {
    const { call } = setup();
    const slot = await freeSlot(call);
    const conversation = await (await call('POST', '/conversations', { body: { clinic: 'vc-linden', profession: 'nurse' } })).json();
    const posts: [string, unknown][] = [
      ['/bookings', { slotId: slot }],
      [`/conversations/${conversation.id}/messages`, { text: 'Hej' }],
      [`/conversations/${conversation.id}/form-answers`, { requestId: 'r-1', response: { resourceType: 'QuestionnaireResponse', status: 'completed' } }],
    ];
    for (const [path, body] of posts) {
      for (const key of malformed) {
        const response = await call('POST', path, { body, key });
        expect(response.status, `${path} with ${JSON.stringify(key)}`).to.equal(400);
        const problem = await response.json();
        expect(problem.code).to.equal('invalid');
        expect(problem.errors[0].path).to.equal('Idempotency-Key');
      }
    }
    expect((await (await call('GET', '/bookings')).json()).bookings).to.have.length(0);
    const { events } = await (await call('GET', `/conversations/${conversation.id}/events`)).json();
    expect(events.filter((e: { type: string }) => e.type === 'message')).to.have.length(0);
  });

  it('the keys clients send are accepted: a UUID, a ULID, `name-42`, 200 characters', async () => {
    const { call } = setup();
    const keys = [crypto.randomUUID(), '01JE6Y3ZQ4R8V2K9M5T7W1X3N6', 'retry-42', 'k.1:a_b', 'x'.repeat(200)];
    for (const [i, key] of keys.entries()) {
      const response = await call('POST', '/bookings', { body: { slotId: await freeSlot(call, i) }, key });
      expect(response.status, key).to.equal(201);
    }
  });

  it('a well-formed key reused for a different request is 422 on bookings and on messages', async () => {
    const { call } = setup();
    expect((await call('POST', '/bookings', { body: { slotId: await freeSlot(call, 0) }, key: 'k-1' })).status).to.equal(201);
    expect((await call('POST', '/bookings', { body: { slotId: await freeSlot(call, 0) }, key: 'k-1' })).status).to.equal(422);
    const conversation = await (await call('POST', '/conversations', { body: { clinic: 'vc-linden', profession: 'nurse' } })).json();
    const path = `/conversations/${conversation.id}/messages`;
    expect((await call('POST', path, { body: { text: 'Hej' }, key: 'm-1' })).status).to.equal(201);
    expect((await call('POST', path, { body: { text: 'Hej' }, key: 'm-1' })).status).to.equal(200);
    expect((await call('POST', path, { body: { text: 'Något annat' }, key: 'm-1' })).status).to.equal(422);
  });
});

describe('one access-log middleware for a patient’s collections', () => {
  it('every collection and item read or written is logged before the route runs, as `<item>:<id>`', async () => {
    const { store, call } = setup();
    await call('GET', '/shortcuts');
    await call('PUT', '/shortcuts', { body: { shortcuts: [] } });
    await call('GET', '/bookings');
    await call('GET', '/bookings/b%2F1');
    await call('GET', '/conversations/c-9/events');
    await call('DELETE', '/attachments/a-7');
    // A path that does not decode is refused (400) before any route or log runs (issue #17).
    expect((await call('GET', '/bookings/%E0%A4%A')).status).to.equal(400);
    const logged = (await store.accessLog.list({ subject: PATIENT })).reverse().map((e) => `${e.action} ${e.resource}`);
    expect(logged).to.deep.equal([
      'read shortcuts',
      'write shortcuts',
      'read bookings',
      'read booking:b/1',
      'read conversation:c-9',
      'write attachment:a-7',
    ]);
  });

  it('a staff token is refused on every patient collection, and nothing is logged for it', async () => {
    const { store, call } = setup();
    for (const path of ['/shortcuts', '/bookings', '/conversations', '/attachments/a-1']) {
      const response = await call('GET', path, { token: 'test-staff:staff-anna' });
      expect(response.status, path).to.equal(403);
    }
    expect(await store.accessLog.list({ actor: 'staff-anna' })).to.deep.equal([]);
  });
});
