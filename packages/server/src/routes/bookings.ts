import { Hono } from 'hono';
import { BookingChange, BookingRequest, SlotQuery } from '@nara/contract';
import type { AppContext } from '../context.js';
import { logOwnCollection, logRecord } from '../http/access-log.js';
import { personOf, requirePatient, type AuthEnv } from '../http/auth.js';
import { negotiateLocale } from '../http/locale.js';
import { HttpProblem, jsonBody, validate } from '../http/problem.js';

/** Free slots (public) and the person's bookings (signed in). */
export function bookingRoutes(ctx: AppContext) {
  const locale = (header: string | undefined) => negotiateLocale(header);
  const bookingOwner = logRecord(ctx, 'booking', async (id) => (await ctx.store.bookings.get(id))?.person);
  return new Hono<AuthEnv>()
    .get('/slots', async (c) => {
      const query = validate(SlotQuery, c.req.query());
      const slots = await ctx.bookings.freeSlots(query);
      return c.json({ slots, visitInfo: ctx.bookings.visitInfo(query.clinic, locale(c.req.header('Accept-Language'))) });
    })
    .use('/bookings', requirePatient(ctx.authenticate))
    .use('/bookings/*', requirePatient(ctx.authenticate))
    // Every read and write of the person's bookings goes to the access log first.
    .use('/bookings', logOwnCollection(ctx, 'bookings'))
    .use('/bookings/:id', bookingOwner)
    .use('/bookings/:id/*', bookingOwner)
    .post('/bookings', async (c) => {
      const request = await jsonBody(c, BookingRequest);
      const key = c.req.header('Idempotency-Key');
      if (key !== undefined && (key.length === 0 || key.length > 200)) {
        throw new HttpProblem(422, 'invalid', 'Idempotency-Key must be 1–200 characters', [{ path: 'Idempotency-Key', message: 'length' }]);
      }
      const { booking, replayed } = await ctx.bookings.book(personOf(c).id, request, key, locale(c.req.header('Accept-Language')));
      c.header('Location', `/v1/bookings/${encodeURIComponent(booking.id)}`);
      if (replayed) c.header('Idempotent-Replayed', 'true');
      return c.json(booking, 201);
    })
    .get('/bookings', async (c) => c.json({ bookings: await ctx.bookings.list(personOf(c).id, locale(c.req.header('Accept-Language'))) }))
    .get('/bookings/:id', async (c) => c.json(await ctx.bookings.get(personOf(c).id, c.req.param('id'), locale(c.req.header('Accept-Language')))))
    .delete('/bookings/:id', async (c) =>
      c.json(await ctx.bookings.cancel(personOf(c).id, c.req.param('id'), locale(c.req.header('Accept-Language')))),
    )
    .patch('/bookings/:id', async (c) => {
      const change = await jsonBody(c, BookingChange);
      return c.json(await ctx.bookings.reschedule(personOf(c).id, c.req.param('id'), change.slotId, locale(c.req.header('Accept-Language'))));
    })
    .get('/bookings/:id/calendar', async (c) => {
      const file = await ctx.bookings.calendar(personOf(c).id, c.req.param('id'), locale(c.req.header('Accept-Language')));
      return c.body(file, 200, {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': `attachment; filename="booking.ics"`,
      });
    });
}
