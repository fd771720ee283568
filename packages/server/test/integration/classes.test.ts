// 公益乐学 free classes (issue 10 §3; 000 公益乐学职工文体服务实施方案) through HTTP on the database named by
// SHISHI_TEST_DB: a class session on the first-come pools (a member books for themself, an officer for a member,
// never over capacity, one booking per member, cancel gives the place back, scope), the units' on-site visits (two
// free a year by the engine, the third refused naming 四（二）, a cancel gives the turn back), and the two unit forms
// 附件1 / 附件2 on the application engine (who may file each, the .xlsx with the seed's title).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { engine, startTestApp, type TestApp } from '../harness.ts';
import { httpKit } from '../kit.ts';
import { carryOver } from '../../src/modules/policy/versions.ts';

let t: TestApp;
const cookies: Record<string, string> = {};
const users = ['admin', 'member', 'grassroots', 'pudong', 'jiading', 'zhangjiang', 'grassrootswork'];

before(async () => {
  t = await startTestApp({ members: 300 });
  for (const u of users) cookies[u] = await t.login(u);
});
after(async () => {
  t?.pinToday();
  await t?.close();
});

const { req, ok } = httpKit(() => t, cookies);
async function refused(p: ReturnType<typeof req>, status: number, code?: string) {
  const r = await p;
  assert.equal(r.statusCode, status, `${r.statusCode} ${r.body}`);
  if (code) assert.equal(r.json().code, code, r.body);
  return r.json();
}
const orgOf = async (username: string) =>
  (await t.s.database.db.selectFrom('accounts').select('org_id').where('username', '=', username).executeTakeFirstOrThrow()).org_id!;
const hour = 3600_000;
const at = (ms: number) => new Date(Date.now() + ms).toISOString();

describe(`classes (公益乐学) on ${engine}`, () => {
  let pudong = 0,
    grassroots = 0,
    park = 0,
    federation = 0;
  let others: number[] = [];

  before(async () => {
    pudong = await orgOf('pudong');
    grassroots = await orgOf('grassroots');
    park = await orgOf('zhangjiang');
    federation = await orgOf('admin');
    const liMing = (await t.s.database.db.selectFrom('accounts').select('person_id').where('username', '=', 'member').executeTakeFirstOrThrow()).person_id!;
    others = (
      await t.s.database.db
        .selectFrom('memberships')
        .select('person_id')
        .where('org_id', '=', grassroots)
        .where('status', '=', 'active')
        .where('person_id', '<>', liMing)
        .orderBy('person_id')
        .limit(3)
        .execute()
    ).map((r) => r.person_id);
    assert.equal(others.length, 3);
  });

  it('a session: booked for self and for a member, never over capacity, one per member, cancel gives the place back', async () => {
    const course = await ok(
      req('pudong', 'POST', '/classes', {
        title: '瑜伽入门（周三晚班）',
        category: '瑜伽',
        teachingPoint: '浦东新区职工服务中心教学点',
        venue: '浦东新区世纪大道 2001 号 3 楼舞蹈房',
        startsAt: at(48 * hour),
        endsAt: at(49.5 * hour),
        capacity: 2,
        orgId: pudong,
      }),
      201,
    );
    assert.deepEqual([course.capacity, course.taken, course.remaining, course.state, course.categoryName.en], [2, 0, 2, 'open', 'Yoga']);
    // The session is a pool of kind class: the pools' public names answer for it.
    const pool = await ok(req('pudong', 'GET', `/pools/${course.id}`));
    assert.deepEqual([pool.program, pool.capacity, pool.remaining], ['class', 2, 2]);

    const mine = await ok(req('member', 'POST', `/classes/${course.id}/bookings`, {}), 201);
    assert.equal(mine.remaining, 1);
    await refused(req('member', 'POST', `/classes/${course.id}/bookings`, {}), 409, 'already-claimed');
    const seen = (await ok(req('member', 'GET', '/classes'))).items.find((c: any) => c.id === course.id);
    assert.equal(seen.booked, true);
    assert.equal(seen.abilities.cancel, true);
    assert.ok((await ok(req('member', 'GET', '/me/classes'))).items.some((c: any) => c.id === course.id && c.booked));

    // An officer books for a member of their union; the session is then full.
    await ok(req('grassroots', 'POST', `/classes/${course.id}/bookings`, { memberId: others[0] }), 201);
    const full = await refused(req('grassroots', 'POST', `/classes/${course.id}/bookings`, { memberId: others[1] }), 409, 'pool-full');
    assert.match(full.messages.zh, /已满/);
    assert.equal((await ok(req('pudong', 'GET', `/classes/${course.id}`))).state, 'full');

    // 李明 cancels: his place goes back and the next member gets it.
    const back = await ok(req('member', 'POST', `/classes/${course.id}/bookings/cancel`, {}));
    assert.deepEqual([back.taken, back.remaining], [1, 1]);
    await refused(req('member', 'POST', `/classes/${course.id}/bookings/cancel`, {}), 404);
    await ok(req('grassroots', 'POST', `/classes/${course.id}/bookings`, { memberId: others[1] }), 201);
    const list = await ok(req('grassroots', 'GET', `/classes/${course.id}/bookings`));
    assert.equal(list.total, 2);
    assert.match(list.items[0].name, /\*/); // names masked in lists
    const p = await ok(req('pudong', 'GET', `/pools/${course.id}`));
    assert.deepEqual([p.taken, p.remaining], [2, 0]);
    // The member's union cancels for them (in its subtree); another district finds no such booking.
    await refused(req('jiading', 'POST', `/classes/${course.id}/bookings/cancel`, { memberId: others[1] }), 404);
    const byUnion = await ok(req('grassroots', 'POST', `/classes/${course.id}/bookings/cancel`, { memberId: others[1] }));
    assert.deepEqual([byUnion.taken, byUnion.remaining], [1, 1]);
  });

  it('concurrent bookings never pass the capacity', async () => {
    const course = await ok(
      req('pudong', 'POST', '/classes', {
        title: '茶艺体验课',
        category: '茶艺',
        teachingPoint: '浦东教学点',
        venue: '浦东新区张杨路 1 号',
        startsAt: at(30 * hour),
        endsAt: at(31.5 * hour),
        capacity: 2,
        orgId: pudong,
      }),
      201,
    );
    const rs = await Promise.all(
      [...others, 0].map((m) =>
        m ? req('grassroots', 'POST', `/classes/${course.id}/bookings`, { memberId: m }) : req('member', 'POST', `/classes/${course.id}/bookings`, {}),
      ),
    );
    assert.equal(rs.filter((r) => r.statusCode === 201).length, 2);
    assert.deepEqual(
      rs.filter((r) => r.statusCode === 409).map((r) => r.json().code),
      ['pool-full', 'pool-full'],
    );
    assert.equal((await ok(req('pudong', 'GET', `/classes/${course.id}`))).remaining, 0);
  });

  it('scope and permissions: another district neither sees nor books; members open nothing; bad input named', async () => {
    const course = await ok(
      req('pudong', 'POST', '/classes', {
        title: '摄影基础',
        category: '摄影',
        teachingPoint: '浦东教学点',
        venue: '浦东新区张杨路 1 号',
        startsAt: at(24 * hour),
        endsAt: at(26 * hour),
        capacity: 5,
        orgId: pudong,
      }),
      201,
    );
    await refused(req('jiading', 'GET', `/classes/${course.id}`), 404);
    await refused(req('jiading', 'POST', `/classes/${course.id}/bookings`, { memberId: others[0] }), 404);
    assert.ok(!(await ok(req('jiading', 'GET', '/classes'))).items.some((c: any) => c.id === course.id));
    await refused(
      req('member', 'POST', '/classes', {
        title: 'x',
        category: '瑜伽',
        teachingPoint: '教学点',
        venue: '某地',
        startsAt: at(24 * hour),
        endsAt: at(25 * hour),
        capacity: 5,
        orgId: pudong,
      }),
      403,
    );
    await refused(
      req('jiading', 'POST', '/classes', {
        title: '瑜伽',
        category: '瑜伽',
        teachingPoint: '教学点',
        venue: '某地',
        startsAt: at(24 * hour),
        endsAt: at(25 * hour),
        capacity: 5,
        orgId: pudong,
      }),
      404,
    );
    await refused(req('member', 'POST', `/classes/${course.id}/bookings`, { memberId: others[0] }), 403);
    await refused(req('member', 'GET', `/classes/${course.id}/bookings`), 403);
    await refused(req(null, 'GET', '/classes'), 401);
    const bad = await refused(
      req('pudong', 'POST', '/classes', {
        title: '跳水',
        category: '跳水',
        teachingPoint: '教学点',
        venue: '某地',
        startsAt: at(24 * hour),
        endsAt: at(25 * hour),
        capacity: 5,
        orgId: pudong,
      }),
      400,
    );
    assert.match(JSON.stringify(bad), /category/);
    const order = await refused(
      req('pudong', 'POST', '/classes', {
        title: '瑜伽',
        category: '瑜伽',
        teachingPoint: '教学点',
        venue: '某地',
        startsAt: at(25 * hour),
        endsAt: at(24 * hour),
        capacity: 5,
        orgId: pudong,
      }),
      400,
    );
    assert.match(JSON.stringify(order), /endsAt/);
    // A federation-wide session is open to every member.
    const city = await ok(
      req('admin', 'POST', '/classes', {
        title: '交响乐欣赏',
        category: '交响乐',
        teachingPoint: '市工人文化宫',
        venue: '西藏中路 120 号',
        startsAt: at(72 * hour),
        endsAt: at(73.5 * hour),
        capacity: 100,
        orgId: federation,
      }),
      201,
    );
    await ok(req('member', 'POST', `/classes/${city.id}/bookings`, {}), 201);
    await ok(req('jiading', 'GET', `/classes/${city.id}`));
  });

  it('on-site visits: two free a year, the third refused by the engine naming 四（二）, a cancel gives the turn back', async () => {
    t.pinToday('2018-03-01');
    const visit = (who: string, orgId: number, visitOn: string) =>
      req(who, 'POST', '/class-visits', {
        orgId,
        visitOn,
        startTime: '14:00',
        category: '插花',
        address: '浦东新区张江路 100 号 2 楼会议室',
        contactName: '陈立',
        contactPhone: '13912345678',
        attendees: 40,
      });
    const first = await ok(visit('grassroots', grassroots, '2018-04-10'), 201);
    assert.deepEqual([first.visitNumber, first.freeVisitsPerYear, first.endTime, first.contactPhone], [1, 2, '15:30', '139****5678']);
    // The park union above books the second for the same unit.
    const second = await ok(visit('zhangjiang', grassroots, '2018-06-12'), 201);
    assert.equal(second.visitNumber, 2);
    const third = await refused(visit('grassroots', grassroots, '2018-11-20'), 409, 'over-free-visits');
    assert.match(third.messages.zh, /每年免费享受 2 场一个半小时送教上门（公益乐学职工文体服务实施方案 四（二））/);
    assert.match(third.messages.en, /2 free 1\.5-hour visits a year/);
    // A year with no version in force is refused with the engine's message, nothing written; once the 2018 rule is
    // carried over to 2019, the year starts again.
    await refused(visit('grassroots', grassroots, '2019-01-08'), 400, 'no-policy-in-force');
    await carryOver(t.s, 'free-class-visit', 2019);
    assert.equal((await ok(visit('grassroots', grassroots, '2019-01-08'), 201)).visitNumber, 1);
    // Another unit has its own two.
    await ok(visit('zhangjiang', park, '2018-11-20'), 201);
    // Cancel the second: the third now fits.
    const c = await ok(req('grassroots', 'POST', `/class-visits/${second.id}/cancel`));
    assert.equal(c.status, 'cancelled');
    await refused(req('grassroots', 'POST', `/class-visits/${second.id}/cancel`), 409, 'visit-cancelled');
    const again = await ok(visit('grassroots', grassroots, '2018-11-20'), 201);
    assert.equal(again.visitNumber, 2);
    const list = await ok(req('grassroots', 'GET', '/class-visits?year=2018'));
    assert.deepEqual(
      list.used.find((u: any) => u.orgId === grassroots),
      { orgId: grassroots, orgName: list.used.find((u: any) => u.orgId === grassroots).orgName, year: 2018, booked: 2, free: 2 },
    );
    // Scope and input: another district, a member, a day in the past.
    await refused(visit('jiading', grassroots, '2018-05-01'), 404);
    await refused(visit('member', grassroots, '2018-05-01'), 403);
    await refused(visit('grassroots', grassroots, '2018-02-01'), 400);
    await refused(req('jiading', 'POST', `/class-visits/${first.id}/cancel`), 404);
    assert.equal((await ok(req('jiading', 'GET', '/class-visits'))).items.length, 0);
    t.pinToday();
  });

  it('附件1 and 附件2 as unit applications: who files each is the engine’s rule; the .xlsx carries the seed’s title', async () => {
    t.pinToday('2018-05-02');
    const settlement = { closeDay: 25, payByDay: 10, preparer: 'grassroots-work', payTo: 'org-account' };
    const fed = {
      level: 'federation',
      actor: { role: 'department-officer', functionCode: 'grassroots-work' },
      dueIn: { workingDays: 20 },
      skipForChannels: [],
    };
    const tp = await ok(
      req('grassrootswork', 'POST', '/programs', {
        program: 'class-teaching-point',
        year: 2018,
        title: '2018年公益乐学教学点申报',
        status: 'open',
        channels: ['unit'],
        windows: [{ batch: 1, from: '2018-04-01', to: '2018-12-31' }],
        reviewChain: [fed],
        settlement,
        sources: '000 公益乐学 四（三） 附件1',
      }),
      201,
    );
    const db = await ok(
      req('grassrootswork', 'POST', '/programs', {
        program: 'class-direct-booking',
        year: 2018,
        title: '2018年公益乐学直通车版预约',
        status: 'open',
        channels: ['unit'],
        windows: [{ batch: 1, from: '2018-04-01', to: '2018-12-31' }],
        reviewChain: [{ level: 'regional', actor: { role: 'regional-officer' }, dueIn: { workingDays: 20 }, skipForChannels: [] }, fed],
        settlement,
        sources: '000 公益乐学 四（四） 附件2',
      }),
      201,
    );
    const header = {
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
    };
    const tpForm = {
      ...header,
      points: [
        { address: '浦东新区世纪大道 2001 号 3 楼', postcode: '200120' },
        { address: '浦东新区张杨路 500 号', postcode: '200122' },
      ],
      areaSqm: 320,
      themeColour: true,
      rooms: ['dance'],
      siteSource: 'own',
      selfInvestmentYuan: 150000,
      requestedSubsidyYuan: 80000,
      serviceMode: 'both',
      bookingChannels: ['wechat', 'phone'],
      bookingDetail: '微信公众号 pudonggh',
      schedule: 'weekly',
      weeklyTime: '周三、周五 18:30—20:00',
      weeklyPersons: 120,
      yearlyPersons: 5000,
    };
    // A district union files 附件1; a park union may not (四（三） 局（产业）工会).
    const a1 = await ok(req('pudong', 'POST', '/applications', { programId: tp.id, applicantOrgId: pudong, form: tpForm }), 201);
    const no1 = await refused(req('zhangjiang', 'POST', '/applications', { programId: tp.id, applicantOrgId: park, form: tpForm }), 409, 'applicant-level');
    assert.match(no1.messages.zh, /局（产业）工会/);
    // A form with a missing choice is named field by field.
    const badForm = await refused(
      req('pudong', 'POST', '/applications', {
        programId: tp.id,
        applicantOrgId: pudong,
        form: { ...tpForm, schedule: 'weekly', weeklyTime: undefined, points: [] },
      }),
      400,
    );
    assert.match(JSON.stringify(badForm), /points/);

    const dbForm = {
      ...header,
      categories: ['activity', 'service'],
      activities: ['lantern-riddles', 'silhouette', 'spring-couplets'],
      bookedOn: '2018-09-20',
      theme: '中秋',
      place: '张江高科技园区 科苑路 88 号广场',
      venue: ['outdoor'],
      venueAreaSqm: 600,
      expectedPersons: 300,
      audience: '园区企业一线职工、新就业形态劳动者',
    };
    // A park union (小三级) files 附件2; a district union may not (四（四）).
    const a2 = await ok(req('zhangjiang', 'POST', '/applications', { programId: db.id, applicantOrgId: park, form: dbForm }), 201);
    await refused(req('pudong', 'POST', '/applications', { programId: db.id, applicantOrgId: pudong, form: dbForm }), 409, 'applicant-level');
    const noActivities = await refused(
      req('zhangjiang', 'POST', '/applications', { programId: db.id, applicantOrgId: park, form: { ...dbForm, activities: [], bookedOn: '2018-10-01' } }),
      400,
    );
    assert.match(JSON.stringify(noActivities), /activities/);
    // The district reviews the park's booking on the application engine.
    await ok(req('pudong', 'POST', `/applications/${a2.id}/approve`, { comment: '同意' }));

    for (const [id, title, line] of [
      [a1.id, '公益乐学教学点申报表', '局（产业）'],
      [a2.id, '公益乐学直通车版预约表', '区局（产业）'],
    ] as const) {
      const x = await t.app.inject({ method: 'GET', url: `/api/v1/classes/forms/${id}`, headers: { cookie: cookies.pudong! } });
      assert.equal(x.statusCode, 200, x.body);
      assert.match(String(x.headers['content-type']), /spreadsheetml/);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(x.rawPayload as any);
      const ws = wb.worksheets[0]!;
      assert.equal(ws.getCell('A1').value, title);
      assert.match(String(ws.getCell('A2').value), new RegExp(line.replace(/[()（）]/g, '.')));
      const cells: string[] = [];
      ws.eachRow((r) => cells.push((r.values as unknown[]).slice(1).join('|')));
      if (title === '公益乐学教学点申报表') {
        assert.ok(
          cells.some((c) => c.startsWith('申请场地装饰、教学设备资助|8 万元')),
          cells.join('\n'),
        );
        assert.ok(
          cells.some((c) => c.startsWith('预计服务时间安排|每周 周三')),
          cells.join('\n'),
        );
        assert.ok(!cells.join('\n').includes('13812345678') && cells.some((c) => c.includes('138****5678')), 'the contact’s mobile is masked');
      } else {
        assert.ok(
          cells.some((c) => c.startsWith('所需活动项目|猜灯谜、剪影、写春联')),
          cells.join('\n'),
        );
      }
    }
    await refused(req('jiading', 'GET', `/classes/forms/${a1.id}`), 404);
    await refused(req('member', 'GET', `/classes/forms/${a1.id}`), 403);
    t.pinToday();
  });
});
