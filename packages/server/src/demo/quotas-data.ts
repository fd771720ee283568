// Demo of the place programs (issue 10), written through the pools module's own services so every rule applies:
// - the 2025 sanatorium offer (003 附件2-9-1/2-9-2, run by 海鸥集团), districts' requests sent by 2024-12-15 and
//   granted (Pudong, Xuhui), one still to grant (Jiading); places split Pudong → 张江 → grassroots unions;
// - rosters in every state (draft, submitted, settled) and one settlement paid to 海鸥集团;
// - a city-wide first-come pool open now (003 附件2-9 团体疗休养名额 25,000) with claims, and Jiading's 2021
//   6,000 D/E/F checkup places (002, first come first served, January–February 2021);
// - a 2022 mobile checkup of gig workers (001 项目4): three members of the demo grassroots union enrolled by 饿了么 (two)
//   and 美团 (one) in the 2022 gig register, the provider's claim, and one bill per platform (饿了么's confirmed, 美团's
//   waiting), so the accounts eleme / meituan each see their own 平台结算单.
import { sql } from 'kysely';
import { fixedClock } from '../platform/clock.ts';
import type { RequestContext } from '../platform/context.ts';
import type { Services } from '../platform/services.ts';
import * as pools from '../modules/pools/service.ts';
import * as quotas from '../modules/pools/quotas.ts';
import * as bills from '../modules/pools/bills.ts';
import { submitRosterJson } from '../modules/protection/gig.ts';
import { actorOf } from './applications-data.ts';

const PLANS_2025: [code: string, capacity: number][] = [
  ['renewal-1', 2000],
  ['renewal-2', 2000],
  ['renewal-3', 2000],
  ['renewal-4', 1000],
  ['group-1', 3000],
  ['group-2', 3000],
  ['group-3', 3000],
  ['group-4', 3000],
  ['group-5', 2500],
  ['group-6', 2000],
  ['group-7', 1000],
  ['group-8', 1500],
  ['group-9', 1000],
];

export async function loadQuotasDemo(s: Services) {
  const db = s.database.db;
  if (await db.selectFrom('quota_offers').select('id').limit(1).executeTakeFirst()) return { loaded: false };
  const sd: Services = { ...s, clock: fixedClock('2024-11-20') };
  const on = (day: string) => {
    sd.clock = fixedClock(day);
  };
  const [admin, seagull, pudong, jiading, zhangjiang, grassroots, rights, finance] = await Promise.all(
    ['admin', 'seagull', 'pudong', 'jiading', 'zhangjiang', 'grassroots', 'rights', 'finance'].map((u) => actorOf(sd, u)),
  );
  const contacts = [{ name: '尤骏', org: '上海海鸥控股（集团）有限公司', phone: '021-65151360-816' }];

  // §1 the 2025 offer, priced by the engine; the 2018 checkup plans (000 体检计划汇总表).
  const offers = new Map<string, number>();
  for (const [code, capacity] of PLANS_2025)
    offers.set(code, (await quotas.createOffer(sd, seagull!, { program: 'group-sanatorium', year: 2025, code, capacity, contacts })).id);
  const sanatorium = await db.selectFrom('orgs').select('id').where('function_code', '=', 'workers-sanatorium').executeTakeFirst();
  for (const code of ['A', 'B', 'C', 'D', 'E', 'F', 'L1', 'L2', 'L3', 'L4', 'L5', 'L6'])
    await quotas.createOffer(sd, seagull!, {
      program: 'health-checkup',
      year: 2018,
      code,
      capacity: code.startsWith('L') ? 2000 : 5000,
      contacts: [{ name: '市工人疗养院体检中心' }],
      ...(sanatorium && { providerOrgId: sanatorium.id }),
    });

  // §2 requests by 2024-12-15 (000 六(一)1), granted by the federation.
  const xuhui = await db.selectFrom('orgs').select('id').where('kind', '=', 'district').where('name', 'like', '徐汇%').executeTakeFirst();
  const pd = await quotas.submitRequest(sd, pudong!, {
    program: 'group-sanatorium',
    year: 2025,
    rows: [
      { offerId: offers.get('group-5')!, places: 300 },
      { offerId: offers.get('group-2')!, places: 200 },
      { offerId: offers.get('renewal-1')!, places: 120 },
    ],
  });
  on('2024-12-10');
  const jd = await quotas.submitRequest(sd, jiading!, {
    program: 'group-sanatorium',
    year: 2025,
    rows: [
      { offerId: offers.get('group-5')!, places: 150 },
      { offerId: offers.get('group-4')!, places: 100 },
    ],
  });
  if (xuhui) {
    const xh = await quotas.submitRequest(sd, admin!, {
      program: 'group-sanatorium',
      year: 2025,
      orgId: xuhui.id,
      rows: [{ offerId: offers.get('group-1')!, places: 180 }],
    });
    on('2025-01-06');
    await quotas.grantRequest(sd, admin!, xh.id, { rows: [{ row: 1, places: 150 }] });
  }
  on('2025-01-06');
  const granted = await quotas.grantRequest(sd, admin!, pd.id, {
    rows: [
      { row: 1, places: 240 },
      { row: 2, places: 200 },
      { row: 3, places: 100 },
    ],
  });
  void jd; // Jiading's request waits for the federation (a state to show).
  // 屏风山 by allocation (000 四): the federation gives Pudong 60 places of group-8.
  await pools.createGrant(sd, admin!, { program: 'group-sanatorium', year: 2025, site: 'group-8', toOrgId: pudong!.actor!.orgId!, places: 60 });

  // Down the tree: Pudong → 张江 → the demo grassroots union and a second one (000 六(一)2, within the month).
  on('2025-01-20');
  const g5 = granted.rows[0]!.grantId!;
  const street = await pools.createGrant(sd, pudong!, { program: 'x', year: 2025, parentId: g5, toOrgId: zhangjiang!.actor!.orgId!, places: 80 });
  const grass = await pools.createGrant(sd, zhangjiang!, { program: 'x', year: 2025, parentId: street.id, toOrgId: grassroots!.actor!.orgId!, places: 12 });
  const second = await db
    .selectFrom('orgs')
    .select('id')
    .where('parent_id', '=', zhangjiang!.actor!.orgId!)
    .where('kind', '=', 'grassroots')
    .where('id', '<>', grassroots!.actor!.orgId!)
    .orderBy('id')
    .executeTakeFirst();
  if (second) await pools.createGrant(sd, zhangjiang!, { program: 'x', year: 2025, parentId: street.id, toOrgId: second.id, places: 20 });

  // §3 rosters of the grassroots union: one settled and paid, one submitted, one draft.
  const nos = (
    await sql<{
      member_no: string;
    }>`select member_no from memberships where org_id = ${grassroots!.actor!.orgId!} and status = 'active' order by member_no`.execute(db)
  ).rows.map((r) => r.member_no);
  on('2025-04-01');
  const r1 = await quotas.createRoster(sd, grassroots!, { grantId: grass.id, startsOn: '2025-04-18', endsOn: '2025-04-20', members: nos.slice(0, 3) });
  await quotas.submitRoster(sd, grassroots!, r1.id);
  if (nos.length > 4) {
    const r2 = await quotas.createRoster(sd, grassroots!, { grantId: grass.id, startsOn: '2025-09-12', endsOn: '2025-09-14', members: nos.slice(3, 5) });
    await quotas.submitRoster(sd, grassroots!, r2.id);
  }
  if (nos.length > 5) await quotas.createRoster(sd, grassroots!, { grantId: grass.id, startsOn: '2025-10-17', endsOn: '2025-10-19', members: nos.slice(5, 6) });

  // §4 海鸥集团 files the claim of the April trip; rights, then finance; paid to its verified account.
  on('2025-04-25');
  const seagullOrg = seagull!.actor!.orgId!;
  let account = await db.selectFrom('payee_accounts').select('id').where('org_id', '=', seagullOrg).where('status', '=', 'active').executeTakeFirst();
  if (!account)
    account = await db
      .insertInto('payee_accounts')
      .values({
        org_id: seagullOrg,
        bank: '中国工商银行上海市分行',
        account_name: '上海海鸥控股（集团）有限公司',
        account_no: '1001 2345 6789 0123 456',
        created_by: admin!.actor!.accountId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  await db
    .updateTable('payee_accounts')
    .set({ verified_by: finance!.actor!.accountId, verified_at: new Date('2025-01-10T02:00:00Z') })
    .where('id', '=', account.id)
    .where('verified_by', 'is', null)
    .execute();
  const roster = await quotas.getRoster(sd, grassroots!, r1.id);
  const st = await quotas.submitSettlement(sd, seagull!, {
    rosterId: r1.id,
    persons: roster.persons,
    amount: roster.persons * 600,
    members: roster.entries.map((e) => e.memberNo),
    satisfaction: { responses: roster.persons, satisfied: roster.persons },
  });
  await quotas.reviewSettlement(sd, rights!, st.id, 'rights');
  await quotas.reviewSettlement(sd, finance!, st.id, 'finance');
  on('2025-05-10');
  await quotas.paySettlement(sd, finance!, st.id, { reference: 'HG-2025-0510-001' });

  // First-come: the 2025 city-wide group places (003 附件2-9, 25,000), open now, with claims of Pudong's members.
  const now = Date.now();
  const city = await pools.createPool(sd, admin!, {
    title: '2025 年职工团体疗休养 先到先得名额',
    capacity: 25_000,
    orgId: admin!.actor!.orgId!,
    opensAt: new Date(now - 86_400_000).toISOString(),
    closesAt: new Date(now + 60 * 86_400_000).toISOString(),
    program: 'group-sanatorium',
    year: 2025,
  });
  const pudongPeople = (
    await sql<{
      person_id: number;
    }>`select m.person_id from memberships m join orgs o on o.id = m.org_id where o.path like (select path from orgs where id = ${pudong!.actor!.orgId!}) || '%' and m.status = 'active' and m.person_id <> coalesce((select person_id from accounts where username = 'member'), 0) order by m.id limit 40`.execute(
      db,
    )
  ).rows;
  await Promise.all(pudongPeople.map((p) => pools.claim(sd, pudong!, city.id, Number(p.person_id))));

  // Jiading 2021: 6,000 D/E/F places, first come first served in January–February 2021 (002); the claims as they were.
  const jdPool = await pools.createPool(sd, jiading!, {
    title: '嘉定区 2021 年职工健康体检 D/E/F 计划（先到先得）',
    capacity: 6000,
    orgId: jiading!.actor!.orgId!,
    opensAt: '2021-01-04T00:00:00+08:00',
    closesAt: '2021-02-28T23:59:59+08:00',
    program: 'health-checkup',
    year: 2021,
  });
  const jdMembers = await sql<{
    person_id: number;
    id: number;
    org_id: number;
  }>`select m.person_id, m.id, m.org_id from memberships m join orgs o on o.id = m.org_id where o.path like (select path from orgs where id = ${jiading!.actor!.orgId!}) || '%' and m.status = 'active' order by m.id limit ${jdPool.capacity}`.execute(
    db,
  );
  // At most the pool's 6,000 (a larger demo — `shishi demo --members 100000` — has more Jiading members than places: the
  // pool is then full, as it was in 2021), written in chunks that keep each INSERT under the bind-parameter limit.
  const claims = jdMembers.rows.map((m, i) => ({
    pool_id: jdPool.id,
    person_id: m.person_id,
    membership_id: m.id,
    org_id: m.org_id,
    claimed_by: jiading!.actor!.accountId,
    created_at: new Date(Date.parse('2021-01-04T01:00:00Z') + i * 60_000),
  }));
  for (let i = 0; i < claims.length; i += 1000)
    await db
      .insertInto('pool_claims')
      .values(claims.slice(i, i + 1000))
      .execute();
  if (claims.length) await db.updateTable('pools').set({ taken: claims.length }).where('id', '=', jdPool.id).execute();
  await loadGigCheckupDemo(s, db, { admin: admin!, seagull: seagull!, pudong: pudong!, grassroots: grassroots! });
  return { loaded: true };
}

/** 001 项目4 三: a 2022 afternoon mobile checkup of three gig workers, billed to their platforms (200 − 100 yuan each). */
async function loadGigCheckupDemo(s: Services, db: Services['database']['db'], u: Record<'admin' | 'seagull' | 'pudong' | 'grassroots', RequestContext>) {
  const sanatorium = await db.selectFrom('orgs').select('id').where('function_code', '=', 'workers-sanatorium').executeTakeFirst();
  const [eleme, meituan, provider] = await Promise.all(['eleme', 'meituan', 'sanatorium'].map((n) => actorOf(s, n)));
  // The last three members (by number) of the demo grassroots union under 60, not the demo member 李明.
  const rows = (
    await sql<{ member_no: string; name: string; id_cipher: string; person_id: number }>`
    select m.member_no, p.name, p.id_cipher, p.id as person_id from memberships m join persons p on p.id = m.person_id
    where m.org_id = ${u.grassroots.actor!.orgId!} and m.status = 'active' and p.birth_date > '1963-06-01'
      and p.id <> coalesce((select person_id from accounts where username = 'member'), 0)
    order by m.member_no desc limit 3`.execute(db)
  ).rows;
  if (!sanatorium || rows.length < 3) return;
  for (const r of rows)
    await sql`update persons set categories = array_append(categories, 'gig-worker') where id = ${r.person_id} and not ('gig-worker' = any(categories))`.execute(
      db,
    );
  const worker = (i: number) => ({ name: rows[i]!.name, idNumber: s.vault.open(rows[i]!.id_cipher), mobile: `1370000000${i + 1}` });
  const sd: Services = { ...s, clock: fixedClock('2022-03-15') };
  await submitRosterJson(sd, eleme!, { rows: [worker(0), worker(1)] });
  await submitRosterJson(sd, meituan!, { rows: [worker(2)] });
  sd.clock = fixedClock('2022-05-20');
  await quotas.createOffer(sd, u.seagull, {
    program: 'gig-mobile-checkup',
    year: 2022,
    code: 'afternoon',
    capacity: 5000,
    providerOrgId: sanatorium.id,
    contacts: [{ name: '路佳燕', org: '市工人疗养院', phone: '13482809753' }],
  });
  const grant = await pools.createGrant(sd, u.admin, {
    program: 'gig-mobile-checkup',
    year: 2022,
    site: 'afternoon',
    toOrgId: u.pudong.actor!.orgId!,
    places: 200,
  });
  const roster = await quotas.createRoster(sd, u.pudong, {
    grantId: grant.id,
    startsOn: '2022-06-18',
    endsOn: '2022-06-18',
    members: rows.map((r) => r.member_no),
  });
  await quotas.submitRoster(sd, u.pudong, roster.id);
  sd.clock = fixedClock('2022-06-25');
  // The provider (市工人疗养院, account sanatorium) files its claim (3 × 100 yuan); the platforms get their bills.
  const st = await quotas.submitSettlement(sd, provider!, {
    rosterId: roster.id,
    persons: 3,
    amount: 300,
    members: rows.map((r) => r.member_no),
    satisfaction: { responses: 3, satisfied: 3 },
  });
  const mine = (await bills.listBills(sd, eleme!, { settlementId: st.id })).items;
  sd.clock = fixedClock('2022-06-28');
  if (mine[0]) await bills.confirmBill(sd, eleme!, mine[0].id);
}
