// Offers, bottom-up requests, rosters and settlements of the place programs (issue 10 §1–§4). Rules, with paragraphs:
// - offers (§1): each plan of a program year is data; price, subsidies, days/nights and months come from the policy
//   engine's parameters (group-sanatorium 000 附件1 / 003 附件2-9-1、2-9-2; health-checkup 000 体检计划汇总表 with D/E/F
//   only in January–February, 三 注1; two-disease-screening 003 附件2-6 三; gig-mobile-checkup 001 项目4 三), never
//   typed; the agency running the program (000 六: 海鸥集团疗休养事业发展部) edits capacity, provider and contacts.
//   How places are given (000 四): 沙家浜、西山、黄山 by bottom-up request, 屏风山、扬州、庐山、宁波 allocated.
// - requests (§2): a district sends its 申报汇总表 by 12/15 of the year before (000 六(一)1 “于 2017 年 12 月 15 日前报”;
//   体检 五、1 the same), the federation grants places from it (“在全市统筹平衡后核拨名额”): each granted row is a
//   place_grants row; a grant over what the row asked, or over the offer's capacity, is refused naming the row.
// - rosters (§3): the 名册 of one trip/checkup drawn on a union's grant (000 六(一)3 “随同……名册”), checked per row:
//   the member is active and under the grant's union; not twice; not already subsidised in the year — 000 二
//   “同一对象原则上不重复安排”, and 001 项目3 四(一) “当年未享受过市总疗休养补贴” (the two sanatorium programs share
//   one subsidy group); 001 项目3 一 frontline workers (抗疫一线职工); 003 附件2-6 一 women workers for screening;
//   001 项目4 一 platform (gig) workers for the mobile checkups; never more persons than the grant's places.
// - settlements (§4): the provider's claim (补贴申请表 + 名册 + 满意度测评表, 000 六(一)3) must match the roster row for
//   row and the engine's amount; reviewed by the rights department then finance (000 六(三) “经市总权益保障部、财务资产管理部
//   共同审核通过后核拨”, two different people), and paid to the provider's verified payee account (payouts api).
import { getProgram } from '@shishi/policy';
import { evaluate as evaluatePolicy } from '../policy/service.ts';
import { activePayeeAccount, bookPayable, payDirectly } from '../payouts/api.ts';
import { can, pathInScope, type Actor } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { AppError, badRequest, conflict, forbidden, invalidField, notFound } from '../../platform/errors.ts';
import type { Executor, RequestContext } from '../../platform/context.ts';
import type { Services } from '../../platform/services.ts';
import * as repo from './repository.ts';
import * as q from './quotas-repository.ts';
import type { QuotaProgram } from './quotas-schema.ts';
import { actsForUnion, grantInTx } from './service.ts';
import { issuePlatformBills } from './bills.ts';
import { idHashesOf } from '../members/api.ts';
import { gigPlatformsOf } from '../protection/api.ts';

/** Person id → the platform the gig worker is enrolled by in `year` (the protection module's gig register). */
async function gigPlatformsOfMembers(db: Executor, personIds: number[], year: number) {
  const hashes = await idHashesOf(db, personIds);
  const byHash = await gigPlatformsOf(
    db,
    hashes.map((h) => h.idHash),
    year,
  );
  const out = new Map<number, { platformId: number; platformName: string }>();
  for (const h of hashes) {
    const p = byHash.get(h.idHash);
    if (p) out.set(Number(h.personId), p);
  }
  return out;
}

const fen = (yuan: number) => Math.round(yuan * 100);
const yuan = (f: number) => f / 100;

const resorts: Record<string, string> = {
  shajiabang: '沙家浜休养院',
  xishan: '西山休养院',
  huangshan: '黄山休养院',
  pingfengshan: '杭州屏风山工人疗养院',
  yangzhou: '江苏扬州工人疗养院',
  lushan: '江西庐山温泉工人疗养院',
  ningbo: '浙江宁波工人疗养院',
};
const checkupSites: Record<string, string> = { 'workers-sanatorium': '上海市工人疗养院', 'mobile-unit': '市工疗流动体检车' };
const programNames: Record<QuotaProgram, string> = {
  'group-sanatorium': '职工团体疗休养',
  'frontline-sanatorium': '抗疫一线职工疗休养',
  'health-checkup': '职工健康体检',
  'two-disease-screening': '女职工“两病”筛查',
  'gig-mobile-checkup': '新就业形态劳动者巡回体检',
};
/** 000 四: 沙家浜、西山、黄山 自下而上申报; 屏风山、扬州、庐山、宁波 名额分配. Checkups: 自下而上申报 (000 体检 三). */
const requestResorts = new Set(['shajiabang', 'xishan', 'huangshan']);

/** The subsidy group of a program: one subsidised sanatorium trip a year across both sanatorium programs (001 项目3 四(一)). */
export const subsidyGroup = (program: string) => (program === 'group-sanatorium' || program === 'frontline-sanatorium' ? 'sanatorium' : program);

/**
 * The plan number as the year's table prints it, for the title (the code stays the offer's key, `quota_offers.code`):
 * 000 附件1 prints letters (J); 003 附件2-9-1 “焕新之旅” and 附件2-9-2 团体疗休养 each number their rows 1…, which the
 * engine keys renewal-N / group-N (two tables, so the table's name goes with the number).
 */
export function printedPlanNo(program: string, code: string) {
  if (program !== 'group-sanatorium') return code;
  const m = /^(renewal|group)-(\d+)$/.exec(code);
  return m ? `${m[1] === 'renewal' ? '“焕新之旅”' : '团体'}${m[2]}号` : code;
}

/** The printed name of an input value, as the engine publishes it with the program's input schema (x-enum-labels). */
function enumLabel(program: string, field: string, value: string) {
  const schema = getProgram(program)?.inputSchema as { properties?: Record<string, { 'x-enum-labels'?: Record<string, { zh: string }> }> } | undefined;
  return schema?.properties?.[field]?.['x-enum-labels']?.[value]?.zh ?? value;
}

interface Priced {
  title: string;
  site: string;
  days: number | null;
  nights: number | null;
  months: number[];
  priceFen: number;
  cityFen: number;
  otherFen: number;
  otherBy: string | null;
  remainderBy: string;
  policy: string;
  trace: readonly unknown[];
  mode: 'request' | 'allocation' | 'first-come';
}

/** An offer's figures from the policy engine (its output and trace), for the plan `code` of `year`. */
export function priceOffer(
  program: QuotaProgram,
  year: number,
  code: string,
  extra: { costPerPerson?: number | undefined; days?: number | undefined; nights?: number | undefined; site?: string | undefined },
): Priced {
  const field = 'body.code';
  const bad = (e: unknown) => {
    const err = e as { code?: string };
    if (err instanceof AppError && (err.code === 'invalid-input' || err.code === 'no-policy-in-force'))
      throw invalidField(field, err.code, {
        zh: `${year} 年度没有计划“${code}”（${err.message}）`,
        en: `There is no plan "${code}" in ${year} (${err.message})`,
      });
    throw e;
  };
  try {
    switch (program) {
      case 'group-sanatorium': {
        const r = evaluatePolicy(program, `${year}-06-30`, { planCode: code, persons: 1 });
        const o = r.output as Record<string, number | string>;
        const resort = String(o.resort);
        return {
          title: `${printedPlanNo(program, code)} ${resorts[resort] ?? resort} ${o.days}天${o.nights}晚`,
          site: resorts[resort] ?? resort,
          days: Number(o.days),
          nights: Number(o.nights),
          months: [],
          priceFen: fen(Number(o.pricePerPerson)),
          cityFen: fen(Number(o.citySubsidyPerPerson)),
          otherFen: 0,
          otherBy: null,
          remainderBy: '区局（产业）工会、基层单位',
          policy: r.policy,
          trace: r.trace,
          mode: requestResorts.has(resort) ? 'request' : 'allocation',
        };
      }
      case 'health-checkup': {
        // The plan table: months offered (D/E/F: 1–2, 000 三 注1); price and subsidies from an exam in January.
        const r = evaluatePolicy(program, `${year}-01-15`, { planCode: code, persons: 1, examDate: `${year}-01-15` });
        const o = r.output as Record<string, number>;
        const plans =
          (r.trace.find((t) => (t as { name?: string }).name === 'plans') as { value?: Record<string, { site: string; months?: number[] }> } | undefined)
            ?.value ?? {};
        const plan = plans[code];
        return {
          title: `体检计划 ${code}（${checkupSites[plan?.site ?? ''] ?? plan?.site ?? ''}）`,
          site: checkupSites[plan?.site ?? ''] ?? plan?.site ?? '',
          days: null,
          nights: null,
          months: plan?.months ?? [],
          priceFen: fen(o.pricePerPerson!),
          cityFen: fen(o.citySubsidyPerPerson!),
          otherFen: fen(o.sanatoriumSubsidyPerPerson!),
          otherBy: o.sanatoriumSubsidyPerPerson ? '上海市工人疗养院' : null,
          remainderBy: '基层单位',
          policy: r.policy,
          trace: r.trace,
          mode: 'request',
        };
      }
      case 'two-disease-screening': {
        const r = evaluatePolicy(program, `${year}-06-30`, { screened: 1 });
        const rate = fen(Number((r.output as Record<string, number>).amount));
        return {
          title: `女职工“两病”筛查 ${code}`,
          site: extra.site ?? '移动“两筛”车',
          days: null,
          nights: null,
          months: [],
          priceFen: rate,
          cityFen: rate,
          otherFen: 0,
          otherBy: null,
          remainderBy: '—',
          policy: r.policy,
          trace: r.trace,
          mode: 'allocation',
        };
      }
      case 'gig-mobile-checkup': {
        const r = evaluatePolicy(program, `${year}-06-30`, { package: code, persons: 1 });
        const o = r.output as Record<string, number>;
        return {
          title: `巡回体检 ${enumLabel(program, 'package', code)}`,
          site: extra.site ?? '市工疗流动体检车',
          days: null,
          nights: null,
          months: [],
          priceFen: fen(o.pricePerPerson!),
          cityFen: fen(o.citySubsidyPerPerson!),
          otherFen: 0,
          otherBy: null,
          remainderBy: '平台企业',
          policy: r.policy,
          trace: r.trace,
          mode: 'allocation',
        };
      }
      case 'frontline-sanatorium': {
        if (extra.costPerPerson === undefined || extra.days === undefined || extra.nights === undefined || !extra.site)
          throw invalidField('body.costPerPerson', 'required', {
            zh: '一线职工疗休养线路须填写目的地、天数、夜数和每人费用',
            en: 'a frontline trip needs site, days, nights and cost per person',
          });
        const r = evaluatePolicy(program, `${year}-06-30`, {
          days: extra.days,
          nights: extra.nights,
          costPerPerson: extra.costPerPerson,
          subsidisedThisYear: false,
          finishedOn: `${year}-06-30`,
        });
        if (!r.eligible)
          throw invalidField('body.costPerPerson', 'not-eligible', {
            zh: `线路不符合条件：${r.reasons.map((x) => x.message.zh).join('；')}`,
            en: `The trip is not eligible: ${r.reasons.map((x) => x.message.en).join('; ')}`,
          });
        const o = r.output as Record<string, number>;
        return {
          title: `${code} ${extra.site} ${extra.days}天${extra.nights}晚`,
          site: extra.site,
          days: extra.days,
          nights: extra.nights,
          months: [],
          priceFen: fen(extra.costPerPerson),
          cityFen: fen(o.citySubsidyPerPerson!),
          otherFen: 0,
          otherBy: null,
          remainderBy: '区局（产业）工会',
          policy: r.policy,
          trace: r.trace,
          mode: 'allocation',
        };
      }
    }
  } catch (e) {
    return bad(e);
  }
}

/** The engine's amount for a settlement: the federation's share for `persons` on the offer (with the trace). */
function settlementAmount(o: q.OfferRow, persons: number, date: string): { fen: number; trace: readonly unknown[] } {
  switch (o.program) {
    case 'group-sanatorium': {
      const r = evaluatePolicy(o.program, `${o.year}-06-30`, { planCode: o.code, persons });
      return { fen: fen(Number((r.output as Record<string, number>).totalCitySubsidy)), trace: r.trace };
    }
    case 'health-checkup': {
      const r = evaluatePolicy(o.program, date, { planCode: o.code, persons, examDate: date });
      const out = r.output as Record<string, number | null>;
      if (out.totalCitySubsidy == null)
        throw conflict('not-offered-in-month', {
          zh: `体检计划 ${o.code} 在 ${date} 不开展（沪工总办〔2017〕360号 三 注1：D、E、F 仅在 1—2 月开展）`,
          en: `Plan ${o.code} does not run on ${date} (D, E, F only in January–February)`,
        });
      return { fen: fen(out.totalCitySubsidy + (out.totalSanatoriumSubsidy ?? 0)), trace: r.trace };
    }
    case 'two-disease-screening': {
      const r = evaluatePolicy(o.program, `${o.year}-06-30`, { screened: persons });
      return { fen: fen(Number((r.output as Record<string, number>).amount)), trace: r.trace };
    }
    case 'gig-mobile-checkup': {
      const r = evaluatePolicy(o.program, `${o.year}-06-30`, { package: o.code, persons });
      return { fen: fen(Number((r.output as Record<string, number>).totalCitySubsidy)), trace: r.trace };
    }
    default: {
      const r = evaluatePolicy(o.program, date, {
        days: o.days ?? 1,
        nights: o.nights ?? 0,
        costPerPerson: yuan(o.price_fen),
        subsidisedThisYear: false,
        finishedOn: date,
      });
      return { fen: fen(Number((r.output as Record<string, number>).citySubsidyPerPerson)) * persons, trace: r.trace };
    }
  }
}

// ---------------------------------------------------------------------------------------------
// §1 Offers.

const isFederationLevel = (a: Actor) => ['federation-admin', 'department-officer', 'agency-officer'].includes(a.role);
const mayEditOffer = (a: Actor, o: { agency_org_id: number }) => can(a, 'pools.manage') && (a.role === 'federation-admin' || a.orgId === o.agency_org_id);

function presentOffer(actor: Actor, o: q.OfferRow) {
  return {
    id: o.id,
    program: o.program,
    year: o.year,
    code: o.code,
    title: o.title,
    site: o.site,
    days: o.days,
    nights: o.nights,
    months: o.months,
    price: yuan(o.price_fen),
    citySubsidy: yuan(o.city_subsidy_fen),
    otherSubsidy: yuan(o.other_subsidy_fen),
    otherSubsidyBy: o.other_subsidy_by,
    remainder: yuan(o.price_fen - o.city_subsidy_fen - o.other_subsidy_fen),
    remainderBy: o.remainder_by,
    mode: o.mode,
    capacity: o.capacity,
    granted: Number(o.granted),
    providerOrgId: o.provider_org_id,
    providerName: o.provider_name,
    contacts: o.contacts as { name: string }[],
    agencyOrgId: o.agency_org_id,
    agencyName: o.agency_name,
    policy: o.policy,
    trace: o.trace as unknown[],
    abilities: { edit: mayEditOffer(actor, o) },
  };
}

export async function listOffers(s: Services, ctx: RequestContext, query: { year?: number | undefined; program?: string | undefined }) {
  const actor = ctx.actor!;
  return { items: (await q.listOffers(s.database.db, query)).map((o) => presentOffer(actor, o)) };
}

export async function getOffer(s: Services, ctx: RequestContext, id: number) {
  const o = await q.offerById(s.database.db, id);
  if (!o) throw notFound('offer', id);
  return presentOffer(ctx.actor!, o);
}

export async function createOffer(
  s: Services,
  ctx: RequestContext,
  b: {
    program: QuotaProgram;
    year: number;
    code: string;
    capacity: number;
    mode?: 'request' | 'allocation' | 'first-come' | undefined;
    providerOrgId?: number | undefined;
    providerName?: string | undefined;
    site?: string | undefined;
    contacts: { name: string; phone?: string | undefined; org?: string | undefined }[];
    costPerPerson?: number | undefined;
    days?: number | undefined;
    nights?: number | undefined;
  },
) {
  const actor = ctx.actor!;
  if (!isFederationLevel(actor) || !actor.orgId)
    throw forbidden({ zh: '计划目录由承办机构或市总维护', en: 'The offer is kept by the agency running the program or the federation' });
  const p = priceOffer(b.program, b.year, b.code, b);
  const db = s.database.db;
  const provider = b.providerOrgId ? await repo.orgById(db, b.providerOrgId) : await repo.orgById(db, actor.orgId);
  if (!provider) throw notFound('org', b.providerOrgId);
  return db.transaction().execute(async (trx) => {
    try {
      const id = await q.insertOffer(trx, {
        program: b.program,
        year: b.year,
        code: b.code,
        title: p.title,
        site: p.site,
        days: p.days,
        nights: p.nights,
        months: p.months,
        price_fen: p.priceFen,
        city_subsidy_fen: p.cityFen,
        other_subsidy_fen: p.otherFen,
        other_subsidy_by: p.otherBy,
        remainder_by: p.remainderBy,
        mode: b.mode ?? p.mode,
        capacity: b.capacity,
        provider_org_id: provider.id,
        provider_name: b.providerName ?? (b.program === 'frontline-sanatorium' ? '区局（产业）工会自选旅行社' : provider.name), // 001 项目3 四(二) 自行选择承接旅行社
        contacts: JSON.stringify(b.contacts),
        agency_org_id: actor.orgId!,
        policy: p.policy,
        trace: JSON.stringify(p.trace),
        updated_by: actor.accountId,
      });
      await writeAudit(trx, ctx, {
        action: 'offer.create',
        entity: 'quota-offer',
        entityId: id,
        orgPath: provider.path,
        summary: `${b.year} ${programNames[b.program]} ${p.title}：${b.capacity} 个名额`,
        after: { ...b, price: yuan(p.priceFen), citySubsidy: yuan(p.cityFen) },
      });
      return presentOffer(actor, (await q.offerById(trx, id))!);
    } catch (err) {
      if ((err as { code?: string }).code === '23505')
        throw conflict('offer-exists', { zh: `${b.year} 年度已有计划“${b.code}”`, en: `${b.year} already has plan "${b.code}"` });
      throw err;
    }
  });
}

export async function updateOffer(
  s: Services,
  ctx: RequestContext,
  id: number,
  b: {
    capacity?: number | undefined;
    providerOrgId?: number | undefined;
    providerName?: string | undefined;
    contacts?: { name: string }[] | undefined;
    mode?: 'request' | 'allocation' | 'first-come' | undefined;
  },
) {
  const actor = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const o = await q.offerById(trx, id);
    if (!o) throw notFound('offer', id);
    if (!mayEditOffer(actor, o)) throw forbidden({ zh: `“${o.title}”由${o.agency_name}维护`, en: `"${o.title}" is kept by ${o.agency_name}` });
    await q.lockOffer(trx, id);
    if (b.capacity !== undefined && b.capacity < Number(o.granted))
      throw invalidField('body.capacity', 'below-granted', {
        zh: `已核拨 ${o.granted} 个名额，容量不能少于此数`,
        en: `${o.granted} places are already granted; the capacity cannot be less`,
      });
    const provider = b.providerOrgId ? await repo.orgById(trx, b.providerOrgId) : null;
    if (b.providerOrgId && !provider) throw notFound('org', b.providerOrgId);
    await q.updateOffer(trx, id, {
      ...(b.capacity !== undefined && { capacity: b.capacity }),
      ...(provider && { provider_org_id: provider.id, provider_name: b.providerName ?? provider.name }),
      ...(b.providerName && !provider && { provider_name: b.providerName }),
      ...(b.contacts && { contacts: JSON.stringify(b.contacts) }),
      ...(b.mode && { mode: b.mode }),
      updated_by: actor.accountId,
      updated_at: new Date(),
    });
    await writeAudit(trx, ctx, {
      action: 'offer.update',
      entity: 'quota-offer',
      entityId: id,
      orgPath: o.agency_path,
      summary: `${o.year} ${o.title}`,
      before: { capacity: o.capacity, provider: o.provider_name },
      after: b,
    });
    return presentOffer(actor, (await q.offerById(trx, id))!);
  });
}

/** Root grants of an offer may not pass its capacity (checked under the offer's row lock, with the places already granted). */
export async function checkOfferCapacity(trx: Executor, program: string, year: number, site: string | null, places: number, rowLabel: string | null) {
  if (!site) return;
  const o = await q.offerByCode(trx, program, year, site);
  if (!o) return;
  await q.lockOffer(trx, o.id);
  const granted = Number((await q.offerById(trx, o.id))!.granted);
  if (granted + places > o.capacity)
    throw new AppError(
      409,
      'over-allocated',
      {
        zh: `${rowLabel ? `第 ${rowLabel} 行：` : ''}“${o.title}”共 ${o.capacity} 个名额，已核拨 ${granted} 个，不能再核拨 ${places} 个`,
        en: `${rowLabel ? `Row ${rowLabel}: ` : ''}"${o.title}" has ${o.capacity} places, ${granted} granted; ${places} more cannot be granted`,
      },
      [
        {
          field: rowLabel ? `rows[${rowLabel}].places` : 'body.places',
          code: 'over-allocated',
          message: { zh: `尚余 ${o.capacity - granted}`, en: `${o.capacity - granted} left` },
        },
      ],
      { level: 'offer', offerId: o.id, available: o.capacity - granted },
    );
}

// ---------------------------------------------------------------------------------------------
// §2 Requests (申报汇总表).

/** 000 六(一)1 and 体检 五、1: the 申报汇总表 of year Y reaches the agency by 15 December of Y − 1. */
export const requestDeadline = (year: number) => `${year - 1}-12-15`;

async function presentRequests(db: Executor, actor: Actor, rows: q.RequestRow[]) {
  const lines = await q.requestRows(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => {
    const mine = lines.filter((l) => l.request_id === r.id);
    const granted = mine.some((l) => l.granted !== null) ? mine.reduce((a, l) => a + (l.granted ?? 0), 0) : null;
    return {
      id: r.id,
      program: r.program,
      year: r.year,
      orgId: r.org_id,
      orgName: r.org_name,
      deadline: r.deadline,
      status: r.status,
      submittedOn: r.submitted_on,
      grantedOn: r.granted_on,
      requested: mine.reduce((a, l) => a + l.requested, 0),
      granted,
      rows: mine.map((l) => ({
        row: l.row_no,
        offerId: l.offer_id,
        code: l.code,
        title: l.title,
        requested: l.requested,
        granted: l.granted,
        grantId: l.grant_id,
      })),
      abilities: { grant: r.status === 'submitted' && actor.role === 'federation-admin' && can(actor, 'pools.manage') },
    };
  });
}

export async function listRequests(s: Services, ctx: RequestContext, query: { year?: number | undefined; program?: string | undefined }) {
  const actor = ctx.actor!;
  const db = s.database.db;
  const rows = await q.listRequests(db, actor, query);
  return { items: await presentRequests(db, actor, rows), deadline: query.year ? requestDeadline(query.year) : null };
}

async function requestOf(db: Executor, actor: Actor, id: number) {
  const r = await q.requestById(db, actor, id);
  if (!r) throw notFound('request', id);
  return r;
}

export async function getRequest(s: Services, ctx: RequestContext, id: number) {
  const db = s.database.db;
  return (await presentRequests(db, ctx.actor!, [await requestOf(db, ctx.actor!, id)]))[0]!;
}

export async function submitRequest(
  s: Services,
  ctx: RequestContext,
  b: { program: QuotaProgram; year: number; orgId?: number | undefined; rows: { offerId: number; places: number }[] },
) {
  const actor = ctx.actor!;
  const db = s.database.db;
  const org = await repo.orgInScope(db, actor, b.orgId ?? actor.orgId ?? 0);
  if (!org) throw notFound('org', b.orgId ?? actor.orgId);
  if (org.kind !== 'district' && org.kind !== 'industry')
    throw invalidField('body.orgId', 'not-a-district', {
      zh: '申报汇总表由区局（产业）工会报送（沪工总办〔2017〕360号 六(一)1）',
      en: 'The request summary is sent by a district or industry union (沪工总办〔2017〕360号 六(一)1)',
    });
  const today = s.clock.today();
  const deadline = requestDeadline(b.year);
  if (today > deadline)
    throw conflict(
      'request-late',
      {
        zh: `${b.year} 年度的申报汇总表应于 ${deadline} 前报送（沪工总办〔2017〕360号 六(一)1），今天是 ${today}`,
        en: `The ${b.year} request summary was due by ${deadline} (沪工总办〔2017〕360号 六(一)1); today is ${today}`,
      },
      { deadline },
    );
  const seen = new Set<number>();
  const offers: q.OfferRow[] = [];
  for (const [i, r] of b.rows.entries()) {
    const row = i + 1;
    const o = await q.offerById(db, r.offerId);
    if (!o || o.program !== b.program || o.year !== b.year)
      throw invalidField(`rows[${row}].offerId`, 'unknown-offer', {
        zh: `第 ${row} 行：不是 ${b.year} 年度${programNames[b.program]}的计划`,
        en: `Row ${row}: not a ${b.year} ${b.program} plan`,
      });
    if (o.mode !== 'request')
      throw invalidField(`rows[${row}].offerId`, 'not-by-request', {
        zh: `第 ${row} 行：“${o.title}”采取名额分配方式，不接受申报（沪工总办〔2017〕360号 四）`,
        en: `Row ${row}: "${o.title}" is allocated, not requested (沪工总办〔2017〕360号 四)`,
      });
    if (seen.has(o.id))
      throw invalidField(`rows[${row}].offerId`, 'duplicate', { zh: `第 ${row} 行：“${o.title}”重复申报`, en: `Row ${row}: "${o.title}" twice` });
    seen.add(o.id);
    offers.push(o);
  }
  return db.transaction().execute(async (trx) => {
    let id: number;
    try {
      id = await q.insertRequest(trx, { program: b.program, year: b.year, orgId: org.id, deadline, submittedOn: today, submittedBy: actor.accountId }, b.rows);
    } catch (err) {
      if ((err as { code?: string }).code === '23505')
        throw conflict('request-exists', {
          zh: `${org.name}已报送 ${b.year} 年度${programNames[b.program]}申报汇总表`,
          en: `${org.name} has already sent its ${b.year} request`,
        });
      throw err;
    }
    await writeAudit(trx, ctx, {
      action: 'quota-request.submit',
      entity: 'quota-request',
      entityId: id,
      orgPath: org.path,
      summary: `${org.name} ${b.year} ${programNames[b.program]}申报：${b.rows.reduce((a, r) => a + r.places, 0)} 人`,
      after: b,
    });
    return (await presentRequests(trx, actor, [await requestOf(trx, actor, id)]))[0]!;
  });
}

/** The federation grants a request row by row (核拨): each granted row becomes a place grant to the district. */
export async function grantRequest(s: Services, ctx: RequestContext, id: number, b: { rows: { row: number; places: number }[] }) {
  const actor = ctx.actor!;
  if (actor.role !== 'federation-admin') throw forbidden({ zh: '名额由市总统筹平衡后核拨', en: 'Places are granted by the federation' });
  return s.database.db.transaction().execute(async (trx) => {
    const r = await requestOf(trx, actor, id);
    if (r.status !== 'submitted')
      throw conflict('already-granted', { zh: `${r.org_name}的申报已核拨`, en: `${r.org_name}'s request has already been granted` });
    const lines = await q.requestRows(trx, [id]);
    for (const g of b.rows) {
      const line = lines.find((l) => l.row_no === g.row);
      if (!line) throw invalidField(`rows[${g.row}].row`, 'unknown-row', { zh: `申报表没有第 ${g.row} 行`, en: `The request has no row ${g.row}` });
      if (g.places > line.requested)
        throw invalidField(`rows[${g.row}].places`, 'over-requested', {
          zh: `第 ${g.row} 行：核拨 ${g.places} 个超过申报的 ${line.requested} 个`,
          en: `Row ${g.row}: ${g.places} granted is more than the ${line.requested} requested`,
        });
      let grantId: number | null = null;
      if (g.places > 0) {
        const grant = await grantInTx(
          s,
          ctx,
          trx,
          { program: line.program, year: line.year, site: line.code, toOrgId: r.org_id, places: g.places },
          String(g.row),
        );
        grantId = grant.id;
      }
      await q.setRowGranted(trx, line.id, g.places, grantId);
    }
    await q.markRequestGranted(trx, id, s.clock.today(), actor.accountId);
    await writeAudit(trx, ctx, {
      action: 'quota-request.grant',
      entity: 'quota-request',
      entityId: id,
      orgPath: r.org_path,
      summary: `${r.org_name} ${r.year}：核拨 ${b.rows.reduce((a, x) => a + x.places, 0)} 个名额`,
      after: b,
    });
    return (await presentRequests(trx, actor, [await requestOf(trx, actor, id)]))[0]!;
  });
}

// ---------------------------------------------------------------------------------------------
// §3 Rosters (名册).

async function rosterOf(db: Executor, actor: Actor, id: number) {
  const r = await q.rosterById(db, actor, id);
  if (!r) throw notFound('roster', id);
  return r;
}

async function presentRoster(db: Executor, actor: Actor, r: q.RosterRow, withEntries: boolean) {
  const g = await repo.grantById(db, actor, r.grant_id);
  const left = g ? g.places - g.allocated - g.returned : 0;
  const mine = actsForUnion(actor, r.org_path);
  const entries = withEntries
    ? (await q.rosterEntries(db, r.id)).map((e) => ({ row: e.row_no, memberNo: e.member_no, name: maskName(e.name), orgName: e.org_name }))
    : [];
  return {
    id: r.id,
    offerId: r.offer_id,
    code: r.code,
    title: r.title,
    program: r.program,
    year: r.year,
    grantId: r.grant_id,
    orgId: r.org_id,
    orgName: r.org_name,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    status: r.status,
    persons: Number(r.persons ?? 0),
    placesLeft: left,
    entries,
    settlementId: r.settlement_id,
    providerOrgId: r.provider_org_id,
    providerName: r.provider_name,
    abilities: {
      edit: mine && r.status === 'draft',
      submit: mine && r.status === 'draft' && Number(r.persons ?? 0) > 0,
      settle: r.status === 'submitted' && mayClaim(actor, r.provider_org_id),
    },
  };
}
const maskName = (n: string) => (n.length <= 1 ? n : n[0] + '*'.repeat(Math.min(n.length - 1, 2)));
/** The provider's claim is filed by the provider's own officer (000 六(一)3 承办单位), or the federation administrator for it. */
const mayClaim = (actor: Actor, providerOrgId: number | null) =>
  can(actor, 'pools.manage') && ((providerOrgId !== null && actor.orgId === providerOrgId) || actor.role === 'federation-admin');

export async function listRosters(s: Services, ctx: RequestContext, query: { year?: number | undefined; program?: string | undefined }) {
  const actor = ctx.actor!;
  const db = s.database.db;
  const rows = await q.listRosters(db, actor, query);
  const items = [];
  for (const r of rows) {
    const { entries: _e, ...rest } = await presentRoster(db, actor, r, false);
    items.push(rest);
  }
  return { items };
}

export async function getRoster(s: Services, ctx: RequestContext, id: number) {
  const db = s.database.db;
  return presentRoster(db, ctx.actor!, await rosterOf(db, ctx.actor!, id), true);
}

export async function createRoster(s: Services, ctx: RequestContext, b: { grantId: number; startsOn: string; endsOn: string; members: string[] }) {
  const actor = ctx.actor!;
  const db = s.database.db;
  const g = await repo.grantById(db, actor, b.grantId);
  if (!g) throw notFound('grant', b.grantId);
  if (!actsForUnion(actor, g.to_path)) throw forbidden({ zh: '只有获得名额的工会可以编制名册', en: 'Only the union holding the places draws up a roster' });
  const o = g.site ? await q.offerByCode(db, g.program, g.year, g.site) : undefined;
  if (!o) throw invalidField('body.grantId', 'no-offer', { zh: '该名额没有对应的计划（线路或套餐）', en: 'These places belong to no plan of the offer' });
  if (b.endsOn < b.startsOn) throw invalidField('body.endsOn', 'before-start', { zh: '结束日期不能早于开始日期', en: 'ends before it starts' });
  if (Number(b.startsOn.slice(0, 4)) !== o.year)
    throw invalidField('body.startsOn', 'other-year', {
      zh: `${o.year} 年度的名额只能在 ${o.year} 年使用（当年补贴额度当年使用，沪工总办〔2017〕360号 六(三)）`,
      en: `${o.year} places are used in ${o.year}`,
    });
  const month = Number(b.startsOn.slice(5, 7));
  if (o.months.length && !o.months.includes(month))
    throw invalidField('body.startsOn', 'not-offered-in-month', {
      zh: `“${o.title}”仅在 ${o.months.join('、')} 月开展（沪工总办〔2017〕360号 三 注1）`,
      en: `"${o.title}" runs only in months ${o.months.join(', ')}`,
    });
  return db.transaction().execute(async (trx) => {
    const id = await q.insertRoster(trx, {
      offerId: o.id,
      grantId: g.id,
      orgId: g.to_org_id,
      program: o.program,
      year: o.year,
      startsOn: b.startsOn,
      endsOn: b.endsOn,
      createdBy: actor.accountId,
    });
    await writeAudit(trx, ctx, {
      action: 'roster.create',
      entity: 'roster',
      entityId: id,
      orgPath: g.to_path,
      summary: `${g.to_name} ${o.title} ${b.startsOn}—${b.endsOn}`,
      after: { grantId: g.id, startsOn: b.startsOn, endsOn: b.endsOn },
    });
    if (b.members.length) await addEntriesTx(s, ctx, trx, id, b.members);
    return presentRoster(trx, actor, await rosterOf(trx, actor, id), true);
  });
}

type RowIssue = { field: string; code: string; message: { zh: string; en: string } };

/** Add members to a draft roster: every row checked, all rows or none; the error names every wrong row. */
async function addEntriesTx(s: Services, ctx: RequestContext, trx: Executor, rosterId: number, nos: string[], rowOffset = 0) {
  const actor = ctx.actor!;
  const r = await rosterOf(trx, actor, rosterId);
  if (r.status !== 'draft') throw conflict('roster-submitted', { zh: '名册已报送，不能再修改', en: 'The roster has been submitted; it cannot change' });
  if (!actsForUnion(actor, r.org_path)) throw forbidden({ zh: '名册由获得名额的工会编制', en: 'The union holding the places draws up its roster' });
  const g = await repo.grantById(trx, actor, r.grant_id);
  if (!g) throw notFound('grant', r.grant_id);
  const group = subsidyGroup(r.program);
  const found = new Map((await q.membersByNo(trx, [...new Set(nos)])).map((m) => [m.member_no, m]));
  const taken = new Map(
    (
      await q.alreadyOnRosters(
        trx,
        group,
        r.year,
        [...found.values()].map((m) => m.person_id),
      )
    ).map((x) => [x.person_id, x]),
  );
  const issues: RowIssue[] = [];
  const seen = new Set<string>();
  const rowName = (i: number) => i + 1 + rowOffset;
  const add = (i: number, code: string, zh: string, en: string) =>
    issues.push({ field: `rows[${rowName(i)}].会员编号`, code, message: { zh: `第 ${rowName(i)} 行：${zh}`, en: `Row ${rowName(i)}: ${en}` } });
  const rows: { person_id: number; membership_id: number; platform_org_id: number | null }[] = [];
  // 001 项目4 三 “费用由相关平台企业承担”: each gig worker is billed to the platform they are enrolled by in the year's gig
  // register (001 互助保障计划 二(五): one platform per worker per year); a worker no platform has enrolled cannot be billed.
  const platforms =
    r.program === 'gig-mobile-checkup'
      ? await gigPlatformsOfMembers(
          trx,
          [...found.values()].map((m) => m.person_id),
          r.year,
        )
      : new Map<number, { platformId: number; platformName: string }>();
  for (const [i, no] of nos.entries()) {
    const m = found.get(no);
    if (!m || !pathInScope(actor, m.path) || !m.path.startsWith(g.to_path)) {
      add(i, 'unknown-member', `会员编号 ${no} 不是${g.to_name}的在册会员`, `${no} is not an active member under ${g.to_name}`);
      continue;
    }
    if (seen.has(no)) {
      add(i, 'duplicate-member', `${maskName(m.name)}（${no}）在名册中重复`, `${no} is on the roster twice`);
      continue;
    }
    seen.add(no);
    const t = taken.get(m.person_id);
    if (t) {
      add(
        i,
        'already-subsidised',
        t.roster_id === rosterId
          ? `${maskName(m.name)}（${no}）已在本名册中`
          : `${maskName(m.name)}（${no}）${r.year} 年已参加“${t.title}”，同一对象不重复安排（沪工总办〔2017〕360号 二；沪工总办〔2022〕15号《组织万名抗疫一线职工疗休养实施方案》四(一) 当年未享受过市总疗休养补贴）`,
        t.roster_id === rosterId ? `${no} is already on this roster` : `${no} already had "${t.title}" in ${r.year}; nobody is subsidised twice a year`,
      );
      continue;
    }
    const cats = m.categories ?? [];
    if (r.program === 'frontline-sanatorium' && !cats.includes('frontline-worker')) {
      add(
        i,
        'not-frontline',
        `${maskName(m.name)}（${no}）不是抗疫一线职工（沪工总办〔2022〕15号《组织万名抗疫一线职工疗休养实施方案》一）`,
        `${no} is not a frontline worker (沪工总办〔2022〕15号, frontline sanatorium plan)`,
      );
      continue;
    }
    if (r.program === 'two-disease-screening' && m.sex !== 'female') {
      add(
        i,
        'not-a-woman',
        `${maskName(m.name)}（${no}）不是女职工，“两病”筛查面向女职工（沪工总办〔2024〕189号 附件2-6 一）`,
        `${no} is not a woman; the screening is for women workers (沪工总办〔2024〕189号 附件2-6)`,
      );
      continue;
    }
    if (r.program === 'gig-mobile-checkup' && !cats.includes('gig-worker')) {
      add(
        i,
        'not-a-gig-worker',
        `${maskName(m.name)}（${no}）不是平台新就业形态劳动者（沪工总办〔2022〕15号《组织万名新就业形态劳动者巡回体检实施方案》一）`,
        `${no} is not a platform (gig) worker (沪工总办〔2022〕15号, gig-worker checkup plan)`,
      );
      continue;
    }
    const platform = platforms.get(m.person_id);
    if (r.program === 'gig-mobile-checkup' && !platform) {
      add(
        i,
        'no-platform',
        `${maskName(m.name)}（${no}）不在任何平台企业 ${r.year} 年登记的劳动者名单中，体检费用无平台承担（沪工总办〔2022〕15号《组织万名新就业形态劳动者巡回体检实施方案》三）`,
        `${no} is on no platform's ${r.year} gig register; no platform bears the checkup (沪工总办〔2022〕15号, gig-worker checkup plan 三)`,
      );
      continue;
    }
    rows.push({ person_id: m.person_id, membership_id: m.membership_id, platform_org_id: platform?.platformId ?? null });
  }
  const left = g.places - g.allocated - g.returned;
  if (!issues.length && rows.length > left)
    issues.push({
      field: `rows[${rowName(left)}].会员编号`,
      code: 'over-places',
      message: {
        zh: `第 ${rowName(left)} 行起超出名额：${g.to_name}尚余 ${left} 个名额，名册新增 ${rows.length} 人`,
        en: `From row ${rowName(left)} on: ${g.to_name} has ${left} places left, the roster adds ${rows.length}`,
      },
    });
  if (issues.length)
    throw new AppError(
      400,
      'roster-invalid',
      { zh: `名册有 ${issues.length} 处错误。${issues[0]!.message.zh}`, en: `The roster has ${issues.length} error(s). ${issues[0]!.message.en}` },
      issues.slice(0, 100),
    );
  const base = Number(r.persons ?? 0);
  try {
    await q.insertEntries(trx, rosterId, base, group, r.year, rows);
  } catch (err) {
    // A concurrent roster took the same person: the unique (group, year, person) decides.
    if ((err as { code?: string }).code === '23505')
      throw conflict('already-subsidised', {
        zh: '名册中有会员刚被另一份名册安排（同一对象不重复安排）',
        en: 'A member was just put on another roster; nobody is subsidised twice a year',
      });
    throw err;
  }
  if (!(await repo.reserve(trx, g.id, rows.length)))
    throw conflict('over-places', { zh: `${g.to_name}的名额刚被用完`, en: `${g.to_name}'s places were just used up` });
  await writeAudit(trx, ctx, {
    action: 'roster.add',
    entity: 'roster',
    entityId: rosterId,
    orgPath: r.org_path,
    summary: `${r.title}：新增 ${rows.length} 人`,
    after: { added: rows.length },
  });
  return rows.length;
}

export async function addEntries(s: Services, ctx: RequestContext, rosterId: number, nos: string[]) {
  return s.database.db.transaction().execute(async (trx) => {
    const added = await addEntriesTx(s, ctx, trx, rosterId, nos);
    return { added, roster: await presentRoster(trx, ctx.actor!, await rosterOf(trx, ctx.actor!, rosterId), true) };
  });
}

/** The import of a filled 名册 (.xlsx): the column 会员编号; the sheet's row numbers are named in errors. */
export async function importEntries(s: Services, ctx: RequestContext, rosterId: number, rows: { rowNo: number; memberNo: string }[]) {
  if (!rows.length) throw invalidField('file', 'empty', { zh: '名册中没有会员', en: 'the sheet has no members' });
  const bad = rows.find((r) => !/^\d{10}$/.test(r.memberNo));
  if (bad)
    throw invalidField(`rows[${bad.rowNo}].会员编号`, 'invalid', {
      zh: `第 ${bad.rowNo} 行：会员编号“${bad.memberNo}”应为 10 位数字`,
      en: `row ${bad.rowNo}: "${bad.memberNo}" is not a 10-digit member number`,
    });
  // Rows in the file are contiguous from the first data row (row 2); errors name the sheet's row number.
  return s.database.db.transaction().execute(async (trx) => {
    const added = await addEntriesTx(
      s,
      ctx,
      trx,
      rosterId,
      rows.map((r) => r.memberNo),
      rows[0]!.rowNo - 1,
    );
    return { added, roster: await presentRoster(trx, ctx.actor!, await rosterOf(trx, ctx.actor!, rosterId), true) };
  });
}

export async function submitRoster(s: Services, ctx: RequestContext, id: number) {
  const actor = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const r = await rosterOf(trx, actor, id);
    if (!actsForUnion(actor, r.org_path)) throw forbidden({ zh: '名册由获得名额的工会报送', en: 'The union holding the places submits its roster' });
    if (r.status !== 'draft') throw conflict('roster-submitted', { zh: '名册已报送', en: 'The roster has already been submitted' });
    if (!Number(r.persons)) throw badRequest('roster-empty', { zh: '名册中还没有会员', en: 'The roster has nobody on it' });
    await q.setRosterStatus(trx, [id], 'submitted');
    await writeAudit(trx, ctx, {
      action: 'roster.submit',
      entity: 'roster',
      entityId: id,
      orgPath: r.org_path,
      summary: `${r.org_name} ${r.title}：${r.persons} 人`,
      after: { persons: Number(r.persons) },
    });
    return presentRoster(trx, actor, await rosterOf(trx, actor, id), true);
  });
}

// ---------------------------------------------------------------------------------------------
// §4 Settlements.

async function actorFunction(db: Executor, actor: Actor) {
  if (!actor.orgId) return null;
  return q.orgFunction(db, actor.orgId);
}

async function presentSettlement(db: Executor, actor: Actor, st: q.SettlementRow) {
  const fn = await actorFunction(db, actor);
  const people = new Set([st.submitted_by, st.rights_by, st.finance_by]);
  const rosters = st.period
    ? (await q.settlementRosters(db, st.id)).map((r) => ({
        id: r.id,
        title: r.title,
        orgName: r.org_name,
        startsOn: r.starts_on,
        endsOn: r.ends_on,
        persons: Number(r.persons),
      }))
    : [];
  return {
    id: st.id,
    rosterId: st.roster_id,
    rosterTitle: st.period ? periodTitle(st.program, st.year, st.period) : (st.title ?? ''),
    orgName: st.org_name,
    period: st.period,
    program: st.program,
    year: st.year,
    rosters,
    providerOrgId: st.provider_org_id,
    providerName: st.provider_name,
    persons: st.persons,
    amount: yuan(Number(st.amount_fen)),
    trace: st.trace as unknown[],
    satisfaction: st.satisfaction as { responses: number; satisfied: number },
    status: st.status,
    submittedOn: st.submitted_on,
    rightsAt: st.rights_at,
    financeAt: st.finance_at,
    paidOn: st.paid_on,
    paymentReference: st.payment_reference,
    payeeAccount: st.payee_label,
    abilities: {
      rights: st.status === 'submitted' && can(actor, 'payouts.approve-rights') && fn === 'rights' && !people.has(actor.accountId),
      finance: st.status === 'rights-approved' && can(actor, 'payouts.approve-finance') && fn === 'finance' && !people.has(actor.accountId),
      pay: st.status === 'finance-approved' && can(actor, 'payouts.prepare') && (fn === 'finance' || actor.role === 'federation-admin'),
    },
  };
}

function visibleSettlement(actor: Actor, st: q.SettlementRow) {
  return pathInScope(actor, st.org_path) || pathInScope(actor, st.provider_path);
}

export async function listSettlements(s: Services, ctx: RequestContext) {
  const actor = ctx.actor!;
  const db = s.database.db;
  const rows = (await q.listSettlementRows(db)).filter((st) => visibleSettlement(actor, st));
  const items = [];
  for (const st of rows) items.push(await presentSettlement(db, actor, st));
  return { items };
}

async function settlementOf(db: Executor, actor: Actor, id: number) {
  const st = await q.settlementById(db, id);
  if (!st || !visibleSettlement(actor, st)) throw notFound('settlement', id);
  return st;
}

export async function getSettlement(s: Services, ctx: RequestContext, id: number) {
  return presentSettlement(s.database.db, ctx.actor!, await settlementOf(s.database.db, ctx.actor!, id));
}

/** The provider's claim for one submitted roster: its names must be the roster's, its amount the engine's. */
export async function submitSettlement(
  s: Services,
  ctx: RequestContext,
  b: { rosterId: number; persons: number; amount: number; members: string[]; satisfaction: { responses: number; satisfied: number } },
) {
  const actor = ctx.actor!;
  const db = s.database.db;
  return db.transaction().execute(async (trx) => {
    const r = await rosterOf(trx, actor, b.rosterId);
    const o = (await q.offerById(trx, r.offer_id))!;
    if (!mayClaim(actor, o.provider_org_id))
      throw forbidden({ zh: `补贴申请由承办单位（${o.provider_name}）提交`, en: `The claim is filed by the provider (${o.provider_name})` });
    if (r.status !== 'submitted')
      throw conflict(r.status === 'settled' ? 'already-settled' : 'roster-not-submitted', {
        zh: r.status === 'settled' ? '该名册已结算，不会重复结算' : '名册尚未报送，不能结算',
        en: r.status === 'settled' ? 'This roster is already settled; nothing is paid twice' : 'The roster has not been submitted yet',
      });
    const entries = await q.rosterEntries(trx, r.id);
    const onRoster = new Set(entries.map((e) => e.member_no));
    const issues: RowIssue[] = [];
    const seen = new Set<string>();
    for (const [i, no] of b.members.entries()) {
      if (!onRoster.has(no))
        issues.push({
          field: `members[${i + 1}]`,
          code: 'not-on-roster',
          message: { zh: `名册第 ${i + 1} 行：${no} 不在报送的名册中`, en: `Row ${i + 1}: ${no} is not on the submitted roster` },
        });
      else if (seen.has(no))
        issues.push({
          field: `members[${i + 1}]`,
          code: 'duplicate-member',
          message: { zh: `名册第 ${i + 1} 行：${no} 重复`, en: `Row ${i + 1}: ${no} twice` },
        });
      seen.add(no);
    }
    if (b.persons !== b.members.length)
      issues.push({
        field: 'persons',
        code: 'persons-mismatch',
        message: {
          zh: `补贴申请表的人数 ${b.persons} 与所附名册的 ${b.members.length} 人不符`,
          en: `The claim says ${b.persons} persons, the list has ${b.members.length}`,
        },
      });
    if (b.persons > entries.length)
      issues.push({
        field: 'persons',
        code: 'over-roster',
        message: { zh: `申请 ${b.persons} 人，多于名册的 ${entries.length} 人`, en: `${b.persons} claimed, the roster has ${entries.length}` },
      });
    const due = settlementAmount(o, b.persons, r.starts_on);
    if (fen(b.amount) !== due.fen)
      issues.push({
        field: 'amount',
        code: 'amount-mismatch',
        message: {
          zh: `申请金额 ${b.amount} 元与按计划计算的 ${yuan(due.fen)} 元不符（${b.persons} 人 × ${yuan(o.city_subsidy_fen + (o.program === 'health-checkup' ? o.other_subsidy_fen : 0))} 元）`,
          en: `The claimed ${b.amount} is not the ${yuan(due.fen)} the plan gives for ${b.persons} persons`,
        },
      });
    if (b.satisfaction.satisfied > b.satisfaction.responses)
      issues.push({ field: 'satisfaction.satisfied', code: 'invalid', message: { zh: '满意人数多于回收的测评表', en: 'more satisfied than forms returned' } });
    if (issues.length)
      throw new AppError(
        409,
        'settlement-mismatch',
        { zh: `结算与名册不符：${issues[0]!.message.zh}`, en: `The settlement does not match its roster: ${issues[0]!.message.en}` },
        issues.slice(0, 100),
      );
    if (!o.provider_org_id) throw conflict('no-provider', { zh: '该计划没有登记承办单位', en: 'The plan has no provider' });
    let id: number;
    try {
      id = await q.insertSettlement(trx, {
        roster_id: r.id,
        program: r.program,
        year: r.year,
        org_id: r.org_id,
        provider_org_id: o.provider_org_id,
        persons: b.persons,
        amount_fen: due.fen,
        trace: JSON.stringify(due.trace),
        satisfaction: JSON.stringify(b.satisfaction),
        status: 'submitted',
        submitted_by: actor.accountId,
        submitted_on: s.clock.today(),
      });
    } catch (err) {
      if ((err as { code?: string }).code === '23505')
        throw conflict('already-settled', { zh: '该名册已有结算申请，不会重复结算', en: 'This roster already has a settlement; nothing is paid twice' });
      throw err;
    }
    // 001 项目4 三: the rest of the price is the platforms' — one bill per platform of the served workers.
    if (r.program === 'gig-mobile-checkup')
      await issuePlatformBills(s, trx, ctx, {
        settlementId: id,
        rosterId: r.id,
        offer: { ...o, provider_org_id: o.provider_org_id },
        memberNos: b.members,
        today: s.clock.today(),
        orgPath: r.org_path,
      });
    await q.setRosterStatus(trx, [r.id], 'settled');
    await writeAudit(trx, ctx, {
      action: 'settlement.submit',
      entity: 'quota-settlement',
      entityId: id,
      orgPath: r.org_path,
      summary: `${o.provider_name} ${r.title}：${b.persons} 人 ¥${yuan(due.fen)}`,
      after: { persons: b.persons, amount: yuan(due.fen), satisfaction: b.satisfaction },
    });
    return presentSettlement(trx, actor, await settlementOf(trx, actor, id));
  });
}

// 001 项目3 三(五) “市总补贴部分由相关区局（产业）工会先行垫付，每半年结算一次”: a frontline trip is organised and paid by
// the district (it chooses the travel agency itself, 四(二)), and the federation repays its fixed 600 yuan a person
// for all the district's submitted rosters whose trips ended in the half-year, to the district's account.
// Reading: H1 = 1 January–30 June, H2 = 1 July–31 December, by the trip's last day; a half is settled once it is
// over (the claim can only count trips that have happened), once per district (unique index, migration 0030).
export const periodPrograms = ['frontline-sanatorium'] as const;
const halves = { H1: { from: '01-01', to: '06-30', zh: '上半年' }, H2: { from: '07-01', to: '12-31', zh: '下半年' } } as const;
const periodTitle = (program: string, year: number, period: 'H1' | 'H2') =>
  `${year}年${halves[period].zh}${programNames[program as QuotaProgram] ?? program}补贴结算`;

interface PeriodClaim {
  org: { id: number; name: string; path: string };
  from: string;
  to: string;
  rosters: { rosterId: number; title: string; orgName: string; startsOn: string; endsOn: string; persons: number; perPersonFen: number; amountFen: number }[];
  persons: number;
  amountFen: number;
  trace: unknown[];
}

/** What a district's half-year claim holds: its unsettled submitted rosters of the half, each priced by the engine. */
async function periodClaim(
  s: Services,
  trx: Executor,
  actor: Actor,
  b: { program: string; year: number; period: 'H1' | 'H2'; orgId?: number | undefined },
): Promise<PeriodClaim> {
  if (!(periodPrograms as readonly string[]).includes(b.program))
    throw invalidField('body.program', 'not-half-yearly', {
      zh: '只有抗疫一线职工疗休养按半年结算（上海市总工会 2022 年实事项目“组织万名抗疫一线职工疗休养”三(五)）；其他计划按名册由承办单位结算',
      en: 'Only the frontline trips are settled half-yearly; other plans are settled per roster by their provider',
    });
  const orgId = b.orgId ?? actor.orgId;
  const org = orgId ? await repo.orgInScope(trx, actor, orgId) : undefined;
  if (!org)
    throw invalidField('body.orgId', 'not-in-scope', {
      zh: '只能为本工会或下属的区局（产业）工会结算',
      en: 'Only for your own union or a district union below it',
    });
  if (org.kind !== 'district' && org.kind !== 'industry')
    throw invalidField('body.orgId', 'not-a-district', {
      zh: `半年结算由区局（产业）工会提出（${org.name}不是区局（产业）工会）`,
      en: `The half-year claim is made by a district or industry union (${org.name} is not one)`,
    });
  const h = halves[b.period];
  const from = `${b.year}-${h.from}`;
  const to = `${b.year}-${h.to}`;
  if (s.clock.today() <= to)
    throw conflict('period-not-over', { zh: `${b.year}年${h.zh}到 ${to} 才结束，结束后再结算`, en: `The half-year runs until ${to}; settle it after that` });
  const rows = await q.unsettledRosters(trx, b.program, b.year, org.path, from, to);
  const rosters: PeriodClaim['rosters'] = [];
  const trace: unknown[] = [];
  for (const r of rows) {
    const persons = Number(r.persons ?? 0);
    const ev = evaluatePolicy(r.program, r.ends_on, {
      days: r.days ?? 1,
      nights: r.nights ?? 0,
      costPerPerson: yuan(r.price_fen),
      subsidisedThisYear: false,
      finishedOn: r.ends_on,
    });
    if (!ev.eligible) {
      const why = ev.reasons.map((x) => x.message.zh).join('；');
      throw new AppError(
        409,
        'roster-not-eligible',
        {
          zh: `名册“${r.offer_title}”（${r.org_name}，${r.starts_on}—${r.ends_on}）不符合补贴条件：${why}`,
          en: `Roster "${r.offer_title}" (${r.starts_on}–${r.ends_on}) is not eligible`,
        },
        [{ field: `rosters[${r.roster_id}]`, code: 'not-eligible', message: { zh: why, en: 'not eligible' } }],
      );
    }
    const perPersonFen = fen(Number((ev.output as Record<string, number>).citySubsidyPerPerson));
    rosters.push({
      rosterId: r.roster_id,
      title: r.offer_title,
      orgName: r.org_name,
      startsOn: r.starts_on,
      endsOn: r.ends_on,
      persons,
      perPersonFen,
      amountFen: perPersonFen * persons,
    });
    trace.push({
      kind: 'roster',
      roster: r.roster_id,
      title: r.offer_title,
      endsOn: r.ends_on,
      persons,
      perPerson: yuan(perPersonFen),
      amount: yuan(perPersonFen * persons),
      policy: ev.policy,
      trace: ev.trace,
    });
  }
  return {
    org: { id: org.id, name: org.name, path: org.path },
    from,
    to,
    rosters,
    persons: rosters.reduce((a, r) => a + r.persons, 0),
    amountFen: rosters.reduce((a, r) => a + r.amountFen, 0),
    trace,
  };
}

const presentClaim = (c: PeriodClaim) => ({
  orgId: c.org.id,
  orgName: c.org.name,
  from: c.from,
  to: c.to,
  persons: c.persons,
  amount: yuan(c.amountFen),
  rosters: c.rosters.map((r) => ({
    id: r.rosterId,
    title: r.title,
    orgName: r.orgName,
    startsOn: r.startsOn,
    endsOn: r.endsOn,
    persons: r.persons,
    perPerson: yuan(r.perPersonFen),
    amount: yuan(r.amountFen),
  })),
});

/** The half-year claim as it would be filed now (nothing written). */
export async function previewPeriodSettlement(
  s: Services,
  ctx: RequestContext,
  b: { program: string; year: number; period: 'H1' | 'H2'; orgId?: number | undefined },
) {
  return s.database.db.transaction().execute(async (trx) => presentClaim(await periodClaim(s, trx, ctx.actor!, b)));
}

/** The district's half-year claim: every unsettled roster of the half, the engine's amount, reviewed and paid as any settlement. */
export async function submitPeriodSettlement(
  s: Services,
  ctx: RequestContext,
  b: { program: string; year: number; period: 'H1' | 'H2'; orgId?: number | undefined; amount: number; satisfaction: { responses: number; satisfied: number } },
) {
  const actor = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const c = await periodClaim(s, trx, actor, b);
    if (await q.periodSettlement(trx, b.program, b.year, b.period, c.org.id))
      throw conflict('already-settled', {
        zh: `${c.org.name}${b.year}年${halves[b.period].zh}已提出结算，不会重复结算`,
        en: 'This half-year is already claimed; nothing is paid twice',
      });
    if (!c.rosters.length)
      throw conflict('nothing-to-settle', {
        zh: `${c.org.name}${b.year}年${halves[b.period].zh}没有已报送、未结算的名册`,
        en: `${c.org.name} has no submitted, unsettled roster ending in that half-year`,
      });
    const issues: RowIssue[] = [];
    if (fen(b.amount) !== c.amountFen)
      issues.push({
        field: 'body.amount',
        code: 'amount-mismatch',
        message: {
          zh: `申请金额 ${b.amount} 元与按名册计算的 ${yuan(c.amountFen)} 元不符（${c.persons} 人）`,
          en: `The claimed ${b.amount} is not the ${yuan(c.amountFen)} the rosters give (${c.persons} persons)`,
        },
      });
    if (b.satisfaction.satisfied > b.satisfaction.responses)
      issues.push({
        field: 'body.satisfaction.satisfied',
        code: 'invalid',
        message: { zh: '满意人数多于回收的测评表', en: 'more satisfied than forms returned' },
      });
    if (b.satisfaction.responses > c.persons)
      issues.push({
        field: 'body.satisfaction.responses',
        code: 'invalid',
        message: {
          zh: `回收的测评表 ${b.satisfaction.responses} 份多于参加人数 ${c.persons} 人`,
          en: `${b.satisfaction.responses} forms returned by ${c.persons} persons`,
        },
      });
    if (issues.length)
      throw new AppError(
        409,
        'settlement-mismatch',
        { zh: `结算与名册不符：${issues[0]!.message.zh}`, en: `The settlement does not match its rosters: ${issues[0]!.message.en}` },
        issues,
      );
    let id: number;
    try {
      id = await q.insertSettlement(trx, {
        roster_id: null,
        program: b.program,
        year: b.year,
        org_id: c.org.id,
        period: b.period,
        provider_org_id: c.org.id,
        persons: c.persons,
        amount_fen: c.amountFen,
        trace: JSON.stringify(c.trace),
        satisfaction: JSON.stringify(b.satisfaction),
        status: 'submitted',
        submitted_by: actor.accountId,
        submitted_on: s.clock.today(),
      });
    } catch (err) {
      if ((err as { code?: string }).code === '23505')
        throw conflict('already-settled', {
          zh: `${c.org.name}${b.year}年${halves[b.period].zh}已提出结算，不会重复结算`,
          en: 'This half-year is already claimed; nothing is paid twice',
        });
      throw err;
    }
    await q.linkSettlementRosters(
      trx,
      id,
      c.rosters.map((r) => r.rosterId),
    );
    await q.setRosterStatus(
      trx,
      c.rosters.map((r) => r.rosterId),
      'settled',
    );
    await writeAudit(trx, ctx, {
      action: 'settlement.submit',
      entity: 'quota-settlement',
      entityId: id,
      orgPath: c.org.path,
      summary: `${c.org.name} ${periodTitle(b.program, b.year, b.period)}：${c.rosters.length} 份名册 ${c.persons} 人 ¥${yuan(c.amountFen)}`,
      after: { period: b.period, rosters: c.rosters.map((r) => r.rosterId), persons: c.persons, amount: yuan(c.amountFen), satisfaction: b.satisfaction },
    });
    return presentSettlement(trx, actor, await settlementOf(trx, actor, id));
  });
}

export async function reviewSettlement(s: Services, ctx: RequestContext, id: number, as: 'rights' | 'finance') {
  const actor = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const st = await settlementOf(trx, actor, id);
    const view = await presentSettlement(trx, actor, st);
    if (!view.abilities[as]) {
      const want = as === 'rights' ? 'submitted' : 'rights-approved';
      if (st.status !== want)
        throw conflict('wrong-state', {
          zh: as === 'rights' ? '该结算不在待权益保障部审核状态' : '该结算须先经权益保障部审核',
          en: as === 'rights' ? 'The settlement is not waiting for the rights review' : 'The rights department reviews first',
        });
      throw forbidden({
        zh:
          as === 'rights'
            ? '须由权益保障部的另一位干部审核（沪工总办〔2017〕360号 六(三)）'
            : '须由财务资产管理部的另一位干部审核（沪工总办〔2017〕360号 六(三)）',
        en: `A different officer of the ${as} department signs (沪工总办〔2017〕360号 六(三))`,
      });
    }
    const now = new Date();
    const moved = await q.moveSettlement(
      trx,
      id,
      as === 'rights' ? 'submitted' : 'rights-approved',
      as === 'rights'
        ? { status: 'rights-approved', rights_by: actor.accountId, rights_at: now }
        : { status: 'finance-approved', finance_by: actor.accountId, finance_at: now },
    );
    if (!moved) throw conflict('wrong-state', { zh: '该结算刚被他人审核', en: 'Someone just reviewed this settlement' });
    // Finance's sign-off completes the joint review (000 六(三)): the amount is booked in the payout ledger, once.
    if (as === 'finance') await bookSettlementPayable(trx, st, actor.accountId, s.clock.today());
    await writeAudit(trx, ctx, {
      action: `settlement.${as}`,
      entity: 'quota-settlement',
      entityId: id,
      orgPath: st.org_path,
      summary: `${st.provider_name} ${st.title}：${as === 'rights' ? '权益保障部' : '财务资产管理部'}审核通过`,
    });
    return presentSettlement(trx, actor, await settlementOf(trx, actor, id));
  });
}

/** Pay a finance-approved settlement to the provider's active payee account (payouts' payee accounts). */
export async function paySettlement(s: Services, ctx: RequestContext, id: number, b: { paidOn?: string | undefined; reference: string }) {
  const actor = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const st = await settlementOf(trx, actor, id);
    const view = await presentSettlement(trx, actor, st);
    if (st.status === 'paid') throw conflict('already-paid', { zh: '该结算已支付，不会重复支付', en: 'Already paid; nothing is paid twice' });
    if (st.status !== 'finance-approved')
      throw conflict('not-approved', {
        zh: '须经权益保障部、财务资产管理部共同审核通过后核拨（沪工总办〔2017〕360号 六(三)）',
        en: 'Paid only after the rights and the finance review (沪工总办〔2017〕360号 六(三))',
      });
    if (!view.abilities.pay) throw forbidden();
    const acct = await activePayeeAccount(trx, st.provider_org_id);
    if (!acct || acct.verified_by === null)
      throw conflict('no-payee-account', { zh: `${st.provider_name}没有经财务核验的收款账户`, en: `${st.provider_name} has no verified payee account` });
    const paidOn = b.paidOn ?? s.clock.today();
    // Paid through the payout ledger (issue 9/10): the payable booked at finance's sign-off (booked now for a
    // settlement signed before the ledger paid settlements) goes out in a one-line batch; its hook records it here.
    await bookSettlementPayable(trx, st, actor.accountId, s.clock.today());
    await payDirectly(s, trx, ctx, { kind: 'quota-settlement', id }, { paidOn, reference: b.reference });
    return presentSettlement(trx, actor, await settlementOf(trx, actor, id));
  });
}

/** The ledger's number of a settlement (source_ref of its payout entry, shown in batch exports). */
export const settlementRef = (id: number) => `MJ${String(id).padStart(6, '0')}`;

/** Books a settlement signed by rights and finance in the payout ledger, to the provider's account (000 六(三)); idempotent. */
async function bookSettlementPayable(trx: Executor, st: q.SettlementRow, createdBy: number, bookedOn: string) {
  return bookPayable(trx, {
    source: { kind: 'quota-settlement', id: st.id, ref: settlementRef(st.id) },
    program: 'quota-settlement',
    year: st.offer_year,
    title: st.period ? periodTitle(st.program, st.year, st.period) : `${st.offer_year}年度名额补贴结算`,
    preparer: 'finance',
    payee: { kind: 'org-account', orgId: st.provider_org_id },
    orgPath: st.org_path,
    amountFen: Number(st.amount_fen),
    bookedOn,
    createdBy,
  });
}

/** The ledger's "on paid" hook (payouts/sources.ts): the settlement's batch is paid, so the settlement is, to the provider's active account. */
export async function settlementPaidByLedger(trx: Executor, ctx: RequestContext, id: number, p: { paidOn: string; reference: string | null; batchNo: string }) {
  const st = await q.lockedSettlement(trx, id);
  if (!st) throw notFound('settlement', id);
  if (st.status === 'paid') throw conflict('already-paid', { zh: '该结算已支付，不会重复支付', en: 'Already paid; nothing is paid twice' });
  const acct = await activePayeeAccount(trx, st.provider_org_id);
  const moved = await q.moveSettlement(trx, id, 'finance-approved', {
    status: 'paid',
    paid_by: ctx.actor!.accountId,
    paid_on: p.paidOn,
    payment_reference: p.reference,
    payee_account_id: acct?.id ?? null,
    payee_label: acct ? `${acct.bank} ****${acct.account_no.replace(/[^0-9]/g, '').slice(-4)}` : null,
  });
  if (!moved)
    throw conflict('not-approved', {
      zh: '须经权益保障部、财务资产管理部共同审核通过后核拨（沪工总办〔2017〕360号 六(三)）',
      en: 'Paid only after the rights and the finance review (沪工总办〔2017〕360号 六(三))',
    });
  await writeAudit(trx, ctx, {
    action: 'settlement.pay',
    entity: 'quota-settlement',
    entityId: id,
    orgPath: st.org_path,
    summary: `${st.provider_name} ¥${yuan(Number(st.amount_fen))} ${p.reference ?? ''} (${p.batchNo})`,
    after: { paidOn: p.paidOn, reference: p.reference, payeeAccountId: acct?.id ?? null, batch: p.batchNo },
  });
}
