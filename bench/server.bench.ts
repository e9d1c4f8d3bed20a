/**
 * Load benchmark of the reference server over loopback: starts it in this process (PGlite in a
 * temporary folder, or PostgreSQL with BENCH_DATABASE_URL), drives each scenario with a fixed
 * number of concurrent keep-alive connections for a bounded time and count, and prints requests/s
 * and latency percentiles as a table.   npm run bench:server   (BENCH_SECONDS, BENCH_CONCURRENCY)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../packages/server-node/src/config.js';
import { startServer } from '../packages/server-node/src/site.js';
import { testPersonnummer } from '../packages/server-node/src/testing/spawn-server.js';
import { patientToken, TEST_SECRET } from '../packages/server-node/src/testing/tokens.js';
import { uploadStall } from './upload-stall.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const MAX_REQUESTS = Number(process.env.BENCH_MAX_REQUESTS ?? 20_000);

interface Call {
  method: string;
  path: string;
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
}
interface Scenario {
  name: string;
  /** The i-th request of worker w. */
  next(i: number, worker: number): Promise<Call> | Call;
  /** Statuses that count as success. */
  ok?: number[];
}

const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });

function send(base: URL, call: Call): Promise<number> {
  return new Promise((resolve, reject) => {
    const body = call.body === undefined ? undefined : JSON.stringify(call.body);
    const req = request(
      {
        agent,
        host: base.hostname,
        port: base.port,
        method: call.method,
        path: call.path,
        headers: {
          Accept: 'application/json',
          ...(call.token ? { Authorization: `Bearer ${call.token}` } : {}),
          ...(body ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) } : {}),
          ...call.headers,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function run(base: URL, scenario: Scenario) {
  const latencies: number[] = [];
  let errors = 0;
  let issued = 0;
  const deadline = performance.now() + SECONDS * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_, worker) => {
      for (let i = 0; performance.now() < deadline && issued < MAX_REQUESTS; i++) {
        issued++;
        let call: Call;
        try {
          call = await scenario.next(i, worker);
        } catch {
          break; // the scenario ran out of work (e.g. free slots)
        }
        const t0 = performance.now();
        const status = await send(base, call).catch(() => 0);
        latencies.push(performance.now() - t0);
        if (!(scenario.ok ?? [200]).includes(status)) errors++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  return { scenario: scenario.name, requests: latencies.length, 'req/s': Math.round(latencies.length / elapsed), 'p50 ms': +pct(50).toFixed(2), 'p99 ms': +pct(99).toFixed(2), errors };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'nara-bench-'));
  const config = readConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    NARA_JWT_SECRET: TEST_SECRET,
    NARA_RATE_LIMIT_TOKEN: '1000000/1000000',
    NARA_RATE_LIMIT_ADDRESS: '1000000/1000000',
    NARA_RATE_LIMIT_ANONYMOUS: '1000000/1000000',
    // The throughput runs book thousands of times with 16 people: the per-person quota would stop them.
    NARA_QUOTA_FUTURE_BOOKINGS: '1000000',
    NARA_DATA_DIR: dir,
    NARA_REQUEST_LOG: '0',
    ...(process.env.BENCH_STORE ? { NARA_STORE: process.env.BENCH_STORE } : {}),
    ...(process.env.BENCH_DATABASE_URL ? { DATABASE_URL: process.env.BENCH_DATABASE_URL } : {}),
  });
  const origLog = console.log;
  console.log = () => undefined; // the server's JSON log lines would drown the table
  const server = await startServer(config);
  console.log = origLog;
  const base = new URL(server.url);
  const tokens = await Promise.all(Array.from({ length: CONCURRENCY }, (_, w) => patientToken(testPersonnummer(500 + w))));
  const services = ['contact', 'book', 'renew-prescription', 'test-results', 'sick-note'];

  const get = async (path: string, token?: string) => {
    const response = await fetch(new URL(path, base), { headers: token ? { Authorization: `Bearer ${token}` } : {} });
    return { status: response.status, body: response.status < 300 ? await response.json() : undefined };
  };
  const post = async (path: string, token: string, body: unknown) => {
    const response = await fetch(new URL(path, base), { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    return { status: response.status, body: response.status < 300 ? await response.json() : undefined };
  };
  const day = 86_400_000;
  const window = (fromDays: number, toDays: number) =>
    `from=${new Date(Date.now() + fromDays * day).toISOString()}&to=${new Date(Date.now() + toDays * day).toISOString()}`;

  const scenarios: (Scenario | (() => Promise<Scenario | string>))[] = [
    { name: 'GET /v1/clinics/{id} (no auth)', next: () => ({ method: 'GET', path: '/v1/clinics/vc-linden' }) },
    { name: 'GET /v1/shortcuts (JWT)', next: (_i, w) => ({ method: 'GET', path: '/v1/shortcuts', token: tokens[w] }) },
    {
      name: 'PUT /v1/shortcuts (JWT, write)',
      next: (i, w) => ({ method: 'PUT', path: '/v1/shortcuts', token: tokens[w], body: { shortcuts: services.slice(0, 1 + (i % 5)).map((serviceId) => ({ clinic: 'vc-linden', serviceId })) } }),
    },
    async () => {
      const probe = await get(`/v1/slots?clinic=vc-linden&${window(1, 8)}`);
      if (probe.status === 404) return 'GET /v1/slots: not on this branch';
      return { name: 'GET /v1/slots (a week, no auth)', next: () => ({ method: 'GET', path: `/v1/slots?clinic=vc-linden&${window(1, 8)}` }) };
    },
    async () => {
      // Every free slot of the coming weeks, handed out one per booking: every request books for real.
      const probe = await get(`/v1/slots?clinic=vc-linden&${window(1, 2)}`);
      if (probe.status === 404) return 'POST /v1/bookings: not on this branch';
      const free: string[] = [];
      for (let week = 0; week < 8 && free.length < MAX_REQUESTS; week++) {
        const { body } = await get(`/v1/slots?clinic=vc-linden&${window(1 + week * 7, 8 + week * 7)}`);
        for (const slot of (body as { slots: { id: string }[] }).slots) free.push(slot.id);
      }
      let next = 0;
      return {
        name: `POST /v1/bookings (JWT, ${free.length} free slots)`,
        ok: [201],
        next: (i, w) => {
          const slotId = free[next++];
          if (!slotId) throw new Error('out of free slots');
          return { method: 'POST', path: '/v1/bookings', token: tokens[w], body: { slotId }, headers: { 'Idempotency-Key': `bench-${w}-${i}` } };
        },
      };
    },
    async () => {
      const conversations: string[] = [];
      for (const token of tokens) {
        const opened = await post('/v1/conversations', token, { clinic: 'vc-linden', profession: 'nurse', text: 'Hej' });
        if (opened.status === 404) return 'POST /v1/conversations/{id}/messages: not on this branch';
        conversations.push((opened.body as { id: string }).id);
      }
      return {
        name: 'POST /v1/conversations/{id}/messages (JWT)',
        ok: [201],
        next: (i, w) => ({
          method: 'POST',
          path: `/v1/conversations/${conversations[w]}/messages`,
          token: tokens[w],
          body: { text: `Meddelande ${i}` },
          headers: { 'Idempotency-Key': `m-${w}-${i}` },
        }),
      };
    },
  ];

  const rows = [];
  const skipped: string[] = [];
  for (const entry of scenarios) {
    const scenario = typeof entry === 'function' ? await entry() : entry;
    if (typeof scenario === 'string') skipped.push(scenario);
    else if (process.env.BENCH_ONLY_UPLOADS) continue;
    else rows.push(await run(base, scenario));
  }
  console.log(`\nNära server, ${config.storeKind}, ${CONCURRENCY} connections, ≤${SECONDS} s and ≤${MAX_REQUESTS} requests per scenario, loopback`);
  console.table(rows);
  for (const note of skipped) console.log(`skipped: ${note}`);
  // Issue #17: three 10 MB uploads in parallel must not hold up anyone else (health p99 < 200 ms).
  const stall = await uploadStall(base, await Promise.all([0, 1, 2].map((i) => patientToken(testPersonnummer(900 + i)))));
  console.log(`\nThree 10 MB uploads in parallel while GET /health is polled every 20 ms (${config.storeKind}):`);
  console.table([stall]);
  if (!(stall['health p99 ms'] < 200) || stall.uploadStatuses.some((s) => s !== 201)) process.exitCode = 1;
  agent.destroy();
  console.log = () => undefined;
  await server.close();
  console.log = origLog;
  rmSync(dir, { recursive: true, force: true });
}

await main();
