// Request and response schemas of the calendar routes.
import { z } from 'zod';
import { ZIsoDate } from '../../platform/schemas.ts';

export const ZWorkingDaysQuery = z.object({ date: ZIsoDate, add: z.coerce.number().int().min(-400).max(400).optional(), until: ZIsoDate.optional() });
export const ZYearParam = z.object({ year: z.coerce.number().int().min(2016).max(2100) });
export const ZYearText = z.object({ yaml: z.string().min(10).max(100_000) });

/** The years covered, each with the State Council notices it follows and whether it was checked against them. */
export const ZCalendar = z.object({
  first: z.number().int(),
  last: z.number().int(),
  years: z.array(
    z.object({ year: z.number().int(), notices: z.array(z.object({ number: z.string(), date: z.string(), title: z.string() })), checked: z.boolean() }),
  ),
});

export const ZWorkingDays = z.object({
  date: z.string(),
  isWorkingDay: z.boolean(),
  add: z.number().int().optional(),
  result: z.string().optional(),
  until: z.string().optional(),
  workingDays: z.number().int().optional(),
});
