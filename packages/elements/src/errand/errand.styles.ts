import { css } from 'lit';

export const errandStyles = css`
  :host {
    display: block;
  }
  h2,
  h3 {
    margin-block: var(--_space-m) var(--_space-s);
  }
  h2 {
    font-size: var(--_font-size-large);
    margin-block-start: 0;
  }
  h3 {
    font-size: var(--_font-size);
  }
  .meta {
    color: var(--_color-text-muted);
    margin-block: 0 var(--_space-s);
  }
  section {
    margin-block-end: var(--_space-l);
  }
  dl {
    display: grid;
    gap: var(--_space-xs) var(--_space-m);
    margin: 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0 0 var(--_space-s);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .depth-1 {
    padding-inline-start: var(--_space-m);
  }
  .depth-2 {
    padding-inline-start: var(--_space-xl);
  }
  ul.plain,
  ol.log {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-s);
  }
  .picture img {
    display: block;
    max-inline-size: min(100%, 24rem);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  .score {
    font-weight: 700;
  }
  .alert-text {
    color: var(--_color-danger);
    font-weight: 700;
  }
  ol.log li {
    padding: var(--_space-s) var(--_space-m);
    border-radius: var(--_radius);
    background: var(--_color-surface-alt);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  ol.log li.staff {
    background: var(--_color-primary-soft);
  }
  ol.log li.notice {
    background: transparent;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .from {
    display: block;
    font-weight: 600;
    font-size: var(--_font-size-small);
  }
  form,
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-s);
    margin-block-end: var(--_space-m);
  }
  .field {
    display: grid;
    gap: var(--_space-xs);
    /* a long option (a profession in Somali) must not widen the form past a phone */
    grid-template-columns: minmax(0, 1fr);
  }
  .reply {
    display: grid;
  }
  textarea,
  select {
    font: inherit;
    color: var(--_color-text);
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: var(--_space-s);
    min-block-size: var(--_target-size);
    max-inline-size: 100%;
  }
  textarea {
    inline-size: 100%;
    min-block-size: 6rem;
    resize: vertical;
  }
  @media (forced-colors: active) {
    ol.log li {
      border: 1px solid CanvasText;
    }
  }
`;
