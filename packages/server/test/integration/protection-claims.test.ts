// Member-protection claims (003 附件2-1 二、关于给付) through HTTP on both engines: the cover on the event date from the
// register, the filing deadlines at their boundaries, the amount and its trace, the payee, review by 市职保中心, paid
// once, the pay-by date and the overdue flag, scoping and masking.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { evaluate } from '@shishi/policy';
import { multipart, startTestApp, type TestApp } from '../harness.ts';
import { adapters } from '../../src/modules/programs/api.ts';

describe('protection: claims', () => {
  let t: TestApp;
  const c: Record<string, string> = {};
  let liMing = 0; // 李明's membership
  let otherMember = 0; // a member of another Pudong union, on plan B
  const call = (who: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: { cookie: c[who]! }, ...(payload === undefined ? {} : { payload: payload as object }) });
  const pdf = (s: string) => Buffer.from(`%PDF-1.4\n% ${s}\n1 0 obj<<>>endobj\n%%EOF`);
  async function upload(who: string, type = 'hospital-record') {
    const m = multipart({ type }, { name: `${type}.pdf`, content: pdf(`${who} ${Math.random()}`), type: 'application/pdf' });
    const r = await t.app.inject({ method: 'POST', url: '/api/v1/documents', headers: { cookie: c[who]!, ...m.headers }, payload: m.payload });
    assert.equal(r.statusCode, 201, r.body);
    return r.json().id as number;
  }
  const fieldsOf = (body: { errors?: { field: string; code: string; messages?: { zh: string; en: string } }[] }) =>
    (body.errors ?? []).map((e) => `${e.field}:${e.code}`);

  before(async () => {
    t = await startTestApp();
    for (const u of ['grassroots', 'pudong', 'jiading', 'member', 'mutualaid']) c[u] = await t.login(u);
    const db = t.s.database.db;
    for (const tb of ['protection_claims', 'protection_covers', 'protection_lists', 'protection_remittances', 'protection_batches'])
      await sql.raw(`delete from ${tb}`).execute(db);
    const me = (await call('grassroots', 'GET', '/auth/me')).json();
    liMing = (
      await db
        .selectFrom('memberships')
        .innerJoin('persons', 'persons.id', 'memberships.person_id')
        .select('memberships.id')
        .where('persons.name', '=', '李明')
        .where('memberships.status', '=', 'active')
        .executeTakeFirstOrThrow()
    ).id;
    const pudongId = (await call('pudong', 'GET', '/auth/me')).json().orgId;
    // The register for 2025: 李明's union on plan B+ (a hospital benefit), another Pudong union on plan B.
    const other = await db
      .selectFrom('orgs')
      .innerJoin('memberships', 'memberships.org_id', 'orgs.id')
      .select(['orgs.id', 'memberships.id as mid'])
      .where('orgs.kind', '=', 'grassroots')
      .where('orgs.path', 'like', `%.${pudongId}.%`)
      .where('orgs.id', '<>', me.orgId)
      .where('memberships.status', '=', 'active')
      .orderBy('orgs.id')
      .executeTakeFirstOrThrow();
    otherMember = other.mid;
    t.pinToday('2024-11-10');
    assert.equal((await call('grassroots', 'POST', '/protection/lists', { year: 2025, orgId: me.orgId, plan: 'B+' })).statusCode, 202);
    assert.equal((await call('pudong', 'POST', '/protection/lists', { year: 2025, orgId: other.id, plan: 'B' })).statusCode, 202);
    await t.s.jobs.drain();
    const lists = (await call('pudong', 'GET', '/protection/lists?year=2025')).json().items as { id: number }[];
    assert.equal(lists.length, 2);
    t.pinToday('2024-12-10');
    for (const l of lists) assert.equal((await call('pudong', 'POST', `/protection/lists/${l.id}/submit`)).statusCode, 200);
    t.pinToday('2024-12-20');
    for (const l of lists) assert.equal((await call('pudong', 'POST', `/protection/lists/${l.id}/confirm`)).statusCode, 200);
  });
  after(() => t.close());

  it('a cover says where today stands in its period: not started, in force, ended (the status alone read 保障中 in 2026)', async () => {
    const phaseOn = async (day: string) => {
      t.pinToday(day);
      const mine = (await call('member', 'GET', '/me/protection')).json().items as { year: number; phase: string }[];
      return mine.find((x) => x.year === 2025)?.phase;
    };
    assert.equal(await phaseOn('2024-12-31'), 'not-started');
    assert.equal(await phaseOn('2025-01-01'), 'in-force');
    assert.equal(await phaseOn('2025-12-31'), 'in-force');
    assert.equal(await phaseOn('2026-01-01'), 'ended');
    t.pinToday('2026-01-01');
    const listed = (await call('pudong', 'GET', '/protection/enrollments?year=2025')).json().items as { phase: string }[];
    assert.ok(listed.length > 0 && listed.every((x) => x.phase === 'ended'), 'the register says so too');
    t.pinToday('2024-12-20');
  });

  it('refuses a claim with no cover on the event date (from the register), naming eventDate', async () => {
    t.pinToday('2025-06-10');
    const r = await call('member', 'POST', '/me/protection/claims', { claimType: 'critical-illness', eventDate: '2024-12-31' });
    assert.equal(r.statusCode, 409, r.body);
    assert.equal(r.json().code, 'no-cover-on-event-date');
    assert.deepEqual(fieldsOf(r.json()), ['eventDate:no-cover-on-event-date']);
    assert.match(r.body, /事件日期 2024-12-31/);
  });

  it('refuses a hospital claim on a plan without the hospital benefit, naming claimType', async () => {
    t.pinToday('2025-06-10');
    const r = await call('grassroots', 'POST', '/protection/claims', {
      membershipId: otherMember,
      claimType: 'hospitalization',
      eventDate: '2025-05-01',
      hospitalDays: 3,
    });
    assert.equal(r.statusCode, 404, 'another union’s member is not in the grassroots officer’s scope');
    const p = await call('pudong', 'POST', '/protection/claims', {
      membershipId: otherMember,
      claimType: 'hospitalization',
      eventDate: '2025-05-01',
      hospitalDays: 3,
    });
    assert.equal(p.statusCode, 409, p.body);
    assert.equal(p.json().code, 'benefit-not-in-plan');
    assert.deepEqual(fieldsOf(p.json()), ['claimType:benefit-not-in-plan']);
  });

  let hospitalClaim = 0;
  it('files a hospital claim: amount from the engine with its trace, pay-by 30 calendar days, paid to the card; a duplicate is refused', async () => {
    t.pinToday('2025-06-10');
    const doc = await upload('member');
    const r = await call('member', 'POST', '/me/protection/claims', {
      claimType: 'hospitalization',
      eventDate: '2025-03-01',
      hospitalDays: 10,
      documentIds: [doc],
    });
    assert.equal(r.statusCode, 201, r.body);
    const k = r.json();
    hospitalClaim = k.id;
    assert.deepEqual(
      [k.status, k.plan, k.amount, k.payWithinDays, k.payBy, k.payTo, k.filingDeadline, k.filedAs],
      ['filed', 'B+', 600, 30, '2025-07-10', 'member-card', '2027-12-31', 'member'],
    );
    assert.deepEqual(
      k.documents.map((d: { id: number }) => d.id),
      [doc],
    );
    const trace = k.evaluation.trace as { name: string }[];
    assert.ok(trace.some((x) => x.name === 'benefits') && trace.some((x) => x.name === 'filing-deadlines'), JSON.stringify(trace.map((x) => x.name)));
    assert.equal(k.evaluation.input.coverageStart, '2025-01-01', 'the cover dates are the register’s');
    const dup = await call('member', 'POST', '/me/protection/claims', { claimType: 'hospitalization', eventDate: '2025-03-01', hospitalDays: 4 });
    assert.equal(dup.statusCode, 409);
    assert.equal(dup.json().code, 'duplicate-claim');
    assert.deepEqual(fieldsOf(dup.json()), ['eventDate:duplicate-claim']);
    const reuse = await call('member', 'POST', '/me/protection/claims', { claimType: 'critical-illness', eventDate: '2025-04-01', documentIds: [doc] });
    assert.equal(reuse.json().code, 'document-in-use');
    // The centre's reviewer opens the claim's papers (audited); the unions and the member do not, and no other document is reachable.
    const paper = await call('mutualaid', 'GET', `/protection/claims/${hospitalClaim}/documents/${doc}`);
    assert.equal(paper.statusCode, 200, paper.body);
    assert.match(String(paper.headers['content-type']), /pdf/);
    assert.match(String(paper.headers['content-disposition']), /^attachment/);
    for (const who of ['pudong', 'grassroots', 'member'])
      assert.equal((await call(who, 'GET', `/protection/claims/${hospitalClaim}/documents/${doc}`)).statusCode, 403, who);
    assert.equal((await call('mutualaid', 'GET', `/protection/claims/${hospitalClaim}/documents/${doc + 1000}`)).statusCode, 404);
    const seen = await t.s.database.db
      .selectFrom('audit_log')
      .select('summary')
      .where('action', '=', 'document.view')
      .where('entity_id', '=', String(doc) as never)
      .execute();
    assert.equal(seen.length, 1);
  });

  it('only 市职保中心 reviews; approval and payment once; a rejected claim needs a reason', async () => {
    t.pinToday('2025-06-20');
    assert.equal((await call('grassroots', 'POST', `/protection/claims/${hospitalClaim}/approve`, {})).statusCode, 403);
    assert.equal((await call('pudong', 'POST', `/protection/claims/${hospitalClaim}/approve`, {})).statusCode, 403);
    const early = await call('mutualaid', 'POST', `/protection/claims/${hospitalClaim}/pay`, {});
    assert.equal(early.json().code, 'wrong-status');
    const ok = await call('mutualaid', 'POST', `/protection/claims/${hospitalClaim}/approve`, { reason: '材料齐全' });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.deepEqual([ok.json().status, ok.json().amount, ok.json().reviewedOn], ['approved', 600, '2025-06-20']);
    const paid = await call('mutualaid', 'POST', `/protection/claims/${hospitalClaim}/pay`, { reference: 'BANK-001' });
    assert.equal(paid.statusCode, 200, paid.body);
    assert.deepEqual([paid.json().status, paid.json().paidOn], ['paid', '2025-06-20']);
    const twice = await call('mutualaid', 'POST', `/protection/claims/${hospitalClaim}/pay`, {});
    assert.equal(twice.statusCode, 409);
    assert.equal(twice.json().code, 'already-paid');
    // The yearly maximum (10,800) counts what was paid: 175 more days give 10,800 − 600 = 10,200, not 10,500.
    const more = await call('member', 'POST', '/me/protection/claims', { claimType: 'hospitalization', eventDate: '2025-04-01', hospitalDays: 175 });
    assert.equal(more.statusCode, 201, more.body);
    assert.equal(more.json().amount, 10200);
    const noReason = await call('mutualaid', 'POST', `/protection/claims/${more.json().id}/reject`, {});
    assert.equal(noReason.statusCode, 400);
    const rej = await call('mutualaid', 'POST', `/protection/claims/${more.json().id}/reject`, { reason: '住院记录与病历不符' });
    assert.deepEqual([rej.json().status, rej.json().reviewReason], ['rejected', '住院记录与病历不符']);
    assert.equal((await call('mutualaid', 'POST', `/protection/claims/${more.json().id}/approve`, {})).json().code, 'wrong-status');
  });

  it('the accidental total disability deadline: 180 days after the accident, the last day included', async () => {
    t.pinToday('2025-08-29');
    const late = await call('member', 'POST', '/me/protection/claims', { claimType: 'accidental-total-disability', eventDate: '2025-03-01' });
    assert.equal(late.statusCode, 409, late.body);
    assert.equal(late.json().code, 'filing-deadline-passed');
    assert.deepEqual(fieldsOf(late.json()), ['eventDate:filing-deadline-passed']);
    assert.match(late.json().detail ?? late.json().title, /2025-08-28/);
    t.pinToday('2025-08-28');
    const ok = await call('member', 'POST', '/me/protection/claims', { claimType: 'accidental-total-disability', eventDate: '2025-03-01' });
    assert.equal(ok.statusCode, 201, ok.body);
    assert.deepEqual(
      [ok.json().amount, ok.json().filingDeadline, ok.json().payWithinDays, ok.json().payBy, ok.json().payTo],
      [30000, '2025-08-28', 60, '2025-10-27', 'member-card'],
    );
  });

  it('disease death: by 30 June of the next year; a unit-enrolled death is paid to the regional union', async () => {
    t.pinToday('2026-07-01');
    const late = await call('pudong', 'POST', '/protection/claims', { membershipId: otherMember, claimType: 'disease-death', eventDate: '2025-11-01' });
    assert.equal(late.json().code, 'filing-deadline-passed', late.body);
    t.pinToday('2026-06-30');
    const ok = await call('pudong', 'POST', '/protection/claims', {
      membershipId: otherMember,
      claimType: 'disease-death',
      eventDate: '2025-11-01',
      description: '家属电话 13912345678',
    });
    assert.equal(ok.statusCode, 201, ok.body);
    assert.deepEqual(
      [ok.json().amount, ok.json().filingDeadline, ok.json().payTo, ok.json().payToOrgName, ok.json().filedAs],
      [10000, '2026-06-30', 'regional-union', '浦东新区总工会', 'unit'],
    );
    assert.doesNotMatch(ok.json().description, /13912345678/, 'a mobile typed in the description is masked');
  });

  it('critical illness and accidental death: two years after the cover ends (2027-12-31)', async () => {
    t.pinToday('2028-01-01');
    const late = await call('member', 'POST', '/me/protection/claims', { claimType: 'critical-illness', eventDate: '2025-09-01' });
    assert.equal(late.json().code, 'filing-deadline-passed', late.body);
    t.pinToday('2027-12-31');
    const ok = await call('member', 'POST', '/me/protection/claims', { claimType: 'critical-illness', eventDate: '2025-09-01' });
    assert.equal(ok.statusCode, 201, ok.body);
    assert.deepEqual([ok.json().amount, ok.json().payWithinDays, ok.json().payBy], [20000, 90, '2028-03-30']);
  });

  it('lists claims scoped and masked, with the overdue flag', async () => {
    t.pinToday('2028-04-01');
    const all = (await call('mutualaid', 'GET', '/protection/claims?pageSize=50')).json();
    assert.equal(all.total, 5);
    const overdue = (await call('mutualaid', 'GET', '/protection/claims?overdue=true')).json();
    assert.ok(
      overdue.total >= 3 && overdue.items.every((k: { overdue: boolean; status: string }) => k.overdue && (k.status === 'filed' || k.status === 'approved')),
    );
    const paid = all.items.find((k: { status: string }) => k.status === 'paid');
    assert.equal(paid.overdue, false, 'a paid claim is never overdue');
    const body = JSON.stringify(all);
    assert.doesNotMatch(body, /310115199003076515/, 'ID numbers masked');
    assert.ok(all.items.every((k: { idMasked: string | null }) => !k.idMasked || k.idMasked.includes('*')));
    // Pudong sees its own; Jiading none; the grassroots officer only its union's; the member only through /me.
    assert.equal((await call('pudong', 'GET', '/protection/claims')).json().total, 5);
    assert.equal((await call('jiading', 'GET', '/protection/claims')).json().total, 0);
    assert.equal((await call('jiading', 'GET', `/protection/claims/${hospitalClaim}`)).statusCode, 404);
    assert.equal((await call('grassroots', 'GET', '/protection/claims')).json().total, 4);
    assert.equal((await call('member', 'GET', '/protection/claims')).statusCode, 403);
    const mine = (await call('member', 'GET', '/me/protection/claims')).json().items;
    assert.equal(mine.length, 4);
    assert.equal((await call('member', 'GET', `/protection/claims/${hospitalClaim}`)).statusCode, 200);
    const theirs = all.items.find((k: { membershipId: number }) => k.membershipId === otherMember);
    assert.equal((await call('member', 'GET', `/protection/claims/${theirs.id}`)).statusCode, 404);
    const detail = (await call('mutualaid', 'GET', `/protection/claims/${hospitalClaim}`)).json();
    assert.ok(Array.isArray(detail.evaluation.trace) && detail.evaluation.trace.length > 0);
  });
  it('the 2018 critical-illness condolence reads the cover from the register once the register holds the year', async () => {
    const db = t.s.database.db;
    const a = adapters['critical-illness-condolence']!;
    const form = {
      hasMemberProtection: true,
      coverageStart: '2018-01-01',
      coverageEnd: '2018-12-31',
      diagnosedOn: '2018-05-02',
      illness: 'acute-myocardial-infarction',
      hospitalized: true,
      hospital: 'shanghai-grade-3',
    };
    const facts = (extra: Record<string, unknown>) => ({ isMember: true, categories: [], paidThisYear: false, appliedOn: '2018-06-01', ...extra });
    const person = async (mid: number) => (await db.selectFrom('memberships').select('person_id').where('id', '=', mid).executeTakeFirstOrThrow()).person_id;
    // No register row for 2018: the declaration is the fallback.
    const declared = await a.personFacts!(db, form, await person(liMing));
    assert.deepEqual(declared, { protectionSource: 'declared' });
    assert.equal(a.policyInput(form, facts(declared)).hasMemberProtection, true);
    // A 2018 register (李明 covered from 2018-03-01): the register's dates; a member without a row has no cover.
    await sql`insert into protection_covers (year, membership_id, person_id, org_id, region_id, list_id, plan, mode, unit_category, term, coverage_start, coverage_end,
      premium_fen, subsidy_fen, remainder_fen, payer, status, policy)
      select 2018, membership_id, person_id, org_id, region_id, null, 'B', 'new-card', unit_category, 'full-year', '2018-03-01', '2018-12-31', 7000, 0, 7000, 'union', 'confirmed', '2018'
      from protection_covers where membership_id = ${liMing} and year = 2025`.execute(db);
    try {
      const mine = a.policyInput(form, facts(await a.personFacts!(db, form, await person(liMing))));
      assert.deepEqual([mine.hasMemberProtection, mine.coverageStart, mine.coverageEnd], [true, '2018-03-01', '2018-12-31']);
      const theirs = a.policyInput(form, facts(await a.personFacts!(db, form, await person(otherMember))));
      assert.equal(theirs.hasMemberProtection, false, 'the form says covered; the register says not');
      const r = evaluate({ program: 'critical-illness-condolence', date: '2018-06-01', input: theirs });
      assert.equal(r.eligible, false);
      const before = a.policyInput(
        { ...form, diagnosedOn: '2018-02-10' },
        facts(await a.personFacts!(db, { ...form, diagnosedOn: '2018-02-10' }, await person(liMing))),
      );
      assert.equal(
        evaluate({ program: 'critical-illness-condolence', date: '2018-06-01', input: before }).eligible,
        false,
        'diagnosed before the register’s cover began',
      );
    } finally {
      await sql`delete from protection_covers where year = 2018`.execute(db);
    }
  });

  // Issue 9/10: a claim is paid through the payout ledger, so it is booked once and never paid twice.
  it('the ledger: the approved claim is booked once (approving again books nothing), paid in a direct ZF batch, exported as 保障给付', async () => {
    const db = t.s.database.db;
    const entries = await db
      .selectFrom('payout_entries')
      .selectAll()
      .where('source_kind', '=', 'protection-claim')
      .where('source_id', '=', hospitalClaim)
      .execute();
    assert.equal(entries.length, 1);
    assert.deepEqual(
      [entries[0]!.kind, entries[0]!.amount_fen, entries[0]!.application_id, entries[0]!.program, entries[0]!.payee_kind],
      ['payable', 60000, null, 'member-protection-claim', 'member-card'],
    );
    // Booking again (a second approval) returns the entry already booked.
    const { bookPayable, payDirectly } = await import('../../src/modules/payouts/api.ts');
    const again = await db.transaction().execute((trx) =>
      bookPayable(trx, {
        source: { kind: 'protection-claim', id: hospitalClaim },
        program: 'member-protection-claim',
        year: 2025,
        preparer: 'mutual-aid-centre',
        personId: entries[0]!.person_id,
        membershipId: entries[0]!.membership_id,
        orgPath: entries[0]!.org_path,
        amountFen: 99900,
        bookedOn: '2025-06-21',
        createdBy: entries[0]!.created_by!,
      }),
    );
    assert.deepEqual(again, { id: entries[0]!.id, amountFen: 60000, booked: false });
    assert.equal(
      (await db.selectFrom('payout_entries').select('id').where('source_kind', '=', 'protection-claim').where('source_id', '=', hospitalClaim).execute())
        .length,
      1,
    );
    // Paid in a one-line direct batch; paying it directly again is 409 already-paid.
    const batch = await db
      .selectFrom('payout_batch_items as i')
      .innerJoin('payout_batches as b', 'b.id', 'i.batch_id')
      .select(['b.id', 'b.no', 'b.direct', 'b.status', 'b.entry_count', 'b.payment_reference'])
      .where('i.entry_id', '=', entries[0]!.id)
      .executeTakeFirstOrThrow();
    assert.match(batch.no, /^ZF20250620-\d{4}$/);
    assert.deepEqual([batch.direct, batch.status, batch.entry_count, batch.payment_reference], [true, 'paid', 1, 'BANK-001']);
    const ctx = { actor: { accountId: entries[0]!.created_by! } } as never;
    await assert.rejects(
      db.transaction().execute((trx) => payDirectly(t.s, trx, ctx, { kind: 'protection-claim', id: hospitalClaim }, { paidOn: '2025-06-21' })),
      (e: { code?: string }) => e.code === 'already-paid',
    );
    // The export names the source in its last column.
    const x = await call('mutualaid', 'GET', `/payouts/batches/${batch.id}/export.xlsx`);
    assert.equal(x.statusCode, 200, x.body);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as never);
    const rows = wb.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][];
    assert.equal(rows[0]!.at(-1), '款项来源');
    assert.equal(rows[1]!.at(-1), '保障给付');
    assert.equal(rows[1]![6], 'BZ' + String(hospitalClaim).padStart(6, '0'));
  });

  it('the ledger: a claim whose entry sits in an open monthly batch is not paid directly (409 entry-in-open-batch)', async () => {
    t.pinToday('2025-06-22');
    const filed = await call('member', 'POST', '/me/protection/claims', {
      claimType: 'hospitalization',
      eventDate: '2025-05-01',
      hospitalDays: 2,
      documentIds: [await upload('member')],
    });
    assert.equal(filed.statusCode, 201, filed.body);
    const id = filed.json().id as number;
    assert.equal((await call('mutualaid', 'POST', `/protection/claims/${id}/approve`, {})).statusCode, 200);
    const db = t.s.database.db;
    const e = await db
      .selectFrom('payout_entries')
      .select(['id', 'instance_id'])
      .where('source_kind', '=', 'protection-claim')
      .where('source_id', '=', id)
      .executeTakeFirstOrThrow();
    // An open batch holding the entry, as a monthly preparation would make it.
    const other = await db.selectFrom('payout_batches').select(['prepared_by']).where('direct', '=', true).executeTakeFirstOrThrow();
    const b = await db
      .insertInto('payout_batches')
      .values({
        no: `JS202506-T${id}`,
        instance_id: e.instance_id,
        period: '2025-06',
        closes_on: '2025-06-25',
        pay_by: '2025-07-10',
        status: 'prepared',
        entry_count: 1,
        total_fen: 1,
        prepared_by: other.prepared_by,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db.insertInto('payout_batch_items').values({ batch_id: b.id, entry_id: e.id }).execute();
    const r = await call('mutualaid', 'POST', `/protection/claims/${id}/pay`, { reference: 'BANK-002' });
    assert.equal(r.statusCode, 409, r.body);
    assert.equal(r.json().code, 'entry-in-open-batch');
    assert.equal((await call('mutualaid', 'GET', `/protection/claims/${id}`)).json().status, 'approved');
  });
});
