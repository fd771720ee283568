// Program instances: a policy program opened for a year by the union that runs it, with its
// application windows, channels, review chain, required documents, settlement rules and contacts.
import { addWorkingDaysProvisional, calendarYears } from '@shishi/policy';
import { can, pathInScope, type Actor } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { AppError, conflict, forbidden, invalidField, notFound } from '../../platform/errors.ts';
import type { Executor, RequestContext } from '../../platform/context.ts';
import type { Services } from '../../platform/services.ts';
import * as policy from '../policy/service.ts';
import { adapters } from './catalog.ts';
import { formDescriptor } from './form.ts';
import { hasOpenApplications } from '../applications/api.ts';
import * as repo from './repository.ts';
import { levelNames, type TChainStep, type TInstanceCreate, type TInstanceUpdate, type TRequiredDocument, type TSettlement } from './schema.ts';

export interface Instance {
  id: number;
  program: string;
  year: number;
  org_id: number;
  title: string;
  status: 'draft' | 'open' | 'closed';
  channels: ('personal' | 'unit')[];
  windows: { batch: number; from: string; to: string }[];
  review_chain: TChainStep[];
  required_documents: TRequiredDocument[];
  settlement: TSettlement;
  contacts: { role: string; org: string; name: string; phone: string }[];
  sources: string | null;
  budget_fen: number | null;
}

export async function loadInstance(db: Executor, id: number): Promise<Instance & { org_name: string; org_path: string; org_kind: string }> {
  const r = await repo.findInstance(db, id);
  if (!r) throw notFound('program', id);
  return r as unknown as Instance & { org_name: string; org_path: string; org_kind: string };
}

export const windowOn = (inst: Pick<Instance, 'windows'>, date: string) => inst.windows.find((w) => date >= w.from && date <= w.to);

/** The document types an application must carry, given its form. */
export function requiredTypes(inst: Pick<Instance, 'required_documents'>, form: Record<string, unknown>): TRequiredDocument[] {
  return inst.required_documents.filter((d) => !d.when || form[d.when.field] === d.when.equals);
}

/**
 * The day a step started on `from` is due. Working days follow the State Council calendar
 * (@shishi/policy); past its last entered year they count Monday–Friday (a provisional date, see
 * `dueIsProvisional`), so filing in December never fails for want of next year's notice.
 */
export function dueOn(step: TChainStep, from: string): string {
  if (step.dueIn.workingDays) return addWorkingDaysProvisional(from, step.dueIn.workingDays).date;
  const d = new Date(`${from}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + step.dueIn.calendarDays!);
  return d.toISOString().slice(0, 10);
}

/** A due date in a year whose holiday notice is not entered yet was counted Monday–Friday: shown as provisional until it is. */
export function dueIsProvisional(due: string | null | undefined): boolean {
  return !!due && Number(due.slice(0, 4)) > calendarYears().last;
}

export async function orgIdByFunction(db: Executor, functionCode: string) {
  const o = await repo.activeOrgByFunction(db, functionCode);
  if (!o)
    throw invalidField('reviewChain', 'unknown-function', {
      zh: `没有职能代码为 ${functionCode} 的部室或直属单位`,
      en: `No department or agency with function code ${functionCode}`,
    });
  return o;
}

export function present(actor: Actor, inst: Instance & { org_name: string; org_path: string; org_kind?: string }, t: string) {
  const w = windowOn(inst, t);
  const manage = can(actor, 'programs.manage') && pathInScope(actor, inst.org_path);
  const info = policy.programs().find((p) => p.code === inst.program);
  return {
    id: inst.id,
    program: inst.program,
    programTitle: info?.title ?? null,
    year: inst.year,
    org: { id: inst.org_id, name: inst.org_name },
    // A district's or an industry union's own program is prepared, signed and paid by that union (issue 11 §5).
    runBy: inst.org_kind === 'district' || inst.org_kind === 'industry' ? ('regional-union' as const) : ('federation' as const),
    title: inst.title,
    status: inst.status,
    channels: inst.channels,
    windows: inst.windows,
    currentWindow: w ?? null,
    acceptingOn: t,
    reviewChain: inst.review_chain.map((s, i) => ({ index: i, ...s, name: s.name ?? levelNames[s.level] })),
    requiredDocuments: inst.required_documents,
    settlement: inst.settlement,
    contacts: inst.contacts,
    sources: inst.sources,
    budget: inst.budget_fen == null ? null : Number(inst.budget_fen) / 100,
    abilities: {
      apply: inst.status === 'open' && !!w && can(actor, 'applications.submit'),
      manage,
    },
  };
}

export async function listInstances(s: Services, ctx: RequestContext, q: { program?: string; year?: number }) {
  // Members see the programs they can apply for; officers see drafts too.
  const rows = await repo.listInstanceRows(s.database.db, { ...q, hideDrafts: ctx.actor!.role === 'member' });
  return { items: rows.map((r) => present(ctx.actor!, r as any, s.clock.today())) };
}

export async function getInstance(s: Services, ctx: RequestContext, id: number) {
  const inst = await loadInstance(s.database.db, id);
  if (ctx.actor!.role === 'member' && inst.status === 'draft') throw notFound('program', id);
  return present(ctx.actor!, inst, s.clock.today());
}

/** The application form of a program instance's program (form.ts); 404 when nobody applies to it on a form. */
export async function getForm(s: Services, ctx: RequestContext, id: number) {
  const inst = await loadInstance(s.database.db, id);
  if (ctx.actor!.role === 'member' && inst.status === 'draft') throw notFound('program', id);
  const form = formDescriptor(inst.program);
  if (!form)
    throw new AppError(404, 'no-application-form', {
      zh: `项目 ${inst.program} 没有申请表（不经申请办理）`,
      en: `Program ${inst.program} has no application form (nobody applies to it)`,
    });
  return form;
}

async function checkConfig(db: Executor, input: Partial<TInstanceCreate> & { program: string }) {
  if (input.reviewChain) {
    const order = { grassroots: 0, regional: 1, federation: 2 } as const;
    input.reviewChain.forEach((st, i) => {
      if (i > 0 && order[st.level] < order[input.reviewChain![i - 1]!.level])
        throw invalidField(`body.reviewChain.${i}.level`, 'chain-order', {
          zh: '审核层级应自下而上：初审 → 复审 → 终审',
          en: 'levels go bottom-up: first, second, final review',
        });
    });
    if (input.reviewChain.every((st) => st.skipForChannels.length > 0 && st.skipForChannels.length === 2))
      throw invalidField('body.reviewChain', 'chain-empty', { zh: '审核链不能全部跳过', en: 'the chain cannot skip every step' });
    for (const st of input.reviewChain) if (st.actor.functionCode) await orgIdByFunction(db, st.actor.functionCode);
  }
  if (input.settlement) await orgIdByFunction(db, input.settlement.preparer);
}

/**
 * The union a new program belongs to (issue 11 §5: districts run their own programs, e.g. Jiading's
 * 2021 list, 002; Yangpu's 2017 craftsman awards, 004). A federation department or the administrator
 * opens programs for the federation, or names any union; a regional (district or industry) officer
 * opens programs for their own union only: naming another union is refused (403), never redirected.
 */
async function runningOrg(db: Executor, actor: Actor, requested: number | undefined): Promise<number> {
  if (actor.role === 'department-officer' || actor.role === 'federation-admin') {
    if (requested === undefined) return repo.federationId(db);
    const org = await repo.orgKindStatus(db, requested);
    if (!org || org.status !== 'active')
      throw invalidField('body.orgId', 'org-not-found', { zh: `没有编号为 ${requested} 的在册组织`, en: `No active organisation ${requested}` });
    if (!['municipal', 'district', 'industry'].includes(org.kind))
      throw invalidField('body.orgId', 'org-cannot-run-program', {
        zh: '项目由市总或区局（产业）工会开设',
        en: 'Programs are run by the federation or a regional (district or industry) union',
      });
    return org.id;
  }
  if (actor.role !== 'regional-officer' || !actor.orgId)
    throw forbidden({ zh: '只有市总部室和区局（产业）工会可以开设项目', en: 'Only federation departments and regional unions open programs' });
  if (requested !== undefined && requested !== actor.orgId)
    throw forbidden({
      zh: `区局（产业）工会只能为本级工会（${actor.orgName ?? actor.orgId}）开设项目，不能为其他区局开设`,
      en: `A regional union opens programs for itself (${actor.orgName ?? actor.orgId}) only, not for another district`,
    });
  return actor.orgId;
}

export async function createInstance(s: Services, ctx: RequestContext, input: TInstanceCreate) {
  const actor = ctx.actor!;
  if (!adapters[input.program])
    throw invalidField('body.program', 'program-not-supported', {
      zh: `项目 ${input.program} 尚不支持在线申报`,
      en: `Program ${input.program} has no application form yet`,
    });
  policy.program(input.program);
  return s.database.db.transaction().execute(async (trx) => {
    await checkConfig(trx, input);
    const orgId = await runningOrg(trx, actor, input.orgId);
    const dup = await repo.instanceIdFor(trx, { program: input.program, year: input.year, orgId });
    if (dup !== undefined)
      throw conflict(
        'program-exists',
        { zh: `该项目 ${input.year} 年度已开设（编号 ${dup}）`, en: `This program is already open for ${input.year} (instance ${dup})` },
        { instanceId: dup },
      );
    const row = {
      id: await repo.insertInstance(trx, {
        program: input.program,
        year: input.year,
        org_id: orgId,
        title: input.title,
        status: input.status,
        channels: input.channels,
        windows: JSON.stringify(input.windows),
        review_chain: JSON.stringify(input.reviewChain),
        required_documents: JSON.stringify(input.requiredDocuments),
        settlement: JSON.stringify(input.settlement),
        contacts: JSON.stringify(input.contacts),
        sources: input.sources ?? null,
        created_by: actor.accountId,
        budget_fen: input.budget === undefined ? null : Math.round(input.budget * 100),
      }),
    };
    const inst = await loadInstance(trx, row.id);
    await writeAudit(trx, ctx, {
      action: 'program.open',
      entity: 'program',
      entityId: row.id,
      orgPath: inst.org_path,
      summary: `${input.program} ${input.year}`,
      after: input,
    });
    return present(actor, inst, s.clock.today());
  });
}

export async function updateInstance(s: Services, ctx: RequestContext, id: number, input: TInstanceUpdate) {
  const actor = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const before = await loadInstance(trx, id);
    // Every union sees the federation's programs (GET /programs), so changing one it does not run is
    // refused as such (403), not hidden (404).
    if (!pathInScope(actor, before.org_path))
      throw forbidden({ zh: '只能修改本级及下级工会开设的项目', en: 'Only programs opened by your union or a union below it can be changed' });
    const { budget: _budget, ...config } = input;
    await checkConfig(trx, { ...config, program: before.program });
    if (input.reviewChain && input.reviewChain.length !== before.review_chain.length) {
      if (await hasOpenApplications(trx, id))
        throw conflict('applications-in-review', {
          zh: '有申请正在审核中，不能改变审核层级数',
          en: 'Applications are in review; the number of review levels cannot change',
        });
    }
    await repo.updateInstanceRow(trx, id, {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.status !== undefined ? { status: input.status } : {}),
      ...(input.channels !== undefined ? { channels: input.channels } : {}),
      ...(input.windows !== undefined ? { windows: JSON.stringify(input.windows) } : {}),
      ...(input.reviewChain !== undefined ? { review_chain: JSON.stringify(input.reviewChain) } : {}),
      ...(input.requiredDocuments !== undefined ? { required_documents: JSON.stringify(input.requiredDocuments) } : {}),
      ...(input.settlement !== undefined ? { settlement: JSON.stringify(input.settlement) } : {}),
      ...(input.contacts !== undefined ? { contacts: JSON.stringify(input.contacts) } : {}),
      ...(input.sources !== undefined ? { sources: input.sources } : {}),
      ...(input.budget !== undefined ? { budget_fen: input.budget === null ? null : Math.round(input.budget * 100) } : {}),
      updated_at: new Date(),
    });
    const after = await loadInstance(trx, id);
    await writeAudit(trx, ctx, {
      action: 'program.update',
      entity: 'program',
      entityId: id,
      orgPath: after.org_path,
      summary: `${after.program} ${after.year}`,
      before: present(actor, before, s.clock.today()),
      after: present(actor, after, s.clock.today()),
    });
    return present(actor, after, s.clock.today());
  });
}

export const noProgram = (program: string) =>
  new AppError(400, 'program-not-supported', { zh: `项目 ${program} 尚不支持在线申报`, en: `Program ${program} has no application form yet` });
