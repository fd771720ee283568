// Member protection, collective enrollment (003 附件2-1 一(二)1, 三、时间节点) through HTTP on both engines:
// the flow end to end, each refusal, scoping, amounts equal to the engine's, no double cover, all or nothing.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { evaluate } from '@shishi/policy';
import { multipart, startTestApp, type TestApp } from '../harness.ts';
import { protectionTuning } from '../../src/modules/protection/service.ts';

describe('protection: collective enrollment', () => {
  let t: TestApp;
  const c: Record<string, string> = {};
  let grassrootsOrg = 0;
  let listId = 0;
  const call = (who: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: { cookie: c[who]! }, ...(payload === undefined ? {} : { payload: payload as object }) });

  before(async () => {
    t = await startTestApp();
    for (const u of ['grassroots', 'pudong', 'jiading', 'member', 'mutualaid', 'zhangjiang', 'admin']) c[u] = await t.login(u);
    grassrootsOrg = (await call('grassroots', 'GET', '/auth/me')).json().orgId;
  });

  it('the demo: 李明 is covered by plan B for 2025, paid; then this file starts from an empty register', async () => {
    const mine = (await call('member', 'GET', '/me/protection')).json().items.find((x: { year: number }) => x.year === 2025);
    assert.deepEqual([mine?.plan, mine?.mode, mine?.paymentState], ['B', 'collective', 'paid']);
    await sql`delete from protection_claims`.execute(t.s.database.db);
    await sql`delete from protection_covers`.execute(t.s.database.db);
    await sql`delete from protection_lists`.execute(t.s.database.db);
    await sql`delete from protection_remittances`.execute(t.s.database.db);
    await sql`delete from protection_batches`.execute(t.s.database.db);
  });
  after(() => t.close());

  it('refuses outside the grassroots window (11/1–12/15), naming it', async () => {
    t.pinToday('2024-10-31');
    const res = await call('grassroots', 'POST', '/protection/lists', { year: 2025, orgId: grassrootsOrg, plan: 'B' });
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().code, 'outside-application-window');
    assert.match(res.json().detail ?? res.json().title ?? res.body, /2024-11-01/);
  });

  it('refuses a wrong unit category and a plan the year does not have', async () => {
    t.pinToday('2024-11-10');
    const wrong = await call('grassroots', 'POST', '/protection/lists', { year: 2025, orgId: grassrootsOrg, plan: 'B', unitCategory: 'special' });
    assert.equal(wrong.statusCode, 409);
    assert.equal(wrong.json().code, 'wrong-unit-category');
    const badPlan = await call('grassroots', 'POST', '/protection/lists', { year: 2025, orgId: grassrootsOrg, plan: 'C' });
    assert.equal(badPlan.statusCode, 400);
  });

  it('builds the list from the registry as one job, amounts equal to the engine', async () => {
    t.pinToday('2024-11-10');
    const res = await call('grassroots', 'POST', '/protection/lists', { year: 2025, orgId: grassrootsOrg, plan: 'B' });
    assert.equal(res.statusCode, 202, res.body);
    const { batchId } = res.json();
    await t.s.jobs.drain();
    const b = (await call('grassroots', 'GET', `/protection/batches/${batchId}`)).json();
    assert.equal(b.status, 'done', JSON.stringify(b));
    const lists = (await call('grassroots', 'GET', '/protection/lists?year=2025')).json();
    assert.equal(lists.total, 1);
    const l = lists.items[0];
    listId = l.id;
    const active = await t.s.database.db
      .selectFrom('memberships')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('org_id', '=', grassrootsOrg)
      .where('status', '=', 'active')
      .executeTakeFirstOrThrow();
    assert.equal(l.members, Number(active.n));
    assert.ok(l.members >= 1);
    const engine = evaluate({
      program: 'member-protection',
      date: '2024-11-10',
      input: { plan: 'B', mode: 'collective', unitCategory: 'ordinary', coverageYear: 2025 },
    }).output as Record<string, number | string>;
    assert.deepEqual(
      [l.premium, l.citySubsidy, l.remainder, l.coverageStart, l.coverageEnd],
      [engine.premium, engine.citySubsidy, engine.remainder, engine.coverageStart, engine.coverageEnd],
    );
    assert.deepEqual([l.premium, l.citySubsidy, l.remainder], [90, 40, 50]); // 003 附件2-1 一(三) B类 90 / 40
    assert.equal(l.totals.premium, 90 * l.members);
    const detail = (await call('grassroots', 'GET', `/protection/lists/${listId}`)).json();
    assert.ok(Array.isArray(detail.evaluation.trace) && detail.evaluation.trace.length > 0, 'the trace is kept');
  });

  it('a second plan in the same year is refused with its reason', async () => {
    const res = await call('grassroots', 'POST', '/protection/lists', { year: 2025, orgId: grassrootsOrg, plan: 'A' });
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().code, 'already-enrolled');
  });

  it('excludes and re-includes members; an unknown row is named', async () => {
    const page = (await call('grassroots', 'GET', `/protection/enrollments?year=2025&listId=${listId}&pageSize=200`)).json();
    const other = page.items.find((x: { name: string }) => x.name !== '李明');
    if (other) {
      const ex = await call('grassroots', 'POST', `/protection/lists/${listId}/exclude`, { membershipIds: [other.membershipId], reason: '已离职' });
      assert.equal(ex.statusCode, 200, ex.body);
      assert.equal(ex.json().excluded, 1);
      const back = await call('grassroots', 'POST', `/protection/lists/${listId}/include`, { membershipIds: [other.membershipId] });
      assert.equal(back.json().excluded, 0);
    }
    const bad = await call('grassroots', 'POST', `/protection/lists/${listId}/exclude`, { membershipIds: [999999] });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().issues?.[0]?.field ?? bad.json().errors?.[0]?.field, 'membershipIds[0]');
  });

  it('submit, then the regional union confirms in its window; Jiading sees nothing', async () => {
    const sub = await call('grassroots', 'POST', `/protection/lists/${listId}/submit`);
    assert.equal(sub.statusCode, 200, sub.body);
    assert.equal(sub.json().status, 'submitted');
    const early = await call('pudong', 'POST', `/protection/lists/${listId}/confirm`);
    assert.equal(early.statusCode, 409);
    assert.equal(early.json().code, 'outside-application-window');
    t.pinToday('2024-12-20');
    assert.equal((await call('jiading', 'POST', `/protection/lists/${listId}/confirm`)).statusCode, 404);
    assert.equal((await call('grassroots', 'POST', `/protection/lists/${listId}/confirm`)).statusCode, 403);
    const ok = await call('pudong', 'POST', `/protection/lists/${listId}/confirm`);
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().status, 'confirmed');
    assert.equal((await call('jiading', 'GET', `/protection/lists/${listId}`)).statusCode, 404);
    const js = (await call('jiading', 'GET', '/protection/summary?year=2025')).json();
    assert.equal(js.total.members, 0);
    assert.equal((await call('jiading', 'GET', '/protection/enrollments?year=2025')).json().total, 0);
    const ps = (await call('pudong', 'GET', '/protection/summary?year=2025')).json();
    assert.equal(ps.total.members, sub.json().members);
    assert.equal(ps.byPlan[0].plan, 'B');
    assert.equal(ps.total.premium, 90 * sub.json().members);
  });

  it('the member sees their cover', async () => {
    const me = await call('member', 'GET', '/me/protection');
    assert.equal(me.statusCode, 200, me.body);
    const cover = me.json().items.find((x: { year: number }) => x.year === 2025);
    assert.ok(cover);
    assert.deepEqual([cover.plan, cover.mode, cover.coverageStart, cover.coverageEnd], ['B', 'collective', '2025-01-01', '2025-12-31']);
    assert.equal((await call('member', 'GET', '/protection/enrollments?year=2025')).statusCode, 403);
  });

  it('Pudong uploads the voucher (amount checked, forged file refused) and the agency reconciles', async () => {
    t.pinToday('2025-01-10');
    const list = (await call('pudong', 'GET', `/protection/lists/${listId}`)).json();
    const due = list.totals.remainder;
    const upload = (who: string, fields: Record<string, string>, content: Buffer | string, name = 'voucher.pdf') => {
      const m = multipart(fields, { name, content, type: 'application/pdf' });
      return t.app.inject({ method: 'POST', url: '/api/v1/protection/remittances', headers: { cookie: c[who]!, ...m.headers }, payload: m.payload });
    };
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF');
    const wrong = await upload('pudong', { year: '2025', amount: String(due + 1) }, pdf);
    assert.equal(wrong.statusCode, 400, wrong.body);
    assert.equal(wrong.json().code, 'voucher-mismatch');
    const forged = await upload('pudong', { year: '2025', amount: String(due) }, 'MZ not a voucher', 'voucher.pdf');
    assert.equal(forged.statusCode, 400);
    assert.equal(forged.json().code, 'file-type-not-allowed');
    assert.equal((await upload('grassroots', { year: '2025', amount: String(due) }, pdf)).statusCode, 403);
    const ok = await upload('pudong', { year: '2025', amount: String(due) }, pdf);
    assert.equal(ok.statusCode, 201, ok.body);
    assert.equal(ok.json().expected, due);
    assert.equal(ok.json().late, false);
    assert.equal((await upload('pudong', { year: '2025', amount: String(due) }, pdf)).statusCode, 409);
    const id = ok.json().id;
    assert.equal((await call('pudong', 'POST', `/protection/remittances/${id}/reconcile`, { received: due })).statusCode, 403);
    const short = await call('mutualaid', 'POST', `/protection/remittances/${id}/reconcile`, { received: due - 10 });
    assert.equal(short.statusCode, 409);
    assert.equal(short.json().code, 'remittance-mismatch');
    const rec = await call('mutualaid', 'POST', `/protection/remittances/${id}/reconcile`, { received: due });
    assert.equal(rec.statusCode, 200, rec.body);
    assert.equal(rec.json().status, 'reconciled');
    assert.equal((await call('pudong', 'GET', `/protection/lists/${listId}`)).json().status, 'reconciled');
    const mine = (await call('member', 'GET', '/me/protection')).json().items.find((x: { year: number }) => x.year === 2025);
    assert.equal(mine.paymentState, 'paid');
    assert.equal((await call('jiading', 'GET', '/protection/remittances?year=2025')).json().items.length, 0);
  });

  it('a district-wide batch and a union batch at the same time never cover anyone twice', async () => {
    t.pinToday('2024-11-20');
    const pudongId = (await call('pudong', 'GET', '/auth/me')).json().orgId;
    const zj = (await call('zhangjiang', 'GET', '/auth/me')).json().orgId;
    const [a, b] = await Promise.all([
      call('pudong', 'POST', '/protection/lists', { year: 2025, orgId: pudongId, plan: 'A' }),
      call('zhangjiang', 'POST', '/protection/lists', { year: 2025, orgId: zj, plan: 'A+' }),
    ]);
    assert.equal(a.statusCode, 202, a.body);
    assert.equal(b.statusCode, 202, b.body);
    await t.s.jobs.drain();
    const dup = await sql<{
      n: number;
    }>`select count(*)::int as n from (select person_id from protection_covers where year = 2025 and status in ('listed','confirmed','pending-payment') group by person_id having count(*) > 1) d`.execute(
      t.s.database.db,
    );
    assert.equal(dup.rows[0]!.n, 0);
    const one = await sql<{
      n: number;
    }>`select count(*)::int as n from (select org_id from protection_lists where year = 2025 group by org_id having count(*) > 1) d`.execute(t.s.database.db);
    assert.equal(one.rows[0]!.n, 0);
  });

  it('a batch that fails part-way writes nothing (all or nothing)', async () => {
    t.pinToday('2024-11-20');
    const jiadingId = (await call('jiading', 'GET', '/auth/me')).json().orgId;
    const unions = await t.s.database.db
      .selectFrom('orgs')
      .select('id')
      .where('path', 'like', (await t.s.database.db.selectFrom('orgs').select('path').where('id', '=', jiadingId).executeTakeFirstOrThrow()).path + '%')
      .where('kind', '=', 'grassroots')
      .orderBy('path')
      .execute();
    assert.ok(unions.length >= 2, 'Jiading has at least two grassroots unions');
    const last = unions.at(-1)!.id;
    await sql
      .raw(`create function protection_test_fail() returns trigger language plpgsql as $$ begin if new.org_id = ${last} then raise exception 'test failure'; end if; return new; end $$;
      create trigger protection_test_fail before insert on protection_lists for each row execute function protection_test_fail();`)
      .execute(t.s.database.db);
    protectionTuning.chunkMembers = 1;
    try {
      const res = await call('jiading', 'POST', '/protection/lists', { year: 2025, orgId: jiadingId, plan: 'A' });
      assert.equal(res.statusCode, 202, res.body);
      await t.s.jobs.drain();
      const b = (await call('jiading', 'GET', `/protection/batches/${res.json().batchId}`)).json();
      assert.equal(b.status, 'failed');
      assert.ok(b.error?.zh);
      assert.equal((await call('jiading', 'GET', '/protection/lists?year=2025')).json().total, 0);
      assert.equal((await call('jiading', 'GET', '/protection/enrollments?year=2025')).json().total, 0);
    } finally {
      protectionTuning.chunkMembers = 20_000;
      await sql.raw('drop trigger protection_test_fail on protection_lists; drop function protection_test_fail();').execute(t.s.database.db);
    }
  });
});
