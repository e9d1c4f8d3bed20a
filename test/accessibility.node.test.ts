/**
 * The accessibility gate: every Storybook story, in Swedish and English, rendered in Chromium and
 * checked for WCAG 2.2 AA with axe, reflow at 320 px, 200 % text, forced colours (axe + visible
 * focus) and reduced motion. New stories are picked up from the built `storybook-static/index.json`
 * (`npm test` builds it first). NARA_GATE_FILTER=<substring of story id> runs a subset.
 * Then the first story of every component under each backend scenario of the toolbar (errors,
 * offline, …): what people see when things go wrong must be accessible too.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { listen, type RunningSite } from '@nara/server/site';
import { launchChromium } from './helpers/chromium.js';
import { DESKTOP, INIT_SCRIPTS, axeViolations, checkOpenStory, showStory, type StoryEntry } from './gate/story-gate.js';

// NARA_GATE_STATIC=<dir> checks another Storybook build (e.g. a branch's) with this gate
const STATIC = process.env.NARA_GATE_STATIC ?? 'storybook-static';
if (!existsSync(`${STATIC}/index.json`)) throw new Error(`${STATIC}/index.json is missing: run \`npm run build-storybook\` first`);

const filter = process.env.NARA_GATE_FILTER;
const stories = (Object.values(JSON.parse(readFileSync(`${STATIC}/index.json`, 'utf8')).entries) as StoryEntry[]).filter(
  (entry) => entry.type === 'story' && (!filter || entry.id.includes(filter)),
);
const LOCALES = ['sv', 'en'] as const;
const SCENARIOS = ['slow', 'errors', 'malformed', 'offline', 'signed-out'];
const firstOfEachComponent = stories.filter((story, i) => stories.findIndex((other) => other.title === story.title) === i);

describe('accessibility gate: every story, sv and en', () => {
  let server: RunningSite;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page | undefined;
  const pageErrors: string[] = [];
  const openPage = async () => {
    const opened = await context.newPage();
    opened.on('pageerror', (error) => pageErrors.push(`uncaught ${error.name}: ${error.message}`));
    return opened;
  };

  before(async () => {
    const files = new Hono();
    files.use('/*', serveStatic({ root: STATIC }));
    server = await listen(files.fetch);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: DESKTOP });
    for (const path of INIT_SCRIPTS) await context.addInitScript({ path });
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it('finds stories to check', () => assert.ok(stories.length > 0, 'no stories in storybook-static/index.json'));

  for (const story of stories) {
    for (const locale of LOCALES) {
      it(`${story.title} › ${story.name} (${locale})`, async () => {
        page ??= await openPage();
        pageErrors.length = 0;
        let failures: string[];
        try {
          failures = await showStory(page, server.origin, story.id, locale);
          if (failures.length === 0) failures.push(...(await checkOpenStory(page)));
        } catch (error) {
          failures = [`the gate could not check it: ${error instanceof Error ? error.message : String(error)}`];
        }
        failures.push(...pageErrors);
        if (failures.length) {
          // start the next story from a fresh page
          await page.close().catch(() => {});
          page = undefined;
          assert.fail(`story ${story.id} (${locale}) fails:\n  - ${failures.join('\n  - ')}`);
        }
      });
    }
  }
});

describe('accessibility gate: every component under every backend scenario', () => {
  let server: RunningSite;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page | undefined;
  const pageErrors: string[] = [];
  const openPage = async () => {
    const opened = await context.newPage();
    opened.on('pageerror', (error) => pageErrors.push(`uncaught ${error.name}: ${error.message}`));
    return opened;
  };

  before(async () => {
    const files = new Hono();
    files.use('/*', serveStatic({ root: STATIC }));
    server = await listen(files.fetch);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: DESKTOP });
    for (const path of INIT_SCRIPTS) await context.addInitScript({ path });
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  for (const story of firstOfEachComponent) {
    for (const scenario of SCENARIOS) {
      it(`${story.title} › ${story.name} with backend "${scenario}"`, async () => {
        page ??= await openPage();
        pageErrors.length = 0;
        let failures: string[];
        try {
          failures = await showStory(page, server.origin, story.id, 'sv', 8000, { scenario });
          if (failures.length === 0) failures.push(...(await axeViolations(page, `scenario ${scenario}`)));
        } catch (error) {
          failures = [`the gate could not check it: ${error instanceof Error ? error.message : String(error)}`];
        }
        failures.push(...pageErrors);
        if (failures.length) {
          await page.close().catch(() => {});
          page = undefined;
          assert.fail(`story ${story.id} with backend "${scenario}" fails:\n  - ${failures.join('\n  - ')}`);
        }
      });
    }
  }
});
