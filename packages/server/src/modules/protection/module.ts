// Member protection (会员专享基本保障, 003 附件2-1; 000 “卡卡”): the cover register and enrollment.
import { defineModule } from '../../platform/module.ts';
import { protectionRoutes } from './routes.ts';
import { collectiveBatchJob } from './service.ts';

export const protectionModule = defineModule({
  name: 'protection',
  owns: ['protection_batches', 'protection_lists', 'protection_covers', 'protection_remittances'],
  routes: protectionRoutes,
  jobs: [collectiveBatchJob],
});
