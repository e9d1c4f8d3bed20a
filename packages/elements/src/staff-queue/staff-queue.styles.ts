import { css } from 'lit';

export const staffQueueStyles = css`
  :host {
    display: block;
  }
  .heading {
    margin-block: 0 var(--_space-s);
    font-size: var(--_font-size-large);
    font-weight: 700;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
    margin-block-end: var(--_space-s);
  }
  select {
    min-block-size: var(--_target-size);
    font: inherit;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding-inline: var(--_space-s);
    background: var(--_color-surface);
    color: var(--_color-text);
  }
  .muted {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
    margin-block: 0 var(--_space-s);
  }
  ol,
  .consultations ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-s);
  }
  .entry {
    display: grid;
    gap: var(--_space-xs);
    inline-size: 100%;
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_color-border);
    border-inline-start: 6px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .entry:hover,
  .entry[aria-current='true'] {
    background: var(--_color-primary-soft);
  }
  .entry.emergency,
  .entry.emergency-department,
  .entry.urgent {
    border-inline-start-color: var(--_color-danger);
  }
  .entry.soon {
    border-inline-start-color: var(--_color-warning);
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_space-s);
  }
  .urgency {
    font-weight: 700;
  }
  .who {
    font-weight: 600;
  }
  .meta {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .due-past {
    color: var(--_color-danger);
    font-weight: 700;
  }
  .due-near {
    color: var(--_color-warning);
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .entry[aria-current='true'] {
      outline: 2px solid Highlight;
    }
  }
  .consultations {
    margin-block-end: var(--_space-m);
  }
  .consultations h3 {
    font-size: var(--_font-size-base, 1rem);
    margin-block: 0 var(--_space-s);
  }
  .consultations .entry {
    border-inline-start-color: var(--_color-primary, currentColor);
  }
`;
