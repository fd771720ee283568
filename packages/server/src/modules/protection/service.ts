// Member protection (会员专享基本保障): the cover register and collective enrollment.
// Rules, with their paragraphs:
// - one cover per member per year (003 附件2-1 一(一) 会员在保障有效期内仅可享有一份; 000 “卡卡” 二(三)1 仅可享有一份保障):
//   the partial unique index protection_covers_one_per_year, and one list per union per year (a second plan → 409);
// - plans A, B, A+, B+ (003 一(一)); 2018 only A and B (000 二(三)1) — the engine's input schema refuses others;
// - premium, city subsidy and remainder, cover dates and term from the engine (003 一(三) and its table; 000 二(三)5);
// - who pays the remainder: the unions for collective cover (003 一(三) 单位集体参保……由各级工会经费及会员缴纳的会费承担),
//   the member for individual cover (个人参保的会员……其余费用由会员个人承担);
// - collective: everyone active in the union (003 一(二)1(1) 本市在职工会会员), minus the exclusions the union makes;
//   the grassroots union submits 11/1–12/15, the regional union confirms 12/16–12/31 and uploads the voucher by 1/20
//   (003 三、时间节点; windows.ts); the agency (市职保中心) checks premiums against the remittance (003 四(四) 参保费用核对);
// - unit category from the union (special units: 003 一(三) 此外，东航、民航华东局……; orgs.unit_category).
import { evaluate, fenToYuan, yuanToFen } from '@shishi/policy';
import { z } from 'zod';
import { can, pathInScope, type Actor } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { AppError, conflict, forbidden, isUniqueViolation, notFound, type Bilingual } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { JobContext } from '../../platform/jobs.ts';
import { defineJob } from '../../platform/module.ts';
import { paginate, ZIdValue, type TPageQuery } from '../../platform/schemas.ts';
import { actorOfAccount } from '../../platform/sessions.ts';
import type { Services } from '../../platform/services.ts';
import type { ProtectionPlan } from '../../db/schema.ts';
import { toAppError } from '../policy/service.ts';
import * as repo from './repository.ts';
import { timetableOf, type CollectiveTimetable } from './windows.ts';
import { coverPhase } from './phase.ts';

export const planNames: Record<ProtectionPlan, Bilingual> = {
  A: { zh: 'A类保障', en: 'Plan A' },
  B: { zh: 'B类保障', en: 'Plan B' },
  'A+': { zh: 'A+类保障', en: 'Plan A+' },
  'B+': { zh: 'B+类保障', en: 'Plan B+' },
};

const yuan = (fen: number | string | bigint | null | undefined) => fenToYuan(Number(fen ?? 0));

/** The engine's answer for a collective list: the same for every member of one union (same plan, year, unit category). */
export function collectiveAmounts(year: number, plan: ProtectionPlan, unitCategory: 'ordinary' | 'special', today: string): repo.ListAmounts {
  let r: ReturnType<typeof evaluate>;
  try {
    r = evaluate({ program: 'member-protection', date: today, input: { plan, mode: 'collective', unitCategory, coverageYear: year } });
  } catch (err) {
    throw toAppError(err);
  }
  if (!r.eligible) {
    const why = r.reasons.map((x) => x.message);
    throw new AppError(409, r.reasons[0]?.code ?? 'not-eligible', { zh: why.map((m) => m.zh).join('；'), en: why.map((m) => m.en).join('; ') }, [], {
      reasons: r.reasons,
    });
  }
  const o = r.output as {
    premium: number;
    citySubsidy: number;
    remainder: number;
    coverageStart: string;
    coverageEnd: string;
    term: 'full-year' | 'half-year';
  };
  return {
    plan,
    unitCategory,
    policy: r.policy,
    evaluation: {
      program: r.program,
      policy: r.policy,
      date: today,
      input: { plan, mode: 'collective', unitCategory, coverageYear: year },
      output: r.output,
      trace: r.trace,
    },
    premiumFen: yuanToFen(o.premium),
    subsidyFen: yuanToFen(o.citySubsidy),
    remainderFen: yuanToFen(o.remainder),
    coverageStart: o.coverageStart,
    coverageEnd: o.coverageEnd,
    term: o.term,
  };
}

export function timetable(year: number): CollectiveTimetable {
  const t = timetableOf(year);
  if (!t)
    throw new AppError(400, 'no-timetable', { zh: `没有 ${year} 年度集中参保的时间安排`, en: `There is no collective enrollment timetable for ${year}` }, [
      { field: 'year', code: 'no-timetable', message: { zh: `${year} 年度未安排集中参保`, en: `no collective enrollment for ${year}` } },
    ]);
  return t;
}

export function inWindow(today: string, w: { from: string; to: string }, step: Bilingual, source: string) {
  if (today < w.from || today > w.to)
    throw conflict(
      'outside-application-window',
      {
        zh: `${step.zh}的时间为 ${w.from} 至 ${w.to}，今天（${today}）不在其中（${source}）`,
        en: `${step.en} runs ${w.from} to ${w.to}; today (${today}) is outside it`,
      },
      { window: w, source },
    );
}

// ---------------------------------------------------------------------------------------------
// Collective enrollment: building the lists (one job per request, all or nothing).

export interface StartCollective {
  year: number;
  orgId: number;
  plan: ProtectionPlan;
  unitCategory?: 'ordinary' | 'special' | undefined;
}

/**
 * Build the lists of a grassroots union, or of every grassroots union under a street or district that has none yet
 * (a district-wide batch), as ONE job. Checks here (before anything is written): scope, window, plan, unit category,
 * a second list for a grassroots union.
 */
export async function startCollective(s: Services, ctx: RequestContext, req: StartCollective) {
  const actor = ctx.actor!;
  const db = s.database.db;
  const today = s.clock.today();
  const t = timetable(req.year);
  inWindow(today, t.submit, { zh: '基层工会确认集中参保名单', en: 'Grassroots collective enrollment' }, t.source);
  const org = await repo.orgInScope(db, actor, req.orgId);
  if (!org) throw notFound('org', req.orgId);
  const unions = await repo.grassrootsUnder(db, org.path, req.year);
  if (org.kind === 'grassroots') {
    const own = unions.find((u) => u.id === org.id);
    if (own?.list_id)
      throw conflict(
        'already-enrolled',
        {
          zh: `${org.name} ${req.year} 年度已有集中参保名单（${own.list_plan}类），同一年度只能选择一类保障（003 附件2-1 一(一)）`,
          en: `${org.name} already has a ${req.year} list (plan ${own.list_plan}); one plan per year (003 附件2-1 一(一))`,
        },
        { listId: own.list_id },
      );
  }
  const todo = unions.filter((u) => !u.list_id);
  if (!todo.length)
    throw conflict('nothing-to-enroll', {
      zh: `${org.name} 下没有尚未建立 ${req.year} 年度名单的基层工会`,
      en: `No grassroots union under ${org.name} is without a ${req.year} list`,
    });
  if (req.unitCategory) {
    const wrong = todo.find((u) => u.unit_category !== req.unitCategory);
    if (wrong)
      throw conflict(
        'wrong-unit-category',
        {
          zh: `${wrong.name} 的单位类别为${wrong.unit_category === 'special' ? '特殊单位' : '普通单位'}，与所报的${req.unitCategory === 'special' ? '特殊单位' : '普通单位'}不符（003 附件2-1 一(三)）`,
          en: `${wrong.name} is a${wrong.unit_category === 'special' ? ' special' : 'n ordinary'} unit, not ${req.unitCategory} as stated (003 附件2-1 一(三))`,
        },
        { orgId: wrong.id, field: 'unitCategory' },
      );
  }
  // The engine decides the plan (2018: A and B only) before anything is queued.
  for (const cat of new Set(todo.map((u) => u.unit_category))) collectiveAmounts(req.year, req.plan, cat, today);
  return db.transaction().execute(async (trx) => {
    const batch = await repo.insertBatch(trx, { year: req.year, orgId: org.id, plan: req.plan, requestedBy: actor.accountId, listsCount: todo.length });
    const jobId = await s.jobs.enqueue(trx, collectiveBatchJob, { batchId: batch.id, accountId: actor.accountId });
    await repo.setBatchJob(trx, batch.id, jobId);
    await writeAudit(trx, ctx, {
      action: 'protection.enroll',
      entity: 'protection-batch',
      entityId: batch.id,
      orgPath: org.path,
      summary: `${req.year} ${req.plan} ${org.name}: ${todo.length} union(s)`,
    });
    return { batchId: batch.id, jobId, unions: todo.length, status: 'building' as const };
  });
}

const yieldTurn = () => new Promise((r) => setImmediate(r));

export const collectiveBatchJob = defineJob({
  kind: 'protection.collective',
  payload: z.object({ batchId: ZIdValue, accountId: ZIdValue }),
  maxAttempts: 1,
  handler: (s, p, job) => runCollectiveBatch(s, p, job),
});

/** Members per transaction, roughly: lists are grouped until a group holds this many, so the embedded database serves others in between. */
export const protectionTuning = { chunkMembers: 20_000 };

export async function runCollectiveBatch(s: Services, p: { batchId: number; accountId: number }, job: JobContext) {
  const db = s.database.db;
  const actor = await actorOfAccount(s, p.accountId, `job-${job.id}`);
  if (!actor) throw new Error(`account ${p.accountId} of protection batch ${p.batchId} is gone or disabled`);
  const ctx: RequestContext = { actor, ip: null, requestId: `job-${job.id}`, lang: 'zh' };
  const batch = await repo.batchToRun(db, p.batchId);
  if (batch.status !== 'building') return { skipped: batch.status };
  const today = s.clock.today();
  const unions = (await repo.grassrootsUnder(db, batch.path, batch.year)).filter((u) => !u.list_id && pathInScope(actor, u.path));
  const amounts = new Map<string, repo.ListAmounts>();
  const amountsOf = (cat: 'ordinary' | 'special') => {
    let a = amounts.get(cat);
    if (!a) amounts.set(cat, (a = collectiveAmounts(batch.year, batch.plan, cat, today)));
    return a;
  };
  // Member counts per union, to group small unions into one transaction.
  const sizes = await repo.activeMembersPerOrg(
    db,
    unions.map((u) => u.id),
  );
  const total = unions.reduce((n, u) => n + (sizes.get(u.id) ?? 0), 0);
  let done = 0;
  let written = 0;
  let skipped = 0;
  await job.progress({ phase: 'enrolling', done, total }, { memoryOnly: true });
  try {
    for (let i = 0; i < unions.length; ) {
      const group: typeof unions = [];
      let n = 0;
      while (i < unions.length && (group.length === 0 || n + (sizes.get(unions[i]!.id) ?? 0) <= protectionTuning.chunkMembers)) {
        n += sizes.get(unions[i]!.id) ?? 0;
        group.push(unions[i++]!);
      }
      await db.transaction().execute(async (trx) => {
        const cur = await repo.lockBatchStatus(trx, p.batchId);
        if (cur.status !== 'building') throw new Error('the batch was moved on by another runner');
        for (const u of group) {
          const list = await repo.insertList(trx, {
            year: batch.year,
            orgId: u.id,
            regionId: repo.regionOfPath(u.path),
            batchId: p.batchId,
            status: 'building',
            ...amountsOf(u.unit_category),
          });
          written += await repo.fillList(trx, list.id);
        }
      });
      done += n;
      await job.progress({ phase: 'enrolling', done, total }, { memoryOnly: true });
      await yieldTurn();
    }
    skipped = total - written;
    await db.transaction().execute(async (trx) => {
      await repo.finishBatch(trx, p.batchId, written);
      await writeAudit(trx, ctx, {
        action: 'protection.lists-built',
        entity: 'protection-batch',
        entityId: p.batchId,
        orgPath: batch.path,
        summary: `${batch.year} ${batch.plan} ${batch.name}: ${unions.length} list(s), ${written} members, ${skipped} already covered`,
      });
      await job.complete(trx, { lists: unions.length, members: written, alreadyCovered: skipped });
    });
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    s.log.warn({ batchId: p.batchId, err: reason }, 'protection batch failed; taking its rows back out');
    const doubled = isUniqueViolation(err);
    const message: Bilingual = doubled
      ? {
          zh: '建立名单期间有会员已在他处参保（同一年度只能参保一份），未写入任何名单，请重新建立',
          en: 'a member was enrolled elsewhere meanwhile (one cover per year); no list was written, build again',
        }
      : { zh: `建立名单出错（${reason.slice(0, 200)}），未写入任何名单`, en: `building the lists failed (${reason.slice(0, 200)}); no list was written` };
    await removeBatch(s, p.batchId, message);
    await job.progress({ phase: 'failed', done: 0, total });
    throw new AppError(doubled ? 409 : 500, doubled ? 'already-covered' : 'enrollment-failed', message);
  }
  await job.progress({ phase: 'done', done: total, total });
  return { lists: unions.length, members: written };
}

/** All or nothing: a failed batch takes its covers and lists back out (lists by list, so each statement stays short). */
async function removeBatch(s: Services, batchId: number, message: Bilingual) {
  const db = s.database.db;
  await repo.failBatch(db, batchId, { message });
  const lists = await repo.listsOfBatch(db, batchId);
  for (const l of lists) {
    await db.transaction().execute((trx) => repo.deleteListWithCovers(trx, l.id));
    await yieldTurn();
  }
}

export async function getBatch(s: Services, ctx: RequestContext, id: number) {
  const actor = ctx.actor!;
  const b = await repo.findBatch(s.database.db, id);
  if (!b || !pathInScope(actor, b.path)) throw notFound('protection-batch', id);
  const live = b.job_id ? s.jobs.progressOf(b.job_id) : undefined;
  // Live progress while this process runs the job; afterwards the batch itself says how it ended.
  const progress =
    live ??
    (b.status === 'done'
      ? { phase: 'done', done: b.member_count, total: b.member_count }
      : b.status === 'failed'
        ? { phase: 'failed', done: 0, total: 0 }
        : null);
  return {
    id: b.id,
    year: b.year,
    plan: b.plan,
    status: b.status,
    orgId: b.org_id,
    orgName: b.org_name,
    lists: b.lists_count,
    members: b.member_count,
    progress: progress ? { phase: progress.phase, done: progress.done, total: progress.total } : null,
    error: (b.error as { message?: Bilingual } | null)?.message ?? null,
  };
}

// ---------------------------------------------------------------------------------------------
// Lists: read, exclude / include, submit, confirm.

type ListRow = NonNullable<Awaited<ReturnType<typeof repo.findList>>>;

function presentList(actor: Actor, l: ListRow & { members: number; excluded: number }) {
  const t = timetableOf(l.year);
  const grassrootsStep =
    can(actor, 'protection.enroll') &&
    (actor.role === 'grassroots-officer' || actor.role === 'street-officer' || actor.role === 'regional-officer' || actor.role === 'federation-admin');
  return {
    id: l.id,
    year: l.year,
    orgId: l.org_id,
    orgName: l.org_name,
    regionId: l.region_id,
    plan: l.plan,
    planName: planNames[l.plan],
    unitCategory: l.unit_category,
    status: l.status,
    policy: l.policy,
    term: l.term,
    coverageStart: l.coverage_start,
    coverageEnd: l.coverage_end,
    premium: yuan(l.premium_fen),
    citySubsidy: yuan(l.subsidy_fen),
    remainder: yuan(l.remainder_fen),
    members: l.members,
    excluded: l.excluded,
    totals: { premium: yuan(l.premium_fen * l.members), citySubsidy: yuan(l.subsidy_fen * l.members), remainder: yuan(l.remainder_fen * l.members) },
    submittedOn: l.submitted_on,
    confirmedOn: l.confirmed_on,
    remittanceId: l.remittance_id,
    abilities: {
      edit: l.status === 'draft' && grassrootsStep,
      submit: l.status === 'draft' && grassrootsStep,
      confirm: l.status === 'submitted' && can(actor, 'protection.confirm'),
    },
    windows: t ? { submit: t.submit, confirm: t.confirm, voucherBy: t.voucherBy, source: t.source } : null,
  };
}

export async function listLists(s: Services, ctx: RequestContext, q: TPageQuery & { year: number; orgId?: number | undefined; status?: string | undefined }) {
  const actor = ctx.actor!;
  const db = s.database.db;
  return paginate(
    q,
    async (offset, limit) => (await repo.listPage(db, actor, q, offset, limit)).map((l) => presentList(actor, l)),
    () => repo.listCount(db, actor, q),
  );
}

export async function getList(s: Services, ctx: RequestContext, id: number) {
  const l = await repo.findList(s.database.db, ctx.actor!, id);
  if (!l) throw notFound('protection-list', id);
  const evaluation = await repo.listEvaluation(s.database.db, id);
  return { ...presentList(ctx.actor!, l), evaluation: evaluation as Record<string, unknown> };
}

export function notInStatus(l: { id: number; status: string }, want: string, action: Bilingual) {
  return conflict(
    'wrong-status',
    {
      zh: `名单 ${l.id} 当前为 ${l.status}，只有 ${want} 状态的名单可以${action.zh}`,
      en: `List ${l.id} is ${l.status}; only a ${want} list can be ${action.en}`,
    },
    { status: l.status },
  );
}

/** Exclude members from a draft list (or take them back in). Rows named by membership id; an id not in the list is a 400 naming it. */
export async function setExcluded(
  s: Services,
  ctx: RequestContext,
  id: number,
  body: { membershipIds: number[]; exclude: boolean; reason?: string | undefined },
) {
  const actor = ctx.actor!;
  const today = s.clock.today();
  return s.database.db.transaction().execute(async (trx) => {
    const l = await repo.findList(trx, actor, id, true);
    if (!l) throw notFound('protection-list', id);
    if (l.status !== 'draft') throw notInStatus(l, 'draft', { zh: '修改', en: 'edited' });
    const t = timetable(l.year);
    inWindow(today, t.submit, { zh: '基层工会确认集中参保名单', en: 'Grassroots collective enrollment' }, t.source);
    const rows = await repo.listCoversOfMembers(trx, id, body.membershipIds);
    const found = new Set(rows.map((r) => r.membership_id));
    const missing = body.membershipIds.findIndex((m) => !found.has(m));
    if (missing >= 0) {
      const m = body.membershipIds[missing]!;
      throw new AppError(400, 'not-in-list', { zh: `会员（membership ${m}）不在名单 ${id} 中`, en: `Membership ${m} is not on list ${id}` }, [
        { field: `membershipIds[${missing}]`, code: 'not-in-list', message: { zh: '不在本名单中', en: 'not on this list' } },
      ]);
    }
    try {
      await repo.setCoversExcluded(trx, id, body.membershipIds, body.exclude, body.exclude ? (body.reason ?? null) : null);
    } catch (err) {
      if (isUniqueViolation(err))
        throw conflict('already-covered', {
          zh: '其中有会员已在他处参保本年度保障，不能重新纳入',
          en: 'A member has been covered elsewhere for the year meanwhile and cannot be taken back in',
        });
      throw err;
    }
    await writeAudit(trx, ctx, {
      action: body.exclude ? 'protection.exclude' : 'protection.include',
      entity: 'protection-list',
      entityId: id,
      orgPath: l.org_path,
      summary: `${body.membershipIds.length} member(s)${body.reason ? `: ${body.reason}` : ''}`,
    });
    return getListIn(trx, actor, id);
  });
}

export async function getListIn(db: Parameters<typeof repo.findList>[0], actor: Actor, id: number) {
  const l = await repo.findList(db, actor, id);
  if (!l) throw notFound('protection-list', id);
  return presentList(actor, l);
}

export async function submitList(s: Services, ctx: RequestContext, id: number) {
  const actor = ctx.actor!;
  const today = s.clock.today();
  return s.database.db.transaction().execute(async (trx) => {
    const l = await repo.findList(trx, actor, id, true);
    if (!l) throw notFound('protection-list', id);
    if (l.status !== 'draft') throw notInStatus(l, 'draft', { zh: '提交', en: 'submitted' });
    const t = timetable(l.year);
    inWindow(today, t.submit, { zh: '基层工会提交集中参保名单', en: 'Submitting a collective list' }, t.source);
    if (l.members === 0) throw conflict('empty-list', { zh: `名单 ${id} 没有待参保会员`, en: `List ${id} has no members to enroll` });
    await repo.setListSubmitted(trx, id, actor.accountId, today);
    await writeAudit(trx, ctx, {
      action: 'protection.submit',
      entity: 'protection-list',
      entityId: id,
      orgPath: l.org_path,
      summary: `${l.year} ${l.plan} ${l.org_name}: ${l.members} members`,
    });
    return getListIn(trx, actor, id);
  });
}

/** The regional union confirms a submitted list (12/16–12/31): its covers are confirmed. */
export async function confirmList(s: Services, ctx: RequestContext, id: number) {
  const actor = ctx.actor!;
  const today = s.clock.today();
  return s.database.db.transaction().execute(async (trx) => {
    const l = await repo.findList(trx, actor, id, true);
    if (!l) throw notFound('protection-list', id);
    if (l.status !== 'submitted') throw notInStatus(l, 'submitted', { zh: '确认', en: 'confirmed' });
    const t = timetable(l.year);
    inWindow(today, t.confirm, { zh: '区局（产业）工会确认审核', en: 'Regional confirmation' }, t.source);
    await repo.confirmListAndCovers(trx, id, actor.accountId, today);
    await writeAudit(trx, ctx, {
      action: 'protection.confirm',
      entity: 'protection-list',
      entityId: id,
      orgPath: l.org_path,
      summary: `${l.year} ${l.plan} ${l.org_name}: ${l.members} members`,
    });
    return getListIn(trx, actor, id);
  });
}

// ---------------------------------------------------------------------------------------------
// The register: covers, totals, the member's own.

export function presentCover(c: repo.CoverRow, today: string) {
  return {
    id: c.id,
    year: c.year,
    membershipId: c.membership_id,
    memberNo: c.member_no,
    name: c.name,
    idMasked: c.id_masked,
    orgId: c.org_id,
    orgName: c.org_name,
    regionId: c.region_id,
    listId: c.list_id,
    plan: c.plan,
    mode: c.mode,
    unitCategory: c.unit_category,
    term: c.term,
    coverageStart: c.coverage_start,
    coverageEnd: c.coverage_end,
    premium: yuan(c.premium_fen),
    citySubsidy: yuan(c.subsidy_fen),
    remainder: yuan(c.remainder_fen),
    payer: c.payer,
    status: c.status,
    paymentState: c.payment_state,
    paymentDue: c.payment_due,
    paidOn: c.paid_on,
    policy: c.policy,
    note: c.note,
    phase: coverPhase(c, today),
  };
}

export async function listEnrollments(s: Services, ctx: RequestContext, q: TPageQuery & repo.CoverFilter) {
  const actor = ctx.actor!;
  const db = s.database.db;
  const today = s.clock.today();
  return paginate(
    q,
    async (offset, limit) => (await repo.coverPage(db, actor, q, offset, limit)).map((c) => presentCover(c, today)),
    () => repo.coverCount(db, actor, q),
  );
}

function presentSums(r: { members: unknown; confirmed: unknown; premium: unknown; subsidy: unknown; remainder: unknown }) {
  return {
    members: Number(r.members ?? 0),
    confirmed: Number(r.confirmed ?? 0),
    premium: yuan(r.premium as number),
    citySubsidy: yuan(r.subsidy as number),
    remainder: yuan(r.remainder as number),
  };
}

export async function enrollmentSummary(s: Services, ctx: RequestContext, year: number, orgId?: number) {
  const r = await repo.summary(s.database.db, ctx.actor!, year, orgId);
  return {
    year,
    total: presentSums(r.total as never),
    byPlan: r.byPlan.map((x: any) => ({ plan: x.plan as ProtectionPlan, ...presentSums(x) })),
    byRegion: r.byRegion.map((x: any) => ({
      regionId: (x.region_id as number | null) ?? null,
      regionName: (x.region_name as string | null) ?? null,
      ...presentSums(x),
    })),
    byUnion: r.byUnion.map((x: any) => ({ orgId: x.org_id as number, orgName: x.org_name as string, ...presentSums(x) })),
  };
}

export async function myCovers(s: Services, ctx: RequestContext) {
  const personId = ctx.actor?.personId;
  if (!personId) throw forbidden({ zh: '只有会员本人可以查看自己的保障', en: 'Only a member sees their own cover' });
  const rows = await repo.coversOfPerson(s.database.db, personId);
  return { items: rows.map((c) => ({ ...presentCover(c, s.clock.today()), planName: planNames[c.plan] })) };
}
