import { HttpProblem } from './problem.js';

const CRLF = [13, 10];
const enc = new TextEncoder();

/**
 * Where `needle` first occurs in `haystack` at or after `from`; -1 when it does not. Boyer–Moore–Horspool:
 * with a boundary of 40-odd bytes it looks at about one byte in forty, so scanning a 10 MB upload
 * costs little event-loop time (a byte-by-byte scan was most of an upload's CPU).
 */
function indexOf(haystack: Uint8Array, needle: Uint8Array, from = 0): number {
  const m = needle.length;
  const last = m - 1;
  const skip = new Int32Array(256).fill(m);
  for (let k = 0; k < last; k++) skip[needle[k]] = last - k;
  for (let i = from; i <= haystack.length - m; i += skip[haystack[i + last]]) {
    let j = last;
    while (j >= 0 && haystack[i + j] === needle[j]) j--;
    if (j < 0) return i;
  }
  return -1;
}

const join = (a: Uint8Array, b: Uint8Array) => {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
};

/** The boundary of a `multipart/form-data` Content-Type, or undefined. */
export function boundaryOf(contentType: string | undefined): string | undefined {
  const match = /^multipart\/form-data\s*;(?:.*;)?\s*boundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(contentType ?? '');
  return match?.[1] ?? match?.[2];
}

function fileNameOf(headers: string): string | undefined {
  const star = /filename\*\s*=\s*UTF-8''([^;\r\n]+)/i.exec(headers);
  if (star) {
    try {
      return decodeURIComponent(star[1]);
    } catch {
      /* fall back to the plain parameter */
    }
  }
  const plain = /filename\s*=\s*"((?:[^"\\]|\\.)*)"/i.exec(headers) ?? /filename\s*=\s*([^;\r\n]+)/i.exec(headers);
  return plain ? plain[1].replace(/%22/g, '"').replace(/\\(.)/g, '$1') : undefined;
}

/**
 * Reads the part named `field` (a file) of a multipart/form-data body as it streams in: chunk by
 * chunk, each scanned once for the boundary, handing the event loop back every 256 KB. A 10 MB
 * upload never holds it for longer than one chunk's work (the platform's `formData()` parses the
 * whole body in one go). 413 past `maxBytes`; 400 when the body is not multipart as declared.
 */
export async function readFilePart(body: ReadableStream<Uint8Array> | null, boundary: string, field: string, maxBytes: number, tooLarge: () => HttpProblem): Promise<{ name: string; bytes: Uint8Array } | null> {
  if (!body) return null;
  const delimiter = enc.encode(`\r\n--${boundary}`);
  const malformed = () => new HttpProblem(400, 'invalid', 'The body is not valid multipart/form-data');
  let pending: Uint8Array = new Uint8Array(CRLF); // the first delimiter has no CRLF before it: pretend it has
  let state: 'preamble' | 'after-delimiter' | 'headers' | 'content' | 'done' = 'preamble';
  let part: { name?: string; filename?: string } = {};
  let chunks: Uint8Array[] = [];
  let size = 0;
  let found: { name: string; bytes: Uint8Array } | null = null;
  let sinceYield = 0;
  const reader = body.getReader();
  const keep = (bytes: Uint8Array) => {
    if (part.name !== field || part.filename === undefined || found || bytes.length === 0) return;
    size += bytes.length;
    if (size > maxBytes) throw tooLarge();
    chunks.push(bytes); // a view of a buffer made for this chunk alone: nothing else writes to it
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      pending = join(pending, value);
      sinceYield += value.length;
      for (let progressed = true; progressed; ) {
        progressed = false;
        if (state === 'preamble' || state === 'content') {
          const at = indexOf(pending, delimiter);
          if (at === -1) {
            // Everything but a possible start of the delimiter belongs to the part.
            const safe = Math.max(0, pending.length - delimiter.length + 1);
            if (state === 'content') keep(pending.subarray(0, safe));
            pending = pending.slice(safe);
            break;
          }
          if (state === 'content') {
            keep(pending.subarray(0, at));
            if (part.name === field && part.filename !== undefined && !found) {
              const bytes = new Uint8Array(size);
              let offset = 0;
              for (const chunk of chunks) {
                bytes.set(chunk, offset);
                offset += chunk.length;
              }
              found = { name: part.filename, bytes };
              chunks = [];
            }
          }
          pending = pending.slice(at + delimiter.length);
          state = 'after-delimiter';
          progressed = true;
        } else if (state === 'after-delimiter') {
          if (pending.length < 2) break;
          if (pending[0] === 45 && pending[1] === 45) state = 'done';
          else {
            const lineEnd = indexOf(pending, new Uint8Array(CRLF));
            if (lineEnd === -1) {
              if (pending.length > 256) throw malformed();
              break;
            }
            pending = pending.slice(lineEnd + 2);
            state = 'headers';
            progressed = true;
          }
        } else if (state === 'headers') {
          const end = indexOf(pending, new Uint8Array([13, 10, 13, 10]));
          if (end === -1) {
            if (pending.length > 16 * 1024) throw malformed();
            break;
          }
          const headers = new TextDecoder().decode(pending.subarray(0, end));
          part = { name: /name\s*=\s*"([^"]*)"/i.exec(headers.replace(/filename\*?\s*=\s*("[^"]*"|[^;\r\n]*)/gi, ''))?.[1], filename: fileNameOf(headers) };
          pending = pending.slice(end + 4);
          state = 'content';
          progressed = true;
        }
      }
      if (state === 'done') break;
      if (sinceYield >= 256 * 1024) {
        sinceYield = 0;
        await new Promise((resolve) => setTimeout(resolve, 0)); // let other requests in
      }
    }
  } finally {
    reader.releaseLock();
  }
  if (state !== 'done') throw malformed();
  return found;
}
