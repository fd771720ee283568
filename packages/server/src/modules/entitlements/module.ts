// What a member may apply for on a date, and why (reads members and programs through their services).
import { defineModule } from '../../platform/module.ts';
import { entitlementRoutes } from './routes.ts';

export const entitlementsModule = defineModule({
  name: 'entitlements',
  owns: [],
  routes: entitlementRoutes,
});
