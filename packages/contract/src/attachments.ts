import * as z from 'zod/mini';
import { Id, Instant } from './common.js';
import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES } from './attachment-limits.js';

export * from './attachment-limits.js';

export const AttachmentType = z.enum(ATTACHMENT_TYPES);
export type AttachmentType = z.infer<typeof AttachmentType>;

/**
 * `POST /v1/attachments` body: `multipart/form-data` with one part `file` (the file; its name is
 * kept as the title). Described here for the OpenAPI document.
 */
export const AttachmentUpload = z.object({ file: z.string().register(z.globalRegistry, { format: 'binary' }) });

/** A stored file: what a QuestionnaireResponse's `valueAttachment` or a chat message points to. */
export const StoredAttachment = z.object({
  id: Id,
  /** The type the server found in the file's bytes (not the one the browser claimed). */
  contentType: AttachmentType,
  size: z.number().check(z.int(), z.minimum(1), z.maximum(MAX_ATTACHMENT_BYTES)),
  title: z.string().check(z.maxLength(255)),
  /** Where the file can be fetched (with the same person's token). */
  url: z.string().check(z.maxLength(2000)),
  creation: Instant,
});
export type StoredAttachment = z.infer<typeof StoredAttachment>;
