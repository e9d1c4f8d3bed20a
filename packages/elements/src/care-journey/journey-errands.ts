import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { CareBackend, ErrandSummary } from '@nara/contract';
import type { Locale } from '../base/locale.js';
import { strings } from './strings.js';
import type { JourneyState } from './journey-history.js';

/**
 * The signed-in person's open errands on the journey's menu, each a tile that goes back into its
 * chat (with the unread count). Read every time the menu is shown; the menu works without them
 * (not signed in, a backend that cannot list errands, the list failing).
 */
export class JourneyErrands implements ReactiveController {
  open: ErrandSummary[] = [];
  private loadedFor?: string;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: { backend: () => Promise<CareBackend>; locale: () => Locale },
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Reads the errands once per `key` (a new key each time the menu is shown). */
  async load(key: string): Promise<void> {
    if (key === this.loadedFor) return;
    this.loadedFor = key;
    try {
      const backend = await this.options.backend();
      if (!backend.listConversations) return;
      const errands = await backend.listConversations({ locale: this.options.locale() });
      this.open = errands.filter((e) => e.status !== 'closed');
    } catch {
      this.open = [];
    }
    this.host.requestUpdate();
  }

  render(go: (next: JourneyState) => void) {
    if (this.open.length === 0) return nothing;
    const locale = this.options.locale();
    const s = strings[locale];
    return this.open.map(
      (e) => html`<li>
        <nara-shortcut-tile
          heading=${s.openErrand(e.title ?? s.chatHeading.toLowerCase())}
          description=${s.openErrandText(e.clinicName)}
          icon="chat" badge=${e.unread > 0 ? String(e.unread) : nothing} badge-label=${e.unread > 0 ? s.unread : nothing}
          data-errand=${e.id}
          @nara-shortcut=${(event: Event) => (event.stopPropagation(), go({ step: 'chat', conversation: e.id }))}
        ></nara-shortcut-tile>
      </li>`,
    );
  }
}
