// Import and export of the org tree as .xlsx / .csv. An import is validated whole first; if any
// row is wrong nothing is written and every problem is reported with its row and column.
import { writeAudit } from '../../platform/audit.ts';
import { AppError, type FieldIssue } from '../../platform/errors.ts';
import { isValidCreditCode } from '../../platform/identifiers.ts';
import { readTable, writeCsv, writeXlsx } from '../../platform/spreadsheets.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Services } from '../../platform/services.ts';
import * as repo from './repository.ts';
import { createOrg } from './service.ts';
import { allowedParents, orgKindNames, orgKinds, type TOrgExport } from './schema.ts';

export const orgColumns = [
  { key: 'id', header: 'ID', width: 8 },
  { key: 'parent', header: '上级组织', width: 30 },
  { key: 'kind', header: '组织类型', width: 16 },
  { key: 'name', header: '组织名称', width: 36 },
  { key: 'shortName', header: '简称', width: 14 },
  { key: 'code', header: '统一社会信用代码', width: 22 },
  { key: 'unitCategory', header: '单位类别', width: 10 },
  { key: 'status', header: '状态', width: 8 },
  { key: 'address', header: '地址', width: 30 },
  { key: 'contactName', header: '联系人', width: 10 },
  { key: 'contactPhone', header: '联系电话', width: 16 },
];

const headerAliases: Record<string, string> = {
  上级组织: 'parent',
  parent: 'parent',
  组织类型: 'kind',
  kind: 'kind',
  类型: 'kind',
  组织名称: 'name',
  名称: 'name',
  name: 'name',
  简称: 'shortName',
  shortname: 'shortName',
  统一社会信用代码: 'code',
  信用代码: 'code',
  code: 'code',
  单位类别: 'unitCategory',
  unitcategory: 'unitCategory',
  地址: 'address',
  address: 'address',
  联系人: 'contactName',
  contactname: 'contactName',
  联系电话: 'contactPhone',
  contactphone: 'contactPhone',
  id: 'id',
  状态: 'status',
  status: 'status',
};

const kindByLabel = new Map<string, (typeof orgKinds)[number]>();
for (const k of orgKinds) {
  kindByLabel.set(k, k);
  kindByLabel.set(orgKindNames[k].zh, k);
  kindByLabel.set(orgKindNames[k].en.toLowerCase(), k);
}
kindByLabel.set('区局（产业）工会', 'district');
kindByLabel.set('街道工会', 'street');
kindByLabel.set('园区工会', 'park');

export async function exportOrgs(s: Services, ctx: RequestContext, q: TOrgExport) {
  const { format } = q;
  const rows = await repo.subtreeForExport(s.database.db, ctx.actor!, { q: q.q, kind: q.kind, status: q.status });
  const data = rows.map((o) => ({
    id: o.id,
    parent: o.parent_name ?? '',
    kind: orgKindNames[o.kind].zh,
    name: o.name,
    shortName: o.short_name ?? '',
    code: o.code ?? '',
    unitCategory: o.unit_category === 'special' ? '特殊' : '普通',
    status: o.status === 'active' ? '在用' : '停用',
    address: o.address ?? '',
    contactName: o.contact_name ?? '',
    contactPhone: o.contact_phone ?? '',
  }));
  if (format === 'csv') return { body: Buffer.from(writeCsv(orgColumns, data), 'utf8'), type: 'text/csv; charset=utf-8', ext: 'csv' };
  return {
    body: await writeXlsx([{ name: '组织', columns: orgColumns, rows: data }]),
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ext: 'xlsx',
  };
}

export async function orgTemplate() {
  const columns = orgColumns.filter((c) => !['id', 'status'].includes(c.key));
  return writeXlsx([
    {
      name: '组织',
      columns,
      rows: [
        {
          parent: '浦东新区总工会',
          kind: '基层工会',
          name: '上海示例科技有限公司工会',
          shortName: '',
          code: '',
          unitCategory: '普通',
          address: '',
          contactName: '',
          contactPhone: '',
        },
      ],
    },
    {
      name: '说明',
      columns: [
        { key: 'k', header: '列', width: 20 },
        { key: 'v', header: '说明', width: 80 },
      ],
      rows: [
        { k: '上级组织', v: '上级组织的ID、统一社会信用代码或全称；可以是本文件前面各行新建的组织' },
        {
          k: '组织类型',
          v: Object.values(orgKindNames)
            .map((n) => n.zh)
            .join('、'),
        },
        { k: '单位类别', v: '普通 或 特殊（东航、民航华东局、民航华东空管局、铁路工会、中国金融工会所属单位）' },
      ],
    },
  ]);
}

export async function importOrgs(s: Services, ctx: RequestContext, file: Buffer, fileName: string, opts: { dryRun: boolean }) {
  const actor = ctx.actor!;
  const table = await readTable(file, fileName, { maxRows: 20_000 });
  const keys = table.headers.map((h) => headerAliases[h.trim()] ?? headerAliases[h.trim().toLowerCase()] ?? null);
  const issues: FieldIssue[] = [];
  for (const required of ['parent', 'kind', 'name'])
    if (!keys.includes(required))
      issues.push({
        field: `header.${required}`,
        code: 'missing-column',
        message: { zh: `缺少列：${orgColumns.find((c) => c.key === required)!.header}`, en: `missing column: ${required}` },
      });
  if (issues.length) throw new AppError(400, 'invalid-file', { zh: '文件表头不正确', en: 'The file header is not right' }, issues);

  const db = s.database.db;
  // What the file may reference as a parent: orgs in scope (by id, code and name) and rows above.
  const inScope = await repo.subtreeForExport(db, actor);
  const byKey = new Map<string, { kind: string; path?: string; rowNo?: number; id?: number }>();
  for (const o of inScope) {
    const ref = { kind: o.kind, path: o.path, id: o.id };
    byKey.set(String(o.id), ref);
    byKey.set(o.name, ref);
    if (o.code) byKey.set(o.code, ref);
  }
  const parsed: { rowNo: number; v: Record<string, string> }[] = [];
  const seenCodes = new Set(inScope.map((o) => o.code).filter(Boolean) as string[]);
  for (const row of table.rows) {
    const v: Record<string, string> = {};
    for (const [i, k] of keys.entries()) if (k) v[k] = row.cells[i] ?? '';
    const err = (col: string, code: string, zh: string, en: string) =>
      issues.push({
        field: `row ${row.rowNo}, ${orgColumns.find((c) => c.key === col)?.header ?? col}`,
        code,
        message: { zh: `第${row.rowNo}行：${zh}`, en: `row ${row.rowNo}: ${en}` },
      });
    const kind = kindByLabel.get(v.kind?.trim() ?? '') ?? kindByLabel.get((v.kind ?? '').trim().toLowerCase());
    if (!kind || kind === 'municipal') err('kind', 'unknown-kind', `组织类型"${v.kind}"不正确`, `unknown org kind "${v.kind}"`);
    if (!v.name || v.name.length < 2 || v.name.length > 100) err('name', 'required', '组织名称必填（2–100字）', 'name is required (2–100 characters)');
    const code = v.code?.toUpperCase();
    if (code) {
      if (!isValidCreditCode(code)) err('code', 'credit-code', '统一社会信用代码校验不通过', 'the credit code fails its check');
      else if (seenCodes.has(code)) err('code', 'duplicate-code', `统一社会信用代码 ${code} 已存在`, `credit code ${code} already exists`);
      else seenCodes.add(code);
    }
    if (v.unitCategory && !['普通', '特殊', 'ordinary', 'special'].includes(v.unitCategory))
      err('unitCategory', 'unit-category', '单位类别应为"普通"或"特殊"', 'unit category must be ordinary or special');
    const parent = byKey.get(v.parent ?? '');
    if (!parent) err('parent', 'unknown-parent', `找不到上级组织"${v.parent}"（须在您的管辖范围内）`, `no parent org "${v.parent}" in your scope`);
    else if (kind && !allowedParents[kind].includes(parent.kind as any))
      err(
        'kind',
        'parent-kind',
        `${orgKindNames[kind].zh}不能隶属于${orgKindNames[parent.kind as keyof typeof orgKindNames].zh}`,
        `a ${kind} cannot sit under a ${parent.kind}`,
      );
    if (kind && v.name && !byKey.has(v.name)) {
      const ref = { kind, rowNo: row.rowNo };
      byKey.set(v.name, ref);
      if (code) byKey.set(code, ref);
    } else if (v.name && byKey.has(v.name)) err('name', 'duplicate-name', `组织"${v.name}"已存在`, `an org named "${v.name}" already exists`);
    parsed.push({ rowNo: row.rowNo, v: { ...v, kind: kind ?? '', code: code ?? '' } });
  }
  if (issues.length)
    throw new AppError(400, 'invalid-rows', { zh: `${issues.length} 处错误，未导入任何数据`, en: `${issues.length} problems; nothing was imported` }, issues);
  if (opts.dryRun) return { imported: 0, valid: parsed.length, dryRun: true };

  await db.transaction().execute(async (trx) => {
    const created = new Map<string, number>();
    for (const { v } of parsed) {
      const parentRef = byKey.get(v.parent!)!;
      const parentId = parentRef.id ?? created.get(v.parent!)!;
      const dto = await createOrg(
        s,
        ctx,
        {
          parentId,
          kind: v.kind as any,
          name: v.name!,
          ...(v.shortName ? { shortName: v.shortName } : {}),
          ...(v.code ? { code: v.code } : {}),
          unitCategory: v.unitCategory === '特殊' || v.unitCategory === 'special' ? 'special' : 'ordinary',
          ...(v.address ? { address: v.address } : {}),
          ...(v.contactName ? { contactName: v.contactName } : {}),
          ...(v.contactPhone ? { contactPhone: v.contactPhone } : {}),
        },
        trx,
      );
      created.set(v.name!, dto.id);
      if (v.code) created.set(v.code, dto.id);
    }
    await writeAudit(trx, ctx, { action: 'org.import', entity: 'org', summary: `${fileName}: ${parsed.length} orgs` });
  });
  return { imported: parsed.length, valid: parsed.length, dryRun: false };
}
