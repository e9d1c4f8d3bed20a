import { css } from 'lit';

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
  .entries,
  .advice {
    margin: 0;
    padding: 0;
  }
  .entries {
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
  .emergency {
    padding: var(--_space-l);
    border: 3px solid var(--_color-danger);
    border-inline-start-width: 0.75rem;
    border-radius: var(--_radius);
    background: var(--_color-danger-soft);
    margin-block-end: var(--_space-m);
  }
  .emergency p {
    margin-block: 0 var(--_space-m);
    font-size: var(--_font-size-large);
    font-weight: 600;
  }
  .button.danger {
    background: var(--_color-danger);
    border-color: var(--_color-danger);
    color: #fff;
    font-size: var(--_font-size-large);
  }
  .advice {
    padding-inline-start: var(--_space-l);
    margin-block-end: var(--_space-m);
  }
  .advice li + li {
    margin-block-start: var(--_space-s);
  }
  .safety-net {
    padding: var(--_space-m);
    border-inline-start: 0.5rem solid var(--_color-warning);
    background: var(--_color-warning-soft);
  }
  .demo {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  @media (forced-colors: active) {
    .emergency {
      border-color: CanvasText;
    }
  }
`;
