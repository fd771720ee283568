// The daily job of the yellow cards (issue 11 §3 Inspections; 001 健康服务点 三(三) 红黄牌): a yellow card
// (整改通知书) gives a deadline to fix; when the day after the deadline comes and the card has not been
// lifted (the fix re-checked, POST /sites/:id/lift-yellow), the site gets its red card (摘牌通知书): it is
// de-listed, leaves the public map and is not paid, and the union it belongs to is told in its portal.
// Idempotent: each site is locked and moved only while it is still under the yellow card, so a second
// run the same day (or two workers at once) changes nothing.
import { z } from 'zod';
import { writeAudit } from '../../platform/audit.ts';
import { systemContext } from '../../platform/context.ts';
import { defineJob } from '../../platform/module.ts';
import type { Services } from '../../platform/services.ts';
import { notifyOfficers } from '../notifications/service.ts';
import * as repo from './repository.ts';

export const SYSTEM_ACTOR = '系统（整改期限届满自动摘牌）';

export async function expireYellowCards(s: Services) {
  const today = s.clock.today();
  const due = await repo.overdueYellowCards(s.database.db, today);
  let redCards = 0;
  for (const id of due) {
    const done = await s.database.db.transaction().execute(async (trx) => {
      const r = await repo.siteById(trx, id, true);
      // Lifted or carded by hand since the list was read, or the deadline moved: nothing to do.
      if (!r || r.status !== 'yellow-card' || !r.yellow_deadline || r.yellow_deadline >= today) return false;
      const y = Number(today.slice(0, 4));
      const yellow = await repo.lastNotice(trx, id, 'yellow-card');
      const notice = {
        kind: 'red-card',
        no: `沪工阵摘字〔${y}〕${String((await repo.noticeCount(trx, 'red-card', y)) + 1).padStart(3, '0')}号`,
        reasons: [
          `逾期未整改：整改期限 ${r.yellow_deadline} 已过，黄牌未解除${yellow?.no ? `（${yellow.no}）` : ''}`,
          ...(yellow?.items ?? []).map((x) => `未整改：${x}`),
        ].slice(0, 20),
        issuedOn: today,
        issuer: yellow?.issuer ?? '上海市总工会',
        auto: true,
      };
      await repo.redCardIfYellow(trx, id);
      await repo.addEvent(trx, {
        siteId: id,
        action: 'red-card',
        from: 'yellow-card',
        to: 'red-card',
        actorId: null,
        actorName: SYSTEM_ACTOR,
        actorOrgId: null,
        comment: `整改期限 ${r.yellow_deadline} 已过，自动摘牌`,
        notice,
        onDate: today,
      });
      await writeAudit(trx, systemContext(), {
        action: 'site.red-card',
        entity: 'site',
        entityId: id,
        orgPath: r.org_path,
        summary: `${r.no} yellow-card → red-card (deadline ${r.yellow_deadline} passed)`,
        before: { status: 'yellow-card' },
        after: { status: 'red-card', notice },
      });
      await notifyOfficers(s, trx, { orgIds: [r.org_id] }, 'site-red-card-overdue', {
        no: r.no,
        name: r.name,
        deadline: r.yellow_deadline,
        on: today,
        notice: notice.no,
      });
      return true;
    });
    if (done) redCards++;
  }
  return { checked: due.length, redCards };
}

export const yellowOverdueJob = defineJob({ kind: 'sites.yellow-card-overdue', payload: z.object({}), handler: (s) => expireYellowCards(s) });
