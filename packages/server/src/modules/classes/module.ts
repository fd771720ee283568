// 公益乐学 free classes (issue 10 §3): class sessions on the first-come pools, the units' on-site visits with two free a
// year, and the teaching-point and direct-service forms (附件1/附件2) as unit applications.
import { z } from 'zod';
import { dailyAt, defineJob, defineModule } from '../../platform/module.ts';
import { registerAdapter } from '../programs/api.ts';
import { directBookingAdapter, teachingPointAdapter } from './forms.ts';
import { classesRoutes } from './routes.ts';
import { classNotices, sendClassReminders } from './reminders.ts';

for (const a of [teachingPointAdapter, directBookingAdapter]) registerAdapter(a);

/** Daily at 09:00 Shanghai time: SMS reminders to the members booked on a class and the contacts of a visit within three days (issue 10 §3). */
export const classRemindersJob = defineJob({ kind: 'classes.reminders', payload: z.object({}), handler: (s) => sendClassReminders(s) });

export const classesModule = defineModule({
  name: 'classes',
  owns: ['class_courses', 'class_visits'],
  routes: classesRoutes,
  jobs: [classRemindersJob],
  schedules: [{ job: classRemindersJob, next: dailyAt(9) }],
  notices: classNotices,
});
