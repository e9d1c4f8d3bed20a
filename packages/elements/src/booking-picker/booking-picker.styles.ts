import { css } from 'lit';

export const pickerStyles = css`
  :host {
    display: block;
    max-inline-size: 48rem;
  }
  .heading {
    margin-block: 0 var(--_space-m);
    font-size: var(--_font-size-large);
    font-weight: 700;
  }
  .step-heading,
  .day-times {
    margin-block: var(--_space-l) var(--_space-s);
    font-size: var(--_font-size);
    font-weight: 700;
  }
  .step-heading.success {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    color: var(--_color-success);
  }
  .day-times::first-letter,
  .when::first-letter,
  .booking-when::first-letter {
    text-transform: uppercase;
  }
  p {
    margin-block: var(--_space-s);
  }
  .notice {
    padding: var(--_space-m);
    border: 2px solid var(--_color-warning);
    border-inline-start-width: 0.5rem;
    border-radius: var(--_radius);
    background: var(--_color-warning-soft);
  }
  .visit-types {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-m);
    margin: 0 0 var(--_space-m);
    padding: var(--_space-s) var(--_space-m) var(--_space-m);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  .visit-types legend {
    padding-inline: var(--_space-xs);
    font-weight: 600;
  }
  .visit-type-option {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-s);
    min-block-size: var(--_target-size);
    cursor: pointer;
  }
  .visit-type-option input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    accent-color: var(--_color-primary);
  }
  svg {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    flex: none;
  }
  .first-free {
    margin-block-end: var(--_space-m);
  }
  .week-nav {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-s);
  }
  .week-range {
    margin: 0;
    text-align: center;
    font-weight: 600;
  }
  .icon-button {
    padding: 0;
  }
  .flip svg {
    transform: scaleX(-1);
  }
  .days {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(4.25rem, 1fr));
    gap: var(--_space-xs);
    margin-block: var(--_space-s);
  }
  .day,
  .time {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    min-block-size: var(--_target-size);
    padding: var(--_space-xs);
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
    text-align: center;
    cursor: pointer;
    user-select: none;
  }
  .day .date {
    font-size: var(--_font-size-large);
    font-weight: 700;
    line-height: 1.1;
  }
  .day .weekday,
  .day .month,
  .day .count,
  .time-who {
    font-size: var(--_font-size-small);
    /* a long profession ("Physiotherapist") breaks inside its cell at 200 % text (WCAG 1.4.4) */
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .day.empty .count {
    color: var(--_color-text-muted);
  }
  .day[aria-disabled='true'] {
    border-style: dashed;
    color: var(--_color-text-muted);
    cursor: not-allowed;
  }
  .day[aria-checked='true'],
  .time[aria-selected='true'] {
    border-color: var(--_color-primary);
    background: var(--_color-primary);
    color: var(--_color-on-primary);
  }
  .day[aria-checked='true'] .count {
    color: inherit;
  }
  .day:hover,
  .time:hover {
    border-color: var(--_color-primary);
  }
  .help {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .part-heading {
    margin-block: var(--_space-m) var(--_space-xs);
    font-weight: 600;
  }
  .part-times {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(5rem, 1fr));
    gap: var(--_space-s);
  }
  .time {
    font-weight: 600;
  }
  .summary {
    display: grid;
    gap: var(--_space-s);
    margin: 0;
    padding: var(--_space-m);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface-alt);
  }
  .summary dt {
    font-weight: 700;
  }
  .summary dd {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    margin: 0;
    overflow-wrap: anywhere;
  }
  .visit-type {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    font-weight: 600;
  }
  .bring {
    margin: 0;
    padding-inline-start: var(--_space-l);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    margin-block: var(--_space-m);
  }
  .booking-list {
    display: grid;
    gap: var(--_space-l);
    margin: 0 0 var(--_space-l);
    padding: 0;
    list-style: none;
  }
  .booking-when {
    margin-block-end: var(--_space-s);
    font-weight: 700;
  }
  .button.danger {
    border-color: var(--_color-danger);
    background: var(--_color-danger);
  }
  .button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
  .to-mine {
    margin-block-start: var(--_space-m);
  }
  @media (forced-colors: active) {
    .day[aria-checked='true'],
    .time[aria-selected='true'] {
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
