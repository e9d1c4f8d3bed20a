import { html, nothing, type PropertyDeclarations } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { CareBackend, ErrandSummary, NaraError } from '@nara/contract';
import { NaraElement } from '../base/nara-element.js';
import { errorAlert } from '../base/error-alert.js';
import { careWords, shortDateTime } from '../base/care-words.js';
import { tokens, base } from '../styles/tokens.js';
import { errandListStyles } from './errand-list.styles.js';
import { strings } from './strings.js';

/**
 * @tagname nara-errand-list
 * @summary The signed-in person's errands ("Mina ärenden"), their children's too: status, last
 * activity and what is unread; opens one in `nara-chat-panel` (loaded when first needed).
 *
 * @fires nara-errand-open - An errand was chosen. Cancel it to open the chat yourself. Detail: `{ conversationId }`.
 * @fires nara-error - Loading failed. Detail: `{ code, message }`.
 * @fires nara-auth-required - The backend needs the person to sign in. Detail: `{ retry }`.
 *
 * @csspart heading - The heading.
 * @csspart list - The list of errands.
 * @csspart error - An error message.
 *
 * @cssprop --nara-color-primary - Titles, the unread badge.
 */
export class NaraErrandList extends NaraElement {
  static override properties: PropertyDeclarations = {
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    openOnly: { type: Boolean, attribute: 'open-only' },
    open: { reflect: true },
    errands: { state: true, attribute: false },
    error: { state: true, attribute: false },
    chatBackend: { state: true, attribute: false },
    chatReady: { state: true, attribute: false },
  };
  static override styles = [tokens, base, errandListStyles];

  /** The heading; defaults to "Mina ärenden" / "My errands". */
  heading?: string;

  /** The heading's level (1–6). */
  headingLevel = 2;

  /** Show only errands that are not closed. */
  openOnly = false;

  /** The errand shown in the chat, by conversation id (reflects, so a host can restore it). */
  open = '';

  private errands?: ErrandSummary[];
  private error?: NaraError;
  private chatBackend?: CareBackend;
  private chatReady = Boolean(customElements.get('nara-chat-panel'));

  private loadedFor?: string;
  private focusAfterRender?: string;

  private get s() {
    return strings[this.lang_];
  }

  override willUpdate(): void {
    const key = `${this.api}|${this.demo}|${this.backend ? 'b' : ''}|${this.provided ? 'p' : ''}|${this.lang_}`;
    if (key !== this.loadedFor) {
      this.loadedFor = key;
      void this.load();
    }
    if (this.open && !this.chatReady) void this.loadChat();
  }

  /** Fetches the errands again (unread counts included). */
  async load(): Promise<void> {
    this.error = undefined;
    try {
      const backend = await this.getBackend();
      if (!backend.listConversations) throw new Error('This backend cannot list errands (listConversations)');
      const errands = await backend.listConversations({ locale: this.lang_ });
      this.errands = this.openOnly ? errands.filter((e) => e.status !== 'closed') : errands;
      this.chatBackend = backend;
    } catch (error) {
      this.error = this.reportError(error, () => void this.load());
    }
  }

  private async loadChat() {
    await import('../chat-panel/define.js');
    this.chatReady = true;
  }

  private choose(errand: ErrandSummary) {
    if (!this.emit('nara-errand-open', { conversationId: errand.id }, { cancelable: true })) return;
    this.open = errand.id;
    this.focusAfterRender = '.back';
  }

  private back() {
    const id = this.open;
    this.open = '';
    this.focusAfterRender = `[data-id="${CSS.escape(id)}"]`;
    void this.load();
  }

  protected override updated(): void {
    if (!this.focusAfterRender) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender);
    if (target) {
      target.focus();
      this.focusAfterRender = undefined;
    }
  }

  private heading_() {
    const level = Math.min(6, Math.max(1, this.headingLevel));
    return html`<div class="heading" part="heading" role="heading" aria-level=${level}>${this.heading ?? this.s.heading}</div>`;
  }

  override render() {
    if (this.open) {
      return html`${this.heading_()}
        <button class="button secondary back" type="button" @click=${this.back}>${this.s.back}</button>
        ${this.chatReady && this.chatBackend
          ? html`<nara-chat-panel .conversation=${this.open} .backend=${this.chatBackend} locale=${this.lang_}></nara-chat-panel>`
          : html`<p role="status">${this.s.loading}</p>`}`;
    }
    return html`${this.heading_()}${this.body()}`;
  }

  private body() {
    if (this.error) return errorAlert(this.errorMessage(this.error), { label: this.s.retry, onRetry: () => void this.load() });
    if (!this.errands) return html`<p role="status">${this.s.loading}</p>`;
    if (this.errands.length === 0) return html`<p>${this.s.empty}</p>`;
    const words = careWords[this.lang_];
    return html`<ul part="list">
      ${repeat(
        this.errands,
        (e) => e.id,
        (e) => html`<li>
          <button class="errand" type="button" data-id=${e.id} @click=${() => this.choose(e)}>
            <span class="top">
              <span class="title">${e.title ?? (e.startedBy === 'staff' ? this.s.fromCareTeam : this.s.chatWith(words.profession[e.profession]))}</span>
              ${e.unread ? html`<span class="badge">${this.s.unread(e.unread)}</span>` : nothing}
            </span>
            <span class="meta"
              ><span class="status">${words.status[e.status]}</span> · ${e.clinicName} · ${words.profession[e.profession]} ·
              ${this.s.lastActivity(shortDateTime(e.lastActivityAt, this.lang_))}${e.for ? html` · ${this.s.forChild(e.for)}` : nothing}</span
            >
            ${e.preview ? html`<span class="preview">${e.preview}</span>` : nothing}
          </button>
        </li>`,
      )}
    </ul>`;
  }
}
