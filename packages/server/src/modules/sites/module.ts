// The site register (issue 11 §2–§4): nursing rooms, childcare studios, health points, fitness stations,
// driver homes, canteens and culture teams, with their status history, inspections and service log
// (migration 0015_sites); the application forms of the site programs (registered with the programs
// module), the payout guard that refuses paying a de-listed site, and the public map.
import { defineModule } from '../../platform/module.ts';
import { addPayeeGuard } from '../payouts/api.ts';
import { registerAdapter } from '../programs/api.ts';
import { driverHomeAdapter, healthPointStandardAdapter } from './adapters.ts';
import { sitesRoutes } from './routes.ts';
import { refusedPayees } from './service.ts';

registerAdapter(driverHomeAdapter);
registerAdapter(healthPointStandardAdapter);
addPayeeGuard(refusedPayees);

export const sitesModule = defineModule({
  name: 'sites',
  owns: ['sites', 'site_events', 'site_inspections', 'site_service_log'],
  routes: sitesRoutes,
});
