import { Hono } from 'hono';
import { BookingChange, BookingRequest, SlotQuery } from '@nara/contract';
import type { AppContext } from '../context.js';
import { personOf, requirePatient, type AuthEnv } from '../http/auth.js';
import { idempotencyKey } from '../http/idempotency.js';
import { negotiateLocale } from '../http/locale.js';
import { patientAccessLog } from '../http/patient-access.js';
import { jsonBody, validate } from '../http/problem.js';

const locale = (header: string | undefined) => negotiateLocale(header);

/** `/slots`: free slots, public. */
export function slotRoutes(ctx: AppContext) {
  return new Hono().get('/', async (c) => {
    const query = validate(SlotQuery, c.req.query());
    const slots = await ctx.bookings.freeSlots(query);
    return c.json({ slots, visitInfo: ctx.bookings.visitInfo(query.clinic, locale(c.req.header('Accept-Language'))) });
  });
}

/** `/bookings`: the person's bookings, signed in; every read and write goes to the access log first. */
export function bookingRoutes(ctx: AppContext) {
  return new Hono<AuthEnv>()
    .use(requirePatient(ctx.authenticate), patientAccessLog(ctx.access, 'bookings', 'booking', async (id) => (await ctx.store.bookings.get(id))?.person))
    .post('/', async (c) => {
      const key = idempotencyKey(c);
      const request = await jsonBody(c, BookingRequest);
      const { booking, replayed } = await ctx.bookings.book(personOf(c).id, request, key, locale(c.req.header('Accept-Language')));
      c.header('Location', `/v1/bookings/${encodeURIComponent(booking.id)}`);
      if (replayed) c.header('Idempotent-Replayed', 'true');
      return c.json(booking, 201);
    })
    .get('/', async (c) => c.json({ bookings: await ctx.bookings.list(personOf(c).id, locale(c.req.header('Accept-Language'))) }))
    .get('/:id', async (c) => c.json(await ctx.bookings.get(personOf(c).id, c.req.param('id'), locale(c.req.header('Accept-Language')))))
    .delete('/:id', async (c) =>
      c.json(await ctx.bookings.cancel(personOf(c).id, c.req.param('id'), locale(c.req.header('Accept-Language')))),
    )
    .patch('/:id', async (c) => {
      const change = await jsonBody(c, BookingChange);
      return c.json(await ctx.bookings.reschedule(personOf(c).id, c.req.param('id'), change.slotId, locale(c.req.header('Accept-Language'))));
    })
    .get('/:id/calendar', async (c) => {
      const file = await ctx.bookings.calendar(personOf(c).id, c.req.param('id'), locale(c.req.header('Accept-Language')));
      return c.body(file, 200, {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': `attachment; filename="booking.ics"`,
      });
    });
}
