import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    max-inline-size: 48rem;
    overflow-wrap: anywhere;
  }
  .result {
    display: grid;
    gap: var(--_space-m);
  }
  .heading {
    font-size: var(--_font-size-large);
    font-weight: 700;
  }
  .subheading {
    font-weight: 700;
    margin-block-end: var(--_space-s);
  }
  [role='heading']:focus {
    outline: none;
  }
  [role='heading']:focus-visible {
    outline: 3px solid var(--_color-focus);
  }
  p {
    margin: 0;
  }
  ul {
    margin: 0;
    padding-inline-start: var(--_space-l);
  }
  .icon {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    flex: none;
  }
  .urgency {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    padding: var(--_space-s) var(--_space-m);
    border: 2px solid var(--_color-border);
    border-inline-start-width: 0.5rem;
    border-radius: var(--_radius);
    background: var(--_color-surface-alt);
  }
  .result.emergency .urgency {
    border-color: var(--_color-danger);
    background: var(--_color-danger-soft);
  }
  .result.urgent .urgency {
    border-color: var(--_color-warning);
    background: var(--_color-warning-soft);
  }
  .result.self-care .urgency {
    border-color: var(--_color-success);
    background: var(--_color-success-soft);
  }
  .emergency-panel {
    display: grid;
    gap: var(--_space-s);
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
  }
  .call {
    justify-self: start;
    font-size: var(--_font-size-large);
  }
  .actions {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .actions .button {
    max-inline-size: 100%;
  }
  .notice {
    display: flex;
    gap: var(--_space-s);
    align-items: flex-start;
    padding: var(--_space-s) var(--_space-m);
    border: 2px dashed var(--_color-warning);
    border-radius: var(--_radius);
    background: var(--_color-warning-soft);
  }
  .because {
    color: var(--_color-text-muted);
  }
  .safety-net {
    padding: var(--_space-m);
    border-inline-start: 0.5rem solid var(--_color-primary);
    background: var(--_color-primary-soft);
  }
  .label {
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .urgency,
    .emergency-panel,
    .notice {
      border-color: CanvasText;
    }
  }
`;
