import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How many entries a long conversation shows at first, and how many more each "show earlier" adds. */
export const WINDOW = 200;

export interface LogWindowOptions {
  /** The scrolling log element, once rendered. */
  element: () => HTMLElement | undefined | null;
  /** True once the conversation's history has streamed in (only then does scrolling up load earlier entries). */
  historyIn: () => boolean;
}

/**
 * The part of a long conversation the log shows: its newest entries at first, earlier ones on
 * request ("show earlier", or scrolling up near the top), keeping what the patient is looking at in
 * place; and the log follows new entries while the patient is at the bottom.
 */
export class LogWindow implements ReactiveController {
  /** Index of the first entry shown. */
  shownFrom = 0;
  private expanded = false;
  private loadingEarlier = false;
  private stickToBottom = true;
  private lastScrollTop = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: LogWindowOptions,
  ) {
    host.addController(this);
  }

  /** A conversation was opened: start again from its newest entries. */
  reset(): void {
    this.expanded = false;
    this.shownFrom = 0;
    this.host.requestUpdate();
  }

  /** History is streaming in: show its newest entries (unless the patient asked for earlier ones). */
  historyGrew(total: number): void {
    if (this.expanded) return;
    this.shownFrom = Math.max(0, total - WINDOW);
    this.host.requestUpdate();
  }

  /** The patient sent something: follow it to the bottom. */
  follow(): void {
    this.stickToBottom = true;
  }

  /** The entries to show of `entries`. */
  visible<T>(entries: T[]): T[] {
    return this.shownFrom > 0 ? entries.slice(this.shownFrom) : entries;
  }

  readonly onScroll = (): void => {
    const el = this.options.element();
    if (!el) return;
    this.stickToBottom = el.scrollHeight - el.scrollTop - el.clientHeight < 48;
    const scrolledUp = el.scrollTop < this.lastScrollTop;
    this.lastScrollTop = el.scrollTop;
    // Scrolling up near the top shows earlier entries (only once the history is in, and only for the patient's own scrolling).
    if (scrolledUp && this.options.historyIn() && el.scrollTop < 120 && this.shownFrom > 0 && !this.loadingEarlier) void this.showEarlier();
  };

  /** Shows up to WINDOW more earlier entries, keeping what the patient is looking at in place. */
  async showEarlier(): Promise<void> {
    const el = this.options.element();
    if (!el || this.shownFrom === 0) return;
    this.loadingEarlier = true;
    this.expanded = true;
    const before = el.scrollHeight - el.scrollTop;
    const buttonHadFocus = Boolean((el.getRootNode() as ShadowRoot | Document).activeElement?.closest('.earlier'));
    this.shownFrom = Math.max(0, this.shownFrom - WINDOW);
    this.host.requestUpdate();
    await this.host.updateComplete;
    el.scrollTop = el.scrollHeight - before;
    this.lastScrollTop = el.scrollTop;
    // The button is gone once everything is shown: keep focus in the log, not lost to the page.
    if (buttonHadFocus && this.shownFrom === 0) el.focus();
    this.loadingEarlier = false;
  }

  hostUpdated(): void {
    const el = this.options.element();
    if (this.stickToBottom && el) {
      el.scrollTop = el.scrollHeight;
      this.lastScrollTop = el.scrollTop;
    }
  }
}
