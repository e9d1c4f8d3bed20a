import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { spawnServer, type SpawnedServer } from './testing/spawn-server.js';
import { patientToken } from './testing/tokens.js';

describe('durability of chat messages (PGlite)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nara-durability-chat-'));
  let server: SpawnedServer | undefined;
  after(() => {
    server?.child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('kill -9 mid-stream, restart, resend what was not acknowledged: every message there exactly once, in one gapless sequence', { timeout: 600_000 }, async () => {
    server = await spawnServer({ NARA_DATA_DIR: dir });
    const token = await patientToken('198112289874');
    const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
    const opened = await (await fetch(`${server.url}/v1/conversations`, { method: 'POST', headers, body: JSON.stringify({ clinic: 'vc-linden', profession: 'nurse' }) })).json();
    const id: string = opened.id;

    const total = 400;
    const acknowledged = new Set<number>();
    let killed = false;
    const send = (base: string, n: number) =>
      fetch(`${base}/v1/conversations/${id}/messages`, {
        method: 'POST',
        headers: { ...headers, 'Idempotency-Key': `msg-${n}` },
        body: JSON.stringify({ text: `Meddelande ${n}` }),
      });
    let nextToSend = 0;
    const writer = async () => {
      while (!killed && nextToSend < total) {
        const n = nextToSend++;
        try {
          const response = await send(server!.url, n);
          if (response.status !== 201 && response.status !== 200) throw new Error(`status ${response.status}: ${await response.text()}`);
          await response.json();
          acknowledged.add(n);
        } catch (error) {
          if (!killed) throw error;
        }
      }
    };
    const writers = [writer(), writer(), writer()];
    while (acknowledged.size < 60) await new Promise((r) => setTimeout(r, 5));
    killed = true;
    server.child.kill('SIGKILL');
    await server.exited;
    await Promise.all(writers);

    // As a client would: send again everything not acknowledged, with the same Idempotency-Key.
    server = await spawnServer({ NARA_DATA_DIR: dir });
    for (let n = 0; n < nextToSend; n++) {
      if (acknowledged.has(n)) continue;
      const response = await send(server.url, n);
      assert.ok(response.status === 201 || response.status === 200, `resend ${n}: ${response.status}`);
    }
    const { events } = await (await fetch(`${server.url}/v1/conversations/${id}/events`, { headers })).json();
    const texts: string[] = events.filter((e: { type: string }) => e.type === 'message').map((e: { text: string }) => e.text);
    for (const n of acknowledged) assert.ok(texts.includes(`Meddelande ${n}`), `acknowledged message ${n} is missing`);
    assert.equal(new Set(texts).size, texts.length, 'no message twice');
    assert.equal(texts.length, nextToSend, 'every message sent is there once');
    assert.deepEqual(events.map((e: { seq: number }) => e.seq), events.map((_: unknown, i: number) => i + 1), 'seq without gaps');
    server.child.kill('SIGTERM');
    assert.equal(await server.exited, 0);
    server = undefined;
  });
});
