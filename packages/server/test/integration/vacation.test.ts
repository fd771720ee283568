// Member vacations as applications (issue 10 §3, issue 12): the member, or the union's desk after
// checking the member number, books resort, room type, nights and dates. Caps per stay (2018: 2
// rooms, 7 nights, 000 四、附件2 注1; 2025: 2 rooms, 5 nights, 003 附件2-9 一(一)4) and per year
// (2025: 2,500 yuan) across all the member's stays, read from the register; month- and
// holiday-dependent prices (000 附件2 注2); a withdrawn booking gives its subsidy back. Through
// HTTP on the database named by SHISHI_TEST_DB, the clock pinned inside each program's year.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { engine, startTestApp, type TestApp } from '../harness.ts';

let t: TestApp;
const cookies: Record<string, string> = {};
before(async () => {
  t = await startTestApp({ members: 120 });
  for (const u of ['admin', 'member', 'grassroots', 'pudong']) cookies[u] = await t.login(u);
});
after(async () => {
  t?.pinToday();
  await t?.close();
});

const req = (user: string, method: string, url: string, payload?: unknown) =>
  t.app.inject({
    method: method as any,
    url: `/api/v1${url}`,
    ...(payload !== undefined ? { payload: payload as any } : {}),
    headers: { cookie: cookies[user]! },
  });
const ok = async (p: ReturnType<typeof req>, status = 200) => {
  const r = await p;
  assert.equal(r.statusCode, status, r.body);
  return r.json();
};
type Problem = { code: string; messages: { zh: string; en: string }; reasons?: { code: string; message: { zh: string; en: string } }[] };
const refused = async (p: ReturnType<typeof req>, code: string, reason?: string): Promise<Problem> => {
  const r = await p;
  assert.equal(r.statusCode, 400, r.body);
  const b = r.json() as Problem;
  assert.equal(b.code, code, r.body);
  if (reason)
    assert.ok(
      b.reasons?.some((d) => d.code === reason),
      `reason ${reason} in ${r.body}`,
    );
  return b;
};
const reason = (b: Problem, code: string) => b.reasons!.find((d) => d.code === code)!;

const instance = (year: number, windows: { batch: number; from: string; to: string }[]) => ({
  program: 'member-vacation',
  year,
  title: `${year}年会员个人休养度假`,
  status: 'open',
  channels: ['personal', 'unit'],
  windows,
  // The booking is confirmed by the member's union (one step); the subsidy is settled monthly by the rights department.
  reviewChain: [{ level: 'grassroots', actor: { role: 'grassroots-officer' }, dueIn: { workingDays: 5 } }],
  requiredDocuments: [],
  settlement: { cadence: 'monthly', closeDay: 25, payByDay: 10, preparer: 'rights', payTo: 'member-card' },
  contacts: [{ role: '预订', org: '海鸥集团疗休养事业发展部', name: '杨洁', phone: '13601734013' }],
  sources: '003 附件2-9 一(一)',
});

describe(`member vacation bookings on ${engine}`, () => {
  let p2025 = 0;
  let p2018 = 0;
  const desk: { personId: number; memberNo: string }[] = [];

  before(async () => {
    t.pinToday('2025-03-03');
    p2025 = (await ok(req('admin', 'POST', '/programs', instance(2025, [{ batch: 1, from: '2025-01-01', to: '2025-12-31' }])), 201)).id;
    t.pinToday('2018-03-01');
    p2018 = (await ok(req('admin', 'POST', '/programs', instance(2018, [{ batch: 1, from: '2017-12-01', to: '2018-12-31' }])), 201)).id;
    // Members of the demo grassroots union other than 李明, for the desk's bookings.
    const db = t.s.database.db;
    const union = (await db.selectFrom('accounts').select('org_id').where('username', '=', 'grassroots').executeTakeFirstOrThrow()).org_id!;
    const rows = await db
      .selectFrom('memberships')
      .innerJoin('persons', 'persons.id', 'memberships.person_id')
      .select(['memberships.person_id', 'memberships.member_no'])
      .where('memberships.org_id', '=', union)
      .where('memberships.status', '=', 'active')
      .where('persons.name', '<>', '李明')
      .where('memberships.joined_on', '<=', '2017-01-01')
      .orderBy('memberships.person_id')
      .limit(4)
      .execute();
    for (const r of rows) desk.push({ personId: r.person_id, memberNo: r.member_no! });
    assert.ok(desk.length >= 3, 'the demo union has members for the desk');
  });

  it('2025 caps per stay: at most 2 rooms and 5 nights, refused whole with the cap named in both languages', async () => {
    t.pinToday('2025-03-03');
    const over = await refused(
      req('member', 'POST', '/applications', {
        programId: p2025,
        form: { resort: 'shajiabang', checkIn: '2025-04-10', nights: 2, rooms: 3, marketPrice: 300 },
      }),
      'ineligible',
      'over-room-limit',
    );
    const rooms = reason(over, 'over-room-limit');
    assert.match(rooms.message.zh, /最多 2 间/);
    assert.match(rooms.message.en, /at most 2 rooms/);
    const nights = reason(
      await refused(
        req('member', 'POST', '/applications', {
          programId: p2025,
          form: { resort: 'shajiabang', checkIn: '2025-04-10', nights: 6, rooms: 1, marketPrice: 300 },
        }),
        'ineligible',
        'over-night-limit',
      ),
      'over-night-limit',
    );
    assert.match(nights.message.zh, /最多 5 晚/);
    assert.match(nights.message.en, /at most 5 nights/);
    // A stay whose last night leaves the year is outside the program (stay-period 2025-01-01–2025-12-31).
    await refused(
      req('member', 'POST', '/applications', {
        programId: p2025,
        form: { resort: 'shajiabang', checkIn: '2025-12-29', nights: 4, rooms: 1, marketPrice: 300 },
      }),
      'ineligible',
      'outside-application-window',
    );
  });

  it('the yearly cap of 2,500 yuan runs across the member’s stays, from the register; exactly the cap passes, past it is refused naming it', async () => {
    t.pinToday('2025-03-03');
    // Stay 1 at the boundary of the stay caps: 2 rooms × 5 nights at 屏风山, 250 a room-night → 2,500 = the whole year's cap.
    const a = await ok(
      req('member', 'POST', '/applications', {
        programId: p2025,
        form: { resort: 'pingfengshan', checkIn: '2025-05-01', nights: 5, rooms: 2, marketPrice: 500 },
      }),
      201,
    );
    assert.equal(a.amount, 2500);
    assert.equal(a.evaluation.output.totalPrice, 4500, '90% of the market price, 10 room-nights');
    assert.equal(a.evaluation.output.totalPay, 2000);
    // Stay 2: nothing left of the year's cap → refused, naming the cap and what is used.
    const capped = await refused(
      req('member', 'POST', '/applications', {
        programId: p2025,
        form: { resort: 'shajiabang', checkIn: '2025-07-01', nights: 1, rooms: 1, marketPrice: 300 },
      }),
      'ineligible',
      'over-yearly-cap',
    );
    const cap = reason(capped, 'over-yearly-cap');
    assert.match(cap.message.zh, /已用 2500\.00 元/);
    assert.match(cap.message.zh, /最多 2500\.00 元/);
    assert.match(cap.message.en, /2500\.00 yuan/);
    // The cap is read from the register, not typed: a subsidy figure in the form is refused as an unknown field.
    await refused(
      req('member', 'POST', '/applications', {
        programId: p2025,
        form: { resort: 'shajiabang', checkIn: '2025-07-01', nights: 1, rooms: 1, marketPrice: 300, subsidyUsedThisYear: 0 },
      }),
      'invalid-input',
    );

    // Cancelling stay 1 gives its subsidy back: stay 2 now gets its full subsidy.
    const w = await ok(req('member', 'POST', `/applications/${a.id}/withdraw`));
    assert.equal(w.status, 'withdrawn');
    const b = await ok(
      req('member', 'POST', '/applications', {
        programId: p2025,
        form: { resort: 'shajiabang', checkIn: '2025-07-01', nights: 1, rooms: 1, marketPrice: 300 },
      }),
      201,
    );
    assert.equal(b.amount, 150);
    // The same check-in day twice is one booking, not two.
    const dup = await req('member', 'POST', '/applications', {
      programId: p2025,
      form: { resort: 'xishan', checkIn: '2025-07-01', nights: 1, rooms: 1, marketPrice: 300 },
    });
    assert.equal(dup.statusCode, 409, dup.body);
    // Stay 3 (2 rooms × 5 nights at 屏风山 = 2,500 asked) gets only what is left of the cap: 2,350.
    const c = await ok(
      req('member', 'POST', '/applications', {
        programId: p2025,
        form: { resort: 'pingfengshan', checkIn: '2025-09-01', nights: 5, rooms: 2, marketPrice: 500 },
      }),
      201,
    );
    assert.equal(c.amount, 2350);
    const used = c.evaluation.output.nightly.filter((n: { subsidy: number }) => n.subsidy < 250);
    assert.equal(used.length, 1, 'one room-night is cut to what is left, the last in date order');
    assert.equal(used[0].subsidy, 100);
  });

  it('an approved booking counts towards the cap; a rejected one gives it back', async () => {
    t.pinToday('2025-03-03');
    const m = desk[0]!;
    const a = await ok(
      req('grassroots', 'POST', '/applications', {
        programId: p2025,
        personId: m.personId,
        form: { resort: 'pingfengshan', checkIn: '2025-04-01', nights: 4, rooms: 2, marketPrice: 400, memberNo: m.memberNo },
      }),
      201,
    );
    assert.equal(a.amount, 2000);
    const approved = await ok(req('grassroots', 'POST', `/applications/${a.id}/approve`, {}));
    assert.equal(approved.status, 'approved');
    const b = await ok(
      req('grassroots', 'POST', '/applications', {
        programId: p2025,
        personId: m.personId,
        form: { resort: 'workers-sanatorium', checkIn: '2025-06-01', nights: 3, rooms: 1, marketPrice: 600, memberNo: m.memberNo },
      }),
      201,
    );
    assert.equal(b.amount, 450, 'three nights of 150 fit in the 500 left');
    const c = await ok(
      req('grassroots', 'POST', '/applications', {
        programId: p2025,
        personId: m.personId,
        form: { resort: 'workers-sanatorium', checkIn: '2025-08-01', nights: 1, rooms: 1, marketPrice: 600, memberNo: m.memberNo },
      }),
      201,
    );
    assert.equal(c.amount, 50, 'the last 50 of the cap');
    await refused(
      req('grassroots', 'POST', '/applications', {
        programId: p2025,
        personId: m.personId,
        form: { resort: 'xishan', checkIn: '2025-10-01', nights: 1, rooms: 1, marketPrice: 300, memberNo: m.memberNo },
      }),
      'ineligible',
      'over-yearly-cap',
    );
    await ok(req('grassroots', 'POST', `/applications/${b.id}/reject`, { reason: '房源已满，请改期' }));
    const d = await ok(
      req('grassroots', 'POST', '/applications', {
        programId: p2025,
        personId: m.personId,
        form: { resort: 'xishan', checkIn: '2025-10-01', nights: 1, rooms: 1, marketPrice: 300, memberNo: m.memberNo },
      }),
      201,
    );
    assert.equal(d.amount, 150);
    // The cap of one year does not reach into another: the 2018 program has no yearly cap.
  });

  it('an approved booking is cancelled before check-in: the payable is reversed and the cap frees up; not after it starts, not twice', async () => {
    t.pinToday('2025-03-03');
    const m = desk[1]!;
    const book = (form: Record<string, unknown>) =>
      req('grassroots', 'POST', '/applications', { programId: p2025, personId: m.personId, form: { ...form, memberNo: m.memberNo } });
    const a = await ok(book({ resort: 'pingfengshan', checkIn: '2025-05-01', nights: 5, rooms: 2, marketPrice: 500 }), 201);
    const approved = await ok(req('grassroots', 'POST', `/applications/${a.id}/approve`, {}));
    assert.equal(approved.abilities.cancel, true);
    await refused(book({ resort: 'xishan', checkIn: '2025-06-01', nights: 1, rooms: 1, marketPrice: 300 }), 'ineligible', 'over-yearly-cap');
    const empty = await req('grassroots', 'POST', `/applications/${a.id}/cancel`, { reason: '' });
    assert.equal(empty.statusCode, 400, empty.body);
    const cancelled = await ok(req('grassroots', 'POST', `/applications/${a.id}/cancel`, { reason: '会员因病改期' }));
    assert.equal(cancelled.status, 'withdrawn');
    assert.equal(cancelled.abilities.cancel, false);
    const ledger = await t.s.database.db
      .selectFrom('payout_entries')
      .select(['kind', 'amount_fen'])
      .where('source_kind', '=', 'application')
      .where('source_id', '=', a.id)
      .orderBy('id')
      .execute();
    assert.deepEqual(
      ledger.map((e) => e.kind),
      ['payable', 'reversal'],
    );
    assert.equal(ledger[0]!.amount_fen + ledger[1]!.amount_fen, 0, 'the reversal nets the payable to nothing');
    const again = await ok(book({ resort: 'xishan', checkIn: '2025-06-01', nights: 1, rooms: 1, marketPrice: 300 }), 201);
    assert.ok(again.amount > 0, 'the subsidy came back to the cap');
    const twice = await req('grassroots', 'POST', `/applications/${a.id}/cancel`, { reason: '再次取消' });
    assert.equal(twice.statusCode, 409);
    assert.equal(twice.json().code, 'cannot-cancel');
    // Once the stay has started it is not cancelled.
    await ok(req('grassroots', 'POST', `/applications/${again.id}/approve`, {}));
    t.pinToday('2025-06-01');
    const late = await req('grassroots', 'POST', `/applications/${again.id}/cancel`, { reason: '太晚了' });
    assert.equal(late.statusCode, 409, late.body);
    assert.equal(late.json().code, 'cancel-too-late');
    // The member did not file the desk's booking (unit channel): not theirs to cancel.
    t.pinToday('2025-03-03');
    const other = await req('member', 'POST', `/applications/${again.id}/cancel`, { reason: '不是我的' });
    assert.ok([403, 404].includes(other.statusCode), other.body);
  });

  it('the desk checks the member number against the register', async () => {
    t.pinToday('2025-03-03');
    const m = desk[1]!;
    const form = { resort: 'xishan', checkIn: '2025-05-10', nights: 2, rooms: 1, marketPrice: 300 };
    await refused(req('grassroots', 'POST', '/applications', { programId: p2025, personId: m.personId, form }), 'channel-not-allowed');
    const wrong = await refused(
      req('grassroots', 'POST', '/applications', { programId: p2025, personId: m.personId, form: { ...form, memberNo: '3100009999' } }),
      'member-no-mismatch',
    );
    assert.match(wrong.messages.zh, /会员卡号/);
    assert.match(wrong.messages.en, /member number/i);
    const a = await ok(req('grassroots', 'POST', '/applications', { programId: p2025, personId: m.personId, form: { ...form, memberNo: m.memberNo } }), 201);
    assert.equal(a.channel, 'unit');
    assert.equal(a.amount, 300);
  });

  it('2018: 2 rooms and 7 nights per stay, prices by the night’s month and the printed holidays (000 附件2)', async () => {
    t.pinToday('2018-03-01');
    const m = desk[2]!;
    const book = (form: Record<string, unknown>) =>
      req('grassroots', 'POST', '/applications', { programId: p2018, personId: m.personId, form: { ...form, memberNo: m.memberNo } });
    await refused(book({ resort: 'shajiabang', roomType: 'landscape-standard', checkIn: '2018-05-01', nights: 8, rooms: 1 }), 'ineligible', 'over-night-limit');
    await refused(book({ resort: 'shajiabang', roomType: 'landscape-standard', checkIn: '2018-05-01', nights: 2, rooms: 3 }), 'ineligible', 'over-room-limit');
    // Boundary: 7 nights × 2 rooms is allowed; nights of March at 50, of April at 80 (check-in 03-28: 4 + 3 nights).
    const a = await ok(book({ resort: 'shajiabang', roomType: 'landscape-standard', checkIn: '2018-03-28', nights: 7, rooms: 2 }), 201);
    assert.equal(a.amount, 2 * (4 * 50 + 3 * 80));
    // The Spring Festival night of 2018-02-20 is priced as April–December, that of 02-21 is not (注2).
    const b = await ok(book({ resort: 'xishan', roomType: 'lakeview-standard', checkIn: '2018-02-20', nights: 2, rooms: 1 }), 201);
    assert.deepEqual(
      b.evaluation.output.nightly.map((n: { subsidy: number }) => n.subsidy),
      [120, 70],
    );
    // No yearly cap in 2018: a third stay is subsidised in full.
    const c = await ok(book({ resort: 'huangshan', roomType: 'huangshan-standard', checkIn: '2018-06-01', nights: 7, rooms: 2 }), 201);
    assert.equal(c.amount, 14 * 75);
  });
});
