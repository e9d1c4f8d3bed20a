import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { MAX_SHORTCUTS, type NaraError, type Service, type Shortcut } from '@nara/contract';
import { NaraElement } from '../base/nara-element.js';
import { BackendReload } from '../controllers/backend-reload.js';
import { FocusAfterRender } from '../controllers/focus-after-render.js';
import { headingLevel } from '../controllers/heading-level.js';
import { LiveAnnouncer } from '../controllers/live-announcer.js';
import { errorAlert } from '../base/error-alert.js';
import { idle } from '../base/when-idle.js';
import { icon } from '../icons/icons.js';
import { tokens, base } from '../styles/tokens.js';
import { listStyles } from './shortcut-list.styles.js';
import { strings } from './strings.js';
import { moveItem, PointerReorder } from './pointer-reorder.js';
import { NaraShortcutTile } from '../shortcut-tile/shortcut-tile.js';

/** The selector of one row's control (`up`, `down`, `remove`). */
const rowControl = (id: string, name: string) => `[data-id="${CSS.escape(id)}"] [data-control="${name}"]`;

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
  static override dependencies = { 'nara-shortcut-tile': NaraShortcutTile };
  static override styles = [tokens, base, listStyles];

  /** The heading above the list; defaults to "Mina genvägar" / "My shortcuts". */
  @property() heading?: string;

  /** The heading's level (1–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private status: Status = 'loading';
  @state() private shortcuts: Shortcut[] = [];
  @state() private draft: Shortcut[] = [];
  @state() private services: Service[] = [];
  @state() private error?: NaraError;

  private readonly focusNext = new FocusAfterRender(this);
  private readonly live = new LiveAnnouncer(this);
  // (re)load when where or in which language the shortcuts come from changes, but not mid-edit
  protected readonly source = new BackendReload(this, {
    load: () => void this.load(),
    when: () => this.status !== 'editing' && this.status !== 'saving',
  });
  private readonly reorder = new PointerReorder(this, {
    container: () => this.renderRoot.querySelector('ol'),
    onMove: (from, to) => (this.draft = moveItem(this.draft, from, to)),
    onEnd: (index) => this.announceMove(index),
  });

  private get s() {
    return strings[this.lang_];
  }

  /** The first load waits for the idle page (see `load`). */
  private loadedOnce = false;

  /** Fetches the shortcuts (and the clinic's services to add from) again. */
  async load(): Promise<void> {
    this.status = 'loading';
    this.error = undefined;
    try {
      if (!this.loadedOnce) {
        // The list is rarely what a page is first used for: its first load (and the HTTP client with the
        // contract's schemas that it needs) waits until the page is idle, out of the page's first load.
        this.loadedOnce = true;
        await idle();
      }
      const backend = await this.getBackend();
      const clinic = this.clinicId;
      const locale = this.lang_;
      const [shortcuts, clinicInfo] = await Promise.all([backend.getShortcuts({ locale }), clinic ? backend.getClinic(clinic, { locale }) : undefined]);
      this.shortcuts = shortcuts;
      this.services = clinicInfo?.services ?? [];
      this.status = 'ready';
    } catch (error) {
      this.error = this.reportError(error, () => void this.load());
      this.status = 'load-error';
    }
  }

  private startEditing() {
    this.draft = [...this.shortcuts];
    this.error = undefined;
    this.status = 'editing';
    this.focusNext.request('.edit-help');
  }

  private cancelEditing() {
    this.draft = [];
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
      const saved = await backend.saveShortcuts({ shortcuts: this.draft.map(({ clinic, serviceId }) => ({ clinic, serviceId })) }, { locale: this.lang_ });
      this.shortcuts = saved;
      this.draft = [];
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

  private move(index: number, by: -1 | 1, control: string) {
    const to = index + by;
    if (to < 0 || to >= this.draft.length) return;
    this.draft = moveItem(this.draft, index, to);
    const id = this.draft[to].id;
    const edge = (by === -1 && to === 0) || (by === 1 && to === this.draft.length - 1);
    this.focusNext.request(rowControl(id, edge ? (by === -1 ? 'down' : 'up') : control));
    this.announceMove(to);
  }

  private announceMove(index: number) {
    this.live.announce(this.s.moved(this.draft[index].title, index + 1, this.draft.length));
  }

  private removeAt(index: number) {
    const [removed] = this.draft.splice(index, 1);
    this.draft = [...this.draft];
    const next = this.draft[Math.min(index, this.draft.length - 1)];
    this.focusNext.request(next ? rowControl(next.id, 'remove') : '.add-heading');
    this.live.announce(this.s.removed(removed.title));
  }

  private add(service: Service) {
    const clinic = this.clinicId!;
    this.draft = [...this.draft, { ...service, id: `${clinic}/${service.id}`, serviceId: service.id, clinic }];
    this.live.announce(this.s.added(service.title));
    this.focusNext.request(rowControl(`${clinic}/${service.id}`, 'remove'));
  }

  private onRowKeydown(event: KeyboardEvent, index: number) {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const control = (event.target as HTMLElement).dataset.control ?? 'up';
    this.move(index, event.key === 'ArrowUp' ? -1 : 1, control);
  }

  private renderHeading() {
    const level = headingLevel(this.headingLevel);
    return html`<div class="heading" role="heading" aria-level=${level} part="heading" id="heading">${this.heading ?? this.s.heading}</div>`;
  }

  private renderTiles() {
    if (this.shortcuts.length === 0) return html`<p class="empty">${this.s.empty}</p>`;
    return html`<ul class="tiles" part="list">
      ${repeat(
        this.shortcuts,
        (s) => s.id,
        (s) => html`<li>
          <nara-shortcut-tile heading=${s.title} description=${s.description ?? ''} icon=${s.icon} href=${s.href ?? ''} service-id=${s.serviceId}></nara-shortcut-tile>
        </li>`,
      )}
    </ul>`;
  }

  private renderEditor() {
    const s = this.s;
    const saving = this.status === 'saving';
    const available = this.services.filter((service) => !this.draft.some((d) => d.serviceId === service.id && d.clinic === this.clinicId));
    const full = this.draft.length >= MAX_SHORTCUTS;
    return html`
      <p class="edit-help" id="edit-help" tabindex="-1">${s.editHelp} <span class="key-hint">${s.editKeyHelp}</span></p>
      ${this.draft.length === 0 ? html`<p class="empty">${s.empty}</p>` : nothing}
      <ol class="edit-list" aria-labelledby="heading" aria-describedby="edit-help">
        ${repeat(
          this.draft,
          (item) => item.id,
          (item, index) => html`<li data-id=${item.id} class=${this.reorder.draggingIndex === index ? 'dragging' : ''} @keydown=${(e: KeyboardEvent) => this.onRowKeydown(e, index)}>
            <span class="handle" aria-hidden="true" title=${s.dragHandle(item.title)} @pointerdown=${(e: PointerEvent) => this.reorder.start(e, index)}>${icon('drag')}</span>
            <span class="title">${item.title}</span>
            <button class="button secondary icon-button" type="button" data-control="up" aria-label=${s.moveUp(item.title)} ?disabled=${index === 0 || saving} @click=${() => this.move(index, -1, 'up')}>${icon('arrow-up')}</button>
            <button class="button secondary icon-button" type="button" data-control="down" aria-label=${s.moveDown(item.title)} ?disabled=${index === this.draft.length - 1 || saving} @click=${() => this.move(index, 1, 'down')}>${icon('arrow-down')}</button>
            <button class="button secondary icon-button" type="button" data-control="remove" aria-label=${s.remove(item.title)} ?disabled=${saving} @click=${() => this.removeAt(index)}>${icon('remove')}</button>
          </li>`,
        )}
      </ol>
      ${this.clinicId
        ? html`<div class="add">
            <div class="add-heading" role="heading" aria-level=${headingLevel(this.headingLevel, 1)} tabindex="-1">${s.addHeading}</div>
            ${full
              ? html`<p>${s.full(MAX_SHORTCUTS)}</p>`
              : available.length === 0
                ? html`<p>${s.nothingToAdd}</p>`
                : html`<ul class="add-list">
                    ${available.map((service) => html`<li><button class="button quiet" type="button" ?disabled=${saving} @click=${() => this.add(service)}>${icon('add')}<span>${service.title}</span></button></li>`)}
                  </ul>`}
          </div>`
        : nothing}
      ${this.error ? errorAlert(this.errorMessage(this.error), this.errorAction(this.error)) : nothing}
      <div class="actions">
        <button class="button" type="button" ?disabled=${saving} @click=${this.save}>${saving ? s.saving : s.save}</button>
        <button class="button secondary" type="button" ?disabled=${saving} @click=${this.cancelEditing}>${s.cancel}</button>
      </div>
    `;
  }

  override render() {
    const s = this.s;
    let body;
    switch (this.status) {
      case 'loading':
        body = html`<p class="loading">${s.loading}</p>`;
        break;
      case 'load-error':
        body = errorAlert(this.errorMessage(this.error!), this.errorAction(this.error!, () => void this.load()));
        break;
      case 'ready':
        body = html`${this.renderTiles()}
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
