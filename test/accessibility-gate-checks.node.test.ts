/**
 * The gate's checks catch what they claim to: a page with one flaw per rule fails with that rule
 * named, and a careful page passes. (The gate itself runs over every story in accessibility.node.test.ts.)
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Hono } from 'hono';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { listen, type RunningSite } from '@nara/server-node/site';
import { launchChromium } from './helpers/chromium.js';
import { DESKTOP, INIT_SCRIPTS, checkOpenStory } from './gate/story-gate.js';

const page = (body: string, style = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>gate check</title><style>body{margin:1rem;font:1rem/1.5 sans-serif} ${style}</style></head><body><main id="storybook-root">${body}</main></body></html>`;

const pages: Record<string, string> = {
  careful: page(
    `<h1>Book a visit</h1><p>Plain text that wraps at any width, in a page that reflows.</p><button>Book</button> <a href="#x">Read more</a>
     <p><label>Message <input value="A long answer that scrolls inside its own field, as fields do, and is not clipped content"></label></p>
     <div class="spinner" aria-hidden="true"></div>`,
    `button:focus-visible, a:focus-visible { outline: 3px solid; }
     .spinner { inline-size: 1rem; block-size: 1rem; border: 2px solid; animation: spin 1s linear infinite; }
     @keyframes spin { to { transform: rotate(1turn); } }
     @media (prefers-reduced-motion: reduce) { .spinner { animation-duration: 0.01ms; } }`,
  ),
  unnamedButton: page(`<h1>x</h1><button><svg width="16" height="16"></svg></button>`),
  lowContrast: page(`<h1>x</h1><p style="color:#aaa;background:#fff">Hard to read</p>`),
  fixedWidth: page(`<h1>x</h1><div style="width: 400px">A box that is wider than a phone</div>`),
  clipsText: page(`<h1>x</h1><div style="inline-size: 20rem; max-inline-size: 100%; overflow: hidden; white-space: nowrap">Vårdcentralen Linden har öppet vardagar mellan klockan åtta och fem</div>`),
  noFocusRing: page(`<h1>x</h1><button style="outline: none">Book</button>`, `button:focus { outline: none; box-shadow: 0 0 0 3px blue; }`),
  keepsSpinning: page(`<h1>x</h1><div class="s" aria-hidden="true"></div>`, `.s { inline-size: 1rem; block-size: 1rem; border: 2px solid; animation: spin 1s linear infinite; } @keyframes spin { to { transform: rotate(1turn); } }`),
  fixedWrapper: page(`<h1>x</h1><div style="width: 320px"><p>An element shown in a story at a fixed width</p></div>`),
  shadowFlaw: page(
    `<h1>x</h1><x-widget></x-widget><script>customElements.define('x-widget', class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = '<input type="text">'; } });</script>`,
  ),
};

describe('the accessibility gate checks', () => {
  let server: RunningSite;
  let browser: Browser;
  let context: BrowserContext;
  const check = async (name: string) => {
    const tab: Page = await context.newPage();
    try {
      await tab.goto(`${server.origin}/${name}`);
      return await checkOpenStory(tab);
    } finally {
      await tab.close();
    }
  };

  before(async () => {
    const app = new Hono();
    app.get('/:name', (c) => c.html(pages[c.req.param('name')] ?? 'missing'));
    server = await listen(app.fetch);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: DESKTOP });
    for (const path of INIT_SCRIPTS) await context.addInitScript({ path });
  });
  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it('pass a careful page (a spinner that stops under reduced motion included)', async () => {
    assert.deepEqual(await check('careful'), []);
  });

  const flaws: [string, RegExp][] = [
    ['unnamedButton', /^axe button-name .*\[default\]/],
    ['lowContrast', /^axe color-contrast .*\[default\]/],
    ['fixedWidth', /^reflow-320px .*\(4\d\d > 320\) — .*div/],
    ['clipsText', /^text-200% .*content clipped/],
    ['noFocusRing', /^focus-visible-forced-colors .*button/],
    ['keepsSpinning', /^reduced-motion .*spin/],
    ['fixedWrapper', /^reflow-320px .*the story's own <div style="width: 320px">/],
    ['shadowFlaw', /^axe label .*x-widget/],
  ];
  for (const [name, rule] of flaws) {
    it(`catch ${name}, naming the rule`, async () => {
      const failures = await check(name);
      assert.ok(failures.some((f) => rule.test(f)), `expected ${rule} among:\n${failures.join('\n')}`);
    });
  }
});
