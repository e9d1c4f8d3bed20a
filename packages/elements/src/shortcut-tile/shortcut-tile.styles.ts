import { css } from 'lit';

export const tileStyles = css`
  :host {
    display: block;
  }
  .tile {
    /* tiles side by side are as tall as the tallest */
    block-size: 100%;
    display: flex;
    align-items: center;
    gap: var(--_space-m);
    inline-size: 100%;
    min-block-size: 4.5rem;
    padding: var(--_space-m);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
    font: inherit;
    text-align: start;
    text-decoration: none;
    cursor: pointer;
    box-shadow: var(--_shadow);
  }
  .tile:hover {
    border-color: var(--_color-primary);
    background: var(--_color-primary-soft);
  }
  .tile:hover .heading {
    text-decoration: underline;
  }
  .icon-wrap {
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: 2.75rem;
    block-size: 2.75rem;
    border-radius: var(--_radius-pill);
    background: var(--_color-primary-soft);
    color: var(--_color-primary);
  }
  .icon-wrap:empty {
    display: none;
  }
  .text {
    display: flex;
    flex-direction: column;
    flex: 1;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .heading {
    font-weight: 600;
    color: var(--_color-primary);
  }
  .description {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .note {
    margin-block-start: var(--_space-xs);
    color: var(--_color-text);
    font-size: var(--_font-size-small);
    font-weight: 600;
  }
  .badge {
    flex: none;
    min-inline-size: 1.75rem;
    padding-inline: var(--_space-s);
    border-radius: var(--_radius-pill);
    background: var(--_color-danger);
    color: #fff;
    font-weight: 700;
    text-align: center;
  }
  .chevron {
    flex: none;
    color: var(--_color-primary);
  }
  @media (forced-colors: active) {
    .tile {
      border-color: LinkText;
    }
    .note {
    margin-block-start: var(--_space-xs);
    color: var(--_color-text);
    font-size: var(--_font-size-small);
    font-weight: 600;
  }
  .badge {
      border: 1px solid CanvasText;
    }
  }
`;
