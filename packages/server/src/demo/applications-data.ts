// Demo of applications, review and payouts: the three programs of 000 opened for 2018 by the
// federation, a few applications in each state (run through the real services as of days in 2018,
// so every amount carries the engine's trace), and one prepared condolence batch.
import { fixedClock } from '../platform/clock.ts';
import type { Actor } from '../platform/access.ts';
import type { RequestContext } from '../platform/context.ts';
import type { Services } from '../platform/services.ts';
import { hashPassword } from '../platform/passwords.ts';
import { AppError } from '../platform/errors.ts';
import { idCheckCharacter } from '../platform/identifiers.ts';
import type { TInstanceCreate } from '../modules/programs/schema.ts';

const wd = (n: number) => ({ workingDays: n });

/** 000 技能人才职业发展助推 / 一线职工岗位创新激励 / 大病职工慰问, as opened for 2018. */
export const programs2018: TInstanceCreate[] = [
  {
    program: 'skill-promotion-award',
    year: 2018,
    title: '2018年技能人才职业发展助推（技能晋升职工、带教师傅奖励）',
    status: 'open',
    // 四(一) 个人申报 (申工社 APP) and 四(二) 单位申报.
    channels: ['personal', 'unit'],
    windows: [
      { batch: 1, from: '2018-03-15', to: '2018-04-15' },
      { batch: 2, from: '2018-09-15', to: '2018-10-15' },
    ],
    // 四(二): 所在单位工会初审、区局（产业）工会复审、市总工会终审; a personal application goes straight
    // to the federation's chain without the unit (四(一) 个人直接申请), read as: it skips the first review.
    reviewChain: [
      { level: 'grassroots', actor: { role: 'grassroots-officer' }, dueIn: wd(5), skipForChannels: ['personal'] },
      { level: 'regional', actor: { role: 'regional-officer' }, dueIn: wd(10), skipForChannels: [] },
      { level: 'federation', actor: { role: 'department-officer', functionCode: 'grassroots-work' }, dueIn: wd(15), skipForChannels: [] },
    ],
    requiredDocuments: [
      { type: 'certificate', name: { zh: '职业资格证书', en: 'Vocational qualification certificate' } },
      { type: 'mentoring-agreement', name: { zh: '盖章的师徒带教协议', en: 'Stamped mentoring agreement' }, when: { field: 'role', equals: 'mentor' } },
    ],
    settlement: { cadence: 'monthly', closeDay: 25, payByDay: 10, preparer: 'grassroots-work', payTo: 'member-card' },
    contacts: [
      { role: '联系人', org: '市总基层工作部', name: '叶懿、于劼', phone: '63211939-4101' },
      { role: '申报咨询', org: '市职工技协服务中心', name: '陈志渊', phone: '55885659' },
    ],
    sources: '000 技能人才职业发展助推实施方案 三、四、五',
  },
  {
    program: 'invention-award',
    year: 2018,
    title: '2018年一线职工岗位创新激励（授权发明专利奖励）',
    status: 'open',
    channels: ['personal', 'unit'],
    windows: [
      { batch: 1, from: '2018-03-15', to: '2018-04-15' },
      { batch: 2, from: '2018-09-15', to: '2018-10-15' },
    ],
    // 四: 职工提交申请、所在单位工会初审、区局（产业）工会复审、市总工会终审 for both channels.
    reviewChain: [
      { level: 'grassroots', actor: { role: 'grassroots-officer' }, dueIn: wd(5), skipForChannels: [] },
      { level: 'regional', actor: { role: 'regional-officer' }, dueIn: wd(10), skipForChannels: [] },
      { level: 'federation', actor: { role: 'department-officer', functionCode: 'grassroots-work' }, dueIn: wd(15), skipForChannels: [] },
    ],
    requiredDocuments: [
      { type: 'patent-certificate', name: { zh: '发明专利证书', en: 'Invention patent certificate' } },
      { type: 'commitment', name: { zh: '知识产权承诺书', en: 'Declaration on intellectual-property disputes' } },
    ],
    settlement: { cadence: 'monthly', closeDay: 25, payByDay: 10, preparer: 'grassroots-work', payTo: 'member-card' },
    contacts: [
      { role: '联系人', org: '市总基层工作部', name: '叶懿、于劼', phone: '63211939-4101' },
      { role: '申报咨询', org: '市职工技协服务中心', name: '陈志渊', phone: '55885659' },
    ],
    sources: '000 一线职工岗位创新激励实施方案 三、四、五',
  },
  {
    program: 'critical-illness-condolence',
    year: 2018,
    title: '2018年大病职工慰问行动',
    status: 'open',
    // 三(一): materials go to the member's union, the regional union confirms with its seal, then the
    // mutual-aid centre; no personal channel. 三(三): last filing 2019-06-30.
    channels: ['unit'],
    windows: [{ batch: 1, from: '2018-01-01', to: '2019-06-30' }],
    reviewChain: [
      { level: 'grassroots', actor: { role: 'grassroots-officer' }, dueIn: wd(5), skipForChannels: [] },
      { level: 'regional', actor: { role: 'regional-officer' }, dueIn: wd(10), skipForChannels: [] },
      // 三(四): 市职保中心 investigates within 90 days of complete materials.
      { level: 'federation', actor: { role: 'agency-officer', functionCode: 'mutual-aid-centre' }, dueIn: { calendarDays: 90 }, skipForChannels: [] },
    ],
    requiredDocuments: [
      { type: 'application-form', name: { zh: '区局（产业）工会盖章的慰问金申请审批表', en: 'Application form stamped by the regional union' } },
      { type: 'id-card', name: { zh: '申请人身份证', en: 'Applicant’s ID card' } },
      { type: 'hospital-receipt', name: { zh: '住院医疗费收据', en: 'Hospital fee receipt' } },
      { type: 'diagnosis', name: { zh: '确诊检查报告（出院小结、病理报告等）', en: 'Diagnosis report (discharge summary, pathology …)' } },
    ],
    // 三(五): the list closes on the 25th, rights and finance review it, paid by the 10th of the next month to the member card.
    settlement: { cadence: 'monthly', closeDay: 25, payByDay: 10, preparer: 'mutual-aid-centre', payTo: 'member-card' },
    contacts: [
      { role: '联系人', org: '市总权益保障部', name: '李丽逸', phone: '63211939-3300' },
      { role: '联系人', org: '上海市职工保障互助中心', name: '谢莉', phone: '63500870' },
    ],
    sources: '000 大病职工慰问行动实施方案 一、二、三',
  },
];

export const applicationDemoAccounts = [
  { username: 'grassrootswork', displayName: '基层工作部干部', role: 'department-officer', functionCode: 'grassroots-work' },
  { username: 'finance', displayName: '财务资产管理部干部', role: 'department-officer', functionCode: 'finance' },
] as const;

export const pdf = (label: string) =>
  Buffer.from(`%PDF-1.4\n% Shishi demo document: ${label}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);

export async function actorOf(s: Services, username: string): Promise<RequestContext> {
  const a = await s.database.db
    .selectFrom('accounts')
    .leftJoin('orgs', 'orgs.id', 'accounts.org_id')
    .select(['accounts.id', 'accounts.username', 'accounts.display_name', 'accounts.role', 'accounts.org_id', 'accounts.person_id', 'orgs.name', 'orgs.path'])
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  const actor: Actor = {
    accountId: a.id,
    username: a.username,
    displayName: a.display_name,
    role: a.role as Actor['role'],
    orgId: a.org_id,
    orgName: a.name,
    orgPath: a.path,
    personId: a.person_id,
    sessionId: 'demo',
  };
  return { actor, ip: null, requestId: 'demo', lang: 'zh' };
}

export async function loadApplicationsDemo(s: Services) {
  const db = s.database.db;
  if (await db.selectFrom('program_instances').select('id').limit(1).executeTakeFirst()) return { loaded: false };
  const { createInstance } = await import('../modules/programs/service.ts');
  const apps = await import('../modules/applications/service.ts');
  const docs = await import('../modules/documents/service.ts');
  const payouts = await import('../modules/payouts/service.ts');
  const members = await import('../modules/members/service.ts');

  const hash = await hashPassword('Shishi@demo1');
  for (const a of applicationDemoAccounts) {
    const org = await db.selectFrom('orgs').select('id').where('function_code', '=', a.functionCode).executeTakeFirst();
    const taken = await db.selectFrom('accounts').select('id').where('username', '=', a.username).executeTakeFirst();
    if (org && !taken)
      await db
        .insertInto('accounts')
        .values({ username: a.username, display_name: a.displayName, role: a.role, org_id: org.id, password_hash: hash, password_changed_at: new Date() })
        .execute();
  }

  // The 2018 programs run as of days in 2018: the demo's services carry a clock pinned to each day.
  const sd: Services = { ...s, clock: fixedClock('2018-03-01') };
  const on = (day: string) => {
    sd.clock = fixedClock(day);
  };
  {
    on('2018-03-01');
    const grw = await actorOf(sd, 'grassrootswork');
    const ids: number[] = [];
    for (const p of programs2018) ids.push((await createInstance(sd, grw, p)).id);
    const [skillId, inventionId, condolenceId] = ids as [number, number, number];

    const ctx = {
      member: await actorOf(sd, 'member'),
      grassroots: await actorOf(sd, 'grassroots'),
      pudong: await actorOf(sd, 'pudong'),
      jiading: await actorOf(sd, 'jiading'),
      grw,
      mutualaid: await actorOf(sd, 'mutualaid'),
    };
    const upload = async (c: RequestContext, type: string) => (await docs.uploadDocument(sd, c, pdf(type), `${type}.pdf`, type)).id;
    const union = ctx.grassroots.actor!.orgId!;
    // Three colleagues of 李明 in the demo grassroots union, members since before 2018.
    const colleagues: number[] = [];
    for (const [name, first17, mobile] of [
      ['张伟', '31011519850512731', '13900139001'],
      ['陈静', '31011519880823642', '13900139002'],
      ['刘洋', '31011519790105853', '13900139003'],
    ] as const) {
      const idNumber = first17 + idCheckCharacter(first17);
      const existing = await db.selectFrom('persons').select('id').where('id_hash', '=', s.vault.blindIndex(idNumber)).executeTakeFirst();
      colleagues.push(
        existing
          ? existing.id
          : (
              await members.createMember(sd, ctx.grassroots, {
                name,
                idNumber,
                mobile,
                orgId: union,
                joinedOn: '2012-07-01',
                cardStatus: 'active',
                eMembership: true,
                categories: ['frontline-worker'],
              })
            ).personId,
      );
    }
    const jiadingPath = ctx.jiading.actor!.orgPath!;
    const jiadingMember = await db
      .selectFrom('memberships')
      .innerJoin('orgs', 'orgs.id', 'memberships.org_id')
      .select('memberships.person_id')
      .where('orgs.path', 'like', `${jiadingPath}%`)
      .where('memberships.status', '=', 'active')
      .where('memberships.joined_on', '<=', '2018-01-01')
      .orderBy('memberships.person_id')
      .executeTakeFirst();
    const step = async (day: string, fn: () => Promise<unknown>) => {
      on(day);
      await fn();
    };

    // 1. 李明 applies in the app for his technician award: regional and final review, approved, payable.
    on('2018-03-20');
    const a1 = await apps.submit(sd, ctx.member, {
      programId: skillId,
      form: {
        role: 'worker',
        newLevel: 'technician',
        certificateNo: '1831000000123456',
        certificateIssuedOn: '2017-11-20',
        certificateIssuer: 'shanghai-hrss',
      },
      documentIds: [await upload(ctx.member, 'certificate')],
    });
    await step('2018-03-22', () => apps.approve(sd, ctx.pudong, a1.id, '身份与证书核实无误'));
    await step('2018-03-28', () => apps.approve(sd, ctx.grw, a1.id, '终审通过'));

    // 2. A mentor's application through the union, returned for correction at the first review.
    if (colleagues[0]) {
      on('2018-03-26');
      const a2 = await apps.submit(sd, ctx.grassroots, {
        programId: skillId,
        personId: colleagues[0],
        form: {
          role: 'mentor',
          newLevel: 'technician',
          certificateNo: '1831000000654321',
          certificateIssuedOn: '2018-01-15',
          certificateIssuer: 'shanghai-hrss',
          apprenticeName: '王晓',
          agreementStamped: true,
          agreementSignedOn: '2016-09-01',
        },
        documentIds: [await upload(ctx.grassroots, 'certificate'), await upload(ctx.grassroots, 'mentoring-agreement')],
      });
      await step('2018-03-27', () => apps.returnForCorrection(sd, ctx.grassroots, a2.id, '带教协议缺少人力资源部门盖章，请补充盖章件后重新提交'));
    }

    // 3. An invention award filed by the Jiading union, waiting (overdue) at its grassroots union.
    if (jiadingMember) {
      on('2018-04-02');
      await apps.submit(sd, ctx.jiading, {
        programId: inventionId,
        personId: jiadingMember.person_id,
        form: { patentNo: 'ZL201610012345.6', patentType: 'invention', grantedOn: '2017-08-08', firstInventor: true, frontline: true, dedicatedRnD: false },
        documentIds: [await upload(ctx.jiading, 'patent-certificate'), await upload(ctx.jiading, 'commitment')],
      });
    }

    // 4. A member who left the union before the final review: the engine finds them ineligible, and the
    //    final reviewer rejects with the engine's reasons.
    if (colleagues[1]) {
      on('2018-04-10');
      const a4 = await apps.submit(sd, ctx.grassroots, {
        programId: skillId,
        personId: colleagues[1],
        form: {
          role: 'worker',
          newLevel: 'senior-technician',
          certificateNo: '1831000000777777',
          certificateIssuedOn: '2017-05-05',
          certificateIssuer: 'shanghai-hrss',
        },
        documentIds: [await upload(ctx.grassroots, 'certificate')],
      });
      await step('2018-04-11', () => apps.approve(sd, ctx.grassroots, a4.id));
      await step('2018-04-12', () => apps.approve(sd, ctx.pudong, a4.id));
      await step('2018-04-13', () => members.endMembership(sd, ctx.grassroots, colleagues[1]!, '2018-04-13', '离职'));
      on('2018-04-20');
      let reason = '不符合条件';
      try {
        await apps.approve(sd, ctx.grw, a4.id);
      } catch (err) {
        if (!(err instanceof AppError) || err.code !== 'ineligible') throw err;
        reason = err.messages.zh;
      }
      await apps.reject(sd, ctx.grw, a4.id, reason);
    }

    // 5. A condolence payment through the three levels, then the May list prepared on the 25th.
    if (colleagues[2]) {
      on('2018-05-03');
      const types = ['application-form', 'id-card', 'hospital-receipt', 'diagnosis'];
      const docIds: number[] = [];
      for (const t of types) docIds.push(await upload(ctx.grassroots, t));
      const a5 = await apps.submit(sd, ctx.grassroots, {
        programId: condolenceId,
        personId: colleagues[2],
        form: {
          hasMemberProtection: true,
          coverageStart: '2018-01-01',
          coverageEnd: '2018-12-31',
          diagnosedOn: '2018-04-10',
          illness: 'malignant-tumour',
          hospitalized: true,
          hospital: 'shanghai-grade-3',
        },
        documentIds: docIds,
      });
      await step('2018-05-04', () => apps.approve(sd, ctx.grassroots, a5.id));
      await step('2018-05-07', () => apps.approve(sd, ctx.pudong, a5.id, '已确认盖章'));
      await step('2018-05-18', () => apps.approve(sd, ctx.mutualaid, a5.id, '调查核实无误'));
      await step('2018-05-25', () => payouts.prepareBatch(sd, ctx.mutualaid, condolenceId, '2018-05'));
    }
    return { loaded: true, programs: ids.length };
  }
}
