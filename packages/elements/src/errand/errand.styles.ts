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
  ul.consultations {
    list-style: none;
    padding: 0;
    margin: 0 0 var(--_space-s);
    display: grid;
    gap: var(--_space-s);
  }
  ul.consultations > li {
    border-inline-start: 4px solid var(--_color-border);
    padding-inline-start: var(--_space-s);
  }
  .error {
    color: var(--_color-danger);
    font-weight: 600;
  }
  fieldset {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    margin: var(--_space-s) 0;
  }
  .check {
    display: flex;
    gap: var(--_space-s);
    align-items: center;
    min-block-size: 2.75rem;
  }
  .check input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
  }
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
  fieldset {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: var(--_space-s) var(--_space-m);
    margin: 0 0 var(--_space-s);
    display: grid;
    gap: var(--_space-s);
  }
  legend {
    font-weight: 600;
    padding-inline: var(--_space-xs);
  }
  .hint {
    margin: 0;
    font-size: 0.9em;
  }
  .checks {
    display: grid;
    gap: var(--_space-xs);
  }
  .checks label {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    min-block-size: var(--_target-size);
  }
  .combobox {
    position: relative;
  }
  [role='listbox'] {
    list-style: none;
    margin: 0;
    padding: 0;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    max-block-size: 18rem;
    overflow-y: auto;
  }
  [role='option'] {
    padding: var(--_space-s);
    min-block-size: var(--_target-size);
    box-sizing: border-box;
    cursor: pointer;
  }
  [role='option'].active {
    background: var(--_color-primary-soft);
    outline: 2px solid currentColor;
    outline-offset: -2px;
  }
  ul.chosen {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
  }
  .chip {
    font: inherit;
    color: var(--_color-text);
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: var(--_space-xs) var(--_space-s);
    min-block-size: var(--_target-size);
    cursor: pointer;
  }
  input[type='text'],
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
