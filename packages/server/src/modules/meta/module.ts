// Vocabularies and rules for clients.
import { defineModule } from '../../platform/module.ts';
import { metaRoutes } from './routes.ts';

export const metaModule = defineModule({
  name: 'meta',
  owns: [],
  routes: metaRoutes,
});
