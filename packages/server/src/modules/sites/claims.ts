// The district's summary claim as a record (issue 11 §3; 000 女职工幸福关爱行动 一(三)3 for nursing rooms and
// 二(四)2 for childcare studios: "2018 年 9 月 15 日前，各区局（产业）工会凭《申领汇总表》以及区局（产业）工会开具的
// 《上海市行政事业单位资金往来结算票据》向市总工会申领补贴"). A regional union files a claim for a kind and year:
// the rows of the 申领汇总表 (sheets.claimSummary, the same candidates) frozen at filing, the total and its
// 结算票据 (number and scan, required). The federation's department accepts or returns it; accepted, the
// total is booked as one payable (source 'site-claim') to the district's verified account.
//
// One grant is paid once, either per site or through the district's claim (see `claimCandidates` and
// `accept`):
// - a site whose own payable is already paid, or in a batch not cancelled, is not claimable (per site wins:
//   it is left out of the 汇总表, and naming it is refused);
// - while a claim is filed, a batch holding one of its sites' own payables is not paid (a payout guard);
// - accepting the claim reverses each site's own unpaid payable (a negative entry, the ledger is append-only)
//   in the transaction that books the claim's payable; a payable in an open batch stops the acceptance
//   (cancel that batch first), so the per-site payment and the claim's cannot both go out;
// - a site is in at most one claim that is not returned (partial unique index), so a second claim is refused.
import { getParameters } from '@shishi/policy';
import { can, pathInScope, regionOfPath } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { AppError, badRequest, conflict, forbidden, invalidField, isUniqueViolation, notFound } from '../../platform/errors.ts';
import type { Executor, RequestContext } from '../../platform/context.ts';
import type { Actor } from '../../platform/access.ts';
import type { Services } from '../../platform/services.ts';
import { applicationState } from '../applications/api.ts';
import { contentOf, findOwnUnattached } from '../documents/service.ts';
import { activePayeeAccount, bookPayable, payableState, reverseUnpaid } from '../payouts/api.ts';
import { notifyOfficers } from '../notifications/service.ts';
import { instanceOf } from '../programs/api.ts';
import * as crepo from './claims-repository.ts';
import { claimableSites, regionOf, type SiteRow } from './repository.ts';
import { kindNames, type TClaimCreate, type TClaimListQuery } from './schema.ts';
import type { SiteClaimStatus } from '../../db/schema.ts';

export const claimStatusNames: Record<SiteClaimStatus, { zh: string; en: string }> = {
  filed: { zh: '已申领，待市总审核', en: 'Filed, awaiting the federation' },
  accepted: { zh: '市总已受理，已列入拨付', en: 'Accepted, booked for payment' },
  returned: { zh: '已退回', en: 'Returned' },
};

const childcareTypeNames: Record<string, string> = { 'holiday-care': '寒暑托班', 'evening-care': '晚托班', 'full-day': '全日托班', emergency: '应急托班' };
const yuan = (fen: number) => Math.round(fen) / 100;

export interface ClaimRowData {
  siteId: number;
  siteNo: string;
  applicationId: number;
  instanceId: number;
  amountFen: number;
  name: string;
  org: string;
  built: string;
  standard: number;
  amount: number;
  type: string;
  weeks: number | string;
  children: number | string;
  district: number | string;
  street: number | string;
  remark: string;
}

/** Why a site of the kind and year is not in the claim (named when the district asks for it). */
type Excluded = { siteId: number; siteNo: string; name: string; code: string; zh: string; en: string };

/**
 * The district's claimable rows of a kind and year in the caller's subtree: listed sites with an approved
 * application and a grant, of a program the district does not run itself (its own program pays from its
 * own account: nothing to claim from the federation), not held by another claim, and not paid (or being
 * paid) per site. The excluded ones, with the reason.
 */
export async function claimCandidates(db: Executor, actor: Actor, q: { kind: string; year: number; regionOrgId: number | null }) {
  const sites = await claimableSites(db, actor, q);
  const held = await crepo.activeClaimsOf(
    db,
    sites.map((x) => x.id),
  );
  const rows: ClaimRowData[] = [];
  const excluded: Excluded[] = [];
  const instances = new Map<number, Awaited<ReturnType<typeof instanceOf>>>();
  for (const site of sites) {
    const a = await applicationState(db, site.application_id!);
    if (!a || a.status !== 'approved' || a.amount_fen <= 0) continue;
    const out = (code: string, zh: string, en: string) => excluded.push({ siteId: site.id, siteNo: site.no, name: site.name, code, zh, en });
    if (!instances.has(a.instance_id)) instances.set(a.instance_id, await instanceOf(db, a.instance_id));
    const inst = instances.get(a.instance_id)!;
    if (site.region_org_id !== null && inst.org_id !== null && inst.org_path.split('.').includes(String(site.region_org_id))) {
      out(
        'district-own-program',
        `阵地 ${site.no}（${site.name}）属于区局自己开设的项目“${inst.title}”，由区局自有经费拨付，不向市总申领`,
        `Site ${site.no} (${site.name}) is funded by the district's own program "${inst.title}"; it is not claimed from the federation`,
      );
      continue;
    }
    const h = held.get(site.id);
    if (h) {
      out(
        'site-already-claimed',
        `阵地 ${site.no}（${site.name}）已在申领 ${h.no}（${claimStatusNames[h.status].zh}）中，不能重复申领`,
        `Site ${site.no} (${site.name}) is already in claim ${h.no} (${claimStatusNames[h.status].en.toLowerCase()}); it is not claimed twice`,
      );
      continue;
    }
    const own = await payableState(db, { kind: 'application', id: a.id });
    if (own && !own.reversed && own.batch) {
      out(
        'site-paid-per-site',
        own.batch.status === 'paid'
          ? `阵地 ${site.no}（${site.name}）的补助已随批次 ${own.batch.no} 直接拨付给单位，不再申领`
          : `阵地 ${site.no}（${site.name}）的补助已编入结算批次 ${own.batch.no}，正按阵地直接拨付，不再申领`,
        own.batch.status === 'paid'
          ? `The grant of site ${site.no} (${site.name}) was paid to the unit in batch ${own.batch.no}; it is not claimed again`
          : `The grant of site ${site.no} (${site.name}) is in batch ${own.batch.no}, being paid to the unit; it is not claimed`,
      );
      continue;
    }
    const ev = (a.evaluation ?? {}) as { input?: Record<string, any>; output?: Record<string, any> };
    rows.push({
      siteId: site.id,
      siteNo: site.no,
      applicationId: a.id,
      instanceId: a.instance_id,
      amountFen: a.amount_fen,
      name: site.name,
      org: site.org_name,
      built: ev.input?.builtOn ?? ev.input?.establishedOn ?? '',
      standard: typeof ev.output?.amount === 'number' ? ev.output.amount : typeof ev.output?.cityGrant === 'number' ? ev.output.cityGrant : yuan(a.amount_fen),
      amount: yuan(a.amount_fen),
      type: childcareTypeNames[ev.input?.type] ?? ev.input?.type ?? site.subkind ?? '',
      weeks: ev.input?.weeks ?? '',
      children: ev.input?.children ?? '',
      district: site.district_match_fen === null ? '' : yuan(site.district_match_fen),
      street: site.street_match_fen === null ? '' : yuan(site.street_match_fen),
      remark: [site.no, site.status === 'yellow-card' ? '黄牌整改中' : null].filter(Boolean).join('；'),
    });
  }
  return { rows, excluded, instances };
}

/**
 * The claim's deadline: the `claim-deadline` parameter of the program (nursing-room-subsidy and
 * childcare-subsidy: 9/15 of the program year, 000 女职工 一(三)3, 二(四)2), in force in the program year.
 * The other site programs' seeds give the districts no claim deadline: null, and no date is checked.
 */
export function claimDeadline(program: string, year: number): { date: string; source: string } | null {
  try {
    const p = getParameters(program, `${year}-09-01`).find((x) => x.name === 'claim-deadline');
    return p && typeof p.value === 'string' ? { date: p.value, source: p.source } : null;
  } catch {
    return null;
  }
}

/** The department that decides a claim: the federation step of the program's review chain, else the one that prepares its payments. */
function deciderFunction(inst: Awaited<ReturnType<typeof instanceOf>>) {
  const chain = (inst.review_chain ?? []) as { level: string; actor: { functionCode?: string } }[];
  const fed = [...chain].reverse().find((s) => s.level === 'federation' && s.actor.functionCode);
  return fed?.actor.functionCode ?? (inst.settlement as { preparer: string }).preparer;
}

async function present(db: Executor, actor: Actor, c: crepo.ClaimRow) {
  const inst = await instanceOf(db, c.instance_id);
  const fn = actor.orgId ? ((await crepo.orgBrief(db, actor.orgId))?.function_code ?? null) : null;
  const mayDecide = actor.role === 'department-officer' && can(actor, 'sites.inspect') && fn === deciderFunction(inst);
  let payout = null;
  if (c.payout_entry_id) {
    const st = await payableState(db, { kind: 'site-claim', id: c.id });
    if (st)
      payout = {
        entryId: st.entryId,
        amount: st.amountFen / 100,
        batchNo: st.batch?.no ?? null,
        paid: st.batch?.status === 'paid',
        paidOn: st.batch?.status === 'paid' ? st.batch.paidOn : null,
      };
  }
  return {
    id: c.id,
    no: c.no,
    region: { id: c.region_org_id, name: c.region_name },
    kind: c.kind as keyof typeof kindNames,
    kindName: kindNames[c.kind as keyof typeof kindNames],
    year: c.year,
    program: { id: inst.id, title: inst.title },
    items: c.item_count,
    total: Number(c.total_fen) / 100,
    voucherNo: c.voucher_no,
    voucher: { id: c.voucher_document_id, fileName: c.voucher_file_name },
    deadline: c.deadline,
    status: c.status,
    statusName: claimStatusNames[c.status],
    filedOn: c.filed_on,
    filedBy: c.filed_by_name,
    decidedBy: c.decided_by_name ?? null,
    decidedAt: c.decided_at ?? null,
    comment: c.decision_comment,
    payout,
    abilities: { accept: c.status === 'filed' && mayDecide, return: c.status === 'filed' && mayDecide },
  };
}

async function loadInScope(db: Executor, actor: Actor, id: number, forUpdate = false) {
  const c = await crepo.claimById(db, id, forUpdate);
  if (!c || !pathInScope(actor, c.org_path)) throw notFound('claim', id);
  return c;
}

export async function listClaims(s: Services, ctx: RequestContext, q: TClaimListQuery) {
  const db = s.database.db;
  const rows = await crepo.claimsInScope(db, ctx.actor!, q);
  return { items: await Promise.all(rows.map((c) => present(db, ctx.actor!, c))) };
}

export async function getClaim(s: Services, ctx: RequestContext, id: number, db: Executor = s.database.db) {
  const c = await loadInScope(db, ctx.actor!, id);
  const items = await crepo.claimItems(db, c.id);
  type Frozen = Omit<ClaimRowData, 'siteId' | 'applicationId' | 'instanceId' | 'amountFen'>;
  return {
    ...(await present(db, ctx.actor!, c)),
    rows: items.map((i) => ({ ...(i.row as Frozen), siteId: i.site_id, applicationId: i.application_id, amount: i.amount_fen / 100 })),
  };
}

/** The claim's voucher scan (结算票据), for those who see the claim. */
export async function claimVoucher(s: Services, ctx: RequestContext, id: number) {
  const c = await loadInScope(s.database.db, ctx.actor!, id);
  return contentOf(s.database.db, c.voucher_document_id);
}

/** A regional union files its claim for a kind and year (all its claimable rows, or the sites named). */
export async function fileClaim(s: Services, ctx: RequestContext, b: TClaimCreate) {
  const actor = ctx.actor!;
  const t = s.clock.today();
  const regionId = actor.orgPath ? await regionOf(s.database.db, actor.orgPath) : null;
  // 000 一(三)3: 各区局（产业）工会…向市总工会申领 — the claim is the regional union's own.
  if (actor.role !== 'regional-officer' || regionId === null || regionId !== actor.orgId)
    throw forbidden({ zh: '申领汇总表由区局（产业）工会向市总工会申领', en: 'The summary claim is filed by a regional union' });
  if (!b.voucherNo?.trim())
    throw invalidField('body.voucherNo', 'voucher-required', {
      zh: '请填写区局（产业）工会开具的《上海市行政事业单位资金往来结算票据》号码',
      en: 'Enter the number of the union’s settlement voucher (上海市行政事业单位资金往来结算票据)',
    });
  if (!b.voucherDocumentId)
    throw invalidField('body.voucherDocumentId', 'voucher-required', { zh: '请上传结算票据的扫描件', en: 'Upload the scan of the settlement voucher' });
  return s.database.db.transaction().execute(async (trx) => {
    const cand = await claimCandidates(trx, actor, { kind: b.kind, year: b.year, regionOrgId: regionId });
    let rows = cand.rows;
    if (b.siteIds?.length) {
      const wanted = new Set(b.siteIds);
      const refused = cand.excluded.filter((x) => wanted.has(x.siteId));
      if (refused.length) {
        const first = refused[0]!;
        throw new AppError(
          409,
          first.code,
          { zh: refused.map((x) => x.zh).join('；'), en: refused.map((x) => x.en).join('; ') },
          refused.map((x) => ({ field: 'body.siteIds', code: x.code, message: { zh: x.zh, en: x.en } })),
        );
      }
      const unknown = [...wanted].filter((id) => !rows.some((r) => r.siteId === id));
      if (unknown.length)
        throw invalidField('body.siteIds', 'site-not-claimable', {
          zh: `第 ${unknown.join('、')} 号阵地不是本区局 ${b.year} 年度已验收、已核定补助的${kindNames[b.kind].zh}`,
          en: `Sites ${unknown.join(', ')} are not the district's accepted ${kindNames[b.kind].en.toLowerCase()}s of ${b.year} with an approved grant`,
        });
      rows = rows.filter((r) => wanted.has(r.siteId));
    }
    if (!rows.length) {
      const why = cand.excluded.length ? `（${cand.excluded.map((x) => x.zh).join('；')}）` : '';
      throw badRequest('claim-empty', {
        zh: `本区局没有可申领的 ${b.year} 年度${kindNames[b.kind].zh}补贴${why}`,
        en: `The district has no ${kindNames[b.kind].en.toLowerCase()} grants of ${b.year} to claim${cand.excluded.length ? ` (${cand.excluded.map((x) => x.en).join('; ')})` : ''}`,
      });
    }
    const instanceIds = [...new Set(rows.map((r) => r.instanceId))];
    if (instanceIds.length > 1)
      throw badRequest('claim-spans-programs', {
        zh: '所选阵地属于不同的项目，请按项目分别申领',
        en: 'The sites belong to different programs: file one claim per program',
      });
    const inst = cand.instances.get(instanceIds[0]!)!;
    // 000 女职工 一(三)3, 二(四)2: by 9/15 (on or before); the other kinds' seeds set the districts no date.
    const deadline = claimDeadline(inst.program, b.year);
    if (deadline && t > deadline.date)
      throw badRequest(
        'claim-after-deadline',
        {
          zh: `${b.year} 年度${kindNames[b.kind].zh}补贴须于 ${deadline.date} 前向市总工会申领（${deadline.source.split('（')[0]}），今天（${t}）已过申领期限`,
          en: `${kindNames[b.kind].en} grants of ${b.year} had to be claimed from the federation by ${deadline.date}; today (${t}) is past that date`,
        },
        [{ field: 'body.year', code: 'claim-after-deadline', message: { zh: `申领截止 ${deadline.date}`, en: `claims closed on ${deadline.date}` } }],
      );
    const docs = await findOwnUnattached(trx, actor.accountId, [b.voucherDocumentId!]);
    const doc = docs[0];
    if (!doc)
      throw invalidField('body.voucherDocumentId', 'voucher-not-found', {
        zh: '结算票据扫描件不可用（须为本人上传，且未用于其他申请）',
        en: 'The voucher scan cannot be used (upload it yourself; it may not serve another claim)',
      });
    if (!['application/pdf', 'image/jpeg', 'image/png'].includes(doc.mime))
      throw invalidField('body.voucherDocumentId', 'voucher-not-a-scan', {
        zh: '结算票据须为 PDF、JPEG 或 PNG 扫描件',
        en: 'The voucher must be a PDF, JPEG or PNG scan',
      });
    const region = (await crepo.orgBrief(trx, regionId))!;
    const id = await crepo.nextClaimId(trx);
    const no = `SL${b.year}-${String(id).padStart(5, '0')}`;
    const total = rows.reduce((a, r) => a + r.amountFen, 0);
    try {
      await crepo.insertClaim(trx, {
        id,
        no,
        region_org_id: regionId,
        org_path: region.path,
        region_id: regionOfPath(region.path),
        kind: b.kind,
        year: b.year,
        instance_id: inst.id,
        item_count: rows.length,
        total_fen: total,
        voucher_no: b.voucherNo!.trim(),
        voucher_document_id: doc.id,
        voucher_file_name: doc.file_name,
        deadline: deadline?.date ?? null,
        filed_on: t,
        filed_by: actor.accountId,
      });
      await crepo.insertClaimItems(
        trx,
        rows.map((r) => {
          const { siteId, applicationId, instanceId: _i, amountFen, ...row } = r;
          return { claim_id: id, site_id: siteId, application_id: applicationId, amount_fen: amountFen, row: JSON.stringify(row) };
        }),
      );
    } catch (err) {
      if (isUniqueViolation(err, 'site_claim_items_active_uq'))
        throw conflict('site-already-claimed', {
          zh: '有阵地刚被另一份申领列入，请刷新后重试',
          en: 'A site was just put into another claim; reload and retry',
        });
      if (isUniqueViolation(err))
        throw invalidField('body.voucherDocumentId', 'voucher-not-found', {
          zh: '该结算票据扫描件已用于另一份申领',
          en: 'This voucher scan serves another claim',
        });
      throw err;
    }
    await writeAudit(trx, ctx, {
      action: 'site-claim.file',
      entity: 'site-claim',
      entityId: id,
      orgPath: region.path,
      summary: `${no} ${b.kind} ${b.year}: ${rows.length} sites ¥${total / 100}`,
      after: {
        no,
        kind: b.kind,
        year: b.year,
        sites: rows.map((r) => r.siteNo),
        total: total / 100,
        voucherNo: b.voucherNo!.trim(),
        deadline: deadline?.date ?? null,
      },
    });
    return getClaim(s, ctx, id, trx);
  });
}

async function assertDecider(db: Executor, actor: Actor, c: crepo.ClaimRow) {
  const inst = await instanceOf(db, c.instance_id);
  const need = deciderFunction(inst);
  const fn = actor.orgId ? ((await crepo.orgBrief(db, actor.orgId))?.function_code ?? null) : null;
  if (actor.role !== 'department-officer' || fn !== need) {
    const unit = (await crepo.orgNameByFunction(db, need)) ?? '市总工会主管部门';
    throw forbidden({ zh: `区局申领由${unit}审核`, en: `District claims of this program are decided by ${unit}` });
  }
  if (c.status !== 'filed')
    throw conflict(
      'claim-not-filed',
      {
        zh: `申领 ${c.no} 当前为“${claimStatusNames[c.status].zh}”，不能再审核`,
        en: `Claim ${c.no} is ${claimStatusNames[c.status].en.toLowerCase()}; it is not decided again`,
      },
      { status: c.status },
    );
  return inst;
}

/**
 * The federation accepts a claim: each site's own payable (booked to the unit at its acceptance) is reversed,
 * and the claim's total is booked as one payable to the district's verified account, in one transaction.
 */
export async function acceptClaim(s: Services, ctx: RequestContext, id: number, comment?: string) {
  const actor = ctx.actor!;
  const t = s.clock.today();
  return s.database.db.transaction().execute(async (trx) => {
    const c = await loadInScope(trx, actor, id, true);
    const inst = await assertDecider(trx, actor, c);
    const acct = await activePayeeAccount(trx, c.region_org_id);
    if (!acct || acct.verified_by === null)
      throw conflict('no-payee-account', {
        zh: `${c.region_name}${acct ? '的收款账户尚未经财务资产管理部核验' : '尚未登记收款账户'}，申领款项无法拨付`,
        en: `${c.region_name} has ${acct ? 'no account verified by finance' : 'no registered account'}; the claim cannot be paid`,
      });
    const items = await crepo.claimItems(trx, c.id);
    for (const i of items) {
      try {
        await reverseUnpaid(
          trx,
          { kind: 'application', id: i.application_id },
          { reason: `并入区局申领 ${c.no}，由区局统一拨付`, bookedOn: t, createdBy: actor.accountId },
        );
      } catch (err) {
        const row = i.row as { name?: string; siteNo?: string };
        if (err instanceof AppError)
          throw new AppError(err.status, err.code, {
            zh: `阵地 ${row.siteNo ?? i.site_id}（${row.name ?? ''}）：${err.messages.zh}`,
            en: `Site ${row.siteNo ?? i.site_id}: ${err.messages.en}`,
          });
        throw err;
      }
    }
    const booked = await bookPayable(trx, {
      source: { kind: 'site-claim', id: c.id, ref: c.no },
      instanceId: inst.id,
      program: inst.program,
      year: c.year,
      payee: { kind: 'org-account', orgId: c.region_org_id },
      orgPath: c.org_path,
      amountFen: Number(c.total_fen),
      bookedOn: t,
      createdBy: actor.accountId,
    });
    await crepo.updateClaim(trx, c.id, {
      status: 'accepted',
      decided_by: actor.accountId,
      decided_at: new Date(),
      decision_comment: comment ?? null,
      payout_entry_id: booked.id,
    });
    await tellDistrict(s, trx, c, 'site-claim-accepted', comment ?? '');
    await writeAudit(trx, ctx, {
      action: 'site-claim.accept',
      entity: 'site-claim',
      entityId: c.id,
      orgPath: c.org_path,
      summary: `${c.no} accepted: ¥${Number(c.total_fen) / 100} to ${c.region_name}`,
      before: { status: c.status },
      after: { status: 'accepted', entryId: booked.id, reversedSites: items.length },
    });
    return getClaim(s, ctx, c.id, trx);
  });
}

/** The district's officers are told of the federation's decision in their portal (in the decision's transaction). */
async function tellDistrict(s: Services, trx: Executor, c: crepo.ClaimRow, template: 'site-claim-accepted' | 'site-claim-returned', comment: string) {
  await notifyOfficers(s, trx, { orgIds: [c.region_org_id] }, template, {
    no: c.no,
    claimId: c.id,
    year: c.year,
    kind: kindNames[c.kind as keyof typeof kindNames].zh,
    kindEn: kindNames[c.kind as keyof typeof kindNames].en.toLowerCase(),
    items: c.item_count,
    total: (Number(c.total_fen) / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    comment,
    remark: comment ? `意见：${comment}` : '',
    remarkEn: comment ? `Comment: ${comment}` : '',
  });
}

/** The federation returns a claim (with the reason): its sites are free for a corrected claim; nothing is booked. */
export async function returnClaim(s: Services, ctx: RequestContext, id: number, comment: string) {
  const actor = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const c = await loadInScope(trx, actor, id, true);
    await assertDecider(trx, actor, c);
    await crepo.updateClaim(trx, c.id, { status: 'returned', decided_by: actor.accountId, decided_at: new Date(), decision_comment: comment });
    await crepo.releaseItems(trx, c.id);
    await tellDistrict(s, trx, c, 'site-claim-returned', comment);
    await writeAudit(trx, ctx, {
      action: 'site-claim.return',
      entity: 'site-claim',
      entityId: c.id,
      orgPath: c.org_path,
      summary: `${c.no} returned: ${comment}`,
      before: { status: c.status },
      after: { status: 'returned', comment },
    });
    return getClaim(s, ctx, c.id, trx);
  });
}

/** The payout guard: a site's own payable is not paid while the site is in a claim awaiting the federation. */
export async function claimedPayees(db: Executor, applicationIds: number[]) {
  const out = new Map<number, { zh: string; en: string }>();
  if (!applicationIds.length) return out;
  for (const r of await crepo.filedClaimsOfApplications(db, applicationIds))
    out.set(r.application_id, {
      zh: `申请已列入区局申领 ${r.no}（待市总审核），由区局统一拨付，不按阵地直接拨付`,
      en: `the application is in district claim ${r.no} (awaiting the federation) and is not paid per site`,
    });
  return out;
}

export type { SiteRow };
