// The application forms of the site programs (issue 11 §3), registered with the programs module: the
// union is the applicant (an organisation), the site is registered first and named in the form, and the
// engine's input is what the district found on site (the last passed acceptance inspection), so the
// final review pays only what the checklist proved.
import { z } from 'zod';
import { AppError } from '../../platform/errors.ts';
import type { Executor } from '../../platform/context.ts';
import { ZIsoDate } from '../../platform/schemas.ts';
import { bothNames, formLabel, type ProgramAdapter } from '../programs/api.ts';
import * as repo from './repository.ts';

const mobile = z
  .string()
  .trim()
  .regex(/^1[3-9]\d{9}$/, { message: '手机号码应为 11 位 / an 11-digit mobile number' });
const phone = z
  .string()
  .trim()
  .regex(/^[0-9+\- ]{7,20}$/, { message: '电话号码格式不正确 / not a phone number' });

async function siteFacts(db: Executor, form: Record<string, any>) {
  const i = await repo.lastPassedAcceptance(db, Number(form.siteId));
  const ev = i?.evaluation as { input?: Record<string, unknown> } | null | undefined;
  return ev?.input ? { inspectionInput: ev.input, inspectedOn: i!.inspected_on } : {};
}

/** The form names a site of the applicant union, of the program's kind, not yet applied for. */
function checkSite(kind: string, subkindOf?: (form: Record<string, any>) => string | null) {
  return async (db: Executor, form: Record<string, any>, org: { id: number; path: string; name: string }) => {
    const s = await repo.siteForForm(db, Number(form.siteId));
    const field = [{ field: 'body.form.siteId', code: 'invalid', message: { zh: '阵地不可用', en: 'site not available' } }];
    if (!s || !s.org_path.startsWith(org.path))
      return new AppError(
        400,
        'site-not-found',
        { zh: `${org.name}没有编号为 ${form.siteId} 的阵地（请先在阵地台账中登记）`, en: `${org.name} has no site ${form.siteId} (register it first)` },
        field,
      );
    if (s.kind !== kind)
      return new AppError(400, 'site-kind-mismatch', { zh: `阵地 ${s.no} 不是本项目的阵地类型`, en: `Site ${s.no} is not of this program's kind` }, field);
    if (s.application_id || s.status !== 'applied')
      return new AppError(409, 'site-already-applied', { zh: `阵地 ${s.no} 已申报或已验收`, en: `Site ${s.no} was already applied for or accepted` }, field);
    const sub = subkindOf?.(form);
    if (sub && s.subkind && s.subkind !== sub)
      return new AppError(
        400,
        'site-subkind-mismatch',
        { zh: `阵地 ${s.no} 登记的类型与申报表不一致`, en: `Site ${s.no} is registered as ${s.subkind}, the form says ${sub}` },
        field,
      );
    return null;
  };
}

async function linkSite(db: Executor, form: Record<string, any>, app: { applicationId: number; instanceId: number; year: number }, subkind?: string) {
  // The form's area and hours fill the register where it has none (附件2-7-1 面积, 开放时间).
  await repo.linkSiteToApplication(db, Number(form.siteId), {
    ...app,
    subkind,
    areaSqm: form.areaSqm || undefined,
    openingHours: form.openingHours || undefined,
  });
}

// 003 附件2-7-1 微型 / 附件2-7-2 综合型“工会司机之家”创建申报表: the header (所属区局工会 is the applicant's
// district; 负责人 name, email, phone) and one row per station (站点名称 and 地址 are the register's;
// 站长, 站长手机, 开放时间, 面积, 服务项目, 临停车位数 / 停车位数, 可临停时间 / 充电桩数, 计划完成时间).
/** A field of one kind of driver home only (the superRefine below requires it there): the published form shows it then. */
const whenKind = (kind: 'micro' | 'comprehensive') => ({ 'x-visible-when': { field: 'kind', equals: kind }, 'x-required-when-visible': true }) as const;
const driverHomeForm = z
  .strictObject({
    siteId: z.number().int().positive().meta(formLabel('阵地编号（阵地台账）', 'Site number (the site register)')),
    kind: z.enum(['micro', 'comprehensive']).meta(
      formLabel('司机之家类型（附件2-7-1 微型 / 附件2-7-2 综合型）', 'Kind of driver home (micro 附件2-7-1 / comprehensive 附件2-7-2)', {
        micro: ['微型', 'Micro'],
        comprehensive: ['综合型', 'Comprehensive'],
      }),
    ),
    leaderName: z.string().trim().min(2).max(40).meta(formLabel('负责人姓名', 'Lead’s name')),
    leaderEmail: z.string().trim().email().max(80).meta(formLabel('负责人邮箱', 'Lead’s e-mail')),
    leaderPhone: phone.meta(formLabel('负责人电话', 'Lead’s phone')),
    stationMaster: z.string().trim().min(2).max(40).meta(formLabel('站长', 'Station master')),
    stationMasterMobile: mobile.meta(formLabel('站长手机', 'Station master’s mobile')),
    openingHours: z.string().trim().min(2).max(100).meta(formLabel('开放时间', 'Opening hours')),
    areaSqm: z.number().positive().max(100000).meta(formLabel('面积（m²）', 'Area (m²)')),
    services: z.string().trim().min(2).max(300).meta(formLabel('服务项目', 'Services')),
    parkingSpaces: z.number().int().nonnegative().max(10000).meta(formLabel('临停车位数 / 停车位数', 'Parking spaces')),
    parkingMinutes: z
      .number()
      .int()
      .nonnegative()
      .max(1440)
      .optional()
      .meta({ ...formLabel('可临停时间（分钟，微型）', 'Parking time allowed (minutes, micro)'), ...whenKind('micro') }),
    evChargers: z
      .number()
      .int()
      .nonnegative()
      .max(1000)
      .optional()
      .meta({ ...formLabel('充电桩数（综合型）', 'EV chargers (comprehensive)'), ...whenKind('comprehensive') }),
    plannedCompletion: ZIsoDate.meta(formLabel('计划完成时间', 'Planned completion')),
  })
  .superRefine((f, ctx) => {
    if (f.kind === 'micro' && f.parkingMinutes === undefined)
      ctx.addIssue({ code: 'custom', path: ['parkingMinutes'], message: '微型司机之家须填写可临停时间 / a micro home gives its free parking minutes' });
    if (f.kind === 'comprehensive' && f.evChargers === undefined)
      ctx.addIssue({ code: 'custom', path: ['evChargers'], message: '综合型司机之家须填写充电桩数 / a comprehensive home gives its chargers' });
  });

export const driverHomeAdapter: ProgramAdapter = {
  code: 'driver-home-grant',
  applicant: 'org',
  form: driverHomeForm as unknown as z.ZodType<Record<string, unknown>>,
  orgFacts: (db, form) => siteFacts(db, form),
  checkOrgForm: checkSite('driver-home', (f) => f.kind),
  afterOrgSubmit: (db, form, app) => linkSite(db, form, app, form.kind),
  // Before the district's check the engine sees what the form declares (parking and chargers) and no
  // equipment, so the application shows what is still to be proved; after it, what was found on site.
  policyInput: (f, facts) =>
    (facts.inspectionInput as Record<string, unknown> | undefined) ??
    (f.kind === 'micro'
      ? { kind: 'micro', facilities: [], freeParkingMinutes: f.parkingMinutes ?? 0, toilet: 'none', signage: false }
      : {
          kind: 'comprehensive',
          facilities: [],
          freeParkingSpaces: f.parkingSpaces,
          evChargers: f.evChargers ?? 0,
          toilet: 'none',
          signage: false,
          restArea: false,
          services: [],
        }),
  subject: (f) => ({ key: `site:${f.siteId}`, label: `司机之家（阵地 ${f.siteId}）` }),
  summary: (f) => ({
    kind: f.kind === 'micro' ? '微型' : '综合型',
    master: f.stationMaster,
    hours: f.openingHours,
    area: String(f.areaSqm),
    services: f.services,
    parking: String(f.parkingSpaces),
    extra: f.kind === 'micro' ? `${f.parkingMinutes} 分钟` : `${f.evChargers} 个`,
    planned: f.plannedCompletion,
  }),
  summaryColumns: [
    { key: 'kind', header: '类型', width: 8 },
    { key: 'master', header: '站长', width: 10 },
    { key: 'hours', header: '开放时间', width: 16 },
    { key: 'area', header: '面积（m²）', width: 10 },
    { key: 'services', header: '服务项目', width: 24 },
    { key: 'parking', header: '车位数', width: 8 },
    { key: 'extra', header: '可临停时间/充电桩数', width: 14 },
    { key: 'planned', header: '计划完成时间', width: 12 },
  ],
};

// Jiading's 2021 health points (002 建立园区（楼宇、商圈）职工健康服务点): the district runs the program;
// a street or park union applies for its point, the district checks the 四固三定 on site and plaques it.
// 002 states no grant, so nothing is booked (the engine's output has no amount).
const healthPointForm = z.strictObject({
  siteId: z.number().int().positive().meta(formLabel('阵地编号（阵地台账）', 'Site number (the site register)')),
  manager: z.string().trim().min(2).max(40).meta(formLabel('管理人员（服务点负责人）', 'Manager (the point’s lead)')),
  managerPhone: phone.meta(formLabel('管理人员电话', 'Manager’s phone')),
  healthCentre: z.string().trim().min(2).max(80).meta(formLabel('对口社区卫生服务中心', 'Partner community health centre')),
  doctor: z.string().trim().min(2).max(40).optional().meta(formLabel('全科（家庭）医生（团队）', 'General practitioner (team)')),
  serviceHours: z.string().trim().min(2).max(100).meta(formLabel('服务时间（每周1至2个半天）', 'Service hours (one or two half-days a week)')),
});

export const healthPointStandardAdapter: ProgramAdapter = {
  code: 'health-point-standard',
  applicant: 'org',
  form: healthPointForm as unknown as z.ZodType<Record<string, unknown>>,
  orgFacts: (db, form) => siteFacts(db, form),
  checkOrgForm: checkSite('health-point'),
  afterOrgSubmit: (db, form, app) => linkSite(db, form, app),
  policyInput: (_f, facts) =>
    (facts.inspectionInput as Record<string, unknown> | undefined) ?? {
      fixedSite: false,
      noticePosted: false,
      fixedStaff: false,
      byAppointment: false,
      healthCentreAgreement: false,
      consultationHalfDaysPerWeek: 0,
      visitsPerMonth: 0,
      lecturesPerYear: 0,
      noticeLeadDays: 0,
    },
  subject: (f) => ({ key: `site:${f.siteId}`, label: `健康服务点（阵地 ${f.siteId}）` }),
  summary: (f) => ({ manager: f.manager, centre: f.healthCentre, doctor: f.doctor ?? '', hours: f.serviceHours }),
  summaryColumns: [
    { key: 'manager', header: '管理人员', width: 10 },
    { key: 'centre', header: '对口社区卫生服务中心', width: 24 },
    { key: 'doctor', header: '全科医生', width: 12 },
    { key: 'hours', header: '服务时间', width: 18 },
  ],
};

// 001 项目1 三(四) 助推激励 (2022): the city's 15,000 to each new health point that passes the assessment.
// The assessment is the district's check on site against 两固三定 (health-point-standard, 2022): a passed
// acceptance inspection is “评估合格”. The 1:1:1 matching of the district and the street is recorded and
// checked when the site is accepted (service.ts accept), from the engine's minDistrictMatch / minStreetMatch.
const healthPointGrantForm = healthPointForm.extend({
  pointType: z
    .enum(['new', 'consolidated'])
    .meta(formLabel('新增 / 巩固', 'New / consolidated', { new: ['新增', 'New'], consolidated: ['巩固', 'Consolidated'] })),
});

export const healthPointGrantAdapter: ProgramAdapter = {
  code: 'health-point-grant',
  applicant: 'org',
  form: healthPointGrantForm as unknown as z.ZodType<Record<string, unknown>>,
  orgFacts: (db, form) => siteFacts(db, form),
  checkOrgForm: checkSite('health-point'),
  afterOrgSubmit: (db, form, app) => linkSite(db, form, app, form.pointType),
  policyInput: (f, facts) => ({ isNew: f.pointType === 'new', qualified: !!facts.inspectionInput }),
  amountOf: (o) => Number(o.cityGrant ?? 0),
  subject: (f) => ({ key: `site:${f.siteId}`, label: `健康服务点（阵地 ${f.siteId}）` }),
  summary: (f) => ({
    type: f.pointType === 'new' ? '新增' : '巩固',
    manager: f.manager,
    centre: f.healthCentre,
    doctor: f.doctor ?? '',
    hours: f.serviceHours,
  }),
  summaryColumns: [
    { key: 'type', header: '新增/巩固', width: 8 },
    { key: 'manager', header: '管理人员', width: 10 },
    { key: 'centre', header: '对口社区卫生服务中心', width: 24 },
    { key: 'doctor', header: '全科医生', width: 12 },
    { key: 'hours', header: '服务时间', width: 18 },
  ],
};

// 001 项目6 本市一线职工食堂新建项目情况申报表 (2022): 区局（产业）工会、联系人、联系电话 in the header, and per
// canteen 食堂名称 (the register's), 所属单位, 开放使用日期, 建设总资金（元）, 服务职工数, 工作人员数, 每日供餐次数,
// 地址 (the register's), 备注 (填写说明 1: 五大新城 / 市重大工程建设项目工地 / 市区两级重点园区). 立项启动日期 is
// asked for the supplementary round (四(二): 新立项启动的项目). No grant: accepting books nothing.
const canteenCategories = { 'new-town': '五大新城', 'major-project': '市重大工程建设项目工地', 'key-park': '市区两级重点园区', other: '其他' } as const;
const canteenForm = z.strictObject({
  siteId: z.number().int().positive().meta(formLabel('阵地编号（阵地台账）', 'Site number (the site register)')),
  contactName: z.string().trim().min(2).max(40).meta(formLabel('联系人', 'Contact')),
  contactPhone: phone.meta(formLabel('联系电话', 'Contact phone')),
  ownerUnit: z.string().trim().min(2).max(100).meta(formLabel('所属单位', 'Owner unit')),
  openingOn: ZIsoDate.meta(formLabel('开放使用日期', 'Opened on')),
  investmentYuan: z.number().nonnegative().max(1e9).meta(formLabel('建设总资金（元）', 'Total investment (yuan)')),
  workersServed: z.number().int().positive().max(1_000_000).meta(formLabel('服务职工数', 'Workers served')),
  staff: z.number().int().nonnegative().max(10_000).meta(formLabel('工作人员数', 'Staff')),
  mealsPerDay: z.number().int().positive().max(10).meta(formLabel('每日供餐次数', 'Meals a day')),
  category: z.enum(Object.keys(canteenCategories) as [keyof typeof canteenCategories, ...(keyof typeof canteenCategories)[]]).meta(
    formLabel(
      '备注：三大类型',
      'Category (remarks: the three types)',
      bothNames(canteenCategories, {
        'new-town': 'One of the five new towns',
        'major-project': 'Site of a major city project',
        'key-park': 'Key park (city or district)',
        other: 'Other',
      }),
    ),
  ),
  launchedOn: ZIsoDate.optional().meta(formLabel('立项启动日期（补充申报）', 'Project start (supplementary application)')),
  remark: z.string().trim().max(200).optional().meta(formLabel('备注', 'Remarks')),
});
const canteenDeclared = { safeCanteenStandard: false, matchesWorkforce: false, openedInYear: false, servesFrontline: false };

export const canteenAdapter: ProgramAdapter = {
  code: 'canteen-standard',
  applicant: 'org',
  form: canteenForm as unknown as z.ZodType<Record<string, unknown>>,
  orgFacts: (db, form) => siteFacts(db, form),
  checkOrgForm: checkSite('canteen'),
  afterOrgSubmit: (db, form, app) => linkSite(db, form, app),
  // The rounds are the engine's (appliedOn, launchedOn); the requirements are what the district found on site.
  policyInput: (f, facts) => ({
    ...((facts.inspectionInput as Record<string, unknown> | undefined) ?? canteenDeclared),
    appliedOn: facts.appliedOn,
    ...(f.launchedOn ? { launchedOn: f.launchedOn } : {}),
  }),
  subject: (f) => ({ key: `site:${f.siteId}`, label: `一线职工食堂（阵地 ${f.siteId}）` }),
  summary: (f) => ({
    owner: f.ownerUnit,
    opening: f.openingOn,
    investment: String(f.investmentYuan),
    workers: String(f.workersServed),
    staff: String(f.staff),
    meals: String(f.mealsPerDay),
    remark: [canteenCategories[f.category as keyof typeof canteenCategories], f.remark].filter(Boolean).join('；'),
  }),
  summaryColumns: [
    { key: 'owner', header: '所属单位', width: 24 },
    { key: 'opening', header: '开放使用日期', width: 12 },
    { key: 'investment', header: '建设总资金（元）', width: 14 },
    { key: 'workers', header: '服务职工数', width: 10 },
    { key: 'staff', header: '工作人员数', width: 10 },
    { key: 'meals', header: '每日供餐次数', width: 10 },
    { key: 'remark', header: '备注', width: 24 },
  ],
};

// 001 项目11 (2022): the team applies through its regional union (三(一) 面向各区局产业工会开展职工文艺团队和新作申报);
// the seed gives no form, so the form asks what the selection standard names (类型, 成立时间, 团员人数, the new
// work offered to the 展评展演). The selection standard is checked item by item (the inspection).
const cultureTypes = { comprehensive: '综合类艺术团', choir: '合唱', instrumental: '器乐', dance: '舞蹈', drama: '话剧', other: '其他专项' } as const;
const cultureForm = z.strictObject({
  siteId: z.number().int().positive().meta(formLabel('阵地编号（阵地台账）', 'Site number (the site register)')),
  teamType: z
    .enum(Object.keys(cultureTypes) as [keyof typeof cultureTypes, ...(keyof typeof cultureTypes)[]])
    .meta(
      formLabel(
        '团队类型',
        'Team type',
        bothNames(cultureTypes, { comprehensive: 'Arts troupe', choir: 'Choir', instrumental: 'Instrumental', dance: 'Dance', drama: 'Drama', other: 'Other' }),
      ),
    ),
  foundedOn: ZIsoDate.meta(formLabel('成立时间', 'Founded on')),
  members: z.number().int().positive().max(100_000).meta(formLabel('团员人数', 'Members of the team')),
  leader: z.string().trim().min(2).max(40).meta(formLabel('团长', 'Team leader')),
  leaderPhone: phone.meta(formLabel('联系电话', 'Contact phone')),
  newWork: z.string().trim().min(2).max(100).meta(formLabel('参加展评的新创新编作品', 'New work for the showcase')),
});
const cultureDeclared = (f: Record<string, any>) => ({
  rightOrientation: false,
  managementRules: false,
  stableFunding: false,
  fixedRehearsalVenue: false,
  performanceEquipment: false,
  teamAgeYears: 0,
  soundStructure: false,
  members: f.members,
  regularRehearsals: false,
  newWorksThisYear: 0,
  grassrootsPerformances: false,
  cityOrDistrictShows: false,
});

export const cultureTeamAdapter: ProgramAdapter = {
  code: 'culture-team-grant',
  applicant: 'org',
  form: cultureForm as unknown as z.ZodType<Record<string, unknown>>,
  orgFacts: (db, form) => siteFacts(db, form),
  checkOrgForm: checkSite('culture-team'),
  afterOrgSubmit: (db, form, app) => linkSite(db, form, app, form.teamType),
  policyInput: (f, facts) => (facts.inspectionInput as Record<string, unknown> | undefined) ?? cultureDeclared(f),
  subject: (f) => ({ key: `site:${f.siteId}`, label: `职工文艺团队（阵地 ${f.siteId}）` }),
  summary: (f) => ({
    type: cultureTypes[f.teamType as keyof typeof cultureTypes],
    founded: f.foundedOn,
    members: String(f.members),
    leader: f.leader,
    work: f.newWork,
  }),
  summaryColumns: [
    { key: 'type', header: '团队类型', width: 12 },
    { key: 'founded', header: '成立时间', width: 12 },
    { key: 'members', header: '团员人数', width: 8 },
    { key: 'leader', header: '团长', width: 10 },
    { key: 'work', header: '新创新编作品', width: 24 },
  ],
};

// 000 女职工幸福关爱行动 一(三)2: each room applies to its regional union by 8/31 and is checked on site
// (nursing-room-standard); the subsidy is nursing-room-subsidy (10,340, built 2017-10-01 to 2018-08-31).
const nursingRoomForm = z.strictObject({
  siteId: z.number().int().positive().meta(formLabel('阵地编号（阵地台账）', 'Site number (the site register)')),
  builtOn: ZIsoDate.meta(formLabel('建屋时间', 'Built in')),
  contactName: z.string().trim().min(2).max(40).meta(formLabel('联系人', 'Contact')),
  contactPhone: phone.meta(formLabel('联系电话', 'Contact phone')),
});

export const nursingRoomAdapter: ProgramAdapter = {
  code: 'nursing-room-subsidy',
  applicant: 'org',
  form: nursingRoomForm as unknown as z.ZodType<Record<string, unknown>>,
  orgFacts: (db, form) => siteFacts(db, form),
  checkOrgForm: checkSite('nursing-room'),
  afterOrgSubmit: (db, form, app) => linkSite(db, form, app),
  policyInput: (f, facts) => ({ builtOn: f.builtOn, appliedOn: facts.appliedOn }),
  subject: (f) => ({ key: `site:${f.siteId}`, label: `爱心妈咪小屋（阵地 ${f.siteId}）` }),
  summary: (f) => ({ built: f.builtOn, contact: f.contactName }),
  summaryColumns: [
    { key: 'built', header: '建屋时间', width: 12 },
    { key: 'contact', header: '联系人', width: 10 },
  ],
};

// 000 女职工幸福关爱行动 二(四)1: each studio's union applies to its regional union by 8/31 and is checked
// on site; the subsidy is childcare-subsidy (by type, children and weeks).
const childcareTypes = { 'holiday-care': '寒暑托班', 'evening-care': '晚托班', 'full-day': '全日托班', emergency: '应急托班' } as const;
const childcareForm = z.strictObject({
  siteId: z.number().int().positive().meta(formLabel('阵地编号（阵地台账）', 'Site number (the site register)')),
  type: z
    .enum(Object.keys(childcareTypes) as [keyof typeof childcareTypes, ...(keyof typeof childcareTypes)[]])
    .meta(
      formLabel(
        '类型',
        'Type',
        bothNames(childcareTypes, { 'holiday-care': 'Holiday care', 'evening-care': 'Evening care', 'full-day': 'Full-day care', emergency: 'Emergency care' }),
      ),
    ),
  children: z.number().int().positive().max(10_000).optional().meta(formLabel('托管人数', 'Children cared for')),
  weeks: z.number().positive().max(52).optional().meta(formLabel('托管时间（周）', 'Care period (weeks)')),
  establishedOn: ZIsoDate.meta(formLabel('建立日期', 'Established on')),
  contactName: z.string().trim().min(2).max(40).meta(formLabel('联系人', 'Contact')),
  contactPhone: phone.meta(formLabel('联系电话', 'Contact phone')),
});

export const childcareAdapter: ProgramAdapter = {
  code: 'childcare-subsidy',
  applicant: 'org',
  form: childcareForm as unknown as z.ZodType<Record<string, unknown>>,
  orgFacts: (db, form) => siteFacts(db, form),
  checkOrgForm: checkSite('childcare-studio'),
  afterOrgSubmit: (db, form, app) => linkSite(db, form, app, form.type),
  policyInput: (f, facts) => ({
    type: f.type,
    ...(f.children !== undefined ? { children: f.children } : {}),
    ...(f.weeks !== undefined ? { weeks: f.weeks } : {}),
    establishedOn: f.establishedOn,
    appliedOn: facts.appliedOn,
  }),
  subject: (f) => ({ key: `site:${f.siteId}`, label: `亲子工作室（阵地 ${f.siteId}）` }),
  summary: (f) => ({
    type: childcareTypes[f.type as keyof typeof childcareTypes],
    weeks: f.weeks === undefined ? '' : String(f.weeks),
    children: f.children === undefined ? '' : String(f.children),
  }),
  summaryColumns: [
    { key: 'type', header: '类型', width: 10 },
    { key: 'weeks', header: '托管时间(周)', width: 10 },
    { key: 'children', header: '托管人数', width: 8 },
  ],
};
