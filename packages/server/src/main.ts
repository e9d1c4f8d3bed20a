/** The Node entry: `npm start` (or `tsx packages/server/src/main.ts`). Configuration: README.md. */
import { readConfig } from './config.js';
import { log, startServer } from './server.js';

try {
  const server = await startServer(readConfig());
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      log('info', 'shutting down', { signal });
      server.close().then(
        () => process.exit(0),
        (error) => {
          log('error', 'shutdown failed', { error: String(error) });
          process.exit(1);
        },
      );
    });
  }
} catch (error) {
  log('error', 'could not start', { error: error instanceof Error ? error.message : String(error) });
  process.exit(1);
}
