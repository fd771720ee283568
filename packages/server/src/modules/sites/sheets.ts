// The site register as .xlsx (issue 11 §2): the export lists the sites of a query in scope (contacts'
// phones masked), the import registers sites from the same columns, all rows or none, naming the
// first wrong row and column.
import { pathInScope } from '../../platform/access.ts';
import { AppError, notFound, type Bilingual, type FieldIssue } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/context.ts';
import { maskMobile } from '../../platform/identifiers.ts';
import { readTable, writeXlsx } from '../../platform/spreadsheets.ts';
import type { Services } from '../../platform/services.ts';
import { acceptedClaimSites } from './claims-repository.ts';
import { claimCandidates, getClaim } from './claims.ts';
import { contactsOfSites, existingSiteNos, orgOfRegion, regionOf } from './repository.ts';
import { kindNames, siteKinds, ZSiteCreate, type TClaimQuery, type TSiteCreate, type TSiteQuery } from './schema.ts';
import { allSites, createSiteTx } from './service.ts';

const columns = [
  { header: '编号', key: 'no', width: 16 },
  { header: '类型', key: 'kind', width: 14 },
  { header: '子类型', key: 'subkind', width: 12 },
  { header: '名称', key: 'name', width: 30 },
  { header: '所属工会编号', key: 'orgId', width: 12 },
  { header: '所属工会', key: 'org', width: 30 },
  { header: '区局', key: 'region', width: 18 },
  { header: '地址', key: 'address', width: 36 },
  { header: '经度', key: 'lon', width: 11 },
  { header: '纬度', key: 'lat', width: 11 },
  { header: '面积（m²）', key: 'size', width: 10 },
  { header: '开放时间', key: 'hours', width: 18 },
  { header: '联系人', key: 'contact', width: 10 },
  { header: '联系电话', key: 'phone', width: 14 },
  { header: '资助年度', key: 'fundedYear', width: 10 },
  { header: '挂牌年度', key: 'plaqueYear', width: 10 },
  { header: '状态', key: 'status', width: 12 },
];

/** A contact's phone as exports show it: a mobile masked, a landline with all but its last four digits starred. */
const maskPhone = (phone: string) => (/^1\d{10}$/.test(phone) ? maskMobile(phone) : phone.replace(/\d(?=\d{4})/g, '*'));

export async function exportSites(s: Services, ctx: RequestContext, q: Omit<TSiteQuery, 'page' | 'pageSize'>) {
  const items = await allSites(s, ctx, q);
  const contacts = await contactsOfSites(
    s.database.db,
    items.map((i) => i.id),
  );
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const rows = items.map((i) => {
    const c = (byId.get(i.id)?.contacts as { name: string; phone: string }[] | undefined)?.[0];
    return {
      no: i.no,
      kind: kindNames[i.kind].zh,
      subkind: i.subkind,
      name: i.name,
      orgId: i.org.id,
      org: i.org.name,
      region: i.region?.name ?? '',
      address: i.address,
      lon: i.lon,
      lat: i.lat,
      size: i.sizeM2,
      hours: byId.get(i.id)?.opening_hours ?? '',
      contact: c?.name ?? '',
      phone: c ? maskPhone(c.phone) : '',
      fundedYear: i.fundedYear,
      plaqueYear: i.plaqueYear,
      status: i.statusName.zh,
    };
  });
  const body = await writeXlsx([{ name: '阵地台账', columns, rows }]);
  return { fileName: `阵地台账-${s.clock.today()}.xlsx`, body };
}

const kindByName = new Map<string, string>([
  ...siteKinds.map((k) => [k, k] as [string, string]),
  ...siteKinds.map((k) => [kindNames[k].zh, k] as [string, string]),
]);

/** What each zod path of ZSiteCreate is called in the sheet. */
const headerOf = (path: PropertyKey[]) => {
  const key = String(path[0] ?? 'kind');
  const k =
    key === 'contacts' ? (path[2] === 'name' ? 'contact' : 'phone') : (({ sizeM2: 'size', openingHours: 'hours' } as Record<string, string>)[key] ?? key);
  return columns.find((c) => c.key === k)?.header ?? key;
};

/** A zod issue of one cell in both languages (the schema's own messages are “zh / en”). */
function cellMessage(issue: { code: string; message: string; input?: unknown } & Record<string, unknown>): Bilingual {
  if (issue.message.includes(' / ')) {
    const [zh, ...en] = issue.message.split(' / ');
    return { zh: zh!, en: en.join(' / ') };
  }
  const n = issue.origin === 'number';
  if (issue.code === 'invalid_type')
    return issue.input === undefined ? { zh: '必填', en: 'required' } : { zh: '格式不正确', en: `not a ${String(issue.expected)}` };
  if (issue.code === 'too_small')
    return n
      ? { zh: `不能小于 ${issue.minimum}`, en: `at least ${issue.minimum}` }
      : { zh: `至少 ${issue.minimum} 个字`, en: `at least ${issue.minimum} characters` };
  if (issue.code === 'too_big')
    return n
      ? { zh: `不能大于 ${issue.maximum}`, en: `at most ${issue.maximum}` }
      : { zh: `至多 ${issue.maximum} 个字`, en: `at most ${issue.maximum} characters` };
  return { zh: '格式不正确', en: issue.message };
}

/** The issue of one cell, named by its row and column (the form every import answers with, see orgs/transfer.ts). */
const rowIssue = (row: number, header: string, code: string, m: Bilingual): FieldIssue => ({
  field: `rows[${row}].${header}`,
  code,
  message: { zh: `第 ${row} 行“${header}”：${m.zh}`, en: `Row ${row}, column ${header}: ${m.en}` },
});

/**
 * Registers the sites of a sheet in the export's columns (所属工会, 区局, 挂牌年度 and 状态 are the register's
 * own and not read; a row with the 编号 of a registered site is refused, so an export imported again registers
 * nothing twice): every row is checked, every wrong cell named by row and column, and all rows or none.
 */
export async function importSites(s: Services, ctx: RequestContext, buf: Buffer, fileName: string) {
  const table = await readTable(buf, fileName, { maxRows: 5000 });
  const col = (h: string) => table.headers.findIndex((x) => x.replace(/\s+/g, '') === h.replace(/\s+/g, ''));
  const idx = Object.fromEntries(columns.map((c) => [c.key, col(c.header)]));
  const missing = (['kind', 'name', 'orgId', 'address'] as const).filter((need) => idx[need]! < 0).map((need) => columns.find((c) => c.key === need)!.header);
  if (missing.length)
    throw new AppError(
      400,
      'invalid-file',
      { zh: `文件缺少“${missing.join('”“')}”列`, en: `The file has no column ${missing.join(', ')}` },
      missing.map((h) => ({ field: `header.${h}`, code: 'missing-column', message: { zh: `缺少列：${h}`, en: `missing column: ${h}` } })),
    );
  const cell = (r: { cells: string[] }, k: string) => (idx[k]! >= 0 ? (r.cells[idx[k]!] ?? '').trim() : '');
  const issues: FieldIssue[] = [];
  const inputs: { row: number; input: TSiteCreate }[] = [];
  const rows = table.rows.filter((x) => x.cells.some((c) => (c ?? '').trim() !== ''));
  // A row carrying the number of a site already registered (an export filled in again) would register it twice.
  const known = await existingSiteNos(
    s.database.db,
    rows.map((r) => cell(r, 'no')).filter((n) => n !== ''),
  );
  for (const r of rows) {
    const bad = (key: string, code: string, m: Bilingual) => issues.push(rowIssue(r.rowNo, columns.find((c) => c.key === key)!.header, code, m));
    const before = issues.length;
    const no = cell(r, 'no');
    if (known.has(no)) {
      bad('no', 'site-registered', {
        zh: `阵地 ${no} 已在台账中：导入只登记新阵地，修改已有阵地请在阵地页面进行（或清空此行“编号”）`,
        en: `Site ${no} is already in the register: the import registers new sites only; edit an existing one on its page (or clear this row's number)`,
      });
      continue;
    }
    const num = (key: string) => {
      const v = cell(r, key);
      if (v === '') return undefined;
      const n = Number(v);
      if (!Number.isFinite(n)) bad(key, 'not-a-number', { zh: `“${v}”不是数字`, en: `“${v}” is not a number` });
      return n;
    };
    const kindText = cell(r, 'kind');
    const kind = kindByName.get(kindText);
    if (!kind)
      bad(
        'kind',
        kindText ? 'unknown-kind' : 'required',
        kindText
          ? {
              zh: `“${kindText}”不是阵地类型（${siteKinds.map((k) => kindNames[k].zh).join('、')}）`,
              en: `“${kindText}” is not a site kind (${siteKinds.join(', ')})`,
            }
          : { zh: '必填', en: 'required' },
      );
    const contact = cell(r, 'contact');
    const raw = {
      kind,
      subkind: cell(r, 'subkind') || undefined,
      name: cell(r, 'name'),
      orgId: num('orgId'),
      address: cell(r, 'address'),
      lon: num('lon'),
      lat: num('lat'),
      sizeM2: num('size'),
      openingHours: cell(r, 'hours') || undefined,
      contacts: contact || cell(r, 'phone') ? [{ role: '负责人', name: contact, phone: cell(r, 'phone') }] : [],
      fundedYear: num('fundedYear'),
    };
    if (issues.length > before) continue;
    const parsed = ZSiteCreate.safeParse(raw);
    if (!parsed.success) {
      const seen = new Set<string>();
      for (const issue of parsed.error.issues) {
        const header = headerOf(issue.path);
        if (seen.has(header)) continue;
        seen.add(header);
        issues.push(rowIssue(r.rowNo, header, 'invalid', cellMessage(issue as never)));
      }
      continue;
    }
    inputs.push({ row: r.rowNo, input: parsed.data });
  }
  const rowOf = (i: FieldIssue) => Number(/^rows\[(\d+)\]/.exec(i.field)?.[1]);
  const refuse = () => {
    issues.sort((x, y) => rowOf(x) - rowOf(y));
    return new AppError(
      400,
      'invalid-rows',
      {
        zh: `${issues.length} 处错误，未导入任何阵地：${issues[0]!.message.zh}${issues.length > 1 ? ' 等' : ''}`,
        en: `${issues.length} problem${issues.length > 1 ? 's' : ''}; no site was imported: ${issues[0]!.message.en}${issues.length > 1 ? ' …' : ''}`,
      },
      issues,
    );
  };
  if (!inputs.length) throw issues.length ? refuse() : new AppError(400, 'empty-file', { zh: '文件中没有阵地', en: 'The file lists no sites' });
  // The rows that read well go through the register's own checks even when others did not, so one answer
  // names every wrong row; the transaction is rolled back unless all rows pass.
  await s.database.db.transaction().execute(async (trx) => {
    for (const x of inputs) {
      try {
        await createSiteTx(s, trx, ctx, x.input);
      } catch (err) {
        // The register's own checks (the union in scope, both coordinates) throw before writing: name the
        // row and go on, so one answer lists every wrong row; any of them rolls the whole file back.
        if (!(err instanceof AppError) || !err.issues.length) throw err;
        for (const i of err.issues) {
          const key = i.field.replace(/^body\./, '');
          issues.push(rowIssue(x.row, headerOf([key]), i.code, i.message));
        }
      }
    }
    if (issues.length) throw refuse();
  });
  return { created: inputs.length, rows: table.rows.length };
}

/**
 * The blank sheet an import starts from: the export's columns (a register exported and filled in reads
 * back the same way), and a second sheet saying which columns are read and what they take.
 */
export async function importTemplate() {
  return writeXlsx([
    { name: '阵地台账', columns, rows: [] },
    {
      name: '说明',
      columns: [
        { header: '列', key: 'k', width: 16 },
        { header: '说明', key: 'v', width: 90 },
      ],
      rows: [
        { k: '类型', v: `必填：${siteKinds.map((k) => kindNames[k].zh).join('、')}` },
        { k: '名称', v: '必填，2–100 字' },
        { k: '所属工会编号', v: '必填：本级或下级在册工会的编号（即导出台账中的“所属工会编号”）' },
        { k: '地址', v: '必填，4–200 字' },
        { k: '经度、纬度', v: 'WGS-84，须同时填写（上海：经度 120.8–122.2，纬度 30.6–31.9）' },
        { k: '面积（m²）', v: '职工健身驿站按面积定简易型、标准型、综合型' },
        { k: '联系人、联系电话', v: '一位负责人；电话为手机或座机' },
        { k: '资助年度', v: '资助该阵地的项目年度（2016 起）' },
        { k: '编号', v: '新阵地留空（由台账生成）；填了台账中已有的编号的行不予导入，以免重复登记' },
        { k: '所属工会、区局、挂牌年度、状态', v: '由台账生成，导入时不读取；新阵地一律登记为“已申报”' },
        { k: '示例', v: '职工健身驿站 | 张江健身驿站 | 12 | 浦东新区张江路300号 | 121.6 | 31.2 | 160' },
      ],
    },
  ]);
}

// The district's summary claim (000 女职工幸福关爱行动 一(三)3 and 二(四)2: by 9/15 each regional union
// claims the subsidies from the federation with the 申领汇总表 and a 结算票据). The columns are the seed's
// own: 附件1 (爱心妈咪小屋: 序号, 小屋名称, 建屋时间, 申领标准（元）, 申领金额（元）, 备注, and the 总金额 line) and
// 附件2 (亲子工作室: 序号, 亲子工作室所在单位名称, 类型, 托管时间(周), 托管人数, 申领金额(元), 备注); the header
// line 区局（产业）…制表时间…（请加盖工会章）above them. Other kinds have no form in the seeds and get the same
// layout with their own names. Rows: the district's sites of the kind funded in the year, listed (accepted,
// plaqued or under a yellow card; a de-listed site claims nothing), whose application was approved.
const yuan = (fen: number) => Math.round(fen) / 100;

export async function claimSummary(s: Services, ctx: RequestContext, q: TClaimQuery) {
  const actor = ctx.actor!;
  const db = s.database.db;
  let regionId = q.regionOrgId ?? null;
  if (regionId !== null) {
    const r = await orgOfRegion(db, regionId);
    // A district outside the caller's subtree is not theirs to claim for (its sites are not visible either).
    if (!r || (r.kind !== 'district' && r.kind !== 'industry') || !(pathInScope(actor, r.path) || (actor.orgPath && actor.orgPath.startsWith(r.path))))
      throw notFound('region', regionId);
  } else if (actor.orgPath) regionId = await regionOf(db, actor.orgPath);
  const region = regionId ? await orgOfRegion(db, regionId) : undefined;
  // The claimable rows (claims.ts): the same a claim filed now would freeze.
  const { rows: found } = await claimCandidates(db, actor, { kind: q.kind, year: q.year, regionOrgId: regionId });
  const body = await summaryWorkbook(q.kind, q.year, region?.name ?? '（全部）', s.clock.today(), found);
  return { fileName: `${summaryTitle(q.kind, q.year)}-${region?.name ?? '全部'}-${q.year}.xlsx`, body };
}

function summaryTitle(kind: TClaimQuery['kind'], year: number) {
  if (kind === 'nursing-room') return '女职工幸福关爱行动申领汇总表——爱心妈咪小屋项目';
  if (kind === 'childcare-studio') return '女职工幸福关爱行动申领汇总表—亲子工作室项目';
  return `${year}年${kindNames[kind].zh}申领汇总表`;
}

/** The columns of the 申领汇总表 of a kind: 附件1 (爱心妈咪小屋), 附件2 (亲子工作室), the same layout for the others. */
export function summaryColumns(kind: TClaimQuery['kind']) {
  const kindZh = kindNames[kind].zh;
  if (kind === 'nursing-room')
    return [
      { header: '序号', key: 'n', width: 6 },
      { header: '小屋名称', key: 'name', width: 32 },
      { header: '建屋时间', key: 'built', width: 12 },
      { header: '申领标准（元）', key: 'standard', width: 14 },
      { header: '申领金额（元）', key: 'amount', width: 14 },
      { header: '备注', key: 'remark', width: 24 },
    ];
  if (kind === 'childcare-studio')
    return [
      { header: '序号', key: 'n', width: 6 },
      { header: '亲子工作室所在单位名称', key: 'org', width: 32 },
      { header: '类型', key: 'type', width: 10 },
      { header: '托管时间(周)', key: 'weeks', width: 12 },
      { header: '托管人数', key: 'children', width: 10 },
      { header: '申领金额(元)', key: 'amount', width: 14 },
      { header: '备注', key: 'remark', width: 24 },
    ];
  return [
    { header: '序号', key: 'n', width: 6 },
    { header: `${kindZh}名称`, key: 'name', width: 32 },
    { header: '所属单位', key: 'org', width: 28 },
    { header: '申领标准（元）', key: 'standard', width: 14 },
    { header: '申领金额（元）', key: 'amount', width: 14 },
    ...(kind === 'health-point'
      ? [
          { header: '区总工会配套（元）', key: 'district', width: 16 },
          { header: '街镇（园区、楼宇）工会配套（元）', key: 'street', width: 22 },
        ]
      : []),
    { header: '备注', key: 'remark', width: 24 },
  ];
}

/** The workbook of a 申领汇总表: the seed's title, the header line 区局（产业）…制表时间…（请加盖工会章）, the rows and the 总金额 line. */
async function summaryWorkbook(kind: TClaimQuery['kind'], year: number, regionName: string, tabledOn: string, found: { amountFen: number }[]) {
  const rows: Record<string, unknown>[] = found.map((r, i) => ({ n: i + 1, ...r }));
  const total = found.reduce((a, r) => a + r.amountFen, 0);
  const headerLine = `区局（产业）：${regionName}　　制表时间：${Number(tabledOn.slice(5, 7))} 月 ${Number(tabledOn.slice(8, 10))} 日　　（请加盖工会章）`;
  // The seed's last line: 总金额 … （元）.
  rows.push({ n: '总金额', amount: yuan(total), remark: '（元）' });
  return writeXlsx([{ name: '申领汇总表', columns: summaryColumns(kind), rows, preface: [summaryTitle(kind, year), headerLine] }]);
}

/**
 * A filed claim's own 申领汇总表 (000 附件1/2): its rows as frozen when it was filed (not today's candidates),
 * tabled on the filing day, for the district to stamp and the federation to file with the 结算票据.
 */
export async function claimSheet(s: Services, ctx: RequestContext, id: number) {
  const c = await getClaim(s, ctx, id);
  const kind = c.kind as TClaimQuery['kind'];
  const frozen = c.rows.map((r) => ({ ...r, amountFen: Math.round(r.amount * 100) }));
  const body = await summaryWorkbook(kind, c.year, c.region.name, c.filedOn, frozen);
  return { fileName: `${summaryTitle(kind, c.year)}-${c.region.name}-${c.no}.xlsx`, body };
}

// 000 女职工幸福关爱行动 一(二) and 一(三)4: of each room's 10,340 yuan, 340 pay for a year of 《劳动报》, and
// “2018 年 11 月—12 月，为申领成功的小屋配送 2019 年全年的《劳动报》集订分送单”. The list of the rooms whose
// district's claim the federation accepted (申领成功), one copy each for the next year, with the delivery address
// and the room's contact (phones masked, as in every export). A de-listed or closed room is left out.
const deliveryColumns = [
  { header: '序号', key: 'n', width: 6 },
  { header: '区局（产业）', key: 'region', width: 18 },
  { header: '小屋名称', key: 'name', width: 30 },
  { header: '所属单位', key: 'org', width: 30 },
  { header: '投递地址', key: 'address', width: 36 },
  { header: '联系人', key: 'contact', width: 10 },
  { header: '联系电话', key: 'phone', width: 14 },
  { header: '报刊', key: 'paper', width: 10 },
  { header: '订阅年度', key: 'subscription', width: 10 },
  { header: '份数', key: 'copies', width: 6 },
  { header: '申领编号', key: 'claim', width: 14 },
  { header: '阵地编号', key: 'siteNo', width: 16 },
];

export async function newspaperDelivery(s: Services, ctx: RequestContext, year: number) {
  const found = await acceptedClaimSites(s.database.db, ctx.actor!, { kind: 'nursing-room', year });
  const rows: Record<string, unknown>[] = found
    .filter((r) => r.status !== 'red-card' && r.status !== 'closed')
    .map((r, i) => {
      const c = (r.contacts as { name: string; phone: string }[] | null)?.[0];
      return {
        n: i + 1,
        region: r.region_name,
        name: r.name,
        org: r.org_name,
        address: r.address,
        contact: c?.name ?? '',
        phone: c ? maskPhone(c.phone) : '',
        paper: '《劳动报》',
        subscription: year + 1,
        copies: 1,
        claim: r.claim_no,
        siteNo: r.no,
      };
    });
  rows.push({ n: '合计', copies: rows.length, paper: '', subscription: '' });
  const title = `${year + 1} 年《劳动报》集订分送单——爱心妈咪小屋`;
  const line = `${year} 年度申领成功的爱心妈咪小屋　　配送时间：${year} 年 11 月—12 月　　订阅经费：每间小屋建屋补贴中的 340 元（女职工幸福关爱行动 一(二)、一(三)4）`;
  const body = await writeXlsx([{ name: '集订分送单', columns: deliveryColumns, rows, preface: [title, line] }]);
  return { fileName: `${title}-${year}年度申领.xlsx`, body, rooms: rows.length - 1 };
}
