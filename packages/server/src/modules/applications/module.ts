// Applications and their multi-level review.
import { z } from 'zod';
import { dailyAt, defineJob, defineModule } from '../../platform/module.ts';
import { applicationRoutes } from './routes.ts';
import { applicationNotices } from './notices.ts';
import { sendOverdueReminders } from './service.ts';

/** Daily at 08:00: overdue review steps get a reminder in the outbox. */
export const reviewReminderJob = defineJob({ kind: 'applications.overdue-reminders', payload: z.object({}), handler: (s) => sendOverdueReminders(s) });

export const applicationsModule = defineModule({
  name: 'applications',
  owns: ['applications', 'application_steps'],
  routes: applicationRoutes,
  jobs: [reviewReminderJob],
  schedules: [{ job: reviewReminderJob, next: dailyAt(8) }],
  notices: applicationNotices,
});
