// Places (issue 10): first-come pools that never oversell, and places handed down the union tree.
import { dailyAt, defineModule } from '../../platform/module.ts';
import { poolsRoutes } from './routes.ts';
import { quotasRoutes } from './quotas-routes.ts';
import { expireGrantsJob } from './service.ts';
import { billNotices } from './bills.ts';

export const poolsModule = defineModule({
  name: 'pools',
  owns: ['pools', 'pool_claims', 'place_grants', 'quota_offers', 'quota_requests', 'quota_request_rows', 'rosters', 'roster_entries', 'quota_settlements', 'quota_settlement_rosters', 'platform_bills'],
  routes: async (app, s) => {
    await poolsRoutes(app, s);
    await quotasRoutes(app, s);
  },
  jobs: [expireGrantsJob],
  // 000 六(一)2 逾期名额不再保留: every night at 01:00 Shanghai time.
  schedules: [{ job: expireGrantsJob, next: dailyAt(1) }],
  notices: billNotices,
});
