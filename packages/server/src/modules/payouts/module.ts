// The append-only payout ledger and the monthly settlement batches.
import { defineModule } from '../../platform/module.ts';
import { payoutRoutes } from './routes.ts';
import { payoutNotices } from './service.ts';

export const payoutsModule = defineModule({
  name: 'payouts',
  owns: ['payout_entries', 'payout_batches', 'payout_batch_items', 'payee_accounts'],
  routes: payoutRoutes,
  notices: payoutNotices,
});
