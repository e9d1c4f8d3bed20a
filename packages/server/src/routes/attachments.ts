import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { MAX_ATTACHMENT_BYTES } from '@nara/contract';
import type { AppContext } from '../context.js';
import { personOf, requirePatient, type AuthEnv } from '../http/auth.js';
import { patientAccessLog } from '../http/patient-access.js';
import { boundaryOf, readFilePart } from '../http/multipart.js';
import { HttpProblem } from '../http/problem.js';

/** Room for the multipart envelope around the file. */
const ENVELOPE_BYTES = 16 * 1024;

const tooLarge = () => new HttpProblem(413, 'too-large', `The file is larger than ${MAX_ATTACHMENT_BYTES / 1e6} MB`);

/** `/attachments`: the person's files; every upload and download goes to the access log first. */
export function attachmentRoutes(ctx: AppContext) {
  return new Hono<AuthEnv>()
    .use(requirePatient(ctx.authenticate), patientAccessLog(ctx.access, 'attachments', 'attachment', (id) => ctx.attachments.ownerOf(id)))
    .post(
      '/',
      // At most `concurrentUploads` of one person's uploads stream in at once: checked before any byte is read.
      async (c, next) => ctx.attachments.oneUpload(personOf(c).id, () => next()),
      // stops reading a body that grows past the limit, whatever Content-Length said
      bodyLimit({
        maxSize: MAX_ATTACHMENT_BYTES + ENVELOPE_BYTES,
        onError: () => {
          throw tooLarge();
        },
      }),
      async (c) => {
        const boundary = boundaryOf(c.req.header('Content-Type'));
        if (!boundary) throw new HttpProblem(415, 'unsupported-type', 'Send the file as multipart/form-data with a part named "file"');
        // Read as it streams in, never parsed in one go: an upload does not hold up other requests.
        const file = await readFilePart(c.req.raw.body, boundary, 'file', MAX_ATTACHMENT_BYTES, tooLarge);
        if (!file) throw new HttpProblem(422, 'invalid', 'The part "file" is missing', [{ path: 'file', message: 'Required' }]);
        const bytes = file.bytes;
        const self = c.req.url.replace(/[?#].*$/, '').replace(/\/+$/, '');
        const stored = await ctx.attachments.save(personOf(c).id, file.name, bytes, (id) => `${self}/${id}`);
        return c.json(stored, 201, { Location: stored.url });
      },
    )
    .get('/:id', async (c) => {
      const record = await ctx.attachments.get(personOf(c).id, c.req.param('id'));
      return new Response(record.bytes as Uint8Array<ArrayBuffer>, {
        headers: {
          'Content-Type': record.contentType,
          'Content-Length': String(record.size),
          'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(record.title)}`,
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'private, no-store',
        },
      });
    });
}
