/**
 * Does an upload stall everyone else? Three 10 MB uploads in parallel (three patients) while
 * `GET /health` is polled every 20 ms over loopback; reports the uploads' times and the health
 * checks' latency percentiles. Bounded: three uploads, polling stops when they are done. The uploads
 * are sent by three `curl` processes (separate clients, as browsers are), so that preparing and
 * writing 30 MB in this process does not count against the server.
 * Part of `npm run bench:server` (issue #17: health p99 must stay under 200 ms on PGlite).
 */
import { MAX_ATTACHMENT_BYTES } from '@nara/contract';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TEN_MB = MAX_ATTACHMENT_BYTES - 1024; // just under the 10 MB limit (10,000,000 bytes)
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function timed(base: URL, path: string, init: { method?: string; headers?: Record<string, string> } = {}): Promise<{ status: number; ms: number }> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    // A new connection per request, as separate browsers would: no head-of-line blocking on a shared socket.
    const req = request({ host: base.hostname, port: base.port, path, method: init.method ?? 'GET', headers: init.headers, agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - t0 }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** One upload by `curl` (multipart, as a browser sends it): its status and time. */
function curlUpload(base: URL, token: string, path: string): Promise<{ status: number; ms: number }> {
  return new Promise((resolve, reject) => {
    const args = ['-s', '-o', '/dev/null', '-w', '%{http_code} %{time_total}', '-H', `Authorization: Bearer ${token}`, '-F', `file=@${path};type=image/png;filename=scan.png`, new URL('/v1/attachments', base).href];
    execFile('curl', args, (error, stdout) => {
      if (error) return reject(error);
      const [status, seconds] = stdout.trim().split(' ');
      resolve({ status: Number(status), ms: Number(seconds) * 1000 });
    });
  });
}

export interface UploadStallResult {
  uploads: number[];
  uploadStatuses: number[];
  healthChecks: number;
  'health p50 ms': number;
  'health p99 ms': number;
  'health max ms': number;
}

export async function uploadStall(base: URL, tokens: string[]): Promise<UploadStallResult> {
  const file = Buffer.alloc(TEN_MB);
  for (let i = 0; i < file.length; i++) file[i] = (i * 2654435761) >>> 24; // not compressible, not zeros
  PNG_SIGNATURE.forEach((b, i) => (file[i] = b));
  const dir = mkdtempSync(join(tmpdir(), 'nara-upload-'));
  const path = join(dir, 'scan.png');
  writeFileSync(path, file);
  const health: number[] = [];
  let uploading = true;
  const poll = (async () => {
    while (uploading) {
      const started = performance.now();
      health.push((await timed(base, '/health')).ms);
      const wait = 20 - (performance.now() - started);
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }
  })();
  await new Promise((resolve) => setTimeout(resolve, 100)); // a few checks before the uploads start
  const results = await Promise.all(tokens.slice(0, 3).map((token) => curlUpload(base, token, path)));
  rmSync(dir, { recursive: true, force: true });
  await new Promise((resolve) => setTimeout(resolve, 100));
  uploading = false;
  await poll;
  const sorted = [...health].sort((a, b) => a - b);
  const pct = (p: number) => +(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN).toFixed(1);
  return {
    uploads: results.map((r) => Math.round(r.ms)),
    uploadStatuses: results.map((r) => r.status),
    healthChecks: health.length,
    'health p50 ms': pct(50),
    'health p99 ms': pct(99),
    'health max ms': +(sorted.at(-1) ?? NaN).toFixed(1),
  };
}
