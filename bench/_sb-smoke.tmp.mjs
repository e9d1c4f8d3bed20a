import http from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import puppeteer from 'puppeteer-core';
const root = 'storybook-static';
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };
const server = http.createServer((req, res) => {
  let p = join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (existsSync(p) && statSync(p).isDirectory()) p = join(p, 'index.html');
  if (!existsSync(p)) { res.writeHead(404); return res.end(); }
  res.writeHead(200, { 'Content-Type': types[extname(p)] ?? 'application/octet-stream' });
  res.end(readFileSync(p));
}).listen(0);
const port = server.address().port;
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless', '--disable-gpu'] });
const axe = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
for (const story of ['in-queue', 'talking', 'form-sent', 'handed-over-with-video', 'closed', 'offline', 'load-failed', 'not-signed-in', 'english', 'long-conversation', 'demo-with-simulated-care-team']) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`http://localhost:${port}/iframe.html?id=elements-chat-panel--${story}&viewMode=story`);
  await new Promise((r) => setTimeout(r, 4000));
  const text = await page.evaluate(() => document.querySelector('nara-chat-panel')?.shadowRoot?.textContent?.replace(/\s+/g, ' ').slice(0, 140));
  await page.evaluate(axe);
  const violations = await page.evaluate(async () => (await window.axe.run(document.querySelector('nara-chat-panel'))).violations.map((v) => `${v.id}(${v.nodes.length})`));
  console.log(story.padEnd(32), JSON.stringify(violations), errors.length ? 'ERR ' + errors[0].slice(0, 100) : '', '|', text);
  await page.close();
}
await browser.close();
server.close();
