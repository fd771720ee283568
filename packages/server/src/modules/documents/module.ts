// Uploaded documents of applications, checked by content and stored with a checksum.
import { defineModule } from '../../platform/module.ts';
import { documentRoutes } from './routes.ts';

export const documentsModule = defineModule({
  name: 'documents',
  owns: ['documents'],
  routes: documentRoutes,
});
