// A tiny static server for the benchmark pages, on 127.0.0.1 only and a free port. It serves files
// under the repository (only the folders listed), and the benchmark questionnaires as /forms/<name>.json.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { QUESTIONNAIRES, type FormName } from './questionnaires.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};
const ALLOWED = ['dist/', 'bench/pages/', 'bench/peers/node_modules/lforms/dist/', 'bench/peers/build/'];

/** Starts the server; resolves to `{ origin, close() }`. */
export async function startStaticServer(root = process.cwd()): Promise<{ origin: string; close(): Promise<void> }> {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^\/+/, '');
    const form = /^forms\/(\w+)\.json$/.exec(path);
    if (form && form[1] in QUESTIONNAIRES) {
      res.writeHead(200, { 'content-type': TYPES['.json'], 'cache-control': 'no-store' });
      return res.end(JSON.stringify(QUESTIONNAIRES[form[1] as FormName]()));
    }
    if (!ALLOWED.some((dir) => path.startsWith(dir)) || path.includes('..')) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(join(base, path));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => { server.closeAllConnections(); server.close(() => done()); }),
  };
}
