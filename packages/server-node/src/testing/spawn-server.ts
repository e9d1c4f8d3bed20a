import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { luhnCheckDigit } from '@nara/server';
import { TEST_SECRET } from './tokens.js';

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));

export interface SpawnedServer {
  url: string;
  child: ChildProcess;
  /** Everything it printed. */
  output(): string;
  /** Waits until the process has exited (after a signal or on its own). */
  exited: Promise<number | null>;
}

/**
 * Starts `main.ts` as its own Node process on a free port, with JWTs checked against the tests'
 * secret and rate limits out of the way, and waits until it listens.
 */
export async function spawnServer(env: Record<string, string>): Promise<SpawnedServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      NARA_JWT_SECRET: TEST_SECRET,
      NARA_RATE_LIMIT_TOKEN: '100000/100000',
      NARA_RATE_LIMIT_ADDRESS: '100000/100000',
      NARA_TEST_SIGNIN: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    // Generous: on a loaded 2-core machine PGlite's WebAssembly start alone can take half a minute.
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 180_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.includes('"msg":"listening"'));
      if (line) {
        clearTimeout(timer);
        resolve(JSON.parse(line).url);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${out}`));
    });
  });
  return { url, child, output: () => out, exited };
}

/** The n-th made-up personnummer (born 1980-01-01), with a valid check digit. */
export function testPersonnummer(n: number): string {
  const nine = `800101${String(n).padStart(3, '0')}`;
  return `19${nine}${luhnCheckDigit(nine)}`;
}
