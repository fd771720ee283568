import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../../platform/services.ts';
import { addYear, describeCalendar, workingDays, yearDays } from './service.ts';
import * as S from './schema.ts';

export async function calendarRoutes(app: FastifyInstance, s: Services) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['calendar'];
  api.get(
    '/calendar',
    {
      config: { permission: 'policy.read' },
      schema: { tags, summary: 'Years the working-day calendar covers, with the State Council notices behind each', response: { 200: S.ZCalendar } },
    },
    async () => describeCalendar(),
  );
  api.get(
    '/calendar/working-days',
    {
      config: { permission: 'policy.read' },
      schema: {
        tags,
        summary: 'Is a date a working day; add N working days; count working days between two dates',
        querystring: S.ZWorkingDaysQuery,
        response: { 200: S.ZWorkingDays },
      },
    },
    async (req) => workingDays(req.query),
  );
  api.get(
    '/calendar/:year/days',
    {
      config: { permission: 'policy.read' },
      schema: {
        tags,
        summary: 'The days of a year that differ from the Monday–Friday week: weekday holidays and weekend working days, with the notices',
        params: S.ZYearParam,
        response: {
          200: z.object({
            year: z.number().int(),
            covered: z.boolean(),
            holidays: z.array(z.string()),
            workdays: z.array(z.string()),
            notices: z.array(z.object({ number: z.string(), date: z.string().optional(), title: z.string().optional() })),
          }),
        },
      },
    },
    async (req) => yearDays(req.params.year),
  );
  api.put(
    '/calendar/:year',
    {
      config: { permission: 'calendar.manage' },
      schema: {
        tags,
        summary: 'Add (or correct) a year published after this release, in the format of packages/policy/params/calendar/<year>.yaml',
        params: S.ZYearParam,
        body: S.ZYearText,
        response: { 200: S.ZCalendar },
      },
    },
    async (req) => addYear(s, req.ctx, req.params.year, req.body.yaml),
  );
}
