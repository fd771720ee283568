// The working-day calendar: the bundled State Council notices (packages/policy/params/calendar)
// plus the years an administrator adds when next year's notice is published. Added years are
// stored in the database and loaded into the engine at start, so every process counts alike.
import { addCalendarYears, calendarSource, calendarYears, checkCalendarYear, isPolicyError } from '@shishi/policy';
import { writeAudit } from '../../platform/audit.ts';
import { AppError } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Services } from '../../platform/services.ts';

export async function loadStoredCalendar(s: Services) {
  const rows = await s.database.db.selectFrom('calendar_years').select(['year', 'yaml']).orderBy('year').execute();
  if (rows.length) addCalendarYears(rows.map((r) => ({ year: r.year, text: r.yaml })));
}

export function describeCalendar() {
  const { first, last } = calendarYears();
  const years = [];
  for (let y = first; y <= last; y++) years.push(calendarSource(y));
  return { first, last, years };
}

export async function addYear(s: Services, ctx: RequestContext, year: number, yaml: string) {
  try {
    checkCalendarYear(year, yaml);
  } catch (err) {
    if (isPolicyError(err)) throw new AppError(400, 'invalid-calendar', err.messages, [{ field: 'body.yaml', code: 'invalid-calendar', message: err.messages }]);
    throw err;
  }
  await s.database.db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('calendar_years').select('yaml').where('year', '=', year).executeTakeFirst();
    await trx
      .insertInto('calendar_years')
      .values({ year, yaml, added_by: ctx.actor!.accountId })
      .onConflict((oc) => oc.column('year').doUpdateSet({ yaml, added_by: ctx.actor!.accountId, added_at: new Date() }))
      .execute();
    await writeAudit(trx, ctx, { action: before ? 'calendar.replace' : 'calendar.add', entity: 'calendar', entityId: year, before: before ? { yaml: before.yaml } : undefined, after: { yaml } });
  });
  try {
    addCalendarYears([{ year, text: yaml }]);
  } catch (err) {
    if (isPolicyError(err)) throw new AppError(400, 'invalid-calendar', err.messages);
    throw err;
  }
  return describeCalendar();
}
