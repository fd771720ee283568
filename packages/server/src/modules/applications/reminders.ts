// SMS reminders before a booking's day (issue 10 §3 “Reminders by SMS outbox”) for the programs run as applications
// whose adapter declares a `reminder`: a member vacation's stay (its check-in; the member, at the mobile in the register)
// and a 公益乐学直通车 booking (its day; the unit's contact, at the mobile on the form). The shape of the trips' reminder
// (pools/reminders.ts): the reminder's day is a reading — once per booking, when its day is within the next three days,
// so a day the job did not run is caught up the next day; only approved bookings (one still in review is not yet
// confirmed; a withdrawn or rejected one is no booking). The mark and the SMS are written in one transaction.
import type { Services } from '../../platform/services.ts';
import { notify } from '../notifications/service.ts';
import { adapters } from '../programs/api.ts';
import * as repo from './repository.ts';

/** Days ahead of the booking's day its reminder goes out (reading, as the trips': pools/reminders.ts). */
export const BOOKING_REMIND_DAYS_AHEAD = 3;

const addDays = (day: string, n: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/** One run (the daily job applications.booking-reminders): each approved booking due within three days, once. */
export async function sendBookingReminders(s: Services) {
  const today = s.clock.today();
  const to = addDays(today, BOOKING_REMIND_DAYS_AHEAD);
  const db = s.database.db;
  let bookings = 0;
  let sent = 0;
  let withoutMobile = 0;
  for (const a of Object.values(adapters)) {
    const rm = a.reminder;
    if (!rm) continue;
    for (const b of await repo.bookingsToRemind(db, a.code, rm.dayField, today, to)) {
      await db.transaction().execute(async (trx) => {
        if (!(await repo.markBookingReminded(trx, b.id, today))) return; // another run got there first, or it was withdrawn
        bookings++;
        const form = b.input as Record<string, any>;
        const mobile = b.person_id ? (b.phone_cipher ? s.vault.open(b.phone_cipher) : null) : (rm.mobile?.(form) ?? null);
        if (!mobile) {
          withoutMobile++;
          return;
        }
        await notify(
          s,
          {
            channel: 'sms',
            ...(b.person_id ? { personId: Number(b.person_id) } : {}),
            recipient: mobile,
            template: rm.template,
            payload: { ...rm.payload(form), name: b.name ?? b.org_name ?? '', no: b.no, applicationId: b.id, program: a.code },
          },
          trx,
        );
        sent++;
      });
    }
  }
  return { on: today, bookings, sent, withoutMobile };
}
