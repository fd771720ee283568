// The district's summary claim as a record and district-run payouts (issue 11 §3, §5), through HTTP on the
// database named by SHISHI_TEST_DB: a regional union files its 申领汇总表 with its 结算票据 by 9/15 (000 女职工
// 一(三)3); the federation accepts or returns it; accepted, the total is one payable to the district's account and
// the sites' own payables are reversed, so no grant is paid twice; a district's own program is prepared, signed
// and paid by the district's own officers, and the federation reads it.
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { after, before, describe, it } from 'node:test';
import { engine, startTestApp, type TestApp } from '../harness.ts';
import { httpKit, documentUploader, PNG_1PX } from '../kit.ts';
import { pdf } from '../../src/demo/applications-data.ts';

let t: TestApp;
const cookies: Record<string, string> = {};
const users = ['admin', 'security', 'grassroots', 'pudong', 'jiading', 'zhangjiang', 'grassrootswork', 'rights', 'finance'];
const png = PNG_1PX;

before(async () => {
  t = await startTestApp({ members: 300 });
  for (const u of users) cookies[u] = await t.login(u);
});
after(async () => {
  t?.pinToday();
  await t?.close();
});

const { req, ok } = httpKit(() => t, cookies);
const upload = documentUploader(() => t, cookies);
const photo = (user: string) => upload(user, 'site-photo', png, 'photo.png');
const voucher = (user: string) => upload(user, 'settlement-voucher', pdf('上海市行政事业单位资金往来结算票据'), '结算票据.pdf');
const wd = (n: number) => ({ workingDays: n });
const orgOf = async (username: string) =>
  (await t.s.database.db.selectFrom('accounts').select('org_id').where('username', '=', username).executeTakeFirstOrThrow()).org_id!;
const settlement = { closeDay: 25, payByDay: 10, preparer: 'grassroots-work', payTo: 'org-account' };
const regionalOnly = [{ level: 'regional', actor: { role: 'regional-officer' }, dueIn: wd(20), skipForChannels: [] }];
const answers = (items: any[], over: Record<string, number | boolean> = {}) =>
  items.map((i: any) => {
    const o = over[i.code];
    if (typeof o === 'boolean') return { code: i.code, met: o };
    return { code: i.code, met: true, ...(i.answer === 'number' ? { value: o ?? i.min } : {}) };
  });
async function site(user: string, body: Record<string, unknown>) {
  return ok(req(user, 'POST', '/sites', { lon: 121.59, lat: 31.21, photoIds: [await photo(user)], ...body }), 201);
}
async function verifiedAccount(user: string, orgId: number, accountName: string, accountNo: string) {
  const a = await ok(req(user, 'POST', '/payouts/payee-accounts', { orgId, bank: '上海银行', accountName, accountNo }), 201);
  await ok(req('finance', 'POST', `/payouts/payee-accounts/${a.id}/verify`));
}
async function readXlsx(body: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as any);
  const rows: unknown[][] = [];
  wb.worksheets[0]!.eachRow({ includeEmpty: false }, (row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}
/** The portal notices of a user of one template, rendered in both languages. */
async function noticesOf(user: string, template: string) {
  return (await ok(req(user, 'GET', '/me/notifications?pageSize=100'))).items.filter((n: any) => n.template === template);
}
/** A valid resident ID number (GB 11643) from 17 digits. */
function idNumber(first17: string) {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((a, d, i) => a + Number(d) * w[i]!, 0);
  return first17 + '10X98765432'[sum % 11]!;
}
/** Another officer of a regional union, created by the security administrator, logged in with a changed password. */
async function officer(username: string, displayName: string, orgId: number, id17: string) {
  const created = await ok(
    req('security', 'POST', '/accounts', { username, displayName, role: 'regional-officer', orgId, idNumber: idNumber(id17), password: 'Temp@pass1' }),
    201,
  );
  assert.ok(created);
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: 'Temp@pass1' } });
  assert.equal(res.statusCode, 200, res.body);
  const cookie = `shishi_session=${res.cookies.find((c) => c.name === 'shishi_session')!.value}`;
  const changed = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/password',
    payload: { currentPassword: 'Temp@pass1', newPassword: 'Holder@pass9' },
    headers: { cookie },
  });
  assert.equal(changed.statusCode < 300, true, changed.body);
  cookies[username] = await t.login(username, 'Holder@pass9');
}

describe(`the district's summary claim and district-run payouts on ${engine}`, () => {
  let parkOrg = 0;
  let pudongOrg = 0;
  let jiadingOrg = 0;
  let nursing = 0;
  const rooms: number[] = [];

  before(async () => {
    parkOrg = await orgOf('zhangjiang');
    pudongOrg = await orgOf('pudong');
    jiadingOrg = await orgOf('jiading');
  });

  it('files the claim by 9/15 with its voucher: refused late, empty, without the voucher, and twice for a site; scoped', async () => {
    t.pinToday('2018-03-01');
    const program = await ok(
      req('grassrootswork', 'POST', '/programs', {
        program: 'nursing-room-subsidy',
        year: 2018,
        title: '2018年女职工幸福关爱行动“爱心妈咪小屋”助推计划',
        status: 'open',
        channels: ['unit'],
        windows: [{ batch: 1, from: '2017-10-01', to: '2018-08-31' }],
        reviewChain: regionalOnly,
        settlement,
        sources: '000 女职工幸福关爱行动',
      }),
      201,
    );
    nursing = program.id;
    for (const [n, name] of [
      [1, '张江园区一号爱心妈咪小屋'],
      [2, '张江园区二号爱心妈咪小屋'],
    ] as const) {
      t.pinToday('2018-03-01');
      const room = await site('zhangjiang', { kind: 'nursing-room', name, orgId: parkOrg, address: `浦东新区郭守敬路${490 + n}号` });
      await ok(
        req('zhangjiang', 'POST', '/applications', {
          programId: program.id,
          applicantOrgId: parkOrg,
          form: { siteId: room.id, builtOn: '2018-02-20', contactName: '王芳', contactPhone: '021-50800004' },
        }),
        201,
      );
      t.pinToday('2018-08-20');
      const list = await ok(req('pudong', 'GET', `/sites/${room.id}/checklist`));
      await ok(
        req('pudong', 'POST', `/sites/${room.id}/inspections`, {
          purpose: 'acceptance',
          inspectedOn: '2018-08-20',
          inspector: '浦东新区总工会 李红',
          answers: answers(list.items),
          photoIds: [await photo('pudong')],
        }),
        201,
      );
      const accepted = await ok(req('pudong', 'POST', `/sites/${room.id}/accept`, {}));
      assert.equal(accepted.application.booked, 10340);
      rooms.push(room.id);
    }
    const scan = await voucher('pudong');
    const body = { kind: 'nursing-room', year: 2018, voucherNo: 'No.0031801', voucherDocumentId: scan };

    // After the deadline (000 一(三)3: 2018 年 9 月 15 日前): refused, naming the date.
    t.pinToday('2018-09-16');
    const late = await req('pudong', 'POST', '/sites/claims', body);
    assert.equal(late.statusCode, 400, late.body);
    assert.equal(late.json().code, 'claim-after-deadline');
    assert.match(late.json().messages.zh, /2018-09-15 前向市总工会申领/);
    assert.match(late.json().messages.en, /by 2018-09-15/);

    const demoClaims = (await ok(req('pudong', 'GET', '/sites/claims'))).items.map((c: any) => c.kind);
    assert.deepEqual(demoClaims, ['childcare-studio']);
    // The demo's claim (附件2): two studios of 2018, 30,000 each, awaiting the federation's 基层工作部.
    const demo = (await ok(req('grassrootswork', 'GET', '/sites/claims?kind=childcare-studio'))).items[0];
    assert.deepEqual([demo.status, demo.items, demo.total, demo.region.id, demo.abilities], ['filed', 2, 60000, pudongOrg, { accept: true, return: true }]);
    const demoSheet = await readXlsx((await req('pudong', 'GET', `/sites/claims/${demo.id}/summary.xlsx`)).rawPayload);
    assert.deepEqual(demoSheet[2], ['序号', '亲子工作室所在单位名称', '类型', '托管时间(周)', '托管人数', '申领金额(元)', '备注']);
    assert.deepEqual(
      demoSheet.slice(3).map((r) => [r[2], r[3], r[4], r[5]]),
      [
        ['寒暑托班', 6, 35, 30000],
        ['晚托班', '', 18, 30000],
        [undefined, undefined, undefined, 60000],
      ],
    );
    const filedBefore = (await t.s.database.db.selectFrom('audit_log').select(['id']).where('action', '=', 'site-claim.file').execute()).length;
    t.pinToday('2018-09-15');
    // The voucher is required: its number and its scan.
    const noNo = await req('pudong', 'POST', '/sites/claims', { ...body, voucherNo: undefined });
    assert.equal(noNo.statusCode, 400, noNo.body);
    assert.deepEqual([noNo.json().errors[0].code, noNo.json().errors[0].field], ['voucher-required', 'body.voucherNo']);
    assert.match(noNo.json().messages.zh, /结算票据/);
    const noScan = await req('pudong', 'POST', '/sites/claims', { ...body, voucherDocumentId: undefined });
    assert.deepEqual([noScan.statusCode, noScan.json().errors[0].field], [400, 'body.voucherDocumentId']);
    // Someone else's upload is not a voucher.
    const theirs = await req('pudong', 'POST', '/sites/claims', { ...body, voucherDocumentId: await voucher('jiading') });
    assert.equal(theirs.json().errors[0].code, 'voucher-not-found');
    // An empty claim: Pudong has no childcare studio of 2018; Jiading no nursing room.
    const empty = await req('pudong', 'POST', '/sites/claims', { ...body, kind: 'childcare-studio' });
    assert.deepEqual([empty.statusCode, empty.json().code], [400, 'claim-empty']);
    assert.equal((await req('jiading', 'POST', '/sites/claims', { ...body, voucherDocumentId: await voucher('jiading') })).json().code, 'claim-empty');
    // Only the regional union files (not a park union, not the federation).
    assert.equal((await req('zhangjiang', 'POST', '/sites/claims', body)).statusCode, 403);
    assert.equal((await req('grassrootswork', 'POST', '/sites/claims', body)).statusCode, 403);
    // Nothing was written by the refusals (the demo's own claim, Pudong's 2018 childcare studios, stays alone).
    assert.deepEqual(
      (await ok(req('pudong', 'GET', '/sites/claims'))).items.map((c: any) => c.kind),
      demoClaims,
    );

    const claim = await ok(req('pudong', 'POST', '/sites/claims', body), 201);
    assert.match(claim.no, /^SL2018-\d{5}$/);
    assert.deepEqual(
      [claim.status, claim.items, claim.total, claim.deadline, claim.voucherNo, claim.region.id],
      ['filed', 2, 20680, '2018-09-15', 'No.0031801', pudongOrg],
    );
    assert.deepEqual(claim.rows.map((r: any) => r.siteId).sort(), [...rooms].sort());
    assert.deepEqual(
      claim.rows.map((r: any) => [r.built, r.standard, r.amount]),
      [
        ['2018-02-20', 10340, 10340],
        ['2018-02-20', 10340, 10340],
      ],
    );
    assert.deepEqual(claim.abilities, { accept: false, return: false });
    const v = await req('pudong', 'GET', `/sites/claims/${claim.id}/voucher`);
    assert.equal(v.statusCode, 200);
    assert.match(v.headers['content-type'] as string, /pdf/);
    // A second claim for a site already claimed: refused, naming the site and the claim.
    const again = await req('pudong', 'POST', '/sites/claims', { ...body, voucherDocumentId: await voucher('pudong'), siteIds: [rooms[0]] });
    assert.deepEqual([again.statusCode, again.json().code], [409, 'site-already-claimed']);
    assert.ok(again.json().messages.zh.includes(claim.no), again.body);
    const none = await req('pudong', 'POST', '/sites/claims', { ...body, voucherDocumentId: await voucher('pudong') });
    assert.deepEqual([none.statusCode, none.json().code], [400, 'claim-empty']);
    // The same scan serves one claim only.
    assert.equal((await req('pudong', 'POST', '/sites/claims', { ...body })).statusCode >= 400, true);
    // Scoped: Jiading sees nothing of Pudong's; the federation sees it and may decide.
    assert.equal((await req('jiading', 'GET', `/sites/claims/${claim.id}`)).statusCode, 404);
    assert.equal((await ok(req('jiading', 'GET', '/sites/claims'))).items.length, 0);
    const fed = await ok(req('grassrootswork', 'GET', `/sites/claims/${claim.id}`));
    assert.deepEqual(fed.abilities, { accept: true, return: true });
    assert.equal(
      (await ok(req('grassrootswork', 'GET', '/sites/claims?status=filed'))).items.some((c: any) => c.id === claim.id),
      true,
    );
    const audit = await t.s.database.db.selectFrom('audit_log').select(['action']).where('action', '=', 'site-claim.file').execute();
    assert.equal(audit.length, filedBefore + 1);
    // The claim's own 申领汇总表 (000 附件1): its frozen rows, tabled on the filing day, the seed's columns and the 总金额 line.
    const x = await req('pudong', 'GET', `/sites/claims/${claim.id}/summary.xlsx`);
    assert.equal(x.statusCode, 200, x.body);
    assert.match(x.headers['content-type'] as string, /spreadsheetml/);
    assert.ok(decodeURIComponent(String(x.headers['content-disposition'])).includes(`爱心妈咪小屋项目-浦东新区总工会-${claim.no}.xlsx`));
    const sheet = await readXlsx(x.rawPayload);
    assert.equal(sheet[0]![0], '女职工幸福关爱行动申领汇总表——爱心妈咪小屋项目');
    assert.match(String(sheet[1]![0]), /区局（产业）：浦东新区总工会.*制表时间：9 月 15 日.*（请加盖工会章）/);
    assert.deepEqual(sheet[2], ['序号', '小屋名称', '建屋时间', '申领标准（元）', '申领金额（元）', '备注']);
    assert.deepEqual(
      sheet.slice(3, -1).map((r) => r.slice(0, 5)),
      [
        [1, '张江园区一号爱心妈咪小屋', '2018-02-20', 10340, 10340],
        [2, '张江园区二号爱心妈咪小屋', '2018-02-20', 10340, 10340],
      ],
    );
    assert.deepEqual(
      sheet.slice(3, -1).map((r) => String(r[5])),
      claim.rows.map((r: any) => r.remark),
    );
    assert.deepEqual([sheet.at(-1)![0], sheet.at(-1)![4], sheet.at(-1)![5]], ['总金额', 20680, '（元）']);
    assert.equal(sheet.length, 6);
    // Scoped like the claim: not Jiading's, not without a login; the federation reads it.
    assert.equal((await req('jiading', 'GET', `/sites/claims/${claim.id}/summary.xlsx`)).statusCode, 404);
    assert.equal((await req(null, 'GET', `/sites/claims/${claim.id}/summary.xlsx`)).statusCode, 401);
    assert.equal((await req('grassrootswork', 'GET', `/sites/claims/${claim.id}/summary.xlsx`)).statusCode, 200);
    assert.equal((await req('pudong', 'GET', '/sites/claims/999999/summary.xlsx')).statusCode, 404);
    // No decision yet: no notice.
    assert.equal((await noticesOf('pudong', 'site-claim-accepted')).length + (await noticesOf('pudong', 'site-claim-returned')).length, 0);
  });

  it('accepted, the total is one payable to the district’s account; the rooms’ own payables are reversed, and nothing is paid twice', async () => {
    const claim = (await ok(req('pudong', 'GET', '/sites/claims'))).items[0];
    // While the claim is filed, a batch holding the rooms' own payables is not paid.
    t.pinToday('2018-09-26');
    const perSite = await ok(req('grassrootswork', 'POST', '/payouts/batches', { programId: nursing, period: '2018-09' }), 201);
    assert.equal(perSite.entries, 2);
    await verifiedAccount('zhangjiang', parkOrg, '张江高科技园区工会联合会', '31658800002222333');
    await ok(req('rights', 'POST', `/payouts/batches/${perSite.id}/approve-rights`));
    await ok(req('finance', 'POST', `/payouts/batches/${perSite.id}/approve-finance`));
    const refused = await req('grassrootswork', 'POST', `/payouts/batches/${perSite.id}/pay`, { reference: 'PS2018092600001' });
    assert.deepEqual([refused.statusCode, refused.json().code], [409, 'payee-refused']);
    assert.ok(refused.json().messages.zh.includes(claim.no), refused.body);
    // Acceptance is refused while a room's own payable sits in an open batch (cancel it first).
    const blocked = await req('grassrootswork', 'POST', `/sites/claims/${claim.id}/accept`, {});
    assert.equal(blocked.statusCode, 409, blocked.body);
    await ok(req('grassrootswork', 'POST', `/payouts/batches/${perSite.id}/cancel`, { reason: '并入区局申领，按申领拨付' }));
    // The rights department does not run this program; the district needs a verified account.
    assert.equal((await req('rights', 'POST', `/sites/claims/${claim.id}/accept`, {})).statusCode, 403);
    const noAccount = await req('grassrootswork', 'POST', `/sites/claims/${claim.id}/accept`, {});
    assert.deepEqual([noAccount.statusCode, noAccount.json().code], [409, 'no-payee-account']);
    assert.match(noAccount.json().messages.zh, /浦东新区总工会/);
    await verifiedAccount('pudong', pudongOrg, '上海市浦东新区总工会', '31658800003333444');
    const accepted = await ok(req('grassrootswork', 'POST', `/sites/claims/${claim.id}/accept`, { comment: '材料齐全' }));
    assert.equal(accepted.status, 'accepted');
    assert.equal(accepted.payout.amount, 20680);
    assert.equal(accepted.payout.paid, false);
    assert.equal((await req('grassrootswork', 'POST', `/sites/claims/${claim.id}/accept`, {})).json().code, 'claim-not-filed');
    for (const id of rooms) assert.equal((await ok(req('pudong', 'GET', `/sites/${id}`))).application.booked, 0);
    // The district's officers are told in their portal (the park union below it is not).
    const told = await noticesOf('pudong', 'site-claim-accepted');
    assert.equal(told.length, 1);
    assert.equal(
      told[0].text.zh,
      `市总工会已受理申领 ${claim.no}（2018 年度爱心妈咪小屋，2 个阵地，合计 20,680.00 元），已列入拨付，款项拨付至本区局（产业）工会账户。意见：材料齐全`,
    );
    assert.match(told[0].text.en, new RegExp(`accepted claim ${claim.no} \\(nursing room, 2018: 2 sites, ¥20,680.00\\).*Comment: 材料齐全`));
    assert.equal((await noticesOf('zhangjiang', 'site-claim-accepted')).length, 0);
    assert.equal((await noticesOf('jiading', 'site-claim-accepted')).length, 0);
    // The accepted claim's sheet still holds its frozen rows (the live summary has nothing left to claim).
    const frozen = await readXlsx((await req('pudong', 'GET', `/sites/claims/${claim.id}/summary.xlsx`)).rawPayload);
    assert.deepEqual(
      frozen.slice(3).map((r) => r[4]),
      [10340, 10340, 20680],
    );
    // 000 一(三)4: the rooms of the accepted claim get next year's 《劳动报》 (集订分送单, delivered in November–December).
    const paper = await req('grassrootswork', 'GET', '/sites/claims/newspaper-delivery.xlsx?year=2018');
    assert.equal(paper.statusCode, 200, paper.body);
    assert.match(decodeURIComponent(String(paper.headers['content-disposition'])), /2019 年《劳动报》集订分送单/);
    const list = await readXlsx(paper.rawPayload);
    assert.equal(list[0]![0], '2019 年《劳动报》集订分送单——爱心妈咪小屋');
    assert.match(String(list[1]![0]), /2018 年度申领成功.*配送时间：2018 年 11 月—12 月.*340 元/);
    assert.deepEqual(list[2], [
      '序号',
      '区局（产业）',
      '小屋名称',
      '所属单位',
      '投递地址',
      '联系人',
      '联系电话',
      '报刊',
      '订阅年度',
      '份数',
      '申领编号',
      '阵地编号',
    ]);
    assert.deepEqual(
      list.slice(3, -1).map((r) => [r[0], r[1], r[2], r[4], r[7], r[8], r[9], r[10]]),
      [
        [1, '浦东新区总工会', '张江园区一号爱心妈咪小屋', '浦东新区郭守敬路491号', '《劳动报》', 2019, 1, claim.no],
        [2, '浦东新区总工会', '张江园区二号爱心妈咪小屋', '浦东新区郭守敬路492号', '《劳动报》', 2019, 1, claim.no],
      ],
    );
    assert.deepEqual([list.at(-1)![0], list.at(-1)![9]], ['合计', 2]);
    // Scoped: Pudong its own rooms, Jiading none; a filed (not yet accepted) claim's rooms are not on it.
    assert.equal((await readXlsx((await req('pudong', 'GET', '/sites/claims/newspaper-delivery.xlsx?year=2018')).rawPayload)).length, 6);
    assert.equal((await readXlsx((await req('jiading', 'GET', '/sites/claims/newspaper-delivery.xlsx?year=2018')).rawPayload)).length, 4);
    assert.equal((await req('grassrootswork', 'GET', '/sites/claims/newspaper-delivery.xlsx')).statusCode, 400);
    assert.equal((await req(null, 'GET', '/sites/claims/newspaper-delivery.xlsx?year=2018')).statusCode, 401);
    // The next batch pays the district 20,680 once; the rooms' payable and reversal net to nothing.
    t.pinToday('2018-10-26');
    const batch = await ok(req('grassrootswork', 'POST', '/payouts/batches', { programId: nursing, period: '2018-10' }), 201);
    assert.equal(batch.total, 20680);
    const detail = await ok(req('grassrootswork', 'GET', `/payouts/batches/${batch.id}`));
    const toDistrict = detail.lines.filter((l: any) => l.payeeOrg?.id === pudongOrg);
    assert.deepEqual(
      toDistrict.map((l: any) => [l.amount, l.applicationNo]),
      [[20680, claim.no]],
    );
    await ok(req('rights', 'POST', `/payouts/batches/${batch.id}/approve-rights`));
    await ok(req('finance', 'POST', `/payouts/batches/${batch.id}/approve-finance`));
    await ok(req('grassrootswork', 'POST', `/payouts/batches/${batch.id}/pay`, { reference: 'SL2018102600001' }));
    const paid = await ok(req('pudong', 'GET', `/sites/claims/${claim.id}`));
    assert.deepEqual([paid.payout.paid, paid.payout.batchNo], [true, batch.no]);
    const ledger = await t.s.database.db
      .selectFrom('payout_entries')
      .select(['source_kind', 'amount_fen', 'payee_org_id'])
      .where('instance_id', '=', nursing)
      .execute();
    const net = (pred: (e: any) => boolean) => ledger.filter(pred).reduce((a, e) => a + Number(e.amount_fen), 0);
    assert.equal(
      net((e) => e.payee_org_id === pudongOrg),
      2068000,
    );
    assert.equal(
      net((e) => e.payee_org_id === parkOrg),
      0,
    );
    // A site paid with its district's claim is not claimed again.
    t.pinToday('2018-09-10');
    assert.equal(
      (
        await req('pudong', 'POST', '/sites/claims', { kind: 'nursing-room', year: 2018, voucherNo: 'No.0031802', voucherDocumentId: await voucher('pudong') })
      ).json().code,
      'claim-empty',
    );
  });

  it('health points (no claim deadline in the seeds): a site paid per site is left out; a returned claim frees its sites', async () => {
    t.pinToday('2022-03-01');
    const program = await ok(
      req('grassrootswork', 'POST', '/programs', {
        program: 'health-point-grant',
        year: 2022,
        title: '2022年新增30个园区（楼宇）健康服务点',
        status: 'open',
        channels: ['unit'],
        windows: [{ batch: 1, from: '2022-03-01', to: '2022-09-30' }],
        reviewChain: regionalOnly,
        settlement,
        sources: '001 项目1',
      }),
      201,
    );
    const hps: number[] = [];
    for (const n of [1, 2]) {
      t.pinToday('2022-03-01');
      const hp = await site('zhangjiang', { kind: 'health-point', name: `张江${n}号职工健康服务点`, orgId: parkOrg, address: `浦东新区哈雷路${1000 + n}号` });
      await ok(
        req('zhangjiang', 'POST', '/applications', {
          programId: program.id,
          applicantOrgId: parkOrg,
          form: {
            siteId: hp.id,
            pointType: 'new',
            manager: '周敏',
            managerPhone: '021-50800003',
            healthCentre: '张江社区卫生服务中心',
            serviceHours: '每周二、四中午',
          },
        }),
        201,
      );
      t.pinToday(`2022-0${5 + n}-15`);
      const list = await ok(req('pudong', 'GET', `/sites/${hp.id}/checklist`));
      await ok(
        req('pudong', 'POST', `/sites/${hp.id}/inspections`, {
          purpose: 'acceptance',
          inspectedOn: `2022-0${5 + n}-15`,
          inspector: '浦东新区总工会 张敏',
          answers: answers(list.items),
          photoIds: [await photo('pudong')],
        }),
        201,
      );
      await ok(req('pudong', 'POST', `/sites/${hp.id}/accept`, { matching: { district: 15000, street: 15000 } }));
      hps.push(hp.id);
      // The first is paid to its union per site in June's batch.
      if (n === 1) {
        t.pinToday('2022-06-26');
        const b = await ok(req('grassrootswork', 'POST', '/payouts/batches', { programId: program.id, period: '2022-06' }), 201);
        await ok(req('rights', 'POST', `/payouts/batches/${b.id}/approve-rights`));
        await ok(req('finance', 'POST', `/payouts/batches/${b.id}/approve-finance`));
        await ok(req('grassrootswork', 'POST', `/payouts/batches/${b.id}/pay`, { reference: 'HP2022062600001' }));
      }
    }
    // Years later: no deadline applies to health points.
    t.pinToday('2023-03-01');
    const body = { kind: 'health-point', year: 2022, voucherNo: 'No.0032201', voucherDocumentId: await voucher('pudong') };
    const paidOne = await req('pudong', 'POST', '/sites/claims', { ...body, siteIds: [hps[0]] });
    assert.deepEqual([paidOne.statusCode, paidOne.json().code], [409, 'site-paid-per-site']);
    assert.match(paidOne.json().messages.zh, /已随批次 JS202206-\d+ 直接拨付给单位/);
    const claim = await ok(req('pudong', 'POST', '/sites/claims', body), 201);
    assert.deepEqual([claim.items, claim.total, claim.deadline, claim.rows[0].siteId], [1, 15000, null, hps[1]]);
    assert.equal((await req('grassrootswork', 'POST', `/sites/claims/${claim.id}/return`, { comment: '' })).statusCode, 400);
    const returned = await ok(req('grassrootswork', 'POST', `/sites/claims/${claim.id}/return`, { comment: '结算票据金额与汇总表不符，请更正后重新申领' }));
    assert.deepEqual([returned.status, returned.comment, returned.payout], ['returned', '结算票据金额与汇总表不符，请更正后重新申领', null]);
    const back = await noticesOf('pudong', 'site-claim-returned');
    assert.equal(back.length, 1);
    assert.equal(
      back[0].text.zh,
      `市总工会退回了申领 ${claim.no}（2022 年度职工健康服务点，1 个阵地，合计 15,000.00 元）。退回原因：结算票据金额与汇总表不符，请更正后重新申领。所列阵地可更正后重新申领。`,
    );
    // The health point claim's sheet: the layout with the matching shares (the seeds give no form for this kind).
    const hpSheet = await readXlsx((await req('pudong', 'GET', `/sites/claims/${claim.id}/summary.xlsx`)).rawPayload);
    assert.deepEqual(hpSheet[2], [
      '序号',
      '职工健康服务点名称',
      '所属单位',
      '申领标准（元）',
      '申领金额（元）',
      '区总工会配套（元）',
      '街镇（园区、楼宇）工会配套（元）',
      '备注',
    ]);
    assert.deepEqual(hpSheet[3]!.slice(0, 7), [1, '张江2号职工健康服务点', '浦东新区张江高科技园区工会联合会', 15000, 15000, 15000, 15000]);
    const refiled = await ok(req('pudong', 'POST', '/sites/claims', { ...body, voucherNo: 'No.0032202', voucherDocumentId: await voucher('pudong') }), 201);
    assert.deepEqual([refiled.status, refiled.items], ['filed', 1]);
    const list = await ok(req('pudong', 'GET', '/sites/claims?kind=health-point'));
    assert.deepEqual(
      list.items.map((c: any) => c.status),
      ['filed', 'returned'],
    );
  });

  it('a district’s own program: prepared, signed and paid by the district’s officers from its own account; the federation reads it', async () => {
    await officer('jiading-rights', '嘉定区总工会权益干部', jiadingOrg, '31011419800101002');
    await officer('jiading-finance', '嘉定区总工会财务干部', jiadingOrg, '31011419810202003');
    t.pinToday('2022-03-01');
    // The demo already runs Jiading's 2022 program (sites-data.ts loadDistrictProgramDemo, with a paid batch of
    // its own): opening it again is refused, naming the instance, which this walk then uses.
    const again = await req('jiading', 'POST', '/programs', {
      program: 'health-point-grant',
      year: 2022,
      title: '嘉定区2022年新增园区（楼宇）职工健康服务点',
      status: 'open',
      channels: ['unit'],
      windows: [{ batch: 1, from: '2022-03-01', to: '2022-09-30' }],
      reviewChain: regionalOnly,
      settlement,
      budget: 150000,
      sources: '001 项目1; 002',
    });
    assert.deepEqual([again.statusCode, again.json().code], [409, 'program-exists'], again.body);
    const program = await ok(req('jiading', 'GET', `/programs/${again.json().instanceId}`));
    const park = await t.s.database.db
      .selectFrom('orgs')
      .select(['id'])
      .where('path', 'like', `%.${jiadingOrg}.%`)
      .where('kind', 'in', ['street', 'park'])
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const hp = await site('jiading', {
      kind: 'health-point',
      name: '嘉定工业区职工健康服务点',
      orgId: park.id,
      address: '嘉定区叶城路1000号',
      lon: 121.25,
      lat: 31.35,
    });
    await ok(
      req('jiading', 'POST', '/applications', {
        programId: program.id,
        applicantOrgId: park.id,
        form: {
          siteId: hp.id,
          pointType: 'new',
          manager: '沈杰',
          managerPhone: '021-59990002',
          healthCentre: '嘉定工业区社区卫生服务中心',
          serviceHours: '每周一、三中午',
        },
      }),
      201,
    );
    t.pinToday('2022-06-20');
    const list = await ok(req('jiading', 'GET', `/sites/${hp.id}/checklist`));
    await ok(
      req('jiading', 'POST', `/sites/${hp.id}/inspections`, {
        purpose: 'acceptance',
        inspectedOn: '2022-06-20',
        inspector: '嘉定区总工会 陈立',
        answers: answers(list.items),
        photoIds: [await photo('jiading')],
      }),
      201,
    );
    await ok(req('jiading', 'POST', `/sites/${hp.id}/accept`, { matching: { district: 15000, street: 15000 } }));
    // Its own program is not claimed from the federation.
    const own = await req('jiading', 'POST', '/sites/claims', {
      kind: 'health-point',
      year: 2022,
      voucherNo: 'JD001',
      voucherDocumentId: await voucher('jiading'),
      siteIds: [hp.id],
    });
    assert.deepEqual([own.statusCode, own.json().code], [409, 'district-own-program']);

    t.pinToday('2022-06-27');
    // The federation's department does not prepare it.
    const fedPrep = await req('grassrootswork', 'POST', '/payouts/batches', { programId: program.id, period: '2022-06' });
    assert.equal(fedPrep.statusCode, 403, fedPrep.body);
    assert.match(fedPrep.json().messages.zh, /嘉定区总工会编制、审核和发放/);
    const batch = await ok(req('jiading', 'POST', '/payouts/batches', { programId: program.id, period: '2022-06' }), 201);
    assert.deepEqual([batch.runBy, batch.payer.kind, batch.payer.org.id, batch.total], ['regional-union', 'regional-union', jiadingOrg, 15000]);
    assert.deepEqual(batch.abilities, { approveRights: false, approveFinance: false, markPaid: false, cancel: true });
    // The federation's rights and finance departments read it and sign nothing.
    assert.equal((await req('rights', 'POST', `/payouts/batches/${batch.id}/approve-rights`)).statusCode, 403);
    const seen = (await ok(req('rights', 'GET', '/payouts/batches'))).items.find((b: any) => b.id === batch.id);
    assert.ok(seen, 'the federation sees the district’s batch');
    assert.deepEqual(seen.abilities, { approveRights: false, approveFinance: false, markPaid: false, cancel: false });
    assert.equal((await ok(req('grassrootswork', 'GET', `/payouts/batches/${batch.id}`))).lines.length, 1);
    // The preparer does not sign; finance not before rights; two different officers sign.
    assert.equal((await req('jiading', 'POST', `/payouts/batches/${batch.id}/approve-rights`)).json().code, 'same-person');
    assert.equal((await req('jiading-finance', 'POST', `/payouts/batches/${batch.id}/approve-finance`)).json().code, 'rights-first');
    const work = await ok(req('jiading-rights', 'GET', '/me/work'));
    assert.ok(work.items.find((i: any) => i.kind === 'batch-sign').count >= 1, JSON.stringify(work.items));
    await ok(req('jiading-rights', 'POST', `/payouts/batches/${batch.id}/approve-rights`));
    assert.equal((await req('jiading-rights', 'POST', `/payouts/batches/${batch.id}/approve-finance`)).json().code, 'same-person');
    const approved = await ok(req('jiading-finance', 'POST', `/payouts/batches/${batch.id}/approve-finance`));
    assert.equal(approved.status, 'approved');
    await verifiedAccount('jiading', park.id, '嘉定工业区工会委员会', '31658800009876000');
    // Jiading registers a new account of its own (the demo's verified one is retired): not yet verified, it pays nothing.
    await ok(
      req('jiading', 'POST', '/payouts/payee-accounts', {
        orgId: jiadingOrg,
        bank: '上海银行',
        accountName: '上海市嘉定区总工会',
        accountNo: '31658800001111999',
      }),
      201,
    );
    const noOwn = await req('jiading', 'POST', `/payouts/batches/${batch.id}/pay`, { reference: 'JD2022062700002' });
    assert.equal(noOwn.json().code, 'payer-account-unverified');
    await verifiedAccount('jiading', jiadingOrg, '上海市嘉定区总工会', '31658800001111000');
    assert.equal((await req('grassrootswork', 'POST', `/payouts/batches/${batch.id}/pay`, { reference: 'JD2022062700002' })).statusCode, 403);
    const paid = await ok(req('jiading', 'POST', `/payouts/batches/${batch.id}/pay`, { reference: 'JD2022062700002' }));
    assert.deepEqual([paid.status, paid.payer.account.verified], ['paid', true]);
    // Pudong, another district, does not see Jiading's batch.
    assert.equal((await req('pudong', 'GET', `/payouts/batches/${batch.id}`)).statusCode, 404);
  });
});
