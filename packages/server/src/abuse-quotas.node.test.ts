// Quotas (issue #17, "No quotas"): one patient token cannot fill the staff queue, the bookable
// times or the disk. Each limit is configurable and answered with a problem+json and a stable code.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createApp, type AppOptions } from './app.js';

const ANNA = 'test:199001011234';
const BERTIL = 'test:198502023456';
const NURSE = 'test-staff:staff-anna';
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

function setup(options: AppOptions = {}) {
  const clock = { now: new Date('2026-12-01T08:00:00Z') };
  const app = createApp({ now: () => clock.now, ...options });
  const call = async (path: string, init: RequestInit & { token?: string | null } = {}) => {
    const headers = new Headers(init.headers);
    if (init.token !== null) headers.set('Authorization', `Bearer ${init.token ?? ANNA}`);
    if (typeof init.body === 'string') headers.set('Content-Type', 'application/json');
    const response = await app.fetch(new Request(`https://nara.test${path}`, { ...init, headers, ...(init.body instanceof ReadableStream ? { duplex: 'half' } : {}) } as RequestInit));
    const json = /json/.test(response.headers.get('Content-Type') ?? '');
    return { status: response.status, body: json ? await response.json() : await response.arrayBuffer(), headers: response.headers };
  };
  const post = (path: string, body: unknown, token?: string) => call(path, { method: 'POST', body: JSON.stringify(body), token });
  const upload = (bytes: Uint8Array<ArrayBuffer>, token = ANNA) => {
    const form = new FormData();
    form.append('file', new File([bytes], 'bild.png'));
    return call('/v1/attachments', { method: 'POST', body: form, token });
  };
  const slots = async (clinic = 'vc-linden') =>
    (await call(`/v1/slots?clinic=${clinic}&from=2026-12-03T00:00:00Z&to=2026-12-10T00:00:00Z`, { token: null })).body.slots as { id: string }[];
  return { app, clock, call, post, upload, slots, store: app.context.store };
}

describe('quotas per patient', () => {
  it('open conversations per clinic: the one past the limit is a 409 quota-exceeded; closing one makes room; other clinics and people are not affected', async () => {
    const s = setup({ quotas: { openConversationsPerClinic: 3 } });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const opened = await s.post('/v1/conversations', { clinic: 'vc-linden', profession: 'nurse' });
      assert.equal(opened.status, 201);
      ids.push(opened.body.id);
    }
    const refused = await s.post('/v1/conversations', { clinic: 'vc-linden', profession: 'secretary' });
    assert.equal(refused.status, 409);
    assert.equal(refused.headers.get('Content-Type'), 'application/problem+json');
    assert.equal(refused.body.code, 'quota-exceeded');
    assert.match(refused.body.detail, /3/);
    assert.equal((await s.post('/v1/conversations', { clinic: 'vc-kvarnen', profession: 'nurse' })).status, 201, 'another clinic');
    assert.equal((await s.post('/v1/conversations', { clinic: 'vc-linden', profession: 'nurse' }, BERTIL)).status, 201, 'another person');
    await s.post(`/v1/staff/conversations/${ids[0]}/close`, {}, NURSE);
    assert.equal((await s.post('/v1/conversations', { clinic: 'vc-linden', profession: 'nurse' })).status, 201, 'room again');
    // Concurrently: never past the limit.
    const t = setup({ quotas: { openConversationsPerClinic: 3 } });
    const raced = await Promise.all(Array.from({ length: 10 }, () => t.post('/v1/conversations', { clinic: 'vc-linden', profession: 'nurse' })));
    assert.deepEqual(raced.map((r) => r.status).sort(), [201, 201, 201, ...Array(7).fill(409)]);
  });

  it('future bookings per clinic: past the limit 409 quota-exceeded, a cancelled or past booking does not count', async () => {
    const s = setup({ quotas: { futureBookingsPerClinic: 2 } });
    const free = await s.slots();
    const first = await s.post('/v1/bookings', { slotId: free[0].id });
    assert.equal(first.status, 201);
    assert.equal((await s.post('/v1/bookings', { slotId: free[1].id })).status, 201);
    const refused = await s.post('/v1/bookings', { slotId: free[2].id });
    assert.equal(refused.status, 409);
    assert.equal(refused.body.code, 'quota-exceeded');
    await s.call(`/v1/bookings/${first.body.id}`, { method: 'DELETE' });
    assert.equal((await s.post('/v1/bookings', { slotId: free[2].id })).status, 201, 'a cancelled booking frees its place');
    assert.equal((await s.post('/v1/bookings', { slotId: (await s.slots('hc-alvstranden'))[0].id })).status, 201, 'another clinic');
  });

  it('stored bytes per patient: an upload past the limit is a 409 quota-exceeded, and concurrent uploads are limited (429)', async () => {
    const s = setup({ quotas: { storedBytes: 100_000, concurrentUploads: 2 } });
    const file = new Uint8Array(40_000);
    file.set(PNG);
    assert.equal((await s.upload(file)).status, 201);
    assert.equal((await s.upload(file)).status, 201);
    const refused = await s.upload(file);
    assert.equal(refused.status, 409);
    assert.equal(refused.body.code, 'quota-exceeded');
    assert.equal((await s.upload(file, BERTIL)).status, 201, 'another person');

    // Two uploads still streaming in: a third is refused at once, before its body is read.
    const t = setup({ quotas: { concurrentUploads: 2 } });
    const releases: (() => void)[] = [];
    const slowBody = () => {
      const boundary = 'x-boundary';
      const head = new TextEncoder().encode(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n`);
      const tail = new TextEncoder().encode(`\r\n--${boundary}--\r\n`);
      let step = 0;
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          if (step === 0) controller.enqueue(head);
          if (step === 1) controller.enqueue(PNG);
          if (step === 2) {
            await new Promise<void>((resolve) => releases.push(resolve));
            controller.enqueue(tail);
            controller.close();
          }
          step++;
        },
      });
      return t.call('/v1/attachments', { method: 'POST', body, headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` } });
    };
    const held = [slowBody(), slowBody()];
    while (releases.length < 2) await new Promise((resolve) => setTimeout(resolve, 5));
    const third = await t.upload(PNG);
    assert.equal(third.status, 429, JSON.stringify(third.body));
    assert.equal(third.body.code, 'rate-limited');
    for (const release of releases) release();
    assert.deepEqual((await Promise.all(held)).map((r) => r.status), [201, 201]);
    assert.equal((await t.upload(PNG)).status, 201, 'room again once they finished');
  });

  it('files nobody refers to expire; a file sent in a message stays', async () => {
    const s = setup({ quotas: { storedBytes: 30 } });
    const kept = (await s.upload(PNG)).body;
    const dropped = (await s.upload(PNG)).body;
    const { id } = (await s.post('/v1/conversations', { clinic: 'vc-linden', profession: 'nurse' })).body;
    await s.post(`/v1/conversations/${id}/messages`, { text: 'bild', attachments: [{ id: kept.id, name: 'x.png', contentType: 'image/png', size: 12 }] });
    s.clock.now = new Date('2026-12-02T09:00:00Z'); // a day later
    const third = await s.upload(PNG); // the upload sweeps what expired, which also makes room under the quota
    assert.equal(third.status, 201);
    assert.equal((await s.call(`/v1/attachments/${kept.id}`)).status, 200);
    assert.equal((await s.call(`/v1/attachments/${dropped.id}`)).status, 404);
  });
});

describe('the staff queue is paginated, with one access-log row per read', () => {
  it('120 conversations: pages of at most 50 (limit, cursor), each read logged once', async () => {
    const s = setup({ quotas: { openConversationsPerClinic: 1000 } });
    for (let i = 0; i < 120; i++) await s.post('/v1/conversations', { clinic: 'vc-linden', profession: 'nurse', text: `ärende ${i}` });
    const before = (await s.store.accessLog.list({ actor: 'staff-anna', limit: 10_000 })).length;
    const first = await s.call('/v1/staff/queue', { token: NURSE });
    assert.equal(first.status, 200);
    assert.equal(first.body.conversations.length, 50);
    assert.equal((await s.store.accessLog.list({ actor: 'staff-anna', limit: 10_000 })).length, before + 1, 'one row for the read');
    const seen = new Set(first.body.conversations.map((c: { id: string }) => c.id));
    let next = first.body.next as string | undefined;
    while (next) {
      const page = await s.call(`/v1/staff/queue?limit=50&cursor=${encodeURIComponent(next)}`, { token: NURSE });
      for (const c of page.body.conversations) seen.add(c.id);
      next = page.body.next;
    }
    assert.equal(seen.size, 120);
    assert.equal((await s.call('/v1/staff/queue?limit=1000', { token: NURSE })).status, 422);
    assert.equal((await s.call('/v1/staff/queue?cursor=%7B', { token: NURSE })).status, 422);
  });
});
