// Member protection (会员专享基本保障, 003 附件2-1; 000 “卡卡”): the cover register and enrollment.
import { dailyAt, defineModule } from '../../platform/module.ts';
import { lapseJob } from './enroll.ts';
import { protectionRoutes } from './routes.ts';
import { collectiveBatchJob } from './service.ts';
import { gigNotices } from './gig.ts';
import { gigCoverCounts, memberCoverCounts } from './deliveries-repository.ts';

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
  // Project targets fed by `deliveries` (003 附件1 项目1 “组织350万名工会会员参加”): covers confirmed, and listed or awaiting payment as under way.
  deliveries: {
    programs: {
      'member-protection': {
        delivered: { zh: '已确认参保的会员', en: 'members with a confirmed cover' },
        pending: { zh: '已列入名单或待缴费的会员', en: 'members listed or awaiting payment' },
      },
      'gig-mutual-protection': {
        delivered: { zh: '保障中的新就业形态劳动者', en: 'gig workers with an active cover' },
        pending: { zh: '待生效的新就业形态劳动者', en: 'gig workers whose cover awaits approval' },
      },
    },
    async count(db, q) {
      const [m, g] = await Promise.all([
        q.programCodes.includes('member-protection') ? memberCoverCounts(db, q) : [],
        q.programCodes.includes('gig-mutual-protection') ? gigCoverCounts(db, q) : [],
      ]);
      return [...m, ...g];
    },
  },
});
