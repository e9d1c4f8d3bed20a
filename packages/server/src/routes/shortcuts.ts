import { Hono } from 'hono';
import { ShortcutsUpdate } from '@nara/contract';
import type { AppContext } from '../context.js';
import { personOf, requirePatient, type AuthEnv } from '../http/auth.js';
import { negotiateLocale } from '../http/locale.js';
import { patientAccessLog } from '../http/patient-access.js';
import { jsonBody } from '../http/problem.js';

/** `/shortcuts`: the person's own shortcuts; every read and write goes to the access log first. */
export function shortcutRoutes(ctx: AppContext) {
  return new Hono<AuthEnv>()
    .use(requirePatient(ctx.authenticate), patientAccessLog(ctx.access, 'shortcuts', 'shortcut'))
    .get('/', async (c) => {
      const person = personOf(c);
      const shortcuts = await ctx.shortcuts.list(person.id, negotiateLocale(c.req.header('Accept-Language')));
      return c.json({ shortcuts });
    })
    .put('/', async (c) => {
      const person = personOf(c);
      const update = await jsonBody(c, ShortcutsUpdate);
      const shortcuts = await ctx.shortcuts.save(person.id, update, negotiateLocale(c.req.header('Accept-Language')));
      return c.json({ shortcuts });
    });
}
