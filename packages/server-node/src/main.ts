/** The Node entry: `npm start` (or `tsx packages/server-node/src/main.ts`). Configuration: README.md. */
import { readConfig } from './config.js';
import { log, startServer } from './site.js';

try {
  const config = readConfig();
  const server = await startServer(config);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      log('info', 'shutting down', { signal });
      // Whatever hangs (a stuck connection, the database), the process does not outlive this.
      setTimeout(() => {
        log('error', 'shutdown took too long; exiting');
        process.exit(1);
      }, config.shutdownTimeoutMs + 5_000).unref();
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
