import { css } from 'lit';

/** The list's styles; the editor's come with the editor (shortcut-editor.styles.ts). */
export const listStyles = css`
  :host {
    display: block;
  }
  .heading {
    margin-block: 0 var(--_space-m);
    font-size: var(--_font-size-large);
    font-weight: 700;
  }
  .tiles {
    list-style: none;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--nara-shortcut-list-min-column, 16rem)), 1fr));
    gap: var(--_space-m);
    margin-block: 0 var(--_space-m);
  }
  .tiles > li,
  .tiles nara-shortcut-tile {
    /* even tiles: each as tall as its row */
    display: grid;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    margin-block-start: var(--_space-m);
  }
  .empty,
  .loading {
    margin-block: 0 var(--_space-m);
    color: var(--_color-text-muted);
  }
`;
