import { css } from 'lit';

/**
 * The menu's styles, and what every step shares; the steps' own come with their
 * markup (journey-steps.styles.ts).
 */
export const journeyStyles = css`
  :host {
    display: block;
  }
  .heading {
    margin-block: 0 var(--_space-m);
    font-size: var(--_font-size-large);
    font-weight: 700;
  }
  .nav {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_space-s);
    margin-block-end: var(--_space-s);
  }
  .entries {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: var(--_space-m);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
  }
  .entries > li,
  .entries nara-shortcut-tile {
    /* even tiles: each as tall as its row */
    display: grid;
  }
  .button.danger {
    background: var(--_color-danger);
    border-color: var(--_color-danger);
    color: #fff;
    font-size: var(--_font-size-large);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
`;
