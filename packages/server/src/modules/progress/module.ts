// Progress reports of projects, their review and roll-up.
import { z } from 'zod';
import { dailyAt, defineJob, defineModule } from '../../platform/module.ts';
import { progressRoutes } from './routes.ts';
import { progressNotices, sendReminders } from './service.ts';

/** Daily at 08:00: overdue progress reports get a reminder. */
export const progressReminderJob = defineJob({ kind: 'lifecycle.progress-reminders', payload: z.object({}), handler: (s) => sendReminders(s) });

export const progressModule = defineModule({
  name: 'progress',
  owns: ['progress_reports', 'progress_values', 'progress_lines'],
  routes: progressRoutes,
  jobs: [progressReminderJob],
  schedules: [{ job: progressReminderJob, next: dailyAt(8) }],
  notices: progressNotices,
});
