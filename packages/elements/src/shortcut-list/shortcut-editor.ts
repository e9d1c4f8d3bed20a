import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { MAX_SHORTCUTS, type Service, type Shortcut } from '@nara/contract';
import type { FocusAfterRender } from '../controllers/focus-after-render.js';
import { headingLevel } from '../controllers/heading-level.js';
import type { LiveAnnouncer } from '../controllers/live-announcer.js';
import { icon } from '../icons/icons.js';
import { moveItem, PointerReorder } from './pointer-reorder.js';
import type { strings } from './strings.js';

export { editorStyles } from './shortcut-editor.styles.js';

/** The selector of one row's control (`up`, `down`, `remove`). */
const rowControl = (id: string, name: string) => `[data-id="${CSS.escape(id)}"] [data-control="${name}"]`;

interface Options {
  host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };
  strings: () => (typeof strings)['sv'];
  live: LiveAnnouncer;
  focusNext: FocusAfterRender;
  clinic: () => string | undefined;
  services: () => Service[];
  headingLevel: () => number;
  saving: () => boolean;
}

/**
 * The shortcut list's editor — a draft of the list to reorder (buttons, Alt + arrow keys, or
 * dragging), remove from and add to. Loaded when the patient presses "Ändra genvägar", so the list
 * that most visitors only look at does not carry it.
 */
export class ShortcutEditor {
  draft: Shortcut[];
  private readonly reorder: PointerReorder;

  constructor(
    shortcuts: readonly Shortcut[],
    private readonly o: Options,
  ) {
    this.draft = [...shortcuts];
    this.reorder = new PointerReorder(o.host, {
      container: () => o.host.renderRoot.querySelector('ol'),
      onMove: (from, to) => this.setDraft(moveItem(this.draft, from, to)),
      onEnd: (index) => this.announceMove(index),
    });
  }

  private setDraft(draft: Shortcut[]) {
    this.draft = draft;
    this.o.host.requestUpdate();
  }

  private move(index: number, by: -1 | 1, control: string) {
    const to = index + by;
    if (to < 0 || to >= this.draft.length) return;
    this.setDraft(moveItem(this.draft, index, to));
    const id = this.draft[to].id;
    const edge = (by === -1 && to === 0) || (by === 1 && to === this.draft.length - 1);
    this.o.focusNext.request(rowControl(id, edge ? (by === -1 ? 'down' : 'up') : control));
    this.announceMove(to);
  }

  private announceMove(index: number) {
    this.o.live.announce(this.o.strings().moved(this.draft[index].title, index + 1, this.draft.length));
  }

  private removeAt(index: number) {
    const removed = this.draft[index];
    this.setDraft(this.draft.filter((_, i) => i !== index));
    const next = this.draft[Math.min(index, this.draft.length - 1)];
    this.o.focusNext.request(next ? rowControl(next.id, 'remove') : '.add-heading');
    this.o.live.announce(this.o.strings().removed(removed.title));
  }

  private add(service: Service, clinic: string) {
    this.setDraft([...this.draft, { ...service, id: `${clinic}/${service.id}`, serviceId: service.id, clinic }]);
    this.o.live.announce(this.o.strings().added(service.title));
    this.o.focusNext.request(rowControl(`${clinic}/${service.id}`, 'remove'));
  }

  private onRowKeydown(event: KeyboardEvent, index: number) {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const control = (event.target as HTMLElement).dataset.control ?? 'up';
    this.move(index, event.key === 'ArrowUp' ? -1 : 1, control);
  }

  /** The editor; `footer` (the error and the save and cancel buttons) belongs to the list. */
  render(footer: TemplateResult): TemplateResult {
    const s = this.o.strings();
    const saving = this.o.saving();
    const clinic = this.o.clinic();
    const available = this.o.services().filter((service) => !this.draft.some((d) => d.serviceId === service.id && d.clinic === clinic));
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
      ${clinic
        ? html`<div class="add">
            <div class="add-heading" role="heading" aria-level=${headingLevel(this.o.headingLevel(), 1)} tabindex="-1">${s.addHeading}</div>
            ${full
              ? html`<p>${s.full(MAX_SHORTCUTS)}</p>`
              : available.length === 0
                ? html`<p>${s.nothingToAdd}</p>`
                : html`<ul class="add-list">
                    ${available.map((service) => html`<li><button class="button quiet" type="button" ?disabled=${saving} @click=${() => this.add(service, clinic)}>${icon('add')}<span>${service.title}</span></button></li>`)}
                  </ul>`}
          </div>`
        : nothing}
      ${footer}
    `;
  }
}
