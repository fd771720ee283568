// The member registry: persons and their memberships.
import { defineModule } from '../../platform/module.ts';
import { memberRoutes } from './routes.ts';

export const membersModule = defineModule({
  name: 'members',
  owns: ['persons', 'memberships'],
  routes: memberRoutes,
});
