import { LitElement, html, nothing, type PropertyDeclarations } from 'lit';
import type { Icon } from '@nara/contract';
import { icon, isIcon } from '../icons/icons.js';
import { safeHref } from '../base/safe-url.js';
import { tokens, base } from '../styles/tokens.js';
import { tileStyles } from './shortcut-tile.styles.js';

/**
 * @tagname nara-shortcut-tile
 * @summary One shortcut: a real link when it has `href`, otherwise a button that fires `nara-shortcut`.
 *
 * @fires nara-shortcut - The tile was chosen and has no `href`. Detail: `{ id, serviceId, heading }`.
 *
 * @slot icon - An icon of your own instead of the built-in `icon`.
 *
 * @csspart tile - The link or button.
 * @csspart icon - The icon.
 * @csspart heading - The heading text.
 * @csspart description - The description text.
 * @csspart note - The note.
 * @csspart badge - The badge.
 *
 * @cssprop --nara-color-primary - Icon, heading and border colour.
 * @cssprop --nara-color-surface - Background.
 * @cssprop --nara-radius - Corner radius.
 */
export class NaraShortcutTile extends LitElement {
  static override properties: PropertyDeclarations = {
    heading: {},
    description: {},
    icon: {},
    href: {},
    target: {},
    note: {},
    badge: {},
    badgeLabel: { attribute: 'badge-label' },
    serviceId: { attribute: 'service-id' },
  };
  static override styles = [tokens, base, tileStyles];

  /** What the shortcut is for, e.g. "Förnya recept". */
  heading = '';

  /** One line more about it. */
  description?: string;

  /** A built-in icon: chat, video, phone, calendar, prescription, document, child, test-result, certificate, clinic, self-care, emergency, vaccine, heart, link. */
  icon?: Icon;

  /** Where it leads. Only https, http and tel links (or relative ones) are rendered; without it the tile is a button. */
  href?: string;

  /** Opens the link in a new tab (with `rel="noreferrer noopener"`). */
  target?: '_blank' | '_self';

  /** A quiet line under the description, e.g. "Kräver inloggning". */
  note?: string;

  /** A short mark such as an unread count. */
  badge?: string;

  /** What the badge means, read after it by screen readers, e.g. "olästa meddelanden". */
  badgeLabel?: string;

  /** Passed along in `nara-shortcut`. */
  serviceId?: string;

  private onClick() {
    this.dispatchEvent(
      new CustomEvent('nara-shortcut', {
        detail: { id: this.id || undefined, serviceId: this.serviceId, heading: this.heading },
        bubbles: true,
        composed: true,
      }),
    );
  }

  override render() {
    const content = html`
      <span class="icon-wrap">${html`<slot name="icon">${isIcon(this.icon) ? icon(this.icon) : nothing}</slot>`}</span>
      <span class="text">
        <span class="heading" part="heading">${this.heading}</span>
        ${this.description ? html`<span class="description" part="description">${this.description}</span>` : nothing}
        ${this.note ? html`<span class="note" part="note">${this.note}</span>` : nothing}
      </span>
      ${this.badge
        ? html`<span class="badge" part="badge">${this.badge}${this.badgeLabel ? html`<span class="visually-hidden"> ${this.badgeLabel}</span>` : nothing}</span>`
        : nothing}
      ${icon('chevron', 'chevron')}
    `;
    const href = safeHref(this.href);
    if (href) {
      const external = this.target === '_blank';
      return html`<a class="tile" part="tile" href=${href} target=${external ? '_blank' : nothing} rel=${external ? 'noreferrer noopener' : nothing}
        >${content}</a
      >`;
    }
    return html`<button class="tile" part="tile" type="button" @click=${this.onClick}>${content}</button>`;
  }
}
