// The working-day calendar: the bundled State Council notices (packages/policy/params/calendar)
// plus the years an administrator adds when next year's notice is published. Added years are
// stored in the database and loaded into the engine at start, so every process counts alike.
import {
  addCalendarYears,
  addWorkingDays,
  calendarSource,
  calendarYears,
  checkCalendarYear,
  isPolicyError,
  isWorkingDay,
  workingDaysBetween,
} from '@shishi/policy';
import { writeAudit } from '../../platform/audit.ts';
import { AppError } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Services } from '../../platform/services.ts';
import { toAppError } from '../policy/service.ts';
import * as repo from './repository.ts';

export async function loadStoredCalendar(s: Services) {
  const rows = await repo.storedYears(s.database.db);
  if (rows.length) addCalendarYears(rows.map((r) => ({ year: r.year, text: r.yaml })));
}

export function describeCalendar() {
  const { first, last } = calendarYears();
  const years = [];
  for (let y = first; y <= last; y++) years.push(calendarSource(y));
  return { first, last, years };
}

/** A year's weekday holidays and weekend working days as the engine counts them (empty and `covered: false` when its notice is not entered). */
export function yearDays(year: number) {
  const { first, last } = calendarYears();
  if (year < first || year > last) return { year, covered: false, holidays: [], workdays: [], notices: [] };
  const holidays: string[] = [];
  const workdays: string[] = [];
  for (let d = new Date(Date.UTC(year, 0, 1)); d.getUTCFullYear() === year; d.setUTCDate(d.getUTCDate() + 1)) {
    const iso = d.toISOString().slice(0, 10);
    const weekend = d.getUTCDay() === 0 || d.getUTCDay() === 6;
    const working = isWorkingDay(iso);
    if (weekend && working) workdays.push(iso);
    if (!weekend && !working) holidays.push(iso);
  }
  const src = calendarSource(year);
  return { year, covered: true, holidays, workdays, notices: src.notices.map((n) => ({ number: n.number, date: String(n.date), title: n.title })) };
}

export async function addYear(s: Services, ctx: RequestContext, year: number, yaml: string) {
  try {
    checkCalendarYear(year, yaml);
  } catch (err) {
    if (isPolicyError(err))
      throw new AppError(400, 'invalid-calendar', err.messages, [{ field: 'body.yaml', code: 'invalid-calendar', message: err.messages }]);
    throw err;
  }
  await s.database.db.transaction().execute(async (trx) => {
    const before = await repo.yearText(trx, year);
    await repo.saveYear(trx, year, yaml, ctx.actor!.accountId);
    await writeAudit(trx, ctx, {
      action: before !== undefined ? 'calendar.replace' : 'calendar.add',
      entity: 'calendar',
      entityId: year,
      before: before !== undefined ? { yaml: before } : undefined,
      after: { yaml },
    });
  });
  try {
    addCalendarYears([{ year, text: yaml }]);
  } catch (err) {
    if (isPolicyError(err)) throw new AppError(400, 'invalid-calendar', err.messages);
    throw err;
  }
  return describeCalendar();
}

/** Is a date a working day; with `add`, N working days on; with `until`, the working days between. */
export function workingDays(q: { date: string; add?: number | undefined; until?: string | undefined }) {
  try {
    return {
      date: q.date,
      isWorkingDay: isWorkingDay(q.date),
      ...(q.add !== undefined ? { add: q.add, result: addWorkingDays(q.date, q.add) } : {}),
      ...(q.until ? { until: q.until, workingDays: workingDaysBetween(q.date, q.until) } : {}),
    };
  } catch (err) {
    throw toAppError(err);
  }
}
