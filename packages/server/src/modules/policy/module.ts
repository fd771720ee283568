// The policy engine over HTTP (the engine itself is the pure @shishi/policy package).
import { defineModule } from '../../platform/module.ts';
import { policyRoutes } from './routes.ts';

export const policyModule = defineModule({
  name: 'policy',
  owns: ['policy_versions'],
  routes: policyRoutes,
});
