// The site register and a site's way from application to plaque (issue 11 §2–§4): registered by its
// union, checked on site by the district against the checklist the policy engine's criteria make, accepted
// by the union that runs the program (the application's final review books the grant to the union's
// account in the payout ledger), plaqued, spot-checked, and given a yellow card (整改通知书, fix by a
// deadline) or a red card (摘牌通知书, de-listed: off the public map and never paid).
import { can, pathInScope, type Actor } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { AppError, badRequest, conflict, forbidden, invalidField, notFound } from '../../platform/errors.ts';
import type { Executor, RequestContext } from '../../platform/context.ts';
import { paginate } from '../../platform/schemas.ts';
import type { Services } from '../../platform/services.ts';
import { applicationState, approveStep } from '../applications/api.ts';
import { attachToSite, documentsOfSite } from '../documents/service.ts';
import { ledgerOfApplication } from '../payouts/api.ts';
import { instanceOf } from '../programs/api.ts';
import type { NoticeTemplate } from '../../platform/module.ts';
import { checklist, decide } from './checklist.ts';
import * as repo from './repository.ts';
import { kindNames, listedStatuses, statusNames, type TInspectionCreate, type TNotice, type TSiteCreate, type TSiteQuery, type TSiteUpdate } from './schema.ts';

type Status = (typeof statusNames extends Record<infer K, unknown> ? K : never) & string;
const listed = new Set<string>(listedStatuses);
const actorName = (a: Actor) => `${a.displayName}（${a.username}）`;
const num = (v: string | number | null) => (v === null ? null : Number(v));

export const siteNotices = {
  'site-red-card-overdue': {
    zh: '阵地 {no}（{name}）的整改期限 {deadline} 已过，未经复查解除黄牌，已于 {on} 摘牌（{notice}），不再在地图上公示，也不再拨付经费。',
    en: 'The deadline to fix site {no} ({name}) was {deadline} and the yellow card was not lifted: the site was de-listed on {on} ({notice}); it leaves the public map and is no longer paid.',
  },
  // The federation's decision on a district's summary claim (000 女职工 一(三)3, 二(四)2), to the district's officers.
  'site-claim-accepted': {
    zh: '市总工会已受理申领 {no}（{year} 年度{kind}，{items} 个阵地，合计 {total} 元），已列入拨付，款项拨付至本区局（产业）工会账户。{remark}',
    en: 'The federation accepted claim {no} ({kindEn}, {year}: {items} sites, ¥{total}); it is booked for payment to your union’s account. {remarkEn}',
  },
  'site-claim-returned': {
    zh: '市总工会退回了申领 {no}（{year} 年度{kind}，{items} 个阵地，合计 {total} 元）。退回原因：{comment}。所列阵地可更正后重新申领。',
    en: 'The federation returned claim {no} ({kindEn}, {year}: {items} sites, ¥{total}). Reason: {comment}. Its sites may be claimed again once corrected.',
  },
} satisfies Record<string, NoticeTemplate>;

export function presentSummary(r: repo.SiteRow) {
  return {
    id: r.id,
    no: r.no,
    kind: r.kind,
    kindName: kindNames[r.kind],
    subkind: r.subkind,
    name: r.name,
    org: { id: r.org_id, name: r.org_name },
    region: r.region_org_id ? { id: r.region_org_id, name: r.region_name ?? '' } : null,
    address: r.address,
    lon: num(r.lon),
    lat: num(r.lat),
    sizeM2: num(r.size_m2),
    status: r.status,
    statusName: statusNames[r.status],
    fundedYear: r.funded_year,
    plaqueYear: r.plaque_year,
    yellowDeadline: r.yellow_deadline,
    applicationId: r.application_id,
    programInstanceId: r.program_instance_id,
  };
}

async function loadInScope(db: Executor, actor: Actor, id: number, forUpdate = false) {
  const r = await repo.siteById(db, id, forUpdate);
  if (!r || !pathInScope(actor, r.org_path)) throw notFound('site', id);
  return r;
}

export async function listSites(s: Services, ctx: RequestContext, q: TSiteQuery) {
  const db = s.database.db;
  return paginate(
    q,
    async (offset, limit) => (await repo.sitePage(db, ctx.actor!, q, offset, limit)).map(presentSummary),
    () => repo.siteCount(db, ctx.actor!, q),
  );
}

/** Every site of a query in scope (the export), at most 20,000. */
export async function allSites(s: Services, ctx: RequestContext, q: Omit<TSiteQuery, 'page' | 'pageSize'>) {
  const page = await listSites(s, ctx, { ...q, page: 1, pageSize: 200 });
  const items = [...page.items];
  for (let p = 2; items.length < page.total && p <= 100; p++) items.push(...(await listSites(s, ctx, { ...q, page: p, pageSize: 200 })).items);
  return items;
}

async function abilities(db: Executor, actor: Actor, r: repo.SiteRow) {
  const inspect = can(actor, 'sites.inspect') && pathInScope(actor, r.org_path);
  let turn: 'regional' | 'final' | null = null;
  if (r.application_id) {
    const a = await applicationState(db, r.application_id);
    if (a?.status === 'in-review' && a.step_actor_role === actor.role && a.step_actor_org_id === actor.orgId) {
      const inst = await instanceOf(db, a.instance_id);
      turn = a.step === inst.review_chain.length - 1 ? 'final' : 'regional';
    }
  }
  let runs = false;
  if (r.program_instance_id) runs = pathInScope(actor, (await instanceOf(db, r.program_instance_id)).org_path) && can(actor, 'sites.inspect');
  return {
    edit: can(actor, 'sites.write') && pathInScope(actor, r.org_path) && r.status !== 'closed' && r.status !== 'red-card',
    inspect: inspect && r.status !== 'closed' && r.status !== 'red-card',
    accept:
      r.status === 'inspected' && (r.application_id ? turn === 'final' : inspect && (actor.role === 'regional-officer' || actor.role === 'department-officer')),
    plaque: r.status === 'accepted' && (r.program_instance_id ? runs : inspect),
    yellowCard: inspect && (r.status === 'accepted' || r.status === 'plaqued'),
    redCard: inspect && listed.has(r.status),
    lift: inspect && r.status === 'yellow-card',
    close: can(actor, 'sites.write') && pathInScope(actor, r.org_path) && r.status !== 'closed',
  };
}

export async function getSite(s: Services, ctx: RequestContext, id: number, db: Executor = s.database.db) {
  const actor = ctx.actor!;
  const r = await loadInScope(db, actor, id);
  const [events, inspections, log, photos] = await Promise.all([
    repo.eventsOf(db, id),
    repo.inspectionsOf(db, id),
    repo.serviceLogOf(db, id),
    documentsOfSite(db, id),
  ]);
  let application = null;
  if (r.application_id) {
    const a = await applicationState(db, r.application_id);
    if (a) {
      const l = await ledgerOfApplication(db, a.id);
      application = {
        id: a.id,
        no: a.no,
        status: a.status,
        stepLevel: a.status === 'in-review' ? a.step_level : null,
        amount: a.amount_fen / 100,
        booked: l.bookedFen / 100,
        paid: l.paidFen / 100,
        evaluation: a.evaluation,
      };
    }
  }
  return {
    ...presentSummary(r),
    openingHours: r.opening_hours,
    contacts: r.contacts,
    details: r.details,
    photos: photos.map((p) => ({ id: p.id, fileName: p.file_name, mime: p.mime, size: p.size_bytes })),
    events: events.map((e) => ({
      id: e.id,
      action: e.action,
      fromStatus: e.from_status,
      toStatus: e.to_status,
      actor: e.actor_name,
      org: e.org_name,
      comment: e.comment,
      notice: e.notice as TNotice | null,
      onDate: e.on_date,
      at: e.at,
    })),
    inspections: inspections.map(presentInspection),
    serviceLog: log.map((l) => ({ id: l.id, onDate: l.on_date, kind: l.kind, description: l.description, attendees: l.attendees })),
    application,
    matching:
      r.district_match_fen === null && r.street_match_fen === null
        ? null
        : { district: num(r.district_match_fen)! / 100, street: num(r.street_match_fen)! / 100, ...matchingMinima(application?.evaluation) },
    abilities: await abilities(db, actor, r),
  };
}

/** The minimum matching the engine asked for at acceptance (health-point-grant's output), in yuan. */
function matchingMinima(evaluation: unknown) {
  const o = (evaluation as { output?: Record<string, unknown> } | null | undefined)?.output ?? {};
  return {
    minDistrict: typeof o.minDistrictMatch === 'number' ? o.minDistrictMatch : null,
    minStreet: typeof o.minStreetMatch === 'number' ? o.minStreetMatch : null,
    cityGrant: typeof o.cityGrant === 'number' ? o.cityGrant : null,
  };
}

function presentInspection(i: Awaited<ReturnType<typeof repo.inspectionsOf>>[number]) {
  const ev = i.evaluation as any;
  return {
    id: i.id,
    purpose: i.purpose,
    inspectedOn: i.inspected_on,
    inspector: i.inspector,
    org: i.org_id ? { id: i.org_id, name: i.org_name ?? '' } : null,
    passed: i.passed,
    reasons: i.reasons as { code: string; zh: string; en: string }[],
    answers: ((i.checklist as any)?.answers ?? []) as any[],
    evaluation: ev ? { program: ev.program ?? null, policy: ev.policy ?? null, eligible: !!ev.eligible, output: ev.output ?? {}, trace: ev.trace ?? [] } : null,
    photoIds: i.photo_ids.map(Number),
    createdAt: i.created_at,
  };
}

/** Photos must be the caller's own JPEG or PNG uploads, not attached elsewhere: all of them or none. */
async function attachPhotos(trx: Executor, actor: Actor, siteId: number, ids: number[]) {
  const unique = [...new Set(ids)];
  const done = await attachToSite(trx, siteId, actor.accountId, unique);
  if (done.length !== unique.length)
    throw badRequest('photo-not-found', { zh: '有照片不可用（须为本人上传且未使用过）', en: 'Some photos cannot be used (upload them yourself first)' }, [
      { field: 'body.photoIds', code: 'not-found', message: { zh: '不可用', en: 'not available' } },
    ]);
  const notImage = done.filter((d) => d.mime !== 'image/jpeg' && d.mime !== 'image/png');
  if (notImage.length)
    throw badRequest('photo-not-image', { zh: '照片须为 JPEG 或 PNG 图片', en: 'Photos must be JPEG or PNG images' }, [
      {
        field: 'body.photoIds',
        code: 'not-image',
        message: { zh: `第 ${notImage.map((d) => d.id).join('、')} 号材料不是图片`, en: `documents ${notImage.map((d) => d.id).join(', ')} are not images` },
      },
    ]);
  return unique;
}

export async function createSiteTx(
  s: Services,
  trx: Executor,
  ctx: RequestContext,
  input: TSiteCreate,
  extra: { status?: Status; plaqueYear?: number | null } = {},
) {
  const actor = ctx.actor!;
  const orgId = input.orgId ?? actor.orgId;
  const org = orgId ? await repo.orgForSite(trx, orgId) : undefined;
  if (!org || !pathInScope(actor, org.path))
    throw invalidField('body.orgId', 'org-not-in-scope', { zh: '所属工会须为本级或下级工会', en: 'The site belongs to your union or one below it' });
  if (org.kind === 'department' || org.kind === 'agency' || org.status !== 'active')
    throw invalidField('body.orgId', 'org-not-a-union', { zh: '阵地须属于一个在册工会', en: 'A site belongs to an active union' });
  if ((input.lon === undefined) !== (input.lat === undefined))
    throw invalidField(input.lon === undefined ? 'body.lon' : 'body.lat', 'coordinates-incomplete', {
      zh: '经度和纬度须同时填写',
      en: 'Give both longitude and latitude',
    });
  const t = s.clock.today();
  const { id, no } = await repo.nextSiteNo(trx, input.kind, input.fundedYear ?? Number(t.slice(0, 4)));
  const status = extra.status ?? 'applied';
  await repo.insertSite(trx, {
    id,
    no,
    kind: input.kind,
    subkind: input.subkind ?? null,
    name: input.name,
    org_id: org.id,
    org_path: org.path,
    region_org_id: await repo.regionOf(trx, org.path),
    address: input.address,
    lon: input.lon ?? null,
    lat: input.lat ?? null,
    size_m2: input.sizeM2 ?? null,
    opening_hours: input.openingHours ?? null,
    contacts: JSON.stringify(input.contacts),
    details: JSON.stringify(input.details ?? {}),
    status,
    funded_year: input.fundedYear ?? null,
    plaque_year: extra.plaqueYear ?? null,
    created_by: actor.accountId,
  });
  await attachPhotos(trx, actor, id, input.photoIds);
  await repo.addEvent(trx, {
    siteId: id,
    action: 'register',
    from: null,
    to: status,
    actorId: actor.accountId,
    actorName: actorName(actor),
    actorOrgId: actor.orgId,
    onDate: t,
  });
  await writeAudit(trx, ctx, {
    action: 'site.register',
    entity: 'site',
    entityId: id,
    orgPath: org.path,
    summary: `${no} ${input.kind} ${input.name}`,
    after: { ...input, contacts: input.contacts.map((c) => ({ ...c, phone: '***' })) },
  });
  return id;
}

export async function createSite(s: Services, ctx: RequestContext, input: TSiteCreate) {
  return s.database.db.transaction().execute(async (trx) => getSite(s, ctx, await createSiteTx(s, trx, ctx, input), trx));
}

export async function updateSite(s: Services, ctx: RequestContext, id: number, input: TSiteUpdate) {
  const actor = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const r = await loadInScope(trx, actor, id, true);
    if (!can(actor, 'sites.write')) throw forbidden();
    if (r.status === 'closed' || r.status === 'red-card')
      throw conflict('site-not-editable', {
        zh: `阵地 ${r.no} 已${statusNames[r.status].zh}，不能修改`,
        en: `Site ${r.no} is ${statusNames[r.status].en.toLowerCase()}; it cannot be changed`,
      });
    const changes: Record<string, unknown> = {};
    const set = (col: string, v: unknown) => {
      if (v !== undefined) changes[col] = v;
    };
    set('name', input.name);
    set('subkind', input.subkind);
    set('address', input.address);
    set('lon', input.lon);
    set('lat', input.lat);
    set('size_m2', input.sizeM2);
    set('opening_hours', input.openingHours);
    set('funded_year', input.fundedYear);
    if (input.contacts) changes.contacts = JSON.stringify(input.contacts);
    if (input.details) changes.details = JSON.stringify(input.details);
    if (Object.keys(changes).length) await repo.updateSite(trx, id, changes as any);
    if (input.photoIds?.length) await attachPhotos(trx, actor, id, input.photoIds);
    const fields = [...Object.keys(changes), ...(input.photoIds?.length ? ['photos'] : [])];
    await repo.addEvent(trx, {
      siteId: id,
      action: 'update',
      from: r.status,
      to: r.status,
      actorId: actor.accountId,
      actorName: actorName(actor),
      actorOrgId: actor.orgId,
      comment: `修改：${fields.join('、')}`,
      onDate: s.clock.today(),
    });
    await writeAudit(trx, ctx, {
      action: 'site.update',
      entity: 'site',
      entityId: id,
      orgPath: r.org_path,
      summary: `${r.no} ${fields.join(', ')}`,
      before: { name: r.name, address: r.address },
      after: { ...input, contacts: input.contacts ? '(changed)' : undefined },
    });
    return getSite(s, ctx, id, trx);
  });
}

export async function getChecklist(s: Services, ctx: RequestContext, id: number, on?: string) {
  const r = await loadInScope(s.database.db, ctx.actor!, id);
  return checklist(r.kind, r.subkind, on ?? s.clock.today());
}

/**
 * An on-site inspection. Acceptance (验收): the checklist's answers go to the engine; passing moves the
 * site to inspected and, when the site's application waits for this district's review, approves that
 * step (the district's check is its review). Failing is recorded with its reasons (the items missing)
 * and moves nothing. A spot check (抽查) on a listed site records what was found; cards follow from it.
 */
export async function inspect(s: Services, ctx: RequestContext, id: number, input: TInspectionCreate) {
  const actor = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const r = await loadInScope(trx, actor, id, true);
    if (!can(actor, 'sites.inspect')) throw forbidden();
    if (input.inspectedOn > s.clock.today())
      throw invalidField('body.inspectedOn', 'date-in-future', { zh: '核查日期不能晚于今天', en: 'The inspection date cannot be after today' });
    if (input.purpose === 'acceptance' && r.status !== 'applied' && r.status !== 'inspected')
      throw conflict('site-not-awaiting-acceptance', {
        zh: `阵地 ${r.no} 当前为“${statusNames[r.status].zh}”，不需要验收核查（可做抽查）`,
        en: `Site ${r.no} is ${statusNames[r.status].en.toLowerCase()}; it awaits no acceptance check (a spot check is possible)`,
      });
    if (input.purpose === 'spot-check' && !listed.has(r.status))
      throw conflict('site-not-listed', {
        zh: `阵地 ${r.no} 当前为“${statusNames[r.status].zh}”，抽查只针对已验收的阵地`,
        en: `Site ${r.no} is ${statusNames[r.status].en.toLowerCase()}; spot checks are for accepted sites`,
      });
    // 003 附件2-7 四(一): the check on site is documented with photos.
    if (!input.photoIds.length)
      throw badRequest('photos-required', { zh: '请上传现场核查照片（至少一张）', en: 'Attach at least one photo taken on site' }, [
        { field: 'body.photoIds', code: 'required', message: { zh: '至少一张照片', en: 'at least one photo' } },
      ]);
    const list = checklist(r.kind, r.subkind, input.inspectedOn);
    const d = decide(list, input.answers);
    const photos = await attachPhotos(trx, actor, id, input.photoIds);
    const withLabels = input.answers.map((a) => ({ ...a, zh: list.items.find((x) => x.code === a.code)?.zh }));
    const row = await repo.insertInspection(trx, {
      site_id: id,
      purpose: input.purpose,
      inspected_on: input.inspectedOn,
      inspector: input.inspector,
      inspector_account_id: actor.accountId,
      org_id: actor.orgId,
      checklist: JSON.stringify({ program: list.program, policy: list.policy, items: list.items, answers: withLabels, comment: input.comment ?? null }),
      evaluation: d.evaluation ? JSON.stringify({ ...d.evaluation, input: d.input }) : null,
      passed: d.passed,
      reasons: JSON.stringify(d.reasons),
      photo_ids: photos,
    });
    let to = r.status;
    if (input.purpose === 'acceptance' && d.passed) {
      to = 'inspected';
      await repo.updateSite(trx, id, { status: to });
      if (r.application_id) {
        const a = await applicationState(trx, r.application_id);
        if (a?.status === 'in-review' && a.step_actor_role === actor.role && a.step_actor_org_id === actor.orgId) {
          const inst = await instanceOf(trx, a.instance_id);
          if (a.step < inst.review_chain.length - 1) await approveStep(s, trx, ctx, a.id, `现场核查合格（${input.inspectedOn}，${input.inspector}）`);
        }
      }
    }
    await repo.addEvent(trx, {
      siteId: id,
      action: input.purpose === 'acceptance' ? (d.passed ? 'inspect-passed' : 'inspect-failed') : 'spot-check',
      from: r.status,
      to,
      actorId: actor.accountId,
      actorName: actorName(actor),
      actorOrgId: actor.orgId,
      comment: d.passed ? (input.comment ?? '核查合格') : `未通过：${d.reasons.map((x) => x.zh).join('；')}`,
      onDate: input.inspectedOn,
    });
    await writeAudit(trx, ctx, {
      action: `site.${input.purpose}`,
      entity: 'site',
      entityId: id,
      orgPath: r.org_path,
      summary: `${r.no} ${input.purpose} ${d.passed ? 'passed' : `failed: ${d.reasons.map((x) => x.code).join(', ')}`}`,
      after: { inspectionId: row.id, passed: d.passed, reasons: d.reasons.map((x) => x.code) },
    });
    const i = (await repo.inspectionsOf(trx, id)).find((x) => x.id === row.id)!;
    return presentInspection(i);
  });
}

/**
 * Acceptance (验收合格): the final review of the site's application, by whoever acts at that step (the
 * federation's department for city programs, the district for its own). The engine re-evaluates on the
 * passed inspection, and the grant is booked to the union's account in the payout ledger.
 */
export async function accept(s: Services, ctx: RequestContext, id: number, comment?: string, matching?: { district: number; street: number }) {
  const actor = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const r = await loadInScope(trx, actor, id, true);
    if (r.status !== 'inspected')
      throw conflict('site-not-inspected', {
        zh: `阵地 ${r.no} 当前为“${statusNames[r.status].zh}”：须先经区局现场核查合格`,
        en: `Site ${r.no} is ${statusNames[r.status].en.toLowerCase()}: it must pass the district's check on site first`,
      });
    if (!r.application_id) {
      // A site built without a grant (registered as it stands): the district or the federation accepts it on the passed check.
      if (actor.role !== 'regional-officer' && actor.role !== 'department-officer')
        throw forbidden({
          zh: '未申报补助的阵地由区局（产业）工会或市总验收',
          en: 'A site without a grant application is accepted by the regional union or the federation',
        });
      await repo.updateSite(trx, id, { status: 'accepted' });
      await repo.addEvent(trx, {
        siteId: id,
        action: 'accept',
        from: r.status,
        to: 'accepted',
        actorId: actor.accountId,
        actorName: actorName(actor),
        actorOrgId: actor.orgId,
        comment: comment ?? '验收合格（未申报补助）',
        onDate: s.clock.today(),
      });
      await writeAudit(trx, ctx, { action: 'site.accept', entity: 'site', entityId: id, orgPath: r.org_path, summary: `${r.no} accepted (no grant)` });
      return getSite(s, ctx, id, trx);
    }
    const a = (await applicationState(trx, r.application_id))!;
    const inst = await instanceOf(trx, a.instance_id);
    if (a.status !== 'in-review' || a.step !== inst.review_chain.length - 1)
      throw conflict(
        'not-final-review',
        { zh: `申请 ${a.no} 尚未到终审环节`, en: `Application ${a.no} is not at its final review` },
        { status: a.status, step: a.step },
      );
    // 001 项目1 三(四): the district union and the street (park, building) union match the city's grant
    // not less than 1:1:1. Required before the grant is booked; checked against the engine's minima.
    const matched = inst.program === 'health-point-grant';
    if (matched && !matching)
      throw invalidField('body.matching', 'matching-required', {
        zh: '健康服务点须填写区总工会和街镇（园区、楼宇）工会的配套经费（不低于 1:1:1）后方可验收',
        en: 'Give the district’s and the street union’s matching funds (at least 1:1:1) to accept a health point',
      });
    await approveStep(s, trx, ctx, a.id, comment ?? '验收合格');
    const after = (await applicationState(trx, a.id))!;
    if (matched) {
      const m = matchingMinima(after.evaluation);
      for (const [key, zh, en, min] of [
        ['district', '区总工会', 'district union', m.minDistrict],
        ['street', '街镇（园区、楼宇）工会', 'street union', m.minStreet],
      ] as const) {
        const given = matching![key];
        if (min !== null && Math.round(given * 100) < Math.round(min * 100))
          throw invalidField(`body.matching.${key}`, 'matching-below-minimum', {
            zh: `${zh}配套经费 ¥${given.toFixed(2)} 低于市总补助的 1:1:1 配套要求（不低于 ¥${min.toFixed(2)}）`,
            en: `The ${en}'s matching of ${given.toFixed(2)} yuan is below the 1:1:1 minimum (${min.toFixed(2)} yuan)`,
          });
      }
    }
    await repo.updateSite(trx, id, {
      status: 'accepted',
      ...(matched ? { district_match_fen: Math.round(matching!.district * 100), street_match_fen: Math.round(matching!.street * 100) } : {}),
    });
    const match = matched ? `；配套：区总 ¥${matching!.district.toFixed(2)}、街镇 ¥${matching!.street.toFixed(2)}` : '';
    await repo.addEvent(trx, {
      siteId: id,
      action: 'accept',
      from: r.status,
      to: 'accepted',
      actorId: actor.accountId,
      actorName: actorName(actor),
      actorOrgId: actor.orgId,
      comment: `验收合格，补助 ¥${(after.amount_fen / 100).toFixed(2)}${match}${comment ? `：${comment}` : ''}`,
      onDate: s.clock.today(),
    });
    await writeAudit(trx, ctx, {
      action: 'site.accept',
      entity: 'site',
      entityId: id,
      orgPath: r.org_path,
      summary: `${r.no} accepted, ${a.no} ¥${after.amount_fen / 100}`,
      ...(matched ? { after: { matching } } : {}),
    });
    return getSite(s, ctx, id, trx);
  });
}

async function transition(
  s: Services,
  ctx: RequestContext,
  id: number,
  o: {
    action: string;
    allowed: readonly string[];
    to: Status | ((r: repo.SiteRow) => Status);
    set?: (r: repo.SiteRow) => Record<string, unknown>;
    notice?: (r: repo.SiteRow, trx: Executor) => Promise<Record<string, unknown>>;
    comment?: string | undefined;
    check?: (r: repo.SiteRow, trx: Executor) => Promise<void>;
  },
) {
  const actor = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const r = await loadInScope(trx, actor, id, true);
    if (!o.allowed.includes(r.status))
      throw conflict(
        'site-status',
        {
          zh: `阵地 ${r.no} 当前为“${statusNames[r.status].zh}”，不能办理此项`,
          en: `Site ${r.no} is ${statusNames[r.status].en.toLowerCase()}; this cannot be done now`,
        },
        { status: r.status },
      );
    await o.check?.(r, trx);
    const to = typeof o.to === 'function' ? o.to(r) : o.to;
    const notice = o.notice ? await o.notice(r, trx) : null;
    await repo.updateSite(trx, id, { status: to, ...(o.set?.(r) ?? {}) } as any);
    await repo.addEvent(trx, {
      siteId: id,
      action: o.action,
      from: r.status,
      to,
      actorId: actor.accountId,
      actorName: actorName(actor),
      actorOrgId: actor.orgId,
      comment: o.comment ?? null,
      notice,
      onDate: s.clock.today(),
    });
    await writeAudit(trx, ctx, {
      action: `site.${o.action}`,
      entity: 'site',
      entityId: id,
      orgPath: r.org_path,
      summary: `${r.no} ${r.status} → ${to}`,
      before: { status: r.status },
      after: { status: to, ...(notice ? { notice } : {}) },
    });
    return getSite(s, ctx, id, trx);
  });
}

/** The plaque (铭牌; 003 附件2-7 四(一): issued once accepted, in September) and the year's list. */
export function plaque(s: Services, ctx: RequestContext, id: number, year?: number, comment?: string) {
  const y = year ?? Number(s.clock.today().slice(0, 4));
  return transition(s, ctx, id, {
    action: 'plaque',
    allowed: ['accepted'],
    to: 'plaqued',
    set: () => ({ plaque_year: y }),
    comment: comment ?? `${y} 年度挂牌`,
    check: async (r, trx) => {
      if (r.program_instance_id && !pathInScope(ctx.actor!, (await instanceOf(trx, r.program_instance_id)).org_path))
        throw forbidden({ zh: '铭牌由开设项目的工会颁发', en: 'The plaque is issued by the union that runs the program' });
    },
  });
}

async function inspectionOf(trx: Executor, siteId: number, inspectionId: number | undefined) {
  if (!inspectionId) return null;
  const i = await repo.inspectionOfSite(trx, siteId, inspectionId);
  if (!i) throw invalidField('body.inspectionId', 'inspection-not-found', { zh: '该阵地没有这次核查记录', en: 'No such inspection of this site' });
  return i;
}

/** 整改通知书: what to fix and by when; the site stays listed until the deadline's outcome. */
export function yellowCard(
  s: Services,
  ctx: RequestContext,
  id: number,
  b: { items: string[]; deadline: string; inspectionId?: number | undefined; comment?: string | undefined },
) {
  const t = s.clock.today();
  if (b.deadline <= t)
    throw invalidField('body.deadline', 'deadline-not-after-today', { zh: '整改期限须晚于今天', en: 'The deadline to fix must be after today' });
  return transition(s, ctx, id, {
    action: 'yellow-card',
    allowed: ['accepted', 'plaqued'],
    to: 'yellow-card',
    set: () => ({ yellow_deadline: b.deadline }),
    comment: b.comment ?? `整改期限 ${b.deadline}`,
    notice: async (r, trx) => {
      const i = await inspectionOf(trx, r.id, b.inspectionId);
      const y = Number(t.slice(0, 4));
      return {
        kind: 'yellow-card',
        no: `沪工阵整字〔${y}〕${String((await repo.noticeCount(trx, 'yellow-card', y)) + 1).padStart(3, '0')}号`,
        items: b.items,
        deadline: b.deadline,
        issuedOn: t,
        issuer: ctx.actor!.orgName,
        ...(i ? { inspection: { id: i.id, on: i.inspected_on, inspector: i.inspector } } : {}),
      };
    },
  });
}

/** 摘牌通知书: the site is de-listed, leaves the public map, and is never paid again. */
export function redCard(
  s: Services,
  ctx: RequestContext,
  id: number,
  b: { reasons: string[]; inspectionId?: number | undefined; comment?: string | undefined },
) {
  const t = s.clock.today();
  return transition(s, ctx, id, {
    action: 'red-card',
    allowed: listedStatuses,
    to: 'red-card',
    set: () => ({ yellow_deadline: null }),
    comment: b.comment ?? '摘牌',
    notice: async (r, trx) => {
      const i = await inspectionOf(trx, r.id, b.inspectionId);
      const y = Number(t.slice(0, 4));
      return {
        kind: 'red-card',
        no: `沪工阵摘字〔${y}〕${String((await repo.noticeCount(trx, 'red-card', y)) + 1).padStart(3, '0')}号`,
        reasons: b.reasons,
        issuedOn: t,
        issuer: ctx.actor!.orgName,
        ...(i ? { inspection: { id: i.id, on: i.inspected_on, inspector: i.inspector } } : {}),
      };
    },
  });
}

/** The fix is done (a re-check): the yellow card is lifted and the site is back to what it was. */
export function liftYellow(s: Services, ctx: RequestContext, id: number, comment: string) {
  return transition(s, ctx, id, {
    action: 'lift-yellow',
    allowed: ['yellow-card'],
    to: (r) => (r.plaque_year ? 'plaqued' : 'accepted'),
    set: () => ({ yellow_deadline: null }),
    comment,
  });
}

export function closeSite(s: Services, ctx: RequestContext, id: number, comment: string) {
  return transition(s, ctx, id, {
    action: 'close',
    allowed: ['applied', 'inspected', 'accepted', 'plaqued', 'yellow-card', 'red-card'],
    to: 'closed',
    comment,
  });
}

export async function addServiceLog(
  s: Services,
  ctx: RequestContext,
  id: number,
  b: { onDate: string; kind: string; description: string; attendees?: number | undefined },
) {
  const actor = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const r = await loadInScope(trx, actor, id);
    if (!listed.has(r.status))
      throw conflict('site-not-listed', { zh: `阵地 ${r.no} 未在运行，不能登记服务记录`, en: `Site ${r.no} is not running; no service can be logged` });
    if (b.onDate > s.clock.today()) throw invalidField('body.onDate', 'date-in-future', { zh: '服务日期不能晚于今天', en: 'The date cannot be after today' });
    await repo.insertServiceLog(trx, {
      site_id: id,
      on_date: b.onDate,
      kind: b.kind as any,
      description: b.description,
      attendees: b.attendees ?? null,
      recorded_by: actor.accountId,
    });
    await writeAudit(trx, ctx, { action: 'site.service-log', entity: 'site', entityId: id, orgPath: r.org_path, summary: `${r.no} ${b.kind} ${b.onDate}` });
    return getSite(s, ctx, id, trx);
  });
}

/** The public map (no login): listed sites only, with no contact or personal data. */
export async function publicSites(s: Services, q: { kind?: string | undefined; district?: string | undefined }) {
  const db = s.database.db;
  let regionId: number | null | undefined;
  if (q.district) {
    const r = await repo.districtNamed(db, q.district);
    regionId = r?.id ?? null;
  }
  const rows = await repo.publicSiteRows(db, listedStatuses, { kind: q.kind, ...(regionId !== undefined ? { regionId: regionId ?? -1 } : {}) });
  const districts = await repo.districtsWithSites(db, listedStatuses);
  return {
    type: 'FeatureCollection' as const,
    features: rows.map((r) => ({
      type: 'Feature' as const,
      id: r.id,
      geometry: r.lon !== null && r.lat !== null ? { type: 'Point' as const, coordinates: [Number(r.lon), Number(r.lat)] as [number, number] } : null,
      properties: {
        name: r.name,
        kind: r.kind,
        kindName: kindNames[r.kind].zh,
        district: r.region_name,
        districtId: r.region_org_id,
        address: r.address,
        status: r.status as (typeof listedStatuses)[number],
        statusName: statusNames[r.status].zh,
        plaqueYear: r.plaque_year,
        openingHours: r.opening_hours,
      },
    })),
    districts: districts.map((d) => ({ id: d.id, name: d.name })),
  };
}

/** A site's photo for an officer in scope. */
export async function sitePhoto(s: Services, ctx: RequestContext, id: number, documentId: number) {
  const { siteDocumentContent } = await import('../documents/service.ts');
  await loadInScope(s.database.db, ctx.actor!, id);
  return siteDocumentContent(s.database.db, id, documentId);
}

/** The payout guard: a de-listed or closed site is not paid (issue 11 Bad input: paying a de-listed site). */
export async function refusedPayees(db: Executor, applicationIds: number[]) {
  const out = new Map<number, { zh: string; en: string }>();
  if (!applicationIds.length) return out;
  const rows = await repo.unpaidSitesOf(db, applicationIds);
  for (const r of rows)
    out.set(r.application_id!, {
      zh: `阵地 ${r.no}（${r.name}）已${r.status === 'red-card' ? '摘牌' : '关闭'}，不予拨付`,
      en: `site ${r.no} (${r.name}) is ${r.status === 'red-card' ? 'de-listed' : 'closed'} and is not paid`,
    });
  return out;
}

export const siteError = (code: string, zh: string, en: string) => new AppError(400, code, { zh, en });
