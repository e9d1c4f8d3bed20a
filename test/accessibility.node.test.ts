/**
 * The accessibility gate: every Storybook story, in Swedish and English, rendered in Chromium and
 * checked for WCAG 2.2 AA with axe, reflow at 320 px, 200 % text, forced colours (axe + visible
 * focus) and reduced motion. Then the first story of every component under each backend scenario of
 * the toolbar (errors, offline, …): what people see when things go wrong must be accessible too.
 *
 * New stories are picked up from the built `storybook-static/index.json` (`npm test` builds it first).
 *   NARA_GATE_FILTER=<part of a story id>  check a subset
 *   NARA_GATE_STATIC=<dir>                 check another Storybook build (e.g. a branch's)
 *   NARA_GATE_PAGES=<n>                    pages checked at once (default 2)
 *   NARA_GATE_LOCALES=ar,fi,so             the languages to check (default sv,en; `npm run test:a11y:locales`)
 *   NARA_GATE_FULL=1                       every story in every language (`npm run test:a11y`); without it (`npm test`)
 *                                          every story in the first language and the first story of each component in
 *                                          the others — the sample that keeps `npm test` short
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Browser, BrowserContext } from 'playwright-core';
import { listen, type RunningSite } from '@nara/server-node/site';
import { launchChromium } from './helpers/chromium.js';
import { DESKTOP, INIT_SCRIPTS, axeViolations, checkOpenStory, showStory, type StoryEntry } from './gate/story-gate.js';
import { StoryPagePool } from './gate/story-pages.js';

const STATIC = process.env.NARA_GATE_STATIC ?? 'storybook-static';
if (!existsSync(`${STATIC}/index.json`)) throw new Error(`${STATIC}/index.json is missing: run \`npm run build-storybook\` first`);

const filter = process.env.NARA_GATE_FILTER;
const PAGES = Number(process.env.NARA_GATE_PAGES ?? 2);
const stories = (Object.values(JSON.parse(readFileSync(`${STATIC}/index.json`, 'utf8')).entries) as StoryEntry[]).filter(
  (entry) => entry.type === 'story' && (!filter || entry.id.includes(filter)),
);
const LOCALES = (process.env.NARA_GATE_LOCALES ?? 'sv,en').split(',').map((l) => l.trim());
// the backend scenarios are checked in the default run (sv); a run of other languages checks every story only
const SCENARIOS = process.env.NARA_GATE_LOCALES ? [] : ['slow', 'errors', 'malformed', 'offline', 'signed-out'];
const firstOfEachComponent = stories.filter((story, i) => stories.findIndex((other) => other.title === story.title) === i);
const FULL = process.env.NARA_GATE_FULL === '1' || Boolean(process.env.NARA_GATE_LOCALES) || Boolean(filter);
/** Whether a story is checked in a language: all of them in the first, a sample in the others unless the run is full. */
const checked = (story: StoryEntry, locale: string) => FULL || locale === LOCALES[0] || firstOfEachComponent.includes(story);

/** Serves the Storybook build and opens Chromium for one describe block. */
function storybookInChromium() {
  const state = {} as { server: RunningSite; browser: Browser; context: BrowserContext; pages: StoryPagePool };
  before(async () => {
    const files = new Hono();
    files.use('/*', serveStatic({ root: STATIC }));
    state.server = await listen(files.fetch);
    state.browser = await launchChromium();
    state.context = await state.browser.newContext({ viewport: DESKTOP });
    for (const path of INIT_SCRIPTS) await state.context.addInitScript({ path });
    state.pages = new StoryPagePool(state.context, PAGES);
  });
  after(async () => {
    await state.context?.close();
    await state.browser?.close();
    await state.server?.close();
  });
  return state;
}

describe(`accessibility gate: every story, ${FULL ? LOCALES.join(' and ') : `${LOCALES[0]} (and a sample in ${LOCALES.slice(1).join(', ')})`}`, { concurrency: PAGES }, () => {
  const sb = storybookInChromium();

  it('finds stories to check', () => assert.ok(stories.length > 0, `no stories in ${STATIC}/index.json`));

  for (const story of stories) {
    for (const locale of LOCALES.filter((l) => checked(story, l))) {
      it(`${story.title} › ${story.name} (${locale})`, async () => {
        const failures = await sb.pages.check(async (page) => {
          const problems = await showStory(page, sb.server.origin, story.id, locale);
          return problems.length ? problems : checkOpenStory(page);
        });
        if (failures.length) assert.fail(`story ${story.id} (${locale}) fails:\n  - ${failures.join('\n  - ')}`);
      });
    }
  }
});

describe('accessibility gate: every component under every backend scenario', { concurrency: PAGES }, () => {
  const sb = storybookInChromium();

  for (const story of firstOfEachComponent) {
    for (const scenario of SCENARIOS) {
      it(`${story.title} › ${story.name} with backend "${scenario}"`, async () => {
        const failures = await sb.pages.check(async (page) => {
          const problems = await showStory(page, sb.server.origin, story.id, 'sv', 8000, { scenario });
          return problems.length ? problems : axeViolations(page, `scenario ${scenario}`);
        });
        if (failures.length) assert.fail(`story ${story.id} with backend "${scenario}" fails:\n  - ${failures.join('\n  - ')}`);
      });
    }
  }
});
