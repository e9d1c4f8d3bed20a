import { html, nothing, type PropertyDeclarations } from 'lit';
import type { NaraError, Service, Shortcut } from '@nara/contract';
import { NaraElement } from '../base/nara-element.js';
import { BackendReload } from '../controllers/backend-reload.js';
import { FocusAfterRender } from '../controllers/focus-after-render.js';
import { headingLevel } from '../controllers/heading-level.js';
import { LiveAnnouncer } from '../controllers/live-announcer.js';
import { errorAlert } from '../base/error-alert.js';
import { idle } from '../base/when-idle.js';
import { tokens, base } from '../styles/tokens.js';
import { addStyles } from '../styles/add-styles.js';
import { listStyles } from './shortcut-list.styles.js';
import { strings } from './strings.js';
import type { ShortcutEditor } from './shortcut-editor.js';
import { NaraShortcutTile } from '../shortcut-tile/shortcut-tile.js';

type Status = 'loading' | 'ready' | 'load-error' | 'editing' | 'saving';

/**
 * @tagname nara-shortcut-list
 * @dependency nara-shortcut-tile
 * @summary The patient's own shortcuts ("Genvägar"), from the backend: add from the clinic's services,
 * remove, and reorder with the keyboard or by dragging; saved to the backend.
 *
 * @fires nara-shortcut - A shortcut without a link was chosen.
 * @fires nara-shortcuts-change - The shortcuts were saved. Detail: `{ shortcuts }`.
 * @fires nara-error - Loading or saving failed. Detail: `{ code, message }`.
 * @fires nara-auth-required - The backend needs the patient to sign in. Detail: `{ retry }`.
 *
 * @csspart heading - The list's heading.
 * @csspart list - The list of tiles.
 * @csspart error - An error message.
 *
 * @cssprop --nara-color-primary - Buttons and tiles.
 * @cssprop --nara-shortcut-list-min-column - Narrowest tile column (default 16rem).
 */
export class NaraShortcutList extends NaraElement {
  static override properties: PropertyDeclarations = {
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    status: { state: true, attribute: false },
    shortcuts: { state: true, attribute: false },
    services: { state: true, attribute: false },
    error: { state: true, attribute: false },
  };
  static override dependencies = { 'nara-shortcut-tile': NaraShortcutTile };
  static override styles = [tokens, base, listStyles];

  /** The heading above the list; defaults to "Mina genvägar" / "My shortcuts". */
  heading?: string;

  /** The heading's level (1–6). */
  headingLevel = 2;

  private status: Status = 'loading';
  private shortcuts: Shortcut[] = [];
  /** The editor, while the patient edits (loaded on "Ändra genvägar"). */
  private editor?: ShortcutEditor;
  private services: Service[] = [];
  private error?: NaraError;

  private readonly focusNext = new FocusAfterRender(this);
  private readonly live = new LiveAnnouncer(this);
  // (re)load when where or in which language the shortcuts come from changes, but not mid-edit
  protected readonly source = new BackendReload(this, {
    load: () => void this.load(),
    when: () => this.status !== 'editing' && this.status !== 'saving',
  });

  private get s() {
    return strings[this.lang_];
  }

  /** The first load waits for the idle page (see `load`). */
  private loadedOnce = false;

  /** Fetches the shortcuts (and the clinic's services to add from) again. */
  async load(): Promise<void> {
    const latest = this.source.begin();
    this.status = 'loading';
    this.error = undefined;
    try {
      if (!this.loadedOnce) {
        // The list is rarely what a page is first used for: its first load (and the HTTP client with the
        // contract's schemas that it needs) waits until the page is idle, out of the page's first load.
        this.loadedOnce = true;
        await idle();
        // a newer load (the provider arrived meanwhile) asks instead
        if (!latest()) return;
      }
      const backend = await this.getBackend();
      const clinic = this.clinicId;
      const locale = this.lang_;
      const [shortcuts, clinicInfo] = await Promise.all([backend.getShortcuts({ locale }), clinic ? backend.getClinic(clinic, { locale }) : undefined]);
      if (!latest()) return;
      this.shortcuts = shortcuts;
      this.services = clinicInfo?.services ?? [];
      this.status = 'ready';
    } catch (error) {
      if (!latest()) return;
      this.error = this.reportError(error, () => void this.load());
      this.status = 'load-error';
    }
  }

  /** Loads the editor (its own chunk: most visitors only look at their shortcuts) and opens it on a draft. */
  private async startEditing() {
    this.error = undefined;
    try {
      const { ShortcutEditor, editorStyles } = await import('./shortcut-editor.js');
      // the editor's styles come with it, beside the list's own
      addStyles(this.renderRoot, editorStyles);
      this.editor = new ShortcutEditor(this.shortcuts, {
        host: this,
        strings: () => this.s,
        live: this.live,
        focusNext: this.focusNext,
        clinic: () => this.clinicId,
        services: () => this.services,
        headingLevel: () => this.headingLevel,
        saving: () => this.status === 'saving',
      });
    } catch (error) {
      // offline, say: the list stays as it was and says why
      this.error = this.reportError(error, () => void this.startEditing());
      return;
    }
    this.status = 'editing';
    this.focusNext.request('.edit-help');
  }

  private cancelEditing() {
    this.editor = undefined;
    this.error = undefined;
    this.status = 'ready';
    this.focusNext.request('.edit-button');
  }

  private async save() {
    this.status = 'saving';
    this.error = undefined;
    this.live.announce(this.s.saving);
    try {
      const backend = await this.getBackend();
      const saved = await backend.saveShortcuts({ shortcuts: this.editor!.draft.map(({ clinic, serviceId }) => ({ clinic, serviceId })) }, { locale: this.lang_ });
      this.shortcuts = saved;
      this.editor = undefined;
      this.status = 'ready';
      this.live.announce(this.s.saved);
      this.focusNext.request('.edit-button');
      this.emit('nara-shortcuts-change', { shortcuts: saved });
    } catch (error) {
      // keep the edited order: nothing the patient did is lost
      this.error = this.reportError(error, () => void this.save());
      this.status = 'editing';
      this.live.clear();
    }
  }

  private renderHeading() {
    const level = headingLevel(this.headingLevel);
    return html`<div class="heading" role="heading" aria-level=${level} part="heading" id="heading">${this.heading ?? this.s.heading}</div>`;
  }

  private renderTiles() {
    if (this.shortcuts.length === 0) return html`<p class="empty">${this.s.empty}</p>`;
    return html`<ul class="tiles" part="list">
      ${this.shortcuts.map(
        (s) => html`<li>
          <nara-shortcut-tile heading=${s.title} description=${s.description ?? ''} icon=${s.icon} href=${s.href ?? ''} service-id=${s.serviceId}></nara-shortcut-tile>
        </li>`,
      )}
    </ul>`;
  }

  private renderEditor() {
    const s = this.s;
    const saving = this.status === 'saving';
    return this.editor!.render(html`
      ${this.error ? errorAlert(this.errorMessage(this.error), this.errorAction(this.error)) : nothing}
      <div class="actions">
        <button class="button" type="button" ?disabled=${saving} @click=${this.save}>${saving ? s.saving : s.save}</button>
        <button class="button secondary" type="button" ?disabled=${saving} @click=${this.cancelEditing}>${s.cancel}</button>
      </div>
    `);
  }

  /**
   * Not signed in: a note, not an alert (nothing went wrong), with "Logga in" when a sign-in page is known.
   * A host that signs in its own way answers `nara-auth-required` (its `retry` loads the list).
   */
  private renderSignedOut() {
    const signIn = this.errorAction(this.error!);
    return html`<p class="empty">${this.s.signedOut}</p>
      ${signIn ? html`<button class="button secondary" type="button" @click=${signIn.onRetry}>${signIn.label}</button>` : nothing}`;
  }

  override render() {
    const s = this.s;
    let body;
    switch (this.status) {
      case 'loading':
        body = html`<p class="loading">${s.loading}</p>`;
        break;
      case 'load-error':
        body = this.error!.code === 'auth' ? this.renderSignedOut() : errorAlert(this.errorMessage(this.error!), this.errorAction(this.error!, () => void this.load()));
        break;
      case 'ready':
        body = html`${this.renderTiles()}
          ${this.error ? errorAlert(this.errorMessage(this.error), this.errorAction(this.error)) : nothing}
          <button class="button secondary edit-button" type="button" @click=${this.startEditing}>${s.edit}</button>`;
        break;
      default:
        body = this.renderEditor();
    }
    return html`<section aria-labelledby="heading" aria-busy=${this.status === 'loading' ? 'true' : 'false'}>
      ${this.renderHeading()}
      ${this.live.region()}
      ${body}
    </section>`;
  }
}
