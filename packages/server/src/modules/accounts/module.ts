// Officer accounts, run by the security administrator.
import { defineModule } from '../../platform/module.ts';
import { accountRoutes } from './routes.ts';

export const accountsModule = defineModule({
  name: 'accounts',
  owns: ['accounts'],
  routes: accountRoutes,
});
