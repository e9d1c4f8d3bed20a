import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    max-inline-size: 48rem;
    overflow-wrap: anywhere;
  }
  .form {
    display: grid;
    gap: var(--_space-m);
  }
  .step-of {
    margin: 0;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .step-heading {
    margin: 0;
    font-size: var(--_font-size-large);
    font-weight: 700;
  }
  .step-heading:focus,
  .step-heading:focus-visible {
    /* focused when the step appears, to start reading there: no box around it */
    outline: none;
    box-shadow: none;
  }
  p {
    margin: 0;
  }
  h3 {
    margin: 0 0 var(--_space-s);
    font-size: var(--_font-size);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
    display: grid;
    gap: var(--_space-s);
  }
  legend {
    padding: 0;
    margin-block-end: var(--_space-s);
    font-weight: 600;
  }
  .check,
  .radio {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: var(--_space-s);
    align-items: start;
    padding: var(--_space-s);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  .check input,
  .radio input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0.1rem 0 0;
    accent-color: var(--_color-primary);
  }
  .check label,
  .radio label {
    min-block-size: 1.75rem;
  }
  .check .hint {
    grid-column: 2;
  }
  .hint {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .cancel {
    justify-self: start;
  }
  .emergency {
    display: grid;
    gap: var(--_space-m);
    padding: var(--_space-m);
    border: 3px solid var(--_color-danger);
    border-inline-start-width: 0.75rem;
    border-radius: var(--_radius);
    background: var(--_color-danger-soft);
  }
  .button.danger {
    background: var(--_color-danger);
    border-color: var(--_color-danger);
    color: #fff;
    font-size: var(--_font-size-large);
  }
  .call {
    justify-self: start;
  }
  .always-112 {
    font-weight: 600;
  }
  .always-112 a {
    color: var(--_color-danger);
  }
  .icon {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    flex: none;
  }
  .icon.inline {
    vertical-align: -0.3rem;
  }
  .met,
  .picks {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: var(--_space-s);
  }
  .met li {
    padding-inline-start: var(--_space-m);
    border-inline-start: 3px solid var(--_color-danger);
  }
  .advice {
    margin-block-start: var(--_space-xs);
    font-weight: 600;
  }
  .field {
    display: grid;
    gap: var(--_space-xs);
  }
  .age-fields {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-m);
  }
  input[type='text'] {
    min-block-size: var(--_target-size);
    padding: var(--_space-s);
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    font: inherit;
    color: inherit;
    background: var(--_color-surface);
    max-inline-size: 100%;
  }
  input[aria-invalid='true'] {
    border-color: var(--_color-danger);
  }
  .field-error {
    color: var(--_color-danger);
    font-weight: 600;
  }
  .error-summary {
    padding: var(--_space-m);
    border: 3px solid var(--_color-danger);
    border-radius: var(--_radius);
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: var(--_space-l);
  }
  .error-summary a {
    color: var(--_color-danger);
    font-weight: 600;
  }
  .combobox {
    display: grid;
    gap: var(--_space-xs);
  }
  .combobox label {
    font-weight: 600;
  }
  .combobox-field {
    position: relative;
  }
  .combobox-field input {
    inline-size: 100%;
  }
  [role='listbox'] {
    margin: var(--_space-xs) 0 0;
    padding: var(--_space-xs);
    list-style: none;
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    box-shadow: var(--_shadow);
  }
  [role='listbox'][hidden] {
    display: none;
  }
  [role='option'] {
    display: grid;
    padding: var(--_space-s);
    border-radius: var(--_radius);
    cursor: pointer;
    min-block-size: var(--_target-size);
  }
  [role='option']:hover,
  [role='option'].active {
    background: var(--_color-primary-soft);
    outline: 2px solid var(--_color-primary);
  }
  .search-emergency {
    display: grid;
    gap: var(--_space-s);
    margin-block-start: var(--_space-xs);
    padding: var(--_space-m);
    border: 3px solid var(--_color-danger);
    border-radius: var(--_radius);
    background: var(--_color-danger-soft);
  }
  .search-emergency p {
    margin: 0;
  }
  .search-emergency .helpline a {
    color: var(--_color-danger);
    font-weight: 600;
  }
  [role='option'].fallback .option-title {
    font-style: italic;
  }
  .option-matched {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .pick {
    inline-size: 100%;
    justify-content: flex-start;
    text-align: start;
  }
  .pick[aria-pressed='true'] {
    background: var(--_color-primary-soft);
  }
  details summary {
    cursor: pointer;
    font-weight: 600;
    min-block-size: var(--_target-size);
    display: flex;
    align-items: center;
    color: var(--_color-primary);
  }
  details summary {
    gap: var(--_space-xs);
    list-style: none;
  }
  details summary::-webkit-details-marker {
    display: none;
  }
  details[open] .marker {
    transform: rotate(90deg);
  }
  .check label,
  .radio label {
    cursor: pointer;
  }
  details[open] .picks {
    margin-block-start: var(--_space-s);
  }
  .review {
    margin: 0;
    display: grid;
    gap: var(--_space-s);
  }
  .review-row {
    display: grid;
    gap: var(--_space-xs);
    padding-block: var(--_space-s);
    border-block-end: 1px solid var(--_color-border);
  }
  .review-row > dt {
    font-weight: 700;
  }
  .review-row > dd {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--_space-s);
  }
  .review-row .value {
    flex: 1 1 12rem;
    min-inline-size: 0;
  }
  .answers {
    margin: 0;
  }
  .answers dt {
    font-weight: 600;
  }
  .answers dd {
    margin: 0 0 var(--_space-s);
  }
  @media (forced-colors: active) {
    .emergency,
    [role='option'].active {
      border-color: CanvasText;
      outline-color: Highlight;
    }
  }
`;
