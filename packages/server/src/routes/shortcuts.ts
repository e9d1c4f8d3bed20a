import { Hono } from 'hono';
import { ShortcutsUpdate } from '@nara/contract';
import type { AppContext } from '../context.js';
import { personOf, requirePatient, type AuthEnv } from '../http/auth.js';
import { negotiateLocale } from '../http/locale.js';
import { jsonBody } from '../http/problem.js';

export function shortcutRoutes(ctx: AppContext) {
  return new Hono<AuthEnv>()
    .use('/shortcuts', requirePatient(ctx.authenticate))
    .get('/shortcuts', async (c) => {
      const person = personOf(c);
      await ctx.access.patient(person, person.id, 'read', 'shortcuts');
      const shortcuts = await ctx.shortcuts.list(person.id, negotiateLocale(c.req.header('Accept-Language')));
      return c.json({ shortcuts });
    })
    .put('/shortcuts', async (c) => {
      const person = personOf(c);
      const update = await jsonBody(c, ShortcutsUpdate);
      await ctx.access.patient(person, person.id, 'write', 'shortcuts');
      const shortcuts = await ctx.shortcuts.save(person.id, update, negotiateLocale(c.req.header('Accept-Language')));
      return c.json({ shortcuts });
    });
}
