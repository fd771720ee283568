// SMS reminders before a member vacation's check-in, a booked class, a 送教上门 visit and a 直通车 booking (issue 10 §3
// “Reminders by SMS outbox”), in the shape of the trips' reminder: once per booking, when its day is within three days,
// through the daily jobs the modules' manifests schedule. Bookings made through HTTP on the database named by
// SHISHI_TEST_DB; the jobs' handlers run as the worker runs them; the outbox rows are read back.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { engine, startTestApp, type TestApp } from '../harness.ts';
import { httpKit } from '../kit.ts';
import { modules } from '../../src/modules/index.ts';
import { bookingRemindersJob } from '../../src/modules/applications/module.ts';
import { classRemindersJob } from '../../src/modules/classes/module.ts';

let t: TestApp;
const cookies: Record<string, string> = {};
const { req, ok } = httpKit(() => t, cookies);
const run = (job: typeof bookingRemindersJob | typeof classRemindersJob) => job.handler(t.s, {}, undefined as never) as Promise<Record<string, number>>;
const orgOf = async (username: string) =>
  (await t.s.database.db.selectFrom('accounts').select('org_id').where('username', '=', username).executeTakeFirstOrThrow()).org_id!;
type Sms = { channel: string; template: string; payload: Record<string, unknown>; recipient_masked: string | null; person_id: number | null };
const sms = async (template: string, key: string, id: number) =>
  (
    (await t.s.database.db
      .selectFrom('notifications')
      .select(['channel', 'template', 'payload', 'recipient_masked', 'person_id'])
      .where('template', '=', template)
      .execute()) as Sms[]
  ).filter((n) => n.payload[key] === id);

before(async () => {
  t = await startTestApp({ members: 300 });
  for (const u of ['admin', 'member', 'grassroots', 'pudong', 'zhangjiang', 'grassrootswork']) cookies[u] = await t.login(u);
});
after(async () => {
  t?.pinToday();
  await t?.close();
});

describe(`booking reminders by SMS on ${engine}`, () => {
  it('the manifests schedule both jobs daily and declare their templates', () => {
    const byName = new Map(modules.map((m) => [m.name, m]));
    for (const [mod, job, templates] of [
      ['applications', bookingRemindersJob, []],
      ['programs', null, ['vacation-stay-reminder']],
      ['classes', classRemindersJob, ['class-booking-reminder', 'class-visit-reminder', 'class-direct-booking-reminder']],
    ] as const) {
      const m = byName.get(mod)!;
      if (job) {
        assert.ok(m.jobs?.includes(job), `${mod} declares ${job.kind}`);
        assert.ok(
          m.schedules?.some((x) => x.job === job),
          `${mod} schedules ${job.kind}`,
        );
      }
      for (const k of templates) assert.ok(m.notices?.[k], `${mod} declares ${k}`);
    }
  });

  it('a member vacation: the approved stay is texted to the member three days before check-in, once; in review or withdrawn, not', async () => {
    t.pinToday('2025-03-03');
    const program = await ok(
      req('admin', 'POST', '/programs', {
        program: 'member-vacation',
        year: 2025,
        title: '2025年会员个人休养度假',
        status: 'open',
        channels: ['personal', 'unit'],
        windows: [{ batch: 1, from: '2025-01-01', to: '2025-12-31' }],
        reviewChain: [{ level: 'grassroots', actor: { role: 'grassroots-officer' }, dueIn: { workingDays: 5 } }],
        requiredDocuments: [],
        settlement: { cadence: 'monthly', closeDay: 25, payByDay: 10, preparer: 'rights', payTo: 'member-card' },
        sources: '003 附件2-9 一(一)',
      }),
      201,
    );
    const book = async (checkIn: string) =>
      ok(
        req('member', 'POST', '/applications', { programId: program.id, form: { resort: 'shajiabang', checkIn, nights: 2, rooms: 1, marketPrice: 300 } }),
        201,
      );
    const stay = await book('2025-05-10');
    const inReview = await book('2025-05-11');
    const withdrawn = await book('2025-05-12');
    for (const a of [stay, withdrawn]) await ok(req('grassroots', 'POST', `/applications/${a.id}/approve`, { comment: '已核对' }));
    t.pinToday('2025-05-01');
    await ok(req('member', 'POST', `/applications/${withdrawn.id}/cancel`, { reason: '行程有变' }));

    t.pinToday('2025-05-06');
    assert.equal((await run(bookingRemindersJob)).bookings, 0, 'four days ahead: not yet');
    t.pinToday('2025-05-07');
    const r = await run(bookingRemindersJob);
    assert.deepEqual([r.on, r.bookings, r.sent], ['2025-05-07', 1, 1]);
    const [n, ...more] = await sms('vacation-stay-reminder', 'applicationId', stay.id);
    assert.equal(more.length, 0);
    const liMing = (await t.s.database.db.selectFrom('accounts').select('person_id').where('username', '=', 'member').executeTakeFirstOrThrow()).person_id!;
    assert.deepEqual([n!.channel, n!.person_id, n!.recipient_masked], ['sms', liMing, '138****8000'], 'the member’s mobile from the register, kept masked');
    assert.deepEqual(
      [n!.payload.name, n!.payload.resort, n!.payload.checkIn, n!.payload.checkOut, n!.payload.nights, n!.payload.rooms],
      ['李明', '沙家浜休养院', '2025-05-10', '2025-05-12', 2, 1],
    );
    t.pinToday('2025-05-09');
    await run(bookingRemindersJob);
    assert.equal((await sms('vacation-stay-reminder', 'applicationId', stay.id)).length, 1, 'once per booking, however many runs');
    assert.equal((await sms('vacation-stay-reminder', 'applicationId', inReview.id)).length, 0, 'a booking still in review is not confirmed');
    assert.equal((await sms('vacation-stay-reminder', 'applicationId', withdrawn.id)).length, 0, 'a cancelled stay is no booking');
    // The portal shows the member the text the SMS carries.
    const { renderTemplate } = await import('../../src/modules/notifications/service.ts');
    assert.match(renderTemplate('vacation-stay-reminder', n!.payload, 'zh'), /李明您好.*沙家浜休养院.*2025-05-10入住（1间2晚，2025-05-12离店）/);
  });

  it('a 直通车 booking (附件2): the unit’s contact is texted at the form’s mobile before the day, once approved', async () => {
    t.pinToday('2018-05-02');
    const fed = {
      level: 'federation',
      actor: { role: 'department-officer', functionCode: 'grassroots-work' },
      dueIn: { workingDays: 20 },
      skipForChannels: [],
    };
    const program = await ok(
      req('grassrootswork', 'POST', '/programs', {
        program: 'class-direct-booking',
        year: 2018,
        title: '2018年公益乐学直通车版预约',
        status: 'open',
        channels: ['unit'],
        windows: [{ batch: 1, from: '2018-04-01', to: '2018-12-31' }],
        reviewChain: [{ level: 'regional', actor: { role: 'regional-officer' }, dueIn: { workingDays: 20 }, skipForChannels: [] }, fed],
        settlement: { closeDay: 25, payByDay: 10, preparer: 'grassroots-work', payTo: 'org-account' },
        sources: '000 公益乐学 四（四） 附件2',
      }),
      201,
    );
    const form = {
      address: '浦东新区世纪大道 2001 号',
      postcode: '200120',
      legalRepName: '张明',
      legalRepTitle: '主席',
      legalRepPhone: '021-58881234',
      contactName: '王丽',
      contactTitle: '文体部部长',
      contactPhone: '021-58881235',
      contactEmail: 'wangli@example.cn',
      contactMobile: '13812345678',
      categories: ['activity'],
      activities: ['lantern-riddles'],
      bookedOn: '2018-09-20',
      place: '张江高科技园区 科苑路 88 号广场',
      venue: ['outdoor'],
      expectedPersons: 300,
      audience: '园区企业一线职工',
    };
    const a = await ok(req('zhangjiang', 'POST', '/applications', { programId: program.id, applicantOrgId: await orgOf('zhangjiang'), form }), 201);
    t.pinToday('2018-09-17');
    await run(bookingRemindersJob);
    assert.equal((await sms('class-direct-booking-reminder', 'applicationId', a.id)).length, 0, 'in review: not yet a booking');
    for (const who of ['pudong', 'grassrootswork']) await ok(req(who, 'POST', `/applications/${a.id}/approve`, { comment: '同意' }));
    t.pinToday('2018-09-18');
    const r = await run(bookingRemindersJob);
    assert.equal(r.sent, 1);
    const [n, ...more] = await sms('class-direct-booking-reminder', 'applicationId', a.id);
    assert.equal(more.length, 0);
    assert.deepEqual([n!.channel, n!.person_id, n!.recipient_masked], ['sms', null, '138****5678']);
    assert.deepEqual(
      [n!.payload.name, n!.payload.contact, n!.payload.bookedOn, n!.payload.categories],
      ['浦东新区张江高科技园区工会联合会', '王丽', '2018-09-20', '活动（如灯谜、剪影等）'],
    );
    t.pinToday('2018-09-19');
    await run(bookingRemindersJob);
    assert.equal((await sms('class-direct-booking-reminder', 'applicationId', a.id)).length, 1, 'once');
  });

  it('a class session: each member booked is texted once when it starts within three days; later, not yet; a place given back, not', async () => {
    t.pinToday();
    const hour = 3600_000;
    const at = (ms: number) => new Date(Date.now() + ms).toISOString();
    const pudong = await orgOf('pudong');
    const course = (title: string, startsIn: number) =>
      ok(
        req('pudong', 'POST', '/classes', {
          title,
          category: '瑜伽',
          teachingPoint: '浦东新区职工服务中心教学点',
          venue: '浦东新区世纪大道 2001 号 3 楼舞蹈房',
          startsAt: at(startsIn),
          endsAt: at(startsIn + 1.5 * hour),
          capacity: 5,
          orgId: pudong,
        }),
        201,
      );
    const soon = await course('瑜伽入门（周三晚班）', 30 * hour);
    const later = await course('瑜伽进阶（下月班）', 10 * 24 * hour);
    const grassroots = await orgOf('grassroots');
    const other = (
      await t.s.database.db
        .selectFrom('memberships')
        .innerJoin('persons', 'persons.id', 'memberships.person_id')
        .select('memberships.person_id')
        .where('memberships.org_id', '=', grassroots)
        .where('memberships.status', '=', 'active')
        .where('persons.name', '<>', '李明')
        .orderBy('memberships.person_id')
        .limit(1)
        .executeTakeFirstOrThrow()
    ).person_id;
    await ok(req('member', 'POST', `/classes/${soon.id}/bookings`, {}), 201);
    await ok(req('member', 'POST', `/classes/${later.id}/bookings`, {}), 201);
    await ok(req('grassroots', 'POST', `/classes/${soon.id}/bookings`, { memberId: other }), 201);
    await ok(req('grassroots', 'POST', `/classes/${soon.id}/bookings/cancel`, { memberId: other }));

    // (The demo's own sessions of the coming days are reminded in the same run: only these two courses are read back.)
    await run(classRemindersJob);
    const sent = await sms('class-booking-reminder', 'classId', soon.id);
    assert.equal(sent.length, 1, 'the member holding a place; not the one who gave it back');
    assert.deepEqual(
      [sent[0]!.channel, sent[0]!.recipient_masked, sent[0]!.payload.title, sent[0]!.payload.venue],
      ['sms', '138****8000', '瑜伽入门（周三晚班）', '浦东新区世纪大道 2001 号 3 楼舞蹈房'],
    );
    assert.match(String(sent[0]!.payload.startsAt), /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/, 'the start in Shanghai time');
    assert.equal((await sms('class-booking-reminder', 'classId', later.id)).length, 0, 'ten days ahead: not yet');
    // A member who books after the run is reminded at the next one; the first booking is not texted twice.
    await ok(req('grassroots', 'POST', `/classes/${soon.id}/bookings`, { memberId: other }), 201);
    assert.equal((await run(classRemindersJob)).bookings, 1);
    assert.equal((await sms('class-booking-reminder', 'classId', soon.id)).length, 2);
    assert.equal((await run(classRemindersJob)).bookings, 0, 'once per booking');
  });

  it('a 送教上门 visit: its contact is texted before the day when the number is a mobile; a cancelled visit is not', async () => {
    t.pinToday('2018-03-01');
    const grassroots = await orgOf('grassroots');
    const visit = (visitOn: string, contactPhone: string) =>
      ok(
        req('grassroots', 'POST', '/class-visits', {
          orgId: grassroots,
          visitOn,
          startTime: '14:00',
          category: '插花',
          address: '浦东新区张江路 100 号 2 楼会议室',
          contactName: '陈立',
          contactPhone,
          attendees: 40,
        }),
        201,
      );
    const mobile = await visit('2018-04-10', '13912345678');
    const landline = await visit('2018-04-11', '021-50801234');
    t.pinToday('2018-04-06');
    assert.equal((await run(classRemindersJob)).visits, 0, 'four days ahead: not yet');
    t.pinToday('2018-04-08');
    const r = await run(classRemindersJob);
    assert.equal(r.visits, 2);
    assert.equal(r.withoutMobile, 1, 'a landline takes no SMS');
    const [n, ...more] = await sms('class-visit-reminder', 'visitId', mobile.id);
    assert.equal(more.length, 0);
    assert.deepEqual([n!.recipient_masked, n!.payload.visitOn, n!.payload.startTime, n!.payload.contact], ['139****5678', '2018-04-10', '14:00', '陈立']);
    assert.equal((await sms('class-visit-reminder', 'visitId', landline.id)).length, 0);
    t.pinToday('2018-04-09');
    assert.equal((await run(classRemindersJob)).visits, 0, 'once per visit');
    // A visit cancelled before its run is not reminded.
    await ok(req('grassroots', 'POST', `/class-visits/${landline.id}/cancel`)); // (its turn back: two free a year)
    t.pinToday('2018-05-01');
    const cancelled = await visit('2018-05-20', '13912345678');
    await ok(req('grassroots', 'POST', `/class-visits/${cancelled.id}/cancel`));
    t.pinToday('2018-05-18');
    await run(classRemindersJob);
    assert.equal((await sms('class-visit-reminder', 'visitId', cancelled.id)).length, 0);
  });
});
