// Places (issue 10): first-come pools that never oversell, and places handed down the union tree.
import { z } from 'zod';
import { dailyAt, defineJob, defineModule } from '../../platform/module.ts';
import { poolsRoutes } from './routes.ts';
import { quotasRoutes } from './quotas-routes.ts';
import { expireGrantsJob } from './service.ts';
import { billNotices } from './bills.ts';
import { reminderNotices, sendTripReminders } from './reminders.ts';
import { rosterCounts } from './deliveries-repository.ts';
import { quotaPrograms } from './quotas-schema.ts';

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
  // Project targets fed by `deliveries` (003 附件1 项目6, 项目9): members on settled rosters, and on submitted ones as under way.
  deliveries: {
    programs: Object.fromEntries(
      quotaPrograms.map((p) => [
        p,
        {
          delivered: { zh: '已结算名册上的职工', en: 'members on settled rosters' },
          pending: { zh: '已报送待结算名册上的职工', en: 'members on rosters awaiting settlement' },
        },
      ]),
    ),
    count: rosterCounts,
  },
});
