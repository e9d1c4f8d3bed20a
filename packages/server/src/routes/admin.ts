import { Hono } from 'hono';
import { SettingsAuditQuery } from '@nara/contract/clinic-settings';
import { CATALOGUE } from '@nara/triage';
import type { AppContext } from '../context.js';
import { personOf, requirePerson, type AuthEnv, type Person } from '../http/auth.js';
import { negotiateLocale } from '../http/locale.js';
import { HttpProblem, readJson, validate } from '../http/problem.js';
import { staffForms } from '../seed/staff-forms.js';

/** The clinics an admin may change: their clinic, or a region admin's every clinic of the region. */
export function administeredClinics(ctx: AppContext, person: Person): string[] {
  if (person.role !== 'admin') return [];
  if (person.clinic) return ctx.clinics.has(person.clinic) ? [person.clinic] : [];
  return person.region ? ctx.clinics.ids().filter((id) => ctx.clinics.seed(id).region === person.region) : [];
}

/**
 * `/v1/admin/...`: a clinic's settings without code — opening hours per channel and profession, who
 * chats, reasons offered, the booking schedule, phrases and forms — for the `admin` role of that
 * clinic (or region). Every change is in the audit log and in effect for the next request.
 */
export function adminRoutes(ctx: AppContext) {
  const mine = (person: Person, clinic: string) => {
    if (person.role !== 'admin') throw new HttpProblem(403, 'forbidden', 'This is for clinic admins');
    if (!administeredClinics(ctx, person).includes(clinic)) throw new HttpProblem(403, 'forbidden', `You do not administer ${clinic}`);
    return clinic;
  };
  return new Hono<AuthEnv>()
    .use(requirePerson(ctx.authenticate))
    .get('/clinics', (c) => {
      const person = personOf(c);
      if (person.role !== 'admin') throw new HttpProblem(403, 'forbidden', 'This is for clinic admins');
      return c.json({ clinics: administeredClinics(ctx, person).map((id) => ({ id, name: ctx.clinics.seed(id).name, region: ctx.clinics.seed(id).region })) });
    })
    .get('/catalogue', (c) => {
      if (personOf(c).role !== 'admin') throw new HttpProblem(403, 'forbidden', 'This is for clinic admins');
      const locale = negotiateLocale(c.req.header('Accept-Language'));
      return c.json({
        reasons: CATALOGUE.map((r) => ({ id: r.id, title: r.title[locale], category: r.category, profession: r.profession })),
        forms: staffForms.map((f) => ({ id: f.id, title: f.title[locale] })),
      });
    })
    .get('/clinics/:clinic/settings', async (c) => c.json(await ctx.settings.read(mine(personOf(c), c.req.param('clinic')))))
    .patch('/clinics/:clinic/settings', async (c) => {
      const clinic = mine(personOf(c), c.req.param('clinic'));
      return c.json(await ctx.settings.change(personOf(c), clinic, await readJson(c)));
    })
    .get('/clinics/:clinic/audit', async (c) => {
      const clinic = mine(personOf(c), c.req.param('clinic'));
      const { limit } = validate(SettingsAuditQuery, c.req.query());
      return c.json({ entries: await ctx.settings.audit(clinic, limit ? Number(limit) : 100) });
    });
}
