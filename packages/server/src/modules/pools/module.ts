// Places (issue 10): first-come pools that never oversell, and places handed down the union tree.
import { z } from 'zod';
import { dailyAt, defineJob, defineModule } from '../../platform/module.ts';
import { poolsRoutes } from './routes.ts';
import { quotasRoutes } from './quotas-routes.ts';
import { expireGrantsJob } from './service.ts';
import { billNotices } from './bills.ts';
import { reminderNotices, sendTripReminders } from './reminders.ts';

/** Daily at 09:00 Shanghai time: SMS reminders to the members of rosters starting within three days (issue 10 §3). */
export const tripRemindersJob = defineJob({ kind: 'pools.trip-reminders', payload: z.object({}), handler: (s) => sendTripReminders(s) });

export const poolsModule = defineModule({
  name: 'pools',
  owns: [
    'pools',
    'pool_claims',
    'place_grants',
    'quota_offers',
    'quota_requests',
    'quota_request_rows',
    'rosters',
    'roster_entries',
    'quota_settlements',
    'quota_settlement_rosters',
    'platform_bills',
  ],
  routes: async (app, s) => {
    await poolsRoutes(app, s);
    await quotasRoutes(app, s);
  },
  jobs: [expireGrantsJob, tripRemindersJob],
  // 000 六(一)2 逾期名额不再保留: every night at 01:00 Shanghai time.
  schedules: [
    { job: expireGrantsJob, next: dailyAt(1) },
    { job: tripRemindersJob, next: dailyAt(9) },
  ],
  notices: { ...billNotices, ...reminderNotices },
});
