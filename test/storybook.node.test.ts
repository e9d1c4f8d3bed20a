/**
 * The UX team's front door: Storybook has a docs page for every element in the manifest, showing its
 * public API only, and the toolbar's backend scenarios change what a story's elements meet.
 * (`npm test` builds storybook-static first.)
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { listen, type RunningSite } from '@nara/server-node/site';
import { launchChromium } from './helpers/chromium.js';
import { DESKTOP, INIT_SCRIPTS, showStory } from './gate/story-gate.js';

const STATIC = 'storybook-static';
if (!existsSync(`${STATIC}/index.json`)) throw new Error(`${STATIC}/index.json is missing: run \`npm run build-storybook\` first`);
const entries = Object.values(JSON.parse(readFileSync(`${STATIC}/index.json`, 'utf8')).entries) as { id: string; type: string; title: string; importPath: string }[];
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as { modules: { declarations?: { tagName?: string; name: string }[] }[] };
const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName!);

describe('Storybook for the UX team', () => {
  let server: RunningSite;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  before(async () => {
    const files = new Hono();
    files.use('/*', serveStatic({ root: STATIC }));
    server = await listen(files.fetch);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: DESKTOP });
    for (const path of INIT_SCRIPTS) await context.addInitScript({ path });
    page = await context.newPage();
  });
  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it('has stories and a docs page for every element in the manifest', () => {
    const storyFiles = new Set(entries.filter((e) => e.type === 'story').map((e) => e.importPath));
    const storySources = [...storyFiles].map((path) => readFileSync(path, 'utf8'));
    const missing = tags.filter((tag) => !storySources.some((source) => source.includes(`component: '${tag}'`)));
    assert.deepEqual(missing, [], `elements without stories (meta.component): ${missing.join(', ')}`);
    const docs = entries.filter((e) => e.type === 'docs').map((e) => e.title);
    const stories = new Set(entries.filter((e) => e.type === 'story').map((e) => e.title));
    assert.deepEqual(
      [...stories].filter((title) => !docs.includes(title)),
      [],
      'every component has an autodocs page',
    );
  });

  it('a docs page shows the element’s attributes and none of its private members', async () => {
    await page.goto(`${server.origin}/iframe.html?id=elements-shortcut-list--docs&viewMode=docs`);
    const docs = page.locator('#storybook-docs');
    await docs.getByText('headingLevel').first().waitFor({ timeout: 20000 });
    const text = await docs.innerText();
    assert.match(text, /The heading's level/);
    for (const hidden of ['focusAfterRender', 'renderEditor', 'reportError']) assert.ok(!text.includes(hidden), `docs show private ${hidden}`);
  });

  it('a docs page shows its stories in the toolbar’s language (the journey’s under Swedish is Swedish)', async () => {
    const docsPage = await context.newPage();
    try {
      const docsText = (locale: string) =>
        docsPage
          .goto(`${server.origin}/iframe.html?id=journeys-care-journey--docs&viewMode=docs&globals=locale:${locale};a11y.manual:!true`)
          .then(() =>
            docsPage.waitForFunction(
              `(() => {
                const parts = [];
                const walk = (node) => { for (const c of node.childNodes) { if (c.nodeType === 3) parts.push(c.textContent.trim()); else if (c.nodeType === 1) { if (c.shadowRoot) walk(c.shadowRoot); walk(c); } } };
                const docs = document.querySelector('#storybook-docs');
                if (!docs) return false;
                walk(docs);
                const text = parts.filter(Boolean).join(' ');
                return /Vad vill du ha hjälp med\?|What do you need help with\?/.test(text) && text;
              })()`,
              null,
              { timeout: 20000 },
            ),
          )
          .then((handle) => handle.jsonValue() as Promise<string>);
      const swedish = await docsText('sv');
      assert.match(swedish, /Vad vill du ha hjälp med\?/);
      assert.doesNotMatch(swedish, /What do you need help with\?/, 'a story on the Swedish docs page is in English');
      const english = await docsText('en');
      assert.match(english, /What do you need help with\?/);
      assert.doesNotMatch(english, /Vad vill du ha hjälp med\?/);
    } finally {
      await docsPage.close();
    }
  });

  const expectations: [string, RegExp][] = [
    ['normal', /Renew a prescription/],
    ['errors', /Something went wrong on our side/],
    ['malformed', /We received an answer we cannot read/],
    ['offline', /We cannot reach the service right now/],
    ['signed-out', /Sign in to see your shortcuts/],
    ['slow', /Renew a prescription/],
  ];
  for (const [scenario, expected] of expectations) {
    it(`the toolbar's backend "${scenario}" reaches the story's elements`, async () => {
      const started = Date.now();
      const problems = await showStory(page, server.origin, 'elements-shortcut-list--with-shortcuts', 'en', 8000, { scenario });
      assert.deepEqual(problems, []);
      await page.waitForFunction((pattern) => new RegExp(pattern).test((window as unknown as { naraGate: { text(): string } }).naraGate.text()), expected.source, { timeout: 10000 });
      if (scenario === 'slow') assert.ok(Date.now() - started >= 2500, 'slow network takes its time');
    });
  }

  const shows = (pattern: RegExp) =>
    page.waitForFunction((source) => new RegExp(source).test((window as unknown as { naraGate: { text(): string } }).naraGate.text()), pattern.source, { timeout: 10000 });

  it('every string, sv and en side by side, with the key an override uses', async () => {
    assert.deepEqual(await showStory(page, server.origin, 'designers-scenarios-and-strings--every-string', 'sv'), []);
    await shows(/care-journey\.startOver\s*Börja om\s*Start over/);
    await shows(/triage-result\./);
  });

  it('a story overrides visible strings through its `strings` arg, and the next story has the originals', async () => {
    assert.deepEqual(await showStory(page, server.origin, 'designers-scenarios-and-strings--overridden-strings', 'sv'), []);
    await shows(/Hur kan vi hjälpa dig i dag\?/);
    await shows(/Berätta vad som hänt/);
    assert.deepEqual(await showStory(page, server.origin, 'journeys-care-journey--menu', 'sv').catch(() => ['no menu story']), []);
    await shows(/Vad vill du ha hjälp med\?/);
  });

  for (const [id, expected] of [
    ['journey-emergency', /Ring 112/],
    ['journey-self-care', /Råd om egenvård|Vår bedömning/],
    ['result-emergency-department', /akutmottagning/i],
  ] as const) {
    it(`the urgency preset "${id}" shows its step`, async () => {
      assert.deepEqual(await showStory(page, server.origin, `designers-scenarios-and-strings--${id}`, 'sv', 4000), []);
      await shows(expected);
    });
  }

  it('the persona "reads little Swedish" shows the story in English with its card; the browser clock reads 10:00 in Stockholm', async () => {
    assert.deepEqual(await showStory(page, server.origin, 'designers-scenarios-and-strings--overridden-strings', 'sv', 3000, { persona: 'little-swedish' }), []);
    await shows(/Reads little Swedish/);
    await shows(/Errands for the secretary/);
    const hour = await page.evaluate(() => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Stockholm', hour: '2-digit', hourCycle: 'h23' }).format(new Date()));
    assert.equal(hour, '10');
    await showStory(page, server.origin, 'designers-scenarios-and-strings--overridden-strings', 'sv', 1000, { persona: 'none' });
  });
});
