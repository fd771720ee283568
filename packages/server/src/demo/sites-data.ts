// Demo sites (issue 11): every kind in several districts and every state, built through the sites and
// applications services (never by writing their tables here): existing sites entered as the register
// holds them, a driver home applied for and one checked on site by Pudong awaiting the federation, an
// accepted fitness station, a health point under a yellow card, a canteen under a red card, a closed
// culture team, the 2025 driver-home program (Jiading's own 2021 program is left for the district to open; its
// own 2022 health-point program with a paid batch is loadDistrictProgramDemo, below), and
// Pudong's 2018 summary claim for two childcare studios, filed and awaiting the federation.
import { fixedClock } from '../platform/clock.ts';
import type { RequestContext } from '../platform/context.ts';
import type { Services } from '../platform/services.ts';
import { actorOf as demoActor, pdf } from './applications-data.ts';

type Kind = 'nursing-room' | 'childcare-studio' | 'health-point' | 'fitness-station' | 'driver-home' | 'canteen' | 'culture-team';
type Row = [district: string, kind: Kind, subkind: string | null, name: string, address: string, lon: number, lat: number, plaqueYear: number, size?: number];

// Sites already running (entered as the register holds them: plaqued, with the year of the plaque).
const running: Row[] = [
  ['浦东新区', 'nursing-room', null, '陆家嘴金融城爱心妈咪小屋', '浦东新区陆家嘴环路1000号', 121.5055, 31.2397, 2018],
  ['浦东新区', 'childcare-studio', 'holiday-care', '张江科学城暑托班亲子工作室', '浦东新区祖冲之路887号', 121.6021, 31.2031, 2018],
  ['浦东新区', 'fitness-station', 'regular', '金桥职工健身驿站', '浦东新区金桥路1399号', 121.5948, 31.2605, 2022, 168],
  ['浦东新区', 'health-point', null, '外高桥保税区职工健康服务点', '浦东新区基隆路6号', 121.5989, 31.3402, 2022],
  ['浦东新区', 'canteen', null, '张江人工智能岛职工食堂', '浦东新区张江路665号', 121.5893, 31.2079, 2022],
  ['徐汇区', 'nursing-room', null, '漕河泾开发区爱心妈咪小屋', '徐汇区宜山路900号', 121.4095, 31.1745, 2018],
  ['徐汇区', 'fitness-station', 'comprehensive', '徐家汇职工健身驿站', '徐汇区虹桥路1号', 121.4365, 31.1959, 2022, 230],
  ['徐汇区', 'culture-team', null, '徐汇区职工合唱团', '徐汇区漕溪北路595号', 121.4372, 31.1876, 2022],
  ['杨浦区', 'nursing-room', null, '五角场创智天地爱心妈咪小屋', '杨浦区淞沪路270号', 121.5121, 31.3034, 2018],
  ['杨浦区', 'driver-home', 'comprehensive', '杨浦滨江综合型工会司机之家', '杨浦区杨树浦路2866号', 121.5426, 31.2664, 2025],
  ['杨浦区', 'childcare-studio', 'evening-care', '五角场晚托亲子工作室', '杨浦区国定路335号', 121.5079, 31.2998, 2018],
  ['嘉定区', 'health-point', null, '嘉定工业区职工健康服务点', '嘉定区叶城路1288号', 121.2449, 31.3612, 2021],
  ['嘉定区', 'driver-home', 'micro', '安亭汽车城微型工会司机之家', '嘉定区安亭镇墨玉南路888号', 121.1693, 31.2935, 2025],
  ['嘉定区', 'canteen', null, '嘉定新城职工食堂', '嘉定区裕民南路1501号', 121.2561, 31.3461, 2022],
  ['闵行区', 'fitness-station', 'simple', '莘庄工业区职工健身驿站', '闵行区申富路666号', 121.3644, 31.1105, 2022, 80],
  ['闵行区', 'driver-home', 'micro', '虹桥枢纽微型工会司机之家', '闵行区申长路1000号', 121.3206, 31.1946, 2025],
  ['黄浦区', 'nursing-room', null, '外滩源爱心妈咪小屋', '黄浦区圆明园路169号', 121.4873, 31.2441, 2018],
  ['浦东新区', 'culture-team', null, '浦东新区职工沪剧团', '浦东新区东方路1367号', 121.5253, 31.2235, 2022],
];

const wd = (n: number) => ({ workingDays: n });

export async function loadSitesDemo(s: Services) {
  const db = s.database.db;
  if (await db.selectFrom('sites').select('id').limit(1).executeTakeFirst()) return { loaded: false };
  const { createSiteTx, inspect, accept, yellowCard, redCard, closeSite } = await import('../modules/sites/service.ts');
  const { checklist } = await import('../modules/sites/checklist.ts');
  const { createInstance } = await import('../modules/programs/service.ts');
  const apps = await import('../modules/applications/service.ts');
  const docs = await import('../modules/documents/service.ts');

  const sd: Services = { ...s, clock: fixedClock('2025-03-01') };
  const on = (day: string) => {
    sd.clock = fixedClock(day);
  };
  const actorOf = (username: string) => demoActor(s, username);
  const admin = await actorOf('admin');
  const grw = await actorOf('grassrootswork');
  const pudong = await actorOf('pudong');
  const jiading = await actorOf('jiading');
  const grassroots = await actorOf('grassroots');
  // A street or park union under each district owns that district's sites.
  const regions = await db.selectFrom('orgs').select(['id', 'short_name', 'path']).where('kind', '=', 'district').execute();
  const unitIn = async (short: string) => {
    const r = regions.find((x) => x.short_name === short)!;
    return (
      await db
        .selectFrom('orgs')
        .select('id')
        .where('path', 'like', `${r.path}%`)
        .where('kind', 'in', ['street', 'park'])
        .orderBy('id')
        .executeTakeFirstOrThrow()
    ).id;
  };

  // The register as it stands: every kind, plaqued in the year of its program.
  for (const [district, kind, subkind, name, address, lon, lat, plaqueYear, size] of running) {
    on(`${plaqueYear}-10-15`);
    const orgId = await unitIn(district);
    await db.transaction().execute((trx) =>
      createSiteTx(
        sd,
        trx,
        admin,
        {
          kind,
          ...(subkind ? { subkind } : {}),
          name,
          orgId,
          address,
          lon,
          lat,
          ...(size ? { sizeM2: size } : {}),
          openingHours: '工作日 9:00-17:00',
          contacts: [],
          fundedYear: plaqueYear,
          photoIds: [],
        },
        { status: 'plaqued', plaqueYear },
      ),
    );
  }

  // The 2025 driver-home program of the federation (003 附件2-7).
  on('2025-02-20');
  const driver = await createInstance(sd, grw, {
    program: 'driver-home-grant',
    year: 2025,
    title: '2025年建设100个工会司机之家',
    status: 'open',
    channels: ['unit'],
    windows: [{ batch: 1, from: '2025-02-22', to: '2025-06-30' }],
    reviewChain: [
      { level: 'regional', actor: { role: 'regional-officer' }, dueIn: wd(20), skipForChannels: [] },
      { level: 'federation', actor: { role: 'department-officer', functionCode: 'grassroots-work' }, dueIn: wd(30), skipForChannels: [] },
    ],
    requiredDocuments: [{ type: 'site-application-form', name: { zh: '工会司机之家创建申报表（盖章）', en: 'Driver home application form (stamped)' } }],
    settlement: { cadence: 'monthly', closeDay: 25, payByDay: 10, preparer: 'grassroots-work', payTo: 'org-account' },
    contacts: [
      { role: '联系人', org: '市总工会基层工作部', name: '王凯', phone: '18116026120' },
      { role: '联系人', org: '市总工会职工服务中心基层服务部', name: '夏与非', phone: '021-65454289' },
    ],
    budget: 600000,
    sources: '003 附件2-7 建设100个工会司机之家 项目实施方案',
  });
  // Driver homes of the demo grassroots union: one applied for (Pudong to check), one checked and awaiting the federation.
  const form = (siteId: number, n: number) => ({
    siteId,
    kind: 'micro',
    leaderName: '王建国',
    leaderEmail: 'wang@example.cn',
    leaderPhone: '021-58880001',
    stationMaster: n === 1 ? '李师傅' : '赵师傅',
    stationMasterMobile: n === 1 ? '13912345678' : '13912345679',
    openingHours: '每日 8:00-20:00',
    areaSqm: 30 + n,
    services: '饮水、充电、休息、扫码入会',
    parkingSpaces: 4,
    parkingMinutes: 30,
    plannedCompletion: '2025-08-31',
  });
  const homes: number[] = [];
  for (const [n, name, address, lon, lat] of [
    [1, '芯源微电子微型工会司机之家', '浦东新区碧波路690号', 121.5977, 31.2035],
    [2, '张江路微型工会司机之家', '浦东新区张江路200号', 121.6008, 31.2012],
  ] as const) {
    on('2025-06-10');
    const siteId = await db.transaction().execute((trx) =>
      createSiteTx(sd, trx, grassroots, {
        kind: 'driver-home',
        subkind: 'micro',
        name,
        address,
        lon,
        lat,
        sizeM2: 30 + n,
        openingHours: '每日 8:00-20:00',
        contacts: [{ role: '站长', name: n === 1 ? '李师傅' : '赵师傅', phone: n === 1 ? '13912345678' : '13912345679' }],
        photoIds: [],
      }),
    );
    const formDoc = (await docs.uploadDocument(sd, grassroots, pdf('申报表'), '工会司机之家创建申报表.pdf', 'site-application-form')).id;
    await apps.submit(sd, grassroots, { programId: driver.id, form: form(siteId, n), documentIds: [formDoc] });
    homes.push(siteId);
  }
  on('2025-07-22');
  const photo = async (c: RequestContext) => (await docs.uploadDocument(sd, c, DEMO_PNG, '现场照片.png', 'site-photo')).id;
  const list = checklist('driver-home', 'micro', '2025-07-22');
  await inspect(sd, pudong, homes[1]!, {
    purpose: 'acceptance',
    inspectedOn: '2025-07-22',
    inspector: '浦东新区总工会 张敏',
    answers: list.items.map((i) => ({
      code: i.code,
      met: true,
      ...(i.answer === 'number' ? { value: 30 } : {}),
      ...(i.answer === 'choice' ? { choice: 'adjacent-public' } : {}),
    })),
    photoIds: [await photo(pudong)],
  });

  // An accepted fitness station (checked by size class, accepted by Pudong, plaque not yet issued).
  on('2025-05-10');
  const pudongUnit = await unitIn('浦东新区');
  const fit = await db.transaction().execute(async (trx) =>
    createSiteTx(sd, trx, pudong, {
      kind: 'fitness-station',
      name: '世博园区职工健身驿站',
      orgId: pudongUnit,
      address: '浦东新区世博大道1368号',
      lon: 121.4969,
      lat: 31.1877,
      sizeM2: 152,
      photoIds: [],
      contacts: [],
      fundedYear: 2025,
    }),
  );
  await inspect(sd, pudong, fit, {
    purpose: 'acceptance',
    inspectedOn: '2025-05-10',
    inspector: '浦东新区总工会 张敏',
    answers: checklist('fitness-station', null, '2025-05-10').items.map((i) => ({ code: i.code, met: true, ...(i.answer === 'number' ? { value: 152 } : {}) })),
    photoIds: [await photo(pudong)],
  });
  await accept(sd, pudong, fit, '面积与设施核实无误');

  // A yellow card (整改通知书) on a health point, a red card (摘牌通知书) on a canteen, a closed culture team.
  const byName = async (name: string) => (await db.selectFrom('sites').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
  // The yellow card is issued on the day the demo loads, with six weeks to fix: the daily job (sites cards.ts) turns a
  // card past its deadline red, so a fixed past deadline would leave a live demo without a yellow card.
  const today = s.clock.today();
  const plusDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
  on(today);
  await yellowCard(sd, pudong, await byName('外高桥保税区职工健康服务点'), {
    items: ['未按公示时间开展每周问诊', '《健康服务点服务公告》未更新当班医生信息'],
    deadline: plusDays(today, 42),
  });
  on('2025-11-03');
  await redCard(sd, jiading, await byName('嘉定新城职工食堂'), { reasons: ['场地已改作他用，不再向职工提供就餐服务', '逾期未按整改通知要求整改'] });
  await closeSite(sd, pudong, await byName('浦东新区职工沪剧团'), '团队解散，经区总工会确认关闭');

  // 2018 亲子工作室 (000 女职工幸福关爱行动 二): two studios of Zhangjiang's park apply by 8/31, Pudong checks and
  // accepts them, and on 9/12 Pudong files its 申领汇总表 (附件2) with the 结算票据 — a claim awaiting the federation's
  // 基层工作部 on 区局申领 (accept or return).
  const claims = await import('../modules/sites/claims.ts');
  const zhangjiang = await actorOf('zhangjiang');
  on('2018-01-10');
  const childcare = await createInstance(sd, grw, {
    program: 'childcare-subsidy',
    year: 2018,
    title: '2018年女职工幸福关爱行动“亲子工作室”助推计划',
    status: 'open',
    channels: ['unit'],
    windows: [{ batch: 1, from: '2018-01-01', to: '2018-08-31' }],
    reviewChain: [{ level: 'regional', actor: { role: 'regional-officer' }, dueIn: wd(20), skipForChannels: [] }],
    settlement: { cadence: 'monthly', closeDay: 25, payByDay: 10, preparer: 'grassroots-work', payTo: 'org-account' },
    requiredDocuments: [],
    contacts: [{ role: '联系人', org: '市总工会基层工作部', name: '郜晶', phone: '63211939-4094' }],
    sources: '000 女职工幸福关爱行动 二',
  });
  const studios = [
    ['张江科学城寒暑托亲子工作室', '浦东新区科苑路399号', 121.5938, 31.2065, { type: 'holiday-care', children: 35, weeks: 6, establishedOn: '2018-06-20' }],
    ['张江药谷晚托亲子工作室', '浦东新区蔡伦路780号', 121.6072, 31.2118, { type: 'evening-care', children: 18, establishedOn: '2018-03-01' }],
  ] as const;
  for (const [name, address, lon, lat, f] of studios) {
    on('2018-07-02');
    const siteId = await db.transaction().execute((trx) =>
      createSiteTx(sd, trx, zhangjiang, {
        kind: 'childcare-studio',
        subkind: f.type,
        name,
        orgId: zhangjiang.actor!.orgId!,
        address,
        lon,
        lat,
        openingHours: f.type === 'holiday-care' ? '寒暑假工作日 8:30-17:30' : '工作日 16:30-19:30',
        contacts: [],
        photoIds: [],
      }),
    );
    await apps.submit(sd, zhangjiang, {
      programId: childcare.id,
      applicantOrgId: zhangjiang.actor!.orgId!,
      form: { siteId, ...f, contactName: '王芳', contactPhone: '021-50800004' },
      documentIds: [],
    });
    on('2018-08-20');
    await inspect(sd, pudong, siteId, {
      purpose: 'acceptance',
      inspectedOn: '2018-08-20',
      inspector: '浦东新区总工会 李红',
      answers: checklist('childcare-studio', f.type, '2018-08-20').items.map((i) => ({ code: i.code, met: true })),
      photoIds: [await photo(pudong)],
    });
    await accept(sd, pudong, siteId, '实地审核：消防、卫生、监控设施齐全');
  }
  on('2018-09-12');
  const voucher = (await docs.uploadDocument(sd, pudong, pdf('上海市行政事业单位资金往来结算票据'), '结算票据.pdf', 'settlement-voucher')).id;
  await claims.fileClaim(sd, pudong, { kind: 'childcare-studio', year: 2018, voucherNo: 'No.0031809', voucherDocumentId: voucher });
  return { loaded: true, sites: running.length + 3 + studios.length };
}

/**
 * A district's own program with a booked and paid grant (issue 11 §5: “A regional union opens program
 * instances for its own list … with its own windows, chain and budget, paid from its own account; the
 * federation sees them in its reports”). Jiading opens its own health-point program, checks a new point in
 * its industrial zone against the standard on site, accepts it with the district's and the street's 1:1:1
 * matching, and the 15,000 grant (001 项目1 三(四) 助推激励) is booked; the batch is prepared by `jiading`,
 * signed by `jiading2` (rights) then `jiading3` (finance), and paid from Jiading's own verified account.
 *
 * Why 2022 and not 2021: Jiading's 2021 list (002, 建立园区（楼宇、商圈）职工健康服务点) gives the 四固三定
 * standard but no grant or matching amount (policy params health-point-grant.yaml, note), so a 2021 program
 * books nothing and has no batch to pay; the 2021 program itself is left for the district to open (the
 * browser walk opens it). The first grant the seeds give a health point is 2022's, which this program uses.
 *
 * Run after the officers' holders are recorded (load-demo.ts): the two-person rule compares holders.
 */
export async function loadDistrictProgramDemo(s: Services) {
  const db = s.database.db;
  const title = '嘉定区2022年新增园区（楼宇）职工健康服务点';
  if (await db.selectFrom('program_instances').select('id').where('title', '=', title).executeTakeFirst()) return { loaded: false };
  const { createSiteTx, inspect, accept } = await import('../modules/sites/service.ts');
  const { checklist } = await import('../modules/sites/checklist.ts');
  const { createInstance } = await import('../modules/programs/service.ts');
  const apps = await import('../modules/applications/service.ts');
  const docs = await import('../modules/documents/service.ts');
  const payouts = await import('../modules/payouts/service.ts');
  const payees = await import('../modules/payouts/payee-accounts.ts');
  const sd: Services = { ...s, clock: fixedClock('2022-03-01') };
  const on = (day: string) => {
    sd.clock = fixedClock(day);
  };
  const jiading = await demoActor(s, 'jiading');
  const jiading2 = await demoActor(s, 'jiading2');
  const jiading3 = await demoActor(s, 'jiading3');
  const finance = await demoActor(s, 'finance');
  const program = await createInstance(sd, jiading, {
    program: 'health-point-grant',
    year: 2022,
    title,
    status: 'open',
    channels: ['unit'],
    windows: [{ batch: 1, from: '2022-03-01', to: '2022-09-30' }],
    reviewChain: [{ level: 'regional', actor: { role: 'regional-officer' }, dueIn: wd(20), skipForChannels: [] }],
    settlement: { cadence: 'monthly', closeDay: 25, payByDay: 10, preparer: 'grassroots-work', payTo: 'org-account' },
    requiredDocuments: [],
    contacts: [{ role: '联系人', org: '嘉定区总工会', name: '陈立', phone: '021-59992000' }],
    budget: 150000,
    sources: '001 项目1 三(四) 助推激励; 002 建立园区（楼宇、商圈）职工健康服务点',
  });
  const jiadingPath = jiading.actor!.orgPath!;
  const park = await db
    .selectFrom('orgs')
    .select('id')
    .where('path', 'like', `${jiadingPath}%`)
    .where('kind', '=', 'park')
    .orderBy('id')
    .executeTakeFirstOrThrow();
  on('2022-03-15');
  const siteId = await db.transaction().execute((trx) =>
    createSiteTx(sd, trx, jiading, {
      kind: 'health-point',
      name: '嘉定工业区北区职工健康服务点',
      orgId: park.id,
      address: '嘉定区兴贤路1368号',
      lon: 121.2398,
      lat: 31.3965,
      openingHours: '每周二、四 11:30-13:30',
      contacts: [{ role: '管理人员', name: '沈杰', phone: '021-59990002' }],
      fundedYear: 2022,
      photoIds: [],
    }),
  );
  await apps.submit(sd, jiading, {
    programId: program.id,
    applicantOrgId: park.id,
    form: {
      siteId,
      pointType: 'new',
      manager: '沈杰',
      managerPhone: '021-59990002',
      healthCentre: '嘉定工业区社区卫生服务中心',
      serviceHours: '每周二、四中午',
    },
    documentIds: [],
  });
  on('2022-04-12');
  const photo = (await docs.uploadDocument(sd, jiading, DEMO_PNG, '现场照片.png', 'site-photo')).id;
  await inspect(sd, jiading, siteId, {
    purpose: 'acceptance',
    inspectedOn: '2022-04-12',
    inspector: '嘉定区总工会 陈立',
    answers: checklist('health-point', null, '2022-04-12').items.map((i) => ({
      code: i.code,
      met: true,
      ...(i.answer === 'number' ? { value: i.min ?? 1 } : {}),
    })),
    photoIds: [photo],
  });
  await accept(sd, jiading, siteId, '两固三定现场核查合格；区总工会、园区工会各配套 1.5 万元', { district: 15000, street: 15000 });
  // The accounts, registered by the district and verified by the federation's finance department: the park
  // union's (the payee: payTo org-account) and Jiading's own (the payer).
  on('2022-04-20');
  for (const [orgId, accountName, accountNo] of [
    [park.id, '嘉定工业区工会联合会', '31658800009876000'],
    [jiading.actor!.orgId!, '上海市嘉定区总工会', '31658800001111000'],
  ] as const) {
    const acct = await db
      .transaction()
      .execute((trx) => payees.registerPayeeAccount(trx, jiading, { orgId, bank: '上海农商银行嘉定支行', accountName, accountNo }));
    await db.transaction().execute((trx) => payees.verifyPayeeAccount(trx, finance, acct.id));
  }
  on('2022-04-26');
  const batch = await payouts.prepareBatch(sd, jiading, program.id, '2022-04');
  on('2022-04-28');
  await payouts.signOff(sd, jiading2, batch.id, 'rights');
  await payouts.signOff(sd, jiading3, batch.id, 'finance');
  on('2022-05-09');
  await payouts.markPaid(sd, jiading, batch.id, { reference: 'JD2022050900001' });
  return { loaded: true, programId: program.id, batchId: batch.id };
}

/** A 1×1 PNG (photos are checked by their bytes). */
export const DEMO_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
