import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ACCEPT, formatSize, type PendingFile } from './attachments.js';
import type { ChatStrings } from './strings.js';
import type { Locale } from '../base/locale.js';

export interface ComposerContext {
  t: ChatStrings;
  locale: Locale;
  draft: string;
  maxLength: number;
  files: PendingFile[];
  /** Problems with picked files, shown until the next pick. */
  fileErrors: string[];
  /** Why the last send did not go through (shown after a send attempt). */
  error?: string;
  /** Whether file upload is available from the backend. */
  canAttach: boolean;
  onInput: (event: InputEvent) => void;
  onKeydown: (event: KeyboardEvent) => void;
  onSubmit: (event: SubmitEvent) => void;
  onPickFiles: (event: Event) => void;
  onChooseFiles: () => void;
  onRemoveFile: (file: PendingFile) => void;
}

/**
 * The message composer: a labelled textarea (Enter sends, Shift+Enter a new line), a character
 * count that turns into an error above the limit (the text is never cut), files with previews and
 * upload progress, and the send button.
 */
export function renderComposer(ctx: ComposerContext): TemplateResult {
  const { t } = ctx;
  const length = [...ctx.draft].length;
  const over = length - ctx.maxLength;
  const invalid = over > 0 || Boolean(ctx.error);
  const describedBy = ['composer-hint', 'composer-count', invalid ? 'composer-error' : ''].filter(Boolean).join(' ');
  return html`<form class="composer" part="composer" novalidate @submit=${ctx.onSubmit}>
    <label for="composer-text">${t.messageLabel}</label>
    <p id="composer-hint" class="hint">${t.messageHint}</p>
    ${invalid
      ? html`<p id="composer-error" class="error" role="alert">${over > 0 ? t.tooLong(over) : ctx.error}</p>`
      : nothing}
    <textarea
      id="composer-text"
      name="message"
      rows="3"
      .value=${live(ctx.draft)}
      aria-describedby=${describedBy}
      aria-invalid=${invalid ? 'true' : 'false'}
      @input=${ctx.onInput}
      @keydown=${ctx.onKeydown}
    ></textarea>
    <p id="composer-count" class="count ${over > 0 ? 'over' : ''}">${t.characters(length, ctx.maxLength)}</p>
    ${ctx.files.length
      ? html`<ul class="picked" aria-label=${t.attach}>
          ${ctx.files.map(
            (f) => html`<li>
              ${f.preview ? html`<img src=${f.preview} alt="" width="48" height="48" />` : html`<span class="file-icon" aria-hidden="true">PDF</span>`}
              <span class="file-name">${t.attachmentLabel(f.file.name, formatSize(f.file.size, ctx.locale))}</span>
              ${f.progress !== undefined && f.progress < 1
                ? html`<progress max="1" .value=${f.progress} aria-label=${t.uploading(f.file.name)}></progress>`
                : nothing}
              <button type="button" class="button secondary remove" @click=${() => ctx.onRemoveFile(f)}>${t.removeFile(f.file.name)}</button>
            </li>`,
          )}
        </ul>`
      : nothing}
    ${ctx.fileErrors.length
      ? html`<div class="error file-errors" role="alert"><ul>${ctx.fileErrors.map((e) => html`<li>${e}</li>`)}</ul></div>`
      : nothing}
    <div class="actions">
      ${ctx.canAttach
        ? html`<input id="composer-files" class="visually-hidden" type="file" multiple accept=${ACCEPT} tabindex="-1" aria-hidden="true" @change=${ctx.onPickFiles} />
            <button type="button" class="button secondary" aria-describedby="attach-hint" @click=${ctx.onChooseFiles}>${t.attach}</button>
            <span id="attach-hint" class="visually-hidden">${t.attachHint}</span>`
        : nothing}
      <button type="submit" class="button send">${t.send}</button>
    </div>
  </form>`;
}
