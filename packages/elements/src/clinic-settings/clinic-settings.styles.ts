import { css } from 'lit';

export const clinicSettingsStyles = css`
  :host {
    display: block;
    color: var(--_color-text);
    font-family: var(--_font-family, system-ui, sans-serif);
  }
  .heading {
    font-size: var(--_font-size-large, 1.25rem);
    font-weight: 700;
    margin-block-end: var(--_space-m);
  }
  form {
    display: grid;
    gap: var(--_space-l, 1.5rem);
    margin-block-end: var(--_space-l, 1.5rem);
  }
  fieldset {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: var(--_space-m);
    margin: 0;
    min-inline-size: 0;
  }
  #audit-h {
    font-weight: 700;
    margin-block-end: var(--_space-s);
  }
  legend {
    font-weight: 700;
    padding-inline: var(--_space-xs);
  }
  .hint {
    color: var(--_color-text-muted);
    margin-block: 0 var(--_space-s);
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-m);
  }
  .choice {
    display: inline-flex;
    gap: var(--_space-xs);
    align-items: center;
    min-block-size: var(--_target-size);
  }
  .rows,
  .audit,
  .checklist,
  .phrases,
  .blocks,
  .breaks,
  .tabs {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: var(--_space-s);
  }
  .rows li {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-m);
    align-items: end;
    padding-block-end: var(--_space-s);
    border-block-end: 1px solid var(--_color-border);
  }
  .row-label {
    font-weight: 600;
    flex: 1 1 12rem;
  }
  .row-days {
    flex: 1 1 12rem;
    color: var(--_color-text-muted);
  }
  .rows label,
  .fields label,
  .filters label,
  .limits label,
  .phrase-fields label {
    display: grid;
    gap: 0.25rem;
  }
  input[type='time'],
  input[type='number'],
  input[type='search'],
  input:not([type]),
  select,
  textarea {
    font: inherit;
    min-block-size: var(--_target-size);
    padding-inline: var(--_space-xs);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    color: var(--_color-text);
    background: var(--_color-surface);
  }
  input[type='checkbox'] {
    inline-size: 1.25rem;
    block-size: 1.25rem;
  }
  .problem {
    border: 2px solid var(--_color-danger);
    border-radius: var(--_radius);
    background: var(--_color-danger-soft);
    padding: var(--_space-m);
  }
  .problem:focus-visible {
    outline: 3px solid var(--_color-focus, currentColor);
    outline-offset: 2px;
  }
  .problem p,
  .problem ul {
    margin: 0 0 var(--_space-s);
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    margin-block-end: var(--_space-m);
  }
  /* the section shown, hovered or not */
  .tabs .button.secondary[aria-current='true'] {
    background: var(--_color-primary);
    color: var(--_color-on-primary);
  }
  #section-h {
    font-weight: 700;
    margin-block-end: var(--_space-s);
  }
  .section {
    margin-block-end: var(--_space-l, 1.5rem);
  }
  .actions,
  .fields,
  .filters,
  .limits {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-m);
    align-items: end;
    margin-block: var(--_space-s);
  }
  .group-title {
    font-weight: 600;
    flex: 1 0 100%;
  }
  .checklist {
    gap: 0;
  }
  .checklist .choice {
    display: flex;
    align-items: center;
  }
  .muted {
    color: var(--_color-text-muted);
  }
  .blocks > li,
  .phrases > li {
    border-block-end: 1px solid var(--_color-border);
    padding-block-end: var(--_space-s);
  }
  .blocks {
    list-style: none;
  }
  .days {
    margin-block: var(--_space-s);
  }
  summary {
    min-block-size: var(--_target-size);
    display: flex;
    align-items: center;
    cursor: pointer;
    font-weight: 600;
  }
  summary::before {
    content: '▸';
    margin-inline-end: var(--_space-xs);
  }
  details[open] > summary::before {
    content: '▾';
  }
  .phrase-fields {
    display: grid;
    gap: var(--_space-s);
    padding-block: var(--_space-s);
  }
  .phrase-fields button {
    justify-self: start;
  }
  textarea,
  input[type='search'],
  input:not([type]) {
    inline-size: 100%;
    box-sizing: border-box;
  }
  .filters label {
    flex: 1 1 14rem;
  }
`;
