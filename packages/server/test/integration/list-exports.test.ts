// Every list exports what it shows (issue 12 §3), on the database named by SHISHI_TEST_DB: each
// list's GET …/export.xlsx is a real .xlsx whose title line names the list, its filters and the day,
// whose header row is the page's columns in Chinese, and whose rows are exactly the rows the list
// answers the same caller with the same filters (so the same scope); ID numbers and mobiles are
// masked; a district sees only its subtree; more rows than EXPORT_MAX_ROWS are refused in zh + en;
// a role without the list's permission is refused; each export is audited.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { engine, multipart, startTestApp, type TestApp } from '../harness.ts';
import { pdf } from '../../src/demo/applications-data.ts';
import { httpKit } from '../kit.ts';
import { idCheckCharacter } from '../../src/platform/identifiers.ts';

/** A valid ID number born on `birth` (YYYY-MM-DD), `seq` the order code. */
const idOf = (birth: string, seq: number) => {
  const first17 = `310115${birth.replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
  return first17 + idCheckCharacter(first17);
};

let t: TestApp;
const cookies: Record<string, string> = {};
const { req, ok } = httpKit(() => t, cookies);

interface Sheet {
  preface: string[];
  headers: string[];
  rows: Record<string, string>[];
}

async function sheetOf(user: string, url: string): Promise<Sheet> {
  const r = await req(user, 'GET', url);
  assert.equal(r.statusCode, 200, `${url}: ${r.body.slice(0, 300)}`);
  assert.match(String(r.headers['content-type']), /spreadsheetml/);
  assert.match(String(r.headers['content-disposition']), /attachment; filename=.*\.xlsx/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(r.rawPayload as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets[0]!;
  const text = (row: number) => (ws.getRow(row).values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)));
  const preface = [text(1)[0]!, text(2)[0]!, text(3)[0]!];
  const headers = text(4);
  const rows: Record<string, string>[] = [];
  for (let i = 5; i <= ws.rowCount; i++) {
    const cells = text(i);
    rows.push(Object.fromEntries(headers.map((h, j) => [h, cells[j] ?? ''])));
  }
  return { preface, headers, rows };
}

/** Every item of a list, through its JSON route (paged where it pages). */
async function listOf(user: string, url: string, paged: boolean): Promise<any[]> {
  if (!paged) return (await ok(req(user, 'GET', url))).items;
  const out: any[] = [];
  for (let page = 1; ; page++) {
    const sep = url.includes('?') ? '&' : '?';
    const p = await ok(req(user, 'GET', `${url}${sep}page=${page}&pageSize=200`));
    out.push(...p.items);
    if (out.length >= p.total || !p.items.length) return out;
  }
}

interface Spec {
  name: string;
  user: string;
  /** The list route with the filters; the export is `exportPath` with the same query. */
  list: string;
  exportPath: string;
  paged: boolean;
  title: string;
  headers: string[];
  /** The column that identifies a row, and the list field it shows. */
  key: [header: string, of: (item: any) => string];
  /** A role the list refuses. */
  denied: string | null;
  /** A filter the title line names. */
  filterText?: string;
}

const appHeaders = ['申请编号', '申请人', '会员编号', '项目', '申请事项', '基层工会', '申报渠道', '申请日期', '核定金额（元）', '当前环节', '状态'];
const specs: Spec[] = [
  {
    name: 'applications (filtered by status)',
    user: 'pudong',
    list: '/applications?status=approved',
    exportPath: '/applications/export.xlsx?status=approved',
    paged: true,
    title: '申请列表',
    headers: appHeaders,
    key: ['申请编号', (a) => a.no],
    denied: 'security',
    filterText: '状态：已核准',
  },
  {
    name: 'review queue',
    user: 'pudong',
    list: '/applications/queue',
    exportPath: '/applications/queue/export.xlsx',
    paged: true,
    title: '待我审核',
    headers: appHeaders,
    key: ['申请编号', (a) => a.no],
    denied: 'auditor',
  },
  {
    name: 'accounts (filtered by role)',
    user: 'security',
    list: '/accounts?role=regional-officer',
    exportPath: '/accounts/export.xlsx?role=regional-officer',
    paged: true,
    title: '账号管理',
    headers: ['用户名', '姓名', '角色', '所属组织', '持有人', '状态', '在线会话', '最近登录'],
    key: ['用户名', (a) => a.username],
    denied: 'member',
    filterText: '角色：区局（产业）工会干部',
  },
  {
    name: 'notices (inbox)',
    user: 'grassroots',
    list: '/announcements?box=inbox',
    exportPath: '/announcements/export.xlsx?box=inbox',
    paged: true,
    title: '通知公告（收到的）',
    headers: ['标题', '发布单位', '发布时间', '阅读状态'],
    key: ['发布单位', (a) => a.org.name],
    denied: null /* every role has an inbox */,
  },
  {
    name: 'notices (published)',
    user: 'admin',
    list: '/announcements?box=published',
    exportPath: '/announcements/export.xlsx?box=published',
    paged: true,
    title: '通知公告（我发布的）',
    headers: ['标题', '发布单位', '发送范围', '发布时间', '已读人数', '状态'],
    key: ['发布单位', (a) => a.org.name],
    denied: 'eleme',
  },
  {
    name: 'calls for proposals',
    user: 'yangpu',
    list: '/calls',
    exportPath: '/calls/export.xlsx',
    paged: false,
    title: '项目征集',
    headers: ['年度', '征集名称', '发起工会', '当前阶段', '征集时间', '征求意见时间'],
    key: ['征集名称', (c) => c.title],
    denied: 'security',
  },
  {
    name: 'yearly lists (filtered by year)',
    user: 'admin',
    list: '/slates?year=2021',
    exportPath: '/slates/export.xlsx?year=2021',
    paged: false,
    title: '实事项目清单',
    headers: ['年度', '工会', '清单名称', '文号', '项目数', '状态'],
    key: ['清单名称', (x) => x.title],
    denied: 'security',
    filterText: '年度：2021',
  },
  {
    name: 'payout batches',
    user: 'finance',
    list: '/payouts/batches',
    exportPath: '/payouts/batches/export.xlsx',
    paged: false,
    title: '结算批次',
    headers: ['批次号', '项目', '结算月份', '笔数', '金额合计（元）', '发放时限', '编制', '权益保障部审核', '财务部审核', '状态'],
    key: ['批次号', (b) => b.no],
    denied: 'security',
  },
  {
    name: 'first-come pools',
    user: 'admin',
    list: '/pools',
    exportPath: '/pools/export.xlsx',
    paged: false,
    title: '先到先得名额',
    headers: ['名称', '项目', '开放工会', '总名额', '已领取', '剩余', '开放时间', '状态'],
    key: ['名称', (p) => p.title],
    denied: 'security',
  },
  {
    name: 'place grants',
    user: 'admin',
    list: '/place-grants',
    exportPath: '/place-grants/export.xlsx',
    paged: false,
    title: '名额分配',
    headers: ['获得名额的工会', '来自', '项目', '线路/套餐', '名额', '已分配', '尚可分配', '分配期限'],
    key: ['获得名额的工会', (g) => g.toOrgName],
    denied: 'security',
  },
  {
    name: 'quota offers (one year)',
    user: 'pudong',
    list: '/quota-offers?year=2025',
    exportPath: '/quota-offers/export.xlsx?year=2025',
    paged: false,
    title: '计划目录',
    headers: ['年度', '项目', '计划', '天数', '开展月份', '价格（元/人）', '市总补贴', '其他补贴', '其余部分', '方式', '名额', '已核拨', '承办单位'],
    key: ['计划', (o) => o.title],
    denied: 'security',
    filterText: '年度：2025',
  },
  {
    name: 'quota requests',
    user: 'admin',
    list: '/quota-requests',
    exportPath: '/quota-requests/export.xlsx',
    paged: false,
    title: '申报汇总表',
    headers: ['工会', '项目', '报送截止', '申报人数', '核拨人数', '状态', '申报明细'],
    key: ['工会', (r) => r.orgName],
    denied: 'security',
  },
  {
    name: 'rosters (a district)',
    user: 'pudong',
    list: '/rosters',
    exportPath: '/rosters/export.xlsx',
    paged: false,
    title: '名册',
    headers: ['工会', '计划', '日期', '承办单位', '人数', '剩余名额', '状态'],
    key: ['计划', (r) => `${r.year} ${r.title}`],
    denied: 'security',
  },
  {
    name: 'quota settlements',
    user: 'admin',
    list: '/quota-settlements',
    exportPath: '/quota-settlements/export.xlsx',
    paged: false,
    title: '结算',
    headers: ['名册', '承办单位', '人数', '补贴金额（元）', '满意度', '状态', '支付日期', '支付凭证号'],
    key: ['名册', (x) => `${x.orgName} · ${x.rosterTitle}`],
    denied: 'security',
  },
  {
    name: 'platform bills (a platform: its own)',
    user: 'eleme',
    list: '/quota-bills',
    exportPath: '/quota-bills/export.xlsx',
    paged: false,
    title: '平台结算单',
    headers: ['平台企业', '计划', '工会', '体检日期', '人数', '每人（费用 − 补贴 = 平台承担）', '结算金额（元）', '状态', '付款日期', '付款凭证号'],
    key: ['平台企业', (b) => b.platformName],
    denied: 'security',
  },
  {
    name: 'protection register (a district, one year)',
    user: 'pudong',
    list: '/protection/enrollments?year=2025',
    exportPath: '/protection/enrollments/export.xlsx?year=2025',
    paged: true,
    title: '会员专享基本保障参保名册',
    headers: ['会员编号', '姓名', '身份证号', '所属工会', '保障类型', '参保方式', '保障期', '保障费（元）', '市总补贴（元）', '自付（元）', '状态'],
    key: ['会员编号', (c) => c.memberNo],
    denied: 'security',
    filterText: '年度：2025',
  },
  {
    name: 'protection lists (a district, one year)',
    user: 'pudong',
    list: '/protection/lists?year=2025',
    exportPath: '/protection/lists/export.xlsx?year=2025',
    paged: true,
    title: '集中参保名单',
    headers: ['所属工会', '保障类型', '参保人数', '保障费合计（元）', '其余费用合计（元）', '状态'],
    key: ['所属工会', (l) => l.orgName],
    denied: 'security',
    filterText: '年度：2025',
  },
  {
    name: 'protection remittances (one year)',
    user: 'mutualaid',
    list: '/protection/remittances?year=2025',
    exportPath: '/protection/remittances/export.xlsx?year=2025',
    paged: false,
    title: '缴费凭证与核对',
    headers: ['所属工会', '应缴（元）', '到账金额（元）', '上传日期', '状态'],
    key: ['所属工会', (r) => r.regionName ?? ''],
    denied: 'security',
    filterText: '年度：2025',
  },
  {
    name: 'protection claims',
    user: 'mutualaid',
    list: '/protection/claims',
    exportPath: '/protection/claims/export.xlsx',
    paged: true,
    title: '会员专享基本保障给付审核',
    headers: ['编号', '姓名', '身份证号', '所属工会', '给付类型', '事件日期', '给付金额（元）', '应付日期', '状态'],
    key: ['编号', (k) => String(k.id)],
    denied: 'security',
  },
  {
    name: 'gig rosters',
    user: 'mutualaid',
    list: '/protection/gig/rosters',
    exportPath: '/protection/gig/rosters/export.xlsx',
    paged: true,
    title: '新就业形态劳动者参保名单',
    headers: ['名单编号', '网约平台', '提交日期', '状态', '参保方式', '保障期限', '每人保障费（元）', '受理 / 未予参保', '保障费合计（元）'],
    key: ['名单编号', (r) => String(r.id)],
    denied: 'security',
  },
  {
    name: 'gig covers (a platform: its own)',
    user: 'eleme',
    list: '/protection/gig/covers',
    exportPath: '/protection/gig/covers/export.xlsx',
    paged: true,
    title: '新就业形态劳动者保障人员',
    headers: ['姓名', '身份证号', '手机号码', '网约平台', '参保方式', '保障期限', '免责期（天）', '状态', '生效短信'],
    key: ['身份证号', (c) => c.idMasked],
    denied: 'security',
  },
  {
    name: 'gig claims',
    user: 'mutualaid',
    list: '/protection/gig/claims',
    exportPath: '/protection/gig/claims/export.xlsx',
    paged: true,
    title: '新就业形态劳动者给付申请',
    headers: ['姓名', '网约平台', '给付类型', '事件日期', '给付金额（元）', '应给付日期', '收款方', '状态'],
    key: ['姓名', (k) => k.name],
    denied: 'security',
  },
];

const ID_NUMBER = /\d{6}(19|20)\d{2}[01]\d[0-3]\d{4}[\dXx]|\d{17}[\dXx]/;
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/;

before(async () => {
  t = await startTestApp({ members: 200 });
  for (const u of new Set([
    'admin',
    'auditor',
    'member',
    'grassroots',
    'pudong',
    'jiading',
    'security',
    'finance',
    'mutualaid',
    'yangpu',
    'eleme',
    ...specs.flatMap((s) => [s.user, s.denied ?? 'admin']),
  ]))
    cookies[u] = await t.login(u);
  // A gig roster (the demo has none), approved, and a claim on one of its covers (001 互助保障计划).
  t.pinToday('2022-03-15');
  const roster = await ok(
    req('eleme', 'POST', '/protection/gig/rosters', {
      rows: [
        { name: '张三', idNumber: idOf('1992-01-01', 11), mobile: '13912345671' },
        { name: '李四', idNumber: idOf('1990-07-07', 21), mobile: '13912345672' },
      ],
    }),
    201,
  );
  await ok(req('mutualaid', 'POST', `/protection/gig/rosters/${roster.id}/approve`));
  t.pinToday('2022-06-10');
  const cover = (await ok(req('eleme', 'GET', `/protection/gig/covers?q=${encodeURIComponent('张三')}`))).items[0];
  await ok(
    req('eleme', 'POST', '/protection/gig/claims', {
      coverId: cover.id,
      claimType: 'hospital-allowance',
      eventDate: '2022-05-01',
      hospitalDays: 10,
      bank: '中国工商银行上海分行',
      accountName: '张三',
      accountNo: '6222 0210 0112 3456 789',
    }),
    201,
  );
  t.pinToday();
});
after(async () => {
  t?.pinToday();
  await t?.close();
});

describe(`list exports on ${engine}`, () => {
  for (const spec of specs) {
    it(`${spec.name}: the page's columns, the list's rows, masked, audited; refused without the permission and past the cap`, async () => {
      const items = await listOf(spec.user, spec.list, spec.paged);
      const before = (await ok(req('auditor', 'GET', '/audit?pageSize=1'))).total;
      const sheet = await sheetOf(spec.user, spec.exportPath);
      assert.equal(sheet.preface[0], spec.title);
      assert.match(sheet.preface[1]!, /^筛选条件：/);
      if (spec.filterText) assert.ok(sheet.preface[1]!.includes(spec.filterText), sheet.preface[1]);
      assert.equal(sheet.preface[2], `导出日期：${t.s.clock.today()}　共 ${items.length} 条`);
      assert.deepEqual(sheet.headers, spec.headers);
      assert.equal(sheet.rows.length, items.length, 'the export holds the rows the list holds');
      const [col, of] = spec.key;
      assert.deepEqual(sheet.rows.map((r) => r[col]).sort(), items.map(of).sort());
      // Personal data as in the list: never a full ID number or mobile.
      for (const r of sheet.rows)
        for (const v of Object.values(r)) {
          assert.doesNotMatch(v, ID_NUMBER, `${spec.name}: unmasked ID number ${v}`);
          assert.doesNotMatch(v, MOBILE, `${spec.name}: unmasked mobile ${v}`);
        }
      // Audited.
      assert.ok((await ok(req('auditor', 'GET', '/audit?pageSize=1'))).total > before, 'the export is in the audit trail');

      // A role without the list's permission: the list and its export are refused alike.
      if (spec.denied) {
        const denied = await req(spec.denied, 'GET', spec.exportPath);
        assert.equal((await req(spec.denied, 'GET', spec.list)).statusCode, 403, `${spec.denied} may not read ${spec.list}`);
        assert.equal(denied.statusCode, 403, denied.body);
      }

      // Past the cap: refused, zh + en, saying to narrow the filters.
      if (items.length > 0) {
        const saved = t.s.config.exportMaxRows;
        t.s.config.exportMaxRows = items.length - 1 || 0;
        try {
          const r = await req(spec.user, 'GET', spec.exportPath, undefined, { 'accept-language': 'zh-CN' });
          assert.equal(r.statusCode, 400, r.body);
          assert.equal(r.json().code, 'export-too-many-rows');
          assert.match(r.body, /请缩小筛选范围/);
          const en = await req(spec.user, 'GET', spec.exportPath, undefined, { 'accept-language': 'en' });
          assert.match(en.body, /narrow the filters/);
        } finally {
          t.s.config.exportMaxRows = saved;
        }
      }
    });
  }

  it('every export above has rows to check (the demo data covers each list)', async () => {
    const empty: string[] = [];
    for (const spec of specs) if ((await listOf(spec.user, spec.list, spec.paged)).length === 0) empty.push(spec.name);
    assert.deepEqual(empty, []);
  });

  it('scope: a district exports only its subtree, as its list shows it', async () => {
    const pudong = await sheetOf('pudong', '/applications/export.xlsx');
    const jiading = await sheetOf('jiading', '/applications/export.xlsx');
    const admin = await sheetOf('admin', '/applications/export.xlsx');
    assert.ok(pudong.rows.length > 0 && admin.rows.length > pudong.rows.length);
    const jiadingNos = new Set(jiading.rows.map((r) => r['申请编号']));
    assert.ok(
      pudong.rows.every((r) => !jiadingNos.has(r['申请编号'])),
      'no Jiading application in Pudong’s export',
    );
    const pudongOrgs = new Set((await listOf('pudong', '/applications', true)).map((a) => a.org.name));
    assert.ok(pudong.rows.every((r) => pudongOrgs.has(r['基层工会']!)));
    // A platform officer sees its own workers only.
    const eleme = await sheetOf('eleme', '/protection/gig/covers/export.xlsx');
    assert.ok(eleme.rows.every((r) => r['网约平台'] === eleme.rows[0]!['网约平台']));
  });

  it('masking: the claims export shows ID numbers as the list masks them', async () => {
    const sheet = await sheetOf('mutualaid', '/protection/claims/export.xlsx');
    const items = await listOf('mutualaid', '/protection/claims', true);
    assert.deepEqual(sheet.rows.map((r) => r['身份证号']).sort(), items.map((k) => k.idMasked ?? '').sort());
    assert.ok(sheet.rows.every((r) => r['身份证号'] === '' || /\*/.test(r['身份证号']!)));
    const covers = await sheetOf('eleme', '/protection/gig/covers/export.xlsx');
    assert.ok(covers.rows.every((r) => /\*/.test(r['身份证号']!) && (r['手机号码'] === '' || /\*/.test(r['手机号码']!))));
  });

  it('the filters travel: a filtered export has the filtered rows only, and the audit trail names the export in Chinese', async () => {
    const all = await sheetOf('pudong', '/applications/export.xlsx');
    const approved = await sheetOf('pudong', '/applications/export.xlsx?status=approved');
    assert.ok(approved.rows.length < all.rows.length);
    assert.ok(approved.rows.every((r) => r['状态']!.startsWith('已核准')));
    const audit = await ok(req('auditor', 'GET', '/audit?action=application.export&pageSize=5'));
    assert.ok(audit.items.length > 0);
    assert.equal(audit.items[0].actionName.zh, '导出申请');
  });

  it('the audit trail names an uploaded document by its type in Chinese, without the hash in the summary', async () => {
    const mp = multipart({ type: 'certificate' }, { name: 'certificate.pdf', content: pdf('certificate'), type: 'application/pdf' });
    const r = await t.app.inject({ method: 'POST', url: '/api/v1/documents', payload: mp.payload, headers: { ...mp.headers, cookie: cookies.member! } });
    assert.equal(r.statusCode, 201, r.body);
    const e = (await ok(req('auditor', 'GET', '/audit?action=document.upload&pageSize=1'))).items[0];
    assert.match(String(e.summary), /^职业资格证书：certificate\.pdf（\d+ (B|KB)）$/);
    assert.doesNotMatch(String(e.summary), /sha256/);
  });
});
