import { css } from 'lit';

/** The styles of the steps after the menu: the journey adopts them when their markup (journey-steps.ts) loads. */
export const stepStyles = css`
  .emergency {
    padding: var(--_space-l);
    border: 3px solid var(--_color-danger);
    border-inline-start-width: 0.75rem;
    border-radius: var(--_radius);
    background: var(--_color-danger-soft);
    margin-block-end: var(--_space-m);
  }
  .emergency p {
    margin-block: 0 var(--_space-m);
    font-size: var(--_font-size-large);
    font-weight: 600;
  }
  .advice {
    margin: 0;
    margin-block-end: var(--_space-m);
    padding: 0;
    padding-inline-start: var(--_space-l);
  }
  .advice li + li {
    margin-block-start: var(--_space-s);
  }
  .safety-net {
    padding: var(--_space-m);
    border-inline-start: 0.5rem solid var(--_color-warning);
    background: var(--_color-warning-soft);
  }
  .demo {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  @media (forced-colors: active) {
    .emergency {
      border-color: CanvasText;
    }
  }
`;
