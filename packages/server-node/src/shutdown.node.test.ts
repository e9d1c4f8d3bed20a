import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { spawnServer } from './testing/spawn-server.js';
import { patientToken } from './testing/tokens.js';

describe('graceful shutdown', () => {
  it('on SIGTERM: a request in flight finishes, new connections are refused, the store closes, exit 0', { timeout: 400_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nara-shutdown-'));
    const server = await spawnServer({ NARA_DATA_DIR: dir });
    try {
      const url = new URL(server.url);
      const token = await patientToken('191212121212');
      // A PUT whose body arrives slowly: the request is in flight when SIGTERM comes.
      const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request(
          { host: url.hostname, port: url.port, method: 'PUT', path: '/v1/shortcuts', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' } },
          (res) => {
            let body = '';
            res.on('data', (c) => (body += c));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
          },
        );
        req.on('error', reject);
        req.write('{"shortcuts":[{"clinic":"vc-linden",');
        setTimeout(() => {
          server.child.kill('SIGTERM');
          void (async () => {
            while (!server.output().includes('"msg":"shutting down"')) await new Promise((r) => setTimeout(r, 50));
            await assert.rejects(fetch(`${server.url}/health`), 'a new connection is refused while shutting down');
            req.end('"serviceId":"book"}]}');
          })().catch(reject);
        }, 300);
      });
      const { status, body } = await answer;
      assert.equal(status, 200, body);
      assert.equal(JSON.parse(body).shortcuts[0].serviceId, 'book');
      assert.equal(await server.exited, 0);
      assert.match(server.output(), /"msg":"stopped"/);
    } finally {
      server.child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
