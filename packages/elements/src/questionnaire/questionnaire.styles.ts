import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    max-inline-size: 40rem;
    overflow-wrap: anywhere;
  }
  form {
    display: grid;
    gap: var(--_space-l);
  }
  /* the backend's text, marked with its own language: no box of its own */
  .content {
    display: contents;
  }
  .heading {
    margin: 0;
    font-size: var(--_font-size-large);
    line-height: 1.3;
  }
  .group {
    display: grid;
    gap: var(--_space-l);
    min-inline-size: 0;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .item {
    display: grid;
    gap: var(--_space-s);
    min-inline-size: 0;
  }
  .item.has-error {
    padding-inline-start: var(--_space-m);
    border-inline-start: 4px solid var(--_color-danger);
  }
  .label,
  legend {
    display: block;
    padding: 0;
    font-weight: 600;
  }
  fieldset > * + * {
    margin-block-start: var(--_space-s);
  }
  .required,
  .hint {
    color: var(--_color-text-muted);
    font-weight: 400;
  }
  .hint,
  .display {
    margin: 0;
  }
  .error-message,
  .error-message p {
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_color-danger);
    font-weight: 600;
  }
  input[type='text'],
  textarea,
  select {
    inline-size: 100%;
    min-block-size: var(--_target-size);
    padding: var(--_space-s);
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
    font: inherit;
  }
  [aria-invalid='true'] {
    border-color: var(--_color-danger);
  }
  input[readonly],
  textarea[readonly] {
    background: var(--_color-surface-alt);
  }
  .input-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
  }
  .input-row > input,
  .input-row > textarea {
    flex: 1 1 12rem;
    inline-size: auto;
  }
  .options {
    display: grid;
    gap: var(--_space-s);
  }
  .options.inline {
    grid-template-columns: repeat(auto-fill, minmax(7rem, 1fr));
  }
  .option {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    min-block-size: var(--_target-size);
    padding: var(--_space-xs) var(--_space-s);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .option:has(:checked) {
    border-color: var(--_color-primary);
    background: var(--_color-primary-soft);
  }
  .option input {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_color-primary);
  }
  .error-summary {
    padding: var(--_space-m);
    border: 4px solid var(--_color-danger);
    border-radius: var(--_radius);
  }
  .error-summary ul {
    margin: var(--_space-s) 0 0;
    padding-inline-start: var(--_space-l);
  }
  .error-summary a {
    color: var(--_color-danger);
    font-weight: 600;
  }
  .progress {
    margin: 0;
    padding-block-end: var(--_space-s);
    border-block-end: 4px solid var(--_color-primary);
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-m);
  }
  @media (forced-colors: active) {
    .option:has(:checked),
    .item.has-error,
    .error-summary {
      border-color: Highlight;
    }
  }
`;
