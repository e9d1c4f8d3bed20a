import { css } from 'lit';

export const chatPanelStyles = css`
  :host {
    display: block;
    block-size: var(--nara-chat-height, 36rem);
    color: var(--nara-color-text, #1a1a1a);
    font-family: var(--nara-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--nara-font-size, 1rem);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  .panel {
    display: flex;
    flex-direction: column;
    block-size: 100%;
    border: 1px solid var(--nara-color-border, #8a8a8a);
    border-radius: var(--nara-radius-m, 0.5rem);
    background: var(--nara-color-surface, #fff);
    overflow: hidden;
  }
  header {
    padding: var(--nara-space-m, 1rem);
    border-block-end: 1px solid var(--nara-color-border-subtle, #d0d0d0);
  }
  h2 {
    margin: 0;
    font-size: 1.25rem;
  }
  p {
    margin: 0;
  }
  .availability p + p,
  .availability details {
    margin-block-start: var(--nara-space-xs, 0.25rem);
  }
  .banner {
    padding: var(--nara-space-s, 0.5rem) var(--nara-space-m, 1rem);
    background: var(--nara-color-warning-surface, #fff4d6);
    border-block-end: 1px solid var(--nara-color-border-subtle, #d0d0d0);
    display: flex;
    gap: var(--nara-space-s, 0.5rem);
    align-items: center;
    flex-wrap: wrap;
  }
  .banner[hidden] {
    display: none;
  }
  .log {
    flex: 1 1 auto;
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: var(--nara-space-m, 1rem);
  }
  .log:focus-visible,
  a:focus-visible,
  button:focus-visible,
  textarea:focus-visible,
  input:focus-visible,
  summary:focus-visible,
  .error-summary:focus {
    outline: 3px solid var(--nara-color-focus, #1e5aa8);
    outline-offset: 2px;
  }
  .entries {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--nara-space-s, 0.5rem);
  }
  .entry {
    /* Off-screen messages skip layout and paint: long conversations stay fast. */
    content-visibility: auto;
    contain-intrinsic-size: auto 5rem;
    max-inline-size: min(36rem, 85%);
    padding: var(--nara-space-s, 0.5rem) var(--nara-space-m, 1rem);
    border-radius: var(--nara-radius-m, 0.5rem);
    overflow-wrap: anywhere;
  }
  .from-staff,
  .card {
    align-self: flex-start;
    background: var(--nara-color-staff-surface, #eef3f9);
    border: 1px solid var(--nara-color-staff-border, #b7c9e0);
  }
  .from-patient {
    align-self: flex-end;
    background: var(--nara-color-patient-surface, #e8f3ec);
    border: 1px solid var(--nara-color-patient-border, #a9cdb5);
  }
  .notice {
    align-self: center;
    max-inline-size: 100%;
    text-align: center;
    color: var(--nara-color-text-subtle, #4a4a4a);
    font-size: 0.9375rem;
  }
  .card {
    max-inline-size: min(40rem, 100%);
  }
  .meta {
    display: flex;
    gap: var(--nara-space-s, 0.5rem);
    flex-wrap: wrap;
    font-size: 0.875rem;
    color: var(--nara-color-text-subtle, #4a4a4a);
  }
  .sender {
    font-weight: 600;
    color: var(--nara-color-text, #1a1a1a);
  }
  .text {
    white-space: pre-wrap;
  }
  .outbox {
    border-style: dashed;
  }
  .pending {
    color: var(--nara-color-text, #1a1a1a);
  }
  .files {
    margin: var(--nara-space-xs, 0.25rem) 0 0;
    padding-inline-start: 1.25rem;
  }
  a {
    color: var(--nara-color-link, #1e5aa8);
  }
  .typing {
    min-block-size: 1.5rem;
    padding-inline: var(--nara-space-m, 1rem);
    font-style: italic;
    color: var(--nara-color-text-subtle, #4a4a4a);
  }
  .composer,
  .closed-notice {
    padding: var(--nara-space-m, 1rem);
    border-block-start: 1px solid var(--nara-color-border-subtle, #d0d0d0);
  }
  label {
    font-weight: 600;
  }
  .hint,
  .count {
    font-size: 0.875rem;
    color: var(--nara-color-text-subtle, #4a4a4a);
  }
  .count.over,
  .error {
    color: var(--nara-color-error, #b00020);
    font-weight: 600;
  }
  textarea,
  input[type='text'] {
    display: block;
    inline-size: 100%;
    margin-block: var(--nara-space-xs, 0.25rem);
    padding: var(--nara-space-s, 0.5rem);
    font: inherit;
    border: 2px solid var(--nara-color-input-border, #6b6b6b);
    border-radius: var(--nara-radius-s, 0.25rem);
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--nara-color-error, #b00020);
  }
  .actions {
    display: flex;
    gap: var(--nara-space-s, 0.5rem);
    justify-content: flex-end;
    flex-wrap: wrap;
    margin-block-start: var(--nara-space-s, 0.5rem);
  }
  button,
  .button {
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding: var(--nara-space-s, 0.5rem) var(--nara-space-m, 1rem);
    font: inherit;
    font-weight: 600;
    border-radius: var(--nara-radius-s, 0.25rem);
    cursor: pointer;
    display: inline-flex;
    align-items: center;
    text-decoration: none;
  }
  .primary,
  .button {
    background: var(--nara-color-primary, #1e5aa8);
    color: var(--nara-color-on-primary, #fff);
    border: 2px solid var(--nara-color-primary, #1e5aa8);
  }
  .secondary,
  .remove {
    background: var(--nara-color-surface, #fff);
    color: var(--nara-color-primary, #1e5aa8);
    border: 2px solid var(--nara-color-primary, #1e5aa8);
  }
  .picked {
    list-style: none;
    padding: 0;
    margin: var(--nara-space-s, 0.5rem) 0 0;
    display: grid;
    gap: var(--nara-space-xs, 0.25rem);
  }
  .picked li {
    display: flex;
    align-items: center;
    gap: var(--nara-space-s, 0.5rem);
    flex-wrap: wrap;
  }
  .picked img {
    object-fit: cover;
    border-radius: var(--nara-radius-s, 0.25rem);
  }
  .file-icon {
    display: inline-grid;
    place-items: center;
    inline-size: 48px;
    block-size: 48px;
    border: 1px solid var(--nara-color-border, #8a8a8a);
    font-size: 0.75rem;
  }
  .chat-form fieldset {
    border: 0;
    padding: 0;
    margin: var(--nara-space-s, 0.5rem) 0;
  }
  .chat-form legend {
    font-weight: 600;
    padding: 0;
  }
  .option {
    display: flex;
    gap: var(--nara-space-s, 0.5rem);
    align-items: center;
    font-weight: 400;
    min-block-size: 2.75rem;
  }
  .option input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
  }
  .question {
    margin-block: var(--nara-space-s, 0.5rem);
  }
  .error-summary {
    border: 3px solid var(--nara-color-error, #b00020);
    padding: var(--nara-space-s, 0.5rem);
    margin-block: var(--nara-space-s, 0.5rem);
  }
  .unsent {
    white-space: pre-wrap;
    margin: var(--nara-space-s, 0.5rem) 0 0;
    padding-inline-start: var(--nara-space-s, 0.5rem);
    border-inline-start: 3px solid var(--nara-color-border, #8a8a8a);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (forced-colors: active) {
    .entry,
    .panel {
      border: 1px solid CanvasText;
    }
    .count.over,
    .error {
      color: CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      scroll-behavior: auto !important;
    }
  }
`;
