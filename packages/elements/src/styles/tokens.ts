import { css } from 'lit';

/**
 * Design tokens. Hosts theme with the public `--nara-*` custom properties (inherited from any
 * ancestor); elements read the private `--_*` aliases, which fall back to accessible defaults close
 * to 1177's look (text contrast ≥ 4.5:1, UI contrast ≥ 3:1). Hover, soft, muted and border colours
 * are mixed from the base colours, so `--nara-color-primary` alone themes every tint.
 */
export const tokens = css`
  :host {
    /* base colours: set these and the tints below follow */
    --_color-text: var(--nara-color-text, #1f2328);
    --_color-surface: var(--nara-color-surface, #ffffff);
    --_color-primary: var(--nara-color-primary, #005a8c);
    --_color-on-primary: var(--nara-color-on-primary, #ffffff);
    --_color-danger: var(--nara-color-danger, #b0001e);
    --_color-warning: var(--nara-color-warning, #7a4a00);
    --_color-success: var(--nara-color-success, #17693a);
    /* derived with color-mix() from the base colours (each still overridable on its own) */
    --_color-text-muted: var(--nara-color-text-muted, color-mix(in srgb, var(--_color-text) 82%, var(--_color-surface)));
    --_color-border: var(--nara-color-border, color-mix(in srgb, var(--_color-text) 66%, var(--_color-surface)));
    --_color-surface-alt: var(--nara-color-surface-alt, color-mix(in srgb, var(--_color-primary) 6%, var(--_color-surface)));
    --_color-primary-hover: var(--nara-color-primary-hover, color-mix(in srgb, var(--_color-primary) 78%, #000000));
    --_color-primary-soft: var(--nara-color-primary-soft, color-mix(in srgb, var(--_color-primary) 10%, var(--_color-surface)));
    --_color-focus: var(--nara-color-focus, var(--_color-text));
    --_color-focus-halo: var(--nara-color-focus-halo, #ffd54f);
    --_color-danger-soft: var(--nara-color-danger-soft, color-mix(in srgb, var(--_color-danger) 8%, var(--_color-surface)));
    --_color-warning-soft: var(--nara-color-warning-soft, color-mix(in srgb, var(--_color-warning) 10%, var(--_color-surface)));
    --_color-success-soft: var(--nara-color-success-soft, color-mix(in srgb, var(--_color-success) 10%, var(--_color-surface)));
    --_font-family: var(--nara-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    --_font-size: var(--nara-font-size, 1rem);
    --_font-size-small: var(--nara-font-size-small, 0.875rem);
    --_font-size-large: var(--nara-font-size-large, 1.25rem);
    --_line-height: var(--nara-line-height, 1.5);
    --_space-xs: var(--nara-space-xs, 0.25rem);
    --_space-s: var(--nara-space-s, 0.5rem);
    --_space-m: var(--nara-space-m, 1rem);
    --_space-l: var(--nara-space-l, 1.5rem);
    --_space-xl: var(--nara-space-xl, 2rem);
    --_radius: var(--nara-radius, 0.5rem);
    --_radius-pill: var(--nara-radius-pill, 999px);
    --_target-size: var(--nara-target-size, 2.75rem);
    --_shadow: var(--nara-shadow, 0 1px 3px rgb(0 0 0 / 0.15));

    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_color-text);
  }
`;

/** What most elements share: box sizing, focus ring, buttons, alerts, visually hidden text. */
export const base = css`
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none !important;
  }
  /* backend text shown in another language than the element's (base/content-language.ts) */
  .content-note {
    margin: 0;
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-s);
    border-inline-start: 4px solid var(--_color-border);
    background: var(--_color-surface-alt);
    font-size: var(--_font-size-small);
  }
  /* icons that point forward or back (chevrons) point the other way right to left */
  :host(:dir(rtl)) svg[data-mirror] {
    scale: -1 1;
  }
  :focus-visible {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 6px var(--_color-focus-halo);
  }
  /* a date or time field's focus sits on its day, hour or minute part, which :focus-visible does not reach */
  input:is([type='date'], [type='time']):is(:focus, :focus-within) {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
  }
  /* a heading that gets focus when a new step is shown is a place to start reading, not a control */
  [role='heading'][tabindex='-1']:focus-visible {
    outline: none;
    box-shadow: none;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-s);
    min-block-size: var(--_target-size);
    min-inline-size: var(--_target-size);
    padding-block: var(--_space-s);
    padding-inline: var(--_space-m);
    border: 2px solid var(--_color-primary);
    border-radius: var(--_radius);
    background: var(--_color-primary);
    color: var(--_color-on-primary);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    text-decoration: none;
  }
  .button:hover {
    background: var(--_color-primary-hover);
    border-color: var(--_color-primary-hover);
  }
  .button.secondary {
    background: var(--_color-surface);
    color: var(--_color-primary);
  }
  .button.secondary:hover {
    background: var(--_color-primary-soft);
  }
  .button.quiet {
    background: transparent;
    border-color: transparent;
    color: var(--_color-primary);
    text-decoration: underline;
  }
  .button.quiet:hover {
    background: var(--_color-primary-soft);
  }
  .button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .alert {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s) var(--_space-m);
    padding: var(--_space-m);
    border: 2px solid var(--_color-danger);
    border-inline-start-width: 0.5rem;
    border-radius: var(--_radius);
    background: var(--_color-danger-soft);
    color: var(--_color-text);
  }
  .alert p {
    margin: 0;
    flex: 1 1 12rem;
  }
  /* keyboard hints (arrow keys, Enter) only where a keyboard is likely: not on touch-only devices */
  @media (hover: none) and (pointer: coarse) {
    .key-hint {
      display: none;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
  @media (forced-colors: active) {
    .button,
    .alert {
      border-color: ButtonText;
    }
    :focus-visible,
    input:is([type='date'], [type='time']):is(:focus, :focus-within) {
      outline-color: Highlight;
    }
  }
`;
