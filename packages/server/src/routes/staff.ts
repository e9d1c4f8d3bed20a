import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { AppContext } from '../context.js';
import { personOf, requireStaff, type AuthEnv } from '../http/auth.js';
import { negotiateLocale } from '../http/locale.js';
import { jsonBody, validate } from '../http/problem.js';
import { staffForms } from '../seed/staff-forms.js';
import { resumeAfter, streamConversation } from './conversation-stream.js';
import { closeOutcome } from './close-outcome.js';

import {
  ConsultationReply,
  NewConsultation,
  NewStaffConversation,
  StaffVisitOffer,
  StaffHandover as Handover,
  StaffReply as Reply,
  StaffSendForm as SendForm,
  StaffVideoInvite as VideoInvite,
} from '@nara/contract/staff';
import { phrasesFor } from '../seed/phrases.js';
import { streamQueue } from './staff-queue-stream.js';

const QueueQuery = z.object({
  scope: z.optional(z.enum(['mine', 'all'])),
  /** Conversations per page: 1–100, default 50. */
  limit: z.optional(z.string().check(z.regex(/^(100|[1-9]\d?)$/))),
  /** Where the page starts: the `next` of the page before. */
  cursor: z.optional(z.string().check(z.regex(/^\d{1,6}$/))),
});

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
      const offered = ctx.settings.formsOf(personOf(c).clinic!);
      return c.json({ forms: staffForms.filter((f) => !offered || offered.includes(f.id)).map((f) => ({ id: f.id, title: f.title[locale], scored: !!f.scale })) });
    })
    .get('/phrases', (c) => {
      const clinic = personOf(c).clinic!;
      const locale = negotiateLocale(c.req.header('Accept-Language'));
      const phrases = ctx.clinics.has(clinic) ? ctx.settings.current(clinic).phrases.map((p) => ({ id: p.id, title: p.title[locale], text: p.text[locale] })) : phrasesFor(clinic, locale);
      return c.json({ phrases });
    })
    .get('/queue', async (c) => {
      const { scope, limit, cursor } = validate(QueueQuery, c.req.query());
      if ((c.req.header('Accept') ?? '').includes('text/event-stream')) return streamQueue(c, ctx, personOf(c), scope ?? 'mine');
      const page = await staff.queue(personOf(c), scope ?? 'mine', { offset: Number(cursor ?? 0), limit: Number(limit ?? 50) });
      const consultations = await ctx.consultations.mine(personOf(c));
      return c.json({ conversations: page.conversations, consultations, ...(page.next !== undefined ? { next: String(page.next) } : {}) });
    })
    .get('/consultations', async (c) => c.json({ consultations: await ctx.consultations.mine(personOf(c)) }))
    .post('/consultations/:id/answer', async (c) => {
      const { text } = await jsonBody(c, ConsultationReply);
      return c.json(await ctx.consultations.answer(personOf(c), c.req.param('id'), text));
    })
    .get('/conversations/:id/consultations', async (c) => c.json({ consultations: await ctx.consultations.forErrand(personOf(c), c.req.param('id')) }))
    .post('/conversations/:id/consultations', async (c) => {
      const request = await jsonBody(c, NewConsultation);
      return c.json(await ctx.consultations.ask(personOf(c), c.req.param('id'), request), 201);
    })
    .post('/conversations/:id/visit-offers', async (c) => {
      const { slotIds } = await jsonBody(c, StaffVisitOffer);
      return c.json(await ctx.visitOffers.offer(personOf(c), c.req.param('id'), slotIds), 201);
    })
    .post('/conversations', async (c) => {
      const request = await jsonBody(c, NewStaffConversation);
      const started = await staff.start(personOf(c), request, negotiateLocale(c.req.header('Accept-Language')));
      c.header('Location', `/v1/staff/conversations/${started.id}`);
      return c.json(started, 201);
    })
    .get('/conversations/:id/report', async (c) =>
      c.json(await staff.report(personOf(c), c.req.param('id'), negotiateLocale(c.req.header('Accept-Language')))),
    )
    .get('/attachments/:id', async (c) => {
      const record = await staff.attachment(personOf(c), c.req.param('id'));
      return new Response(record.bytes as Uint8Array<ArrayBuffer>, {
        headers: {
          'Content-Type': record.contentType,
          'Content-Length': String(record.size),
          'Content-Disposition': `inline; filename*=UTF-8''${encodeURIComponent(record.title)}`,
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'private, no-store',
        },
      });
    })
    .get('/conversations/:id', async (c) => c.json(await staff.get(personOf(c), c.req.param('id'))))
    .get('/conversations/:id/events', async (c) => {
      const id = c.req.param('id');
      const after = resumeAfter(c);
      await staff.openStream(personOf(c), id);
      if (!(c.req.header('Accept') ?? '').includes('text/event-stream')) {
        return c.json({ events: await ctx.store.conversations.listAfter(id, after, 1000) });
      }
      return streamConversation(c, ctx, id, after, personOf(c));
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
      const { kind, coded } = await closeOutcome(c);
      const closed = await staff.close(personOf(c), c.req.param('id'), kind);
      if (coded) await ctx.followUp.recordClose(closed.id, coded);
      return c.json(closed);
    });
}
