// 待办 (issue 12 §2): each module counts its own work by its own rules (applications: whose turn,
// progress: filing and review, payouts: sign-offs in order, imports: checked files); this module only
// gathers the counts, in the caller's scope, and says where each is done.
import { can } from '../../platform/access.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Services } from '../../platform/services.ts';
import { applicationWork } from '../applications/api.ts';
import { importsAwaitingDecision } from '../imports/api.ts';
import { batchWork } from '../payouts/api.ts';
import { progressWork } from '../progress/api.ts';
import type { TWork } from './schema.ts';

type Item = TWork['items'][number];

export async function myWork(s: Services, ctx: RequestContext): Promise<TWork> {
  const actor = ctx.actor!;
  const db = s.database.db;
  const today = s.clock.today();
  const items: Item[] = [];
  if (actor.role === 'member') return { asOf: today, total: 0, overdue: 0, items };

  if (can(actor, ['applications.review', 'applications.submit'])) {
    const a = await applicationWork(db, actor, today);
    if (can(actor, 'applications.review'))
      items.push({
        kind: 'review',
        label: { zh: '待我审核的申请', en: 'Applications at my review step' },
        count: a.toReview,
        overdue: a.overdue,
        link: '/applications/queue',
        menu: '/applications/queue',
      });
    if (can(actor, 'applications.submit'))
      items.push({
        kind: 'returned',
        label: { zh: '退回待补正的申请', en: 'Returned applications to correct' },
        count: a.returned,
        overdue: 0,
        link: '/applications?status=returned',
        menu: '/applications',
      });
  }

  if (can(actor, ['progress.report', 'progress.review'])) {
    const p = await progressWork(s, actor);
    const linkOf = (key: 'toFile' | 'toAccept') => {
      const with_ = p.projects.filter((x) => x[key] > 0);
      return with_.length === 1 ? `/projects/${with_[0]!.projectId}?tab=reports` : '/projects';
    };
    if (can(actor, 'progress.report'))
      items.push({
        kind: 'reports-file',
        label: { zh: '待填报的进度报表', en: 'Progress reports to file' },
        count: p.toFile,
        overdue: p.overdue,
        link: linkOf('toFile'),
        menu: '/projects',
      });
    if (can(actor, 'progress.review'))
      items.push({
        kind: 'reports-accept',
        label: { zh: '待审核的进度报表', en: 'Progress reports to accept' },
        count: p.toAccept,
        overdue: 0,
        link: linkOf('toAccept'),
        menu: '/projects',
      });
  }

  if (can(actor, ['payouts.approve-rights', 'payouts.approve-finance', 'payouts.prepare'])) {
    const b = await batchWork(db, actor);
    if (can(actor, ['payouts.approve-rights', 'payouts.approve-finance']))
      items.push({
        kind: 'batch-sign',
        label: { zh: '待审核的结算批次', en: 'Payout batches to sign' },
        count: b.toSign,
        overdue: 0,
        link: '/payouts',
        menu: '/payouts',
      });
    if (can(actor, 'payouts.prepare'))
      items.push({
        kind: 'batch-pay',
        label: { zh: '待发放的结算批次', en: 'Payout batches to mark paid' },
        count: b.toPay,
        overdue: 0,
        link: '/payouts',
        menu: '/payouts',
      });
  }

  if (can(actor, 'members.import')) {
    const pending = await importsAwaitingDecision(db, actor.accountId);
    items.push({
      kind: 'imports',
      label: { zh: '待确认导入的会员名单', en: 'Imports waiting for a decision' },
      count: pending.length,
      overdue: 0,
      link: pending.length === 1 ? `/imports?batch=${pending[0]!.id}` : '/imports',
      menu: '/imports',
    });
  }

  return { asOf: today, total: items.reduce((n, i) => n + i.count, 0), overdue: items.reduce((n, i) => n + i.overdue, 0), items };
}
