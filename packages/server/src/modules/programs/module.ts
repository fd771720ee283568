// Program instances: a policy program opened for a year with windows, channels, chain and documents.
import { defineModule } from '../../platform/module.ts';
import { programRoutes } from './routes.ts';
import { programNotices } from './catalog.ts';

export const programsModule = defineModule({
  name: 'programs',
  owns: ['program_instances'],
  routes: programRoutes,
  notices: programNotices,
});
