// Every list exports what it shows (issue 12 §3): the same filters as the page, the same scope and
// masking as the list route (the rows come from the list's own service or repository function), the
// page's columns in the page's order with Chinese headers, a title line naming the list, its filters
// and the day, at most `EXPORT_MAX_ROWS` rows, and an audit entry. One shape for every list export.
import type { RequestContext } from './context.ts';
import { writeAudit } from './audit.ts';
import { XLSX, type Download } from './download.ts';
import { badRequest } from './errors.ts';
import type { TPageQuery } from './schemas.ts';
import type { Services } from './services.ts';
import { writeXlsx, type ExportColumn } from './spreadsheets.ts';

/** A filter as the title line shows it: its Chinese label and the value the user picked (empty: not set). */
export type ExportFilter = [label: string, value: string | number | boolean | null | undefined];

export interface ListExport {
  /** The list's name, as the page title says it: 申请列表, 结算批次 … (also the sheet's and the file's name). */
  title: string;
  /** The audit trail's object (`<entity>.export` is the action). */
  entity: string;
  filters: ExportFilter[];
  columns: ExportColumn[];
  rows: Record<string, unknown>[];
  /** Where the audit entry sits (default: the caller's own org). */
  orgPath?: string | null;
}

/** The refusal past the cap: zh + en, saying how many rows matched and to narrow the filters. */
export function exportTooLarge(total: number, cap: number) {
  return badRequest(
    'export-too-many-rows',
    {
      zh: `符合条件的记录有 ${total} 条，超过单次导出上限 ${cap} 条，请缩小筛选范围（如按项目、状态、组织或日期）后再导出`,
      en: `${total} rows match, more than the export limit of ${cap}; narrow the filters (program, status, org or date) and export again`,
    },
    [],
    { total, cap },
  );
}

/** The cap: refuse when more than `s.config.exportMaxRows` rows match. */
export function checkExportCap(s: Services, total: number) {
  if (total > s.config.exportMaxRows) throw exportTooLarge(total, s.config.exportMaxRows);
}

/**
 * Every row of a paged list, through the list's own function: one page of one row for the total (the
 * cap is checked before anything large is read), then the rows in pages of `chunk`.
 */
export async function readAllPages<T>(s: Services, fetch: (q: TPageQuery) => Promise<{ items: T[]; total: number }>, chunk = 5000): Promise<T[]> {
  const first = await fetch({ page: 1, pageSize: 1 });
  checkExportCap(s, first.total);
  if (first.total <= first.items.length) return first.items;
  const out: T[] = [];
  for (let page = 1; out.length < first.total; page++) {
    const { items } = await fetch({ page, pageSize: chunk });
    out.push(...items);
    if (items.length < chunk) break;
  }
  return out.slice(0, s.config.exportMaxRows);
}

/** The title line's filter text: "筛选条件：项目：…；状态：…", or "全部" when none is set. */
export function filterLine(filters: ExportFilter[]): string {
  const set = filters.filter(([, v]) => v !== undefined && v !== null && v !== '' && v !== false);
  if (!set.length) return '筛选条件：无（全部记录）';
  return `筛选条件：${set.map(([k, v]) => (v === true ? k : `${k}：${v}`)).join('；')}`;
}

/** The export as a file: title, filters and date above the header, then the rows; audited. */
export async function listDownload(s: Services, ctx: RequestContext, x: ListExport): Promise<Download> {
  checkExportCap(s, x.rows.length);
  const today = s.clock.today();
  const body = await writeXlsx([
    {
      name: x.title,
      columns: x.columns,
      rows: x.rows,
      preface: [x.title, filterLine(x.filters), `导出日期：${today}　共 ${x.rows.length} 条`],
    },
  ]);
  const filters = Object.fromEntries(x.filters.filter(([, v]) => v !== undefined && v !== null && v !== '' && v !== false));
  await writeAudit(s.database.db, ctx, {
    action: `${x.entity}.export`,
    entity: x.entity,
    summary: `${x.title}: ${x.rows.length} rows`,
    after: filters,
    orgPath: x.orgPath ?? ctx.actor?.orgPath ?? null,
  });
  return { fileName: `${x.title}-${today}.xlsx`, type: XLSX, body };
}

/** A timestamp as Beijing time, YYYY-MM-DD HH:mm, as the pages show it. */
export function beijingTime(at: Date | string | null | undefined): string {
  if (!at) return '';
  return new Date(new Date(at).getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}
