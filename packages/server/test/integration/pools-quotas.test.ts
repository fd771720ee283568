// Offers, bottom-up requests, rosters and settlements (issue 10 §1–§4) through HTTP on both engines: prices from the
// policy engine, the 12/15 deadline, over-allocation named by row, the roster rules named by row (twice, already
// subsidised, over the places, women for screening, months of D/E/F), the settlement checked against its roster and
// paid to the provider after the rights and the finance review. Also: the claim coalescer under concurrent claims.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { multipart, startTestApp, type TestApp } from '../harness.ts';

describe('pools: offers, requests, rosters and settlements', () => {
  let t: TestApp;
  const c: Record<string, string> = {};
  const org: Record<string, number> = {};
  const call = (who: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: { cookie: c[who]! }, ...(payload === undefined ? {} : { payload: payload as object }) });
  const ok = async (who: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown, status = 200) => {
    const r = await call(who, method, url, payload);
    assert.equal(r.statusCode, status, `${method} ${url}: ${r.body}`);
    return r.json();
  };
  let members: string[] = [];

  before(async () => {
    t = await startTestApp();
    for (const u of ['admin', 'pudong', 'zhangjiang', 'grassroots', 'jiading', 'seagull', 'rights', 'finance', 'member']) c[u] = await t.login(u);
    for (const u of ['admin', 'pudong', 'zhangjiang', 'grassroots', 'jiading', 'seagull']) org[u] = (await call(u, 'GET', '/auth/me')).json().orgId;
    // Active members of the grassroots union (李明 among them), by member number.
    members = (
      await sql<{
        member_no: string;
      }>`select m.member_no from memberships m join persons p on p.id = m.person_id where m.org_id = ${org.grassroots} and m.status = 'active' order by m.member_no`.execute(
        t.s.database.db,
      )
    ).rows.map((r) => r.member_no);
    assert.ok(members.length >= 6, `the grassroots union has ${members.length} members`);
    t.pinToday('2017-12-01');
  });
  after(() => t.close());

  let offerId = 0;
  let districtGrant = 0;

  it('offers: price and subsidy from the policy engine, edited by the running agency only', async () => {
    const o = await ok(
      'seagull',
      'POST',
      '/quota-offers',
      { program: 'group-sanatorium', year: 2018, code: 'J', capacity: 40, contacts: [{ name: '杨霄波', phone: '13901728206' }] },
      201,
    );
    assert.deepEqual([o.price, o.citySubsidy, o.remainder, o.days, o.nights, o.site, o.mode], [1250, 417, 833, 4, 3, '黄山休养院', 'request']); // 000 附件1 row J
    assert.ok(o.trace.length > 0);
    assert.deepEqual(o.contacts, [{ name: '杨霄波', phone: '13901728206' }]); // the agency's contacts are kept (000 六 联系人)
    offerId = o.id;
    const p = await ok('seagull', 'POST', '/quota-offers', { program: 'group-sanatorium', year: 2018, code: 'L', capacity: 10 }, 201);
    assert.equal(p.mode, 'allocation'); // 000 四: 屏风山 by allocation
    const bad = await call('seagull', 'POST', '/quota-offers', { program: 'group-sanatorium', year: 2018, code: 'group-5', capacity: 10 });
    assert.equal(bad.statusCode, 400, bad.body);
    assert.equal(bad.json().errors[0].field, 'body.code');
    assert.equal((await call('pudong', 'POST', '/quota-offers', { program: 'group-sanatorium', year: 2018, code: 'A', capacity: 10 })).statusCode, 403);
    assert.equal(
      (await call('seagull', 'POST', '/quota-offers', { program: 'group-sanatorium', year: 2018, code: 'L', capacity: 10 })).json().code,
      'offer-exists',
    );
    assert.equal((await call('pudong', 'PATCH', `/quota-offers/${o.id}`, { capacity: 50 })).statusCode, 403);
    assert.equal((await ok('seagull', 'PATCH', `/quota-offers/${o.id}`, { capacity: 30 })).capacity, 30);
    // D/E/F run only in January–February (000 三 注1); the sanatorium pays its third.
    // The demo's 2018 checkup plans: D/E/F run only in January–February (000 三 注1); the sanatorium pays its third.
    const d = (await ok('pudong', 'GET', '/quota-offers?year=2018&program=health-checkup')).items.find((x: { code: string }) => x.code === 'D');
    assert.deepEqual([d.price, d.citySubsidy, d.otherSubsidy, d.remainder, d.months], [660, 220, 220, 220, [1, 2]]);
    const list = await ok('pudong', 'GET', '/quota-offers?year=2018&program=group-sanatorium');
    assert.equal(list.items.length, 2);
  });

  it('requests: by 12/15 of the year before; the federation grants from them and over-allocation names the row', async () => {
    const req = await ok('pudong', 'POST', '/quota-requests', { program: 'group-sanatorium', year: 2018, rows: [{ offerId, places: 25 }] }, 201);
    assert.equal(req.deadline, '2017-12-15');
    const again = await call('pudong', 'POST', '/quota-requests', { program: 'group-sanatorium', year: 2018, rows: [{ offerId, places: 5 }] });
    assert.equal(again.json().code, 'request-exists');
    t.pinToday('2017-12-16');
    const late = await call('jiading', 'POST', '/quota-requests', { program: 'group-sanatorium', year: 2018, rows: [{ offerId, places: 5 }] });
    assert.equal(late.statusCode, 409);
    assert.equal(late.json().code, 'request-late');
    t.pinToday('2017-12-01');
    const jd = await ok('jiading', 'POST', '/quota-requests', { program: 'group-sanatorium', year: 2018, rows: [{ offerId, places: 20 }] }, 201);
    assert.equal((await call('pudong', 'POST', `/quota-requests/${req.id}/grant`, { rows: [{ row: 1, places: 20 }] })).statusCode, 403);
    const overAsked = await call('admin', 'POST', `/quota-requests/${req.id}/grant`, { rows: [{ row: 1, places: 26 }] });
    assert.equal(overAsked.json().code, 'invalid-input');
    assert.match(overAsked.json().messages.zh, /第 1 行/);
    const g = await ok('admin', 'POST', `/quota-requests/${req.id}/grant`, { rows: [{ row: 1, places: 20 }] });
    assert.equal(g.status, 'granted');
    districtGrant = g.rows[0].grantId;
    // Jiading asked 20 but only 10 of the 30 places are left: refused naming the row, nothing written.
    const over = await call('admin', 'POST', `/quota-requests/${jd.id}/grant`, { rows: [{ row: 1, places: 11 }] });
    assert.equal(over.statusCode, 409, over.body);
    assert.equal(over.json().code, 'over-allocated');
    assert.match(over.json().messages.zh, /第 1 行/);
    assert.equal((await ok('jiading', 'GET', `/quota-requests/${jd.id}`)).status, 'submitted');
    assert.equal((await ok('seagull', 'GET', `/quota-offers/${offerId}`)).granted, 20);
    // A direct grant from the federation past the capacity is refused too.
    const direct = await call('admin', 'POST', '/place-grants', { program: 'group-sanatorium', year: 2018, site: 'J', toOrgId: org.jiading, places: 11 });
    assert.equal(direct.json().code, 'over-allocated');
  });

  let rosterId = 0;
  let grassGrant = 0;

  it('rosters: split down to a grassroots union, rows checked (twice, over the places), all or nothing', async () => {
    const street = await ok('pudong', 'POST', '/place-grants', { program: 'x', year: 2018, parentId: districtGrant, toOrgId: org.zhangjiang, places: 10 }, 201);
    const grass = await ok('zhangjiang', 'POST', '/place-grants', { program: 'x', year: 2018, parentId: street.id, toOrgId: org.grassroots, places: 5 }, 201);
    grassGrant = grass.id;
    const twice = await call('grassroots', 'POST', '/rosters', {
      grantId: grass.id,
      startsOn: '2018-05-10',
      endsOn: '2018-05-12',
      members: [members[0], members[1], members[0]],
    });
    assert.equal(twice.statusCode, 400, twice.body);
    assert.equal(twice.json().code, 'roster-invalid');
    assert.equal(twice.json().errors[0].field, 'rows[3].会员编号');
    assert.equal(twice.json().errors[0].code, 'duplicate-member');
    assert.equal((await ok('grassroots', 'GET', '/rosters?year=2018')).items.length, 0); // nothing half-written
    const tooMany = await call('grassroots', 'POST', '/rosters', {
      grantId: grass.id,
      startsOn: '2018-05-10',
      endsOn: '2018-05-12',
      members: members.slice(0, 6),
    });
    assert.equal(tooMany.json().errors[0].code, 'over-places');
    const r = await ok(
      'grassroots',
      'POST',
      '/rosters',
      { grantId: grass.id, startsOn: '2018-05-10', endsOn: '2018-05-12', members: members.slice(0, 3) },
      201,
    );
    assert.equal(r.persons, 3);
    assert.equal(r.placesLeft, 2);
    assert.match(r.entries[0].name, /\*/); // masked
    rosterId = r.id;
    // The agency runs the offer and reads every roster (its scope is the federation) but holds no union's places.
    const asAgency = await ok('seagull', 'GET', `/rosters/${r.id}`);
    assert.deepEqual([asAgency.abilities.edit, asAgency.abilities.submit], [false, false]);
    assert.equal((await call('seagull', 'POST', `/rosters/${r.id}/entries`, { members: [members[5]] })).statusCode, 403);
    assert.equal((await call('seagull', 'POST', `/rosters/${r.id}/submit`)).statusCode, 403);
    assert.equal((await call('seagull', 'POST', '/rosters', { grantId: grass.id, startsOn: '2018-05-10', endsOn: '2018-05-12', members: [] })).statusCode, 403);
    assert.equal(
      (await call('seagull', 'POST', '/place-grants', { program: 'x', year: 2018, parentId: street.id, toOrgId: org.grassroots, places: 1 })).statusCode,
      403,
    );
    assert.equal(
      (await ok('seagull', 'GET', '/place-grants?year=2018')).items.find((g: { id: number }) => g.id === street.id)?.abilities.split ?? false,
      false,
    );
    // The .xlsx: export, then import a sheet with one member already on the roster (row 3 named).
    const sheet = await call('grassroots', 'GET', `/rosters/${r.id}/sheet`);
    assert.equal(sheet.statusCode, 200);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('名册');
    ws.addRow(['序号', '会员编号']);
    ws.addRow([1, members[3]]);
    ws.addRow([2, members[0]]);
    const file = multipart({}, { name: '名册.xlsx', content: Buffer.from(await wb.xlsx.writeBuffer()) });
    const imp = await t.app.inject({
      method: 'POST',
      url: `/api/v1/rosters/${r.id}/sheet`,
      headers: { cookie: c.grassroots!, ...file.headers },
      payload: file.payload,
    });
    assert.equal(imp.statusCode, 400, imp.body);
    assert.equal(imp.json().errors[0].field, 'rows[3].会员编号');
    assert.equal(imp.json().errors[0].code, 'already-subsidised');
    ws.spliceRows(3, 1);
    const file2 = multipart({}, { name: '名册.xlsx', content: Buffer.from(await wb.xlsx.writeBuffer()) });
    const imp2 = await t.app.inject({
      method: 'POST',
      url: `/api/v1/rosters/${r.id}/sheet`,
      headers: { cookie: c.grassroots!, ...file2.headers },
      payload: file2.payload,
    });
    assert.equal(imp2.statusCode, 200, imp2.body);
    assert.equal(imp2.json().roster.persons, 4);
    await ok('grassroots', 'POST', `/rosters/${r.id}/submit`);
  });

  it('the same person is not subsidised twice a year (000 二; 001 项目3 四(一)); women only for screening; D/E/F months', async () => {
    const second = await call('grassroots', 'POST', '/rosters', {
      grantId: grassGrant,
      startsOn: '2018-09-10',
      endsOn: '2018-09-12',
      members: [members[4], members[1]],
    });
    assert.equal(second.json().errors[0].field, 'rows[2].会员编号');
    assert.equal(second.json().errors[0].code, 'already-subsidised');
    // Screening: a roster of men is refused row by row.
    await ok('seagull', 'POST', '/quota-offers', { program: 'two-disease-screening', year: 2025, code: 'S1', capacity: 100 }, 201);
    const sg = await ok(
      'admin',
      'POST',
      '/place-grants',
      { program: 'two-disease-screening', year: 2025, site: 'S1', toOrgId: org.grassroots, places: 10 },
      201,
    );
    const sexes = (
      await sql<{
        member_no: string;
        sex: string;
      }>`select m.member_no, p.sex from memberships m join persons p on p.id = m.person_id where m.member_no in (${sql.join(members)})`.execute(t.s.database.db)
    ).rows;
    const man = sexes.find((x) => x.sex === 'male')!.member_no;
    const woman = sexes.find((x) => x.sex === 'female')?.member_no;
    const men = await call('grassroots', 'POST', '/rosters', {
      grantId: sg.id,
      startsOn: '2025-06-01',
      endsOn: '2025-06-01',
      members: woman ? [woman, man] : [man],
    });
    assert.equal(men.json().errors[0].code, 'not-a-woman');
    assert.equal(men.json().errors[0].field, woman ? 'rows[2].会员编号' : 'rows[1].会员编号');
    // D in March is not offered.
    const dg = await ok('admin', 'POST', '/place-grants', { program: 'health-checkup', year: 2018, site: 'D', toOrgId: org.grassroots, places: 10 }, 201);
    const march = await call('grassroots', 'POST', '/rosters', { grantId: dg.id, startsOn: '2018-03-05', endsOn: '2018-03-05', members: [] });
    assert.equal(march.json().code, 'invalid-input');
    assert.equal(march.json().errors[0].code, 'not-offered-in-month');
  });

  it('settlement: checked against the roster and the engine, rights then finance, paid to the provider once', async () => {
    const roster = await ok('grassroots', 'GET', `/rosters/${rosterId}`);
    const nos = roster.entries.map((e: { memberNo: string }) => e.memberNo);
    const wrongAmount = await call('seagull', 'POST', '/quota-settlements', {
      rosterId,
      persons: 4,
      amount: 1700,
      members: nos,
      satisfaction: { responses: 4, satisfied: 4 },
    });
    assert.equal(wrongAmount.statusCode, 409, wrongAmount.body);
    assert.equal(wrongAmount.json().code, 'settlement-mismatch');
    assert.equal(wrongAmount.json().errors[0].field, 'amount');
    const stranger = await call('seagull', 'POST', '/quota-settlements', {
      rosterId,
      persons: 4,
      amount: 1668,
      members: [...nos.slice(0, 3), members[5]],
      satisfaction: { responses: 4, satisfied: 4 },
    });
    assert.equal(stranger.json().code, 'settlement-mismatch');
    assert.equal(stranger.json().errors[0].field, 'members[4]');
    assert.equal(
      (
        await call('grassroots', 'POST', '/quota-settlements', {
          rosterId,
          persons: 4,
          amount: 1668,
          members: nos,
          satisfaction: { responses: 4, satisfied: 4 },
        })
      ).statusCode,
      403,
    );
    const st = await ok(
      'seagull',
      'POST',
      '/quota-settlements',
      { rosterId, persons: 4, amount: 1668, members: nos, satisfaction: { responses: 4, satisfied: 3 } },
      201,
    );
    assert.equal(st.amount, 1668); // 4 × 417 (000 附件1 J)
    const twice = await call('seagull', 'POST', '/quota-settlements', {
      rosterId,
      persons: 4,
      amount: 1668,
      members: nos,
      satisfaction: { responses: 4, satisfied: 3 },
    });
    assert.equal(twice.json().code, 'already-settled');
    assert.equal((await call('finance', 'POST', `/quota-settlements/${st.id}/finance`)).json().code, 'wrong-state'); // rights first
    assert.equal((await ok('rights', 'POST', `/quota-settlements/${st.id}/rights`)).status, 'rights-approved');
    assert.equal((await ok('finance', 'POST', `/quota-settlements/${st.id}/finance`)).status, 'finance-approved');
    const paid = await ok('finance', 'POST', `/quota-settlements/${st.id}/pay`, { reference: 'ZF-2025-001' });
    assert.equal(paid.status, 'paid');
    assert.match(paid.payeeAccount, /\*\*\*\*\d{4}$/); // the demo's verified account of 海鸥集团
    assert.equal((await call('finance', 'POST', `/quota-settlements/${st.id}/pay`, { reference: 'ZF-2025-002' })).json().code, 'already-paid');
    // Issue 9/10: finance's sign-off booked one payable to the provider's account in the payout ledger, paid in a direct ZF batch.
    const led = await t.s.database.db
      .selectFrom('payout_entries as e')
      .innerJoin('payout_batch_items as i', 'i.entry_id', 'e.id')
      .innerJoin('payout_batches as b', 'b.id', 'i.batch_id')
      .select(['e.amount_fen', 'e.payee_kind', 'e.application_id', 'e.source_ref', 'b.no', 'b.direct', 'b.status', 'b.payment_reference'])
      .where('e.source_kind', '=', 'quota-settlement')
      .where('e.source_id', '=', st.id)
      .execute();
    assert.equal(led.length, 1);
    assert.deepEqual(
      [led[0]!.amount_fen, led[0]!.payee_kind, led[0]!.application_id, led[0]!.direct, led[0]!.status, led[0]!.payment_reference],
      [166800, 'org-account', null, true, 'paid', 'ZF-2025-001'],
    );
    assert.match(led[0]!.no, /^ZF\d{8}-\d{4}$/);
  });

  it('the coalescer: concurrent claims (one member twice) on a small pool grant exactly its capacity', async () => {
    t.pinToday();
    const hour = 3600_000;
    const pool = await ok(
      'admin',
      'POST',
      '/pools',
      {
        title: 'coalescer',
        capacity: 5,
        orgId: org.admin,
        opensAt: new Date(Date.now() - hour).toISOString(),
        closesAt: new Date(Date.now() + hour).toISOString(),
      },
      201,
    );
    const ids = (
      await sql<{
        person_id: number;
      }>`select m.person_id from memberships m join orgs o on o.id = m.org_id where o.path like (select path from orgs where id = ${org.pudong}) || '%' and m.status = 'active' order by m.id limit 8`.execute(
        t.s.database.db,
      )
    ).rows.map((r) => Number(r.person_id));
    assert.equal(ids.length, 8);
    const all = await Promise.all([...ids, ids[0]!].map((memberId) => call('pudong', 'POST', `/pools/${pool.id}/claims`, { memberId })));
    const codes = all.map((r) => (r.statusCode === 201 ? '201' : r.json().code)).sort();
    assert.equal(codes.filter((x) => x === '201').length, 5);
    assert.equal(codes.filter((x) => x === 'pool-full').length + codes.filter((x) => x === 'already-claimed').length, 4);
    const taken = all
      .filter((r) => r.statusCode === 201)
      .map((r) => r.json().taken)
      .sort();
    assert.deepEqual(taken, [1, 2, 3, 4, 5]);
    assert.equal((await ok('admin', 'GET', `/pools/${pool.id}`)).remaining, 0);
  });
});
