// Test helper for the example pages: the real server (examples served, TEST sign-in) and a headless Chromium.
import { existsSync } from 'node:fs';
import { after, before } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { readConfig } from '../config.js';
import { startServer, type RunningServer } from '../site.js';

const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Why a test of an example page that needs `bundle` (e.g. `dist/cdn/errand.js`) cannot run here, or false. */
export const cannotRun = (bundle: string): string | false =>
  (!existsSync(chromiumPath) && 'no Chromium') || (!existsSync(bundle) && 'no dist/: npm run build');

/** Starts the server and Chromium before the suite's tests and stops them after; read the fields inside tests. */
export function examplePages() {
  const running = {} as { server: RunningServer; browser: Browser };
  before(async () => {
    running.server = await startServer(readConfig({ PORT: '0', NARA_STORE: 'memory', NARA_TEST_SIGNIN: '1', NARA_SERVE_EXAMPLES: '1', NARA_REQUEST_LOG: '0' }));
    running.browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'] });
  });
  after(async () => {
    await running.browser?.close();
    await running.server?.close();
  });
  return running;
}

/** The page's uncaught errors and console errors, collected as they happen. */
export function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return errors;
}
