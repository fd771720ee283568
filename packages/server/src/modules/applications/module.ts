// Applications and their multi-level review.
import { z } from 'zod';
import { dailyAt, defineJob, defineModule } from '../../platform/module.ts';
import { applicationRoutes } from './routes.ts';
import { applicationNotices } from './notices.ts';
import { sendOverdueReminders } from './service.ts';
import { sendBookingReminders } from './reminders.ts';

/** Daily at 08:00: overdue review steps get a reminder in the outbox. */
export const reviewReminderJob = defineJob({ kind: 'applications.overdue-reminders', payload: z.object({}), handler: (s) => sendOverdueReminders(s) });

/** Daily at 09:00 Shanghai time: SMS reminders before approved bookings' days (a vacation's check-in, a 直通车 visit), issue 10 §3. */
export const bookingRemindersJob = defineJob({
  kind: 'applications.booking-reminders',
  payload: z.object({}),
  handler: (s) => sendBookingReminders(s),
});

export const applicationsModule = defineModule({
  name: 'applications',
  owns: ['applications', 'application_steps'],
  routes: applicationRoutes,
  jobs: [reviewReminderJob, bookingRemindersJob],
  schedules: [
    { job: reviewReminderJob, next: dailyAt(8) },
    { job: bookingRemindersJob, next: dailyAt(9) },
  ],
  notices: applicationNotices,
});
