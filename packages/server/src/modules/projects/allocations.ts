// Target allocation (目标分配表): a target is split across unions below the list's owner, and each
// union that holds a share may split it further down its own subtree. A split may leave part of a
// share with the union itself (the remainder is shown as `unallocated`); an import from a table must
// add up exactly, or it says where it does not and writes nothing (001 附件1).
import { mayManage, pathInScope, type Actor } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { AppError, conflict, forbidden, invalidField, notFound, type FieldIssue } from '../../platform/errors.ts';
import { readTable, writeXlsx } from '../../platform/spreadsheets.ts';
import type { Executor, RequestContext } from '../../platform/context.ts';
import type { Services } from '../../platform/services.ts';
import { findOrg } from '../orgs/api.ts';
import { loadProject } from './service.ts';
import * as repo from './repository.ts';
import type { TAllocationSplit } from './schema.ts';

async function loadTarget(db: Executor, actor: Actor, id: number) {
  const t = await repo.target(db, id);
  if (!t) throw notFound('target', id);
  const p = await loadProject(db, actor, t.project_id).catch(() => {
    throw notFound('target', id);
  });
  return { t, p };
}

const allocationRows = repo.allocationRows;

/** The allocation tree as the caller may see it: everything for the list's owner, a union's own share and its subtree otherwise. */
export async function listAllocations(s: Services, ctx: RequestContext, targetId: number) {
  const actor = ctx.actor!;
  const db = s.database.db;
  const { t, p } = await loadTarget(db, actor, targetId);
  const rows = await allocationRows(db, targetId);
  const owner = pathInScope(actor, p.slate_org_path);
  const visible = owner ? rows : rows.filter((r) => pathInScope(actor, r.path));
  const childSum = (id: number) => rows.filter((r) => r.parent_id === id).reduce((a, r) => a + Number(r.planned_value), 0);
  const topSum = rows.filter((r) => r.parent_id === null).reduce((a, r) => a + Number(r.planned_value), 0);
  return {
    target: { id: t.id, projectId: t.project_id, indicator: t.indicator, unit: t.unit, plannedValue: Number(t.planned_value) },
    ...(owner ? { allocated: topSum, unallocated: Number(t.planned_value) - topSum, mismatch: topSum !== Number(t.planned_value) } : {}),
    items: visible.map((r) => ({
      id: r.id,
      orgId: r.org_id,
      orgName: r.name,
      shortName: r.short_name,
      allocationNo: r.allocation_no,
      parentOrgId: r.parent_org_id,
      plannedValue: Number(r.planned_value),
      splitDown: childSum(r.id),
      unallocated: Number(r.planned_value) - childSum(r.id),
      abilities: { split: mayManage(actor, 'projects.write', { path: r.path }) && r.kind !== 'grassroots' },
    })),
  };
}

interface Holder {
  /** null: the list's owner splits the target itself. */
  allocationId: number | null;
  org: { id: number; path: string; name: string };
  share: number;
}

/** Who splits, and how much there is to split: the project's owner (the whole target) or a union holding a share. */
async function holderFor(
  trx: Executor,
  actor: Actor,
  targetId: number,
  parentOrgId: number | undefined,
): Promise<{ holder: Holder; t: { id: number; planned_value: number; project_id: number; indicator: string }; projectPath: string }> {
  const { t, p } = await loadTarget(trx, actor, targetId);
  if (parentOrgId === undefined || parentOrgId === p.slate_org_id) {
    if (!mayManage(actor, 'projects.write', { path: p.slate_org_path }, p.responsible_org_id)) throw forbidden();
    return {
      holder: { allocationId: null, org: { id: p.slate_org_id, path: p.slate_org_path, name: p.slate_org_name }, share: Number(t.planned_value) },
      t,
      projectPath: p.slate_org_path,
    };
  }
  const a = await repo.shareOf(trx, targetId, parentOrgId);
  if (!a || !pathInScope(actor, a.path))
    throw invalidField('body.parentOrgId', 'no-share', { zh: '该工会没有分到这个目标', en: 'this union holds no share of the target' });
  if (!mayManage(actor, 'projects.write', { path: a.path })) throw forbidden();
  return {
    holder: { allocationId: a.id, org: { id: a.org_id, path: a.path, name: a.name }, share: Number(a.planned_value) },
    t,
    projectPath: p.slate_org_path,
  };
}

async function writeSplit(trx: Executor, holder: Holder, targetId: number, rows: { orgId: number; value: number }[]) {
  const existing = await repo.sharesUnder(trx, targetId, holder.allocationId);
  const keep = new Set(rows.map((r) => r.orgId));
  const gone = existing.filter((e) => !keep.has(e.org_id));
  if (gone.length) {
    const split = await repo.anySplitBelow(
      trx,
      gone.map((g) => g.id),
    );
    if (split)
      throw conflict('allocation-split-further', {
        zh: '要移除的工会已把份额继续分解，请先撤销其下级分配',
        en: 'A union being removed has split its share further; undo that split first',
      });
    await repo.deleteShares(
      trx,
      gone.map((g) => g.id),
    );
  }
  for (const r of rows) {
    const e = existing.find((x) => x.org_id === r.orgId);
    if (e) {
      const below = await repo.splitDownOf(trx, e.id);
      if (Number(below.n) > r.value)
        throw conflict('allocation-below-split', {
          zh: `新的份额 ${r.value} 小于该工会已向下分解的 ${below.n}`,
          en: `The new share ${r.value} is less than the ${below.n} the union has already split down`,
        });
      await repo.setShare(trx, e.id, r.value);
    } else await repo.insertShare(trx, { targetId, orgId: r.orgId, parentId: holder.allocationId, value: r.value });
  }
}

export async function splitAllocation(s: Services, ctx: RequestContext, targetId: number, input: TAllocationSplit) {
  const actor = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const { holder, t } = await holderFor(trx, actor, targetId, input.parentOrgId);
    const seen = new Set<number>();
    for (const [i, r] of input.rows.entries()) {
      const o = await findOrg(trx, r.orgId);
      if (!o || !o.path.startsWith(holder.org.path) || o.id === holder.org.id || !pathInScope(actor, o.path) || o.kind === 'department' || o.kind === 'agency')
        throw invalidField(`body.rows.${i}.orgId`, 'not-below', {
          zh: `组织 ${r.orgId} 不是${holder.org.name}的下级工会`,
          en: `org ${r.orgId} is not a union below ${holder.org.name}`,
        });
      if (seen.has(r.orgId)) throw invalidField(`body.rows.${i}.orgId`, 'duplicate', { zh: `组织 ${o.name} 重复`, en: `${o.name} is listed twice` });
      const other = await repo.shareOfOrg(trx, targetId, r.orgId);
      if (other && other.parent_id !== holder.allocationId)
        throw invalidField(`body.rows.${i}.orgId`, 'allocated-elsewhere', {
          zh: `${o.name} 已在另一层级分到该目标`,
          en: `${o.name} already holds a share at another level`,
        });
      seen.add(r.orgId);
    }
    const sum = input.rows.reduce((a, r) => a + r.value, 0);
    if (sum > holder.share)
      throw invalidField('body.rows', 'over-allocated', {
        zh: `分配合计 ${sum} 超过可分配数 ${holder.share}`,
        en: `the rows add up to ${sum}, more than the ${holder.share} to split`,
      });
    await writeSplit(trx, holder, targetId, input.rows);
    await writeAudit(trx, ctx, {
      action: 'allocation.split',
      entity: 'target',
      entityId: targetId,
      orgPath: holder.org.path,
      summary: `${t.indicator}: ${holder.org.name} → ${input.rows.length}`,
      after: { parentOrgId: holder.org.id, rows: input.rows, sum, share: holder.share },
    });
    return { targetId, parentOrgId: holder.org.id, share: holder.share, allocated: sum, unallocated: holder.share - sum, rows: input.rows.length };
  });
}

// ---------------------------------------------------------------------------------------------
// Import from a table: one row per union (short name, full name or id) and its number.

const unionHeaders = ['工会', '单位', '简称', '区局（产业）工会', '区局(产业)工会', '工会简称', '单位名称', 'org', 'union', 'orgid'];
const countHeaders = ['企业数', '数量', '目标数', '分配数', '指标数', 'count', 'value', 'planned'];
const totalNames = new Set(['合计', '总计', '合 计', 'total']);

export async function importAllocations(
  s: Services,
  ctx: RequestContext,
  targetId: number,
  buf: Buffer,
  fileName: string,
  opts: { dryRun: boolean; parentOrgId?: number | undefined },
) {
  const actor = ctx.actor!;
  const table = await readTable(buf, fileName, { maxRows: 5000 });
  const norm = (h: string) => h.replace(/\s+/g, '').toLowerCase();
  const ui = table.headers.findIndex((h) => unionHeaders.map(norm).includes(norm(h)));
  const ci = table.headers.findIndex((h) => countHeaders.map(norm).includes(norm(h)));
  const headerIssues: FieldIssue[] = [];
  if (ui < 0)
    headerIssues.push({
      field: 'header.union',
      code: 'missing-column',
      message: { zh: '缺少列：工会（简称、全称或编号）', en: 'missing column: union (short name, name or id)' },
    });
  if (ci < 0) headerIssues.push({ field: 'header.count', code: 'missing-column', message: { zh: '缺少列：企业数（或数量）', en: 'missing column: count' } });
  if (headerIssues.length) throw new AppError(400, 'invalid-file', { zh: '文件表头不正确', en: 'The file header is not right' }, headerIssues);
  const unionCol = table.headers[ui]!;
  const countCol = table.headers[ci]!;

  return s.database.db.transaction().execute(async (trx) => {
    const { holder, t } = await holderFor(trx, actor, targetId, opts.parentOrgId);
    const below = await repo.unionsBelow(trx, holder.org.path, holder.org.id);
    const byName = new Map<string, (typeof below)[number][]>();
    for (const o of below) for (const k of new Set([o.name, o.short_name].filter(Boolean) as string[])) byName.set(k, [...(byName.get(k) ?? []), o]);
    const issues: FieldIssue[] = [];
    const issue = (rowNo: number, column: string, code: string, zh: string, en: string) =>
      issues.push({
        field: `rows[${rowNo}].${column}`,
        code,
        message: { zh: `第${rowNo}行“${column}”：${zh}`, en: `row ${rowNo}, column "${column}": ${en}` },
      });
    const rows: { rowNo: number; orgId: number; name: string; value: number }[] = [];
    let printedTotal: { rowNo: number; value: number } | undefined;
    const seen = new Map<number, number>();
    for (const r of table.rows) {
      const u = (r.cells[ui] ?? '').trim();
      const c = (r.cells[ci] ?? '').trim();
      const value = /^\d+$/.test(c) ? Number(c) : NaN;
      if (totalNames.has(u.replace(/\s+/g, ' ').toLowerCase()) || totalNames.has(u.replace(/\s+/g, ''))) {
        if (Number.isNaN(value)) issue(r.rowNo, countCol, 'not-a-count', `合计“${c}”不是整数`, `the total "${c}" is not a whole number`);
        else printedTotal = { rowNo: r.rowNo, value };
        continue;
      }
      if (!u) {
        issue(r.rowNo, unionCol, 'required', '工会为空', 'the union is empty');
        continue;
      }
      let org: (typeof below)[number] | undefined;
      if (/^\d+$/.test(u)) org = below.find((o) => o.id === Number(u));
      else {
        const hits = byName.get(u) ?? [];
        if (hits.length > 1) {
          issue(r.rowNo, unionCol, 'ambiguous', `“${u}”对应多个工会，请填写全称或编号`, `"${u}" matches several unions; use the full name or the id`);
          continue;
        }
        org = hits[0];
      }
      if (!org) {
        issue(r.rowNo, unionCol, 'unknown-union', `在${holder.org.name}下找不到工会“${u}”`, `no union "${u}" below ${holder.org.name}`);
        continue;
      }
      if (Number.isNaN(value)) {
        issue(r.rowNo, countCol, 'not-a-count', `“${c}”不是非负整数`, `"${c}" is not a whole number`);
        continue;
      }
      if (seen.has(org.id)) {
        issue(r.rowNo, unionCol, 'duplicate', `${org.name} 已在第${seen.get(org.id)}行出现`, `${org.name} already appears in row ${seen.get(org.id)}`);
        continue;
      }
      seen.set(org.id, r.rowNo);
      rows.push({ rowNo: r.rowNo, orgId: org.id, name: org.short_name ?? org.name, value });
    }
    const sum = rows.reduce((a, r) => a + r.value, 0);
    if (!issues.length) {
      if (printedTotal && printedTotal.value !== sum)
        issue(
          printedTotal.rowNo,
          countCol,
          'total-mismatch',
          `表中合计 ${printedTotal.value} 与各行之和 ${sum} 不符（相差 ${sum - printedTotal.value}）`,
          `the printed total ${printedTotal.value} differs from the sum of the rows, ${sum} (by ${sum - printedTotal.value})`,
        );
      if (sum !== holder.share)
        issues.push({
          field: `rows.${countCol}`,
          code: 'sum-mismatch',
          message: {
            zh: `各行之和 ${sum} 与${holder.allocationId === null ? `目标“${t.indicator}”` : `${holder.org.name}的份额`} ${holder.share} 不符（相差 ${sum - holder.share}）`,
            en: `the rows add up to ${sum}, but ${holder.allocationId === null ? `the target "${t.indicator}"` : `${holder.org.name}'s share`} is ${holder.share} (off by ${sum - holder.share})`,
          },
        });
    }
    if (issues.length)
      throw new AppError(
        400,
        'invalid-rows',
        { zh: `${issues.length} 处问题，未写入任何分配`, en: `${issues.length} problems; no allocation was written` },
        issues,
        { sum, expected: holder.share, ...(printedTotal ? { printedTotal: printedTotal.value } : {}), rows: rows.length },
      );
    if (!opts.dryRun) {
      await writeSplit(trx, holder, targetId, rows);
      await writeAudit(trx, ctx, {
        action: 'allocation.import',
        entity: 'target',
        entityId: targetId,
        orgPath: holder.org.path,
        summary: `${fileName}: ${rows.length} unions, ${sum}`,
        after: { parentOrgId: holder.org.id, rows: rows.map((r) => ({ orgId: r.orgId, value: r.value })), sum },
      });
    }
    return {
      dryRun: opts.dryRun,
      targetId,
      parentOrgId: holder.org.id,
      rows: rows.length,
      sum,
      expected: holder.share,
      items: rows.map((r) => ({ row: r.rowNo, orgId: r.orgId, name: r.name, value: r.value })),
    };
  });
}

/** A blank template listing the unions right below the holder, in the order of the allocation table. */
export async function allocationTemplate(s: Services, ctx: RequestContext, targetId: number, parentOrgId?: number) {
  const actor = ctx.actor!;
  const db = s.database.db;
  const { holder } = await holderFor(db, actor, targetId, parentOrgId);
  const depth = holder.org.path.split('.').filter(Boolean).length + 1;
  const orgs = await repo.activeUnionsUnder(db, holder.org.path);
  const rows = orgs
    .filter((o) => o.path.split('.').filter(Boolean).length === depth)
    .map((o, i) => ({ no: i + 1, id: o.id, union: o.short_name ?? o.name, count: null }));
  return writeXlsx([
    {
      name: '目标分配表',
      columns: [
        { header: '序号', key: 'no' },
        { header: '编号', key: 'id' },
        { header: '工会', key: 'union', width: 30 },
        { header: '企业数', key: 'count' },
      ],
      rows,
    },
  ]);
}
