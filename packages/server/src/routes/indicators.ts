import { Hono } from 'hono';
import { IndicatorQuery } from '@nara/contract/follow-up';
import type { AppContext } from '../context.js';
import { personOf, requirePerson, type AuthEnv } from '../http/auth.js';
import { negotiateLocale } from '../http/locale.js';
import { HttpProblem, validate } from '../http/problem.js';
import { IndicatorService } from '../services/indicator-service.js';
import { indicatorsCsv } from '../services/indicators.js';

/**
 * `GET /v1/staff/indicators?from&to[&clinic][&format=csv]`: follow-up figures for a clinic's staff
 * (their clinic) and the region role (its clinics, per clinic, small cells hidden). Counts only: no
 * patient data leaves, so no access-log entry.
 */
export function indicatorRoutes(ctx: AppContext) {
  const service = new IndicatorService(ctx.store, ctx.clinics);
  return new Hono<AuthEnv>().use(requirePerson(ctx.authenticate)).get('/', async (c) => {
    const person = personOf(c);
    if (person.kind !== 'staff') throw new HttpProblem(403, 'forbidden', 'This is for care staff and the region');
    const query = validate(IndicatorQuery, c.req.query());
    const report = await service.report(person, query);
    if (query.format !== 'csv') return c.json(report);
    const locale = negotiateLocale(c.req.header('Accept-Language'));
    const rows = [{ clinic: report.clinic ?? 'all', indicators: report.indicators }, ...(report.clinics ?? [])];
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="nara-indicators-${query.from.slice(0, 10)}-${query.to.slice(0, 10)}.csv"`);
    return c.body(indicatorsCsv(rows, locale));
  });
}
