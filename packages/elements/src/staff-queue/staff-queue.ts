import { html, nothing, type PropertyDeclarations } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { NaraError, type Consultation, type QueueEntry, type StaffBackend } from '@nara/contract';
import { NaraElement } from '../base/nara-element.js';
import { errorAlert } from '../base/error-alert.js';
import { careWords, shortDateTime } from '../base/care-words.js';
import { tokens, base } from '../styles/tokens.js';
import { staffQueueStyles } from './staff-queue.styles.js';
import { strings } from './strings.js';

/** The staff side of a backend, or a clear error when the backend has none. */
export async function staffBackendOf(element: { getBackendForStaff(): Promise<{ staffBackend?: () => Promise<StaffBackend> }> }): Promise<StaffBackend> {
  const backend = await element.getBackendForStaff();
  if (!backend.staffBackend) throw new NaraError('invalid', 'This backend has no staff side (staffBackend)');
  return backend.staffBackend();
}

/**
 * @tagname nara-staff-queue
 * @summary Staff: the clinic's errands by urgency, then waiting time, live — each with who it is,
 * what it is about, how long it has waited and whether the promised answer time is near or past.
 *
 * @fires nara-errand-select - An errand was chosen. Detail: `{ conversationId }`.
 * @fires nara-error - Loading failed. Detail: `{ code, message }`.
 * @fires nara-auth-required - The backend needs the staff member to sign in. Detail: `{ retry }`.
 *
 * @csspart heading - The heading.
 * @csspart list - The list of errands.
 * @csspart error - An error message.
 *
 * @cssprop --nara-color-danger - The edge of urgent errands and a passed answer time (always with text too).
 */
export class NaraStaffQueue extends NaraElement {
  static override properties: PropertyDeclarations = {
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    scope: {},
    selected: {},
    entries: { state: true, attribute: false },
    consultations: { state: true, attribute: false },
    error: { state: true, attribute: false },
    live: { state: true, attribute: false },
  };
  static override styles = [tokens, base, staffQueueStyles];

  /** The heading; defaults to "Kö" / "Queue". */
  heading?: string;

  /** The heading's level (1–6). */
  headingLevel = 2;

  /** `mine` (the staff member's profession) or `all` professions at the clinic. */
  scope: 'mine' | 'all' = 'mine';

  /** The errand being worked on (marked `aria-current`). */
  selected = '';

  private entries?: QueueEntry[];
  private consultations: Consultation[] = [];
  private error?: NaraError;
  private live = false;

  private connection?: AbortController;
  private connectedFor?: string;

  private get s() {
    return strings[this.lang_];
  }

  /** @internal */
  getBackendForStaff() {
    return this.getBackend();
  }

  override willUpdate(): void {
    const key = `${this.api}|${this.demo}|${this.backend ? 'b' : ''}|${this.provided ? 'p' : ''}|${this.scope}|${this.lang_}`;
    if (key !== this.connectedFor && this.isConnected) {
      this.connectedFor = key;
      void this.follow();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.connection?.abort();
    this.connectedFor = undefined;
  }

  /** Follows the live queue; reconnects after a dropped connection (2 s, then up to 30 s apart). */
  private async follow(): Promise<void> {
    this.connection?.abort();
    const connection = (this.connection = new AbortController());
    let wait = 2000;
    while (!connection.signal.aborted) {
      try {
        const staff = await staffBackendOf(this);
        for await (const queue of staff.queueEvents({ scope: this.scope, signal: connection.signal, locale: this.lang_ })) {
          this.entries = queue.conversations;
          this.consultations = queue.consultations ?? [];
          this.error = undefined;
          this.live = true;
          wait = 2000;
        }
      } catch (error) {
        if (connection.signal.aborted) return;
        this.live = false;
        const naraError = NaraError.is(error) ? error : new NaraError('network', String(error), { cause: error });
        // A dropped line is retried; anything else (sign-in, rights, a bad answer) waits for "try again".
        const transient = naraError.code === 'network' || naraError.code === 'timeout' || naraError.code === 'server';
        if (!transient || !this.entries) this.error = this.reportError(naraError, () => void this.follow());
        if (!transient) return;
      }
      this.live = false;
      await new Promise((resolve) => setTimeout(resolve, wait));
      wait = Math.min(30_000, wait * 2);
    }
  }

  private choose(entry: QueueEntry) {
    this.selected = entry.id;
    this.emit('nara-errand-select', { conversationId: entry.id });
  }

  override render() {
    const level = Math.min(6, Math.max(1, this.headingLevel));
    return html`<div class="heading" part="heading" role="heading" aria-level=${level}>${this.heading ?? this.s.heading}</div>
      <div class="controls">
        <label for="scope">${this.s.scope}</label>
        <select id="scope" .value=${this.scope} @change=${(e: Event) => (this.scope = (e.target as HTMLSelectElement).value as 'mine' | 'all')}>
          <option value="mine" ?selected=${this.scope === 'mine'}>${this.s.mine}</option>
          <option value="all" ?selected=${this.scope === 'all'}>${this.s.all}</option>
        </select>
      </div>
      <p class="muted" role="status">
        ${this.entries ? this.s.count(this.entries.length) : this.s.loading}${this.entries ? html` · ${this.live ? this.s.live : this.s.reconnecting}` : nothing}
      </p>
      ${this.error ? errorAlert(this.errorMessage(this.error), { label: this.s.retry, onRetry: () => void this.follow() }) : nothing}
      ${this.consultations.length ? this.asked(this.consultations) : nothing}
      ${this.entries ? this.list(this.entries) : nothing}`;
  }

  /** Questions colleagues asked this staff member: each opens its errand (where it is answered). */
  private asked(consultations: Consultation[]) {
    return html`<section class="consultations" aria-labelledby="consult-h">
      <h3 id="consult-h">${this.s.consultations} (${consultations.length})</h3>
      <ul>
        ${consultations.map(
          (c) => html`<li>
            <button class="entry" type="button" data-consultation=${c.id} aria-current=${this.selected === c.conversationId ? 'true' : 'false'}
              @click=${() => ((this.selected = c.conversationId), this.emit('nara-errand-select', { conversationId: c.conversationId }))}>
              <span class="who">${this.s.consultation(c.from.name, c.patient.name ?? c.patient.personnummer)}</span>
              <span class="meta">”${c.question.length > 120 ? `${c.question.slice(0, 120)}…` : c.question}”</span>
            </button>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private list(entries: QueueEntry[]) {
    const words = careWords[this.lang_];
    return html`<ol part="list">
      ${repeat(
        entries,
        (e) => e.id,
        (e) => {
          const at = shortDateTime(e.dueAt, this.lang_);
          return html`<li>
            <button class="entry ${e.urgency ?? 'none'}" type="button" data-id=${e.id} aria-current=${this.selected === e.id ? 'true' : 'false'} @click=${() => this.choose(e)}>
              <span class="top">
                <span class="urgency">${e.urgency ? words.urgency[e.urgency] : words.noUrgency}</span>
                <span class="status">${words.status[e.status]}${e.heldBy ? html` ${this.s.heldBy(e.heldBy.name)}` : nothing}</span>
              </span>
              <span class="who">${e.patient.name ?? e.patient.personnummer}${e.childAgeMonths !== undefined ? html` · ${this.s.child(e.childAgeMonths)}` : nothing}</span>
              <span>${e.reason ?? (e.startedBy === 'staff' ? this.s.startedByStaff : this.s.chatWith(words.profession[e.profession]))} · ${words.profession[e.profession]}</span>
              ${e.preview ? html`<span class="meta">”${e.preview}”</span>` : nothing}
              <span class="meta">${this.s.waited(words.minutes(e.waitingMinutes))} · <span class="due-${e.due}">${this.s.due[e.due](at)}</span></span>
            </button>
          </li>`;
        },
      )}
    </ol>`;
  }
}
