// Benchmark of nara-chat-panel with a long conversation, in headless Chromium:
// time to open a conversation of 5,000 messages (streamed, rendered, painted), to show one more,
// scroll frame times, and a keystroke in the composer. Run: `npx tsx bench/chat.bench.ts [count] [runs]`.
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const count = Number(process.argv[2] ?? 5000);
const runs = Number(process.argv[3] ?? 5);
/** Extra CSS for experiments (e.g. turning content-visibility off). */
const css = process.env.BENCH_CSS ?? '';
const dir = mkdtempSync(join(tmpdir(), 'nara-chat-bench-'));

await build({
  entryPoints: [fileURLToPath(new URL('./chat-panel.page.ts', import.meta.url))],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  outfile: join(dir, 'page.js'),
  tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)),
  conditions: ['browser', 'production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="sv"><meta charset="utf-8"><title>bench</title><body><script type="module" src="page.js"></script></body></html>');

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--allow-file-access-from-files'],
});
const results: Record<string, number>[] = [];
try {
  for (let run = 0; run < runs; run++) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 800 });
    page.on('pageerror', (e) => console.error('page error:', e));
    await page.goto(`file://${join(dir, 'index.html')}`);
    await page.waitForFunction(() => typeof window.runBenchmark === 'function');
    results.push(await page.evaluate((n, c) => window.runBenchmark(n, c), count, css));
    await page.close();
  }
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}

const median = (key: string) => {
  const values = results.map((r) => r[key]).sort((a, b) => a - b);
  return values[values.length >> 1];
};
console.log(`nara-chat-panel, ${count} messages, median of ${runs} fresh pages (headless Chromium):`);
for (const [key, label] of [
  ['renderInDomMs', `open a ${count}-message conversation: streamed + newest shown (in DOM)`],
  ['renderPaintedMs', '… and painted'],
  ['appendInDomMs', 'append one more message over the live stream (in DOM)'],
  ['appendPaintedMs', '… and painted'],
  ['scrollFrameMedianMs', 'scroll the shown messages: median frame'],
  ['scrollFrameP95Ms', 'scroll the shown messages: p95 frame'],
  ['allInDomMs', `"show earlier" until all ${count} are in the DOM`],
  ['allPaintedMs', '… and painted'],
  ['allScrollFrameMedianMs', `scroll all ${count}: median frame`],
  ['allScrollFrameP95Ms', `scroll all ${count}: p95 frame`],
  ['keystrokeMs', 'one keystroke in the composer (update)'],
] as const) {
  console.log(`  ${label.padEnd(66)} ${median(key).toFixed(1).padStart(8)} ms`);
}
console.log(`  (shown at open: ${median('shownAtOpen')} entries; all shown: ${median('allShown')}; seeding the server took ${median('seedMs').toFixed(0)} ms, not counted)`);
