// SMS reminders before a class (issue 10 §3 “Reminders by SMS outbox”; 000 公益乐学 四（一）、四（二）、四（四）), in the
// shape of the trips' reminder (pools/reminders.ts): the reminder's day is a reading — once per booking, when the class
// or the visit is within the next three days (a day the job did not run is caught up the next day), written to the SMS
// outbox in the same transaction as the booking's mark.
// - 现场版: each member holding a place on a session that has not started yet (a place given back is no booking; a place
//   booked after the run is reminded at the next one), at the mobile in the register.
// - 企业版送教上门: each booked visit's contact, when the number given is a mobile (a landline cannot take an SMS).
// - 直通车版 (附件2): the booking is an application; its reminder is the applications' (applications/reminders.ts,
//   the adapter's `reminder` in forms.ts), with the template declared here.
import type { NoticeTemplate } from '../../platform/module.ts';
import type { Services } from '../../platform/services.ts';
import { notify } from '../notifications/service.ts';
import { claimsToRemind, markClaimReminded } from '../pools/api.ts';
import * as repo from './repository.ts';

export const classNotices = {
  'class-booking-reminder': {
    zh: '【上海工会】{name}您好，您预约的公益乐学课程“{title}”将于{startsAt}在{venue}（{teachingPoint}）上课，请准时参加；如不能参加，请在开课前取消预约，把名额让给其他会员。',
    en: '[Shanghai Unions] {name}, your free class "{title}" starts at {startsAt} at {venue} ({teachingPoint}). If you cannot come, cancel before it starts so another member can have the place.',
  },
  'class-visit-reminder': {
    zh: '【上海工会】{contact}您好，{org}预约的公益乐学送教上门（{category}）将于{visitOn} {startTime}在{address}进行，请做好场地和人员安排。',
    en: '[Shanghai Unions] {contact}, the free on-site class ({category}) booked by {org} is on {visitOn} at {startTime}, {address}. Please have the room and the attendees ready.',
  },
  'class-direct-booking-reminder': {
    zh: '【上海工会】{contact}您好，{name}预约的公益乐学直通车（{categories}）将于{bookedOn}在{place}开展，请做好场地和人员安排。',
    en: '[Shanghai Unions] {contact}, the free-class service booked by {name} ({categories}) comes on {bookedOn} to {place}. Please have the venue and the people ready.',
  },
} satisfies Record<string, NoticeTemplate>;

/** Days ahead of a class or a visit its reminder goes out (reading, as the trips'). */
export const CLASS_REMIND_DAYS_AHEAD = 3;

const addDays = (day: string, n: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
const MOBILE = /^1[3-9]\d{9}$/;
/** A class's start as the member reads it: Shanghai time, YYYY-MM-DD HH:mm. */
const shanghai = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

/** One run (the daily job classes.reminders): the sessions' bookings and the visits due within three days, once each. */
export async function sendClassReminders(s: Services) {
  const db = s.database.db;
  const today = s.clock.today();
  const out = { on: today, bookings: 0, visits: 0, sent: 0, withoutMobile: 0 };
  // Sessions not yet started whose Shanghai day is at most today + 3.
  const before = new Date(`${addDays(today, CLASS_REMIND_DAYS_AHEAD + 1)}T00:00:00+08:00`);
  const courses = await repo.coursesStartingBetween(db, s.clock.now(), before);
  const byPool = new Map(courses.map((c) => [c.pool_id, c]));
  for (const b of await claimsToRemind(db, [...byPool.keys()])) {
    const c = byPool.get(b.pool_id)!;
    await db.transaction().execute(async (trx) => {
      if (!(await markClaimReminded(trx, b.id, today))) return;
      out.bookings++;
      if (!b.phone_cipher) {
        out.withoutMobile++;
        return;
      }
      await notify(
        s,
        {
          channel: 'sms',
          personId: Number(b.person_id),
          recipient: s.vault.open(b.phone_cipher),
          template: 'class-booking-reminder',
          payload: {
            name: b.name,
            title: b.title,
            startsAt: shanghai(new Date(c.starts_at)),
            venue: c.venue,
            teachingPoint: c.teaching_point,
            classId: c.pool_id,
          },
        },
        trx,
      );
      out.sent++;
    });
  }
  for (const v of await repo.visitsToRemind(db, today, addDays(today, CLASS_REMIND_DAYS_AHEAD))) {
    await db.transaction().execute(async (trx) => {
      if (!(await repo.markVisitReminded(trx, v.id, today))) return;
      out.visits++;
      const phone = v.contact_phone.replace(/[\s-]/g, '');
      if (!MOBILE.test(phone)) {
        out.withoutMobile++;
        return;
      }
      await notify(
        s,
        {
          channel: 'sms',
          recipient: phone,
          template: 'class-visit-reminder',
          payload: {
            contact: v.contact_name,
            org: v.org_name,
            category: v.category,
            visitOn: v.visit_on,
            startTime: v.start_time,
            address: v.address,
            visitId: v.id,
          },
        },
        trx,
      );
      out.sent++;
    });
  }
  return out;
}
