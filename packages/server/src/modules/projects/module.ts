// Project lists, projects, plans, targets and their allocation.
import { defineModule } from '../../platform/module.ts';
import { projectRoutes } from './routes.ts';

export const projectsModule = defineModule({
  name: 'projects',
  owns: ['slates', 'projects', 'targets', 'target_allocations', 'milestones'],
  routes: projectRoutes,
});
