// The unit applications of 公益乐学 (000 公益乐学职工文体服务实施方案 四（三）、四（四）) on the application engine: the
// applicant is the union (an organisation), the form is the seed's own — 附件1 公益乐学教学点申报表 (局（产业）工会) and
// 附件2 公益乐学直通车版预约表 (“小三级”工会 or large enterprises) — field by field, and who may file each is the
// engine's rule (policy programs class-teaching-point / class-direct-booking), checked when the form is filed.
// Each filed form prints as an .xlsx with the seed's title (formSheet).
import { maskMobile } from '../../platform/identifiers.ts';
import { z } from 'zod';
import { AppError } from '../../platform/errors.ts';
import type { Executor, RequestContext } from '../../platform/context.ts';
import { pathInScope } from '../../platform/access.ts';
import { notFound } from '../../platform/errors.ts';
import { ZIsoDate } from '../../platform/schemas.ts';
import type { Services } from '../../platform/services.ts';
import { writeXlsx } from '../../platform/spreadsheets.ts';
import { applicationForm } from '../applications/api.ts';
import { bothNames, formLabel } from '../programs/api.ts';
import type { ProgramAdapter } from '../programs/api.ts';
import { evaluate } from '../policy/service.ts';
import * as repo from './repository.ts';

const mobile = z
  .string()
  .trim()
  .regex(/^1[3-9]\d{9}$/, { message: '手机号码应为 11 位 / an 11-digit mobile number' });
const phone = z
  .string()
  .trim()
  .regex(/^[0-9+\- ]{7,20}$/, { message: '电话号码格式不正确 / not a phone number' });
const postcode = z
  .string()
  .trim()
  .regex(/^\d{6}$/, { message: '邮编应为 6 位数字 / a 6-digit postcode' });
const text = (max: number) => z.string().trim().min(1).max(max);

// The header both forms share: 单位名称 is the applicant union's; 通讯地址及邮编, 单位法定代表人 (职务, 座机),
// 联系人（需为项目负责人）(职务, 座机), E-mail 或 QQ, 手机.
const header = {
  address: text(200).meta(formLabel('通讯地址', 'Postal address')),
  postcode: postcode.meta(formLabel('邮编', 'Postcode')),
  legalRepName: text(40).meta(formLabel('单位法定代表人', 'Legal representative')),
  legalRepTitle: text(40).meta(formLabel('法定代表人职务', 'Legal representative’s title')),
  legalRepPhone: phone.meta(formLabel('法定代表人座机', 'Legal representative’s landline')),
  contactName: text(40).meta(formLabel('联系人（需为项目负责人）', 'Contact (the project’s lead)')),
  contactTitle: text(40).meta(formLabel('联系人职务', 'Contact’s title')),
  contactPhone: phone.meta(formLabel('联系人座机', 'Contact’s landline')),
  contactEmail: text(80).meta(formLabel('E-mail 或 QQ', 'E-mail or QQ')),
  contactMobile: mobile.meta(formLabel('手机', 'Mobile')),
};

const ROOMS = { dance: '舞蹈房', other: '其他' } as const;
const SITE_SOURCES = { own: '自有', rented: '租借', 'third-party': '购买第三方服务', other: '其他' } as const;
const SERVICE_MODES = { single: '单次课', 'long-term': '长期班', both: '两者相结合' } as const;
const CHANNELS = { wechat: '微信', website: '网站', phone: '电话', app: 'APP（非申工社）', other: '其他', none: '暂无' } as const;
const keys = <T extends Record<string, string>>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

/** 附件1 公益乐学教学点申报表. */
export const teachingPointForm = z
  .strictObject({
    ...header,
    points: z
      .array(z.strictObject({ address: text(200).meta(formLabel('教学点地址', 'Address')), postcode: postcode.meta(formLabel('邮编', 'Postcode')) }))
      .min(1)
      .max(10)
      .meta(formLabel('教学点地址及邮编（如多处，分别填写）', 'Teaching points’ addresses and postcodes (each one)')),
    areaSqm: z.number().positive().max(100_000).meta(formLabel('场地面积（平米）', 'Floor area (m²)')),
    themeColour: z.boolean().meta(formLabel('主题色装饰', 'Decorated in the theme colour')),
    rooms: z
      .array(z.enum(keys(ROOMS)))
      .min(1)
      .meta(formLabel('专用教室设施设备', 'Dedicated rooms and equipment', bothNames(ROOMS, { dance: 'Dance studio', other: 'Other' }))),
    roomsOther: z.string().trim().max(100).optional().meta(formLabel('其他设施（选“其他”时写明）', 'Other facilities (when “other”)')),
    siteSource: z
      .enum(keys(SITE_SOURCES))
      .meta(
        formLabel(
          '场地来源',
          'Venue source',
          bothNames(SITE_SOURCES, { own: 'Own', rented: 'Rented', 'third-party': 'A third party’s service', other: 'Other' }),
        ),
      ),
    siteSourceOther: z.string().trim().max(100).optional().meta(formLabel('其他场地来源（选“其他”时写明）', 'Other venue source (when “other”)')),
    selfInvestmentYuan: z
      .number()
      .int()
      .nonnegative()
      .max(100_000_000)
      .meta({
        ...formLabel('预计硬件、教学设备自行投入（元）', 'Own investment in equipment (yuan)'),
        'x-help': { zh: '申报表上以万元列示', en: 'The printed form shows it in units of 10,000 yuan' },
      }),
    requestedSubsidyYuan: z
      .number()
      .int()
      .nonnegative()
      .max(100_000_000)
      .meta({
        ...formLabel('申请场地装饰、教学设备资助（元）', 'Subsidy asked (yuan)'),
        'x-help': { zh: '申报表上以万元列示', en: 'The printed form shows it in units of 10,000 yuan' },
      }),
    serviceMode: z
      .enum(keys(SERVICE_MODES))
      .meta(formLabel('预计服务方式', 'Planned format', bothNames(SERVICE_MODES, { single: 'Single classes', 'long-term': 'Long-term course', both: 'Both' }))),
    bookingChannels: z
      .array(z.enum(keys(CHANNELS)))
      .min(1)
      .meta(
        formLabel(
          '信息化约课手段',
          'Online booking channels',
          bothNames(CHANNELS, { wechat: 'WeChat', website: 'Website', phone: 'Phone', app: 'An app (not 申工社)', other: 'Other', none: 'None yet' }),
        ),
      ),
    bookingDetail: z.string().trim().max(200).optional().meta(formLabel('具体网址、电话或微信号', 'Website, phone or WeChat ID')),
    schedule: z
      .enum(['weekly', 'irregular'])
      .meta(formLabel('预计服务时间安排：每周 / 不定期', 'Schedule: weekly / irregular', { weekly: ['每周', 'Weekly'], irregular: ['不定期', 'Irregular'] })),
    weeklyTime: z.string().trim().max(100).optional().meta(formLabel('每周的时间', 'Weekly hours')),
    scheduleNote: z.string().trim().max(300).optional().meta(formLabel('补充说明', 'Notes')),
    weeklyPersons: z.number().int().nonnegative().max(1_000_000).meta(formLabel('预计周服务人次', 'Expected attendances a week')),
    yearlyPersons: z.number().int().nonnegative().max(100_000_000).meta(formLabel('预计年服务人次', 'Expected attendances a year')),
  })
  .superRefine((f, ctx) => {
    if (f.rooms.includes('other') && !f.roomsOther)
      ctx.addIssue({ code: 'custom', path: ['roomsOther'], message: '选择“其他”须写明设施 / name the other facilities' });
    if (f.siteSource === 'other' && !f.siteSourceOther)
      ctx.addIssue({ code: 'custom', path: ['siteSourceOther'], message: '选择“其他”须写明场地来源 / name the other source' });
    if (f.schedule === 'weekly' && !f.weeklyTime) ctx.addIssue({ code: 'custom', path: ['weeklyTime'], message: '每周服务须填写时间 / give the weekly time' });
    if (f.bookingChannels.includes('none') && f.bookingChannels.length > 1)
      ctx.addIssue({ code: 'custom', path: ['bookingChannels'], message: '“暂无”不能与其他约课手段同选 / “none” goes alone' });
    if (f.weeklyPersons > f.yearlyPersons)
      ctx.addIssue({ code: 'custom', path: ['weeklyPersons'], message: '周服务人次不应多于年服务人次 / more a week than a year' });
  });

const CATEGORIES = {
  exhibition: '展览',
  performance: '演出',
  contest: '赛事',
  training: '培训',
  service: '服务（如中医义诊、名品试吃等）',
  activity: '活动（如灯谜、剪影等）',
} as const;
const ACTIVITIES = {
  'straw-weaving': '草编',
  origami: '折纸',
  'dragon-phoenix-script': '龙凤字',
  'sugar-painting': '糖画',
  'egg-painting': '蛋画',
  silhouette: '剪影',
  'chinese-knot': '中国结',
  'qipao-show': '旗袍秀',
  'spring-couplets': '写春联',
  'lantern-riddles': '猜灯谜',
  kites: '做风筝',
  'costume-photo': '古装体验与写真拍摄',
  'opera-masks': '脸谱',
  'wire-art': '金属丝造型',
  'folk-music-talk': '民乐普及讲座',
  other: '其他',
} as const;
const VENUES = { indoor: '室内', outdoor: '室外' } as const;

/** 附件2 公益乐学直通车版预约表. */
export const directBookingForm = z
  .strictObject({
    ...header,
    contactMobile: mobile.meta(formLabel('手机（* 非常重要）', 'Mobile (* essential)')),
    categories: z
      .array(z.enum(keys(CATEGORIES)))
      .min(1)
      .meta(
        formLabel(
          '所需类别',
          'Categories wanted',
          bothNames(CATEGORIES, {
            exhibition: 'Exhibition',
            performance: 'Performance',
            contest: 'Contest',
            training: 'Training',
            service: 'Service (e.g. free TCM consultations, tastings)',
            activity: 'Activity (e.g. lantern riddles, silhouettes)',
          }),
        ),
      ),
    activities: z
      .array(z.enum(keys(ACTIVITIES)))
      .default([])
      .meta(
        formLabel(
          '所需活动项目',
          'Activities wanted',
          bothNames(ACTIVITIES, {
            'straw-weaving': 'Straw weaving',
            origami: 'Origami',
            'dragon-phoenix-script': 'Dragon-and-phoenix calligraphy',
            'sugar-painting': 'Sugar painting',
            'egg-painting': 'Egg painting',
            silhouette: 'Silhouette cutting',
            'chinese-knot': 'Chinese knots',
            'qipao-show': 'Qipao show',
            'spring-couplets': 'Spring couplets',
            'lantern-riddles': 'Lantern riddles',
            kites: 'Kite making',
            'costume-photo': 'Period costume and photos',
            'opera-masks': 'Opera masks',
            'wire-art': 'Wire art',
            'folk-music-talk': 'A talk on folk music',
            other: 'Other',
          }),
        ),
      ),
    activitiesOther: z.string().trim().max(100).optional().meta(formLabel('其他活动（选“其他”时写明）', 'Other activity (when “other”)')),
    bookedOn: ZIsoDate.meta(formLabel('预约时间', 'Booked for')),
    theme: z.string().trim().max(100).optional().meta(formLabel('契合主题', 'Theme')),
    place: text(200).meta(formLabel('活动地点', 'Venue')),
    venue: z
      .array(z.enum(keys(VENUES)))
      .min(1)
      .meta(formLabel('场地基本状况', 'The venue', bothNames(VENUES, { indoor: 'Indoor', outdoor: 'Outdoor' }))),
    venueAreaSqm: z.number().positive().max(1_000_000).optional().meta(formLabel('面积', 'Area')),
    expectedPersons: z.number().int().positive().max(1_000_000).meta(formLabel('预计服务人数', 'Expected participants')),
    audience: text(200).meta(formLabel('服务对象构成', 'Who is served')),
  })
  .superRefine((f, ctx) => {
    if (f.categories.includes('activity') && !f.activities.length)
      ctx.addIssue({ code: 'custom', path: ['activities'], message: '选择“活动”须勾选所需活动项目 / pick the activities' });
    if (f.activities.includes('other') && !f.activitiesOther)
      ctx.addIssue({ code: 'custom', path: ['activitiesOther'], message: '选择“其他”须写明活动 / name the other activity' });
  });

/** The org kinds as the engine's applicant levels (the federation's departments and agencies file neither form). */
const levelOf = (kind: string | undefined) => (kind && ['district', 'industry', 'street', 'park', 'grassroots'].includes(kind) ? kind : 'municipal');

async function levelFacts(db: Executor, orgId: number) {
  return { applicantLevel: levelOf((await repo.orgKind(db, orgId))?.kind) };
}

/** Who files the form is the engine's rule: refused when filed, with the engine's sentence naming the paragraph. */
function checkLevel(program: string) {
  return async (db: Executor, _form: Record<string, any>, org: { id: number; name: string }, on: string) => {
    const r = evaluate(program, on, await levelFacts(db, org.id));
    if (r.eligible) return null;
    const m = r.reasons[0]!.message;
    return new AppError(409, 'applicant-level', { zh: `${org.name}：${m.zh}`, en: `${org.name}: ${m.en}` }, [
      { field: 'body.applicantOrgId', code: 'applicant-level', message: m },
    ]);
  };
}

const pick = <T extends Record<string, string>>(labels: T, vs: readonly string[] | undefined) => (vs ?? []).map((v) => labels[v as keyof T] ?? v).join('、');
const wan = (yuan: number) => `${Math.round(yuan / 100) / 100} 万元`;

export const teachingPointAdapter: ProgramAdapter = {
  code: 'class-teaching-point',
  applicant: 'org',
  form: teachingPointForm as unknown as z.ZodType<Record<string, unknown>>,
  orgFacts: (db, _form, orgId) => levelFacts(db, orgId),
  checkOrgForm: checkLevel('class-teaching-point'),
  policyInput: (_f, facts) => ({ applicantLevel: facts.applicantLevel }),
  subject: (f, orgId, year) => ({
    key: `${year}:${orgId}:${String(f.points[0].address).replace(/\s+/g, '')}`,
    label: `${year} 年教学点 ${f.points[0].address}`,
  }),
  summary: (f) => ({
    points: f.points.map((p: { address: string }) => p.address).join('；'),
    area: String(f.areaSqm),
    mode: SERVICE_MODES[f.serviceMode as keyof typeof SERVICE_MODES],
    subsidy: wan(f.requestedSubsidyYuan),
    yearly: String(f.yearlyPersons),
    contact: f.contactName,
  }),
  summaryColumns: [
    { key: 'points', header: '教学点地址', width: 30 },
    { key: 'area', header: '场地面积（平米）', width: 10 },
    { key: 'mode', header: '预计服务方式', width: 12 },
    { key: 'subsidy', header: '申请资助', width: 12 },
    { key: 'yearly', header: '预计年服务人次', width: 12 },
    { key: 'contact', header: '联系人', width: 10 },
  ],
};

export const directBookingAdapter: ProgramAdapter = {
  code: 'class-direct-booking',
  applicant: 'org',
  form: directBookingForm as unknown as z.ZodType<Record<string, unknown>>,
  orgFacts: (db, _form, orgId) => levelFacts(db, orgId),
  checkOrgForm: checkLevel('class-direct-booking'),
  policyInput: (_f, facts) => ({ applicantLevel: facts.applicantLevel }),
  subject: (f, orgId) => ({ key: `${orgId}:${f.bookedOn}:${String(f.place).replace(/\s+/g, '')}`, label: `直通车 ${f.bookedOn} ${f.place}` }),
  // Issue 10 §3 “Reminders by SMS outbox”: the unit's contact (附件2 手机（* 非常重要）) is texted before the day.
  reminder: {
    dayField: 'bookedOn',
    template: 'class-direct-booking-reminder',
    payload: (f) => ({ bookedOn: f.bookedOn, place: f.place, categories: pick(CATEGORIES, f.categories), contact: f.contactName }),
    mobile: (f) => (f.contactMobile ? String(f.contactMobile) : null),
  },
  summary: (f) => ({
    categories: pick(CATEGORIES, f.categories),
    activities: pick(ACTIVITIES, f.activities),
    on: f.bookedOn,
    place: f.place,
    persons: String(f.expectedPersons),
    contact: `${f.contactName} ${f.contactMobile}`,
  }),
  summaryColumns: [
    { key: 'categories', header: '所需类别', width: 20 },
    { key: 'activities', header: '所需活动项目', width: 24 },
    { key: 'on', header: '预约时间', width: 12 },
    { key: 'place', header: '活动地点', width: 24 },
    { key: 'persons', header: '预计服务人数', width: 10 },
    { key: 'contact', header: '联系人', width: 18 },
  ],
};

const cnDate = (d: string) => `${d.slice(0, 4)} 年 ${Number(d.slice(5, 7))} 月 ${Number(d.slice(8, 10))} 日`;
const yesNo = (b: unknown) => (b ? '是' : '否');

/** The filed form as the seed prints it: the title, the 局（产业） / 区局（产业） line and the date, then item by item. */
export async function formSheet(s: Services, ctx: RequestContext, applicationId: number) {
  const db = s.database.db;
  const a = await applicationForm(db, applicationId);
  if (!a || !pathInScope(ctx.actor!, a.orgPath) || (a.program !== 'class-teaching-point' && a.program !== 'class-direct-booking'))
    throw notFound('application', applicationId);
  const org = await repo.orgKind(db, a.applicantOrgId!);
  const f = a.form as Record<string, any>;
  const head: [string, string][] = [
    ['单位名称', org?.name ?? ''],
    ['通讯地址及邮编', `${f.address} ${f.postcode}`],
    ['单位法定代表人', f.legalRepName],
    ['职务', f.legalRepTitle],
    ['座机', f.legalRepPhone],
    ['联系人（需为项目负责人）', f.contactName],
    ['职务', f.contactTitle],
    ['座机', f.contactPhone],
    ['E-mail 或 QQ', f.contactEmail], // The contact's mobile is personal data: masked in the export like every other (the officers in scope read it in full
    // on the filed application); the landlines are the unit's.
    [a.program === 'class-direct-booking' ? '手机（* 非常重要）' : '手机', maskMobile(String(f.contactMobile ?? ''))],
  ];
  let title: string;
  let line: string;
  let rows: [string, string][];
  if (a.program === 'class-teaching-point') {
    title = '公益乐学教学点申报表';
    line = `附件 1　　局（产业）：${org?.name ?? ''}　　${cnDate(a.appliedOn)}`;
    rows = [
      ...head,
      [
        '教学点地址及邮编（如多处，分别填写）',
        (f.points as { address: string; postcode: string }[]).map((p, i) => `${i + 1}. ${p.address} ${p.postcode}`).join('\n'),
      ],
      ['场地面积（平米）', String(f.areaSqm)],
      ['主题色装饰', yesNo(f.themeColour)],
      ['专用教室设施设备', pick(ROOMS, f.rooms) + (f.roomsOther ? `（${f.roomsOther}）` : '')],
      ['场地来源', SITE_SOURCES[f.siteSource as keyof typeof SITE_SOURCES] + (f.siteSourceOther ? `（${f.siteSourceOther}）` : '')],
      ['预计硬件、教学设备自行资金投入', wan(f.selfInvestmentYuan)],
      ['申请场地装饰、教学设备资助', wan(f.requestedSubsidyYuan)],
      ['预计服务方式', SERVICE_MODES[f.serviceMode as keyof typeof SERVICE_MODES]],
      ['信息化约课手段', pick(CHANNELS, f.bookingChannels) + (f.bookingDetail ? `（${f.bookingDetail}）` : '')],
      ['预计服务时间安排', f.schedule === 'weekly' ? `每周 ${f.weeklyTime}` : '不定期'],
      ['补充说明', f.scheduleNote ?? ''],
      ['预计周服务人次', String(f.weeklyPersons)],
      ['预计年服务人次', String(f.yearlyPersons)],
    ];
  } else {
    title = '公益乐学直通车版预约表';
    line = `附件 2　　区局（产业）：${org?.name ?? ''}　　${cnDate(a.appliedOn)}`;
    rows = [
      ...head,
      ['所需类别', pick(CATEGORIES, f.categories)],
      ['所需活动项目', pick(ACTIVITIES, f.activities) + (f.activitiesOther ? `（${f.activitiesOther}）` : '')],
      ['预约时间', `${cnDate(f.bookedOn)}${f.theme ? `（契合主题：${f.theme}）` : ''}`],
      ['活动地点', f.place],
      ['场地基本状况', pick(VENUES, f.venue) + (f.venueAreaSqm ? `，面积 ${f.venueAreaSqm} 平米` : '')],
      ['预计服务人数', String(f.expectedPersons)],
      ['服务对象构成', f.audience],
    ];
  }
  const body = await writeXlsx([
    {
      name: title,
      preface: [title, line, `申请编号 ${a.no}`],
      columns: [
        { key: 'item', header: '项目', width: 34 },
        { key: 'value', header: '填报内容', width: 60 },
      ],
      rows: rows.map(([item, value]) => ({ item, value })),
    },
  ]);
  return { fileName: `${title}-${a.no}.xlsx`, body };
}
