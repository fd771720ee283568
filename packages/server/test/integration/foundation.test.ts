// The foundation through HTTP, on the database named by SHISHI_TEST_DB (pglite | postgres).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { engine, startTestApp, type TestApp } from '../harness.ts';
import { httpKit } from '../kit.ts';
import { demoMember } from '../../src/demo/load-demo.ts';
import { idCheckCharacter } from '../../src/platform/identifiers.ts';

const validId = (first17: string) => first17 + idCheckCharacter(first17);

let t: TestApp;
const cookies: Record<string, string> = {};

before(async () => {
  t = await startTestApp({ members: 400 });
  for (const u of ['admin', 'pudong', 'jiading', 'grassroots', 'auditor', 'member', 'security']) cookies[u] = await t.login(u);
});
after(async () => t?.close());

const { req } = httpKit(() => t, cookies);

async function orgIdByName(name: string) {
  const r = await t.s.database.db.selectFrom('orgs').select('id').where('name', '=', name).executeTakeFirstOrThrow();
  return r.id;
}
async function aJiadingMember() {
  const r = await t.s.database.db
    .selectFrom('memberships')
    .innerJoin('orgs', 'orgs.id', 'memberships.org_id')
    .select(['memberships.person_id'])
    .where(
      'orgs.path',
      'like',
      `${(await t.s.database.db.selectFrom('orgs').select('path').where('short_name', '=', '嘉定区').executeTakeFirstOrThrow()).path}%`,
    )
    .where('memberships.status', '=', 'active')
    .executeTakeFirstOrThrow();
  return r.person_id;
}

describe(`foundation on ${engine}`, () => {
  it('answers health and publishes OpenAPI 3.1 without a session', async () => {
    const h = await req(null, 'GET', '/health');
    assert.equal(h.statusCode, 200);
    assert.equal(h.json().database, engine);
    const o = await req(null, 'GET', '/openapi.json');
    assert.equal(o.json().openapi, '3.1.0');
    assert.ok(o.json().paths['/api/v1/members']);
    assert.ok(o.json().paths['/api/v1/auth/login'].post);
  });

  it('refuses unauthenticated calls and forged cookies with 401 and no data', async () => {
    for (const cookie of [undefined, 'shishi_session=forged-token-value', 'shishi_session=']) {
      const r = await t.app.inject({ method: 'GET', url: '/api/v1/members', headers: cookie ? { cookie } : {} });
      assert.equal(r.statusCode, 401);
      assert.match(r.headers['content-type'] as string, /application\/problem\+json/);
      assert.equal(r.json().items, undefined);
    }
  });

  it('names the field of bad input in zh-CN by default and in English on request', async () => {
    const zh = await req(null, 'POST', '/auth/login', { username: 'admin' });
    assert.equal(zh.statusCode, 400);
    assert.equal(zh.json().errors[0].field, 'body.password');
    assert.match(zh.json().title, /请求/);
    const en = await req(null, 'POST', '/auth/login', { username: 'admin' }, { 'accept-language': 'en-US,en;q=0.9' });
    assert.equal(en.json().title, 'The request is not valid');
    assert.ok(en.json().errors[0].messages.zh && en.json().errors[0].messages.en);
  });

  it('locks an account after 5 failed logins and logs every attempt', async () => {
    for (let i = 1; i <= 4; i++) {
      const r = await req(null, 'POST', '/auth/login', { username: 'jiading', password: 'wrong' });
      assert.equal(r.statusCode, 401);
      assert.equal(r.json().remainingAttempts, 5 - i);
    }
    const locked = await req(null, 'POST', '/auth/login', { username: 'jiading', password: 'wrong' });
    assert.equal(locked.statusCode, 423);
    assert.equal(locked.json().code, 'account-locked');
    // Even the right password is refused while locked.
    const still = await req(null, 'POST', '/auth/login', { username: 'jiading', password: 'Shishi@demo1' });
    assert.equal(still.statusCode, 423);
    const log = await t.s.database.db.selectFrom('login_log').select(['success', 'reason']).where('username', '=', 'jiading').execute();
    assert.ok(log.filter((l) => !l.success).length >= 6);
    // The security administrator unlocks it.
    const acc = await t.s.database.db.selectFrom('accounts').select('id').where('username', '=', 'jiading').executeTakeFirstOrThrow();
    assert.equal((await req('security', 'POST', `/accounts/${acc.id}/unlock`)).statusCode, 200);
    assert.equal((await req(null, 'POST', '/auth/login', { username: 'jiading', password: 'Shishi@demo1' })).statusCode, 200);
  });

  it('an unknown user gets the same answer as a wrong password', async () => {
    const r = await req(null, 'POST', '/auth/login', { username: 'nobody', password: 'x' });
    assert.equal(r.statusCode, 401);
    assert.equal(r.json().code, 'bad-credentials');
  });

  it('scopes members to the officer’s subtree: Pudong cannot read or change a Jiading member', async () => {
    const jiadingPerson = await aJiadingMember();
    assert.equal((await req('jiading', 'GET', `/members/${jiadingPerson}`)).statusCode, 200);
    const read = await req('pudong', 'GET', `/members/${jiadingPerson}`);
    assert.equal(read.statusCode, 404);
    assert.equal(read.json().name, undefined);
    assert.equal((await req('pudong', 'PATCH', `/members/${jiadingPerson}`, { name: '改名' })).statusCode, 404);
    assert.equal((await req('pudong', 'POST', `/members/${jiadingPerson}/reveal`)).statusCode, 404);
    assert.equal((await req('pudong', 'POST', `/members/${jiadingPerson}/transfer`, { toOrgId: 1, date: '2025-01-01' })).statusCode, 404);
    // Every member Pudong lists is in Pudong.
    const list = await req('pudong', 'GET', '/members?pageSize=200');
    const pudongPath = (await t.s.database.db.selectFrom('orgs').select('path').where('short_name', '=', '浦东新区').executeTakeFirstOrThrow()).path;
    const inPudong = new Set((await t.s.database.db.selectFrom('orgs').select('id').where('path', 'like', `${pudongPath}%`).execute()).map((o) => o.id));
    assert.ok(list.json().total > 0);
    for (const m of list.json().items) assert.ok(inPudong.has(m.orgId), `${m.orgName} is not in Pudong`);
    // Searching by a Jiading member's member number finds nothing for Pudong.
    const jm = await t.s.database.db.selectFrom('memberships').select('member_no').where('person_id', '=', jiadingPerson).executeTakeFirstOrThrow();
    assert.equal((await req('pudong', 'GET', `/members?q=${jm.member_no}`)).json().total, 0);
    assert.equal((await req('jiading', 'GET', `/members?q=${jm.member_no}`)).json().total, 1);
  });

  it('scopes orgs: Pudong cannot see or create under Jiading', async () => {
    const jiadingId = await orgIdByName('嘉定区总工会');
    assert.equal((await req('pudong', 'GET', `/orgs/${jiadingId}`)).statusCode, 404);
    const c = await req('pudong', 'POST', '/orgs', { parentId: jiadingId, kind: 'street', name: '越权街道工会' });
    assert.equal(c.statusCode, 404);
    const root = await req('pudong', 'GET', '/orgs/root');
    assert.equal(root.json().name, '浦东新区总工会');
    const children = await req('pudong', 'GET', `/orgs?parentId=${root.json().id}`);
    assert.ok(children.json().items.length > 0);
  });

  it('masks ID numbers and phones in lists; a reveal shows them and is audited', async () => {
    const list = await req('grassroots', 'GET', `/members?q=${demoMember.name}`);
    const row = list.json().items.find((m: any) => m.name === demoMember.name);
    assert.ok(row);
    assert.equal(row.idNumber, '310***********6515');
    assert.equal(row.mobile, '138****8000');
    const rev = await req('grassroots', 'POST', `/members/${row.personId}/reveal`);
    assert.equal(rev.json().idNumber, demoMember.idNumber);
    const audit = await t.s.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'member.reveal')
      .where('entity_id', '=', String(row.personId))
      .execute();
    assert.equal(audit.length, 1);
    assert.equal(audit[0]!.actor_name, 'grassroots');
    // The auditor reads lists but may not reveal.
    assert.equal((await req('auditor', 'POST', `/members/${row.personId}/reveal`)).statusCode, 403);
    // Search by the full ID number works (blind index), without the number being stored in clear.
    assert.equal((await req('grassroots', 'GET', `/members?q=${demoMember.idNumber}`)).json().total, 1);
    const stored = await t.s.database.db.selectFrom('persons').select(['id_cipher', 'id_hash']).where('id', '=', row.personId).executeTakeFirstOrThrow();
    assert.ok(!stored.id_cipher.includes(demoMember.idNumber) && !stored.id_hash.includes(demoMember.idNumber));
  });

  it('validates a new member’s ID number (check digit) and refuses a second record for one person', async () => {
    const orgId = await orgIdByName('上海张江芯源微电子有限公司工会');
    const bad = await req('grassroots', 'POST', '/members', { name: '王五', idNumber: '110105194912310021', orgId, joinedOn: '2020-01-01' });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().errors[0].field, 'body.idNumber');
    assert.equal(bad.json().errors[0].code, 'id-check-digit');
    assert.match(bad.json().errors[0].messages.zh, /校验位/);
    assert.match(bad.json().errors[0].messages.en, /check digit/);
    const ok = await req('grassroots', 'POST', '/members', {
      name: '王五',
      idNumber: '11010519491231002x',
      mobile: '+86 139 0000 1111',
      orgId,
      joinedOn: '2020-01-01',
      categories: ['craftsman'],
    });
    assert.equal(ok.statusCode, 201, ok.body);
    const dup = await req('grassroots', 'POST', '/members', { name: '王五', idNumber: '11010519491231002X', orgId, joinedOn: '2021-01-01' });
    assert.equal(dup.statusCode, 409);
    assert.equal(dup.json().code, 'duplicate-person');
    const patched = await req('grassroots', 'PATCH', `/members/${ok.json().personId}`, { mobile: '13900002222', categories: ['craftsman', 'model-worker'] });
    assert.equal(patched.statusCode, 200, patched.body);
    assert.equal(patched.json().mobile, '139****2222');
    // The card is not an editable field (issue 9 §1): it changes by its events.
    const cardEdit = await req('grassroots', 'PATCH', `/members/${ok.json().personId}`, { cardStatus: 'active' });
    assert.equal(cardEdit.statusCode, 400);
    assert.equal(cardEdit.json().errors[0].field, 'body.cardStatus');
    for (const event of ['issue', 'activate'])
      assert.equal((await req('grassroots', 'POST', `/members/${ok.json().personId}/card/events`, { event, date: '2024-05-10' })).statusCode, 201);
    assert.equal((await req('grassroots', 'GET', `/members/${ok.json().personId}`)).json().current.cardStatus, 'active');
    const badPatch = await req('grassroots', 'PATCH', `/members/${ok.json().personId}`, { mobile: '1390000' });
    assert.equal(badPatch.statusCode, 400);
    assert.equal(badPatch.json().errors[0].field, 'body.mobile');
    const detail = await req('grassroots', 'GET', `/members/${ok.json().personId}`);
    assert.equal(detail.json().birthDate, '1949-12-31');
    assert.equal(detail.json().sex, 'female');
    assert.equal(detail.json().mobile, '139****2222');
    const upd = await t.s.database.db
      .selectFrom('audit_log')
      .select(['before', 'after'])
      .where('action', '=', 'member.update')
      .where('entity_id', '=', String(ok.json().personId))
      .executeTakeFirstOrThrow();
    assert.equal((upd.before as any).mobile, '139****1111');
    assert.equal((upd.after as any).mobile, '139****2222');
    const audit = await t.s.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'member.create')
      .where('entity_id', '=', String(ok.json().personId))
      .executeTakeFirstOrThrow();
    assert.ok(!JSON.stringify(audit).includes('11010519491231002X'), 'no full ID number in the audit trail');
    assert.ok(!JSON.stringify(audit).includes('13900001111'), 'no full mobile in the audit trail');
  });

  it('a transfer keeps the history, and the member moves out of the old union’s scope', async () => {
    const from = await orgIdByName('上海张江芯源微电子有限公司工会');
    const created = await req('grassroots', 'POST', '/members', { name: '赵六', idNumber: validId('31010119800101001'), orgId: from, joinedOn: '2010-03-01' });
    assert.equal(created.statusCode, 201, created.body);
    const personId = created.json().personId;
    const target = await t.s.database.db
      .selectFrom('orgs')
      .select('id')
      .where('kind', '=', 'grassroots')
      .where('path', 'like', `${(await t.s.database.db.selectFrom('orgs').select('path').where('short_name', '=', '嘉定区').executeTakeFirstOrThrow()).path}%`)
      .executeTakeFirstOrThrow();
    const tr = await req('grassroots', 'POST', `/members/${personId}/transfer`, { toOrgId: target.id, date: '2024-07-01' });
    assert.equal(tr.statusCode, 200, tr.body);
    const seenByJiading = await req('jiading', 'GET', `/members/${personId}`);
    assert.equal(seenByJiading.statusCode, 200);
    assert.equal(seenByJiading.json().history.length, 2);
    assert.equal(seenByJiading.json().history.find((h: any) => h.status === 'transferred').leftOn, '2024-07-01');
    // The old union keeps its own history row only; the person's record is now the new union's (issue 8 §2: 404, as out of scope).
    assert.equal((await req('grassroots', 'GET', `/members/${personId}`)).statusCode, 404);
    const oldHistory = (await req('grassroots', 'GET', `/members/${personId}/history`)).json();
    assert.deepEqual(
      oldHistory.history.map((h: any) => h.status),
      ['transferred'],
    );
    assert.equal((await req('grassroots', 'PATCH', `/members/${personId}`, { name: 'x' })).statusCode, 404);
  });

  it('writes an audit entry for every org change, readable by the auditor only', async () => {
    const root = (await req('pudong', 'GET', '/orgs/root')).json();
    const c = await req('pudong', 'POST', '/orgs', { parentId: root.id, kind: 'street', name: '测试街道工会' });
    assert.equal(c.statusCode, 201, c.body);
    const u = await req('pudong', 'PATCH', `/orgs/${c.json().id}`, { shortName: '测试' });
    assert.equal(u.statusCode, 200);
    const d = await req('pudong', 'POST', `/orgs/${c.json().id}/deactivate`);
    assert.equal(d.json().status, 'inactive');
    const audit = await req('auditor', 'GET', `/audit?entity=org&entityId=${c.json().id}`);
    assert.equal(audit.statusCode, 200);
    assert.deepEqual(
      audit
        .json()
        .items.map((e: any) => e.action)
        .sort(),
      ['org.create', 'org.deactivate', 'org.update'],
    );
    const upd = audit.json().items.find((e: any) => e.action === 'org.update');
    assert.equal(upd.before.shortName, null);
    assert.equal(upd.after.shortName, '测试');
    assert.equal(upd.actor, 'pudong');
    assert.equal((await req('pudong', 'GET', '/audit')).statusCode, 403);
    assert.equal((await req('admin', 'GET', '/audit')).statusCode, 403, 'the system administrator does not read the audit trail');
    // The trail cannot be changed, even by the application's own database user.
    await assert.rejects(sql`update audit_log set summary = 'x'`.execute(t.s.database.db), /append-only/);
    await assert.rejects(sql`delete from audit_log`.execute(t.s.database.db), /append-only/);
  });

  it('deletes only an org without history, and refuses to deactivate one with members', async () => {
    const root = (await req('pudong', 'GET', '/orgs/root')).json();
    const empty = await req('pudong', 'POST', '/orgs', { parentId: root.id, kind: 'street', name: '临时街道工会' });
    assert.equal((await req('pudong', 'DELETE', `/orgs/${empty.json().id}`)).statusCode, 204);
    const g = await orgIdByName('上海张江芯源微电子有限公司工会');
    assert.equal((await req('pudong', 'DELETE', `/orgs/${g}`)).statusCode, 409);
    assert.equal((await req('pudong', 'POST', `/orgs/${g}/deactivate`)).json().code, 'org-in-use');
    // A street cannot go under a grassroots union; an org cannot move under itself.
    const bad = await req('pudong', 'POST', '/orgs', { parentId: g, kind: 'street', name: '错误的街道工会' });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().errors[0].field, 'body.parentId');
  });

  it('gives a member only their own record', async () => {
    const me = await req('member', 'GET', '/me/member');
    assert.equal(me.statusCode, 200);
    assert.equal(me.json().name, demoMember.name);
    assert.equal((await req('member', 'GET', '/members')).statusCode, 403);
    assert.equal((await req('member', 'GET', '/orgs/root')).statusCode, 403);
  });

  it('logs a member in by mobile and one-time code, once, with resend limits', async () => {
    const r1 = await req(null, 'POST', '/auth/otp', { mobile: demoMember.mobile });
    assert.equal(r1.statusCode, 200);
    const again = await req(null, 'POST', '/auth/otp', { mobile: demoMember.mobile });
    assert.equal(again.statusCode, 429);
    const sms = await t.s.database.db
      .selectFrom('notifications')
      .select(['payload', 'recipient_masked'])
      .where('template', '=', 'login-code')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    assert.equal(sms.recipient_masked, '138****8000');
    const code = (sms.payload as any).code as string;
    assert.equal((await req(null, 'POST', '/auth/otp/verify', { mobile: demoMember.mobile, code: code === '000000' ? '000001' : '000000' })).statusCode, 401);
    const ok = await req(null, 'POST', '/auth/otp/verify', { mobile: demoMember.mobile, code });
    assert.equal(ok.statusCode, 200);
    assert.equal((await req(null, 'POST', '/auth/otp/verify', { mobile: demoMember.mobile, code })).statusCode, 401, 'a code is usable once');
    const unknown = await req(null, 'POST', '/auth/otp', { mobile: '13311112222' });
    assert.equal(unknown.statusCode, 200, 'an unregistered number is not revealed');
    assert.equal((await req(null, 'POST', '/auth/otp', { mobile: '12345' })).statusCode, 400);
  });

  it('ends a session on logout', async () => {
    const c = await t.login('auditor');
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: c } })).statusCode, 200);
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: c } });
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: c } })).statusCode, 401);
  });

  it('exports members masked as a real .xlsx', async () => {
    const r = await req('grassroots', 'GET', '/members/export?format=xlsx');
    assert.equal(r.statusCode, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.rawPayload as any);
    const ws = wb.worksheets[0]!;
    assert.equal(ws.getRow(1).getCell(1).text, '会员编号');
    const ids = ws.getColumn(3).values.slice(2).map(String);
    assert.ok(ids.length > 0 && ids.every((v) => v.includes('*')));
  });

  it('runs two transactions concurrently and rolls one back (driver isolation)', async () => {
    const db = t.s.database.db;
    const name = `并发测试-${Date.now()}`;
    const a = db.transaction().execute(async (trx) => {
      await trx
        .insertInto('login_log')
        .values({ username: `${name}-a`, method: 'password', success: true, account_id: null, reason: null, ip: null })
        .execute();
      await new Promise((r) => setTimeout(r, 30));
      throw new Error('roll back a');
    });
    const b = db.transaction().execute(async (trx) => {
      await trx
        .insertInto('login_log')
        .values({ username: `${name}-b`, method: 'password', success: true, account_id: null, reason: null, ip: null })
        .execute();
    });
    await assert.rejects(a, /roll back a/);
    await b;
    const rows = await db.selectFrom('login_log').select('username').where('username', 'like', `${name}%`).execute();
    assert.deepEqual(
      rows.map((r) => r.username),
      [`${name}-b`],
    );
  });

  it('counts members in scope for dashboards, and publishes the vocabularies', async () => {
    const all = (await req('admin', 'GET', '/members/stats')).json();
    const pudong = (await req('pudong', 'GET', '/members/stats')).json();
    assert.ok(all.total > pudong.total && pudong.total > 0);
    assert.equal(pudong.total, (await req('pudong', 'GET', '/members?pageSize=1')).json().total);
    assert.equal(
      Object.values(pudong.bySex as Record<string, number>).reduce((a, b) => a + b, 0),
      pudong.total,
    );
    const meta = (await req(null, 'GET', '/meta')).json();
    assert.deepEqual(meta.orgKinds.find((k: any) => k.code === 'street').allowedParents, ['district']);
    assert.equal((await req('member', 'GET', '/members/vocabulary')).statusCode, 200);
  });

  it('lists, without login, which unions have published which years', async () => {
    const r = await req(null, 'GET', '/public/slates');
    assert.equal(r.statusCode, 200);
    const fed = r.json().items.find((i: any) => i.orgName === '上海市总工会');
    assert.ok(fed && fed.years.includes(2025) && fed.years.includes(2018), JSON.stringify(fed));
  });

  it('returns the same JSON types on both engines (ids and dates)', async () => {
    const m = (await req('grassroots', 'GET', '/members?pageSize=1')).json().items[0];
    assert.equal(typeof m.personId, 'number');
    assert.match(m.joinedOn, /^\d{4}-\d{2}-\d{2}$/);
  });
});
