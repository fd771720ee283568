// Demo: the 2025 collective enrollment of member protection (003 附件2-1 一(二)1, 三、时间节点), run through the
// protection service on the days of its timetable. Every district's lists are built and submitted in November
// (Pudong plan B, so 李明 is covered by plan B; the other unions cycle through A, B, A+, B+); Pudong and Jiading
// confirm in December; Pudong remits and 市职保中心 reconciles in January; Jiading has not remitted yet.
import { fixedClock } from '../platform/clock.ts';
import type { Actor } from '../platform/access.ts';
import type { RequestContext } from '../platform/context.ts';
import type { Services } from '../platform/services.ts';
import type { ProtectionPlan } from '../db/schema.ts';
import * as protection from '../modules/protection/service.ts';
import * as remittances from '../modules/protection/remittances.ts';

async function actorOf(s: Services, username: string): Promise<RequestContext | null> {
  const a = await s.database.db.selectFrom('accounts').leftJoin('orgs', 'orgs.id', 'accounts.org_id').select(['accounts.id', 'accounts.username', 'accounts.display_name', 'accounts.role', 'accounts.org_id', 'accounts.person_id', 'orgs.name', 'orgs.path']).where('username', '=', username).executeTakeFirst();
  if (!a) return null;
  const actor: Actor = { accountId: a.id, username: a.username, displayName: a.display_name, role: a.role as Actor['role'], orgId: a.org_id, orgName: a.name, orgPath: a.path, personId: a.person_id, sessionId: 'demo' };
  return { actor, ip: null, requestId: 'demo', lang: 'zh' };
}

const PLANS: ProtectionPlan[] = ['A', 'B', 'A+', 'B+'];

export async function loadProtectionDemo(s: Services) {
  const db = s.database.db;
  if (await db.selectFrom('protection_lists').select('id').limit(1).executeTakeFirst()) return { loaded: false };
  const sd: Services = { ...s, clock: fixedClock('2024-11-15') };
  const on = (day: string) => { sd.clock = fixedClock(day); };
  const admin = (await actorOf(sd, 'admin'))!;
  const pudong = await actorOf(sd, 'pudong');
  const jiading = await actorOf(sd, 'jiading');
  const mutualaid = await actorOf(sd, 'mutualaid');
  const regions = await db.selectFrom('orgs').select(['id', 'name']).where('depth', '=', 1).where('kind', 'in', ['district', 'industry']).orderBy('id').execute();

  on('2024-11-15');
  let k = 0;
  for (const r of regions) {
    const plan: ProtectionPlan = r.id === pudong?.actor?.orgId ? 'B' : PLANS[k++ % PLANS.length]!;
    try {
      await protection.startCollective(sd, admin, { year: 2025, orgId: r.id, plan });
    } catch {
      /* a region without grassroots unions */
    }
  }
  await sd.jobs.drain();
  on('2024-12-10');
  const lists = await db.selectFrom('protection_lists').select(['id', 'region_id']).where('year', '=', 2025).where('status', '=', 'draft').orderBy('id').execute();
  for (const l of lists) await protection.submitList(sd, admin, l.id).catch(() => undefined); // an empty list stays a draft
  on('2024-12-20');
  for (const who of [pudong, jiading]) {
    if (!who) continue;
    for (const l of lists.filter((x) => x.region_id === who.actor!.orgId)) await protection.confirmList(sd, who, l.id).catch(() => undefined);
  }
  if (pudong && mutualaid) {
    on('2025-01-15');
    const due = await db.selectFrom('protection_covers').select((eb) => eb.fn.sum<number>('remainder_fen').as('fen')).where('region_id', '=', pudong.actor!.orgId).where('year', '=', 2025).where('status', '=', 'confirmed').executeTakeFirstOrThrow();
    const voucher = Buffer.from('%PDF-1.4\n% 浦东新区总工会 2025 年度会员专享基本保障 集中参保 贷记凭证（演示）\n1 0 obj<<>>endobj\n%%EOF');
    const r = await remittances.uploadVoucher(sd, pudong, { year: 2025, amount: Number(due.fen ?? 0) / 100, file: voucher, fileName: '浦东-2025-缴费凭证.pdf' });
    on('2025-01-17');
    await remittances.reconcile(sd, mutualaid, r.id, r.expected);
  }
  return { loaded: true, lists: lists.length };
}
