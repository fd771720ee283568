// Accounts (issues 8 and 12) through HTTP, on the database named by SHISHI_TEST_DB: only the
// security administrator manages accounts; an account records its holder; disable, enable, reset,
// change role or org, search, all audited; an initial or reset password is changed at first login;
// the payout batch's two sign-offs come from two people of two departments (000 大病职工慰问 三(五)).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { engine, startTestApp, type TestApp } from '../harness.ts';
import { httpKit } from '../kit.ts';
import { DEMO_PASSWORD, demoHolderIdNumber } from '../../src/demo/load-demo.ts';

// Every assert.ok carries a message: without one, a failing assert.ok under the tsx loader makes Node
// re-parse the source for the message and can spin forever instead of failing.
let t: TestApp;
const cookies: Record<string, string> = {};
// `req` takes a session cookie itself (null: anonymous); `as` sends as a named user.
const { req, ok } = httpKit(() => t, cookies, { cookieOf: (cookie) => cookie });
const as = (user: string, method: string, url: string, payload?: unknown) => req(cookies[user]!, method, url, payload);

const orgByFunction = async (code: string) =>
  (await t.s.database.db.selectFrom('orgs').select('id').where('function_code', '=', code).executeTakeFirstOrThrow()).id;
const accountId = async (username: string) =>
  (await t.s.database.db.selectFrom('accounts').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
const audits = (action: string, entityId: number) =>
  t.s.database.db.selectFrom('audit_log').selectAll().where('action', '=', action).where('entity_id', '=', String(entityId)).orderBy('id').execute();

/** Log in with a temporary password and replace it, as the holder does at first login. */
async function firstLogin(username: string, temporary: string, next = 'Holder@pass9') {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: temporary } });
  assert.equal(res.statusCode, 200, res.body);
  assert.equal(res.json().mustChangePassword, true);
  const cookie = `shishi_session=${res.cookies.find((c) => c.name === 'shishi_session')!.value}`;
  await ok(req(cookie, 'POST', '/auth/password', { currentPassword: temporary, newPassword: next }));
  return cookie;
}

// Valid ID numbers (GB 11643) of two people who hold no demo account.
const personA = '110101199003070038';
const personB = '110101198506150019';

before(async () => {
  t = await startTestApp({ members: 60 });
  for (const u of ['security', 'admin', 'finance', 'rights', 'pudong', 'auditor']) cookies[u] = await t.login(u);
});
after(async () => t?.close());

describe(`accounts on ${engine}`, () => {
  it('a finance officer cannot create an account for himself in the rights department; only the security administrator can', async () => {
    const rights = await orgByFunction('rights');
    const own = demoHolderIdNumber(await accountId('finance'));
    const before = await t.s.database.db
      .selectFrom('accounts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const body = {
      username: 'finance-in-rights',
      displayName: '财务干部（权益部账号）',
      role: 'department-officer',
      orgId: rights,
      idNumber: own,
      password: 'Another@pass1',
    };
    for (const user of ['finance', 'rights', 'admin', 'pudong', 'auditor']) {
      const r = await as(user, 'POST', '/accounts', body);
      assert.equal(r.statusCode, 403, `${user}: ${r.body}`);
      assert.equal(r.json().requiredPermission, 'accounts.write');
      for (const [method, url, payload] of [
        ['PATCH', `/accounts/${await accountId('finance')}`, { orgId: rights }],
        ['POST', `/accounts/${await accountId('rights')}/reset-password`, {}],
        ['POST', `/accounts/${await accountId('rights')}/disable`, { reason: '越权停用' }],
      ] as const)
        assert.equal((await as(user, method, url, payload)).statusCode, 403, `${user} ${method} ${url}`);
    }
    const afterCount = await t.s.database.db
      .selectFrom('accounts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(afterCount.n), Number(before.n));
    // Nor does the security administrator open an account for himself.
    const self = await as('security', 'POST', '/accounts', {
      ...body,
      username: 'security-in-rights',
      idNumber: demoHolderIdNumber(await accountId('security')),
    });
    assert.equal(self.statusCode, 403);
    assert.equal(self.json().code, 'own-person');
  });

  it('creates an officer account only with a valid holder ID number; the initial password is changed at first login', async () => {
    const rights = await orgByFunction('rights');
    const base = { username: 'rights-li', displayName: '权益保障部 李干部', role: 'department-officer', orgId: rights };
    const missing = await as('security', 'POST', '/accounts', base);
    assert.equal(missing.statusCode, 400);
    assert.equal(missing.json().errors[0].field, 'body.idNumber');
    const badCheck = await as('security', 'POST', '/accounts', { ...base, idNumber: '110101199003070039' });
    assert.equal(badCheck.statusCode, 400);
    assert.equal(badCheck.json().errors[0].code, 'check-digit');
    const wrongKind = await as('security', 'POST', '/accounts', { ...base, orgId: await orgByFunction('mutual-aid-centre'), idNumber: personA });
    assert.equal(wrongKind.json().errors[0].field, 'body.orgId');

    const created = await ok(as('security', 'POST', '/accounts', { ...base, idNumber: personA }), 201);
    assert.match(created.temporaryPassword, /^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}$/);
    const row = await t.s.database.db.selectFrom('accounts').selectAll().where('id', '=', created.id).executeTakeFirstOrThrow();
    assert.equal(row.must_change_password, true);
    assert.equal(row.holder_id_masked, '110***********0038');
    assert.ok(!row.holder_id_cipher!.includes(personA), 'the holder ID number is sealed');
    const trail = await audits('account.create', created.id);
    assert.equal(trail.length, 1);
    assert.ok(!JSON.stringify(trail).includes(personA), 'the audit trail has the masked number only');
    assert.ok(!JSON.stringify(trail).includes(created.temporaryPassword), 'no password in the audit trail');

    // At first login only who-am-I, change-password and logout answer.
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'rights-li', password: created.temporaryPassword } });
    assert.equal(login.json().mustChangePassword, true);
    const cookie = `shishi_session=${login.cookies.find((c) => c.name === 'shishi_session')!.value}`;
    const me = await ok(req(cookie, 'GET', '/auth/me'));
    assert.equal(me.mustChangePassword, true);
    for (const url of ['/orgs/root', '/payouts/batches', '/me/notifications']) {
      const r = await req(cookie, 'GET', url);
      assert.equal(r.statusCode, 403, url);
      assert.equal(r.json().code, 'password-change-required');
    }
    const same = await req(cookie, 'POST', '/auth/password', { currentPassword: created.temporaryPassword, newPassword: created.temporaryPassword });
    assert.equal(same.json().errors[0].code, 'same-password');
    await ok(req(cookie, 'POST', '/auth/password', { currentPassword: created.temporaryPassword, newPassword: 'Holder@pass9' }));
    assert.equal((await ok(req(cookie, 'GET', '/auth/me'))).mustChangePassword, false);
    assert.equal((await req(cookie, 'GET', '/payouts/batches')).statusCode, 200, 'works once the password is the holder’s own');
  });

  it('disables an account (ending its sessions at once, cached or not) and enables it again, audited', async () => {
    const id = await accountId('rights');
    const cookie = cookies.rights!;
    assert.equal((await req(cookie, 'GET', '/auth/me')).statusCode, 200); // now in the session cache
    const noReason = await as('security', 'POST', `/accounts/${id}/disable`, {});
    assert.equal(noReason.json().errors[0].field, 'body.reason');
    const disabled = await ok(as('security', 'POST', `/accounts/${id}/disable`, { reason: '调离岗位' }));
    assert.equal(disabled.status, 'disabled');
    assert.equal(disabled.sessionsEnded, 1);
    assert.equal((await req(cookie, 'GET', '/auth/me')).statusCode, 401, 'the cached session ended with the disable');
    assert.equal((await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'rights', password: DEMO_PASSWORD } })).statusCode, 401);
    assert.equal((await as('security', 'POST', `/accounts/${id}/disable`, { reason: '再次停用' })).json().code, 'already-disabled');
    assert.equal((await ok(as('security', 'POST', `/accounts/${id}/enable`))).status, 'active');
    cookies.rights = await t.login('rights');
    const [d] = await audits('account.disable', id);
    assert.equal((d!.after as any).reason, '调离岗位');
    assert.equal((await audits('account.enable', id)).length, 1);
    // One's own account is another administrator's job.
    const own = await as('security', 'POST', `/accounts/${await accountId('security')}/disable`, { reason: '自己停用自己' });
    assert.equal(own.statusCode, 409);
    assert.equal(own.json().code, 'own-account');
  });

  it('resets a password: a temporary one shown once, every session ends, the old password stops working', async () => {
    const id = await accountId('pudong');
    const second = await t.login('pudong');
    const reset = await ok(as('security', 'POST', `/accounts/${id}/reset-password`));
    assert.equal(reset.sessionsEnded, 2);
    assert.equal((await req(cookies.pudong!, 'GET', '/auth/me')).statusCode, 401);
    assert.equal((await req(second, 'GET', '/auth/me')).statusCode, 401);
    assert.equal((await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'pudong', password: DEMO_PASSWORD } })).statusCode, 401);
    const fresh = await firstLogin('pudong', reset.temporaryPassword, DEMO_PASSWORD + 'x');
    assert.equal((await req(fresh, 'GET', '/orgs/root')).statusCode, 200);
    const [trail] = await audits('account.reset-password', id);
    assert.ok(!JSON.stringify(trail).includes(reset.temporaryPassword), 'no password in the audit trail');
    // The account list says who still has to change a password.
    const listed = await ok(as('security', 'GET', `/accounts?q=pudong`));
    assert.equal(listed.items[0].mustChangePassword, false);
    cookies.pudong = fresh;
  });

  it('changes role or org (validated against the org kind), ending the sessions; the new rights apply at the next login', async () => {
    const id = await accountId('jiading');
    const jiadingCookie = await t.login('jiading');
    const zhangjiang = (await t.s.database.db.selectFrom('accounts').select('org_id').where('username', '=', 'zhangjiang').executeTakeFirstOrThrow()).org_id!;
    const mismatch = await as('security', 'PATCH', `/accounts/${id}`, { role: 'street-officer' });
    assert.equal(mismatch.statusCode, 400);
    assert.equal(mismatch.json().errors[0].code, 'role-org-kind');
    assert.equal((await as('security', 'PATCH', `/accounts/${id}`, {})).statusCode, 400);
    const moved = await ok(as('security', 'PATCH', `/accounts/${id}`, { role: 'street-officer', orgId: zhangjiang }));
    assert.equal(moved.role, 'street-officer');
    assert.equal(moved.sessionsEnded, 1);
    assert.equal((await req(jiadingCookie, 'GET', '/auth/me')).statusCode, 401);
    const me = await ok(req(await t.login('jiading'), 'GET', '/auth/me'));
    assert.equal(me.role, 'street-officer');
    const [trail] = await audits('account.update', id);
    assert.equal((trail!.before as any).role, 'regional-officer');
    assert.equal((trail!.after as any).orgId, zhangjiang);
    // A name change alone keeps the sessions.
    const renamed = await ok(as('security', 'PATCH', `/accounts/${id}`, { displayName: '张江园区工会干部（原嘉定）' }));
    assert.equal(renamed.sessionsEnded, 0);
  });

  it('records a missing holder once; a recorded holder never changes', async () => {
    const grassroots = (await t.s.database.db.selectFrom('accounts').select('org_id').where('username', '=', 'grassroots').executeTakeFirstOrThrow()).org_id!;
    const hash = (await t.s.database.db.selectFrom('accounts').select('password_hash').where('username', '=', 'admin').executeTakeFirstOrThrow()).password_hash;
    const legacy = await t.s.database.db
      .insertInto('accounts')
      .values({ username: 'legacy', display_name: '旧账号', role: 'grassroots-officer', org_id: grassroots, password_hash: hash })
      .returning('id')
      .executeTakeFirstOrThrow();
    const set = await ok(as('security', 'PATCH', `/accounts/${legacy.id}`, { idNumber: personB }));
    assert.equal(set.holderIdMasked, '110***********0019');
    const change = await as('security', 'PATCH', `/accounts/${legacy.id}`, { idNumber: personA });
    assert.equal(change.statusCode, 409);
    assert.equal(change.json().code, 'holder-recorded');
  });

  it('searches by name, by holder ID number, by role and status, within the caller’s scope; a search is audited with the number masked', async () => {
    const byName = await ok(as('security', 'GET', '/accounts?q=rights-li'));
    assert.deepEqual(
      byName.items.map((a: any) => a.username),
      ['rights-li'],
    );
    const byHolder = await ok(as('security', 'GET', `/accounts?q=${personA}`));
    assert.deepEqual(
      byHolder.items.map((a: any) => a.username),
      ['rights-li'],
    );
    assert.equal(byHolder.items[0].holderIdMasked, '110***********0038');
    const officers = await ok(as('security', 'GET', '/accounts?role=department-officer&pageSize=200'));
    assert.ok(officers.items.every((a: any) => a.role === 'department-officer') && officers.total >= 4, JSON.stringify(officers.items.map((a: any) => a.role)));
    const trail = await t.s.database.db.selectFrom('audit_log').select(['after']).where('action', '=', 'account.search').orderBy('id').execute();
    assert.ok(trail.length >= 3, `${trail.length} searches audited`);
    assert.ok(!JSON.stringify(trail).includes(personA), 'the ID number is masked in the trail');
    assert.ok(JSON.stringify(trail).includes('110***********0038'), 'the masked number is in the trail');
    // A regional officer (accounts.read) sees accounts of its own subtree only.
    const pudong = await ok(as('pudong', 'GET', '/accounts?pageSize=200'));
    assert.ok(
      pudong.items.length > 0 && pudong.items.every((a: any) => !['rights', 'security', 'finance'].includes(a.username)),
      JSON.stringify(pudong.items.map((a: any) => a.username)),
    );
    assert.equal((await as('pudong', 'GET', `/accounts/${await accountId('rights')}`)).statusCode, 404);
    assert.equal((await as('pudong', 'GET', `/accounts/${await accountId('grassroots')}`)).json().abilities.disable, false);
  });

  it('a payout batch’s two sign-offs need two different people of two different departments (000 大病职工慰问 三(五))', async () => {
    const db = t.s.database.db;
    const batch = await db.selectFrom('payout_batches').select(['id', 'status']).where('status', '=', 'prepared').orderBy('id').executeTakeFirstOrThrow();
    // One person (personA already holds rights-li) gets a second account, in finance.
    const finance = await orgByFunction('finance');
    const twin = await ok(
      as('security', 'POST', '/accounts', {
        username: 'finance-li',
        displayName: '财务资产管理部 李干部',
        role: 'department-officer',
        orgId: finance,
        idNumber: personA,
      }),
      201,
    );
    const rightsLi = await t.login('rights-li', 'Holder@pass9');
    const financeLi = await firstLogin('finance-li', twin.temporaryPassword);
    await ok(req(rightsLi, 'POST', `/payouts/batches/${batch.id}/approve-rights`));
    assert.equal((await ok(req(financeLi, 'GET', `/payouts/batches/${batch.id}`))).abilities.approveFinance, false, 'the UI hides what the rule refuses');
    const twice = await req(financeLi, 'POST', `/payouts/batches/${batch.id}/approve-finance`);
    assert.equal(twice.statusCode, 409, twice.body);
    assert.equal(twice.json().code, 'same-person');
    assert.match(twice.json().messages.zh, /不同的人/);

    // An account without a recorded holder cannot sign: the rule could not be checked.
    const hash = (await db.selectFrom('accounts').select('password_hash').where('username', '=', 'admin').executeTakeFirstOrThrow()).password_hash;
    await db
      .insertInto('accounts')
      .values({ username: 'finance-anon', display_name: '财务（未登记持有人）', role: 'department-officer', org_id: finance, password_hash: hash })
      .execute();
    const anon = await req(await t.login('finance-anon'), 'POST', `/payouts/batches/${batch.id}/approve-finance`);
    assert.equal(anon.json().code, 'signer-unidentified');

    // The rights signer moved into finance: the second sign-off would come from the same department.
    const rightsLiId = await accountId('rights-li');
    await ok(as('security', 'PATCH', `/accounts/${rightsLiId}`, { orgId: finance }));
    const sameDept = await as('finance', 'POST', `/payouts/batches/${batch.id}/approve-finance`);
    assert.equal(sameDept.statusCode, 409);
    assert.equal(sameDept.json().code, 'same-department');
    await ok(as('security', 'PATCH', `/accounts/${rightsLiId}`, { orgId: await orgByFunction('rights') }));

    // A different person in finance signs.
    assert.equal((await ok(as('finance', 'POST', `/payouts/batches/${batch.id}/approve-finance`))).status, 'approved');
  });
});
