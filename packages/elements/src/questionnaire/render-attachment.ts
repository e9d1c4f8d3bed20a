import { html, nothing } from 'lit';
import type { Attachment, FormNode } from '@nara/fhir';
import type { FieldContext } from './field-context.js';
import { AttachmentUploads, attachmentLimits } from './attachment-uploads.js';
import { describedBy, hintAndError, invalid, labelText } from './item-parts.js';

import { formatSize, megabytes } from '../base/format-size.js';
import { errorMessage, reportFailure } from '../base/report-error.js';
import { backendOf } from '../base/backend-of.js';
import { BackendCache } from '../base/backend-source.js';
import type { NaraConfig } from '../base/context.js';
import type { NaraQuestionnaire } from './questionnaire.js';
import { attachmentStrings } from './attachment-strings.js';

// This module is loaded by `nara-questionnaire` only for a form with an attachment item (before that form renders).
export { attachmentStyles as styles } from './attachment.styles.js';

/** The uploads of one form: through the form's backend (its own, or the provider's), with its messages. */
export function createUploads(form: NaraQuestionnaire, provided: () => NaraConfig | undefined): AttachmentUploads {
  const s = () => attachmentStrings[form.lang_];
  const backends = new BackendCache();
  return new AttachmentUploads(
    () => form.requestUpdate(),
    async () => {
      const { backend, api, demo } = form;
      if (!backend && !api && !demo && !provided()) return undefined;
      const chosen = await backendOf({ backend, api, demo, locale: () => form.lang_, provided: provided() }, backends);
      return chosen.uploadAttachment?.bind(chosen);
    },
    {
      type: (n) => s().fileType(n),
      size: (n, bytes) => s().fileSize(n, megabytes(bytes, form.lang_)),
      count: (max) => s().fileCount(max),
      failed: (error) => errorMessage(form, reportFailure(form, error)),
    },
  );
}

const kb = (ctx: FieldContext, bytes = 0) => formatSize(bytes, ctx.locale);

function preview(uploads: AttachmentUploads, file: Attachment) {
  // only the image types a patient may attach get a preview (never SVG from a prefilled answer)
  if (!['image/png', 'image/jpeg', 'image/gif'].includes(file.contentType ?? '')) return nothing;
  const src = file.data ? `data:${file.contentType};base64,${file.data}` : uploads.previews.get(file.url ?? '');
  return src ? html`<img class="preview" src=${src} alt="" />` : nothing;
}

/** attachment: a file input (1–5 files), the files attached with previews, progress while sending. */
export function renderAttachmentField(ctx: FieldContext, node: FormNode, uploads: AttachmentUploads) {
  const d = node.definition;
  const { max, types, bytes } = attachmentLimits(node);
  const files = ctx.model.answersAt(node.path).map((a) => a.valueAttachment!).filter(Boolean);
  const pending = uploads.pending.get(node.path) ?? [];
  const problems = uploads.problems.get(node.path) ?? [];
  const id = ctx.id(node.path);
  const s = attachmentStrings[ctx.locale];
  const hint = s.files(max, megabytes(bytes, ctx.locale));
  const disabled = ctx.readonly || d.readOnly;
  return html`<label class="label" for=${id}>${labelText(ctx, node)}</label>${hintAndError(ctx, node, hint)}
    ${problems.length ? html`<div class="error-message" role="alert">${problems.map((p) => html`<p>${p}</p>`)}</div>` : nothing}
    ${disabled || files.length + pending.length >= max
      ? nothing
      : html`<input id=${id} class="file" type="file" accept=${types.join(',')} ?multiple=${max > 1} aria-invalid=${invalid(ctx, node)} aria-describedby=${describedBy(ctx, node, hint)}
          @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            void uploads.add(ctx.model, node, [...(input.files ?? [])]);
            input.value = '';
            ctx.touch(node);
          }} />`}
    <ul class="files" aria-live="polite">
      ${files.map(
        (file, i) => html`<li>
          ${preview(uploads, file)}<span class="file-name">${file.title} (${kb(ctx, file.size)})</span>
          ${disabled ? nothing : html`<button type="button" class="button quiet" @click=${() => uploads.remove(ctx.model, node, i)}>${s.removeFile(file.title ?? '')}</button>`}
        </li>`,
      )}
      ${pending.map((p) => html`<li><label>${s.uploading(p.name, p.percent)} <progress max="100" .value=${p.percent}></progress></label></li>`)}
    </ul>`;
}
