import { Hono } from 'hono';
import type { AppContext } from '../context.js';
import { negotiateLocale } from '../http/locale.js';

export function clinicRoutes(ctx: AppContext) {
  return new Hono().get('/:clinic', (c) =>
    c.json(ctx.clinics.get(c.req.param('clinic'), negotiateLocale(c.req.header('Accept-Language')))),
  );
}
