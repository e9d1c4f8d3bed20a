import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the browser says it is online, kept up to date while the host is connected; `onChange`
 * hears every change (to send what waited, say). The host re-renders on a change.
 */
export class Connectivity implements ReactiveController {
  /** The browser's word on the network (`navigator.onLine`). */
  online = globalThis.navigator?.onLine ?? true;

  private readonly changed = () => {
    this.online = navigator.onLine;
    this.host.requestUpdate();
    this.onChange?.(this.online);
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onChange?: (online: boolean) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.online = globalThis.navigator?.onLine ?? true;
    addEventListener('online', this.changed);
    addEventListener('offline', this.changed);
  }

  hostDisconnected(): void {
    removeEventListener('online', this.changed);
    removeEventListener('offline', this.changed);
  }
}
