// The site register (issue 11 §2): nursing rooms, childcare studios, health points, fitness stations,
// driver homes, canteens and culture teams, with their status history, inspections and service log
// (migration 0015_sites). Only the tables exist so far; the routes (register, inspections, yellow and
// red cards, the public map) are not built yet.
import { defineModule } from '../../platform/module.ts';

export const sitesModule = defineModule({
  name: 'sites',
  owns: ['sites', 'site_events', 'site_inspections', 'site_service_log'],
});
