// The site register (issue 11 §2–§4): nursing rooms, childcare studios, health points, fitness stations,
// driver homes, canteens and culture teams, with their status history, inspections and service log
// (migration 0015_sites; matching funds, 0029); the application forms of the site programs (registered
// with the programs module), the payout guard that refuses paying a de-listed site, the public map, and
// the daily job that turns a yellow card past its deadline into a red card.
import { dailyAt, defineModule } from '../../platform/module.ts';
import { addPayeeGuard } from '../payouts/api.ts';
import { registerAdapter } from '../programs/api.ts';
import {
  canteenAdapter,
  childcareAdapter,
  cultureTeamAdapter,
  driverHomeAdapter,
  healthPointGrantAdapter,
  healthPointStandardAdapter,
  nursingRoomAdapter,
} from './adapters.ts';
import { yellowOverdueJob } from './cards.ts';
import { claimedPayees } from './claims.ts';
import { sitesRoutes } from './routes.ts';
import { refusedPayees, siteNotices } from './service.ts';

for (const a of [
  driverHomeAdapter,
  healthPointStandardAdapter,
  healthPointGrantAdapter,
  canteenAdapter,
  cultureTeamAdapter,
  nursingRoomAdapter,
  childcareAdapter,
])
  registerAdapter(a);
addPayeeGuard(refusedPayees);
// A site's own payable is not paid while its district's summary claim awaits the federation (claims.ts).
addPayeeGuard(claimedPayees);

export const sitesModule = defineModule({
  name: 'sites',
  owns: ['sites', 'site_events', 'site_inspections', 'site_service_log', 'site_claims', 'site_claim_items'],
  routes: sitesRoutes,
  jobs: [yellowOverdueJob],
  // A yellow card's deadline passed without the fix: the site is de-listed the next morning.
  schedules: [{ job: yellowOverdueJob, next: dailyAt(2) }],
  notices: siteNotices,
});
