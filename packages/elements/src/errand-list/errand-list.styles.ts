import { css } from 'lit';

export const errandListStyles = css`
  :host {
    display: block;
  }
  .heading {
    margin-block: 0 var(--_space-m);
    font-size: var(--_font-size-large);
    font-weight: 700;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-s);
  }
  .errand {
    display: grid;
    gap: var(--_space-xs);
    inline-size: 100%;
    min-block-size: var(--_target-size);
    padding: var(--_space-m);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .errand:hover {
    background: var(--_color-primary-soft);
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_space-s);
  }
  .title {
    font-weight: 700;
    color: var(--_color-primary);
    overflow-wrap: anywhere;
  }
  .meta,
  .preview {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
    overflow-wrap: anywhere;
  }
  .badge {
    padding-inline: var(--_space-s);
    border-radius: var(--_radius-pill);
    background: var(--_color-primary);
    color: var(--_color-on-primary);
    font-size: var(--_font-size-small);
    font-weight: 700;
    white-space: nowrap;
  }
  .status {
    font-weight: 600;
  }
  .back {
    margin-block-end: var(--_space-m);
  }
  @media (forced-colors: active) {
    .badge {
      border: 1px solid CanvasText;
    }
  }
`;
