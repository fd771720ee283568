// What the workflow needs to know about each policy program beyond its formula: the form an applicant
// fills (the policy input minus what the registry and the clock supply), the subject that may be
// awarded only once, and program-specific channel rules. The amounts and conditions stay in
// @shishi/policy; this file only maps an application onto the engine's input.
import { z } from 'zod';
import { getParameters, isPolicyError } from '@shishi/policy';
import { ZIsoDate } from '../../platform/schemas.ts';
import type { AppError, Bilingual } from '../../platform/errors.ts';
import type { NoticeTemplate } from '../../platform/module.ts';
import type { Executor } from '../../platform/context.ts';
import { registerCoverOf, registerKeptFor } from '../protection/api.ts';

const isoDate = ZIsoDate;

/**
 * The application form's own wording of a field, put on the zod field with `.meta()` so the published
 * form (form.ts, GET /programs/:id/form) carries it: `x-label` where the applicant reads other words
 * than the engine's input label (or the field is the workflow's, not the engine's), `x-enum-labels`
 * likewise, `x-help` one line under the field, `x-visible-when` for a field shown only when another
 * has a value (and `x-required-when-visible` when it must then be filled), `x-prefill` for a value the
 * registry gives before the applicant types (true when the member has the category).
 */
type FieldUi = {
  'x-label'?: Bilingual;
  'x-enum-labels'?: Record<string, Bilingual>;
  'x-help'?: Bilingual;
  'x-visible-when'?: { field: string; equals: string | boolean | number };
  'x-required-when-visible'?: boolean;
  'x-prefill'?: { category: string };
};
const ui = (m: FieldUi) => m;
const labelled = (zh: string, en: string, more: FieldUi = {}): FieldUi => ({ 'x-label': { zh, en }, ...more });
const whenMentor = { 'x-visible-when': { field: 'role', equals: 'mentor' } } as const;
/** Certificate and patent numbers are compared without spaces and case (ZL 2016 1001 2345.6 = zl201610012345.6). */
const normalizeNo = (s: string) => s.replace(/\s+/g, '').toUpperCase();

/** What the applications module answers about a member's other applications (the register), for memberFacts. */
export interface MemberRegister {
  /** Amount (fen) of the member's other applications of this program that still count (in review, returned, approved) whose form field `yearField` (an ISO date) falls in `year`; the one being decided is left out. */
  amountInYear(opts: { yearField: string; year: number }): Promise<number>;
  /** Serialise this member's applications of the program until the transaction ends (no two take the last of a cap at once). */
  lock(): Promise<void>;
}

/** Facts the server supplies: never taken from the applicant. */
export interface RegistryFacts {
  [extra: string]: unknown;
  isMember: boolean;
  categories: string[];
  /** A condolence payment was already booked for this person in the campaign's year. */
  paidThisYear: boolean;
  appliedOn: string;
}

export interface ProgramAdapter {
  code: string;
  form: z.ZodType<Record<string, unknown>>;
  policyInput(form: Record<string, any>, facts: RegistryFacts): Record<string, unknown>;
  /** The thing that may be awarded once: a certificate per role, a patent, a member per year. */
  subject(form: Record<string, any>, personId: number, year: number): { key: string; label: string };
  /** A reason the channel is not open to this application, if any. */
  channelProblem?(form: Record<string, any>, channel: 'personal' | 'unit'): Bilingual | null;
  /** Columns of the reviewers' summary form (.xlsx) taken from the form. */
  summary(form: Record<string, any>): Record<string, string>;
  summaryColumns: { key: string; header: string; width: number }[];
  /** Who applies (issue 11 §1): a member (the default) or an organisation (a union applying for a site grant). */
  applicant?: 'member' | 'org';
  /** For an organisation applicant: facts read at evaluation (e.g. the site's last inspection), merged into the registry facts. */
  orgFacts?(db: Executor, form: Record<string, any>, orgId: number): Promise<Record<string, unknown>>;
  /** For a member applicant: facts the program reads from another register (e.g. the protection cover), merged into the registry facts. */
  personFacts?(db: Executor, form: Record<string, any>, personId: number): Promise<Record<string, unknown>>;
  /** For an organisation applicant: a refusal of the form against the registry (e.g. the site is not the union's), or null. */
  checkOrgForm?(db: Executor, form: Record<string, any>, org: { id: number; path: string; name: string }, on: string): Promise<AppError | null>;
  /** Runs in the submission's transaction once the application exists (e.g. links the site to it). */
  afterOrgSubmit?(db: Executor, form: Record<string, any>, app: { applicationId: number; instanceId: number; year: number; orgId: number }): Promise<void>;
  /** For a member applicant: facts read from the register for this form (e.g. the subsidy already had this year), merged into the registry facts. Runs inside the caller's transaction. */
  memberFacts?(db: Executor, form: Record<string, any>, personId: number, register: MemberRegister): Promise<Record<string, unknown>>;
  /** For a member applicant: a refusal of the form against the member's record (e.g. the member number the desk typed), or null. */
  checkMemberForm?(form: Record<string, any>, member: { memberNo: string | null }): { code: string; field: string; message: Bilingual } | null;
  /** The amount the application asks for, in yuan, from the engine's output (default `output.amount`). */
  amountOf?(output: Record<string, unknown>): number;
  /** A refusal once the engine has answered (e.g. the yearly cap already used up), or null. */
  refusal?(form: Record<string, any>, facts: RegistryFacts, output: Record<string, unknown>): { code: string; message: Bilingual } | null;
  /**
   * A booking the applicant may cancel after approval, until the day it starts (issue 10 §3): that
   * day from the form. Programs without it are not cancelled once approved (an award, a condolence).
   */
  cancelUntil?(form: Record<string, any>): string;
  /**
   * An SMS reminder before an approved booking's day (issue 10 §3 “Reminders by SMS outbox”; the daily job
   * applications.booking-reminders): the form field holding the day (YYYY-MM-DD), the notice template (declared in the
   * adapter's module manifest) and its payload from the form. A member applicant is texted at the mobile in the register;
   * an organisation applicant at the mobile `mobile` reads from the form (its contact), if any.
   */
  reminder?: {
    dayField: string;
    template: string;
    payload(form: Record<string, any>): Record<string, unknown>;
    mobile?(form: Record<string, any>): string | null;
  };
}

/** Notice templates of the programs' adapters (the reminders above), declared in the programs module's manifest. */
export const programNotices = {
  'vacation-stay-reminder': {
    zh: '【上海工会】{name}您好，您预订的{resort}休养将于{checkIn}入住（{rooms}间{nights}晚，{checkOut}离店），请按时入住；如需取消，请于入住日前办理。',
    en: '[Shanghai Unions] {name}, your stay at {resort} checks in on {checkIn} ({rooms} room(s), {nights} night(s), leaving {checkOut}). To cancel, do so before the check-in day.',
  },
} satisfies Record<string, NoticeTemplate>;

const skillLevels = { 'senior-worker': '高级工（三级）', technician: '技师（二级）', 'senior-technician': '高级技师（一级）' } as const;
const issuers = { 'shanghai-hrss': '本市人社主管部门', 'national-industry': '国家相关行业主管部门', other: '其他' } as const;

const skillPromotionAward: ProgramAdapter = {
  code: 'skill-promotion-award',
  form: z
    .strictObject({
      role: z.enum(['worker', 'mentor']),
      newLevel: z.enum(['senior-worker', 'technician', 'senior-technician']),
      certificateNo: z
        .string()
        .trim()
        .min(4)
        .max(40)
        .describe('职业资格证书编号 (the apprentice’s, for a mentor)')
        .meta(labelled('职业资格证书编号', 'Certificate number')),
      certificateIssuedOn: isoDate,
      certificateIssuer: z.enum(['shanghai-hrss', 'national-industry', 'other']),
      // Shown for a mentor only (000 技能人才 二(二): the mentor of an apprentice promoted), named and stamped then.
      apprenticeName: z
        .string()
        .trim()
        .min(1)
        .max(50)
        .optional()
        .meta(labelled('徒弟姓名', 'Apprentice’s name', { ...whenMentor, 'x-required-when-visible': true })),
      agreementStamped: z
        .boolean()
        .optional()
        .meta(ui({ ...whenMentor, 'x-required-when-visible': true })),
      agreementSignedOn: isoDate.optional().meta(ui(whenMentor)),
    })
    .superRefine((v, ctx) => {
      if (v.role === 'mentor' && !v.apprenticeName)
        ctx.addIssue({ code: 'custom', path: ['apprenticeName'], message: '带教师傅须填写徒弟姓名 / a mentor names the apprentice' });
    }),
  policyInput: (f, facts) => ({
    role: f.role,
    isMember: facts.isMember,
    newLevel: f.newLevel,
    certificateIssuedOn: f.certificateIssuedOn,
    certificateIssuer: f.certificateIssuer,
    ...(f.role === 'mentor'
      ? { agreementStamped: f.agreementStamped ?? false, ...(f.agreementSignedOn ? { agreementSignedOn: f.agreementSignedOn } : {}) }
      : {}),
    appliedOn: facts.appliedOn,
  }),
  subject: (f) => ({
    key: `${f.role}:${normalizeNo(f.certificateNo)}`,
    label: `${f.role === 'mentor' ? '带教' : '晋升'} 证书 ${normalizeNo(f.certificateNo)}`,
  }),
  // 000 技能人才 四(一): the app is for holders of a certificate of the Shanghai HRSS; the others apply through their union (四(二)).
  channelProblem: (f, channel) =>
    channel === 'personal' && f.certificateIssuer !== 'shanghai-hrss'
      ? {
          zh: '个人申报仅限持本市人社主管部门颁发证书的职工，其他证书请通过所在单位工会申报',
          en: 'Personal applications are for certificates of the Shanghai HRSS; apply through your union for other certificates',
        }
      : null,
  summary: (f) => ({
    role: f.role === 'mentor' ? '带教师傅' : '技能晋升职工',
    level: skillLevels[f.newLevel as keyof typeof skillLevels],
    certificateNo: normalizeNo(f.certificateNo),
    certificateIssuedOn: f.certificateIssuedOn,
    issuer: issuers[f.certificateIssuer as keyof typeof issuers],
    apprentice: f.apprenticeName ?? '',
  }),
  summaryColumns: [
    { key: 'role', header: '申报类别', width: 14 },
    { key: 'level', header: '晋升等级', width: 16 },
    { key: 'certificateNo', header: '证书编号', width: 22 },
    { key: 'certificateIssuedOn', header: '发证日期', width: 12 },
    { key: 'issuer', header: '发证机关', width: 18 },
    { key: 'apprentice', header: '徒弟姓名', width: 10 },
  ],
};

const patentTypes = { invention: '发明专利', 'utility-model': '实用新型', design: '外观设计' } as const;

const inventionAward: ProgramAdapter = {
  code: 'invention-award',
  form: z.strictObject({
    patentNo: z.string().trim().min(6).max(40).describe('专利号, e.g. ZL201610012345.6').meta(labelled('专利号', 'Patent number')),
    patentType: z.enum(['invention', 'utility-model', 'design']),
    grantedOn: isoDate,
    firstInventor: z.boolean(),
    /** Defaults to the registry's category `frontline-worker`. */
    frontline: z
      .boolean()
      .optional()
      .meta(
        ui({
          'x-prefill': { category: 'frontline-worker' },
          'x-help': { zh: '按会员登记信息预填，可更正', en: 'Prefilled from the member register; correct it if needed' },
        }),
      ),
    dedicatedRnD: z.boolean(),
    invalidated: z.boolean().default(false),
  }),
  policyInput: (f, facts) => ({
    isMember: facts.isMember,
    firstInventor: f.firstInventor,
    frontline: f.frontline ?? facts.categories.includes('frontline-worker'),
    dedicatedRnD: f.dedicatedRnD,
    patentType: f.patentType,
    grantedOn: f.grantedOn,
    invalidated: f.invalidated ?? false,
    appliedOn: facts.appliedOn,
  }),
  subject: (f) => ({ key: `patent:${normalizeNo(f.patentNo)}`, label: `专利 ${normalizeNo(f.patentNo)}` }),
  summary: (f) => ({
    patentNo: normalizeNo(f.patentNo),
    patentType: patentTypes[f.patentType as keyof typeof patentTypes],
    grantedOn: f.grantedOn,
    firstInventor: f.firstInventor ? '是' : '否',
  }),
  summaryColumns: [
    { key: 'patentNo', header: '专利号', width: 22 },
    { key: 'patentType', header: '专利类型', width: 12 },
    { key: 'grantedOn', header: '授权公告日', width: 12 },
    { key: 'firstInventor', header: '第一发明人', width: 10 },
  ],
};

const illnesses = [
  'malignant-tumour',
  'acute-myocardial-infarction',
  'stroke-sequelae',
  'major-organ-or-stem-cell-transplant',
  'coronary-artery-bypass',
  'end-stage-renal-disease',
  'severe-hepatitis',
  'benign-brain-tumour',
  'heart-valve-surgery',
  'severe-third-degree-burns',
  'severe-aplastic-anaemia',
  'aorta-surgery',
  'other',
] as const;
const illnessNames: Record<string, string> = {
  'malignant-tumour': '恶性肿瘤',
  'acute-myocardial-infarction': '急性心肌梗塞',
  'stroke-sequelae': '脑中风后遗症',
  'major-organ-or-stem-cell-transplant': '重大器官移植术或造血干细胞移植术',
  'coronary-artery-bypass': '冠状动脉搭桥术',
  'end-stage-renal-disease': '终末期肾病',
  'severe-hepatitis': '重症肝炎',
  'benign-brain-tumour': '良性脑肿瘤',
  'heart-valve-surgery': '心脏瓣膜手术',
  'severe-third-degree-burns': '严重Ⅲ度烧伤',
  'severe-aplastic-anaemia': '重型再生障碍性贫血',
  'aorta-surgery': '主动脉手术',
  other: '其他',
};

const criticalIllnessCondolence: ProgramAdapter = {
  code: 'critical-illness-condolence',
  form: z.strictObject({
    hasMemberProtection: z.boolean(),
    // The cover's dates are asked only of an applicant who says they had the cover (000 大病 一、1).
    coverageStart: isoDate.optional().meta(ui({ 'x-visible-when': { field: 'hasMemberProtection', equals: true } })),
    coverageEnd: isoDate.optional().meta(ui({ 'x-visible-when': { field: 'hasMemberProtection', equals: true } })),
    diagnosedOn: isoDate,
    illness: z.enum(illnesses),
    hospitalized: z.boolean(),
    hospital: z.enum(['shanghai-grade-2', 'shanghai-grade-3', 'other-province-grade-3', 'approved', 'other']),
  }),
  // 000 大病 一、1 “参加会员专享基本保障的在职会员”: the cover is read from the protection register (protection/api.ts) for the
  // year of the diagnosis. Where the register is not kept for that year at all (the 2018 campaign predates it: the demo's
  // register starts with 2025), the applicant's declaration stays the fallback; once the register holds the year, it
  // decides, and a member without a cover in force that year has none, whatever the form says.
  personFacts: async (db, f, personId) => {
    const year = Number(String(f.diagnosedOn).slice(0, 4));
    if (!(await registerKeptFor(db, year))) return { protectionSource: 'declared' };
    const { cover } = await registerCoverOf(db, personId, year);
    return { protectionSource: 'register', registerCover: cover ? { coverageStart: cover.coverageStart, coverageEnd: cover.coverageEnd } : null };
  },
  policyInput: (f, facts) => {
    const reg = facts.protectionSource === 'register' ? (facts.registerCover as { coverageStart: string; coverageEnd: string } | null) : undefined;
    const cover =
      reg === undefined
        ? {
            hasMemberProtection: f.hasMemberProtection,
            ...(f.coverageStart ? { coverageStart: f.coverageStart } : {}),
            ...(f.coverageEnd ? { coverageEnd: f.coverageEnd } : {}),
          }
        : reg === null
          ? { hasMemberProtection: false }
          : { hasMemberProtection: true, coverageStart: reg.coverageStart, coverageEnd: reg.coverageEnd };
    return {
      ...cover,
      diagnosedOn: f.diagnosedOn,
      illness: f.illness,
      hospitalized: f.hospitalized,
      hospital: f.hospital,
      paidThisYear: facts.paidThisYear,
      appliedOn: facts.appliedOn,
    };
  },
  // 000 大病 二: at most one payment per member per campaign year.
  subject: (_f, personId, year) => ({ key: `member:${personId}:${year}`, label: `${year} 年度大病慰问` }),
  summary: (f) => ({ illness: illnessNames[f.illness] ?? f.illness, diagnosedOn: f.diagnosedOn, hospital: f.hospital }),
  summaryColumns: [
    { key: 'illness', header: '疾病类别', width: 22 },
    { key: 'diagnosedOn', header: '首次确诊日期', width: 12 },
    { key: 'hospital', header: '确诊医院等级', width: 18 },
  ],
};

// 会员个人休养度假 (000 附件2; 003 附件2-9 一(一)): the member, or the union's desk after checking the
// member number, books a resort, room type, nights and dates. The caps per stay (rooms, nights) and
// the prices by month and holiday are the engine's (params/member-vacation.yaml); the subsidy the
// member already had in the stay's year is read from the register (other bookings of the year that
// are in review, returned or approved), never typed: 003 附件2-9 一(一)4 最多可享受补贴2500元/年.
// A withdrawn (cancelled) or rejected booking no longer counts, so it gives its subsidy back.
const resortNames: Record<string, string> = {
  shajiabang: '沙家浜休养院',
  xishan: '西山休养院',
  huangshan: '黄山休养院',
  'workers-sanatorium': '上海市工人疗养院',
  pingfengshan: '屏风山工人疗养院',
  'millennium-seagull': '上海千禧海鸥大酒店',
};
const roomTypeNames: Record<string, string> = { 'landscape-standard': '景观标间', 'lakeview-standard': '湖景标间', 'huangshan-standard': '黄山标间' };
const addDaysIso = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** The yearly cap in force for a stay starting on `checkIn`, yuan (null: none, as in 2018; or no version in force). */
function yearlyCapOn(checkIn: string): number | null {
  try {
    const v = getParameters('member-vacation', checkIn).find((p) => p.name === 'yearly-subsidy-cap')?.value;
    return typeof v === 'number' ? v : null;
  } catch (err) {
    if (isPolicyError(err)) return null;
    throw err;
  }
}

const memberVacation: ProgramAdapter = {
  code: 'member-vacation',
  // Issue 10 §3: 'cancellation gives the subsidy back' — a booking is cancelled before its check-in
  // day; the payable is reversed, so the yearly cap (netBookedFor) counts it no more.
  cancelUntil: (form) => String(form.checkIn),
  // Issue 10 §3 “Reminders by SMS outbox”: the member is texted before the check-in (applications.booking-reminders).
  reminder: {
    dayField: 'checkIn',
    template: 'vacation-stay-reminder',
    payload: (f) => ({
      resort: resortNames[f.resort] ?? f.resort,
      checkIn: f.checkIn,
      checkOut: addDaysIso(String(f.checkIn), Number(f.nights)),
      nights: f.nights,
      rooms: f.rooms,
    }),
  },
  form: z.strictObject({
    resort: z.enum(['shajiabang', 'xishan', 'huangshan', 'workers-sanatorium', 'pingfengshan', 'millennium-seagull']).meta(
      labelled('休养院所', 'Resort', {
        'x-enum-labels': {
          shajiabang: { zh: '沙家浜休养院', en: 'Shajiabang rest home' },
          xishan: { zh: '西山休养院', en: 'Xishan rest home' },
          huangshan: { zh: '黄山休养院', en: 'Huangshan rest home' },
          'workers-sanatorium': { zh: '上海市工人疗养院', en: 'Shanghai Workers’ Sanatorium' },
          pingfengshan: { zh: '屏风山工人疗养院', en: 'Pingfengshan Workers’ Sanatorium' },
          'millennium-seagull': { zh: '上海千禧海鸥大酒店', en: 'Millennium Seagull Hotel' },
        },
      }),
    ),
    /** 2018 (000 附件2): the room type of the price table. */
    roomType: z.enum(['landscape-standard', 'lakeview-standard', 'huangshan-standard']).optional(),
    checkIn: isoDate,
    nights: z.number().int().min(1).max(31).meta(labelled('入住晚数', 'Nights')),
    rooms: z
      .number()
      .int()
      .min(1)
      .max(10)
      .meta(
        ui({
          'x-help': {
            zh: '每次可订房间数和晚数以当年度标准为准；全年补贴上限按本人本年度已预订的休养自动计算，取消预订后补贴额度退回。',
            en: 'Rooms and nights per stay follow the year’s rules; the yearly subsidy cap is worked out from your other bookings of the year, and a cancelled booking gives its subsidy back.',
          },
        }),
      ),
    /** 2025 (003 附件2-9 一(一)4): the room's rate per night as quoted by the resort, yuan. */
    marketPrice: z.number().positive().max(100_000).multipleOf(0.01).optional().meta(labelled('门市价（元/间/晚）', 'Market price (yuan per room-night)')),
    /** The member number on the card, checked by the desk (unit channel) against the register. */
    memberNo: z
      .string()
      .trim()
      .min(4)
      .max(20)
      .optional()
      .meta(labelled('会员服务卡号（工会柜台代订时核对）', 'Member card number (checked by the union desk)')),
  }),
  policyInput: (f, facts) => ({
    resort: f.resort,
    ...(f.roomType ? { roomType: f.roomType } : {}),
    checkIn: f.checkIn,
    nights: f.nights,
    rooms: f.rooms,
    ...(f.marketPrice !== undefined ? { marketPrice: f.marketPrice } : {}),
    // Only the years with a yearly cap take it as input (2025: 003 附件2-9 一(一)4); 2018 has none.
    ...(f.marketPrice !== undefined ? { subsidyUsedThisYear: Number(facts.subsidyUsedThisYear ?? 0) } : {}),
  }),
  memberFacts: async (_db, f, _personId, register) => {
    // One member's bookings are checked one at a time, so two at once cannot both take the last of the cap.
    await register.lock();
    const fen = await register.amountInYear({ yearField: 'checkIn', year: Number(String(f.checkIn).slice(0, 4)) });
    return { subsidyUsedThisYear: fen / 100, yearlyCap: yearlyCapOn(String(f.checkIn)) };
  },
  amountOf: (o) => Number(o.totalSubsidy ?? 0),
  // The engine still prices a booking whose subsidy is used up (at the member rate, subsidy 0); as an
  // application for the subsidy it is refused, naming the cap and what the register holds.
  refusal: (_f, facts, o) => {
    const trace = o as { totalSubsidy?: number | null };
    if (Number(trace.totalSubsidy ?? 0) > 0 || facts.subsidyUsedThisYear === undefined || facts.yearlyCap == null) return null;
    const used = Number(facts.subsidyUsedThisYear);
    const cap = Number(facts.yearlyCap);
    return {
      code: 'over-yearly-cap',
      message: {
        zh: `本年度休养补贴已用 ${used.toFixed(2)} 元，已达每人每年最多 ${cap.toFixed(2)} 元的上限（沪工总办〔2024〕189号 附件2-9 一(一)4），本次预订无补贴可享`,
        en: `This year's vacation subsidy already used is ${used.toFixed(2)} yuan, the most a member may have in a year (${cap.toFixed(2)} yuan); this booking would have no subsidy`,
      },
    };
  },
  channelProblem: (f, channel) =>
    channel === 'unit' && !f.memberNo
      ? { zh: '工会柜台代为预订时须核对并填写会员服务卡号（memberNo）', en: 'A desk booking checks and enters the member number (memberNo)' }
      : null,
  checkMemberForm: (f, m) =>
    f.memberNo && f.memberNo !== m.memberNo
      ? {
          code: 'member-no-mismatch',
          field: 'body.form.memberNo',
          message: { zh: `会员卡号 ${f.memberNo} 与该会员在册的卡号不符`, en: `Member number ${f.memberNo} is not this member's number on the register` },
        }
      : null,
  // One booking per member per check-in day; stays on other days are separate bookings under the yearly cap.
  subject: (f, personId) => ({
    key: `stay:${personId}:${f.checkIn}`,
    label: `休养 ${resortNames[f.resort] ?? f.resort} ${f.checkIn} 起 ${f.nights} 晚 ${f.rooms} 间`,
  }),
  summary: (f) => ({
    resort: resortNames[f.resort] ?? f.resort,
    roomType: f.roomType ? (roomTypeNames[f.roomType] ?? f.roomType) : '',
    checkIn: f.checkIn,
    checkOut: addDaysIso(f.checkIn, f.nights),
    nights: String(f.nights),
    rooms: String(f.rooms),
    marketPrice: f.marketPrice !== undefined ? Number(f.marketPrice).toFixed(2) : '',
  }),
  summaryColumns: [
    { key: 'resort', header: '休养院所', width: 18 },
    { key: 'roomType', header: '房型', width: 10 },
    { key: 'checkIn', header: '入住日期', width: 12 },
    { key: 'checkOut', header: '离店日期', width: 12 },
    { key: 'nights', header: '晚数', width: 6 },
    { key: 'rooms', header: '间数', width: 6 },
    { key: 'marketPrice', header: '门市价（元/间/晚）', width: 14 },
  ],
};

export const adapters: Record<string, ProgramAdapter> = Object.fromEntries(
  [skillPromotionAward, inventionAward, criticalIllnessCondolence, memberVacation].map((a) => [a.code, a]),
);
