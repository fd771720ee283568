// Gig workers' mobile checkups billed to the platforms (001 项目4 三 “费用由相关平台企业承担，市总工会进行专项补贴”; issue 10 §4)
// through HTTP on both engines: a worker goes on the roster only with the platform that enrolled them in the year's gig
// register (the row named otherwise), the provider's claim pays the city subsidy as any settlement, and each platform gets
// one bill for (price − subsidy) × its served workers from the engine with the trace; the bill is seen by its platform
// only, confirmed by the platform's officer, paid once as recorded by the provider or the federation, and exported as
// .xlsx with the lines masked. The platform's officers are told when a bill is issued; a platform may dispute a bill, the
// union side answers by correcting and reissuing it or by rejecting the dispute (migration 0039).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '../harness.ts';

describe('pools: platform bills for the gig workers’ mobile checkups', () => {
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
  /** Four members of the grassroots union under 60, made gig workers; the first two enrolled by 饿了么, the third by 美团. */
  let w: { memberNo: string; name: string; idNumber: string }[] = [];
  let offerId = 0;
  let grantId = 0;
  let rosterId = 0;
  let settlementId = 0;

  before(async () => {
    t = await startTestApp();
    for (const u of ['admin', 'pudong', 'grassroots', 'seagull', 'sanatorium', 'eleme', 'meituan', 'finance', 'rights']) c[u] = await t.login(u);
    for (const u of ['admin', 'pudong', 'grassroots', 'eleme', 'meituan']) org[u] = (await call(u, 'GET', '/auth/me')).json().orgId;
    for (const tb of ['gig_claims', 'gig_covers', 'gig_rosters']) await sql.raw(`delete from ${tb}`).execute(db());
    const rows = (
      await sql<{ member_no: string; name: string; id_cipher: string; person_id: number }>`
      select m.member_no, p.name, p.id_cipher, p.id as person_id from memberships m join persons p on p.id = m.person_id
      where m.org_id = ${org.grassroots} and m.status = 'active' and p.birth_date > '1965-01-01'
        and not exists (select 1 from roster_entries e where e.person_id = p.id and e.subsidy_group = 'gig-mobile-checkup') order by m.member_no limit 4`.execute(
        db(),
      )
    ).rows;
    assert.equal(rows.length, 4);
    for (const r of rows)
      await sql`update persons set categories = array_append(categories, 'gig-worker') where id = ${r.person_id} and not ('gig-worker' = any(categories))`.execute(
        db(),
      );
    w = rows.map((r) => ({ memberNo: r.member_no, name: r.name, idNumber: t.s.vault.open(r.id_cipher) }));
    t.pinToday('2022-03-15');
    const mobile = (i: number) => `1391234567${i}`;
    await ok('eleme', 'POST', '/protection/gig/rosters', { rows: [0, 1].map((i) => ({ name: w[i]!.name, idNumber: w[i]!.idNumber, mobile: mobile(i) })) }, 201);
    await ok('meituan', 'POST', '/protection/gig/rosters', { rows: [{ name: w[2]!.name, idNumber: w[2]!.idNumber, mobile: mobile(2) }] }, 201);
    t.pinToday('2022-06-01');
  });
  after(() => t.close());

  it('the offer: the morning package at 300 yuan, 150 from the federation, 150 the platform’s (001 项目4 三)', async () => {
    const sanatorium = await db().selectFrom('orgs').select('id').where('function_code', '=', 'workers-sanatorium').executeTakeFirstOrThrow();
    const o = await ok(
      'seagull',
      'POST',
      '/quota-offers',
      { program: 'gig-mobile-checkup', year: 2022, code: 'morning', capacity: 100, providerOrgId: sanatorium.id },
      201,
    );
    assert.deepEqual([o.code, o.price, o.citySubsidy, o.remainder, o.remainderBy], ['morning', 300, 150, 150, '平台企业']);
    assert.doesNotMatch(o.title, /morning/, 'the title is for display, the code is its own field');
    offerId = o.id;
    grantId = (await ok('admin', 'POST', '/place-grants', { program: 'gig-mobile-checkup', year: 2022, site: 'morning', toOrgId: org.pudong, places: 10 }, 201))
      .id;
  });

  it('the roster takes a gig worker only with the platform that enrolled them this year, naming the row', async () => {
    const bad = await call('pudong', 'POST', '/rosters', { grantId, startsOn: '2022-06-10', endsOn: '2022-06-10', members: w.map((x) => x.memberNo) });
    assert.equal(bad.statusCode, 400, bad.body);
    assert.deepEqual(
      bad.json().errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`),
      ['rows[4].会员编号:no-platform'],
    );
    assert.match(bad.json().messages.zh, /平台企业/);
    const r = await ok(
      'pudong',
      'POST',
      '/rosters',
      { grantId, startsOn: '2022-06-10', endsOn: '2022-06-10', members: w.slice(0, 3).map((x) => x.memberNo) },
      201,
    );
    rosterId = r.id;
    assert.equal(r.persons, 3);
    const platforms = await db().selectFrom('roster_entries').select('platform_org_id').where('roster_id', '=', rosterId).orderBy('row_no').execute();
    assert.deepEqual(
      platforms.map((p) => Number(p.platform_org_id)),
      [org.eleme, org.meituan].flatMap((id, i) => (i === 0 ? [id, id] : [id])),
    );
    await ok('pudong', 'POST', `/rosters/${rosterId}/submit`);
  });

  it('the provider’s claim pays the subsidy as any settlement and bills each platform its share, from the engine', async () => {
    // The provider's officer (市工人疗养院) sees the submitted roster with its claim to file; the agency that keeps the offer does not file it.
    const seen = (await ok('sanatorium', 'GET', '/rosters?program=gig-mobile-checkup&year=2022')).items.find((r: { id: number }) => r.id === rosterId);
    assert.deepEqual([seen?.status, seen?.providerName, seen?.abilities.settle], ['submitted', '上海市工人疗养院', true]);
    assert.equal((await ok('seagull', 'GET', `/rosters/${rosterId}`)).abilities.settle, false);
    assert.equal(
      (
        await call('seagull', 'POST', '/quota-settlements', {
          rosterId,
          persons: 3,
          amount: 450,
          members: w.slice(0, 3).map((x) => x.memberNo),
          satisfaction: { responses: 3, satisfied: 3 },
        })
      ).statusCode,
      403,
    );
    const st = await ok(
      'sanatorium',
      'POST',
      '/quota-settlements',
      { rosterId, persons: 3, amount: 450, members: w.slice(0, 3).map((x) => x.memberNo), satisfaction: { responses: 3, satisfied: 3 } },
      201,
    );
    settlementId = st.id;
    assert.equal(st.amount, 450); // 3 × 150, the federation's share, to the provider through the ledger
    const all = (await ok('admin', 'GET', `/quota-bills?settlementId=${settlementId}`)).items;
    assert.equal(all.length, 2);
    const eleme = (await ok('eleme', 'GET', `/quota-bills?settlementId=${settlementId}`)).items;
    assert.equal(eleme.length, 1, 'a platform sees its own bills only');
    assert.ok((await ok('eleme', 'GET', '/quota-bills')).items.every((b: { platformOrgId: number }) => b.platformOrgId === org.eleme));
    assert.deepEqual(
      [eleme[0].platformOrgId, eleme[0].persons, eleme[0].price, eleme[0].citySubsidy, eleme[0].perPerson, eleme[0].amount, eleme[0].status],
      [org.eleme, 2, 300, 150, 150, 300, 'issued'],
    );
    assert.ok(
      eleme[0].trace.some((x: { name?: string }) => x.name === 'payablePerPerson'),
      'the engine’s trace',
    );
    const meituan = (await ok('meituan', 'GET', `/quota-bills?settlementId=${settlementId}`)).items;
    assert.deepEqual([meituan.length, meituan[0].persons, meituan[0].amount], [1, 1, 150]);
    assert.equal((await call('meituan', 'GET', `/quota-bills/${eleme[0].id}`)).statusCode, 404, 'refused to another platform');
    assert.equal((await call('pudong', 'GET', '/quota-bills')).statusCode, 200);
    assert.equal((await ok('pudong', 'GET', '/quota-bills')).items.length, 0, 'a district sees no platform bill');
    assert.equal((await call('grassroots', 'GET', `/quota-bills/${eleme[0].id}`)).statusCode, 404);
    const detail = await ok('eleme', 'GET', `/quota-bills/${eleme[0].id}`);
    assert.deepEqual(
      detail.lines.map((l: { memberNo: string }) => l.memberNo),
      [w[0]!.memberNo, w[1]!.memberNo],
    );
    assert.ok(
      detail.lines.every((l: { name: string }, i: number) => l.name !== w[i]!.name && l.name.includes('*')),
      'names masked',
    );
    // Nothing billed twice: the roster is settled.
    assert.equal(
      (
        await call('admin', 'POST', '/quota-settlements', {
          rosterId,
          persons: 3,
          amount: 450,
          members: w.slice(0, 3).map((x) => x.memberNo),
          satisfaction: { responses: 3, satisfied: 3 },
        })
      ).json().code,
      'already-settled',
    );
  });

  it('the bill as .xlsx with its lines, names masked', async () => {
    const bill = (await ok('eleme', 'GET', `/quota-bills?settlementId=${settlementId}`)).items[0];
    const r = await call('eleme', 'GET', `/quota-bills/${bill.id}/sheet`);
    assert.equal(r.statusCode, 200, r.body);
    assert.match(String(r.headers['content-type']), /spreadsheetml/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    const text = wb.worksheets[0]!.getSheetValues().flat().map(String).join('|');
    assert.match(text, /饿了么/);
    assert.match(text, /150/);
    assert.ok(text.includes(w[0]!.memberNo));
    assert.ok(!text.includes(w[0]!.name) || w[0]!.name.length === 1, 'no full name in the file');
    assert.equal((await call('meituan', 'GET', `/quota-bills/${bill.id}/sheet`)).statusCode, 404);
  });

  it('the platform’s officers are told when a bill is issued to them', async () => {
    const bill = (await ok('eleme', 'GET', `/quota-bills?settlementId=${settlementId}`)).items[0];
    const notes = (await ok('eleme', 'GET', '/me/notifications')).items.filter(
      (n: { template: string; payload: { billId?: number } }) => n.template === 'platform-bill-issued' && n.payload.billId === bill.id,
    );
    assert.equal(notes.length, 1);
    assert.match(notes[0].text.zh, new RegExp(`结算单 ${bill.no}.*2 人.*¥300\\.00`));
    assert.match(notes[0].text.en, /confirm or dispute/);
    assert.equal(
      (await ok('meituan', 'GET', '/me/notifications')).items.filter((n: { payload: { billId?: number } }) => n.payload.billId === bill.id).length,
      0,
      'another platform is not told',
    );
  });

  it('dispute → reissue (the engine’s amount for the lines kept) → dispute → rejected; every side told, bad input named', async () => {
    const bill = (await ok('eleme', 'GET', `/quota-bills?settlementId=${settlementId}`)).items[0];
    assert.deepEqual(
      [bill.no, bill.revision, bill.abilities],
      [`PB${String(bill.id).padStart(6, '0')}`, 1, { confirm: true, dispute: true, answer: false, pay: false, move: false }],
    );
    // Bad input, named.
    const empty = await call('eleme', 'POST', `/quota-bills/${bill.id}/dispute`, { reason: ' ' });
    assert.equal(empty.statusCode, 400, empty.body);
    assert.ok(
      empty.json().errors.some((e: { field: string }) => e.field.endsWith('reason')),
      empty.body,
    );
    assert.equal(
      (await call('meituan', 'POST', `/quota-bills/${bill.id}/dispute`, { reason: '不是我们的人' })).statusCode,
      404,
      'another platform cannot see it',
    );
    assert.equal((await call('admin', 'POST', `/quota-bills/${bill.id}/dispute`, { reason: '代平台提出' })).statusCode, 403, 'only the platform disputes');
    assert.equal((await call('admin', 'POST', `/quota-bills/${bill.id}/reissue`, { reason: '更正', members: [w[0]!.memberNo] })).json().code, 'not-disputed');
    const d = await ok('eleme', 'POST', `/quota-bills/${bill.id}/dispute`, { reason: `${w[1]!.memberNo} 当天未参加体检` });
    assert.deepEqual([d.status, d.disputeReason, d.abilities.confirm, d.abilities.dispute], ['disputed', `${w[1]!.memberNo} 当天未参加体检`, false, false]);
    assert.equal((await call('eleme', 'POST', `/quota-bills/${bill.id}/dispute`, { reason: '再次' })).json().code, 'already-disputed');
    assert.equal((await call('eleme', 'POST', `/quota-bills/${bill.id}/confirm`)).json().code, 'disputed', 'a disputed bill is not confirmed');
    assert.equal((await call('admin', 'POST', `/quota-bills/${bill.id}/pay`, { reference: 'HK-0' })).json().code, 'disputed', 'nor paid');
    // The provider side is told (the federation files the claim as the provider in this test; the provider org's officers get it).
    const told = (await db().selectFrom('notifications').select(['template', 'payload']).where('template', '=', 'platform-bill-disputed').execute()).filter(
      (n) => (n.payload as { billId: number }).billId === bill.id,
    );
    assert.ok(told.length >= 1, 'the provider’s officer (sanatorium) is told');
    assert.equal(
      told.length,
      (
        await db()
          .selectFrom('accounts')
          .select('id')
          .where('org_id', '=', bill.providerOrgId)
          .where('status', '=', 'active')
          .where('role', '!=', 'member')
          .execute()
      ).length,
    );
    const asAdmin = await ok('admin', 'GET', `/quota-bills/${bill.id}`);
    assert.deepEqual(asAdmin.abilities, { confirm: false, dispute: false, answer: true, pay: false, move: true });
    assert.equal((await ok('sanatorium', 'GET', `/quota-bills/${bill.id}`)).abilities.answer, true, 'the provider that issued it answers');
    assert.equal(
      (await call('seagull', 'POST', `/quota-bills/${bill.id}/reject-dispute`, { reason: '不是我们开具的' })).statusCode,
      403,
      'another agency does not',
    );
    // The correction only drops lines: a member not on the bill, twice, or nothing dropped is refused, naming the row.
    const notOn = await call('admin', 'POST', `/quota-bills/${bill.id}/reissue`, { reason: '更正', members: [w[0]!.memberNo, w[2]!.memberNo] });
    assert.deepEqual(
      [notOn.statusCode, notOn.json().errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`)],
      [400, ['members[2]:not-on-bill']],
    );
    const twice = await call('admin', 'POST', `/quota-bills/${bill.id}/reissue`, { reason: '更正', members: [w[0]!.memberNo, w[0]!.memberNo] });
    assert.deepEqual(
      twice.json().errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`),
      ['members[2]:duplicate-member'],
    );
    const same = await call('admin', 'POST', `/quota-bills/${bill.id}/reissue`, { reason: '更正', members: [w[0]!.memberNo, w[1]!.memberNo] });
    assert.equal(same.json().code, 'unchanged');
    assert.equal((await call('admin', 'POST', `/quota-bills/${bill.id}/reissue`, { reason: '更正', members: [] })).statusCode, 400);
    assert.equal(
      (await call('eleme', 'POST', `/quota-bills/${bill.id}/reissue`, { reason: '更正', members: [w[0]!.memberNo] })).statusCode,
      403,
      'the platform does not correct its own bill',
    );
    const re = await ok('sanatorium', 'POST', `/quota-bills/${bill.id}/reissue`, { reason: '核对签到表，该员未参检，已去掉', members: [w[0]!.memberNo] });
    assert.deepEqual(
      [re.status, re.revision, re.persons, re.perPerson, re.amount, re.answer, re.lines.map((l: { memberNo: string }) => l.memberNo)],
      ['issued', 2, 1, 150, 150, 'reissued', [w[0]!.memberNo]],
    );
    assert.ok(
      re.trace.some((x: { name?: string }) => x.name === 'totalPayable'),
      'the engine’s amount for the lines kept',
    );
    const reNote = (await ok('eleme', 'GET', '/me/notifications')).items.find(
      (n: { template: string; payload: { billId?: number } }) => n.template === 'platform-bill-reissued' && n.payload.billId === bill.id,
    );
    assert.match(reNote.text.zh, /第 2 版.*1 人.*¥150\.00/);
    // The settlement (the federation's subsidy to the provider) is untouched: the checkup was done.
    assert.equal((await ok('admin', 'GET', `/quota-settlements/${settlementId}`)).amount, 450);
    // The meituan bill: disputed, the dispute rejected with a reason; it stands as issued.
    const mt = (await ok('meituan', 'GET', `/quota-bills?settlementId=${settlementId}`)).items[0];
    await ok('meituan', 'POST', `/quota-bills/${mt.id}/dispute`, { reason: '该员不是我平台骑手' });
    const noReason = await call('admin', 'POST', `/quota-bills/${mt.id}/reject-dispute`, {});
    assert.equal(noReason.statusCode, 400);
    assert.ok(
      noReason.json().errors.some((e: { field: string }) => e.field.endsWith('reason')),
      noReason.body,
    );
    const rj = await ok('admin', 'POST', `/quota-bills/${mt.id}/reject-dispute`, { reason: '该员在 2022 年美团劳动者名单中（互助保障计划登记）' });
    assert.deepEqual([rj.status, rj.revision, rj.amount, rj.answer, rj.disputeReason], ['issued', 1, 150, 'rejected', '该员不是我平台骑手']);
    assert.equal((await call('admin', 'POST', `/quota-bills/${mt.id}/reject-dispute`, { reason: '再次驳回' })).json().code, 'not-disputed');
    const rjNote = (await ok('meituan', 'GET', '/me/notifications')).items.find(
      (n: { template: string; payload: { billId?: number } }) => n.template === 'platform-bill-dispute-rejected' && n.payload.billId === mt.id,
    );
    assert.match(rjNote.text.zh, /驳回.*互助保障计划登记/);
    assert.deepEqual(
      rj.history.map((h: { action: string }) => h.action),
      ['issue', 'dispute', 'reject-dispute'],
    );
    const audit = await db().selectFrom('audit_log').select('action').where('entity', '=', 'platform-bill').execute();
    for (const action of ['platform-bill.dispute', 'platform-bill.reissue', 'platform-bill.reject-dispute'])
      assert.ok(
        audit.some((x) => x.action === action),
        action,
      );
  });

  it('issued → confirmed by the platform’s officer → paid as recorded by the provider or the federation, once', async () => {
    const bill = (await ok('eleme', 'GET', `/quota-bills?settlementId=${settlementId}`)).items[0];
    assert.deepEqual(bill.abilities, { confirm: true, dispute: true, answer: false, pay: false, move: false });
    assert.equal((await call('admin', 'POST', `/quota-bills/${bill.id}/pay`, { reference: 'HK-1' })).json().code, 'not-confirmed');
    assert.equal((await call('meituan', 'POST', `/quota-bills/${bill.id}/confirm`)).statusCode, 404);
    assert.equal((await call('admin', 'POST', `/quota-bills/${bill.id}/confirm`)).statusCode, 403, 'only the platform confirms');
    const conf = await ok('eleme', 'POST', `/quota-bills/${bill.id}/confirm`);
    assert.equal(conf.status, 'confirmed');
    assert.equal((await call('eleme', 'POST', `/quota-bills/${bill.id}/confirm`)).json().code, 'already-confirmed');
    assert.equal(
      (await call('eleme', 'POST', `/quota-bills/${bill.id}/pay`, { reference: 'HK-1' })).statusCode,
      403,
      'the platform does not record its own payment',
    );
    assert.equal((await call('pudong', 'POST', `/quota-bills/${bill.id}/pay`, { reference: 'HK-1' })).statusCode, 404);
    assert.equal((await call('admin', 'POST', `/quota-bills/${bill.id}/pay`, { reference: 'HK-1', paidOn: '2022-07-01' })).json().code, 'invalid-paid-on');
    const paid = await ok('admin', 'POST', `/quota-bills/${bill.id}/pay`, { reference: 'HK-20220601-01' });
    assert.deepEqual([paid.status, paid.paidOn, paid.paymentReference], ['paid', '2022-06-01', 'HK-20220601-01']);
    assert.equal((await call('admin', 'POST', `/quota-bills/${bill.id}/pay`, { reference: 'HK-2' })).json().code, 'already-paid');
    assert.equal(paid.amount, 150, 'the corrected amount, paid once');
    assert.deepEqual(
      paid.history.map((h: { action: string; revision: number }) => `${h.action}@${h.revision}`),
      ['issue@1', 'dispute@1', 'reissue@2', 'confirm@2', 'pay@2'],
    );
    assert.equal((await call('eleme', 'POST', `/quota-bills/${bill.id}/dispute`, { reason: '付款后提出' })).json().code, 'not-disputable');
    const audit = await db().selectFrom('audit_log').select('action').where('entity', '=', 'platform-bill').execute();
    for (const action of ['platform-bill.confirm', 'platform-bill.export', 'platform-bill.issue', 'platform-bill.pay'])
      assert.ok(
        audit.some((a) => a.action === action),
        action,
      );
  });
});
