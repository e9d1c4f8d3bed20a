import { ATTACHMENT_TYPES, MAX_ATTACHMENTS, MAX_ATTACHMENT_BYTES, type AttachmentRef } from '@nara/contract';
import type { ChatStrings } from './strings.js';

/** The largest file a message may carry. */
export const MAX_FILE_BYTES = MAX_ATTACHMENT_BYTES;

const EXTENSIONS: Record<string, (typeof ATTACHMENT_TYPES)[number]> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
};

/** The `accept` attribute of the file picker. */
export const ACCEPT = '.pdf,.jpg,.jpeg,.png,.gif,application/pdf,image/jpeg,image/png,image/gif';

/** A file the patient picked for the next message. */
export interface PendingFile {
  key: string;
  file: File;
  contentType: AttachmentRef['contentType'];
  /** An object URL for an image preview (revoked when the file is removed or sent). */
  preview?: string;
  /** 0–1 while uploading. */
  progress?: number;
  /** Set once uploaded. */
  ref?: AttachmentRef;
}

/** The contract content type of a file, from its MIME type or, when the browser gives none, its extension. */
export function contentTypeOf(file: File): AttachmentRef['contentType'] | undefined {
  const declared = (ATTACHMENT_TYPES as readonly string[]).includes(file.type) ? (file.type as AttachmentRef['contentType']) : undefined;
  const extension = EXTENSIONS[file.name.split('.').pop()?.toLowerCase() ?? ''];
  if (file.type && !declared) return undefined;
  // Both known: they must agree (a .pdf claiming to be an image is refused).
  if (declared && extension && declared !== extension) return undefined;
  return declared ?? extension;
}

/** Which of `files` may join the `existing` ones, and a message for each that may not. */
export function pickFiles(existing: PendingFile[], files: File[], t: ChatStrings): { accepted: PendingFile[]; errors: string[] } {
  const accepted: PendingFile[] = [];
  const errors: string[] = [];
  for (const file of files) {
    const contentType = contentTypeOf(file);
    if (!contentType) errors.push(t.fileType(file.name));
    else if (file.size > MAX_FILE_BYTES) errors.push(t.fileSize(file.name));
    else if (file.size === 0) errors.push(t.fileEmpty(file.name));
    else if (existing.length + accepted.length >= MAX_ATTACHMENTS) {
      if (!errors.includes(t.fileCount)) errors.push(t.fileCount);
    } else {
      accepted.push({
        key: crypto.randomUUID(),
        file,
        contentType,
        ...(contentType.startsWith('image/') ? { preview: URL.createObjectURL(file) } : {}),
      });
    }
  }
  return { accepted, errors };
}

export { formatSize } from '../base/format-size.js';
