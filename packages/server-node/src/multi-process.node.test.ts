import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, describe, it } from 'node:test';
import { postgresPool } from './stores/postgres-store.js';
import { testDatabaseUrl } from './stores/test-database.js';
import { spawnServer, type SpawnedServer } from './testing/spawn-server.js';
import { patientToken, staffToken } from './testing/tokens.js';

const url = testDatabaseUrl();

/** Reads SSE events from a fetch response until `until` says stop; answers the parsed events. */
async function readEvents(response: Response, until: (events: { type: string; text?: string; seq: number }[]) => boolean) {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const events: { type: string; text?: string; seq: number }[] = [];
  let buffer = '';
  while (!until(events)) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = block.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trim()).join('\n');
      if (data) events.push(JSON.parse(data));
    }
  }
  await reader.cancel();
  return events;
}

describe('two server processes on one PostgreSQL', { skip: !url && 'no TEST_DATABASE_URL' }, () => {
  const servers: SpawnedServer[] = [];
  const schema = `mp_${randomBytes(5).toString('hex')}`;
  after(async () => {
    for (const s of servers) s.child.kill('SIGKILL');
    await Promise.all(servers.map((s) => s.exited));
    if (!url) return;
    const pool = postgresPool({ connectionString: url! });
    await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).finally(() => pool.end());
  });

  it('a message sent through one process reaches a chat stream held by the other, once and in order', { timeout: 600_000 }, async () => {
    const env = { DATABASE_URL: url!, NARA_DB_SCHEMA: schema };
    // One after the other: the first migrates, the second finds the schema current.
    servers.push(await spawnServer(env));
    servers.push(await spawnServer(env));
    const [a, b] = servers;
    const patient = await patientToken('198112289874');
    const nurse = await staffToken('staff-anna', 'nurse', 'vc-linden');
    const json = (token: string, body?: unknown) => ({
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      ...(body ? { method: 'POST', body: JSON.stringify(body) } : {}),
    });

    // The patient opens a chat on process A and holds its stream there.
    const opened = await (await fetch(`${a.url}/v1/conversations`, json(patient, { clinic: 'vc-linden', profession: 'nurse', text: 'Hej från A' }))).json();
    const stream = await fetch(`${a.url}/v1/conversations/${opened.id}/events`, { headers: { Authorization: `Bearer ${patient}`, Accept: 'text/event-stream' } });
    assert.equal(stream.status, 200);
    const received = readEvents(stream, (events) => events.filter((e) => e.type === 'message').length >= 4);

    // Staff work on process B: take the errand and reply; the patient also writes through B.
    assert.equal((await fetch(`${b.url}/v1/staff/conversations/${opened.id}/take`, json(nurse, {}))).status, 200);
    for (const text of ['Svar 1 via B', 'Svar 2 via B']) {
      assert.equal((await fetch(`${b.url}/v1/staff/conversations/${opened.id}/messages`, json(nurse, { text }))).status, 201);
    }
    const extra = await fetch(`${b.url}/v1/conversations/${opened.id}/messages`, {
      ...json(patient, { text: 'Patienten via B' }),
      headers: { ...json(patient).headers, 'Idempotency-Key': 'k-1' },
    });
    assert.equal(extra.status, 201);

    const events = await Promise.race([
      received,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the stream on A never saw B’s messages')), 60_000)),
    ]);
    const texts = events.filter((e) => e.type === 'message').map((e) => e.text);
    assert.deepEqual(texts, ['Hej från A', 'Svar 1 via B', 'Svar 2 via B', 'Patienten via B']);
    assert.deepEqual(events.map((e) => e.seq), events.map((_, i) => i + 1), 'in order, nothing twice');
  });
});
