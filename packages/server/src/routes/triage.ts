import { Hono, type Context, type Next } from 'hono';
import { QuestionnaireQuery, ReasonQuery, RedFlagQuery } from '@nara/contract';
import type { AppContext } from '../context.js';
import { optionalPerson, type OptionalAuthEnv } from '../http/auth.js';
import { negotiateLocale } from '../http/locale.js';
import { readJson, validate } from '../http/problem.js';

/** Catalogue answers change only with a deploy: caches may keep them a while, per language. */
const catalogueCaching = async (c: Context, next: Next) => {
  await next();
  if (c.res.ok) {
    // A clinic's own list follows its settings (its admin switches reasons off): revalidated every time.
    c.header('Cache-Control', c.req.path.endsWith('/reasons') && c.req.query('clinic') ? 'no-cache' : 'public, max-age=300');
    c.header('Vary', 'Accept-Language', { append: true });
  }
};

export function triageRoutes(ctx: AppContext) {
  return new Hono<OptionalAuthEnv>()
    .use('/reasons', catalogueCaching)
    .use('/red-flags', catalogueCaching)
    .use('/questionnaires/*', catalogueCaching)
    .get('/reasons', (c) => {
      const { clinic } = validate(ReasonQuery, c.req.query());
      return c.json({ reasons: ctx.triage.listReasons(clinic, negotiateLocale(c.req.header('Accept-Language'))) });
    })
    .get('/red-flags', (c) => {
      const { subject } = validate(RedFlagQuery, c.req.query());
      return c.json({ redFlags: ctx.triage.redFlags(subject, negotiateLocale(c.req.header('Accept-Language'))) });
    })
    .get('/questionnaires/:id', (c) => {
      const { subject } = validate(QuestionnaireQuery, c.req.query());
      return c.json(ctx.triage.questionnaire(c.req.param('id'), negotiateLocale(c.req.header('Accept-Language')), subject));
    })
    .post('/assessments', optionalPerson(ctx.authenticate), async (c) => {
      const body = await readJson(c);
      // A signed-in patient's case is their data: the write goes to the access log first (staff get 403).
      const person = c.get('person');
      if (person) await ctx.access.patient(person, person.id, 'write', 'cases');
      const language = negotiateLocale(c.req.header('Accept-Language'));
      const assessment = await ctx.triage.assess(body, person?.id, language);
      // the language travels with the assessment (kept in the journey's history, shown again later)
      return c.json({ ...assessment, language }, 201);
    });
}
