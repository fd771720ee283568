// The demo: the federation and its tree (from the seeds), one account per role, and synthetic
// members with valid ID numbers. Loaded on the first start of an empty database, or by `shishi demo`.
import { sql } from 'kysely';
import { analyzeAfterBulkLoad } from '../db/database.ts';
import { idCheckCharacter, maskIdNumber, maskMobile } from '../platform/identifiers.ts';
import { regionOfPath } from '../platform/access.ts';
import { hashPassword } from '../platform/passwords.ts';
import type { Services } from '../platform/services.ts';
import { demoOrgKeys, demoOrgs } from './org-data.ts';
import { syntheticPeople } from './synthetic-people.ts';
import { loadLifecycleDemo } from './lifecycle-data.ts';

export const DEMO_PASSWORD = 'Shishi@demo1';

/** The demo member who can log in by mobile + code (and by password as `member`). */
export const demoMember = { name: '李明', idNumber: '310115199003076515', mobile: '13800138000' };

export const demoAccounts = [
  { username: 'admin', displayName: '市总系统管理员', role: 'federation-admin', org: (o: Lookup) => o.root },
  { username: 'security', displayName: '市总安全管理员', role: 'security-admin', org: (o: Lookup) => o.root },
  { username: 'auditor', displayName: '审计员', role: 'auditor', org: (o: Lookup) => o.root },
  { username: 'rights', displayName: '权益保障部干部', role: 'department-officer', org: (o: Lookup) => o.byFunction('rights') },
  { username: 'mutualaid', displayName: '职保中心干部', role: 'agency-officer', org: (o: Lookup) => o.byFunction('mutual-aid-centre') },
  // Issue 10: the agency running the sanatorium and checkup offers (000 六: 海鸥集团疗休养事业发展部), and the finance
  // department's second review of providers' settlements (000 六(三)).
  { username: 'seagull', displayName: '海鸥集团疗休养事业发展部干部', role: 'agency-officer', org: (o: Lookup) => o.byFunction('seagull') },
  // The provider of the checkups and the gig workers' mobile checkups (000 体检; 001 项目4: 市工人疗养院): files its claims,
  // answers the platforms' disputes and records their payments.
  { username: 'sanatorium', displayName: '市工人疗养院体检中心干部', role: 'agency-officer', org: (o: Lookup) => o.byFunction('workers-sanatorium') },
  { username: 'finance', displayName: '财务资产管理部干部', role: 'department-officer', org: (o: Lookup) => o.byFunction('finance') },
  { username: 'pudong', displayName: '浦东新区总工会干部', role: 'regional-officer', org: (o: Lookup) => o.district('浦东新区') },
  { username: 'jiading', displayName: '嘉定区总工会干部', role: 'regional-officer', org: (o: Lookup) => o.district('嘉定区') },
  // Issue 11 §5: a district's own program is prepared and signed by its own officers, three different people
  // (payouts regionalRunner: the preparer, the rights sign-off, then the finance sign-off; a district has no such departments).
  { username: 'jiading2', displayName: '嘉定区总工会干部（权益审核）', role: 'regional-officer', org: (o: Lookup) => o.district('嘉定区') },
  { username: 'jiading3', displayName: '嘉定区总工会干部（财务审核）', role: 'regional-officer', org: (o: Lookup) => o.district('嘉定区') },
  { username: 'zhangjiang', displayName: '张江园区工会干部', role: 'street-officer', org: (o: Lookup) => o.pudongStreet },
  { username: 'grassroots', displayName: '基层工会干部', role: 'grassroots-officer', org: (o: Lookup) => o.pudongGrassroots },
  // Issue 9 §4: the gig platforms upload their workers (001 互助保障计划 二).
  { username: 'eleme', displayName: '饿了么上海平台工作人员', role: 'platform-officer', org: (o: Lookup) => o.byKey(demoOrgKeys.eleme) },
  { username: 'meituan', displayName: '美团上海平台工作人员', role: 'platform-officer', org: (o: Lookup) => o.byKey(demoOrgKeys.meituan) },
] as const;

interface Lookup {
  root: number;
  byFunction(code: string): number;
  district(short: string): number;
  pudongStreet: number;
  pudongGrassroots: number;
  byKey(key: string): number;
}

export async function loadDemoIfEmpty(s: Services, opts: { members: number; force?: boolean; progress?: (line: string) => void }) {
  // First start says what it is doing (issue 12 §4): one console line per stage with the elapsed time.
  const t0 = Date.now();
  const say = (zh: string, en: string) => opts.progress?.(`[演示数据 demo ${((Date.now() - t0) / 1000).toFixed(1)}s] ${zh} / ${en}`);
  const db = s.database.db;
  const existing = await db.selectFrom('orgs').select('id').limit(1).executeTakeFirst();
  if (existing) {
    if (opts.force) s.log.warn('the database already has data: the demo is loaded only into an empty database');
    return { loaded: false };
  }
  const started = Date.now();
  s.log.info({ members: opts.members }, 'loading demo data (first start)');
  say(
    `首次启动：正在载入演示数据（组织、账号、${opts.members} 名会员，约需半分钟）`,
    `first start: loading the demo (orgs, accounts, ${opts.members} members, about half a minute)`,
  );
  const ids = new Map<string, { id: number; path: string; kind: string; parentKey: string | null }>();
  await db.transaction().execute(async (trx) => {
    let nextId = 1;
    const rows = demoOrgs.map((o) => {
      const id = nextId++;
      const parent = o.parentKey ? ids.get(o.parentKey) : undefined;
      if (o.parentKey && !parent) throw new Error(`demo org ${o.key}: parent ${o.parentKey} comes later`);
      const path = `${parent ? parent.path : ''}${id}.`;
      ids.set(o.key, { id, path, kind: o.kind, parentKey: o.parentKey });
      return {
        id,
        parent_id: parent?.id ?? null,
        path,
        depth: path.split('.').length - 2,
        kind: o.kind,
        name: o.name,
        short_name: o.shortName ?? null,
        code: o.code ?? null,
        unit_category: o.unitCategory ?? 'ordinary',
        function_code: o.functionCode ?? null,
        allocation_no: o.allocation2022?.no ?? null,
      };
    });
    for (let i = 0; i < rows.length; i += 500)
      await trx
        .insertInto('orgs')
        .values(rows.slice(i, i + 500))
        .execute();
    await sql`select setval(pg_get_serial_sequence('orgs', 'id'), (select max(id) from orgs))`.execute(trx);
  });

  say(`已建立 ${demoOrgs.length} 个组织，正在创建账号和会员`, `${demoOrgs.length} orgs created; creating accounts and members`);
  const byKey = [...ids.entries()];
  const find = (pred: (o: (typeof demoOrgs)[number]) => boolean, what: string) => {
    const o = demoOrgs.find(pred);
    if (!o) throw new Error(`demo data has no ${what}`);
    return ids.get(o.key)!.id;
  };
  const under = (parentId: number, kind: string) => {
    const parentPath = byKey.find(([, v]) => v.id === parentId)![1].path;
    const hit = byKey.find(([, v]) => v.kind === kind && v.path.startsWith(parentPath));
    if (!hit) throw new Error(`demo data has no ${kind} under org ${parentId}`);
    return hit[1].id;
  };
  const lookup: Lookup = {
    root: find((o) => o.kind === 'municipal', 'federation'),
    byFunction: (code) => find((o) => o.functionCode === code, code),
    district: (short) => find((o) => o.kind === 'district' && (o.shortName === short || o.name.startsWith(short)), short),
    get pudongStreet() {
      const g = byKey.find(([k]) => k === demoOrgKeys.grassroots)![1];
      return g.path.split('.').filter(Boolean).map(Number).at(-2)!;
    },
    get pudongGrassroots() {
      return ids.get(demoOrgKeys.grassroots)!.id;
    },
    byKey: (key) => ids.get(key)!.id,
  };

  // Accounts, one per role.
  const hash = await hashPassword(DEMO_PASSWORD);
  const accountRows = demoAccounts.map((a) => ({
    username: a.username,
    display_name: a.displayName,
    role: a.role,
    org_id: a.org(lookup),
    password_hash: hash,
    password_changed_at: new Date(),
  }));
  await db.insertInto('accounts').values(accountRows).execute();

  // Members: spread over the grassroots unions; the demo member sits in the demo grassroots officer's union.
  const grassroots = byKey.filter(([, v]) => v.kind === 'grassroots').map(([, v]) => v.id);
  const regionOf = new Map(byKey.map(([, v]) => [v.id, regionOfPath(v.path)]));
  const personRows: unknown[][] = [];
  const membershipRows: unknown[][] = [];
  const baseNo = 3100000001;
  const add = (
    p: { name: string; idNumber: string; mobile: string | null; birthDate: string; sex: 'male' | 'female'; categories: string[]; joinedOn: string },
    orgId: number,
  ) => {
    const id = personRows.length + 1;
    personRows.push([
      id,
      p.name,
      s.vault.blindIndex(p.idNumber),
      s.vault.seal(p.idNumber),
      maskIdNumber(p.idNumber),
      p.birthDate,
      p.sex,
      p.mobile ? s.vault.blindIndex(p.mobile) : null,
      p.mobile ? s.vault.seal(p.mobile) : null,
      p.mobile ? maskMobile(p.mobile) : null,
      p.categories,
    ]);
    const cardStatus = id % 10 === 0 ? 'none' : id % 23 === 0 ? 'issued' : 'active';
    membershipRows.push([id, id, orgId, regionOf.get(orgId)!, String(baseNo + id - 1), p.joinedOn, cardStatus, id % 3 === 0]);
  };
  add({ ...demoMember, birthDate: '1990-03-07', sex: 'male', categories: ['frontline-worker'], joinedOn: '2015-06-01' }, lookup.pudongGrassroots);
  let i = 0;
  for (const p of syntheticPeople({ seed: 20251123, count: opts.members, referenceDate: '2025-01-01' })) {
    if (p.idNumber === demoMember.idNumber) continue;
    add(p, grassroots[i++ % grassroots.length]!);
  }
  await s.database.copyRows(
    'persons',
    ['id', 'name', 'id_hash', 'id_cipher', 'id_masked', 'birth_date', 'sex', 'phone_hash', 'phone_cipher', 'phone_masked', 'categories'],
    personRows,
  );
  await s.database.copyRows('memberships', ['id', 'person_id', 'org_id', 'region_id', 'member_no', 'joined_on', 'card_status', 'e_membership'], membershipRows);
  // A bulk load leaves the planner without statistics (it estimated 1 row for 3.5 million and chose
  // nested loops reading 8 million buffers for one count, issue 14 §2) and the visibility map empty
  // (no index-only scans until autovacuum gets round to it; PGlite has no autovacuum): VACUUM ANALYZE now.
  await analyzeAfterBulkLoad(db, ['persons', 'memberships', 'member_counts']);
  await sql`select setval(pg_get_serial_sequence('persons', 'id'), greatest((select max(id) from persons), 1))`.execute(db);
  await sql`select setval(pg_get_serial_sequence('memberships', 'id'), greatest((select max(id) from memberships), 1))`.execute(db);
  await sql`select setval('member_no_seq', ${baseNo + personRows.length})`.execute(db);
  const member = await db.selectFrom('persons').select('id').where('id_hash', '=', s.vault.blindIndex(demoMember.idNumber)).executeTakeFirstOrThrow();
  await db
    .insertInto('accounts')
    .values({ username: 'member', display_name: demoMember.name, role: 'member', person_id: member.id, password_hash: hash, password_changed_at: new Date() })
    .execute();
  await db
    .insertInto('audit_log')
    .values({
      actor_name: 'system',
      actor_role: 'system',
      action: 'demo.load',
      entity: 'system',
      summary: `${demoOrgs.length} orgs, ${personRows.length} members, ${demoAccounts.length + 1} accounts`,
    })
    .execute();
  await loadLifecycleDemo(s);
  s.log.info({ orgs: demoOrgs.length, members: personRows.length, ms: Date.now() - started }, 'demo data loaded');
  say(`演示数据已载入：${personRows.length} 名会员`, `demo loaded: ${personRows.length} members`);
  await (await import('./applications-data.ts')).loadApplicationsDemo(s);
  await (await import('./surveys-data.ts')).loadSurveysDemo(s);
  await (await import('./protection-data.ts')).loadProtectionDemo(s);
  await (await import('./quotas-data.ts')).loadQuotasDemo(s);
  await (await import('./sites-data.ts')).loadSitesDemo(s);
  await (await import('./announcements-data.ts')).loadAnnouncementsDemo(s);
  say('正在载入本年度的项目、申请和结算批次', "loading the current year's programs, applications and batches");
  await (await import('./live-year-data.ts')).loadLiveYearDemo(s);
  await (await import('./classes-data.ts')).loadClassesDemo(s);
  await recordDemoHolders(s);
  // After the holders: the district's batch is signed under the two-person rule, which compares them.
  await (await import('./sites-data.ts')).loadDistrictProgramDemo(s);
  // The later stages wrote into many small tables: statistics for all of them, once.
  await sql`analyze`.execute(db);
  return { loaded: true, orgs: demoOrgs.length, members: personRows.length };
}

/**
 * A synthetic, valid ID number for the person holding demo account `id` (one person per account):
 * address code 310104, a birth date spread from 1975, a sequence number, the GB 11643 check.
 */
export function demoHolderIdNumber(id: number) {
  const birth = new Date(Date.UTC(1975, 0, 1) + id * 37 * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
  const first17 = `310104${birth}${String(100 + (id % 900)).padStart(3, '0')}`;
  return first17 + idCheckCharacter(first17);
}

/** Every demo officer account gets its holder (the two-person rule of payouts compares holders). */
async function recordDemoHolders(s: Services) {
  const db = s.database.db;
  const officers = await db
    .selectFrom('accounts')
    .select('id')
    .where('role', '<>', 'member')
    .where('holder_id_hash', 'is', null)
    .where('password_hash', 'is not', null)
    .execute();
  for (const { id } of officers) {
    const idNumber = demoHolderIdNumber(id);
    await db
      .updateTable('accounts')
      .set({ holder_id_hash: s.vault.blindIndex(idNumber), holder_id_cipher: s.vault.seal(idNumber), holder_id_masked: maskIdNumber(idNumber) })
      .where('id', '=', id)
      .execute();
  }
}
