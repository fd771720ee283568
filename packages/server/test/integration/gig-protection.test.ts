// Gig workers' mutual protection (001 互助保障计划, issue 9 §4) through HTTP on both engines: platforms upload rosters
// (file and JSON, all or nothing), the age limit at its boundary, one cover per worker per coverage year (the first
// submission wins, the second platform told why), cover dates March vs instant, the agency's review with the SMS in
// the outbox, claims priced by the engine and paid once through the payout ledger, and scoping between platforms.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { multipart, startTestApp, type TestApp } from '../harness.ts';
import { idCheckCharacter } from '../../src/platform/identifiers.ts';
import { writeXlsx } from '../../src/platform/spreadsheets.ts';
import { rosterColumns } from '../../src/modules/protection/gig.ts';

/** A valid ID number born on `birth` (YYYY-MM-DD), `seq` the order code. */
const idOf = (birth: string, seq: number) => {
  const first17 = `310115${birth.replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
  return first17 + idCheckCharacter(first17);
};

describe('protection: gig workers', () => {
  let t: TestApp;
  const c: Record<string, string> = {};
  const call = (who: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: { cookie: c[who]! }, ...(payload === undefined ? {} : { payload: payload as object }) });
  const upload = async (who: string, name: string, content: Buffer) => {
    const m = multipart({}, { name, content, type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    return t.app.inject({ method: 'POST', url: '/api/v1/protection/gig/rosters/upload', headers: { cookie: c[who]!, ...m.headers }, payload: m.payload });
  };
  const fieldsOf = (body: { errors?: { field: string; code: string }[] }) => (body.errors ?? []).map((e) => `${e.field}:${e.code}`);
  const db = () => t.s.database.db;

  // 2022-03-15 (centralized month): A is 30, B turns 60 tomorrow (59: may enroll), C turned 60 today (may not).
  const A = { name: '张三', idNumber: idOf('1992-01-01', 11), mobile: '13912345671' };
  const B = { name: '李四', idNumber: idOf('1962-03-16', 21), mobile: '13912345672' };
  const C = { name: '王五', idNumber: idOf('1962-03-15', 31), mobile: '13912345673' };
  const D = { name: '赵六', idNumber: idOf('1990-07-07', 41), mobile: '13912345674' };
  const E = { name: '钱七', idNumber: idOf('1995-05-05', 51), mobile: '13912345675' };
  let elemeRoster = 0;
  let meituanRoster = 0;

  before(async () => {
    t = await startTestApp();
    for (const u of ['eleme', 'meituan', 'mutualaid', 'pudong', 'finance']) c[u] = await t.login(u);
    for (const tb of ['gig_claims', 'gig_covers', 'gig_rosters']) await sql.raw(`delete from ${tb}`).execute(db());
  });
  after(() => t.close());

  it('gives platforms their own kind and role, and hands out the template', async () => {
    const me = (await call('eleme', 'GET', '/auth/me')).json();
    assert.equal(me.role, 'platform-officer');
    const org = await db().selectFrom('orgs').select(['kind', 'name']).where('id', '=', me.orgId).executeTakeFirstOrThrow();
    assert.deepEqual(org, { kind: 'platform', name: '饿了么上海' });
    const r = await call('eleme', 'GET', '/protection/gig/rosters/template.xlsx');
    assert.equal(r.statusCode, 200);
    assert.match(String(r.headers['content-type']), /spreadsheetml/);
    assert.equal((await call('pudong', 'GET', '/protection/gig/rosters/template.xlsx')).statusCode, 403, 'a union does not upload rosters');
  });

  it('refuses a roster with bad rows as a whole, naming row and field in both languages', async () => {
    t.pinToday('2022-03-15');
    const bad = await call('eleme', 'POST', '/protection/gig/rosters', {
      rows: [A, { ...B, idNumber: B.idNumber.slice(0, 17) + (B.idNumber[17] === '1' ? '2' : '1') }, { ...C, mobile: '1234' }, { ...D, idNumber: A.idNumber }],
    });
    assert.equal(bad.statusCode, 400, bad.body);
    assert.equal(bad.json().code, 'invalid-rows');
    assert.deepEqual(fieldsOf(bad.json()), ['rows[2].idNumber:invalid-id-number', 'rows[3].mobile:invalid-mobile', 'rows[4].idNumber:duplicate-row']);
    assert.match(bad.body, /第2行“身份证号”/);
    assert.match(bad.body, /row 3, mobile/);
    assert.equal((await db().selectFrom('gig_covers').select('id').execute()).length, 0, 'nothing half-written');
    const many = await call('eleme', 'POST', '/protection/gig/rosters', { rows: Array.from({ length: 5001 }, () => A) });
    assert.equal(many.statusCode, 400, 'at most 5,000 rows per roster');
  });

  it('uploads a March roster file: centralized cover 4/1–3/31 at 72 yuan, under 60 only (59 in, 60 refused by the engine)', async () => {
    t.pinToday('2022-03-15');
    const file = await writeXlsx([{ name: '参保人员名单', columns: rosterColumns, rows: [A, B, C] }]);
    const r = await upload('eleme', '饿了么三月名单.xlsx', file);
    assert.equal(r.statusCode, 201, r.body);
    const ro = r.json();
    elemeRoster = ro.id;
    assert.deepEqual(
      [ro.status, ro.year, ro.enrollmentMode, ro.coverageStart, ro.coverageEnd, ro.premium, ro.rows, ro.accepted, ro.refused, ro.total, ro.source],
      ['submitted', 2022, 'centralized', '2022-04-01', '2023-03-31', 72, 3, 2, 1, 144, 'file'],
    );
    assert.equal(ro.evaluation.program, 'gig-mutual-protection');
    const rows = (await call('eleme', 'GET', `/protection/gig/rosters/${ro.id}/rows`)).json().items;
    assert.deepEqual(
      rows.map((x: { rowNo: number; status: string; age: number }) => [x.rowNo, x.status, x.age]),
      [
        [2, 'pending', 30],
        [3, 'pending', 59],
        [4, 'refused', 60],
      ],
    );
    assert.equal(rows[2].refusal.code, 'age-limit');
    assert.match(rows[2].refusal.message.zh, /未满 60 周岁/);
    assert.equal(rows[0].idMasked, `310***********${A.idNumber.slice(14)}`, 'ID numbers masked');
    assert.equal(rows[0].phoneMasked, '139****5671');
    assert.deepEqual(rows[0].waitingDays, { hospital: 0, criticalIllness: 0, diseaseDeath: 0 }, 'centralized: no waiting period');
    const stored = await db()
      .selectFrom('gig_covers')
      .select(['evaluation', 'id_cipher'])
      .where('roster_id', '=', ro.id)
      .where('row_no', '=', 2)
      .executeTakeFirstOrThrow();
    assert.equal((stored.evaluation as { policy: string }).policy, '2022', 'the trace is kept on the row');
    assert.ok(!String(stored.id_cipher).includes(A.idNumber), 'the ID number is sealed');
  });

  it('refuses a worker another platform submitted first, saying who and when, and nothing else of theirs', async () => {
    t.pinToday('2022-03-20');
    const r = await call('meituan', 'POST', '/protection/gig/rosters', { rows: [A, D] });
    assert.equal(r.statusCode, 201, r.body);
    const ro = r.json();
    meituanRoster = ro.id;
    assert.deepEqual([ro.accepted, ro.refused, ro.source], [1, 1, 'api']);
    const rows = (await call('meituan', 'GET', `/protection/gig/rosters/${ro.id}/rows`)).json().items;
    assert.equal(rows[0].status, 'refused');
    assert.equal(rows[0].refusal.code, 'covered-by-another-platform');
    assert.match(rows[0].refusal.message.zh, /已由饿了么上海于 2022-03-15 先行提交参保/);
    assert.match(rows[0].refusal.message.en, /first submission stands/);
    assert.doesNotMatch(JSON.stringify(rows[0]), new RegExp(`名单 ${elemeRoster}|roster ${elemeRoster}`), 'the other platform’s roster is not named');
    assert.equal(rows[1].status, 'pending');
    // The same platform again: its own earlier submission (B turned 60 on 03-16: the age limit would speak first).
    const again = await call('eleme', 'POST', '/protection/gig/rosters', { rows: [A] });
    assert.equal(again.json().refused, 1);
    const againRows = (await call('eleme', 'GET', `/protection/gig/rosters/${again.json().id}/rows`)).json().items;
    assert.equal(againRows[0].refusal.code, 'already-enrolled');
  });

  it('scopes rosters: one platform cannot see the other’s', async () => {
    const mine = (await call('meituan', 'GET', '/protection/gig/rosters')).json();
    assert.ok(mine.items.every((x: { platformName: string }) => x.platformName === '美团上海'));
    assert.equal((await call('meituan', 'GET', `/protection/gig/rosters/${elemeRoster}`)).statusCode, 404);
    assert.equal((await call('meituan', 'GET', `/protection/gig/rosters/${elemeRoster}/rows`)).statusCode, 404);
    const covers = (await call('meituan', 'GET', '/protection/gig/covers?status=pending')).json();
    assert.deepEqual(
      covers.items.map((x: { name: string }) => x.name),
      ['赵六'],
    );
    const all = (await call('mutualaid', 'GET', '/protection/gig/rosters?status=submitted')).json();
    assert.ok(all.total >= 2, 'the agency sees every platform’s rosters');
    assert.equal((await call('pudong', 'GET', '/protection/gig/rosters')).json().total, 0, 'a district sees none of the federation’s platforms');
  });

  it('the agency approves: covers in force, one SMS per worker in the outbox with the number masked; a platform cannot approve', async () => {
    t.pinToday('2022-03-25');
    assert.equal((await call('eleme', 'POST', `/protection/gig/rosters/${elemeRoster}/approve`)).statusCode, 403);
    assert.equal((await call('finance', 'POST', `/protection/gig/rosters/${elemeRoster}/approve`)).statusCode, 403);
    const r = await call('mutualaid', 'POST', `/protection/gig/rosters/${elemeRoster}/approve`);
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(r.json().status, 'approved');
    const notes = await db()
      .selectFrom('notifications')
      .select(['channel', 'recipient_masked', 'payload'])
      .where('template', '=', 'gig-cover-started')
      .orderBy('id')
      .execute();
    assert.deepEqual(
      notes.map((n) => [n.channel, n.recipient_masked]),
      [
        ['sms', '139****5671'],
        ['sms', '139****5672'],
      ],
    );
    assert.ok(!JSON.stringify(notes).includes('13912345671'), 'no full number outside the sealed recipient');
    assert.deepEqual(notes[0]!.payload as { start: string; end: string; platform: string }, {
      name: '张三',
      platform: '饿了么上海',
      start: '2022-04-01',
      end: '2023-03-31',
    });
    const again = await call('mutualaid', 'POST', `/protection/gig/rosters/${elemeRoster}/approve`);
    assert.equal(again.statusCode, 409);
    const active = (await call('eleme', 'GET', '/protection/gig/covers')).json();
    assert.deepEqual(active.items.map((x: { name: string; smsSent: boolean }) => [x.name, x.smsSent]).sort(), [
      ['张三', true],
      ['李四', true],
    ]);
  });

  it('returns a roster with a reason: its workers may be enrolled again', async () => {
    const r = await call('mutualaid', 'POST', `/protection/gig/rosters/${meituanRoster}/return`, { reason: '请核实人员身份后重新提交' });
    assert.equal(r.statusCode, 200, r.body);
    assert.deepEqual([r.json().status, r.json().reviewReason], ['returned', '请核实人员身份后重新提交']);
    t.pinToday('2022-04-02');
    const again = await call('eleme', 'POST', '/protection/gig/rosters', { rows: [D] });
    assert.equal(again.json().accepted, 1, 'D is free once meituan’s roster is returned');
  });

  let instantRoster = 0;
  it('a monthly push in September is instant: from the 1st of next month to 31 March, 36 yuan, with waiting periods', async () => {
    t.pinToday('2022-09-10');
    const r = await call('eleme', 'POST', '/protection/gig/rosters', { rows: [E] });
    assert.equal(r.statusCode, 201, r.body);
    const ro = r.json();
    instantRoster = ro.id;
    assert.deepEqual(
      [ro.enrollmentMode, ro.coverageStart, ro.coverageEnd, ro.premium, ro.term, ro.year],
      ['instant', '2022-10-01', '2023-03-31', 36, 'half-year', 2022],
    );
    const rows = (await call('eleme', 'GET', `/protection/gig/rosters/${ro.id}/rows`)).json().items;
    assert.deepEqual(rows[0].waitingDays, { hospital: 30, criticalIllness: 60, diseaseDeath: 30 });
    // August is still the full-year premium (四(一)1: 3月份起至当年8月份).
    t.pinToday('2022-08-31');
    const aug = await call('eleme', 'POST', '/protection/gig/rosters', { rows: [{ ...E, name: '孙八', idNumber: idOf('1991-02-02', 61) }] });
    assert.deepEqual([aug.json().premium, aug.json().coverageStart], [72, '2022-09-01']);
    t.pinToday('2022-09-12');
    assert.equal((await call('mutualaid', 'POST', `/protection/gig/rosters/${instantRoster}/approve`)).statusCode, 200);
  });

  const bank = { bank: '中国工商银行上海分行', accountName: '张三', accountNo: '6222 0210 0112 3456 789' };
  const coverOf = async (who: string, name: string) =>
    ((await call(who, 'GET', `/protection/gig/covers?q=${encodeURIComponent(name)}`)).json().items[0] as { id: number }).id;

  it('files a hospital claim priced by the engine, pays it once through the ledger to the worker’s bank card', async () => {
    t.pinToday('2022-06-10');
    const coverA = await coverOf('eleme', '张三');
    const noBank = await call('eleme', 'POST', '/protection/gig/claims', {
      coverId: coverA,
      claimType: 'hospital-allowance',
      eventDate: '2022-05-01',
      hospitalDays: 10,
    });
    assert.equal(noBank.statusCode, 400);
    assert.deepEqual(fieldsOf(noBank.json()), ['bank:required']);
    const r = await call('eleme', 'POST', '/protection/gig/claims', {
      coverId: coverA,
      claimType: 'hospital-allowance',
      eventDate: '2022-05-01',
      hospitalDays: 10,
      ...bank,
    });
    assert.equal(r.statusCode, 201, r.body);
    const k = r.json();
    assert.deepEqual(
      [k.status, k.amount, k.payWithinDays, k.payBy, k.payTo, k.accountMasked, k.filedAs],
      ['filed', 3000, 90, '2022-09-08', 'bank-account', '***************6789', 'platform'],
    );
    assert.equal(k.evaluation.program, 'gig-mutual-protection-claim');
    assert.equal((await call('meituan', 'GET', `/protection/gig/claims/${k.id}`)).statusCode, 404, 'another platform does not see it');
    assert.equal((await call('eleme', 'POST', `/protection/gig/claims/${k.id}/approve`, {})).statusCode, 403);
    const ap = await call('mutualaid', 'POST', `/protection/gig/claims/${k.id}/approve`, {});
    assert.equal(ap.statusCode, 200, ap.body);
    const paid = await call('mutualaid', 'POST', `/protection/gig/claims/${k.id}/pay`, { reference: 'BANK-001' });
    assert.equal(paid.statusCode, 200, paid.body);
    assert.deepEqual([paid.json().status, paid.json().paidOn], ['paid', '2022-06-10']);
    const twice = await call('mutualaid', 'POST', `/protection/gig/claims/${k.id}/pay`, { reference: 'BANK-002' });
    assert.equal(twice.statusCode, 409);
    assert.equal(twice.json().code, 'already-paid');
    const entries = await db()
      .selectFrom('payout_entries')
      .select(['source_kind', 'payee_kind', 'amount_fen', 'payee_account_masked', 'payee_account_cipher'])
      .where('source_kind', '=', 'gig-claim')
      .where('source_id', '=', k.id)
      .execute();
    assert.equal(entries.length, 1, 'booked once');
    assert.deepEqual([entries[0]!.payee_kind, entries[0]!.amount_fen, entries[0]!.payee_account_masked], ['bank-account', 300000, '***************6789']);
    assert.ok(!String(entries[0]!.payee_account_cipher).includes('6222'), 'the card number is sealed');
    const sms = await db().selectFrom('notifications').select(['recipient_masked', 'payload']).where('template', '=', 'gig-claim-paid').execute();
    assert.deepEqual(
      sms.map((x) => x.recipient_masked),
      ['139****5671'],
    );
    // The centre alone opens the full card number to transfer the benefit; each opening is audited without the number.
    const card = await call('mutualaid', 'POST', `/protection/gig/claims/${k.id}/bank-account/reveal`);
    assert.equal(card.statusCode, 200, card.body);
    assert.deepEqual(card.json(), { ...bank, accountNo: bank.accountNo.replaceAll(' ', '') });
    assert.equal((await call('eleme', 'POST', `/protection/gig/claims/${k.id}/bank-account/reveal`)).statusCode, 403);
    const reveals = await db().selectFrom('audit_log').select('summary').where('action', '=', 'protection.gig-account-reveal').execute();
    assert.equal(reveals.length, 1);
    assert.doesNotMatch(String(reveals[0]!.summary), /6222/);
    // The yearly 180 days / 54,000: a second stay of 175 days pays the 170 days left.
    const second = await call('eleme', 'POST', '/protection/gig/claims', {
      coverId: coverA,
      claimType: 'hospital-allowance',
      eventDate: '2022-05-20',
      hospitalDays: 180,
      ...bank,
    });
    assert.equal(second.json().amount, 51000, second.body);
  });

  it('critical-illness medical aid: only after the critical-illness benefit, banded by 表一 at its boundaries', async () => {
    t.pinToday('2022-07-01');
    const coverB = await coverOf('eleme', '李四');
    const b = { ...bank, accountName: '李四' };
    const early = await call('eleme', 'POST', '/protection/gig/claims', {
      coverId: coverB,
      claimType: 'critical-illness-medical',
      eventDate: '2022-06-01',
      outOfPocket: 45000,
      ...b,
    });
    assert.equal(early.statusCode, 409);
    assert.equal(early.json().code, 'critical-illness-not-granted');
    const ci = await call('eleme', 'POST', '/protection/gig/claims', { coverId: coverB, claimType: 'critical-illness', eventDate: '2022-05-15', ...b });
    assert.equal(ci.json().amount, 20000, ci.body);
    assert.equal((await call('mutualaid', 'POST', `/protection/gig/claims/${ci.json().id}/approve`, {})).statusCode, 200);
    for (const [oop, want] of [
      [39999.99, 2000],
      [40000, 5000],
      [150000, 80000],
    ] as const) {
      const r = await call('mutualaid', 'POST', '/protection/gig/claims', {
        coverId: coverB,
        claimType: 'critical-illness-medical',
        eventDate: `2022-06-0${want === 2000 ? 1 : want === 5000 ? 2 : 3}`,
        outOfPocket: oop,
        ...b,
      });
      assert.equal(r.statusCode, 201, r.body);
      assert.deepEqual([r.json().amount, r.json().filedAs], [want, 'agency']);
    }
    const low = await call('eleme', 'POST', '/protection/gig/claims', {
      coverId: coverB,
      claimType: 'critical-illness-medical',
      eventDate: '2022-06-09',
      outOfPocket: 19999,
      ...b,
    });
    assert.equal(low.statusCode, 409);
    assert.equal(low.json().code, 'below-threshold');
  });

  it('an instant cover has its waiting period; a death goes to the platform’s account; a cover not in force takes no claim', async () => {
    t.pinToday('2022-11-20');
    const coverE = await coverOf('eleme', '钱七');
    const wait = await call('eleme', 'POST', '/protection/gig/claims', {
      coverId: coverE,
      claimType: 'hospital-allowance',
      eventDate: '2022-10-30',
      hospitalDays: 3,
      ...bank,
      accountName: '钱七',
    });
    assert.equal(wait.statusCode, 409);
    assert.equal(wait.json().code, 'in-waiting-period');
    const okDay = await call('eleme', 'POST', '/protection/gig/claims', {
      coverId: coverE,
      claimType: 'hospital-allowance',
      eventDate: '2022-10-31',
      hospitalDays: 3,
      ...bank,
      accountName: '钱七',
    });
    assert.equal(okDay.statusCode, 201, 'from the 31st day of cover (10-01 + 30)');
    const death = await call('eleme', 'POST', '/protection/gig/claims', {
      coverId: coverE,
      claimType: 'accidental-death',
      eventDate: '2022-11-01',
      outcomeOn: '2022-11-05',
    });
    assert.equal(death.statusCode, 201, death.body);
    assert.deepEqual([death.json().amount, death.json().payTo], [150000, 'platform-account']);
    // Paid only to the platform's account once finance has verified it; nothing half-written before.
    assert.equal((await call('mutualaid', 'POST', `/protection/gig/claims/${death.json().id}/approve`, {})).statusCode, 200);
    const unverified = await call('mutualaid', 'POST', `/protection/gig/claims/${death.json().id}/pay`, { reference: 'BANK-D1' });
    assert.equal(unverified.statusCode, 409, unverified.body);
    assert.equal(unverified.json().code, 'no-payee-account');
    assert.equal((await call('mutualaid', 'GET', `/protection/gig/claims/${death.json().id}`)).json().status, 'approved');
    const platformId = (await call('eleme', 'GET', '/auth/me')).json().orgId;
    const acct = await call('mutualaid', 'POST', '/payouts/payee-accounts', {
      orgId: platformId,
      bank: '招商银行上海分行',
      accountName: '饿了么上海',
      accountNo: '6214 8300 0000 1234',
    });
    if (acct.statusCode === 201) assert.equal((await call('finance', 'POST', `/payouts/payee-accounts/${acct.json().id}/verify`)).statusCode, 200);
    else {
      const mine = (await call('finance', 'GET', `/payouts/payee-accounts?orgId=${platformId}`)).json().items[0];
      assert.ok(mine, acct.body);
      if (!mine.verifiedBy) assert.equal((await call('finance', 'POST', `/payouts/payee-accounts/${mine.id}/verify`)).statusCode, 200);
    }
    const paidDeath = await call('mutualaid', 'POST', `/protection/gig/claims/${death.json().id}/pay`, { reference: 'BANK-D1' });
    assert.equal(paidDeath.statusCode, 200, paidDeath.body);
    assert.equal(paidDeath.json().status, 'paid');
    const pending = (await db().selectFrom('gig_covers').select('id').where('name', '=', '孙八').executeTakeFirstOrThrow()).id;
    const np = await call('eleme', 'POST', '/protection/gig/claims', { coverId: pending, claimType: 'accidental-injury', eventDate: '2022-10-01', ...bank });
    assert.equal(np.statusCode, 409);
    assert.equal(np.json().code, 'cover-not-in-force');
  });
  it('an active cover past its period reads 已到期, not 保障中', async () => {
    t.pinToday('2022-06-10');
    const now = (await call('mutualaid', 'GET', '/protection/gig/covers?year=2022')).json().items as { phase: string; statusName: { zh: string } }[];
    assert.ok(now.length > 0 && now.some((c) => c.phase === 'in-force' && c.statusName.zh === '保障中'));
    t.pinToday('2023-04-01');
    const later = (await call('mutualaid', 'GET', '/protection/gig/covers?year=2022')).json().items as { phase: string; statusName: { zh: string } }[];
    assert.ok(later.length > 0 && later.every((c) => c.phase === 'ended' && c.statusName.zh === '已到期'), JSON.stringify(later.map((c) => c.phase)));
  });
});
