import { css, type LitElement } from 'lit';
import { localeInfo, type Locale } from './locale.js';
import { localeNotes } from './locale-notes.js';
import { addStyles } from '../styles/add-styles.js';

const styles = css`
  .nara-translation-note {
    margin: 0 0 var(--_space-s, 0.5rem);
    padding: var(--_space-xs, 0.25rem) var(--_space-s, 0.5rem);
    border-inline-start: 4px solid var(--_color-warning, #7a4a00);
    background: var(--_color-warning-soft, #fff4dc);
    color: var(--_color-text, #1f2328);
    font-family: var(--_font-family, system-ui, sans-serif);
    font-size: var(--_font-size-small, 0.875rem);
    line-height: 1.4;
  }
  .nara-translation-note[hidden] {
    display: none;
  }
`;

interface NoteHost extends LitElement {
  readonly showsTranslationNote: boolean;
}

/**
 * "The translation has not been reviewed", in the language itself, above an element whose language
 * a native speaker has not reviewed yet. Only the outermost Nära element shows it (the journey, not
 * each step inside it). It sits before the element's rendered content in its shadow root, so no
 * element's template has to carry it.
 */
export class TranslationNote {
  private note?: HTMLParagraphElement;

  constructor(private readonly host: NoteHost) {}

  update(locale: Locale): void {
    const info = localeInfo(locale);
    const text = !info.reviewed && this.host.showsTranslationNote && !this.isNested() ? localeNotes[locale].unreviewed : undefined;
    if (!text) {
      if (this.note) this.note.hidden = true;
      return;
    }
    const root = this.host.renderRoot;
    if (!this.note) {
      this.note = document.createElement('p');
      this.note.className = 'nara-translation-note';
      this.note.setAttribute('part', 'translation-note');
      addStyles(root, styles);
    }
    if (this.note.parentNode !== root) root.insertBefore(this.note, root.firstChild);
    this.note.hidden = false;
    this.note.textContent = text;
  }

  /** Inside another Nära element (through shadow roots), which shows the note instead. */
  private isNested(): boolean {
    let node: Node | null = this.host.parentNode;
    while (node) {
      if (node instanceof Element && 'showsTranslationNote' in node) return true;
      node = node instanceof ShadowRoot ? node.host : node.parentNode;
    }
    return false;
  }
}
