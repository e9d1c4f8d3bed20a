import { MAX_ATTACHMENT_BYTES, type AttachmentType, type StoredAttachment } from '@nara/contract';
import { HttpProblem } from '../http/problem.js';
import type { AttachmentRecord, Store } from '../stores/store.js';

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The type a file really is, from its first bytes; undefined when it is none of the accepted types. */
export function sniffType(bytes: Uint8Array): AttachmentType | undefined {
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif';
  return undefined;
}

/** A file name fit to keep as a title: no path, no control characters, at most 255 characters. */
export function cleanTitle(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  return base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 255) || 'fil';
}

/** Files people attach to answers and messages: checked by their bytes, kept per owner. */
export class AttachmentService {
  constructor(private readonly store: Store) {}

  async save(owner: string, name: string, bytes: Uint8Array, url: (id: string) => string): Promise<StoredAttachment> {
    if (bytes.byteLength > MAX_ATTACHMENT_BYTES) throw new HttpProblem(413, 'too-large', `The file is larger than ${MAX_ATTACHMENT_BYTES / 1e6} MB`);
    if (bytes.byteLength === 0) throw new HttpProblem(422, 'invalid', 'The file is empty');
    const contentType = sniffType(bytes);
    if (!contentType) throw new HttpProblem(415, 'unsupported-type', 'Only PDF, JPG, PNG and GIF files can be attached');
    const record: AttachmentRecord = { id: crypto.randomUUID(), owner, contentType, title: cleanTitle(name), size: bytes.byteLength, creation: new Date().toISOString(), bytes };
    await this.store.attachments.put(record);
    return { id: record.id, contentType, size: record.size, title: record.title, url: url(record.id), creation: record.creation };
  }

  /** The file, when it exists and belongs to `owner` (anyone else gets 404, not 403: ids are not confirmed). */
  async get(owner: string, id: string): Promise<AttachmentRecord> {
    const record = await this.store.attachments.get(id);
    if (!record || record.owner !== owner) throw new HttpProblem(404, 'not-found', 'No such file');
    return record;
  }
}
