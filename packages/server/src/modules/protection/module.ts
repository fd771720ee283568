// Member protection (会员专享基本保障, 003 附件2-1; 000 “卡卡”): the cover register and enrollment.
import { dailyAt, defineModule } from '../../platform/module.ts';
import { lapseJob } from './enroll.ts';
import { protectionRoutes } from './routes.ts';
import { collectiveBatchJob } from './service.ts';
import { gigNotices } from './gig.ts';

export const protectionModule = defineModule({
  name: 'protection',
  owns: [
    'protection_batches',
    'protection_lists',
    'protection_covers',
    'protection_remittances',
    'protection_claims',
    'gig_rosters',
    'gig_covers',
    'gig_claims',
    'flexible_covers',
    'flexible_deliveries',
  ],
  routes: protectionRoutes,
  notices: gigNotices,
  jobs: [collectiveBatchJob, lapseJob],
  // 003 附件2-1 一(二)3(4): individual applications not paid within 15 working days lapse.
  schedules: [{ job: lapseJob, next: dailyAt(1) }],
});
