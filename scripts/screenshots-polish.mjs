// Screenshots of the polished steps on a phone, in Swedish and English, into docs/screenshots/:
// the one-tag page (examples/one-tag.html: signin-url, no script of its own) from the menu that marks
// what needs sign-in, through the questions (unset slider, file picker), the review (Swedish numbers),
// the chat's "Logga in", the TEST sign-in page, and back in the chat that says the answers were sent.
// Usage: npm run build && node scripts/screenshots-polish.mjs
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const port = 8000 + Math.floor(Math.random() * 900);
const server = spawn(process.execPath, ['--import', 'tsx', 'packages/server-node/src/main.ts'], {
  env: { ...process.env, PORT: String(port), NARA_TEST_SIGNIN: '1', NARA_SERVE_EXAMPLES: '1', NARA_STORE: 'memory', NARA_REQUEST_LOG: '0' },
  stdio: 'ignore',
});
const base = `http://127.0.0.1:${port}`;
for (let i = 0; i < 120; i++) {
  try {
    if ((await fetch(`${base}/v1/clinics/vc-linden`)).ok) break;
  } catch {}
  await new Promise((r) => setTimeout(r, 500));
}
mkdirSync('docs/screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'] });

const words = {
  sv: { describe: /Beskriv dina besvär/, none: 'Nej, inget av detta – fortsätt', next: 'Fortsätt', review: 'Till sammanfattningen', send: 'Skicka', chat: /^Chatta/, signIn: 'Logga in', tolvan: /Logga in som Tolvan/ },
  en: { describe: /Describe your symptoms/, none: 'No, none of this – continue', next: 'Continue', review: 'To the summary', send: 'Send', chat: /^Chat/, signIn: 'Sign in', tolvan: /Logga in som Tolvan/ },
};

const shots = [];
try {
  for (const locale of ['sv', 'en']) {
    const w = words[locale];
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.addInitScript((lang) => document.addEventListener('DOMContentLoaded', () => (document.documentElement.lang = lang)), locale);
    const journey = page.locator('nara-care-journey');
    const shot = async (name, full = false) => {
      await page.waitForTimeout(600);
      const path = `docs/screenshots/polish-${name}-phone-${locale}.png`;
      await page.screenshot({ path, fullPage: full });
      shots.push(path);
    };
    await page.goto(`${base}/examples/one-tag.html`);
    await journey.getByRole('button', { name: w.describe }).waitFor();
    await shot('1-menu-marks-sign-in');
    await journey.getByRole('button', { name: w.describe }).click();
    await journey.getByRole('button', { name: w.none }).click();
    await journey.locator('#who-self').check();
    await journey.getByRole('button', { name: w.next, exact: true }).click();
    await journey.locator('#reason-input').fill(locale === 'sv' ? 'förkylning' : 'cold');
    await journey.getByRole('option').first().click();
    await journey.locator('[data-link-id="description"] textarea').waitFor();
    await shot('2-questions-slider-unset', true);
    await journey.locator('[data-link-id="description"] textarea').fill(locale === 'sv' ? 'Snuva och hosta sedan i tisdags' : 'Runny nose and a cough since Tuesday');
    await journey.locator('[data-link-id="since"] input').first().check();
    await journey.locator('[data-link-id="overall"] input').focus();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await journey.locator('[data-link-id="temperature"] input').fill(locale === 'sv' ? '38,5' : '38.5');
    for (const item of ['cough', 'breathless']) {
      const first = journey.locator(`[data-link-id="${item}"] input`).first();
      if (await first.count()) await first.check();
    }
    await journey.getByRole('button', { name: w.review }).click();
    await shot('3-review-swedish-numbers', true);
    await journey.getByRole('button', { name: w.send, exact: true }).click();
    await journey.getByRole('button', { name: w.chat }).first().click();
    await journey.getByRole('button', { name: w.signIn, exact: true }).waitFor();
    await shot('4-chat-asks-to-sign-in');
    await journey.getByRole('button', { name: w.signIn, exact: true }).click();
    await page.getByRole('button', { name: w.tolvan }).waitFor();
    await shot('5-test-sign-in-page');
    await page.getByRole('button', { name: w.tolvan }).click();
    await journey.locator('nara-chat-panel textarea').waitFor({ timeout: 15000 });
    await shot('6-chat-after-sign-in-answers-sent');
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}
console.log(shots.join('\n'));
