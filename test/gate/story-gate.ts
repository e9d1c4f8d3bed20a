import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);

/** Scripts injected before every story page runs: axe-core, and the gate's in-page checks. */
export const INIT_SCRIPTS = [require.resolve('axe-core/axe.min.js'), fileURLToPath(new URL('./page-checks.js', import.meta.url))];

/** WCAG 2.2 level A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export const DESKTOP = { width: 1280, height: 800 };

export interface StoryEntry {
  id: string;
  title: string;
  name: string;
  type: string;
}

interface AxeViolation {
  rule: string;
  impact: string | null;
  help: string;
  targets: string[];
  summary: string;
}

const call = <T>(page: Page, expression: string) => page.evaluate(expression) as Promise<T>;

const formatAxe = (mode: string, violations: AxeViolation[]) =>
  violations.map((v) => `axe ${v.rule} (${v.impact}) [${mode}]: ${v.help} — ${v.targets.join(', ')}${v.summary ? ` — ${v.summary}` : ''}`);

const appliedGlobals = new WeakMap<Page, Record<string, string>>();

/**
 * Shows a story in `page` and waits until Storybook is done with it and nothing is `aria-busy` (at
 * most `settleMs`). The first story loads the iframe; later ones switch in place, as Storybook's UI
 * does (a page load costs ~1 s). Storybook's own a11y run is switched off: the gate runs axe itself.
 * Returns problems that stop the checks (the story did not render).
 */
export async function showStory(page: Page, origin: string, id: string, locale: string, settleMs = 3000, globals: Record<string, string> = {}): Promise<string[]> {
  const problems: string[] = [];
  const wanted: Record<string, string> = { locale, ...globals };
  const applied = appliedGlobals.get(page);
  const loaded = applied !== undefined && page.url().startsWith(`${origin}/iframe.html`);
  const changed = Object.fromEntries(Object.entries(wanted).filter(([key, value]) => applied?.[key] !== value));
  const currentId = loaded ? await call<string | undefined>(page, 'window.__STORYBOOK_PREVIEW__?.currentRender?.id') : undefined;
  const urlGlobals = [...Object.entries(wanted).map(([key, value]) => `${key}:${value}`), 'a11y.manual:!true'].join(';');
  // Storybook's verdict (`success` / `error`: a play function threw, or errors went unhandled)
  const showIn = (g?: Record<string, string>) => call<string>(page, `window.naraGate.show(${JSON.stringify(id)}${g ? `, ${JSON.stringify(g)}` : ''})`);
  const hasChanges = Object.keys(changed).length > 0;
  const show: Promise<unknown> = !loaded
    ? page
        .goto(`${origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=${urlGlobals}`)
        .then(() => page.waitForFunction(`['finished', 'errored', 'aborted'].includes(window.naraGate.phase())`, null, { timeout: 20000 }))
    : currentId === id
      ? hasChanges
        ? showIn(changed)
        : Promise.resolve() // already showing it
      : showIn().then((status) => (hasChanges ? showIn(changed) : status));
  appliedGlobals.set(page, { ...applied, ...wanted });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let verdict: unknown;
  const timedOut = await Promise.race([
    show.then((status) => ((verdict = status), false)),
    new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), 20000))),
  ]).finally(() => clearTimeout(timer));
  if (timedOut) {
    problems.push(`story did not finish rendering in 20 s (phase: ${await call(page, 'window.naraGate.phase()').catch(() => '?')})`);
    return problems;
  }
  const phase = await call<string>(page, 'window.naraGate.phase()');
  if (verdict === 'error') problems.push('Storybook reports the story failed (its play function threw, or errors went unhandled)');
  if (phase !== 'finished' || (await page.locator('.sb-show-errordisplay').count()) > 0) {
    const shown = await page.locator('.sb-errordisplay').innerText().catch(() => '');
    problems.push(`story render ${phase}: ${shown.slice(0, 300)}`);
  }
  // wait for loading to end; a story that shows loading forever is checked as it stands
  await page.waitForFunction('!window.naraGate.busy()', null, { timeout: settleMs }).catch(() => {});
  await page.waitForTimeout(100);
  // a tag the story forgot to register renders nothing, and axe would find nothing wrong with it
  const unregistered = await call<string[]>(page, `[...new Set([...document.body.querySelectorAll('*')].map((e) => e.localName).filter((t) => t.startsWith('nara-') && !customElements.get(t)))]`);
  if (unregistered.length) problems.push(`not registered, so nothing of it was shown or checked: <${unregistered.join('>, <')}>`);
  return problems;
}

/** axe over the open story, formatted. */
export async function axeViolations(page: Page, mode = 'default'): Promise<string[]> {
  return formatAxe(mode, await call<AxeViolation[]>(page, `window.naraGate.axeRun(${JSON.stringify(WCAG_TAGS)})`));
}

/** Runs every check on the open story. Returns human-readable failures, each naming the rule. */
export async function checkOpenStory(page: Page): Promise<string[]> {
  const failures: string[] = [];
  const settle = () => call(page, 'window.naraGate.frames(3)');

  // 1. axe, as rendered
  failures.push(...(await axeViolations(page)));

  // 2. reflow (WCAG 1.4.10): 320 CSS px wide, no horizontal scrolling
  await page.setViewportSize({ width: 320, height: 640 });
  await settle();
  const narrow = await call<{ scrollWidth: number; clientWidth: number; culprits: string[] } | null>(page, 'window.naraGate.horizontalOverflow()');
  if (narrow) failures.push(`reflow-320px (WCAG 1.4.10): page scrolls sideways at 320 px (${narrow.scrollWidth} > ${narrow.clientWidth}) — ${narrow.culprits.join(', ')}`);

  // 3. resize text (WCAG 1.4.4): 200 % text at 640 px, nothing scrolls sideways or is clipped
  await page.setViewportSize({ width: 640, height: 800 });
  await call(page, `document.documentElement.style.fontSize = '200%'`);
  await settle();
  const large = await call<{ scrollWidth: number; clientWidth: number; culprits: string[] } | null>(page, 'window.naraGate.horizontalOverflow()');
  if (large) failures.push(`text-200% (WCAG 1.4.4): page scrolls sideways at 640 px with 200 % text (${large.scrollWidth} > ${large.clientWidth}) — ${large.culprits.join(', ')}`);
  const clipped = await call<string[]>(page, 'window.naraGate.clippedContent()');
  if (clipped.length) failures.push(`text-200% (WCAG 1.4.4): content clipped with 200 % text — ${clipped.join(', ')}`);
  await call(page, `document.documentElement.style.fontSize = ''`);
  await page.setViewportSize(DESKTOP);

  // 4. forced colours (Windows High Contrast): axe still clean, every focus stop shows an outline
  await page.emulateMedia({ forcedColors: 'active' });
  await settle();
  failures.push(...(await axeViolations(page, 'forced-colors')));
  failures.push(...(await focusStops(page)).map((name) => `focus-visible-forced-colors (WCAG 2.4.7): no visible focus indicator in forced colours on ${name}`));
  await page.emulateMedia({ forcedColors: 'none' });

  // 5. reduced motion (WCAG 2.3.3): nothing in the story animates longer than 0.01 s
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.waitForTimeout(150);
  const moving = await call<string[]>(page, 'window.naraGate.longAnimations()');
  if (moving.length) failures.push(`reduced-motion (WCAG 2.3.3): still animating with prefers-reduced-motion: reduce — ${moving.slice(0, 5).join(', ')}`);
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  return failures;
}

/** Tabs through the story (at most 40 stops) and returns the focus stops that show no indicator. */
async function focusStops(page: Page): Promise<string[]> {
  const missing = new Set<string>();
  const seen = new Set<string>();
  await call(page, `document.activeElement?.blur?.(); window.getSelection()?.removeAllRanges(); document.body.focus()`);
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const stop = await call<{ inStory: boolean; name?: string; visible?: boolean }>(page, 'window.naraGate.focusIndicator()');
    if (!stop.inStory) {
      if (seen.size > 0) break; // tabbed out of the story
      continue;
    }
    if (seen.size > 1 && [...seen][0] === stop.name) break; // wrapped around
    seen.add(stop.name!);
    if (!stop.visible) missing.add(stop.name!);
  }
  return [...missing];
}
