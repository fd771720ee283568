// The 名额分配表 (000 六(一)2 《……名额分配表》) as .xlsx: the export lists the unions under a grant's holder with
// the places already given; the import creates the splits of the rows, all or nothing, naming the first wrong row.
import { AppError, invalidField } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/context.ts';
import { readTable, writeXlsx } from '../../platform/spreadsheets.ts';
import type { Services } from '../../platform/services.ts';
import * as repo from './repository.ts';
import * as service from './service.ts';

const norm = (h: string) => h.replace(/\s+/g, '').toLowerCase();
const idHeaders = ['编号', '工会编号', 'orgid', 'id'];
const placesHeaders = ['名额', '分配名额', '名额数', 'places'];
const totalNames = new Set(['合计', '总计', 'total']);

export async function exportSheet(s: Services, ctx: RequestContext, grantId: number) {
  const g = await service.getGrant(s, ctx, grantId);
  const below = await repo.activeChildren(s.database.db, g.toOrgId);
  const given = new Map(g.children.map((c) => [c.toOrgId, c.places]));
  const rows = below.map((o, i) => ({ no: i + 1, id: o.id, union: o.name, places: given.get(o.id) ?? null }));
  rows.push({ no: null as unknown as number, id: null as unknown as number, union: '合计', places: g.allocated });
  const body = await writeXlsx([
    {
      name: '名额分配表',
      columns: [
        { header: '序号', key: 'no' },
        { header: '编号', key: 'id' },
        { header: '工会', key: 'union', width: 36 },
        { header: '名额', key: 'places' },
      ],
      rows,
    },
  ]);
  return { fileName: `${g.year}-${g.toOrgName}-名额分配表.xlsx`, body };
}

export async function importSheet(s: Services, ctx: RequestContext, grantId: number, buf: Buffer, fileName: string) {
  const table = await readTable(buf, fileName, { maxRows: 5000 });
  const ii = table.headers.findIndex((h) => idHeaders.includes(norm(h)));
  const pi = table.headers.findIndex((h) => placesHeaders.includes(norm(h)));
  const ui = table.headers.findIndex((h) => ['工会', '单位'].includes(norm(h)));
  if (ii < 0 || pi < 0)
    throw new AppError(
      400,
      'invalid-file',
      { zh: '文件表头不正确：需要“编号”和“名额”两列', en: 'The header needs the columns 编号 (union id) and 名额 (places)' },
      [{ field: ii < 0 ? 'header.编号' : 'header.名额', code: 'missing-column', message: { zh: '缺少列', en: 'missing column' } }],
    );
  const rows: { row: number; orgId: number; places: number }[] = [];
  let total: { row: number; value: number } | null = null;
  for (const r of table.rows) {
    const id = (r.cells[ii] ?? '').trim();
    const p = (r.cells[pi] ?? '').trim();
    const u = ui >= 0 ? (r.cells[ui] ?? '').trim() : '';
    if (totalNames.has(norm(u)) || totalNames.has(norm(id))) {
      if (p) total = { row: r.rowNo, value: Number(p) };
      continue;
    }
    if (!p || p === '0') continue; // a union that gets nothing
    if (!/^\d+$/.test(id))
      throw invalidField(`rows[${r.rowNo}].编号`, 'invalid', {
        zh: `第 ${r.rowNo} 行：编号“${id}”不是工会编号`,
        en: `row ${r.rowNo}: "${id}" is not a union id`,
      });
    if (!/^\d+$/.test(p))
      throw invalidField(`rows[${r.rowNo}].名额`, 'invalid', {
        zh: `第 ${r.rowNo} 行：名额“${p}”不是正整数`,
        en: `row ${r.rowNo}: "${p}" is not a whole number`,
      });
    rows.push({ row: r.rowNo, orgId: Number(id), places: Number(p) });
  }
  const sum = rows.reduce((a, r) => a + r.places, 0);
  const existing = (await service.getGrant(s, ctx, grantId)).allocated;
  if (total && total.value !== sum + existing)
    throw invalidField(`rows[${total.row}].名额`, 'wrong-total', {
      zh: `第 ${total.row} 行：合计 ${total.value} 与各行之和 ${sum + existing} 不符`,
      en: `row ${total.row}: the total ${total.value} is not the sum of the rows (${sum + existing})`,
    });
  return service.importSplits(s, ctx, grantId, rows);
}
