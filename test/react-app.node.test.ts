/**
 * The React regional app, examples/react-app/: built with Vite from @nara/react, served as static
 * files and used in Chromium. The typed props and onNara… event props reach the elements; the app
 * switches language, and in Arabic the page and the journey read right to left. (~10 s of Vite build.)
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { launchChromium } from './helpers/chromium.js';
import { WCAG_TAGS } from './gate/story-gate.js';

const require = createRequire(import.meta.url);
const appDir = fileURLToPath(new URL('../examples/react-app/', import.meta.url));
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

describe('the React regional app example (Vite + @nara/react)', () => {
  let server: Server;
  let origin: string;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  before(async () => {
    await build({ configFile: join(appDir, 'vite.config.ts'), logLevel: 'warn' });
    const dist = join(appDir, 'dist');
    server = createServer(async (req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url!, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
      try {
        const body = await readFile(join(dist, path === '/' ? 'index.html' : path));
        res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'text/html' }).end(body);
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await page.goto(`${origin}/`);
  });

  after(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('shows the journey in Swedish, the elements upgraded and given their props by React', async () => {
    const journey = page.locator('nara-care-journey');
    await journey.getByRole('heading', { name: 'Vad vill du ha hjälp med?' }).waitFor();
    assert.equal(await page.locator('nara-provider').evaluate((el) => (el as unknown as { clinic: string }).clinic), 'vc-linden');
    await journey.getByText('Chatta med BVC').waitFor(); // the childHealth prop
    assert.deepEqual(pageErrors, []);
  });

  it('hears the journey’s steps through onNaraJourneyStep', async () => {
    await page.locator('nara-care-journey').getByRole('button', { name: /Beskriv dina besvär/ }).click();
    await page.locator('#step', { hasText: 'form' }).waitFor();
    await page.locator('nara-care-journey').getByRole('button', { name: 'Avbryt' }).click();
    await page.locator('#step', { hasText: 'menu' }).waitFor();
  });

  it('in Arabic, the page and the journey read right to left, in Arabic, with no sideways scrolling at 320 px', async () => {
    await page.locator('#language').selectOption('ar');
    const journey = page.locator('nara-care-journey');
    await journey.getByRole('heading', { name: 'بماذا تحتاج المساعدة؟' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
    assert.equal(await journey.getAttribute('dir'), 'rtl');
    assert.equal(await journey.getAttribute('lang'), 'ar');
    await journey.getByText('لم يراجع متحدث أصلي هذه الترجمة بعد.').waitFor();
    await page.setViewportSize({ width: 320, height: 720 });
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true);
  });

  it('is axe clean (WCAG 2.2 AA) in Arabic', async () => {
    await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(
      async (tags) =>
        (await (window as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, { runOnly: { type: 'tag', values: tags } })).violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' >> ')).join(', ')}`,
        ),
      WCAG_TAGS,
    );
    assert.deepEqual(violations, []);
    assert.deepEqual(pageErrors, []);
  });
});
