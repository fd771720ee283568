// SQL of the calendar module: the working-day years added after the release.
import type { Executor } from '../../platform/context.ts';

export async function storedYears(db: Executor) {
  return db.selectFrom('calendar_years').select(['year', 'yaml']).orderBy('year').execute();
}

export async function yearText(db: Executor, year: number) {
  return (await db.selectFrom('calendar_years').select('yaml').where('year', '=', year).executeTakeFirst())?.yaml;
}

export async function saveYear(db: Executor, year: number, yaml: string, accountId: number) {
  await db
    .insertInto('calendar_years')
    .values({ year, yaml, added_by: accountId })
    .onConflict((oc) => oc.column('year').doUpdateSet({ yaml, added_by: accountId, added_at: new Date() }))
    .execute();
}
