// File imports: validate whole, report errors, write the valid rows as a job.
import { defineModule } from '../../platform/module.ts';
import { importRoutes } from './routes.ts';
import { memberImportJob } from './members-import.ts';

export const importsModule = defineModule({
  name: 'imports',
  owns: ['import_batches'],
  routes: importRoutes,
  jobs: [memberImportJob],
});
