// The demo's live year (issue 12 §1, last bullet): on the default start (today) a current year whose
// programs accept applications. The seeds stop at 2025 and the three application programs of 000
// have only their 2018 texts, so their versions for the current year are *carried over*: the 2018
// values with the dates moved to this year, approved by the system and labelled 沿用（非通知原文）
// wherever the version or a parameter's source is shown, until the year's notice is entered as a new
// version. Member vacation is left without a version for the year: the administrator rolls 2025 over
// (issue 12 "Done when"). The applications below run through the real services as of days of the
// year, so every amount carries the engine's trace: one waiting at each review step, one approved and
// settled in last month's batch, which waits for the rights department's signature.
import { fixedClock } from '../platform/clock.ts';
import type { RequestContext } from '../platform/context.ts';
import type { Services } from '../platform/services.ts';
import { idCheckCharacter } from '../platform/identifiers.ts';
import type { TInstanceCreate } from '../modules/programs/schema.ts';
import { actorOf, pdf, programs2018 } from './applications-data.ts';

/** Programs the demo carries over into the live year (their latest version is 2018's). */
export const liveYearPrograms = ['skill-promotion-award', 'invention-award', 'critical-illness-condolence'] as const;

/**
 * The windows of the live year: the 2018 batches moved to the year (000 四: 3/15–4/15, 9/15–10/15),
 * the second kept open to 31 December so that the demo accepts applications in its last months
 * (a demo setting, named in the version's note).
 */
export function liveWindows(year: number) {
  return [
    { batch: 1, from: `${year}-03-15`, to: `${year}-04-15` },
    { batch: 2, from: `${year}-09-15`, to: `${year}-12-31` },
  ];
}

export async function loadLiveYearDemo(s: Services) {
  const today = s.clock.today();
  const year = Number(today.slice(0, 4));
  const db = s.database.db;
  if (
    await db
      .selectFrom('program_instances')
      .select('id')
      .where('year', '=', year)
      .where('program', 'in', [...liveYearPrograms])
      .executeTakeFirst()
  )
    return { loaded: false };
  const versions = await import('../modules/policy/versions.ts');
  const { createInstance } = await import('../modules/programs/service.ts');
  const apps = await import('../modules/applications/service.ts');
  const docs = await import('../modules/documents/service.ts');
  const payouts = await import('../modules/payouts/service.ts');
  const members = await import('../modules/members/service.ts');

  const windowNote = `第二批受理时间延至 ${year}-12-31（演示设定）`;
  await versions.carryOver(s, 'skill-promotion-award', year, { overrides: { 'application-windows': liveWindows(year) }, overrideNote: windowNote });
  await versions.carryOver(s, 'invention-award', year, { overrides: { 'application-windows': liveWindows(year) }, overrideNote: windowNote });
  await versions.carryOver(s, 'critical-illness-condolence', year);
  // The gig workers' mutual protection has only its 2022 plan year (沪工总办〔2022〕15号): carried over, so that a platform
  // can upload a roster and the agency review it on the default start (labelled 沿用 like the others).
  await versions.carryOver(s, 'gig-mutual-protection', year);
  await versions.carryOver(s, 'gig-mutual-protection-claim', year);
  // The flexible workers' C/D cover: 2021 (嘉定 002) and 2022 (001 项目7) in the seeds, carried over the same way.
  await versions.carryOver(s, 'flexible-worker-protection', year);

  // The days of the year the demo acts on: only those up to today (a demo loaded early in a year has less).
  const sd: Services = { ...s, clock: fixedClock(today) };
  const on = (mmdd: string) => {
    const day = `${year}-${mmdd}`;
    if (day > today) return false;
    sd.clock = fixedClock(day);
    return true;
  };
  on('09-15');
  const grw = await actorOf(sd, 'grassrootswork');
  const instances: number[] = [];
  for (const p of programs2018) {
    const windows = p.program === 'critical-illness-condolence' ? [{ batch: 1, from: `${year}-01-01`, to: `${year + 1}-06-30` }] : liveWindows(year);
    const inst: TInstanceCreate = {
      ...p,
      year,
      windows,
      title: p.title.replace('2018年', `${year}年`),
      sources: `${p.sources}；${year} 年度沿用 2018 年标准（非通知原文），待 ${year} 年通知下发后更新`,
    };
    instances.push((await createInstance(sd, grw, inst)).id);
  }
  const [skillId, inventionId, condolenceId] = instances as [number, number, number];
  const ctx: Record<string, RequestContext> = {};
  for (const u of ['member', 'grassroots', 'pudong', 'jiading', 'mutualaid']) ctx[u] = await actorOf(sd, u);
  const upload = async (c: RequestContext, type: string) => (await docs.uploadDocument(sd, c, pdf(type), `${type}.pdf`, type)).id;
  const union = ctx.grassroots!.actor!.orgId!;
  const person = async (name: string, first17: string, mobile: string) => {
    const idNumber = first17 + idCheckCharacter(first17);
    const existing = await db.selectFrom('persons').select('id').where('id_hash', '=', s.vault.blindIndex(idNumber)).executeTakeFirst();
    return existing
      ? existing.id
      : (
          await members.createMember(sd, ctx.grassroots!, {
            name,
            idNumber,
            mobile,
            orgId: union,
            joinedOn: '2012-07-01',
            cardStatus: 'active',
            eMembership: true,
            categories: ['frontline-worker'],
          })
        ).personId;
  };
  // 李明's colleagues of the 2018 demo (张伟, 刘洋) and one more, 王芳.
  const zhang = await person('张伟', '31011519850512731', '13900139001');
  const liu = await person('刘洋', '31011519790105853', '13900139003');
  const wang = await person('王芳', '31011519920214762', '13900139004');
  const done: string[] = [];

  // 1. 李明 applies in the app for his senior-technician award (personal: no first review); Pudong
  //    approved it, so it waits (overdue by now) at the federation's final review.
  if (on('10-09')) {
    const a = await apps.submit(sd, ctx.member!, {
      programId: skillId,
      form: {
        role: 'worker',
        newLevel: 'senior-technician',
        certificateNo: `18310${year}0002468`,
        certificateIssuedOn: `${year}-06-20`,
        certificateIssuer: 'shanghai-hrss',
      },
      documentIds: [await upload(ctx.member!, 'certificate')],
    });
    if (on('10-14')) await apps.approve(sd, ctx.pudong!, a.id, '证书核实无误');
    done.push('final-review');
  }
  // 2. A condolence through the three levels, booked payable, then last month's list prepared: the
  //    batch waits for the rights department, then finance (000 大病 三(五)).
  if (on('11-03')) {
    const ids: number[] = [];
    for (const t of ['application-form', 'id-card', 'hospital-receipt', 'diagnosis']) ids.push(await upload(ctx.grassroots!, t));
    const a = await apps.submit(sd, ctx.grassroots!, {
      programId: condolenceId,
      personId: liu,
      form: {
        hasMemberProtection: true,
        coverageStart: `${year}-01-01`,
        coverageEnd: `${year}-12-31`,
        diagnosedOn: `${year}-10-08`,
        illness: 'acute-myocardial-infarction',
        hospitalized: true,
        hospital: 'shanghai-grade-3',
      },
      documentIds: ids,
    });
    if (on('11-05')) await apps.approve(sd, ctx.grassroots!, a.id);
    if (on('11-10')) await apps.approve(sd, ctx.pudong!, a.id, '已确认盖章');
    if (on('11-20')) await apps.approve(sd, ctx.mutualaid!, a.id, '调查核实无误');
    if (on('11-26')) {
      await payouts.prepareBatch(sd, ctx.mutualaid!, condolenceId, `${year}-11`);
      done.push('batch');
    }
  }
  // 3. 王芳's invention award, filed by the union and approved at the first review: waits at Pudong.
  if (on('11-18')) {
    const a = await apps.submit(sd, ctx.grassroots!, {
      programId: inventionId,
      personId: wang,
      form: {
        patentNo: `ZL${year - 1}1055501234.5`,
        patentType: 'invention',
        grantedOn: `${year}-05-12`,
        firstInventor: true,
        frontline: true,
        dedicatedRnD: false,
      },
      documentIds: [await upload(ctx.grassroots!, 'patent-certificate'), await upload(ctx.grassroots!, 'commitment')],
    });
    if (on('11-19')) await apps.approve(sd, ctx.grassroots!, a.id, '材料齐全');
    done.push('second-review');
  }
  // 4. 张伟's invention award, just filed: waits at the union's first review.
  if (on('11-27')) {
    await apps.submit(sd, ctx.grassroots!, {
      programId: inventionId,
      personId: zhang,
      form: {
        patentNo: `ZL${year - 1}1077703456.1`,
        patentType: 'invention',
        grantedOn: `${year}-07-01`,
        firstInventor: true,
        frontline: true,
        dedicatedRnD: false,
      },
      documentIds: [await upload(ctx.grassroots!, 'patent-certificate'), await upload(ctx.grassroots!, 'commitment')],
    });
    done.push('first-review');
  }
  // 5. Two flexible workers of the union (002 “五送”): 赵磊 paid the 120-yuan yearly dues in one go — D-class cover, recorded
  //    by the 张江 park union, his checkup late (after 9/30, with the reason) and the warmth gift; 孙静 joined by QR code — C.
  if (on('11-28')) {
    const flex = await import('../modules/protection/flexible.ts');
    const park = await actorOf(sd, 'zhangjiang');
    const worker = async (name: string, first17: string, mobile: string) => {
      const idNumber = first17 + idCheckCharacter(first17);
      const existing = await db.selectFrom('persons').select('id').where('id_hash', '=', s.vault.blindIndex(idNumber)).executeTakeFirst();
      return existing
        ? existing.id
        : (
            await members.createMember(sd, ctx.grassroots!, {
              name,
              idNumber,
              mobile,
              orgId: union,
              joinedOn: '2015-07-01',
              cardStatus: 'active',
              eMembership: true,
              categories: ['flexible-worker', 'frontline-worker'],
            })
          ).personId;
    };
    const zhao = await worker('赵磊', '31011519920415123', '13900139011');
    const sun = await worker('孙静', '31011519980623224', '13900139012');
    const d = await flex.enroll(sd, park, { memberId: zhao, channel: 'dues', duesPaidYuan: 120, duesPaidOn: `${year}-03-02` });
    await flex.enroll(sd, park, { memberId: sun, channel: 'qr-code' });
    if (on('11-30')) {
      await flex.recordDelivery(sd, park, d.id, { kind: 'checkup', deliveredOn: `${year}-11-30`, lateReason: '本人外卖配送旺季，改约至 11 月体检' });
      await flex.recordDelivery(sd, park, d.id, { kind: 'warmth-gift', giftForm: 'transport-card', deliveredOn: `${year}-11-30` });
    }
    done.push('flexible');
  }
  return { loaded: true, year, programs: instances.length, done };
}
