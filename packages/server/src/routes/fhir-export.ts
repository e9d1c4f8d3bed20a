import { Hono } from 'hono';
import type { AppContext } from '../context.js';
import { personOf, requireStaff, type AuthEnv } from '../http/auth.js';
import { errandBundle } from '../services/fhir-export.js';

/**
 * `GET /v1/staff/conversations/{id}/fhir`: the errand as a FHIR R4 Bundle for the record system
 * (`application/fhir+json`). Staff of the errand's clinic only (404 otherwise); the read is in the
 * access log.
 */
export function fhirExportRoutes(ctx: AppContext) {
  return new Hono<AuthEnv>().use('/conversations/:id/fhir', requireStaff(ctx.authenticate)).get('/conversations/:id/fhir', async (c) => {
    const id = c.req.param('id');
    await ctx.staff.get(personOf(c), id); // clinic check and the access-log entry
    const conversation = (await ctx.store.conversations.get(id))!;
    const bundle = errandBundle({
      conversation,
      events: await ctx.store.conversations.listAfter(id, 0, 10_000),
      triage: conversation.assessmentId ? await ctx.store.cases.get(conversation.assessmentId) : null,
      followUp: await ctx.store.followUp.get(id),
      attachmentUrl: (attachment) => new URL(`/v1/staff/attachments/${encodeURIComponent(attachment)}`, c.req.url).href,
      now: ctx.now(),
    });
    c.header('Content-Type', 'application/fhir+json; charset=utf-8');
    return c.body(JSON.stringify(bundle));
  });
}
