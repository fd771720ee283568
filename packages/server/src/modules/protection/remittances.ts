// The regional union remits and uploads the voucher (003 附件2-1 一(二)1(2) 1月20日前划账……并同步上传缴费凭证);
// 市职保中心 checks the premiums against the remittance (003 四(四) 负责做好会员专享保障参保费用核对).
// Reading (windows.ts remittanceSource): the remittance is the remainder (premium − city subsidy) of the region's
// confirmed lists for the year; a voucher whose amount differs is refused, naming the amount and the list total.
import { yuanToFen, fenToYuan } from '@shishi/policy';
import { writeAudit } from '../../platform/audit.ts';
import { AppError, conflict, forbidden, isUniqueViolation, notFound } from '../../platform/errors.ts';
import type { Executor, RequestContext } from '../../platform/context.ts';
import type { Services } from '../../platform/services.ts';
import { uploadDocument } from '../documents/service.ts';
import * as repo from './repository.ts';
import { regionOfPath } from './repository.ts';
import { timetableOf } from './windows.ts';

async function regionOfActor(db: Executor, ctx: RequestContext) {
  const actor = ctx.actor!;
  const org = await repo.orgById(db, actor.orgId ?? -1);
  const regionId = org ? regionOfPath(org.path) : null;
  if (!org || regionId !== org.id) throw forbidden({ zh: '缴费凭证由区局（产业）工会上传', en: 'The voucher is uploaded by the regional union' });
  return org;
}

/** What the region owes for the year: the remainder of its confirmed lists. */
const dueOf = repo.remittanceDue;

function presentRemittance(r: {
  id: number;
  year: number;
  region_id: number;
  status: string;
  expected_fen: number;
  declared_fen: number;
  received_fen: number | null;
  document_id: number;
  late: boolean;
  uploaded_on: string;
  reconciled_on: string | null;
  region_name?: string;
}) {
  return {
    id: r.id,
    year: r.year,
    regionId: r.region_id,
    regionName: r.region_name ?? null,
    status: r.status,
    expected: fenToYuan(Number(r.expected_fen)),
    declared: fenToYuan(Number(r.declared_fen)),
    received: r.received_fen === null ? null : fenToYuan(Number(r.received_fen)),
    documentId: r.document_id,
    late: r.late,
    uploadedOn: r.uploaded_on,
    reconciledOn: r.reconciled_on,
  };
}

export async function uploadVoucher(s: Services, ctx: RequestContext, input: { year: number; amount: number; file: Buffer; fileName: string }) {
  const db = s.database.db;
  const region = await regionOfActor(db, ctx);
  const t = timetableOf(input.year);
  if (!t)
    throw new AppError(400, 'no-timetable', {
      zh: `没有 ${input.year} 年度集中参保的时间安排`,
      en: `There is no collective enrollment timetable for ${input.year}`,
    });
  const due = await dueOf(db, region.id, input.year);
  if (due.lists === 0)
    throw conflict('nothing-to-remit', {
      zh: `${region.name} ${input.year} 年度没有已确认、待缴费的名单`,
      en: `${region.name} has no confirmed list awaiting payment for ${input.year}`,
    });
  const declared = yuanToFen(input.amount);
  if (declared !== due.dueFen)
    throw new AppError(
      400,
      'voucher-mismatch',
      {
        zh: `缴费凭证金额 ${input.amount} 元与已确认名单应缴合计 ${fenToYuan(due.dueFen)} 元（${due.lists} 份名单、${due.members} 人）不符`,
        en: `The voucher's ${input.amount} yuan does not match the ${fenToYuan(due.dueFen)} yuan due on the confirmed lists (${due.lists} lists, ${due.members} members)`,
      },
      [{ field: 'amount', code: 'voucher-mismatch', message: { zh: `应为 ${fenToYuan(due.dueFen)} 元`, en: `should be ${fenToYuan(due.dueFen)} yuan` } }],
      { expected: fenToYuan(due.dueFen) },
    );
  // The file is checked by content (PDF, JPEG, PNG) and kept by the documents module.
  const doc = await uploadDocument(s, ctx, input.file, input.fileName, 'payment-voucher');
  const today = s.clock.today();
  try {
    return await db.transaction().execute(async (trx) => {
      const again = await dueOf(trx, region.id, input.year);
      if (again.dueFen !== due.dueFen)
        throw conflict('lists-changed', { zh: '名单在上传期间发生了变化，请重新核对金额', en: 'The lists changed during the upload; check the amount again' });
      const r = await repo.insertRemittance(trx, {
        year: input.year,
        regionId: region.id,
        expectedFen: due.dueFen,
        declaredFen: declared,
        documentId: doc.id,
        late: today > t.voucherBy,
        uploadedBy: ctx.actor!.accountId,
        uploadedOn: today,
      });
      await repo.markRemitted(trx, region.id, input.year, r.id);
      await writeAudit(trx, ctx, {
        action: 'protection.remit',
        entity: 'protection-remittance',
        entityId: r.id,
        orgPath: region.path,
        summary: `${input.year} ${region.name}: ${fenToYuan(due.dueFen)} yuan, ${due.lists} lists, ${due.members} members${r.late ? ' (late)' : ''}`,
      });
      return presentRemittance({ ...r, region_name: region.name });
    });
  } catch (err) {
    if (isUniqueViolation(err))
      throw conflict('already-remitted', {
        zh: `${region.name} ${input.year} 年度的缴费凭证已上传`,
        en: `${region.name} has already uploaded its ${input.year} voucher`,
      });
    throw err;
  }
}

export async function listRemittances(s: Services, ctx: RequestContext, year: number) {
  const rows = await repo.remittancesOfYear(s.database.db, ctx.actor!, year);
  return { items: rows.map(presentRemittance) };
}

/** 市职保中心 reconciles: the amount received must equal the premiums due; then the covers are paid. */
export async function reconcile(s: Services, ctx: RequestContext, id: number, received: number) {
  const actor = ctx.actor!;
  const db = s.database.db;
  const mine = await repo.orgFunctionCode(db, actor.orgId);
  if (mine?.function_code !== 'mutual-aid-centre')
    throw forbidden({
      zh: '参保费用由市职工保障互助中心核对（003 附件2-1 四(四)）',
      en: 'Premiums are reconciled by the mutual-aid centre (003 附件2-1 四(四))',
    });
  const today = s.clock.today();
  return db.transaction().execute(async (trx) => {
    const r = await repo.lockRemittance(trx, actor, id);
    if (!r) throw notFound('protection-remittance', id);
    if (r.status !== 'remitted') throw conflict('wrong-status', { zh: `缴费 ${id} 已核对`, en: `Remittance ${id} is already reconciled` });
    const got = yuanToFen(received);
    if (got !== Number(r.expected_fen))
      throw new AppError(
        409,
        'remittance-mismatch',
        {
          zh: `到账金额 ${received} 元与应缴保障费 ${fenToYuan(Number(r.expected_fen))} 元不符（差额 ${fenToYuan(got - Number(r.expected_fen))} 元）`,
          en: `${received} yuan received does not match the ${fenToYuan(Number(r.expected_fen))} yuan due (difference ${fenToYuan(got - Number(r.expected_fen))})`,
        },
        [{ field: 'received', code: 'remittance-mismatch', message: { zh: '与应缴金额不符', en: 'does not match the amount due' } }],
      );
    const done = await repo.markReconciled(trx, id, { receivedFen: got, by: actor.accountId, on: today });
    await writeAudit(trx, ctx, {
      action: 'protection.reconcile',
      entity: 'protection-remittance',
      entityId: id,
      orgPath: r.path,
      summary: `${r.year} ${r.region_name}: ${received} yuan`,
    });
    return presentRemittance({ ...done, region_name: r.region_name });
  });
}
