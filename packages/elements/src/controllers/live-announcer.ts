import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * A polite live region for what a screen-reader user should hear without focus moving: "saved",
 * "moved to place 2 of 4", a new message. `announce` clears the region first so the same text twice
 * is read twice. The host renders `region()` once, anywhere in its shadow root.
 */
export class LiveAnnouncer implements ReactiveController {
  private text = '';
  private frame?: number;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** What the region says now. */
  get message(): string {
    return this.text;
  }

  /** Says `text` (politely); the same text again is cleared first, so it is read again. */
  announce(text: string): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
    if (text !== this.text) {
      this.text = text;
      this.host.requestUpdate();
      return;
    }
    this.text = '';
    this.host.requestUpdate();
    this.frame = requestAnimationFrame(() => {
      this.frame = undefined;
      this.text = text;
      this.host.requestUpdate();
    });
  }

  /** Empties the region (nothing more to say). */
  clear(): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
    this.text = '';
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }

  /** The region itself. */
  region() {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.text}</div>`;
  }
}
