// The org tree (its identity and path columns are the shared, read-only kernel).
import { defineModule } from '../../platform/module.ts';
import { orgRoutes } from './routes.ts';

export const orgsModule = defineModule({
  name: 'orgs',
  owns: ['orgs'],
  routes: orgRoutes,
});
