// SMS reminders before a trip or a checkup (issue 10 §3 “Reminders by SMS outbox”), and the member's own trips in the
// portal (§3 “the member sees bookings and places in the portal”). The seeds send members their notices by the 12351
// SMS platform (000 l.646 “市总将通过 12351 短信平台……发送……信息”); the reminder's day is a reading: once per roster,
// when the trip (or the checkup) starts within the next three days — so a day the job did not run is caught up the next
// day — to every member on the submitted roster with a mobile in the register. A settled or draft roster is not reminded.
import { forbidden } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { NoticeTemplate } from '../../platform/module.ts';
import type { Services } from '../../platform/services.ts';
import { notify } from '../notifications/service.ts';
import * as q from './quotas-repository.ts';

export const reminderNotices = {
  'roster-trip-reminder': {
    zh: '【上海工会】{name}您好，您报名的“{title}”将于{startsOn}开始（至{endsOn}，{site}），由{org}组织，请按时参加。',
    en: '[Shanghai Unions] {name}, your "{title}" starts on {startsOn} (until {endsOn}, {site}), organised by {org}. Please be on time.',
  },
} satisfies Record<string, NoticeTemplate>;

/** Days ahead of the start a roster's members are reminded (reading, see above). */
export const REMIND_DAYS_AHEAD = 3;

const addDays = (day: string, n: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/** One run of the reminders (the daily job; the federation may run it now). Each roster is reminded once. */
export async function sendTripReminders(s: Services) {
  const today = s.clock.today();
  const due = await q.rostersToRemind(s.database.db, today, addDays(today, REMIND_DAYS_AHEAD));
  let rosters = 0;
  let sent = 0;
  let withoutMobile = 0;
  for (const r of due) {
    await s.database.db.transaction().execute(async (trx) => {
      if (!(await q.markReminded(trx, r.id, today))) return; // another run got there first
      rosters++;
      for (const m of await q.rosterRecipients(trx, r.id)) {
        if (!m.phone_cipher) {
          withoutMobile++;
          continue;
        }
        await notify(
          s,
          {
            channel: 'sms',
            personId: Number(m.person_id),
            recipient: s.vault.open(m.phone_cipher),
            template: 'roster-trip-reminder',
            payload: { name: m.name, title: r.title, site: r.site, startsOn: r.starts_on, endsOn: r.ends_on, org: r.org_name, rosterId: r.id },
          },
          trx,
        );
        sent++;
      }
    });
  }
  return { on: today, rosters, sent, withoutMobile };
}

export async function runTripReminders(s: Services, ctx: RequestContext) {
  if (ctx.actor?.role !== 'federation-admin')
    throw forbidden({ zh: '提醒由系统每日发送；市总管理员可立即发送', en: 'The reminders go out daily; the federation administrator may send them now' });
  return sendTripReminders(s);
}

/** The member's own trips and checkups (submitted or settled rosters), newest first. */
export async function myTrips(s: Services, personId: number) {
  return (await q.tripsOfPerson(s.database.db, personId)).map((t) => ({
    rosterId: t.id,
    program: t.program,
    year: t.year,
    title: t.title,
    site: t.site,
    provider: t.provider_name,
    orgName: t.org_name,
    startsOn: t.starts_on,
    endsOn: t.ends_on,
    status: t.status as 'submitted' | 'settled',
  }));
}
