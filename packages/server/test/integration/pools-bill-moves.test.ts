// Moving a gig worker to the bill of the platform they belong to (001 项目4 三 “费用由相关平台企业承担”: each platform bears
// its own workers' checkups; issue 10 §4 “billed to the platform for its share”), through HTTP on the database named by
// SHISHI_TEST_DB: the provider (or the federation) moves a line from 饿了么's bill to 美团's; both bills are recomputed by
// the engine as their next revision, the roster entry follows, both platforms are told, both steps audited; bad input is
// named and writes nothing; a bill whose last line leaves is void and comes back when a line returns; a move out of a
// disputed bill answers the dispute; nothing moves once either bill is confirmed.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { engine, startTestApp, type TestApp } from '../harness.ts';

describe(`pools: moving a worker's line to another platform's bill on ${engine}`, () => {
  let t: TestApp;
  const c: Record<string, string> = {};
  const org: Record<string, number> = {};
  const call = (who: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: { cookie: c[who]! }, ...(payload === undefined ? {} : { payload: payload as object }) });
  const ok = async (who: string, method: 'GET' | 'POST', url: string, payload?: unknown, status = 200) => {
    const r = await call(who, method, url, payload);
    assert.equal(r.statusCode, status, `${method} ${url}: ${r.body}`);
    return r.json();
  };
  const db = () => t.s.database.db;
  let w: { memberNo: string }[] = [];
  let rosterId = 0;
  let settlementId = 0;
  let eleme = 0;
  let meituan = 0;
  type Bill = {
    id: number;
    status: string;
    persons: number;
    amount: number;
    revision: number;
    lines: { memberNo: string }[];
    abilities: Record<string, boolean>;
  };
  const bill = (id: number, who = 'sanatorium'): Promise<Bill> => ok(who, 'GET', `/quota-bills/${id}`);
  const lineNos = (b: Bill) => b.lines.map((l) => l.memberNo);
  const entryPlatform = async (memberNo: string) =>
    Number(
      (
        await sql<{ platform_org_id: number }>`select e.platform_org_id from roster_entries e join memberships m on m.id = e.membership_id
        where e.roster_id = ${rosterId} and m.member_no = ${memberNo}`.execute(db())
      ).rows[0]!.platform_org_id,
    );
  const move = (who: string, id: number, body: unknown) => call(who, 'POST', `/quota-bills/${id}/move`, body);

  before(async () => {
    t = await startTestApp();
    for (const u of ['admin', 'pudong', 'grassroots', 'seagull', 'sanatorium', 'eleme', 'meituan']) c[u] = await t.login(u);
    for (const u of ['admin', 'pudong', 'grassroots', 'eleme', 'meituan']) org[u] = (await call(u, 'GET', '/auth/me')).json().orgId;
    for (const tb of ['gig_claims', 'gig_covers', 'gig_rosters']) await sql.raw(`delete from ${tb}`).execute(db());
    const rows = (
      await sql<{ member_no: string; name: string; id_cipher: string; person_id: number }>`
      select m.member_no, p.name, p.id_cipher, p.id as person_id from memberships m join persons p on p.id = m.person_id
      where m.org_id = ${org.grassroots} and m.status = 'active' and p.birth_date > '1965-01-01'
        and not exists (select 1 from roster_entries e where e.person_id = p.id and e.subsidy_group = 'gig-mobile-checkup') order by m.member_no limit 3`.execute(
        db(),
      )
    ).rows;
    assert.equal(rows.length, 3);
    for (const r of rows)
      await sql`update persons set categories = array_append(categories, 'gig-worker') where id = ${r.person_id} and not ('gig-worker' = any(categories))`.execute(
        db(),
      );
    w = rows.map((r) => ({ memberNo: r.member_no }));
    const person = (i: number) => ({ name: rows[i]!.name, idNumber: t.s.vault.open(rows[i]!.id_cipher), mobile: `1391234567${i}` });
    t.pinToday('2022-03-15');
    // The gig register puts the first two with 饿了么 and the third with 美团; the second in fact rides for 美团.
    await ok('eleme', 'POST', '/protection/gig/rosters', { rows: [person(0), person(1)] }, 201);
    await ok('meituan', 'POST', '/protection/gig/rosters', { rows: [person(2)] }, 201);
    t.pinToday('2022-06-01');
    const sanatorium = await db().selectFrom('orgs').select('id').where('function_code', '=', 'workers-sanatorium').executeTakeFirstOrThrow();
    await ok(
      'seagull',
      'POST',
      '/quota-offers',
      { program: 'gig-mobile-checkup', year: 2022, code: 'morning', capacity: 100, providerOrgId: sanatorium.id },
      201,
    );
    const grantId = (
      await ok('admin', 'POST', '/place-grants', { program: 'gig-mobile-checkup', year: 2022, site: 'morning', toOrgId: org.pudong, places: 10 }, 201)
    ).id;
    rosterId = (await ok('pudong', 'POST', '/rosters', { grantId, startsOn: '2022-06-10', endsOn: '2022-06-10', members: w.map((x) => x.memberNo) }, 201)).id;
    await ok('pudong', 'POST', `/rosters/${rosterId}/submit`);
    const members = w.map((x) => x.memberNo);
    settlementId = (
      await ok('sanatorium', 'POST', '/quota-settlements', { rosterId, persons: 3, amount: 450, members, satisfaction: { responses: 3, satisfied: 3 } }, 201)
    ).id;
    const bills = (await ok('admin', 'GET', `/quota-bills?settlementId=${settlementId}`)).items as { id: number; platformOrgId: number }[];
    eleme = bills.find((b) => b.platformOrgId === org.eleme)!.id;
    meituan = bills.find((b) => b.platformOrgId === org.meituan)!.id;
  });
  after(async () => {
    t?.pinToday();
    await t?.close();
  });

  it('the provider moves the worker to 美团’s bill: both recomputed by the engine, the roster follows, both told, both audited', async () => {
    const before = await bill(eleme);
    assert.deepEqual([before.persons, before.amount, before.abilities.move], [2, 300, true]);
    assert.deepEqual(
      (before as unknown as { moveTo: { orgId: number }[] }).moveTo.map((o) => o.orgId),
      [org.meituan],
      'the other platforms',
    );
    assert.equal((await bill(eleme, 'eleme')).abilities.move, false, 'the platform does not move lines');
    const r = await ok('sanatorium', 'POST', `/quota-bills/${eleme}/move`, {
      memberNo: w[1]!.memberNo,
      toPlatformOrgId: org.meituan,
      reason: '该骑手为美团众包骑手',
    });
    assert.deepEqual(
      [r.from.id, r.from.status, r.from.persons, r.from.amount, r.from.revision, lineNos(r.from)],
      [eleme, 'issued', 1, 150, 2, [w[0]!.memberNo]],
    );
    assert.deepEqual(
      [r.to.id, r.to.status, r.to.persons, r.to.amount, r.to.revision, lineNos(r.to)],
      [meituan, 'issued', 2, 300, 2, [w[1]!.memberNo, w[2]!.memberNo]],
    );
    assert.ok(
      r.to.trace.some((x: { name?: string }) => x.name === 'payablePerPerson'),
      'the engine’s trace',
    );
    assert.equal(await entryPlatform(w[1]!.memberNo), org.meituan, 'the roster records who bears the share');
    const h = (x: { history: { action: string; revision: number; reason: string | null }[] }) => x.history.map((e) => `${e.action}@${e.revision}`);
    assert.deepEqual(h(r.from), ['issue@1', 'move-out@2']);
    assert.deepEqual(h(r.to), ['issue@1', 'move-in@2']);
    assert.match(r.from.history[1].reason, new RegExp(`${w[1]!.memberNo} → 美团.*该骑手为美团众包骑手`));
    // Each platform is told in its portal; each sees only its own bill.
    const told = async (who: string, template: string, billId: number) =>
      (await ok(who, 'GET', '/me/notifications')).items.filter(
        (n: { template: string; payload: { billId?: number } }) => n.template === template && n.payload.billId === billId,
      );
    const out = await told('eleme', 'platform-bill-line-moved-out', eleme);
    assert.equal(out.length, 1);
    assert.match(out[0].text.zh, new RegExp(`${w[1]!.memberNo}.*美团.*1 人，¥150\\.00`));
    const into = await told('meituan', 'platform-bill-line-moved-in', meituan);
    assert.equal(into.length, 1);
    assert.match(into[0].text.zh, /2 人，平台承担 ¥300\.00.*请核对后确认或提出异议/);
    assert.equal((await call('meituan', 'GET', `/quota-bills/${eleme}`)).statusCode, 404);
    const audit = await db()
      .selectFrom('audit_log')
      .select(['action', 'entity_id'])
      .where('action', 'in', ['platform-bill.move-out', 'platform-bill.move-in'])
      .execute();
    assert.deepEqual(audit.map((a) => `${a.action}:${a.entity_id}`).sort(), [`platform-bill.move-in:${meituan}`, `platform-bill.move-out:${eleme}`]);
  });

  it('bad input is named and writes nothing; only the union side moves', async () => {
    const snapshot = async () => JSON.stringify([await bill(eleme), await bill(meituan), await entryPlatform(w[0]!.memberNo)]);
    const was = await snapshot();
    const refused = async (who: string, body: unknown, status: number, code: string, field?: string) => {
      const r = await move(who, eleme, body);
      assert.equal(r.statusCode, status, r.body);
      assert.equal(r.json().code, code, r.body);
      if (field) assert.equal(r.json().errors[0].field, field, r.body);
      return r.json();
    };
    const body = { memberNo: w[0]!.memberNo, toPlatformOrgId: org.meituan, reason: '骑手属美团' };
    const notOn = await refused('sanatorium', { ...body, memberNo: w[2]!.memberNo }, 400, 'not-on-bill', 'body.memberNo');
    assert.match(notOn.messages.zh, new RegExp(`${w[2]!.memberNo} 不在结算单`));
    await refused('sanatorium', { ...body, toPlatformOrgId: org.eleme }, 400, 'same-platform', 'body.toPlatformOrgId');
    const notPlatform = await refused('sanatorium', { ...body, toPlatformOrgId: org.pudong }, 400, 'not-a-platform', 'body.toPlatformOrgId');
    assert.match(notPlatform.messages.zh, /不是在册的平台企业/);
    await refused('sanatorium', { ...body, reason: ' ' }, 400, 'invalid-input');
    assert.equal((await move('eleme', eleme, body)).statusCode, 403, 'the platform disputes, it does not move');
    assert.equal((await move('pudong', eleme, body)).statusCode, 404, 'a district does not see the bill');
    const agency = await move('seagull', eleme, body);
    assert.equal(agency.statusCode, 403, 'the agency keeping the offer sees the bill, the provider that issued it moves its lines');
    assert.match(agency.json().messages.zh, /承办单位（上海市工人疗养院）或市总调整/);
    assert.equal(await snapshot(), was);
  });

  it('a move out of a disputed bill answers the dispute; its last line leaving voids it; a line moved back revives it', async () => {
    await ok('eleme', 'POST', `/quota-bills/${eleme}/dispute`, { reason: `${w[0]!.memberNo} 不是我平台骑手` });
    const r = await ok('sanatorium', 'POST', `/quota-bills/${eleme}/move`, {
      memberNo: w[0]!.memberNo,
      toPlatformOrgId: org.meituan,
      reason: '核实为美团骑手',
    });
    assert.deepEqual([r.from.status, r.from.persons, r.from.amount, r.from.answer, r.from.answerReason], ['void', 0, 0, 'reissued', '核实为美团骑手']);
    assert.deepEqual([r.to.persons, r.to.amount], [3, 450]);
    assert.deepEqual(r.from.abilities, { confirm: false, dispute: false, answer: false, pay: false, move: false });
    assert.equal((await call('eleme', 'POST', `/quota-bills/${eleme}/confirm`)).json().code, 'bill-void');
    assert.equal((await call('eleme', 'POST', `/quota-bills/${eleme}/dispute`, { reason: '再议再议' })).json().code, 'bill-void');
    assert.equal((await move('sanatorium', eleme, { memberNo: w[0]!.memberNo, toPlatformOrgId: org.meituan, reason: '再移一次' })).json().code, 'bill-void');
    assert.ok(
      (await ok('eleme', 'GET', '/quota-bills?status=void')).items.some((b: { id: number }) => b.id === eleme),
      'the void bill is kept, with its history',
    );
    // The federation moves the worker back (the check found the first register right): 饿了么's bill comes back.
    const back = await ok('admin', 'POST', `/quota-bills/${meituan}/move`, {
      memberNo: w[0]!.memberNo,
      toPlatformOrgId: org.eleme,
      reason: '复核：仍为饿了么骑手',
    });
    assert.deepEqual([back.to.id, back.to.status, back.to.persons, back.to.amount, back.to.revision], [eleme, 'issued', 1, 150, 4]);
    assert.deepEqual([back.from.persons, back.from.amount], [2, 300]);
    assert.equal(await entryPlatform(w[0]!.memberNo), org.eleme);
  });

  it('nothing moves once either bill is confirmed', async () => {
    await ok('meituan', 'POST', `/quota-bills/${meituan}/confirm`);
    const was = JSON.stringify([await bill(eleme), await bill(meituan)]);
    const out = await move('sanatorium', meituan, { memberNo: w[1]!.memberNo, toPlatformOrgId: org.eleme, reason: '又查了一次' });
    assert.equal(out.statusCode, 409, out.body);
    assert.equal(out.json().code, 'bill-confirmed');
    assert.match(out.json().messages.zh, /已经.*美团.*确认，不能再移动人员/);
    const onto = await move('sanatorium', eleme, { memberNo: w[0]!.memberNo, toPlatformOrgId: org.meituan, reason: '又查了一次' });
    assert.equal(onto.statusCode, 409, onto.body);
    assert.equal(onto.json().code, 'target-confirmed');
    assert.equal(JSON.stringify([await bill(eleme), await bill(meituan)]), was, 'nothing half-written');
    assert.equal((await bill(meituan)).abilities.move, false);
  });
});
