import { css } from 'lit';

export const resultStyles = css`
  :host {
    display: block;
    --_urgency-color: var(--_color-primary);
    --_urgency-soft: var(--_color-primary-soft);
  }
  .result[data-urgency='emergency'] {
    --_urgency-color: var(--_color-danger);
    --_urgency-soft: var(--_color-danger-soft);
  }
  .result[data-urgency='emergency-department'] {
    --_urgency-color: var(--_color-danger);
    --_urgency-soft: var(--_color-danger-soft);
  }
  .result[data-urgency='urgent'] {
    --_urgency-color: var(--_color-warning);
    --_urgency-soft: var(--_color-warning-soft);
  }
  .result[data-urgency='self-care'] {
    --_urgency-color: var(--_color-success);
    --_urgency-soft: var(--_color-success-soft);
  }
  .banner {
    display: flex;
    gap: var(--_space-m);
    align-items: flex-start;
    padding: var(--_space-m);
    border: 2px solid var(--_urgency-color);
    border-inline-start-width: 0.5rem;
    border-radius: var(--_radius);
    background: var(--_urgency-soft);
  }
  .banner .icon {
    flex: none;
    inline-size: 2rem;
    block-size: 2rem;
    color: var(--_urgency-color);
  }
  .title {
    margin: 0;
    font-size: var(--_font-size-large);
    font-weight: 700;
    line-height: 1.3;
  }
  .title:focus,
  .title:focus-visible {
    /* focused when the step appears, to start reading there: no box around it */
    outline: none;
    box-shadow: none;
  }
  .lead {
    margin: var(--_space-xs) 0 0;
  }
  section {
    margin-block-start: var(--_space-l);
  }
  .section-heading {
    margin: 0 0 var(--_space-s);
    font-size: var(--_font-size);
    font-weight: 700;
  }
  ul {
    margin: 0;
    padding-inline-start: var(--_space-l);
  }
  li + li {
    margin-block-start: var(--_space-xs);
  }
  .answers {
    margin-block-start: var(--_space-xs);
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    padding: 0;
    list-style: none;
  }
  .actions li + li {
    margin: 0;
  }
  .button.danger {
    background: var(--_color-danger);
    border-color: var(--_color-danger);
    font-size: var(--_font-size-large);
  }
  .button.danger:hover {
    background: var(--_color-text);
    border-color: var(--_color-text);
  }
  .meta {
    margin-block-start: var(--_space-l);
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .meta p {
    margin: var(--_space-xs) 0 0;
  }
  @media (forced-colors: active) {
    .banner {
      border-color: CanvasText;
    }
    .banner .icon {
      color: CanvasText;
    }
  }
`;
