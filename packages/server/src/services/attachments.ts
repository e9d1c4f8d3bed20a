import { MAX_ATTACHMENT_BYTES, type AttachmentType, type StoredAttachment } from '@nara/contract';
import { HttpProblem } from '../http/problem.js';
import type { AttachmentRecord, Store } from '../stores/store.js';
import { DEFAULT_QUOTAS, quotaExceeded, type Quotas } from './quotas.js';

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

const EXTENSIONS: Record<AttachmentType, { ext: string; also?: string[] }> = {
  'application/pdf': { ext: 'pdf' },
  'image/jpeg': { ext: 'jpg', also: ['jpeg', 'jpe'] },
  'image/png': { ext: 'png' },
  'image/gif': { ext: 'gif' },
};

/**
 * A file name fit to keep as a title: no path, no control characters, at most 255 characters, and
 * the extension of the type the bytes really are (`report.html` holding a PNG is kept as `report.png`).
 */
export function cleanTitle(name: string, type: AttachmentType): string {
  const { ext, also = [] } = EXTENSIONS[type];
  const base = (name.split(/[\\/]/).pop() ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
    .replace(/^\.+/, '');
  const dot = base.lastIndexOf('.');
  const current = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
  if (base && (current === ext || also.includes(current))) return base.slice(-255);
  const stem = (dot > 0 ? base.slice(0, dot) : base) || 'fil';
  return `${stem.slice(0, 250)}.${ext}`;
}

/** Files people attach to answers and messages: checked by their bytes, kept per owner. */
export class AttachmentService {
  /** Uploads streaming in now, per person (this process). */
  private readonly inFlight = new Map<string, number>();
  /** When unreferenced files were last swept (ms). */
  private sweptAt = -Infinity;

  constructor(
    private readonly store: Store,
    private readonly now: () => Date = () => new Date(),
    private readonly quotas: Pick<Quotas, 'storedBytes' | 'concurrentUploads' | 'unreferencedFileHours'> = DEFAULT_QUOTAS,
  ) {}

  /**
   * Runs one upload of `owner`'s, refusing it (429) when they already have as many streaming in as
   * allowed: call it before reading the body, so a refused upload costs nothing.
   */
  async oneUpload<T>(owner: string, upload: () => Promise<T>): Promise<T> {
    const running = this.inFlight.get(owner) ?? 0;
    if (running >= this.quotas.concurrentUploads) {
      throw new HttpProblem(429, 'rate-limited', `At most ${this.quotas.concurrentUploads} uploads at a time; wait for one to finish`);
    }
    this.inFlight.set(owner, running + 1);
    try {
      return await upload();
    } finally {
      const left = (this.inFlight.get(owner) ?? 1) - 1;
      if (left > 0) this.inFlight.set(owner, left);
      else this.inFlight.delete(owner);
    }
  }

  /** Deletes files nobody referred to within `unreferencedFileHours`; at most once a minute, on the way in of an upload. */
  async sweep(): Promise<number> {
    const now = this.now().getTime();
    if (now - this.sweptAt < 60_000) return 0;
    this.sweptAt = now;
    return this.store.attachments.deleteUnreferenced(new Date(now - this.quotas.unreferencedFileHours * 3_600_000).toISOString());
  }

  async save(owner: string, name: string, bytes: Uint8Array, url: (id: string) => string): Promise<StoredAttachment> {
    if (bytes.byteLength > MAX_ATTACHMENT_BYTES) throw new HttpProblem(413, 'too-large', `The file is larger than ${MAX_ATTACHMENT_BYTES / 1e6} MB`);
    if (bytes.byteLength === 0) throw new HttpProblem(422, 'invalid', 'The file is empty');
    const contentType = sniffType(bytes);
    if (!contentType) throw new HttpProblem(415, 'unsupported-type', 'Only PDF, JPG, PNG and GIF files can be attached');
    const record: AttachmentRecord = { id: crypto.randomUUID(), owner, contentType, title: cleanTitle(name, contentType), size: bytes.byteLength, creation: this.now().toISOString(), bytes };
    await this.sweep();
    if (!(await this.store.attachments.put(record, { bytes: this.quotas.storedBytes }))) {
      throw quotaExceeded(`Your stored files may take at most ${Math.floor(this.quotas.storedBytes / 1024 / 1024) || 1} MB; files you did not send are removed after ${this.quotas.unreferencedFileHours} hours`);
    }
    return { id: record.id, contentType, size: record.size, title: record.title, url: url(record.id), creation: record.creation };
  }

  /** Whose file an id names (undefined: none), for the access log. */
  async ownerOf(id: string): Promise<string | undefined> {
    return (await this.store.attachments.get(id))?.owner;
  }

  /** The file, when it exists and belongs to `owner` (anyone else gets 404, not 403: ids are not confirmed). */
  async get(owner: string, id: string): Promise<AttachmentRecord> {
    const record = await this.store.attachments.get(id);
    if (!record || record.owner !== owner) throw new HttpProblem(404, 'not-found', 'No such file');
    return record;
  }
}
