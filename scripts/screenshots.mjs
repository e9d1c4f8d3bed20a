// Screenshots of every step of the care journey on the contact page, at phone and desktop width, in
// Swedish and English, and at phone width in Arabic (right to left), into docs/screenshots/. Starts the reference server on a free loopback port.
// Usage: npm run build && node scripts/screenshots.mjs
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const port = 8000 + Math.floor(Math.random() * 900);
const server = spawn(process.execPath, ['--import', 'tsx', 'packages/server-node/src/main.ts'], { env: { ...process.env, PORT: String(port), NARA_TEST_SIGNIN: '1', NARA_SERVE_EXAMPLES: '1', NARA_STORE: 'memory' }, stdio: 'ignore' });
const base = `http://127.0.0.1:${port}`;
for (let i = 0; i < 60; i++) {
  try {
    if ((await fetch(`${base}/v1/clinics/vc-linden`)).ok) break;
  } catch {}
  await new Promise((r) => setTimeout(r, 500));
}
mkdirSync('docs/screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'] });

/** A real assessment from the server for a cold that needs a visit (what the symptom form would post). */
const assessInPage = (locale) => async ({ locale }) => {
  const signIn = await fetch('/v1/test-auth/token', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ personnummer: '19121212-1212' }) });
  const { token } = await signIn.json();
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Accept-Language': locale };
  const flags = (await (await fetch('/v1/red-flags?subject=self', { headers })).json()).redFlags;
  const coding = (code) => [{ valueCoding: { system: 'https://nara.dev/fhir/CodeSystem/triage-answer', code } }];
  const response = {
    resourceType: 'QuestionnaireResponse',
    questionnaire: 'https://nara.dev/fhir/Questionnaire/triage-forkylning',
    status: 'completed',
    item: [
      { linkId: 'description', answer: [{ valueString: 'Hosta och feber sedan två veckor' }] },
      { linkId: 'since', answer: coding('weeks-1-4') },
      { linkId: 'overall', answer: [{ valueInteger: 2 }] },
      { linkId: 'temperature', answer: [{ valueDecimal: 39.5 }] },
      { linkId: 'cough', answer: [{ valueBoolean: true }] },
      { linkId: 'breathless', answer: coding('exertion') },
    ],
  };
  const body = { reasonId: 'forkylning', clinic: 'vc-linden', response, subject: { kind: 'self' }, redFlags: Object.fromEntries(flags.map((f) => [f.id, false])) };
  const answer = await fetch('/v1/assessments', { method: 'POST', headers, body: JSON.stringify(body) });
  const assessment = await answer.json();
  if (!answer.ok) throw new Error(`assessment failed: ${JSON.stringify(assessment)}`);
  const journey = document.querySelector('nara-care-journey');
  journey.go({ step: 'form' });
  await journey.updateComplete;
  journey.shadowRoot.querySelector('nara-symptom-form').dispatchEvent(new CustomEvent('nara-assessment', { detail: { assessment }, bubbles: true, composed: true, cancelable: true }));
  return assessment.urgency;
};

/** The buttons the script presses, in each language. */
const NAMES = {
  sv: { describe: /Beskriv dina besvär/, book: /Boka/, childHealth: /Chatta med BVC/ },
  en: { describe: /Describe your symptoms/, book: /Book/, childHealth: /Chat with child health/ },
  ar: { describe: /صِف أعراضك/, book: /احجز/, childHealth: /دردشة مع مركز صحة الطفل/ },
};
const PHONE = ['phone', 360, 780];
const DESKTOP = ['desktop', 1200, 900];
// NARA_SHOTS_LOCALES=ar takes only those languages
const only = process.env.NARA_SHOTS_LOCALES?.split(',');
const runs = [['sv', [PHONE, DESKTOP]], ['en', [PHONE, DESKTOP]], ['ar', [PHONE]]].filter(([locale]) => !only || only.includes(locale));

const shots = [];
for (const [locale, devices] of runs) {
  const names = NAMES[locale];
  for (const [device, width, height] of devices) {
    const page = await browser.newPage({ viewport: { width, height } });
    const journey = page.locator('nara-care-journey');
    const shot = async (step) => {
      await page.waitForTimeout(1200);
      const path = `docs/screenshots/${step}-${device}-${locale}.png`;
      await journey.screenshot({ path });
      shots.push(path);
    };
    await page.goto(`${base}/examples/contact-page.html?lang=${locale}`);
    await shot('1-menu');
    await journey.getByRole('button', { name: names.describe }).click();
    await shot('2-emergency-screen');
    await journey.getByRole('checkbox').first().click();
    await shot('3-red-flag-call-112');
    const urgency = await page.evaluate(assessInPage(locale), { locale });
    await shot(`4-result-${urgency}`);
    await journey.getByRole('button', { name: names.book }).first().click();
    await shot('5-booking');
    await page.goto(`${base}/examples/contact-page.html?lang=${locale}&again`);
    await journey.getByRole('button', { name: names.childHealth }).click();
    await shot('6-chat-child-health');
    await page.close();
  }
}
await browser.close();
server.kill();
console.log(shots.join('\n'));
