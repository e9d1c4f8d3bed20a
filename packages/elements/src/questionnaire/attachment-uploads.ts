import { ATTACHMENT_TYPES, MAX_ATTACHMENTS_PER_ITEM, MAX_ATTACHMENT_BYTES, type StoredAttachment, type UploadOptions } from '@nara/contract';
import type { Attachment, FormModel, FormNode } from '@nara/fhir';

export type Uploader = (file: File, options: UploadOptions) => Promise<StoredAttachment>;

interface Pending {
  name: string;
  percent: number;
}

/** The limits of an attachment item: how many files, which types, how large. */
export function attachmentLimits(node: FormNode) {
  const d = node.definition;
  return {
    max: d.repeats ? Math.min(MAX_ATTACHMENTS_PER_ITEM, d.maxOccurs ?? MAX_ATTACHMENTS_PER_ITEM) : 1,
    types: d.mimeTypes.length ? d.mimeTypes.filter((t) => (ATTACHMENT_TYPES as readonly string[]).includes(t)) : [...ATTACHMENT_TYPES],
    bytes: Math.min(d.maxSize ?? MAX_ATTACHMENT_BYTES, MAX_ATTACHMENT_BYTES),
  };
}

/**
 * Files being attached to a form's items: checked (count, type, size), then uploaded through the
 * backend with progress, or read into the answer as base64 when there is no backend.
 */
export class AttachmentUploads {
  readonly pending = new Map<string, Pending[]>();
  readonly problems = new Map<string, string[]>();
  /** Object URLs of uploaded images, for previews. */
  readonly previews = new Map<string, string>();

  constructor(
    private readonly update: () => void,
    private readonly uploader: () => Promise<Uploader | undefined>,
    private readonly messages: { type(name: string): string; size(name: string, bytes: number): string; count(max: number): string; failed(error: unknown): string },
  ) {}

  async add(model: FormModel, node: FormNode, files: File[]): Promise<void> {
    const { max, types, bytes } = attachmentLimits(node);
    const problems: string[] = [];
    const room = max - model.answersAt(node.path).length - (this.pending.get(node.path)?.length ?? 0);
    if (files.length > room) problems.push(this.messages.count(max));
    const accepted = files.slice(0, Math.max(0, room)).filter((file) => {
      if (!types.includes(file.type)) return problems.push(this.messages.type(file.name)) && false;
      if (file.size > bytes) return problems.push(this.messages.size(file.name, bytes)) && false;
      return true;
    });
    this.problems.set(node.path, problems);
    this.update();
    const upload = await this.uploader().catch(() => undefined);
    await Promise.all(
      accepted.map(async (file) => {
        const pending: Pending = { name: file.name, percent: 0 };
        this.pending.set(node.path, [...(this.pending.get(node.path) ?? []), pending]);
        this.update();
        try {
          const attachment = upload ? await this.send(upload, file, pending) : await inline(file);
          model.setAnswers(node.path, [...model.answersAt(node.path), { valueAttachment: attachment }]);
        } catch (error) {
          this.problems.set(node.path, [...(this.problems.get(node.path) ?? []), this.messages.failed(error)]);
        } finally {
          this.pending.set(node.path, (this.pending.get(node.path) ?? []).filter((p) => p !== pending));
          this.update();
        }
      }),
    );
  }

  remove(model: FormModel, node: FormNode, index: number): void {
    const answers = model.answersAt(node.path).filter((_, i) => i !== index);
    this.problems.delete(node.path);
    model.setAnswers(node.path, answers);
  }

  private async send(upload: Uploader, file: File, pending: Pending): Promise<Attachment> {
    const stored = await upload(file, {
      onProgress: (fraction) => {
        pending.percent = Math.round(fraction * 100);
        this.update();
      },
    });
    if (stored.contentType.startsWith('image/')) this.previews.set(stored.url, URL.createObjectURL(file));
    return { contentType: stored.contentType, url: stored.url, title: stored.title, size: stored.size, creation: stored.creation };
  }
}

/** The file inside the answer, base64, for forms without a backend. */
async function inline(file: File): Promise<Attachment> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { contentType: file.type, data: btoa(binary), title: file.name, size: file.size, creation: new Date().toISOString() };
}
