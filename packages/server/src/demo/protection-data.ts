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
import * as claims from '../modules/protection/claims.ts';

async function actorOf(s: Services, username: string): Promise<RequestContext | null> {
  const a = await s.database.db
    .selectFrom('accounts')
    .leftJoin('orgs', 'orgs.id', 'accounts.org_id')
    .select(['accounts.id', 'accounts.username', 'accounts.display_name', 'accounts.role', 'accounts.org_id', 'accounts.person_id', 'orgs.name', 'orgs.path'])
    .where('username', '=', username)
    .executeTakeFirst();
  if (!a) return null;
  const actor: Actor = {
    accountId: a.id,
    username: a.username,
    displayName: a.display_name,
    role: a.role as Actor['role'],
    orgId: a.org_id,
    orgName: a.name,
    orgPath: a.path,
    personId: a.person_id,
    sessionId: 'demo',
  };
  return { actor, ip: null, requestId: 'demo', lang: 'zh' };
}

const PLANS: ProtectionPlan[] = ['A', 'B', 'A+', 'B+'];

export async function loadProtectionDemo(s: Services) {
  const db = s.database.db;
  if (await db.selectFrom('protection_lists').select('id').limit(1).executeTakeFirst()) return { loaded: false };
  const sd: Services = { ...s, clock: fixedClock('2024-11-15') };
  const on = (day: string) => {
    sd.clock = fixedClock(day);
  };
  const admin = (await actorOf(sd, 'admin'))!;
  const pudong = await actorOf(sd, 'pudong');
  const jiading = await actorOf(sd, 'jiading');
  const mutualaid = await actorOf(sd, 'mutualaid');
  const regions = await db
    .selectFrom('orgs')
    .select(['id', 'name'])
    .where('depth', '=', 1)
    .where('kind', 'in', ['district', 'industry'])
    .orderBy('id')
    .execute();

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
  const lists = await db
    .selectFrom('protection_lists')
    .select(['id', 'region_id'])
    .where('year', '=', 2025)
    .where('status', '=', 'draft')
    .orderBy('id')
    .execute();
  for (const l of lists) await protection.submitList(sd, admin, l.id).catch(() => undefined); // an empty list stays a draft
  on('2024-12-20');
  for (const who of [pudong, jiading]) {
    if (!who) continue;
    for (const l of lists.filter((x) => x.region_id === who.actor!.orgId)) await protection.confirmList(sd, who, l.id).catch(() => undefined);
  }
  if (pudong && mutualaid) {
    on('2025-01-15');
    const due = await db
      .selectFrom('protection_covers')
      .select((eb) => eb.fn.sum<number>('remainder_fen').as('fen'))
      .where('region_id', '=', pudong.actor!.orgId)
      .where('year', '=', 2025)
      .where('status', '=', 'confirmed')
      .executeTakeFirstOrThrow();
    const voucher = Buffer.from('%PDF-1.4\n% 浦东新区总工会 2025 年度会员专享基本保障 集中参保 贷记凭证（演示）\n1 0 obj<<>>endobj\n%%EOF');
    const r = await remittances.uploadVoucher(sd, pudong, {
      year: 2025,
      amount: Number(due.fen ?? 0) / 100,
      file: voucher,
      fileName: '浦东-2025-缴费凭证.pdf',
    });
    on('2025-01-17');
    await remittances.reconcile(sd, mutualaid, r.id, r.expected);
    await loadClaimsDemo(s, sd, on, { pudong, jiading, mutualaid });
  }
  return { loaded: true, lists: lists.length };
}

/**
 * A few claims in each state (003 附件2-1 二): 李明's critical illness paid; a Pudong accidental death approved and paid
 * to 浦东新区总工会's account (a unit-enrolled death, 二(二)) but not paid yet — overdue; a disability filed by the union,
 * never reviewed — overdue; a disease death in Jiading rejected with its reason; a critical illness filed a few days ago.
 */
async function loadClaimsDemo(
  s: Services,
  sd: Services,
  on: (day: string) => void,
  who: { pudong: RequestContext; jiading: RequestContext | null; mutualaid: RequestContext },
) {
  const db = s.database.db;
  const member = await actorOf(sd, 'member');
  const covered = (regionId: number, n: number) =>
    db
      .selectFrom('protection_covers')
      .innerJoin('persons', 'persons.id', 'protection_covers.person_id')
      .select(['protection_covers.membership_id'])
      .where('protection_covers.region_id', '=', regionId)
      .where('protection_covers.year', '=', 2025)
      .where('protection_covers.status', '=', 'confirmed')
      .where('persons.name', '<>', '李明')
      .orderBy('protection_covers.id')
      .limit(n)
      .execute();
  const pudongMembers = await covered(who.pudong.actor!.orgId!, 3);
  const jiadingMembers = who.jiading ? await covered(who.jiading.actor!.orgId!, 1) : [];
  const quietly = async <T>(f: () => Promise<T>) => {
    try {
      return await f();
    } catch (err) {
      s.log.warn({ err: err instanceof Error ? err.message : String(err) }, 'demo claim skipped');
      return null;
    }
  };
  if (member) {
    on('2025-03-20');
    const k = await quietly(() =>
      claims.fileClaim(
        sd,
        member,
        { claimType: 'critical-illness', eventDate: '2025-03-10', documentIds: [], description: '确诊急性心肌梗塞，住院治疗' },
        'member',
      ),
    );
    if (k) {
      on('2025-04-01');
      await quietly(() => claims.approveClaim(sd, who.mutualaid, k.id, '材料齐全，符合重大疾病保障条款'));
      on('2025-04-15');
      await quietly(() => claims.payClaim(sd, who.mutualaid, k.id, { reference: 'DEMO-2025-0415-001' }));
    }
  }
  const [death, disability, recent] = pudongMembers;
  if (death) {
    on('2025-06-10');
    const k = await quietly(() =>
      claims.fileClaim(
        sd,
        who.pudong,
        {
          membershipId: death.membership_id,
          claimType: 'accidental-death',
          eventDate: '2025-06-01',
          documentIds: [],
          description: '交通事故身故，由单位代为申请',
        },
        'unit',
      ),
    );
    on('2025-07-01');
    if (k) await quietly(() => claims.approveClaim(sd, who.mutualaid, k.id, '经调查核实无误'));
  }
  if (disability) {
    on('2025-05-10');
    await quietly(() =>
      claims.fileClaim(
        sd,
        who.pudong,
        { membershipId: disability.membership_id, claimType: 'accidental-total-disability', eventDate: '2025-05-02', documentIds: [] },
        'unit',
      ),
    );
  }
  const jm = jiadingMembers[0];
  if (jm && who.jiading) {
    on('2025-08-20');
    const k = await quietly(() =>
      claims.fileClaim(sd, who.jiading!, { membershipId: jm.membership_id, claimType: 'disease-death', eventDate: '2025-08-01', documentIds: [] }, 'unit'),
    );
    on('2025-09-01');
    if (k) await quietly(() => claims.rejectClaim(sd, who.mutualaid, k.id, '死亡证明载明为意外身故，请改按意外身故保障申请'));
  }
  if (recent) {
    // Filed a few days before the real today, so it is still within its 90 days (within the two-year deadline until 2027-12-31).
    const d = new Date(`${s.clock.today()}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - 3);
    const day = d.toISOString().slice(0, 10);
    if (day >= '2025-10-01' && day <= '2027-12-31') {
      on(day);
      await quietly(() =>
        claims.fileClaim(
          sd,
          who.pudong,
          { membershipId: recent.membership_id, claimType: 'critical-illness', eventDate: '2025-10-01', documentIds: [] },
          'unit',
        ),
      );
    }
  }
}
