// 公益乐学 free classes in the demo (issue 10 §3; 000 公益乐学职工文体服务实施方案), on the live year: a few 现场版
// sessions of Pudong and the federation with bookings (one full), the units' 送教上门 visits (张江 has used its two),
// and one 附件1 and one 附件2 filed on the application engine. The plan's rules have only their 2018 text, so the three
// policy programs are carried over to the year (labelled 沿用, like the other live-year programs).
import type { Services } from '../platform/services.ts';
import { actorOf } from './applications-data.ts';

export async function loadClassesDemo(s: Services) {
  const db = s.database.db;
  if (await db.selectFrom('class_courses').select('pool_id').limit(1).executeTakeFirst()) return { loaded: false };
  const today = s.clock.today();
  const year = Number(today.slice(0, 4));
  const versions = await import('../modules/policy/versions.ts');
  for (const p of ['free-class-visit', 'class-teaching-point', 'class-direct-booking']) await versions.carryOver(s, p, year);
  const classes = await import('../modules/classes/service.ts');
  const u: Record<string, Awaited<ReturnType<typeof actorOf>>> = {};
  for (const n of ['admin', 'pudong', 'zhangjiang', 'grassroots', 'member', 'grassrootswork']) u[n] = await actorOf(s, n);
  const orgOf = (n: string) => u[n]!.actor!.orgId!;

  // Sessions in the coming days, 18:30–20:00 Shanghai time (bookings close when the class starts).
  const day = (n: number) => new Date(Date.parse(`${today}T00:00:00+08:00`) + n * 86_400_000).toISOString().slice(0, 10);
  const session = (n: number, from: string, to: string) => ({ startsAt: `${day(n)}T${from}:00+08:00`, endsAt: `${day(n)}T${to}:00+08:00` });
  const yoga = await classes.createCourse(s, u.pudong!, {
    title: '瑜伽入门（周三晚班）',
    category: '瑜伽',
    teachingPoint: '浦东新区职工服务中心教学点',
    venue: '浦东新区世纪大道 2001 号 3 楼舞蹈房',
    teacher: '孙老师',
    ...session(3, '18:30', '20:00'),
    capacity: 20,
    orgId: orgOf('pudong'),
  });
  const tea = await classes.createCourse(s, u.pudong!, {
    title: '茶艺体验课',
    category: '茶艺',
    teachingPoint: '张江园区职工之家教学点',
    venue: '浦东新区郭守敬路 498 号 1 楼',
    teacher: '陈老师',
    ...session(5, '18:30', '20:00'),
    capacity: 3,
    orgId: orgOf('pudong'),
  });
  const photo = await classes.createCourse(s, u.admin!, {
    title: '手机摄影基础',
    category: '摄影',
    teachingPoint: '上海市工人文化宫',
    venue: '西藏中路 120 号 5 楼多功能厅',
    teacher: '周老师',
    ...session(7, '14:00', '15:30'),
    capacity: 50,
    orgId: orgOf('admin'),
  });
  await classes.createCourse(s, u.pudong!, {
    title: '插花与生活美学',
    category: '插花',
    teachingPoint: '浦东新区职工服务中心教学点',
    venue: '浦东新区世纪大道 2001 号 2 楼',
    ...session(10, '18:30', '20:00'),
    capacity: 12,
    orgId: orgOf('pudong'),
  });

  await classes.book(s, u.member!, yoga.id, undefined);
  await classes.book(s, u.member!, photo.id, undefined);
  const union = orgOf('grassroots');
  const colleagues = (
    await db
      .selectFrom('memberships')
      .innerJoin('persons', 'persons.id', 'memberships.person_id')
      .select('memberships.person_id')
      .where('memberships.org_id', '=', union)
      .where('memberships.status', '=', 'active')
      .where('persons.name', '<>', '李明')
      .orderBy('memberships.person_id')
      .limit(6)
      .execute()
  ).map((r) => r.person_id);
  for (const p of colleagues.slice(0, 3)) await classes.book(s, u.grassroots!, tea.id, p); // 茶艺 is full
  for (const p of colleagues.slice(3, 6)) await classes.book(s, u.grassroots!, yoga.id, p);

  // 送教上门: dates still in this year (the year's two free visits are counted in it).
  const inYear = (n: number) => (day(n).startsWith(String(year)) ? day(n) : null);
  const visit = (who: string, orgId: number, on: string, category: string, address: string) =>
    classes.bookVisit(s, u[who]!, {
      orgId,
      visitOn: on,
      startTime: '14:00',
      category,
      address,
      contactName: '王丽',
      contactPhone: '021-50801234',
      attendees: 40,
    });
  const d1 = inYear(6),
    d2 = inYear(13),
    d3 = inYear(20);
  if (d1) await visit('zhangjiang', orgOf('zhangjiang'), d1, '心理', '浦东新区张江路 665 号 张江职工之家');
  if (d2) await visit('zhangjiang', orgOf('zhangjiang'), d2, '礼仪', '浦东新区张江路 665 号 张江职工之家');
  if (d3) await visit('grassroots', union, d3, '插花', '浦东新区张江高科技园区 芯源微电子 2 楼会议室');

  // 附件1 / 附件2 on the application engine, for the year (reviewed by 基层工作部 in the demo: no 文化宫 account).
  const { createInstance } = await import('../modules/programs/service.ts');
  const { ZInstanceCreate } = await import('../modules/programs/schema.ts');
  const { ZSubmit } = await import('../modules/applications/schema.ts');
  const apps = await import('../modules/applications/service.ts');
  const fed = {
    level: 'federation' as const,
    actor: { role: 'department-officer' as const, functionCode: 'grassroots-work' },
    dueIn: { workingDays: 20 },
    skipForChannels: [],
  };
  const settlement = { cadence: 'monthly' as const, closeDay: 25, payByDay: 10, preparer: 'grassroots-work', payTo: 'org-account' as const };
  const windows = [{ batch: 1, from: `${year}-01-01`, to: `${year}-12-31` }];
  const tp = await createInstance(
    s,
    u.grassrootswork!,
    ZInstanceCreate.parse({
      program: 'class-teaching-point',
      year,
      title: `${year}年公益乐学教学点申报`,
      status: 'open',
      channels: ['unit'],
      windows,
      reviewChain: [fed],
      settlement,
      sources: '000 公益乐学 四（三） 附件1；沿用 2018 年方案',
    }),
  );
  const dbk = await createInstance(
    s,
    u.grassrootswork!,
    ZInstanceCreate.parse({
      program: 'class-direct-booking',
      year,
      title: `${year}年公益乐学直通车版预约`,
      status: 'open',
      channels: ['unit'],
      windows,
      reviewChain: [{ level: 'regional' as const, actor: { role: 'regional-officer' as const }, dueIn: { workingDays: 20 }, skipForChannels: [] }, fed],
      settlement,
      sources: '000 公益乐学 四（四） 附件2；沿用 2018 年方案',
    }),
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
    contactEmail: 'wenti@pudong-union.example.cn',
    contactMobile: '13812345678',
  };
  await apps.submit(
    s,
    u.pudong!,
    ZSubmit.parse({
      programId: tp.id,
      applicantOrgId: orgOf('pudong'),
      documentIds: [],
      form: {
        ...header,
        points: [{ address: '浦东新区世纪大道 2001 号 3 楼', postcode: '200120' }],
        areaSqm: 320,
        themeColour: true,
        rooms: ['dance'],
        siteSource: 'own',
        selfInvestmentYuan: 150000,
        requestedSubsidyYuan: 80000,
        serviceMode: 'both',
        bookingChannels: ['wechat', 'phone'],
        bookingDetail: '微信公众号“浦东工会”',
        schedule: 'weekly',
        weeklyTime: '周三、周五 18:30—20:00',
        weeklyPersons: 120,
        yearlyPersons: 5000,
      },
    }),
  );
  const dbDay = inYear(15);
  if (dbDay)
    await apps.submit(
      s,
      u.zhangjiang!,
      ZSubmit.parse({
        programId: dbk.id,
        applicantOrgId: orgOf('zhangjiang'),
        documentIds: [],
        form: {
          ...header,
          address: '浦东新区张江路 665 号',
          postcode: '201203',
          contactEmail: 'zj-union@example.cn',
          contactMobile: '13912345678',
          categories: ['activity', 'service'],
          activities: ['lantern-riddles', 'silhouette', 'spring-couplets'],
          bookedOn: dbDay,
          theme: '迎新春',
          place: '张江科学城 科苑路 88 号广场',
          venue: ['outdoor'],
          venueAreaSqm: 600,
          expectedPersons: 300,
          audience: '园区企业一线职工、新就业形态劳动者',
        },
      }),
    );
  return { loaded: true };
}
