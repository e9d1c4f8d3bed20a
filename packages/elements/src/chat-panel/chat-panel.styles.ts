import { css } from 'lit';

export const chatPanelStyles = css`
  :host {
    display: block;
    /* most of a phone's screen (the log stays usable under the header and composer), capped on desktops */
    block-size: var(--nara-chat-height, clamp(28rem, 85dvh, 44rem));
  }
  .sent-notice {
    padding: var(--_space-s) var(--_space-m);
    background: var(--_color-success-soft);
    border-block-end: 1px solid var(--_color-border);
  }
  .panel {
    display: flex;
    flex-direction: column;
    block-size: 100%;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    overflow: hidden;
  }
  header {
    padding: var(--_space-m);
    border-block-end: 1px solid var(--_color-border);
  }
  .title {
    margin: 0;
    font-size: var(--_font-size-large);
    font-weight: 700;
  }
  p {
    margin: 0;
  }
  .availability p + p,
  .availability details {
    margin-block-start: var(--_space-xs);
  }
  .banner {
    padding: var(--_space-s) var(--_space-m);
    background: var(--_color-warning-soft);
    border-block-end: 1px solid var(--_color-border);
    display: flex;
    gap: var(--_space-s);
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
    padding: var(--_space-m);
  }
  .earlier {
    display: flex;
    justify-content: center;
    margin-block-end: var(--_space-m);
  }
  .entries {
    /* Block layout (not flex): cheap to lay out however many entries are shown. */
    display: block;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .entry {
    /* No content-visibility: measured (bench/chat.bench.ts) it made scrolling thousands of entries
       slower in Chromium, not faster. Long conversations are windowed instead (newest 200 shown). */
    inline-size: fit-content;
    max-inline-size: min(36rem, 85%);
    margin-block-end: var(--_space-s);
    padding: var(--_space-s) var(--_space-m);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }
  .from-staff,
  .card {
    background: var(--_color-surface-alt);
    border: 1px solid var(--_color-border);
  }
  .from-patient {
    margin-inline-start: auto;
    background: var(--_color-primary-soft);
    border: 1px solid var(--_color-primary);
  }
  .notice {
    margin-inline: auto;
    max-inline-size: 100%;
    text-align: center;
    color: var(--_color-text-muted);
    font-size: 0.9375rem;
  }
  .card {
    max-inline-size: min(40rem, 100%);
  }
  .meta {
    display: flex;
    gap: var(--_space-s);
    flex-wrap: wrap;
    font-size: var(--_font-size-small);
    color: var(--_color-text-muted);
  }
  .sender {
    font-weight: 600;
    color: var(--_color-text);
  }
  .text {
    white-space: pre-wrap;
  }
  .outbox {
    border-style: dashed;
  }
  .pending {
    color: var(--_color-text);
  }
  .files {
    margin: var(--_space-xs) 0 0;
    padding-inline-start: 1.25rem;
  }
  a {
    color: var(--_color-primary);
  }
  .typing {
    min-block-size: 1.5rem;
    padding-inline: var(--_space-m);
    font-style: italic;
    color: var(--_color-text-muted);
  }
  .composer,
  .written-emergency {
    display: grid;
    gap: var(--_space-s);
    margin: var(--_space-s) var(--_space-m);
    padding: var(--_space-m);
    border: 3px solid var(--_color-danger);
    border-inline-start-width: 0.75rem;
    border-radius: var(--_radius);
    background: var(--_color-danger-soft);
  }
  .written-emergency p {
    margin: 0;
  }
  .written-emergency .button.danger {
    justify-self: start;
    background: var(--_color-danger);
    border-color: var(--_color-danger);
    color: #fff;
  }
  .written-emergency .helpline a {
    color: var(--_color-danger);
    font-weight: 600;
  }
  .closed-notice {
    padding: var(--_space-m);
    border-block-start: 1px solid var(--_color-border);
  }
  label {
    font-weight: 600;
  }
  .hint,
  .count {
    font-size: var(--_font-size-small);
    color: var(--_color-text-muted);
  }
  .count.over,
  .error {
    color: var(--_color-danger);
    font-weight: 600;
  }
  textarea,
  input[type='text'] {
    display: block;
    inline-size: 100%;
    margin-block: var(--_space-xs);
    padding: var(--_space-s);
    font: inherit;
    border: 2px solid var(--_color-border);
    border-radius: calc(var(--_radius) / 2);
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--_color-danger);
  }
  .actions {
    display: flex;
    gap: var(--_space-s);
    justify-content: flex-end;
    flex-wrap: wrap;
    margin-block-start: var(--_space-s);
  }
  .video .button {
    margin-block-start: var(--_space-s);
  }
  .offer-slots {
    list-style: none;
    padding: 0;
    margin: var(--_space-s) 0 0;
    display: grid;
    gap: var(--_space-xs);
  }
  .offer-slots .button {
    inline-size: 100%;
    text-align: start;
  }
  .offer-error {
    color: var(--_color-danger);
    font-weight: 600;
  }
  .picked {
    list-style: none;
    padding: 0;
    margin: var(--_space-s) 0 0;
    display: grid;
    gap: var(--_space-xs);
  }
  .picked li {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    flex-wrap: wrap;
  }
  .picked img {
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
  }
  .file-icon {
    display: inline-grid;
    place-items: center;
    inline-size: 48px;
    block-size: 48px;
    border: 1px solid var(--_color-border);
    font-size: 0.75rem;
  }
  .unsent {
    white-space: pre-wrap;
    margin: var(--_space-s) 0 0;
    padding-inline-start: var(--_space-s);
    border-inline-start: 3px solid var(--_color-border);
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
