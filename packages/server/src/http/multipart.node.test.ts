import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { boundaryOf, readFilePart } from './multipart.js';
import { HttpProblem } from './problem.js';

const enc = new TextEncoder();
const BOUNDARY = '----NaraBoundary7MA4YWxkTrZu0gW';

function body(parts: { name: string; filename?: string; bytes: Uint8Array }[], boundary = BOUNDARY): Uint8Array {
  const pieces: Uint8Array[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.name}"${part.filename === undefined ? '' : `; filename="${part.filename}"`}`;
    pieces.push(enc.encode(`--${boundary}\r\nContent-Disposition: ${disposition}\r\nContent-Type: application/octet-stream\r\n\r\n`), part.bytes, enc.encode('\r\n'));
  }
  pieces.push(enc.encode(`--${boundary}--\r\n`));
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of pieces) (out.set(p, at), (at += p.length));
  return out;
}

/** The body as a stream of `size`-byte chunks, as a socket may deliver it. */
const streamOf = (bytes: Uint8Array, size: number) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < bytes.length; i += size) controller.enqueue(bytes.slice(i, i + size));
      controller.close();
    },
  });

const tooLarge = () => new HttpProblem(413, 'too-large', 'too large');
const read = (bytes: Uint8Array, size: number, max = 1_000_000) => readFilePart(streamOf(bytes, size), BOUNDARY, 'file', max, tooLarge);

/** Bytes that look like the boundary without being it, and every byte value. */
function trickyFile(length: number): Uint8Array {
  const near = enc.encode(`\r\n--${BOUNDARY.slice(0, -1)}X\r\n--${BOUNDARY.slice(0, 10)}\r\n\r\n--`);
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = (i * 2654435761) >>> 24;
  for (let at = 100; at + near.length < length; at += 997) out.set(near, at);
  return out;
}

describe('reading the file part of a multipart body as it streams in', () => {
  it('finds the boundary however the body is cut into chunks, and keeps every byte of the file', async () => {
    const file = trickyFile(50_000);
    const bytes = body([{ name: 'note', bytes: enc.encode('hej') }, { name: 'file', filename: 'bild.png', bytes: file }]);
    for (const size of [1, 2, 7, 41, 1000, 65_536, bytes.length]) {
      const part = await read(bytes, size);
      assert.equal(part?.name, 'bild.png', `chunks of ${size}`);
      assert.deepEqual(part?.bytes, file, `chunks of ${size}`);
    }
  });

  it('reads an empty file, and says when there is no file part', async () => {
    assert.deepEqual((await read(body([{ name: 'file', filename: 'tom.png', bytes: new Uint8Array() }]), 5))?.bytes, new Uint8Array());
    assert.equal(await read(body([{ name: 'file', bytes: enc.encode('a field, not a file') }]), 5), null);
    assert.equal(await read(body([{ name: 'other', filename: 'x.png', bytes: enc.encode('x') }]), 5), null);
  });

  it('413 past the limit, 400 for a body that is not multipart as declared', async () => {
    await assert.rejects(read(body([{ name: 'file', filename: 'stor.png', bytes: new Uint8Array(2001) }]), 100, 2000), (e: HttpProblem) => e.status === 413);
    const cut = body([{ name: 'file', filename: 'a.png', bytes: enc.encode('abc') }]);
    await assert.rejects(read(cut.slice(0, cut.length - 20), 8), (e: HttpProblem) => e.status === 400);
    await assert.rejects(read(enc.encode('not multipart at all'), 4), (e: HttpProblem) => e.status === 400);
  });

  it('takes the boundary from the Content-Type, quoted or not', () => {
    assert.equal(boundaryOf(`multipart/form-data; boundary=${BOUNDARY}`), BOUNDARY);
    assert.equal(boundaryOf('multipart/form-data; charset=utf-8; boundary="a b"'), 'a b');
    assert.equal(boundaryOf('application/json'), undefined);
  });
});
