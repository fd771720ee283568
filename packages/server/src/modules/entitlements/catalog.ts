// How the registry's facts about one person become each program's input: a small declarative
// mapping per program of the policy engine. The service (service.ts) reads it; nothing here
// touches the database or the engine.
//
// Every program of the engine has one entry, of one of three kinds:
// - `evaluate`: the registry holds (or the date implies) everything the engine needs, so the
//   engine is run, once per variant (e.g. each member-protection plan), and its outputs are the
//   amounts. Each input field says where its value comes from: the registry, the variant, or an
//   assumption (with a sentence saying what was assumed); these become the entry's `facts`.
// - `conditional`: the program depends on facts the registry does not hold (a certificate, a
//   patent, a diagnosis, a booking); the entry lists them as `needs` and shows the amounts the
//   parameters in force give.
// - `unit`: the applicant is a union or a unit, never an individual (nursing rooms, childcare
//   studios, health points, fitness stations, driver homes, labour-relations work). These are
//   answered in a separate `unitPrograms` list rather than as "not eligible" among the member's
//   own entitlements: "not eligible" would read as if the person failed a condition, while in
//   fact nobody can apply for them personally. They are still returned (status not-eligible with
//   reason `unit-applies`, and the amounts a unit could get) so that a member can see what their
//   union could do for their workplace, and so that the answer covers every program.
//
// Who a program is for (the seeds' 对象) is written as `requires`: a requirement either holds,
// fails for good (not-eligible with its reason), or cannot be told from the registry (then it
// becomes a `need` and the entry is conditional).
import type { Bilingual } from '../../platform/errors.ts';

export type MemberCategory = 'gig-worker' | 'flexible-worker' | 'worker-in-hardship' | 'model-worker' | 'craftsman' | 'frontline-worker';

/** What the registry says about the person on the date asked about. */
export interface PersonFacts {
  date: string;
  year: number;
  personId: number;
  sex: 'male' | 'female';
  birthDate: string;
  /** Completed years on `date`. */
  age: number;
  categories: string[];
  /** The membership that covers `date`, if any. */
  membership: {
    id: number;
    status: string;
    joinedOn: string;
    leftOn: string | null;
    orgId: number;
    orgName: string;
    unitCategory: 'ordinary' | 'special';
    cardStatus: 'none' | 'issued' | 'active' | 'lost' | 'cancelled';
    eMembership: boolean;
  } | null;
}

export interface Fact {
  name: string;
  value: unknown;
  source: 'registry' | 'assumed';
  /** Registry facts: the column the value comes from. */
  field?: string;
  note?: Bilingual;
}

export interface Need {
  /** The engine input (or the fact) that is missing. */
  field: string;
  message: Bilingual;
}

/** A registry fact by name, with the column it comes from. */
export const registryFacts = {
  membership: (f: PersonFacts): Fact => ({
    name: 'membership',
    value: f.membership ? { status: f.membership.status, joinedOn: f.membership.joinedOn, leftOn: f.membership.leftOn, orgName: f.membership.orgName } : null,
    source: 'registry',
    field: 'memberships',
    note: f.membership
      ? {
          zh: `${f.date} 为${f.membership.orgName}会员（${f.membership.joinedOn} 入会）`,
          en: `A member of ${f.membership.orgName} on ${f.date} (joined ${f.membership.joinedOn})`,
        }
      : { zh: `${f.date} 无有效会籍`, en: `No membership covers ${f.date}` },
  }),
  sex: (f: PersonFacts): Fact => ({ name: 'sex', value: f.sex, source: 'registry', field: 'persons.sex' }),
  age: (f: PersonFacts): Fact => ({
    name: 'age',
    value: f.age,
    source: 'registry',
    field: 'persons.birth_date',
    note: { zh: `按出生日期 ${f.birthDate} 计算至 ${f.date} 的周岁`, en: `Completed years on ${f.date}, from the birth date ${f.birthDate}` },
  }),
  categories: (f: PersonFacts): Fact => ({ name: 'categories', value: f.categories, source: 'registry', field: 'persons.categories' }),
  unitCategory: (f: PersonFacts): Fact => ({
    name: 'unitCategory',
    value: f.membership?.unitCategory ?? null,
    source: 'registry',
    field: 'orgs.unit_category',
  }),
  cardStatus: (f: PersonFacts): Fact => ({ name: 'cardStatus', value: f.membership?.cardStatus ?? null, source: 'registry', field: 'memberships.card_status' }),
  isMember: (f: PersonFacts): Fact => ({ name: 'isMember', value: f.membership !== null, source: 'registry', field: 'memberships' }),
} as const;
export type RegistryFact = keyof typeof registryFacts;

/** Where one engine input comes from. */
export type InputSource =
  | { from: 'registry'; fact: RegistryFact; value: (f: PersonFacts) => unknown }
  | { from: 'variant' }
  | { from: 'assumed'; value: (f: PersonFacts) => unknown; note: Bilingual };

const registry = (fact: RegistryFact, value: (f: PersonFacts) => unknown): InputSource => ({ from: 'registry', fact, value });
const variant: InputSource = { from: 'variant' };
const assumed = (value: (f: PersonFacts) => unknown, note: Bilingual): InputSource => ({ from: 'assumed', value, note });

export interface Requirement {
  /** The registry fact the requirement reads (shown among the facts). */
  fact: RegistryFact;
  holds: (f: PersonFacts) => boolean;
  /** When it does not hold: either a final reason (not-eligible) or a need (conditional). */
  otherwise: { reason: { code: string; message: Bilingual } } | { need: Need };
}

const inCategory = (cats: MemberCategory[], otherwise: Requirement['otherwise']): Requirement => ({
  fact: 'categories',
  holds: (f) => cats.some((c) => f.categories.includes(c)),
  otherwise,
});

/** What the parameters in force say, shown as amounts: `as` → parameter name (value in yuan, as in the parameter file). */
export type ShowParams = Record<string, string>;

interface Common {
  program: string;
  requires?: Requirement[];
  /** Registry facts the entry uses besides those of its inputs and requirements. */
  uses?: RegistryFact[];
}

export interface EvaluateEntry extends Common {
  kind: 'evaluate';
  /** Variant keys from the parameters in force (e.g. the plans the policy has); one run without variants. */
  variants?: (params: Map<string, unknown>) => string[];
  input: Record<string, InputSource>;
  /** Needs that remain even when the engine says eligible (makes the entry conditional). */
  needs?: Need[];
  summary: (amounts: Record<string, Record<string, unknown>>, f: PersonFacts) => Bilingual;
}

export interface ConditionalEntry extends Common {
  kind: 'conditional';
  needs: (f: PersonFacts, policy: string) => Need[];
  show?: ShowParams;
  summary: Bilingual;
}

export interface UnitEntry {
  kind: 'unit';
  program: string;
  applicant: Bilingual;
  show?: ShowParams;
}

export type CatalogEntry = EvaluateEntry | ConditionalEntry | UnitEntry;

const yuan = (v: unknown) => (typeof v === 'number' ? String(v) : '—');
const keysOf = (params: Map<string, unknown>, name: string) => Object.keys((params.get(name) ?? {}) as object);

const applicant = (zh: string, en: string): Bilingual => ({ zh, en });

export const CATALOG: CatalogEntry[] = [
  // 003 附件2-1 一(二)1: 集中参保 is for members holding a union member card or a Shanghai social
  // security card, organised by their district/industry union for the calendar year. The registry
  // knows the member card; the social security card it does not hold, so a member without an
  // issued or active member card is conditional (or may enrol with a new card, 即时参保).
  {
    kind: 'evaluate',
    program: 'member-protection',
    requires: [
      {
        fact: 'cardStatus',
        holds: (f) => f.membership?.cardStatus === 'issued' || f.membership?.cardStatus === 'active',
        otherwise: {
          need: {
            field: 'socialSecurityCard',
            message: {
              zh: '登记信息中无有效的上海工会会员服务卡；集中参保须持会员服务卡或上海市社保卡（社保卡不在登记信息中），也可新办会员服务卡即时参保',
              en: 'The registry shows no valid union member card; collective enrollment needs a member card or a Shanghai social security card (not held in the registry), or a new card with instant enrollment',
            },
          },
        },
      },
    ],
    variants: (params) => keysOf(params, 'premium'),
    input: {
      plan: variant,
      mode: assumed(() => 'collective', {
        zh: '按所在区局（产业）工会统一组织的集中参保计算（全年保障）',
        en: 'Computed as collective enrollment organised by the member’s district/industry union (full-year cover)',
      }),
      unitCategory: registry('unitCategory', (f) => f.membership?.unitCategory),
      coverageYear: assumed((f) => f.year, { zh: '保障年度取查询日期所在年度', en: 'The coverage year is the year of the date asked about' }),
    },
    summary: (a, f) => {
      const plans = Object.entries(a);
      return {
        zh: `${f.year} 年度可参加会员专享基本保障（${f.membership?.unitCategory === 'special' ? '特殊单位' : '普通单位'}）：${plans.map(([p, o]) => `${p}类 保障费${yuan(o.premium)}元、市总补贴${yuan(o.citySubsidy)}元、自付${yuan(o.remainder)}元`).join('；')}`,
        en: `Member protection for ${f.year} (${f.membership?.unitCategory ?? 'ordinary'} unit): ${plans.map(([p, o]) => `${p} premium ${yuan(o.premium)}, city subsidy ${yuan(o.citySubsidy)}, remainder ${yuan(o.remainder)}`).join('; ')}`,
      };
    },
  },
  // 001 一、参保对象: 新就业形态劳动者 under 60. The registry's category says who is a gig worker;
  // the enrollment is taken to happen on the date asked about.
  {
    kind: 'evaluate',
    program: 'gig-mutual-protection',
    requires: [
      inCategory(['gig-worker'], {
        reason: {
          code: 'not-gig-worker',
          message: {
            zh: '该计划面向新就业形态劳动者，登记信息中该会员不属于此类',
            en: 'The plan is for gig workers; the registry does not list this member as one',
          },
        },
      }),
    ],
    input: {
      enrolledOn: assumed((f) => f.date, { zh: '参保日期取查询日期', en: 'Enrollment is taken to be on the date asked about' }),
      age: registry('age', (f) => f.age),
    },
    summary: (a) => {
      const o = Object.values(a)[0] ?? {};
      return {
        zh: `可参加新就业形态劳动者互助保障计划：保障费${yuan(o.premium)}元，保障期 ${o.coverageStart} 至 ${o.coverageEnd}`,
        en: `May join the gig workers’ mutual protection plan: premium ${yuan(o.premium)}, cover ${o.coverageStart} to ${o.coverageEnd}`,
      };
    },
  },
  // 003 附件2-6 一、筛查对象: 新就业形态女职工为主，兼顾部分劳务外包、劳务派遣女职工. A woman who is a
  // gig or flexible worker is eligible; another woman may be, if outsourced or dispatched (the
  // registry does not say); a man is not. The engine's amount is the 218 yuan the federation pays
  // the organising union per woman screened; the screening is free for her.
  {
    kind: 'evaluate',
    program: 'two-disease-screening',
    requires: [
      {
        fact: 'sex',
        holds: (f) => f.sex === 'female',
        otherwise: { reason: { code: 'not-a-woman', message: { zh: '“两病”筛查面向女职工', en: 'The screening is for women workers' } } },
      },
      inCategory(['gig-worker', 'flexible-worker'], {
        need: {
          field: 'outsourcedOrDispatched',
          message: {
            zh: '筛查以新就业形态和灵活就业女职工为主，兼顾部分劳务外包、劳务派遣女职工；登记信息未记录用工方式，请确认是否为劳务外包或劳务派遣',
            en: 'The screening is mainly for women gig and flexible workers, and some outsourced or dispatched women; the registry does not record this, so confirm outsourcing or dispatch',
          },
        },
      }),
    ],
    input: {
      screened: assumed(() => 1, {
        zh: '按本人一人计算（补贴按实际筛查人数拨付组织工会）',
        en: 'Counted for this one person (the subsidy goes to the organising union per woman screened)',
      }),
    },
    summary: (a) => ({
      zh: `可参加免费移动“两病”（宫颈病、乳腺病）筛查；市总按${yuan(Object.values(a)[0]?.amount)}元/人补贴组织筛查的工会`,
      en: `May take the free mobile cervical and breast screening; the federation pays the organising union ${yuan(Object.values(a)[0]?.amount)} per woman screened`,
    }),
  },
  // 001 巡回体检: for gig workers; the price per package, the city's part and the platform's part.
  {
    kind: 'evaluate',
    program: 'gig-mobile-checkup',
    requires: [
      inCategory(['gig-worker'], {
        reason: { code: 'not-gig-worker', message: { zh: '巡回体检面向新就业形态劳动者', en: 'The mobile checkups are for gig workers' } },
      }),
    ],
    variants: (params) => keysOf(params, 'packages'),
    input: {
      package: variant,
      persons: assumed(() => 1, { zh: '按本人一人计算', en: 'Counted for this one person' }),
    },
    summary: (a) => ({
      zh: `可参加工会组织的新就业形态劳动者巡回体检：${Object.entries(a)
        .map(([k, o]) => `${k === 'morning' ? '上午' : '下午'}套餐 ${yuan(o.pricePerPerson)}元（市总补贴${yuan(o.citySubsidyPerPerson)}元）`)
        .join('；')}`,
      en: `May take the union’s mobile checkup for gig workers: ${Object.entries(a)
        .map(([k, o]) => `${k} package ${yuan(o.pricePerPerson)} (city subsidy ${yuan(o.citySubsidyPerPerson)})`)
        .join('; ')}`,
    }),
  },
  // 000 职工健康体检 / 000 附件1, 003 附件2-9: plans organised by unions for their members; the
  // exam is taken to be on the date asked about (D, E, F only in January–February).
  {
    kind: 'evaluate',
    program: 'health-checkup',
    variants: (params) => keysOf(params, 'plans'),
    input: {
      planCode: variant,
      persons: assumed(() => 1, { zh: '按本人一人计算', en: 'Counted for this one person' }),
      examDate: assumed((f) => f.date, { zh: '体检日期取查询日期', en: 'The exam is taken to be on the date asked about' }),
    },
    summary: (a) => ({
      zh: `可通过工会参加职工健康体检，可选计划 ${Object.keys(a).join('、')}（由所在工会组织）`,
      en: `May take the union’s health checkup; plans available: ${Object.keys(a).join(', ')}`,
    }),
  },
  {
    kind: 'evaluate',
    program: 'group-sanatorium',
    variants: (params) => keysOf(params, 'plans'),
    input: {
      planCode: variant,
      persons: assumed(() => 1, { zh: '按本人一人计算', en: 'Counted for this one person' }),
    },
    summary: (a) => ({
      zh: `可参加工会组织的职工团体疗休养，共 ${Object.keys(a).length} 条线路，市总按线路补贴（由所在工会组织报名）`,
      en: `May join the union’s group sanatorium trips: ${Object.keys(a).length} routes with a city subsidy each (your union organises sign-up)`,
    }),
  },
  {
    kind: 'conditional',
    program: 'member-vacation',
    uses: ['isMember'],
    needs: (_f, policy) => [
      { field: 'resort', message: { zh: '预订的休养地（度假村）', en: 'The resort booked' } },
      { field: 'checkIn', message: { zh: '入住日期、晚数与房间数', en: 'Check-in date, nights and rooms' } },
      ...(policy === '2018'
        ? [{ field: 'roomType', message: { zh: '房型', en: 'The room type' } }]
        : [
            { field: 'marketPrice', message: { zh: '房间的门市价（元/间夜）', en: 'The room’s market price per night' } },
            {
              field: 'subsidyUsedThisYear',
              message: { zh: '本年度已享受的休养补贴（登记信息中没有）', en: 'The vacation subsidy already used this year (not in the registry)' },
            },
          ]),
    ],
    show: {
      roomNightSubsidy: 'room-night-subsidy',
      roomRates: 'room-rates',
      yearlySubsidyCap: 'yearly-subsidy-cap',
      maxNights: 'max-nights',
      maxRooms: 'max-rooms',
    },
    summary: {
      zh: '会员可预订个人休养度假并享受房价补贴；金额取决于预订',
      en: 'Members may book a vacation with a room-night subsidy; the amount depends on the booking',
    },
  },
  // 001 微心愿: workers in hardship (建档困难职工) — the registry's category says who.
  {
    kind: 'conditional',
    program: 'micro-wish',
    requires: [
      inCategory(['worker-in-hardship'], {
        reason: { code: 'not-in-hardship', message: { zh: '“微心愿”面向建档困难职工', en: 'Micro-wishes are for registered workers in hardship' } },
      }),
    ],
    needs: () => [
      {
        field: 'value',
        message: { zh: '心愿内容及其价值（原则上不超过限额，超出须一事一议）', en: 'The wish and its value (within the limit, or approved case by case)' },
      },
    ],
    show: { valueLimit: 'value-limit' },
    summary: { zh: '可由工会帮助实现“微心愿”', en: 'The union may fulfil a micro-wish' },
  },
  {
    kind: 'conditional',
    program: 'skill-promotion-award',
    uses: ['isMember'],
    needs: (_f, policy) => [
      {
        field: 'newLevel',
        message: {
          zh: '晋升的职业技能等级（技师、高级技师；带教师傅另含高级工）',
          en: 'The skill level reached (technician, senior technician; for a mentor also senior worker)',
        },
      },
      { field: 'certificateIssuedOn', message: { zh: '职业资格（技能等级）证书的发证日期', en: 'The date the skill certificate was issued' } },
      {
        field: 'certificateIssuer',
        message: { zh: '发证机关（本市人社部门或国家行业主管部门）', en: 'The certificate’s issuer (Shanghai HRSS or a national industry authority)' },
      },
      {
        field: 'role',
        message: { zh: '本人晋升，或作为带教师傅（须有盖章的带教协议）', en: 'Promoted oneself, or a mentor (with a stamped mentoring agreement)' },
      },
      { field: 'appliedOn', message: { zh: '申报日期（须在受理批次内）', en: 'The application date (within an application batch)' } },
      ...(policy === '2017'
        ? [{ field: 'union', message: { zh: '2017 年版本为杨浦区总工会项目，仅限杨浦区', en: 'The 2017 version is the Yangpu District union’s own item' } }]
        : []),
    ],
    show: { awards: 'awards', applicationWindows: 'application-windows', certificateIssuedFrom: 'certificate-issued-from' },
    summary: {
      zh: '取得技能等级证书晋升（或带教徒弟晋升）的会员可申请一次性奖励',
      en: 'Members promoted to a higher skill level (or their mentors) may apply for a one-off award',
    },
  },
  {
    kind: 'conditional',
    program: 'invention-award',
    uses: ['isMember', 'categories'],
    needs: (f) => [
      ...(f.categories.includes('frontline-worker')
        ? []
        : [{ field: 'frontline', message: { zh: '是否为一线职工（登记信息未标注）', en: 'Whether a frontline worker (not marked in the registry)' } }]),
      { field: 'firstInventor', message: { zh: '本人为授权发明专利的第一发明人', en: 'First inventor of a granted invention patent' } },
      { field: 'grantedOn', message: { zh: '发明专利证书颁发日期', en: 'The date the patent certificate was issued' } },
      {
        field: 'dedicatedRnD',
        message: { zh: '是否专职从事专利开发或研发工作（专职人员不在奖励范围）', en: 'Whether working full time on patents or R&D (excluded)' },
      },
      { field: 'appliedOn', message: { zh: '申报日期（须在受理批次内）', en: 'The application date (within an application batch)' } },
    ],
    show: { amount: 'amount', applicationWindows: 'application-windows', grantedFrom: 'granted-from' },
    summary: {
      zh: '作为第一发明人获得授权发明专利的一线职工会员可申请一次性奖励',
      en: 'Frontline members who are first inventors of a granted invention patent may apply for a one-off award',
    },
  },
  {
    kind: 'conditional',
    program: 'critical-illness-condolence',
    uses: ['isMember', 'cardStatus'],
    needs: () => [
      {
        field: 'hasMemberProtection',
        message: {
          zh: '确诊时享有会员专享基本保障（参保记录不在登记信息中）',
          en: 'Covered by member protection when diagnosed (enrollment is not in the registry)',
        },
      },
      {
        field: 'illness',
        message: { zh: '首次确诊的重大疾病（十二类之一）及确诊日期', en: 'The critical illness first diagnosed (one of twelve) and the date' },
      },
      { field: 'hospital', message: { zh: '确诊医院及是否住院治疗', en: 'The diagnosing hospital and whether treated in hospital' } },
      { field: 'paidThisYear', message: { zh: '本年度是否已领取过慰问金', en: 'Whether already paid this year' } },
    ],
    show: { amount: 'amount', filingDeadline: 'filing-deadline' },
    summary: {
      zh: '享有会员专享基本保障、首次确诊十二类重大疾病并住院的会员可申请慰问金',
      en: 'Members with member protection first diagnosed with one of twelve critical illnesses and treated in hospital may apply',
    },
  },
  {
    kind: 'conditional',
    program: 'member-protection-claim',
    uses: ['isMember', 'cardStatus'],
    needs: () => [
      {
        field: 'plan',
        message: {
          zh: '已参加的会员专享基本保障类别及保障期（参保记录不在登记信息中）',
          en: 'The member-protection plan held and its cover (enrollment is not in the registry)',
        },
      },
      {
        field: 'claimType',
        message: {
          zh: '保障事件：重大疾病、意外身故或全残、疾病身故或住院',
          en: 'The insured event: critical illness, accidental death or disability, disease death or hospitalisation',
        },
      },
      {
        field: 'eventDate',
        message: {
          zh: '事件日期（确诊、事故、身故或入院）及住院天数',
          en: 'The date of the event (diagnosis, accident, death or admission) and days in hospital',
        },
      },
      { field: 'filedOn', message: { zh: '申请给付的日期（须在申请期限内）', en: 'The date the claim is filed (within the deadline)' } },
    ],
    show: { benefits: 'benefits', payWithinDays: 'pay-within-days' },
    summary: { zh: '已参加会员专享基本保障的会员发生保障事件后可申请给付', en: 'Members with member protection may claim after an insured event' },
  },
  {
    kind: 'conditional',
    program: 'gig-mutual-protection-claim',
    requires: [
      inCategory(['gig-worker'], {
        reason: {
          code: 'not-gig-worker',
          message: {
            zh: '互助保障计划面向新就业形态劳动者，登记信息中该会员不属于此类',
            en: 'The plan is for gig workers; the registry does not list this member as one',
          },
        },
      }),
    ],
    needs: () => [
      {
        field: 'coverageStart',
        message: { zh: '已参加互助保障计划的参保方式与保障期（参保记录不在登记信息中）', en: 'Enrollment in the plan: mode and cover (not in the registry)' },
      },
      {
        field: 'claimType',
        message: {
          zh: '保障事件：住院、重大疾病、疾病身故、意外身故、伤残或医疗',
          en: 'The insured event: hospital stay, critical illness, disease death, accidental death, disability or injury',
        },
      },
      {
        field: 'eventDate',
        message: {
          zh: '事件日期及相关材料（住院天数、自付费用、伤残等级）',
          en: 'The event date and its details (days in hospital, out-of-pocket cost, disability grade)',
        },
      },
      { field: 'filedOn', message: { zh: '申请给付的日期', en: 'The date the claim is filed' } },
    ],
    show: {
      hospitalAllowance: 'hospital-allowance',
      criticalIllness: 'critical-illness',
      diseaseDeath: 'disease-death',
      accidentalDeath: 'accidental-death',
      accidentalInjury: 'accidental-injury',
    },
    summary: { zh: '已参加互助保障计划的新就业形态劳动者发生保障事件后可申请给付', en: 'Gig workers in the plan may claim after an insured event' },
  },
  // 001 抗疫一线职工疗休养: in-work anti-epidemic frontline workers, confirmed by the union's party
  // group. The registry's `frontline-worker` category is the general 一线职工, not this, so it is a need.
  {
    kind: 'conditional',
    program: 'frontline-sanatorium',
    uses: ['isMember', 'categories'],
    needs: () => [
      {
        field: 'antiEpidemicFrontline',
        message: { zh: '经区局（产业）工会党组认定的抗疫一线在职职工', en: 'Confirmed as an anti-epidemic frontline worker by the district/industry union' },
      },
      {
        field: 'subsidisedThisYear',
        message: { zh: '当年是否已享受过市总疗休养补贴', en: 'Whether a federation sanatorium subsidy was already had this year' },
      },
      { field: 'costPerPerson', message: { zh: '疗休养行程的天数、晚数、费用与结束日期', en: 'The trip’s days, nights, cost and end date' } },
    ],
    show: { citySubsidyPerPerson: 'subsidy-per-person', costLimit: 'cost-limit', finishBy: 'finish-by' },
    summary: {
      zh: '经认定的抗疫一线职工可参加工会组织的疗休养，市总定额补贴',
      en: 'Confirmed anti-epidemic frontline workers may join a union sanatorium trip with a fixed city subsidy',
    },
  },
  // Unit-level programs: the applicant is a union or a unit (see the head of this file).
  {
    kind: 'unit',
    program: 'nursing-room-subsidy',
    applicant: applicant('建设“爱心妈咪小屋”的单位及其基层工会', 'the unit that builds the nursing room, through its union'),
    show: { subsidy: 'subsidy' },
  },
  {
    kind: 'unit',
    program: 'childcare-subsidy',
    applicant: applicant('开设亲子工作室的单位及其工会', 'the unit that runs the childcare studio, through its union'),
    show: { flatAmounts: 'flat-amounts' },
  },
  {
    kind: 'unit',
    program: 'health-point-grant',
    applicant: applicant('设立职工健康服务点的单位及区、街道工会', 'the unit hosting the health service point, with its district and street unions'),
    show: { cityGrant: 'city-grant' },
  },
  {
    kind: 'unit',
    program: 'fitness-station-class',
    applicant: applicant('建设职工健身驿站的单位及其工会', 'the unit that builds the fitness station, through its union'),
  },
  {
    kind: 'unit',
    program: 'driver-home-grant',
    applicant: applicant('建设工会司机之家的工会', 'the union that builds the drivers’ rest stop'),
    show: { grant: 'grant' },
  },
  {
    kind: 'unit',
    program: 'labour-relations-assessment',
    applicant: applicant('接受和谐劳动关系指导服务的企业及其工会', 'the enterprise receiving labour-relations guidance, with its union'),
  },
  {
    kind: 'unit',
    program: 'canteen-standard',
    applicant: applicant(
      '新建一线职工食堂的园区、企业（工地）及其区局（产业）工会',
      'the park, enterprise or site building a frontline canteen, through its regional union',
    ),
  },
  {
    kind: 'unit',
    program: 'culture-team-grant',
    applicant: applicant('工会组织成立或联系的职工文艺团队，经区局（产业）工会申报', 'a workers’ culture team of a union, through its regional union'),
    show: { grant: 'grant' },
  },
  {
    kind: 'unit',
    program: 'nursing-room-standard',
    applicant: applicant('建设“爱心妈咪小屋”的单位及其基层工会', 'the unit that builds the nursing room, through its union'),
  },
  {
    kind: 'unit',
    program: 'labour-relations-guidance-subsidy',
    applicant: applicant('开展和谐劳动关系指导服务的区局（产业）工会', 'the district/industry union providing the guidance'),
    show: { ratePerPersonDay: 'rate-per-person-day' },
  },
];

export const catalogByProgram = new Map(CATALOG.map((e) => [e.program, e]));

/** Reason sentences of the entitlements themselves (the engine's reasons come with their own). */
export const REASONS = {
  'not-a-member': { zh: '查询日期不是在册工会会员', en: 'Not an active union member on the date asked about' },
  'unit-applies': (applicant: Bilingual): Bilingual => ({
    zh: `此项目由${applicant.zh}申报，个人不能申请`,
    en: `Applied for by ${applicant.en}, not by an individual`,
  }),
  'not-mapped': {
    zh: '该项目尚未配置登记信息的对应关系，须按项目规则逐项填写',
    en: 'This program has no mapping from the registry yet; its inputs must be given by hand',
  },
} as const;
