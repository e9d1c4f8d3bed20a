import type { CSSResult } from 'lit';

/**
 * Adds styles to an element's shadow root beside those it has: for parts that load later with their
 * own styles (a journey's steps, the shortcut editor, a form's rarer fields, a translation note).
 * Lit's `adoptStyles` would replace the list, and with it what another part added before.
 */
export function addStyles(root: HTMLElement | DocumentFragment, ...styles: CSSResult[]): void {
  if (!(root instanceof ShadowRoot)) return;
  const sheets = styles.map((style) => style.styleSheet!).filter((sheet) => !root.adoptedStyleSheets.includes(sheet));
  if (sheets.length) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
}
