import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { spawnServer, testPersonnummer, type SpawnedServer } from './testing/spawn-server.js';
import { patientToken } from './testing/tokens.js';

describe('durability of bookings (PGlite)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nara-durability-bookings-'));
  let server: SpawnedServer | undefined;
  after(() => {
    server?.child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('kill -9 mid-stream, restart, retry what was not acknowledged: every booking there once, no slot twice', { timeout: 600_000 }, async () => {
    server = await spawnServer({ NARA_DATA_DIR: dir, NARA_QUOTA_FUTURE_BOOKINGS: '1000' }); // many bookings by few people: not a quota test
    const people = Array.from({ length: 6 }, (_, i) => testPersonnummer(200 + i));
    const tokens = await Promise.all(people.map((p) => patientToken(p)));
    const day = 86_400_000;
    const free: string[] = [];
    for (let week = 0; week < 4; week++) {
      const from = new Date(Date.now() + (1 + week * 7) * day).toISOString();
      const to = new Date(Date.now() + (8 + week * 7) * day).toISOString();
      const { slots } = await (await fetch(`${server.url}/v1/slots?clinic=vc-linden&from=${from}&to=${to}`)).json();
      free.push(...slots.map((s: { id: string }) => s.id));
    }
    assert.ok(free.length >= 100, `only ${free.length} free slots`);

    /** Request n: person n % 6 books slot n, with key `b-n`. */
    const book = (base: string, n: number) =>
      fetch(`${base}/v1/bookings`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${tokens[n % tokens.length]}`, 'Content-Type': 'application/json', 'Idempotency-Key': `b-${n}` },
        body: JSON.stringify({ slotId: free[n] }),
      });
    const acknowledged = new Map<number, string>();
    let killed = false;
    let next = 0;
    const writer = async () => {
      while (!killed && next < free.length) {
        const n = next++;
        try {
          const response = await book(server!.url, n);
          if (response.status !== 201) throw new Error(`status ${response.status}: ${await response.text()}`);
          acknowledged.set(n, (await response.json()).id);
        } catch (error) {
          if (!killed) throw error;
        }
      }
    };
    const writers = [writer(), writer(), writer()];
    while (acknowledged.size < 40) await new Promise((r) => setTimeout(r, 5));
    killed = true;
    server.child.kill('SIGKILL');
    await server.exited;
    await Promise.all(writers);

    server = await spawnServer({ NARA_DATA_DIR: dir, NARA_QUOTA_FUTURE_BOOKINGS: '1000' }); // many bookings by few people: not a quota test
    for (let n = 0; n < next; n++) {
      if (acknowledged.has(n)) continue;
      const response = await book(server.url, n);
      assert.equal(response.status, 201, `retry ${n}: ${await response.clone().text()}`);
      acknowledged.set(n, (await response.json()).id);
    }
    const all: { id: string; slot: { id: string } }[] = [];
    for (const token of tokens) {
      const { bookings } = await (await fetch(`${server.url}/v1/bookings`, { headers: { Authorization: `Bearer ${token}` } })).json();
      all.push(...bookings);
    }
    assert.equal(all.length, next, 'one booking per request, none twice');
    assert.equal(new Set(all.map((b) => b.slot.id)).size, all.length, 'no slot booked twice');
    const ids = new Set(all.map((b) => b.id));
    for (const [n, id] of acknowledged) assert.ok(ids.has(id), `acknowledged booking ${n} (${id}) is missing`);
    server.child.kill('SIGTERM');
    assert.equal(await server.exited, 0);
    server = undefined;
  });
});
