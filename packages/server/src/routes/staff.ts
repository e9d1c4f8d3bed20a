import { Hono } from 'hono';
import * as z from 'zod/mini';
import { Instant, Profession } from '@nara/contract';
import type { AppContext } from '../context.js';
import { personOf, requireStaff, type AuthEnv } from '../http/auth.js';
import { negotiateLocale } from '../http/locale.js';
import { jsonBody, validate } from '../http/problem.js';
import { staffForms } from '../seed/staff-forms.js';
import { resumeAfter, streamConversation } from './conversation-stream.js';
import { closeOutcome } from './close-outcome.js';

const Reply = z.object({ text: z.string().check(z.minLength(1), z.maxLength(4000)) });
const Handover = z.object({ to: Profession });
const SendForm = z.object({ formId: z.string().check(z.minLength(1), z.maxLength(100)) });
const VideoInvite = z.object({ startsAt: z.optional(Instant) });
const QueueQuery = z.object({ scope: z.optional(z.enum(['mine', 'all'])) });

/** The care team's side: `/v1/staff/...`, for staff tokens only, each limited to the staff member's clinic. */
export function staffRoutes(ctx: AppContext) {
  const staff = ctx.staff;
  return new Hono<AuthEnv>()
    .use(requireStaff(ctx.authenticate))
    .get('/me', (c) => {
      const p = personOf(c);
      return c.json({ id: p.id, name: p.name ?? p.id, profession: p.profession, clinic: p.clinic });
    })
    .get('/forms', (c) => {
      const locale = negotiateLocale(c.req.header('Accept-Language'));
      return c.json({ forms: staffForms.map((f) => ({ id: f.id, title: f.title[locale] })) });
    })
    .get('/queue', async (c) => {
      const { scope } = validate(QueueQuery, c.req.query());
      return c.json({ conversations: await staff.queue(personOf(c), scope ?? 'mine') });
    })
    .get('/conversations/:id', async (c) => c.json(await staff.get(personOf(c), c.req.param('id'))))
    .get('/conversations/:id/events', async (c) => {
      const id = c.req.param('id');
      const after = resumeAfter(c);
      await staff.openStream(personOf(c), id);
      if (!(c.req.header('Accept') ?? '').includes('text/event-stream')) {
        return c.json({ events: await ctx.store.conversations.listAfter(id, after, 1000) });
      }
      return streamConversation(c, ctx, id, after);
    })
    .post('/conversations/:id/take', async (c) => c.json(await staff.take(personOf(c), c.req.param('id'))))
    .post('/conversations/:id/messages', async (c) => {
      const { text } = await jsonBody(c, Reply);
      return c.json(await staff.reply(personOf(c), c.req.param('id'), text), 201);
    })
    .post('/conversations/:id/handover', async (c) => {
      const { to } = await jsonBody(c, Handover);
      return c.json(await staff.handOver(personOf(c), c.req.param('id'), to));
    })
    .post('/conversations/:id/forms', async (c) => {
      const { formId } = await jsonBody(c, SendForm);
      return c.json(await staff.sendForm(personOf(c), c.req.param('id'), formId), 201);
    })
    .post('/conversations/:id/video', async (c) => {
      const { startsAt } = await jsonBody(c, VideoInvite);
      return c.json(await staff.inviteToVideo(personOf(c), c.req.param('id'), startsAt), 201);
    })
    .post('/conversations/:id/close', async (c) => {
      const outcome = await closeOutcome(c);
      const closed = await staff.close(personOf(c), c.req.param('id'));
      if (outcome) await ctx.followUp.recordClose(closed.id, outcome);
      return c.json(closed);
    });
}
