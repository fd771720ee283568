// 待办: what is waiting for the caller, gathered from each module through its exported API (issue 12 §2).
// It owns no table: the counts are the other modules' own rules, scoped to the caller's subtree.
import { defineModule } from '../../platform/module.ts';
import { workRoutes } from './routes.ts';

export const workModule = defineModule({
  name: 'work',
  owns: [],
  routes: workRoutes,
});
