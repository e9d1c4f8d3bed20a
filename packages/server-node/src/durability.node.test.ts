import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { spawnServer, testPersonnummer, type SpawnedServer } from './testing/spawn-server.js';
import { patientToken } from './testing/tokens.js';

const SERVICES = ['contact', 'book', 'renew-prescription', 'test-results', 'sick-note', 'vaccination'];

/** The shortcuts person n saves in round r: a distinct list per (n, r). */
const shortcutsFor = (n: number, round: number) =>
  Array.from({ length: 1 + ((n + round) % SERVICES.length) }, (_, i) => ({ clinic: 'vc-linden', serviceId: SERVICES[(n + round + i) % SERVICES.length] }));

describe('durability of the embedded store (PGlite)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nara-durability-'));
  let server: SpawnedServer | undefined;
  after(() => {
    server?.child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('after kill -9 mid-stream, every acknowledged write is there exactly once', { timeout: 600_000 }, async () => {
    server = await spawnServer({ NARA_DATA_DIR: dir });
    const people = Array.from({ length: 40 }, (_, i) => testPersonnummer(i + 1));
    const tokens = await Promise.all(people.map((p) => patientToken(p)));
    /** The last list the server acknowledged per person (and the one in flight, which may or may not have landed). */
    const acknowledged = new Map<number, ReturnType<typeof shortcutsFor>>();
    const inFlight = new Map<number, ReturnType<typeof shortcutsFor>>();
    let acks = 0;
    let killed = false;
    const url = server.url;

    const writer = async (worker: number) => {
      for (let round = 0; !killed; round++) {
        for (let n = worker; n < people.length && !killed; n += 4) {
          const body = shortcutsFor(n, round);
          inFlight.set(n, body);
          try {
            const response = await fetch(`${url}/v1/shortcuts`, {
              method: 'PUT',
              headers: { Authorization: `Bearer ${tokens[n]}`, 'Content-Type': 'application/json' },
              body: JSON.stringify({ shortcuts: body }),
            });
            if (response.status !== 200) throw new Error(`status ${response.status}: ${await response.text()}`);
            await response.json();
            acknowledged.set(n, body);
            inFlight.delete(n);
            acks++;
          } catch (error) {
            if (!killed) throw error;
          }
        }
      }
    };
    const writers = [0, 1, 2, 3].map(writer);
    while (acks < 150) await new Promise((r) => setTimeout(r, 5));
    killed = true;
    server.child.kill('SIGKILL');
    await server.exited;
    await Promise.all(writers);
    assert.ok(acks >= 150);

    server = await spawnServer({ NARA_DATA_DIR: dir });
    for (const [n, expected] of acknowledged) {
      const response: Response = await fetch(`${server.url}/v1/shortcuts`, { headers: { Authorization: `Bearer ${tokens[n]}` } });
      const got: string[] = ((await response.json()) as { shortcuts: { serviceId: string }[] }).shortcuts.map((s) => s.serviceId);
      const acked = expected.map((s) => s.serviceId);
      const pending = inFlight.get(n)?.map((s) => s.serviceId);
      // The acknowledged list, or the one in flight at the kill if it committed — whole, never a mix or doubled.
      assert.ok(
        JSON.stringify(got) === JSON.stringify(acked) || (pending && JSON.stringify(got) === JSON.stringify(pending)),
        `person ${n}: got ${JSON.stringify(got)}, acknowledged ${JSON.stringify(acked)}, in flight ${JSON.stringify(pending)}`,
      );
      assert.equal(new Set(got).size, got.length, 'no shortcut twice');
    }
    server.child.kill('SIGTERM');
    assert.equal(await server.exited, 0, 'SIGTERM shuts down cleanly');
    server = undefined;
  });
});
