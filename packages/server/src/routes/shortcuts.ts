import { Hono } from 'hono';
import { ShortcutsUpdate } from '@nara/contract';
import type { AppContext } from '../context.js';
import { personOf, requirePerson, type AuthEnv } from '../http/auth.js';
import { negotiateLocale } from '../http/locale.js';
import { jsonBody } from '../http/problem.js';

export function shortcutRoutes(ctx: AppContext) {
  return new Hono<AuthEnv>()
    .use('/shortcuts', requirePerson(ctx.authenticate))
    .get('/shortcuts', async (c) => {
      const shortcuts = await ctx.shortcuts.list(personOf(c).id, negotiateLocale(c.req.header('Accept-Language')));
      return c.json({ shortcuts });
    })
    .put('/shortcuts', async (c) => {
      const update = await jsonBody(c, ShortcutsUpdate);
      const shortcuts = await ctx.shortcuts.save(personOf(c).id, update, negotiateLocale(c.req.header('Accept-Language')));
      return c.json({ shortcuts });
    });
}
