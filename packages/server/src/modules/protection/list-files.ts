// A grassroots union's collective list as an .xlsx file, out and back in (issue 9 §2: lists are “edited, exported and
// re-imported as .xlsx”). The columns follow the 参保单 the union fills in (000 “卡卡” 二(三)2 《上海工会会员专享基本保障参保单》;
// 003 附件2-1 一(一) 保障类型, 一(三) 单位类别); the seed gives the form's name, not its layout, so the columns are the
// register's own fields in the form's words. ID numbers are masked (a file leaves access control when downloaded, as the
// member export does; platform/personal-data.ts).
// Re-import: the 参保 column takes members off (否, with 排除原因) or back on (是); a new plan in 保障类型 — the same on
// every row — changes the list's plan (amounts from the engine again). Checked first, all rows, then written in one
// transaction: unknown or inactive member, duplicate row, a second plan, a wrong unit category, a member covered
// elsewhere, each named by row and column; nothing is half-written.
import { writeAudit } from '../../platform/audit.ts';
import { AppError, notFound, type FieldIssue } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Services } from '../../platform/services.ts';
import { readTable, writeXlsx, type ExportColumn } from '../../platform/spreadsheets.ts';
import { XLSX } from '../../platform/download.ts';
import type { ProtectionPlan } from '../../db/schema.ts';
import * as repo from './repository.ts';
import { collectiveAmounts, getListIn, inWindow, notInStatus, timetable } from './service.ts';

const categoryZh = { ordinary: '普通单位', special: '特殊单位' } as const;
const statusZh: Record<string, string> = { listed: '是', confirmed: '是', excluded: '否' };

export const listColumns: ExportColumn[] = [
  { header: '序号', key: 'no', width: 8 },
  { header: '会员编号', key: 'memberNo', width: 18 },
  { header: '姓名', key: 'name', width: 12 },
  { header: '身份证号', key: 'idMasked', width: 22 },
  { header: '所属工会', key: 'orgName', width: 30 },
  { header: '单位类别', key: 'unitCategory', width: 12 },
  { header: '保障类型', key: 'plan', width: 10 },
  { header: '参保', key: 'enrolled', width: 8 },
  { header: '排除原因', key: 'reason', width: 24 },
];

export async function exportList(s: Services, ctx: RequestContext, id: number) {
  const actor = ctx.actor!;
  const db = s.database.db;
  const l = await repo.findList(db, actor, id);
  if (!l) throw notFound('protection-list', id);
  const rows = await repo.listFileRows(db, id);
  const data = rows.map((r, i) => ({
    no: i + 1,
    memberNo: r.member_no,
    name: r.name,
    idMasked: r.id_masked ?? '',
    orgName: l.org_name,
    unitCategory: categoryZh[l.unit_category],
    plan: l.plan,
    enrolled: statusZh[r.status] ?? '是',
    reason: r.status === 'excluded' ? (r.note ?? '') : '',
  }));
  await writeAudit(db, ctx, {
    action: 'protection.export',
    entity: 'protection-list',
    entityId: id,
    orgPath: l.org_path,
    summary: `${l.year} ${l.plan} ${l.org_name}: ${data.length} rows`,
  });
  const body = await writeXlsx([{ name: `${l.year}年度参保名单`, columns: listColumns, rows: data }]);
  return { fileName: `参保名单-${l.year}-${l.org_name}.xlsx`, type: XLSX, body };
}

const yes = new Set(['是', 'y', 'yes', '1', 'true', '参保']);
const no = new Set(['否', 'n', 'no', '0', 'false', '不参保', '排除']);
const categoryOf = (v: string): 'ordinary' | 'special' | undefined =>
  v === '普通单位' || v === '普通' || v === 'ordinary' ? 'ordinary' : v === '特殊单位' || v === '特殊' || v === 'special' ? 'special' : undefined;
const planOf = (v: string): ProtectionPlan | undefined => {
  const p = v
    .replace(/类保障|类|plan/gi, '')
    .trim()
    .toUpperCase();
  return p === 'A' || p === 'B' || p === 'A+' || p === 'B+' ? p : undefined;
};

export interface ListImportResult {
  listId: number;
  rows: number;
  excluded: number;
  included: number;
  added: number;
  planChanged: { from: ProtectionPlan; to: ProtectionPlan } | null;
}

export async function importList(s: Services, ctx: RequestContext, id: number, file: Buffer, fileName: string) {
  const actor = ctx.actor!;
  const today = s.clock.today();
  const table = await readTable(file, fileName, { maxRows: 200_000 });
  const col = (h: string) => table.headers.findIndex((x) => x.replace(/\s+/g, '') === h);
  const at = { memberNo: col('会员编号'), plan: col('保障类型'), category: col('单位类别'), enrolled: col('参保'), reason: col('排除原因') };
  const missing = (['memberNo', 'enrolled'] as const).filter((k) => at[k] < 0);
  if (missing.length)
    throw new AppError(
      400,
      'invalid-file',
      {
        zh: '文件表头不正确：缺少“会员编号”或“参保”列（请用导出的名单修改后导入）',
        en: 'The header is not right: the 会员编号 (member number) or 参保 (enrolled) column is missing; edit the exported list and import it',
      },
      missing.map((k) => ({
        field: `header.${k === 'memberNo' ? '会员编号' : '参保'}`,
        code: 'missing-column',
        message: { zh: '缺少该列', en: 'column missing' },
      })),
    );

  return s.database.db.transaction().execute(async (trx) => {
    const l = await repo.findList(trx, actor, id, true);
    if (!l) throw notFound('protection-list', id);
    if (l.status !== 'draft') throw notInStatus(l, 'draft', { zh: '导入修改', en: 'edited' });
    const t = timetable(l.year);
    inWindow(today, t.submit, { zh: '基层工会确认集中参保名单', en: 'Grassroots collective enrollment' }, t.source);

    const onList = new Map((await repo.coversOfList(trx, id)).map((c) => [c.membership_id, c]));
    const nos = [...new Set(table.rows.map((r) => (r.cells[at.memberNo] ?? '').trim()).filter(Boolean))];
    const members = new Map<string, { id: number; person_id: number; org_id: number; status: string }[]>();
    for (let i = 0; i < nos.length; i += 5000) {
      const chunk = nos.slice(i, i + 5000);
      for (const m of await repo.membershipsByNumber(trx, chunk)) members.set(m.member_no, [...(members.get(m.member_no) ?? []), m]);
    }

    const issues: FieldIssue[] = [];
    const issue = (rowNo: number, column: string, code: string, zh: string, en: string) => {
      if (issues.length < 200)
        issues.push({
          field: `rows[${rowNo}].${column}`,
          code,
          message: { zh: `第${rowNo}行“${column}”：${zh}`, en: `row ${rowNo}, column "${column}": ${en}` },
        });
    };
    const seen = new Map<string, number>();
    const plans = new Map<ProtectionPlan, number>();
    const changes: { membershipId: number; personId: number; coverId: number | null; enroll: boolean; reason: string | null; rowNo: number }[] = [];
    for (const r of table.rows) {
      const memberNo = (r.cells[at.memberNo] ?? '').trim();
      if (!memberNo) {
        issue(r.rowNo, '会员编号', 'required', '会员编号为空', 'the member number is empty');
        continue;
      }
      if (seen.has(memberNo)) {
        issue(
          r.rowNo,
          '会员编号',
          'duplicate-row',
          `会员 ${memberNo} 已在第${seen.get(memberNo)}行出现`,
          `member ${memberNo} already appears in row ${seen.get(memberNo)}`,
        );
        continue;
      }
      seen.set(memberNo, r.rowNo);
      if (at.plan >= 0) {
        const raw = (r.cells[at.plan] ?? '').trim();
        const p = raw ? planOf(raw) : l.plan;
        if (!p) {
          issue(r.rowNo, '保障类型', 'unknown-plan', `“${raw}”不是保障类型（A、B、A+、B+）`, `"${raw}" is not a plan (A, B, A+, B+)`);
          continue;
        }
        const first = plans.size ? [...plans.entries()][0]! : undefined;
        if (!first) plans.set(p, r.rowNo);
        else if (first[0] !== p) {
          issue(
            r.rowNo,
            '保障类型',
            'second-plan',
            `同一名单只能选择一类保障（第${first[1]}行为 ${first[0]} 类，本行为 ${p} 类；003 附件2-1 一(一)）`,
            `one plan per list (row ${first[1]} says ${first[0]}, this row ${p}; 003 附件2-1 一(一))`,
          );
          continue;
        }
      }
      if (at.category >= 0) {
        const raw = (r.cells[at.category] ?? '').trim();
        const cat = raw ? categoryOf(raw) : l.unit_category;
        if (cat !== l.unit_category) {
          issue(
            r.rowNo,
            '单位类别',
            'wrong-unit-category',
            `${l.org_name}为${categoryZh[l.unit_category]}，不是“${raw}”（003 附件2-1 一(三)）`,
            `${l.org_name} is a${l.unit_category === 'special' ? ' special' : 'n ordinary'} unit, not "${raw}" (003 附件2-1 一(三))`,
          );
          continue;
        }
      }
      const flag = (r.cells[at.enrolled] ?? '').trim().toLowerCase();
      const enroll = yes.has(flag) ? true : no.has(flag) ? false : undefined;
      if (enroll === undefined) {
        issue(r.rowNo, '参保', 'invalid', `“${flag}”应为“是”或“否”`, `"${flag}" should be 是 (yes) or 否 (no)`);
        continue;
      }
      const ms = members.get(memberNo) ?? [];
      const active = ms.find((m) => m.status === 'active' && m.org_id === l.org_id);
      if (!active) {
        if (!ms.length) issue(r.rowNo, '会员编号', 'unknown-member', `找不到会员编号 ${memberNo}`, `no member with number ${memberNo}`);
        else
          issue(
            r.rowNo,
            '会员编号',
            'inactive-member',
            `会员 ${memberNo} 不是${l.org_name}的在册会员（已转出或已退会）`,
            `member ${memberNo} is not an active member of ${l.org_name} (transferred or left)`,
          );
        continue;
      }
      const cover = onList.get(active.id);
      const reason = at.reason >= 0 ? (r.cells[at.reason] ?? '').trim().slice(0, 200) || null : null;
      if (cover && (cover.status === 'excluded') === !enroll) continue; // unchanged
      if (!cover && !enroll) continue;
      changes.push({ membershipId: active.id, personId: active.person_id, coverId: cover?.id ?? null, enroll, reason, rowNo: r.rowNo });
    }
    // Members joining the list (back in, or new to it) must not be covered elsewhere this year (003 一(一) 仅可享有一份).
    const joining = changes.filter((c) => c.enroll);
    if (joining.length && !issues.length) {
      const elsewhere = new Set<number>();
      for (let i = 0; i < joining.length; i += 5000) {
        const ids = joining.slice(i, i + 5000).map((c) => c.personId);
        for (const p of await repo.coveredElsewhere(trx, ids, l.year, id)) elsewhere.add(p);
      }
      for (const c of joining)
        if (elsewhere.has(c.personId))
          issue(
            c.rowNo,
            '会员编号',
            'already-covered',
            `该会员 ${l.year} 年度已在他处参保，同一年度只能参保一份`,
            `already covered for ${l.year} elsewhere; one cover per year`,
          );
    }
    if (issues.length)
      throw new AppError(
        400,
        'invalid-rows',
        { zh: `名单文件有 ${issues.length} 处错误，未作任何修改`, en: `The list file has ${issues.length} problem(s); nothing was changed` },
        issues,
      );

    const newPlan = plans.size === 1 ? [...plans.keys()][0]! : l.plan;
    let planChanged: ListImportResult['planChanged'] = null;
    if (newPlan !== l.plan) {
      const a = collectiveAmounts(l.year, newPlan, l.unit_category, today);
      await repo.setListPlan(trx, id, newPlan, a);
      planChanged = { from: l.plan, to: newPlan };
    }
    let excluded = 0,
      included = 0,
      added = 0;
    for (const c of changes) {
      if (c.coverId !== null) {
        await repo.setCoverListed(trx, c.coverId, c.enroll, c.enroll ? null : c.reason);
        if (c.enroll) included++;
        else excluded++;
      } else {
        await repo.addToList(trx, id, c.membershipId, c.personId);
        added++;
      }
    }
    await writeAudit(trx, ctx, {
      action: 'protection.import',
      entity: 'protection-list',
      entityId: id,
      orgPath: l.org_path,
      summary: `${fileName}: ${table.rows.length} rows, ${excluded} excluded, ${included} back in, ${added} added${planChanged ? `, plan ${planChanged.from} → ${planChanged.to}` : ''}`,
    });
    const list = await getListIn(trx, actor, id);
    return { result: { listId: id, rows: table.rows.length, excluded, included, added, planChanged } satisfies ListImportResult, list };
  });
}
