import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Services } from '../../platform/services.ts';
import { addYear, describeCalendar, workingDays } from './service.ts';
import * as S from './schema.ts';

export async function calendarRoutes(app: FastifyInstance, s: Services) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['calendar'];
  api.get('/calendar', { config: { permission: 'policy.read' }, schema: { tags, summary: 'Years the working-day calendar covers, with the State Council notices behind each', response: { 200: S.ZCalendar } } }, async () => describeCalendar());
  api.get('/calendar/working-days', { config: { permission: 'policy.read' }, schema: { tags, summary: 'Is a date a working day; add N working days; count working days between two dates', querystring: S.ZWorkingDaysQuery, response: { 200: S.ZWorkingDays } } }, async (req) =>
    workingDays(req.query),
  );
  api.put('/calendar/:year', { config: { permission: 'calendar.manage' }, schema: { tags, summary: 'Add (or correct) a year published after this release, in the format of packages/policy/params/calendar/<year>.yaml', params: S.ZYearParam, body: S.ZYearText, response: { 200: S.ZCalendar } } }, async (req) =>
    addYear(s, req.ctx, req.params.year, req.body.yaml),
  );
}
