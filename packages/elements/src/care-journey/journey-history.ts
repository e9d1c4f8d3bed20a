import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Profession } from '@nara/contract';

export type JourneyState =
  | { step: 'menu' | 'form' | 'result' | 'self-care' | 'emergency' | 'my-bookings' }
  | { step: 'chat'; profession?: Profession; assessmentId?: string; conversation?: string }
  | { step: 'booking'; visitType?: 'physical' | 'video' | 'phone'; profession?: Profession; assessmentId?: string };

const KEY = 'naraJourney';

/**
 * Ties the journey's steps to the browser history, so the back button goes one step back. The host
 * page's own history state is kept: the journey's lives under one key of it.
 */
export class JourneyHistory implements ReactiveController {
  private depth = 0;

  constructor(
    host: ReactiveControllerHost,
    private readonly onRestore: (state: JourneyState) => void,
  ) {
    host.addController(this);
  }

  private readonly onPopState = (event: PopStateEvent) => {
    const entry = (event.state as Record<string, unknown> | null)?.[KEY] as { state: JourneyState; depth: number } | undefined;
    if (!entry) return;
    this.depth = entry.depth;
    this.onRestore(entry.state);
  };

  hostConnected(): void {
    window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
  }

  /** Whether the journey is at its first step (nothing of its own to go back to). */
  get isFirst(): boolean {
    return this.depth === 0;
  }

  /** The step this history entry was on, after a reload. */
  restore(disabled: boolean): JourneyState | undefined {
    if (disabled) return undefined;
    const entry = (history.state as Record<string, unknown> | null)?.[KEY] as { state: JourneyState; depth: number } | undefined;
    if (entry) this.depth = entry.depth;
    return entry?.state;
  }

  start(state: JourneyState, disabled: boolean): void {
    if (disabled) {
      this.stack.splice(0, this.stack.length, state);
      return;
    }
    history.replaceState({ ...(history.state ?? {}), [KEY]: { state, depth: this.depth } }, '');
  }

  /** Changes what the current entry holds (e.g. the chat's conversation once it is opened), so a reload comes back to it. */
  replace(state: JourneyState, disabled: boolean): void {
    if (disabled) {
      this.stack.splice(this.stack.length - 1, 1, state);
      return;
    }
    history.replaceState({ ...(history.state ?? {}), [KEY]: { state, depth: this.depth } }, '');
  }

  push(state: JourneyState, disabled: boolean): void {
    if (disabled) {
      this.stack.push(state);
      this.depth += 1;
      return;
    }
    this.depth += 1;
    history.pushState({ ...(history.state ?? {}), [KEY]: { state, depth: this.depth } }, '');
  }

  /** Without the browser history, the journey keeps its own stack. */
  private readonly stack: JourneyState[] = [];

  back(disabled: boolean): void {
    if (!disabled) {
      history.back();
      return;
    }
    this.stack.pop();
    this.depth = Math.max(0, this.depth - 1);
    this.onRestore(this.stack.at(-1) ?? { step: 'menu' });
  }
}
