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
  .hours,
  .audit {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: var(--_space-s);
  }
  .hours li {
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
  .hours label {
    display: grid;
    gap: 0.25rem;
  }
  input[type='time'] {
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
  button[type='submit'] {
    justify-self: start;
  }
`;
