// The officer's back office through HTTP (issue 12 §2–3), on the database named by SHISHI_TEST_DB:
// 待办 counts in scope, a returned unit application corrected and resubmitted or withdrawn, the batch
// signed rights first then finance with a payment reference, accounts' first-login change and
// disable/enable audited, and the audit log exported as a real .xlsx in Chinese.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { engine, multipart, startTestApp, type TestApp } from '../harness.ts';
import { httpKit } from '../kit.ts';
import { pdf } from '../../src/demo/applications-data.ts';

let t: TestApp;
const cookies: Record<string, string> = {};
const programs: Record<string, number> = {};
const on = (day: string) => t.pinToday(day);
// `user` is a demo username or, for an account made in the test, its cookie.
const { req, ok } = httpKit(() => t, cookies, { cookieOf: (user) => cookies[user] ?? user });
const work = async (user: string) => {
  const w = await ok(req(user, 'GET', '/me/work'));
  return Object.fromEntries(w.items.map((i: any) => [i.kind, i])) as Record<string, { count: number; overdue: number; link: string; label: { zh: string } }>;
};
async function upload(user: string, type: string) {
  const mp = multipart({ type }, { name: `${type}.pdf`, content: pdf(type), type: 'application/pdf' });
  const r = await t.app.inject({ method: 'POST', url: '/api/v1/documents', payload: mp.payload, headers: { ...mp.headers, cookie: cookies[user]! } });
  assert.equal(r.statusCode, 201, r.body);
  return r.json().id as number;
}
const technician = (certificateNo: string) => ({
  role: 'worker',
  newLevel: 'senior-technician',
  certificateNo,
  certificateIssuedOn: '2017-12-01',
  certificateIssuer: 'shanghai-hrss',
});

before(async () => {
  t = await startTestApp({ members: 200 });
  for (const u of ['admin', 'auditor', 'member', 'grassroots', 'pudong', 'jiading', 'grassrootswork', 'rights', 'finance', 'security'])
    cookies[u] = await t.login(u);
  for (const p of (await req('member', 'GET', '/programs?year=2018')).json().items) programs[p.program] = p.id;
});
after(async () => {
  t?.pinToday();
  await t?.close();
});

describe(`back office on ${engine}`, () => {
  let unitId = 0;
  it('待办: a member applies; the regional union sees it at its step, Jiading does not; the grassroots union sees its own step', async () => {
    on('2018-04-02');
    const before = { pudong: (await work('pudong')).review!.count, jiading: (await work('jiading')).review!.count };
    const doc = await upload('member', 'certificate');
    await ok(
      req('member', 'POST', '/applications', { programId: programs['skill-promotion-award'], form: technician('BO-2018-0001'), documentIds: [doc] }),
      201,
    );
    const pudong = await work('pudong');
    assert.equal(pudong.review!.count, before.pudong + 1);
    assert.equal(pudong.review!.link, '/applications/queue');
    assert.equal(pudong.review!.label.zh, '待我审核的申请');
    assert.equal((await work('jiading')).review!.count, before.jiading, 'out of scope is not counted');
    // A member has no 待办; the security administrator has none of these kinds.
    assert.deepEqual((await ok(req('member', 'GET', '/me/work'))).items, []);
    assert.equal((await work('security')).review, undefined);

    const g0 = (await work('grassroots')).review!.count;
    const cert = await upload('grassroots', 'certificate');
    const colleague = (await ok(req('grassroots', 'GET', '/members?pageSize=1'))).items[0].personId;
    const a = await ok(
      req('grassroots', 'POST', '/applications', {
        programId: programs['skill-promotion-award'],
        personId: colleague,
        form: { ...technician('BO-2018-0002'), newLevel: 'technician' },
        documentIds: [cert],
      }),
      201,
    );
    unitId = a.id;
    assert.equal((await work('grassroots')).review!.count, g0 + 1);
    // Past its time limit the step counts as overdue.
    on('2018-06-29');
    assert.ok((await work('grassroots')).review!.overdue >= 1);
    on('2018-04-02');
  });

  it('a returned unit application: the filing union corrects and resubmits it, or withdraws it; both audited', async () => {
    const r0 = (await work('grassroots')).returned!.count;
    await ok(req('grassroots', 'POST', `/applications/${unitId}/return`, { reason: '证书复印件不清晰' }));
    const w = await work('grassroots');
    assert.equal(w.returned!.count, r0 + 1);
    assert.equal(w.returned!.link, '/applications?status=returned');
    const detail = await ok(req('grassroots', 'GET', `/applications/${unitId}`));
    assert.deepEqual([detail.abilities.resubmit, detail.abilities.withdraw], [true, true]);
    assert.equal((await ok(req('jiading', 'GET', '/me/work'))).items.find((i: any) => i.kind === 'returned').count, 0);
    const re = await ok(req('grassroots', 'POST', `/applications/${unitId}/resubmit`, { form: detail.form, comment: '已换清晰件' }));
    assert.equal(re.status, 'in-review');
    assert.equal((await work('grassroots')).returned!.count, r0);
    await ok(req('grassroots', 'POST', `/applications/${unitId}/return`, { reason: '仍缺少单位盖章' }));
    const wd = await ok(req('grassroots', 'POST', `/applications/${unitId}/withdraw`));
    assert.equal(wd.status, 'withdrawn');
    assert.equal((await req('grassroots', 'POST', `/applications/${unitId}/resubmit`, { form: detail.form })).json().code, 'not-returned');
    const trail = await t.s.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'application')
      .where('entity_id', '=', String(unitId))
      .orderBy('id')
      .execute();
    assert.deepEqual(
      trail.map((x) => x.action),
      ['application.submit', 'application.return', 'application.resubmit', 'application.return', 'application.withdraw'],
    );
  });

  it('a batch goes to rights first, then finance; 待办 follows; paying needs a payment reference', async () => {
    const skill = programs['skill-promotion-award']!;
    on('2018-04-25');
    const b = await ok(req('grassrootswork', 'POST', '/payouts/batches', { programId: skill, period: '2018-04' }), 201);
    assert.match(b.statusName.zh, /权益保障部/);
    assert.ok((await work('rights'))['batch-sign']!.count >= 1);
    const f0 = (await work('finance'))['batch-sign']!.count;
    assert.equal((await ok(req('finance', 'GET', `/payouts/batches/${b.id}`))).abilities.approveFinance, false, 'finance waits for rights');
    const early = await req('finance', 'POST', `/payouts/batches/${b.id}/approve-finance`);
    assert.equal(early.statusCode, 409);
    assert.equal(early.json().code, 'rights-first');
    assert.match(early.json().messages.zh, /须先经权益保障部审核/);
    assert.match(early.json().messages.en, /rights department before finance/);
    await ok(req('rights', 'POST', `/payouts/batches/${b.id}/approve-rights`));
    assert.equal((await work('finance'))['batch-sign']!.count, f0 + 1);
    assert.equal((await ok(req('finance', 'POST', `/payouts/batches/${b.id}/approve-finance`))).status, 'approved');
    assert.ok((await work('grassrootswork'))['batch-pay']!.count >= 1);
    const noRef = await req('grassrootswork', 'POST', `/payouts/batches/${b.id}/pay`, {});
    assert.equal(noRef.statusCode, 400, noRef.body);
    assert.equal(noRef.json().errors[0].field, 'body.reference');
    const paid = await ok(req('grassrootswork', 'POST', `/payouts/batches/${b.id}/pay`, { reference: 'CARD-2018-05-009' }));
    assert.equal(paid.paymentReference, 'CARD-2018-05-009');
  });

  it('an account created by the security administrator must change its password first; disable and enable are audited', async () => {
    const root = (await ok(req('grassroots', 'GET', '/orgs/root'))).id;
    const acc = await ok(
      req('security', 'POST', '/accounts', {
        username: 'bo-new',
        displayName: '新干部',
        role: 'grassroots-officer',
        orgId: root,
        idNumber: '11010519491231002X',
      }),
      201,
    );
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'bo-new', password: acc.temporaryPassword } });
    assert.equal(login.json().mustChangePassword, true);
    cookies.fresh = `shishi_session=${login.cookies.find((c) => c.name === 'shishi_session')!.value}`;
    const refused = await req('fresh', 'GET', '/me/work');
    assert.equal(refused.statusCode, 403);
    assert.equal(refused.json().code, 'password-change-required');
    await ok(req('fresh', 'POST', '/auth/password', { currentPassword: acc.temporaryPassword, newPassword: 'Fresh@pass9x' }));
    await ok(req('fresh', 'GET', '/me/work'));
    await ok(req('security', 'POST', `/accounts/${acc.id}/disable`, { reason: '调离岗位' }));
    assert.equal((await req('fresh', 'GET', '/me/work')).statusCode, 401);
    await ok(req('security', 'POST', `/accounts/${acc.id}/enable`));
    const trail = await t.s.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', String(acc.id))
      .where('action', 'like', 'account.%')
      .orderBy('id')
      .execute();
    assert.deepEqual(
      trail.map((x) => x.action).filter((a) => a === 'account.disable' || a === 'account.enable'),
      ['account.disable', 'account.enable'],
    );
  });

  it('the audit log in Chinese: actions and objects named, filtered by action and org, exported as .xlsx; the login log by result', async () => {
    const page = await ok(req('auditor', 'GET', '/audit?action=account.disable'));
    const e = page.items.find((i: any) => i.object.includes('bo-new'));
    assert.ok(e, JSON.stringify(page.items.slice(0, 2)));
    assert.equal(e.actionName.zh, '停用账号');
    assert.equal(e.object, '新干部（bo-new）');
    assert.equal(e.entityName.zh, '账号');
    const actions = await ok(req('auditor', 'GET', '/audit/actions'));
    assert.equal(actions.items.find((a: any) => a.code === 'application.withdraw').name.zh, '撤回申请');
    const jiading = (await ok(req('jiading', 'GET', '/orgs/root'))).id;
    const inJiading = await ok(req('auditor', 'GET', `/audit?orgId=${jiading}&pageSize=200`));
    const all = await ok(req('auditor', 'GET', '/audit?pageSize=1'));
    assert.ok(inJiading.total > 0 && inJiading.total < all.total, 'the org filter narrows to its subtree');
    assert.ok(!inJiading.items.some((i: any) => i.object === '新干部（bo-new）'), 'an account of another union is not in Jiading’s entries');
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const x = await req('auditor', 'GET', `/audit/export.xlsx?from=${today}&to=${today}&action=application`);
    assert.equal(x.statusCode, 200, x.body);
    assert.match(String(x.headers['content-type']), /spreadsheetml/);
    assert.match(String(x.headers['content-disposition']), /filename\*=UTF-8''/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as any);
    const ws = wb.worksheets[0]!;
    assert.equal(ws.name, '操作日志');
    assert.deepEqual((ws.getRow(1).values as unknown[]).slice(1, 5), ['时间', '操作人', '操作', '对象']);
    const acts = new Set<string>();
    ws.eachRow((r, n) => {
      if (n > 1) acts.add(String(r.getCell(3).value));
    });
    assert.ok(acts.has('撤回申请') && acts.has('补正后重新提交申请'), [...acts].join(','));
    assert.equal((await req('grassroots', 'GET', '/audit/export.xlsx')).statusCode, 403);

    await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'bo-new', password: 'wrong-password' } });
    const failed = await ok(req('security', 'GET', `/login-log?success=false&from=${today}&to=${today}`));
    assert.ok(failed.items.length >= 1 && failed.items.every((i: any) => i.success === false));
    const lx = await req('security', 'GET', '/login-log/export.xlsx?success=false');
    assert.equal(lx.statusCode, 200);
    const lwb = new ExcelJS.Workbook();
    await lwb.xlsx.load(lx.rawPayload as any);
    assert.equal(lwb.worksheets[0]!.getRow(2).getCell(4).value, '失败');
  });
});
