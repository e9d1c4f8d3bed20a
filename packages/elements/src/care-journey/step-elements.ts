import type { RecommendedAction } from '@nara/contract';
import type { JourneyState } from './journey-history.js';

type Step = JourneyState['step'];

/**
 * The element each step shows, imported when the step is reached (its `define.js`, the only place
 * that registers), so the journey's menu needs nothing but the tile. The menu, self-care and
 * emergency steps are the journey's own markup.
 */
const STEP_ELEMENTS: Partial<Record<Step, { tag: string; load: () => Promise<unknown> }>> = {
  form: { tag: 'nara-symptom-form', load: () => import('../symptom-form/define.js') },
  result: { tag: 'nara-triage-result', load: () => import('../triage-result/define.js') },
  chat: { tag: 'nara-chat-panel', load: () => import('../chat-panel/define.js') },
  booking: { tag: 'nara-booking-picker', load: () => import('../booking-picker/define.js') },
  'my-bookings': { tag: 'nara-booking-picker', load: () => import('../booking-picker/define.js') },
};

const loads = new Map<string, Promise<unknown>>();

/** True when the step's element is registered (or it has none): the step can render now. */
export function stepReady(step: Step): boolean {
  const entry = STEP_ELEMENTS[step];
  return !entry || customElements.get(entry.tag) !== undefined;
}

/** Imports the step's element (once; a failed import is tried again next time). */
export function loadStep(step: Step): Promise<unknown> {
  const entry = STEP_ELEMENTS[step];
  if (!entry || customElements.get(entry.tag)) return Promise.resolve();
  let pending = loads.get(entry.tag);
  if (!pending) {
    pending = entry.load().catch((error) => {
      loads.delete(entry.tag);
      throw error;
    });
    loads.set(entry.tag, pending);
  }
  return pending;
}

/** Starts loading a step's element in the background; a failure shows only when the step is reached. */
export function preloadStep(step: Step): void {
  loadStep(step).catch(() => {});
}

export { whenIdle } from '../base/when-idle.js';

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
