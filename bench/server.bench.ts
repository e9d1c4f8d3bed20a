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
import { readConfig } from '../packages/server/src/config.js';
import { startServer } from '../packages/server/src/server.js';
import { testPersonnummer } from '../packages/server/src/testing/spawn-server.js';
import { patientToken, TEST_SECRET } from '../packages/server/src/testing/tokens.js';

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
        const call = await scenario.next(i, worker);
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
    NARA_DATA_DIR: dir,
    NARA_REQUEST_LOG: '0',
    ...(process.env.BENCH_DATABASE_URL ? { DATABASE_URL: process.env.BENCH_DATABASE_URL } : {}),
  });
  const origLog = console.log;
  console.log = () => undefined; // the server's JSON log lines would drown the table
  const server = await startServer(config);
  console.log = origLog;
  const base = new URL(server.url);
  const tokens = await Promise.all(Array.from({ length: CONCURRENCY }, (_, w) => patientToken(testPersonnummer(500 + w))));
  const services = ['contact', 'book', 'renew-prescription', 'test-results', 'sick-note'];

  const scenarios: Scenario[] = [
    { name: 'GET /v1/clinics/{id} (no auth)', next: () => ({ method: 'GET', path: '/v1/clinics/vc-linden' }) },
    { name: 'GET /v1/shortcuts (JWT)', next: (_i, w) => ({ method: 'GET', path: '/v1/shortcuts', token: tokens[w] }) },
    {
      name: 'PUT /v1/shortcuts (JWT, write)',
      next: (i, w) => ({ method: 'PUT', path: '/v1/shortcuts', token: tokens[w], body: { shortcuts: services.slice(0, 1 + (i % 5)).map((serviceId) => ({ clinic: 'vc-linden', serviceId })) } }),
    },
  ];

  const rows = [];
  for (const scenario of scenarios) rows.push(await run(base, scenario));
  console.log(`\nNära server, ${config.storeKind}, ${CONCURRENCY} connections, ≤${SECONDS} s and ≤${MAX_REQUESTS} requests per scenario, loopback`);
  console.table(rows);
  agent.destroy();
  console.log = () => undefined;
  await server.close();
  console.log = origLog;
  rmSync(dir, { recursive: true, force: true });
}

await main();
