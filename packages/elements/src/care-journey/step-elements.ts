import type { RecommendedAction } from '@nara/contract';
import type { JourneyState } from './journey-history.js';
import { loadOnce } from '../base/load-once.js';
import { whenIdle } from '../base/when-idle.js';

type Step = JourneyState['step'];

/**
 * The element each step shows, imported when the step is reached (its `define.js`, the only place
 * that registers), so the journey's menu needs nothing but the tile. The markup of every step after
 * the menu (self-care and the emergency advice included) comes with the first of them.
 */
const bookingPicker = { tag: 'nara-booking-picker', load: loadOnce(() => import('../booking-picker/define.js')) };
const STEP_ELEMENTS: Partial<Record<Step, { tag: string; load: () => Promise<unknown> }>> = {
  form: { tag: 'nara-symptom-form', load: loadOnce(() => import('../symptom-form/define.js')) },
  result: { tag: 'nara-triage-result', load: loadOnce(() => import('../triage-result/define.js')) },
  chat: { tag: 'nara-chat-panel', load: loadOnce(() => import('../chat-panel/define.js')) },
  booking: bookingPicker,
  'my-bookings': bookingPicker,
};

/**
 * The files each module named here by its path needs (its own file and the ones it imports, less those
 * already loaded with this one), relative to this file, keyed by that path (in packages/elements/src, or
 * `@nara/client/…` in packages/client/src): written in by the CDN build (rollup.config.js, `lazyFiles`);
 * undefined in other builds.
 */
declare const __NARA_LAZY_FILES__: Record<string, readonly string[]> | undefined;

/** The markup of the steps after the menu (journey-steps.ts), loaded with the first of them. */
let templates: typeof import('./journey-steps.js') | undefined;
export const stepTemplates = () => templates;
const loadTemplates = loadOnce(() => import('./journey-steps.js').then((module) => (templates = module)));

/** True when the step can render now: its markup and its element (if it has one) are loaded. */
export function stepReady(step: Step): boolean {
  if (step === 'menu') return true;
  const entry = STEP_ELEMENTS[step];
  return templates !== undefined && (!entry || customElements.get(entry.tag) !== undefined);
}

/** Imports the step's markup and element. */
export function loadStep(step: Step): Promise<unknown> {
  if (stepReady(step)) return Promise.resolve();
  const entry = STEP_ELEMENTS[step];
  return Promise.all([
    templates ?? loadTemplates(),
    entry && !customElements.get(entry.tag) ? entry.load() : undefined,
  ]);
}

/** Starts loading a step's element in the background; a failure shows only when the step is reached. */
export function preloadStep(step: Step): void {
  loadStep(step).catch(() => {});
}

let formPrefetched = false;

/**
 * Fetches the symptom form's files (and the steps' markup) into the browser's cache without running
 * them, once: pressing "Beskriv dina besvär" then costs no download, and none of the form's start-up work
 * (its modules take tens of milliseconds to run on a phone) is done before it is needed. Files the page
 * has run already come from the memory cache. Builds that do not list the files (a bundler's own) load
 * the form instead, as `preloadStep` does.
 */
function prefetchForm(): void {
  if (formPrefetched) return;
  formPrefetched = true;
  const lazyFiles = typeof __NARA_LAZY_FILES__ === 'object' ? __NARA_LAZY_FILES__ : undefined;
  if (!lazyFiles) return preloadStep('form');
  // the form, the steps' markup, and the schemas the HTTP client checks the form's answers with
  const files = ['care-journey/journey-steps', 'symptom-form/define', '@nara/client/schemas/triage'].flatMap((module) => lazyFiles[module] ?? []);
  // one file per idle moment: starting a request takes the main thread a millisecond or more on a phone
  const next = () => {
    const file = files.shift();
    if (!file) return;
    const link = document.createElement('link');
    link.rel = 'prefetch';
    // as the module's own request will be (CORS, no credentials to another origin), so that it finds this copy:
    // the empty value is "anonymous"
    link.crossOrigin = '';
    link.href = new URL(file, import.meta.url).href;
    document.head.append(link);
    whenIdle(next);
  };
  next();
}

/**
 * Fetches the form ahead (`prefetchForm`, in idle moments) once the visitor first touches, clicks, scrolls or
 * types anywhere on the page: someone is reading it. Before that the page is loading, and each request
 * started costs a phone's main thread a few milliseconds more.
 */
export function prefetchFormOnceEngaged(): void {
  // each fires once at most, and prefetchForm runs once
  for (const type of ['pointerdown', 'keydown', 'scroll']) addEventListener(type, () => whenIdle(prefetchForm), { capture: true, passive: true, once: true });
}

/** The step a clinic service (a shortcut without a link) leads to. */
export function stepOfService(serviceId: string): JourneyState | undefined {
  switch (serviceId) {
    case 'contact':
      return { step: 'form' };
    case 'book':
    case 'vaccination':
      return { step: 'booking' };
    case 'child-health':
      return { step: 'chat', profession: 'child-health-nurse' };
    case 'renew-prescription':
    case 'test-results':
    case 'sick-note':
      return { step: 'chat', profession: 'secretary' };
    default:
      return undefined;
  }
}

/** The step a recommended action leads to, to preload while the patient reads the result. */
export function stepOfAction(action: RecommendedAction | undefined): Step | undefined {
  if (action?.action === 'chat') return 'chat';
  if (action?.action === 'book') return 'booking';
  return undefined;
}
