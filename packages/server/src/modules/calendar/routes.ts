import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from '@shishi/policy';
import type { Services } from '../../platform/services.ts';
import { toAppError } from '../policy/service.ts';
import { addYear, describeCalendar, yearDays } from './service.ts';
import { ZIsoDate } from '../../platform/schemas.ts';

const isoDate = ZIsoDate;

export async function calendarRoutes(app: FastifyInstance, s: Services) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['calendar'];
  api.get('/calendar', { config: { permission: 'policy.read' }, schema: { tags, summary: 'Years the working-day calendar covers, with the State Council notices behind each' } }, async () => describeCalendar());
  api.get('/calendar/working-days', { config: { permission: 'policy.read' }, schema: { tags, summary: 'Is a date a working day; add N working days; count working days between two dates', querystring: z.object({ date: isoDate, add: z.coerce.number().int().min(-400).max(400).optional(), until: isoDate.optional() }) } }, async (req) => {
    try {
      const q = req.query;
      return {
        date: q.date,
        isWorkingDay: isWorkingDay(q.date),
        ...(q.add !== undefined ? { add: q.add, result: addWorkingDays(q.date, q.add) } : {}),
        ...(q.until ? { until: q.until, workingDays: workingDaysBetween(q.date, q.until) } : {}),
      };
    } catch (err) {
      throw toAppError(err);
    }
  });
  api.get('/calendar/:year/days', { config: { permission: 'policy.read' }, schema: { tags, summary: 'The days of a year that differ from the Monday–Friday week: weekday holidays and weekend working days, with the notices', params: z.object({ year: z.coerce.number().int().min(2016).max(2100) }),
    response: { 200: z.object({ year: z.number().int(), covered: z.boolean(), holidays: z.array(z.string()), workdays: z.array(z.string()), notices: z.array(z.object({ number: z.string(), date: z.string().optional(), title: z.string().optional() })) }) } } }, async (req) =>
    yearDays(req.params.year),
  );
  api.put('/calendar/:year', { config: { permission: 'calendar.manage' }, schema: { tags, summary: 'Add (or correct) a year published after this release, in the format of packages/policy/params/calendar/<year>.yaml', params: z.object({ year: z.coerce.number().int().min(2016).max(2100) }), body: z.object({ yaml: z.string().min(10).max(100_000) }) } }, async (req) =>
    addYear(s, req.ctx, req.params.year, req.body.yaml),
  );
}
