import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };

/**
 * Moves focus after the next render, to what the render produced: a step's heading after going on,
 * the error summary after a failed send, the next row's button after a removal. The request stays
 * until the target exists (a view that renders after data arrives). A target that is itself a Lit
 * element is focused once it has rendered, so it can pass focus on to its own heading.
 */
export class FocusAfterRender implements ReactiveController {
  private selector?: string;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** Focuses the first match of `selector` in the host's shadow root after the next render. */
  request(selector: string): void {
    this.selector = selector;
    this.host.requestUpdate();
  }

  /** The selector waiting for its target, if any. */
  get pending(): string | undefined {
    return this.selector;
  }

  hostUpdated(): void {
    if (!this.selector) return;
    const target = this.host.renderRoot.querySelector<HTMLElement>(this.selector);
    if (!target) return;
    this.selector = undefined;
    const rendered = (target as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
    if (rendered) void rendered.then(() => target.focus());
    else target.focus();
  }
}
