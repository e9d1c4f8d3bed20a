import { css } from 'lit';

export const followUpStyles = css`
  :host {
    display: block;
    color: var(--_color-text);
    font-family: var(--_font-family, system-ui, sans-serif);
  }
  form {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-m, 1rem);
    align-items: end;
    margin-block-end: var(--_space-l, 1.5rem);
  }
  label {
    display: grid;
    gap: 0.25rem;
    font-weight: 600;
  }
  input,
  select {
    min-block-size: 2.75rem;
    padding-inline: 0.5rem;
    font: inherit;
    border: 1px solid var(--_color-border);
    border-radius: 0.25rem;
  }
  .charts {
    display: grid;
    gap: var(--_space-l, 1.5rem);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr));
  }
  .chart {
    margin: 0;
    padding: var(--_space-m, 1rem);
    border: 1px solid var(--_color-border);
    border-radius: 0.5rem;
  }
  .heading {
    font-size: 1.375rem;
    font-weight: 700;
    margin-block-end: 1rem;
  }
  .caption {
    font-weight: 700;
    margin-block-end: 0.5rem;
  }
  ul.bars {
    list-style: none;
    padding: 0;
    margin: 0 0 0.75rem;
    display: grid;
    gap: 0.5rem;
  }
  .bar-label {
    display: flex;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .bar-label > :last-child {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .track {
    display: block;
    margin-block-start: 0.25rem;
    block-size: 0.75rem;
    background: var(--_color-surface-alt);
    border-radius: 0.25rem;
    overflow: hidden;
  }
  .fill {
    block-size: 100%;
    background: var(--_color-primary);
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
    margin-block-start: 0.5rem;
  }
  th,
  td {
    text-align: start;
    padding: 0.25rem 0.5rem;
    border-block-end: 1px solid var(--_color-border);
  }
  td.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .error {
    color: var(--_color-danger);
  }
`;
