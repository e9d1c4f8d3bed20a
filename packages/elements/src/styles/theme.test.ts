import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { URGENCIES, type Assessment, type AssessmentRequest } from '@nara/contract';
import { buildQuestionnaire, findReason, redFlagsFor, responseFromAnswers } from '@nara/triage';
import { createDemoBackend } from '@nara/demo';
import '../care-journey/define.js';
import '../shortcut-list/define.js';
import '../triage-result/define.js';
import type { NaraCareJourney } from '../care-journey/care-journey.js';
import type { JourneyState } from '../care-journey/journey-history.js';
import { visibleText } from '../../../../test/helpers/elements.js';

type Rgba = [number, number, number, number];

/** Every element under `root`, through shadow roots. */
function deepElements(root: Element): Element[] {
  const found: Element[] = [root];
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root.shadowRoot ?? root);
  return found;
}

/** Any CSS colour as sRGB numbers, resolved by the browser itself (color-mix() included). */
const probe = document.createElement('span');
function rgba(color: string, within: Element): Rgba | undefined {
  (within.shadowRoot ?? document.body).append(probe);
  probe.style.color = '';
  probe.style.color = color;
  const resolved = probe.style.color ? getComputedStyle(probe).color : '';
  probe.remove();
  return parseRgb(resolved);
}

function parseRgb(value: string): Rgba | undefined {
  const srgb = /color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?\)/.exec(value);
  if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, srgb[4] === undefined ? 1 : Number(srgb[4])];
  const m = /rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:[,/] ?([\d.]+))?\)/.exec(value);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : undefined;
}

/** Blue-ish: a hue between cyan and violet with enough chroma to read as a tint, not a grey. */
function isBlueTint([r, g, b, a]: Rgba): boolean {
  if (a === 0) return false;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  if (max - min < 14) return false;
  const d = max - min;
  const hue = max === r ? ((g - b) / d) * 60 : max === g ? ((b - r) / d) * 60 + 120 : ((r - g) / d) * 60 + 240;
  const h = (hue + 360) % 360;
  return h >= 185 && h <= 265;
}

const PROPS = ['color', 'background-color', 'border-top-color', 'border-right-color', 'border-bottom-color', 'border-left-color', 'outline-color', 'fill', 'stroke', 'text-decoration-color'];

/** Every colour the journey uses now: computed on every element, and every `--_color-*` token (hover and focus tints too). */
function coloursIn(root: Element): { where: string; color: Rgba }[] {
  const out: { where: string; color: Rgba }[] = [];
  for (const el of deepElements(root)) {
    const style = getComputedStyle(el);
    for (const prop of PROPS) {
      const c = parseRgb(style.getPropertyValue(prop));
      if (c) out.push({ where: `${el.localName}.${el.className}: ${prop}`, color: c });
    }
    if (el.shadowRoot) {
      for (const token of ['primary', 'primary-hover', 'primary-soft', 'surface-alt', 'border', 'text-muted', 'text', 'surface', 'focus']) {
        const value = style.getPropertyValue(`--_color-${token}`).trim();
        const c = value ? rgba(value, el) : undefined;
        if (c) out.push({ where: `${el.localName} --_color-${token}`, color: c });
      }
    }
  }
  return out;
}

/** A real assessment (a cold, self-care) from the in-page demo backend. */
async function assessCold(): Promise<Assessment> {
  const questionnaire = buildQuestionnaire(findReason('forkylning')!, 'sv');
  const response = responseFromAnswers(questionnaire, { description: 'Snuva', since: 'days-1-3', overall: 8, cough: false, breathless: 'no' });
  const request: AssessmentRequest = {
    reasonId: 'forkylning',
    response: response as AssessmentRequest['response'],
    subject: { kind: 'self' },
    redFlags: Object.fromEntries(redFlagsFor('self').map((f) => [f.id, false])),
  };
  return createDemoBackend().assess(request, { locale: 'sv' });
}

/** Walks the journey through its steps; returns the colours seen in each. */
async function walk(journey: NaraCareJourney): Promise<{ where: string; color: Rgba }[]> {
  const seen: { where: string; color: Rgba }[] = [];
  const steps: JourneyState[] = [{ step: 'menu' }, { step: 'form' }, { step: 'chat', profession: 'nurse' }, { step: 'booking', visitType: 'video' }, { step: 'emergency' }];
  for (const step of steps) {
    journey.go(step);
    await journey.updateComplete;
    await waitUntil(() => !/Hämtar|Laddar/.test(visibleText(journey)), `step ${step.step} never loaded`, { timeout: 10000 });
    await new Promise((r) => setTimeout(r, 150));
    seen.push(...coloursIn(journey).map((c) => ({ ...c, where: `${step.step}: ${c.where}` })));
  }
  // the result and self-care steps, from an assessment as the symptom form hands it over
  journey.go({ step: 'form' });
  await journey.updateComplete;
  journey.shadowRoot!.querySelector('nara-symptom-form')!.dispatchEvent(
    new CustomEvent('nara-assessment', { detail: { assessment: await assessCold() }, bubbles: true, composed: true, cancelable: true }),
  );
  await journey.updateComplete;
  await waitUntil(() => journey.shadowRoot!.querySelector('nara-triage-result')?.shadowRoot?.textContent, 'no result');
  seen.push(...coloursIn(journey).map((c) => ({ ...c, where: `result: ${c.where}` })));
  journey.go({ step: 'self-care' });
  await journey.updateComplete;
  seen.push(...coloursIn(journey).map((c) => ({ ...c, where: `self-care: ${c.where}` })));
  return seen;
}

describe('theme from one colour', () => {
  afterEach(() => {
    history.replaceState(null, '');
    sessionStorage.clear();
  });

  it('the default theme is blue (so the check below can see blue at all), and accessible', async () => {
    const journey = await fixture<NaraCareJourney>(html`<nara-care-journey demo clinic="vc-linden" no-history></nara-care-journey>`);
    await expect(journey).to.be.accessible();
    const blue = coloursIn(journey).filter((c) => isBlueTint(c.color));
    expect(blue.map((b) => b.where)).to.include('nara-care-journey --_color-primary-soft');
  });

  it('with only --nara-color-primary set to a green, no blue tint remains anywhere in the journey', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="--nara-color-primary: #1e7b34">
      <nara-care-journey demo clinic="vc-linden" child-health no-history></nara-care-journey>
    </div>`);
    const journey = wrapper.querySelector('nara-care-journey')!;
    const seen = await walk(journey);
    expect(seen.length, 'colours were read').to.be.greaterThan(500);
    const blue = seen.filter((c) => isBlueTint(c.color)).map((c) => `${c.where} = rgb(${c.color.slice(0, 3).map(Math.round).join(' ')})`);
    expect([...new Set(blue)]).to.deep.equal([]);
    const hover = seen.find((c) => c.where.endsWith('nara-care-journey --_color-primary-hover'))!.color;
    expect(hover[1]).to.be.greaterThan(hover[2], 'the hover colour is a darker green');
  });
});

const luminance = ([r, g, b]: Rgba) => {
  const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
};
const contrast = (a: Rgba, b: Rgba) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

/** The background a text sits on: the nearest opaque background up the composed tree. */
function backgroundOf(el: Element): Rgba {
  let node: Element | null = el;
  while (node) {
    const c = parseRgb(getComputedStyle(node).backgroundColor);
    if (c && c[3] > 0.5) return c;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null);
  }
  return [255, 255, 255, 1];
}

/** Text contrast of every element that holds visible text, in the journey's current step. */
function lowContrast(root: Element): string[] {
  const low: string[] = [];
  for (const el of deepElements(root)) {
    const text = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()).map((n) => n.textContent!.trim()).join(' ');
    if (!text || !(el as HTMLElement).offsetParent || el.closest('.visually-hidden')) continue;
    const ratio = contrast(parseRgb(getComputedStyle(el).color)!, backgroundOf(el));
    if (ratio < 4.5) low.push(`${el.localName}.${el.className} "${text.slice(0, 30)}": ${ratio.toFixed(2)}`);
  }
  return low;
}

for (const preset of ['1177', 'neutral']) {
  describe(`the ${preset} preset`, () => {
    let style: HTMLStyleElement;
    before(async () => {
      style = document.createElement('style');
      style.textContent = await (await fetch(`/packages/elements/themes/${preset}.css`)).text();
      document.head.append(style);
    });
    after(() => style.remove());

    it('gives every text in the journey a contrast of at least 4.5:1', async () => {
      const journey = await fixture<NaraCareJourney>(html`<nara-care-journey demo clinic="vc-linden" child-health no-history></nara-care-journey>`);
      const low: string[] = [];
      let checked = 0;
      for (const step of [{ step: 'menu' }, { step: 'form' }, { step: 'chat', profession: 'nurse' }, { step: 'booking', visitType: 'video' }, { step: 'emergency' }] as JourneyState[]) {
        journey.go(step);
        await journey.updateComplete;
        await waitUntil(() => !/Hämtar|Laddar/.test(visibleText(journey)), `step ${step.step} never loaded`, { timeout: 10000 });
        await new Promise((r) => setTimeout(r, 150));
        low.push(...lowContrast(journey).map((l) => `${step.step}: ${l}`));
        checked += deepElements(journey).length;
      }
      expect(checked).to.be.greaterThan(200);
      expect(low).to.deep.equal([]);
    });

    it('gives every text of the triage result, at every urgency, and of the self-care advice a contrast of at least 4.5:1', async () => {
      const cold = await assessCold();
      expect(cold.urgency).to.equal('self-care');
      const low: string[] = [];
      const shown: string[] = [];
      // the journey's result step for each urgency it shows as a result (emergency goes to its own step, checked above)
      for (const urgency of URGENCIES.filter((u) => u !== 'emergency')) {
        const journey = await fixture<NaraCareJourney>(html`<nara-care-journey demo clinic="vc-linden" no-history></nara-care-journey>`);
        journey.go({ step: 'form' });
        await journey.updateComplete;
        await waitUntil(() => journey.shadowRoot!.querySelector('nara-symptom-form'), 'no symptom form', { timeout: 10000 });
        journey.shadowRoot!.querySelector('nara-symptom-form')!.dispatchEvent(
          new CustomEvent('nara-assessment', { detail: { assessment: { ...cold, urgency } }, bubbles: true, composed: true, cancelable: true }),
        );
        await waitUntil(() => journey.shadowRoot!.querySelector('nara-triage-result')?.shadowRoot?.querySelector(`[data-urgency="${urgency}"]`), `no ${urgency} result`);
        await new Promise((r) => setTimeout(r, 100));
        shown.push(urgency);
        low.push(...lowContrast(journey).map((l) => `result ${urgency}: ${l}`));
        if (urgency === 'self-care') {
          journey.go({ step: 'self-care' });
          await journey.updateComplete;
          await waitUntil(() => journey.shadowRoot!.querySelector('.advice li'), 'no self-care advice');
          expect(visibleText(journey)).to.include(cold.safetyNet);
          low.push(...lowContrast(journey).map((l) => `self-care step: ${l}`));
          shown.push('self-care step');
        }
      }
      // and the emergency result as the element shows it on a page of its own
      const alone = await fixture<HTMLElement>(html`<nara-triage-result .assessment=${{ ...cold, urgency: 'emergency' }}></nara-triage-result>`);
      await waitUntil(() => alone.shadowRoot?.querySelector('[data-urgency="emergency"]'), 'no emergency result');
      low.push(...lowContrast(alone).map((l) => `result emergency: ${l}`));
      shown.push('emergency');
      expect(shown).to.have.members([...URGENCIES, 'self-care step']);
      expect(low).to.deep.equal([]);
    });
  });
}
