/**
 * Booking benchmark: `npx tsx bench/booking.bench.ts`.
 * Node: generating a month of one clinic's slots (server). Chromium (headless, from Debian): grouping a
 * month of slots, mounting nara-booking-picker until the first times are painted, and switching through
 * the month's weeks — through the real client, contract validation and server app, in the page.
 */
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import puppeteer from 'puppeteer-core';
import { fileURLToPath } from 'node:url';
import { SlotSchedule } from '../packages/server/src/services/slots.js';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// 1. Server: a month of every schedule block of one clinic.
const schedule = new SlotSchedule();
const now = new Date();
const monthLater = new Date(now.getTime() + 31 * 86_400_000);
let count = 0;
const generation: number[] = [];
const cpu: number[] = [];
for (let i = 0; i < 21; i++) {
  const t = performance.now();
  const c = process.cpuUsage();
  count = schedule.generate('vc-linden', now, monthLater, {}, now).length;
  const used = process.cpuUsage(c);
  generation.push(performance.now() - t);
  cpu.push((used.user + used.system) / 1000);
}
// CPU time is the steadier figure on a shared machine; wall time includes waiting for a core.
console.log(
  `server: generate a month of vc-linden slots (${count}) — median ${median(cpu).toFixed(1)} ms CPU, ${median(generation).toFixed(1)} ms wall`,
);

// 2. Browser.
const root = fileURLToPath(new URL('..', import.meta.url));
const server = await startDevServer({
  config: {
    rootDir: root,
    port: 0,
    nodeResolve: { exportConditions: ['browser', 'production'] },
    plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: `${root}tsconfig.json` })],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const port = (server.server?.address() as { port: number }).port;
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
});
try {
  const page = await browser.newPage();
  await page.goto(`http://localhost:${port}/bench/booking-picker.bench.html`);
  await page.waitForFunction('window.benchResults', { timeout: 120_000 });
  const results = (await page.evaluate('window.benchResults')) as Record<string, number | string>;
  if ('error' in results) throw new Error(String(results.error));
  const ms = (v: number | string) => `${Number(v).toFixed(1)} ms`;
  console.log(`browser: group a month of slots (${results.monthSlots}) by day and part of day — median ${ms(results.groupMonthMs)}`);
  console.log(`browser: mount nara-booking-picker until the first times are painted — median ${ms(results.mountToTimesMs)}`);
  console.log(`browser: next week (load + render the week's times), through a month — median ${ms(results.weekSwitchMs)}`);
} finally {
  await browser.close();
  await server.stop();
}
