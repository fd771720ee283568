// Applications and their review chain. Submission and final review both ask the policy engine for
// eligibility and the amount, and keep its trace with the decision. The chain is data on the program
// instance; the application carries whose turn it is (role + org), so the queue is one indexed query
// and acting out of turn is a 409 (Documenso's ordered recipients). Every hand-off writes a row to
// application_steps and an audit entry in the same transaction.
import type { Insertable } from 'kysely';
import { yuanToFen } from '@shishi/policy';
import type { DB } from '../../db/schema.ts';
import { can, pathInScope, regionOfPath, type Actor } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { AppError, badRequest, conflict, forbidden, notFound, type Bilingual } from '../../platform/errors.ts';
import type { Executor, RequestContext } from '../../platform/context.ts';
import type { Services } from '../../platform/services.ts';
import { redactPersonalData } from '../../platform/personal-data.ts';
import { zodIssues } from '../../platform/http.ts';
import { notify, notifyOfficers } from '../notifications/service.ts';
import { memberAccountId } from '../accounts/api.ts';
import * as policy from '../policy/service.ts';
import { personFactsOn, registryFacts as registry } from '../entitlements/api.ts';
import { adapters, type MemberRegister, type ProgramAdapter } from '../programs/api.ts';
import { dueIsProvisional, dueOn, loadInstance, orgIdByFunction, requiredTypes, windowOn, type Instance } from '../programs/service.ts';
import { levelNames, type TChainStep } from '../programs/schema.ts';
import { attach, detach, documentsOf, findOwnUnattached, presentDocument } from '../documents/service.ts';
import { bookPayable, netBookedFor, reverseUnpaid } from '../payouts/api.ts';
import { statusNames, type TList, type TResubmit, type TSubmit } from './schema.ts';
import * as repo from './repository.ts';

type AppRow = repo.ApplicationRow;
const loadRow = repo.loadApplication;

export const isOverdue = (r: { status: string; step_due_on: string | null }, t: string) => r.status === 'in-review' && !!r.step_due_on && t > r.step_due_on;

const isTurnOf = (actor: Actor, r: { status: string; step_actor_role: string | null; step_actor_org_id: number | null }) =>
  r.status === 'in-review' && r.step_actor_role === actor.role && r.step_actor_org_id === actor.orgId && can(actor, 'applications.review');

/** The applicant side: the member for a personal application, an officer in scope for a unit one. */
function isApplicantSide(actor: Actor, r: { channel: string; person_id: number | null; org_path: string }) {
  if (actor.role === 'member') return r.channel === 'personal' && actor.personId === r.person_id;
  return r.channel === 'unit' && can(actor, 'applications.submit') && pathInScope(actor, r.org_path);
}

export function presentRow(actor: Actor, r: AppRow, today: string) {
  const applicant = isApplicantSide(actor, r);
  const turn = isTurnOf(actor, r);
  return {
    id: r.id,
    no: r.no,
    program: r.program,
    programId: r.instance_id,
    programTitle: r.program_title,
    year: r.year,
    channel: r.channel,
    member: r.person_id !== null ? { personId: r.person_id, name: r.name ?? '', idNumber: r.id_masked ?? '', memberNo: r.member_no ?? '' } : null,
    applicant: { kind: r.applicant_kind, org: r.applicant_kind === 'org' ? { id: r.org_id, name: r.org_name } : null },
    org: { id: r.org_id, name: r.org_name },
    region: r.region_org_id ? { id: r.region_org_id, name: r.region_name } : null,
    subject: r.subject_label,
    form: r.input,
    amount: r.amount_fen / 100,
    status: r.status,
    statusName: statusNames[r.status],
    step:
      r.status === 'in-review' || r.status === 'returned'
        ? {
            index: r.step,
            level: r.step_level,
            name: r.step_level ? levelNames[r.step_level as keyof typeof levelNames] : null,
            org: r.step_org_name,
            role: r.step_actor_role,
            startedOn: r.step_started_on,
            dueOn: r.step_due_on,
            dueProvisional: dueIsProvisional(r.step_due_on),
          }
        : null,
    overdue: isOverdue(r, today),
    appliedOn: r.applied_on,
    decidedOn: r.decided_on,
    rejectReason: r.reject_reason,
    abilities: {
      approve: turn,
      return: turn,
      reject: turn,
      resubmit: r.status === 'returned' && applicant,
      withdraw: (r.status === 'in-review' || r.status === 'returned') && applicant,
      cancel: r.status === 'approved' && applicant && cancelProblem(r, today) === null,
      viewDocuments: actor.role !== 'member' && can(actor, 'applications.review'),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Submission

const ineligible = (result: { reasons: readonly { code: string; message: Bilingual }[]; trace: unknown }) =>
  new AppError(
    400,
    'ineligible',
    { zh: `不符合条件：${result.reasons.map((r) => r.message.zh).join('；')}`, en: `Not eligible: ${result.reasons.map((r) => r.message.en).join('; ')}` },
    result.reasons.map((r) => ({ field: 'form', code: r.code, message: r.message })),
    { reasons: result.reasons },
  );

function parseForm(adapter: ProgramAdapter, form: unknown) {
  const parsed = adapter.form.safeParse(form);
  if (!parsed.success)
    throw new AppError(400, 'invalid-input', { zh: '申请表填写有误', en: 'The application form is not valid' }, zodIssues(parsed.error.issues, 'body.form'));
  return parsed.data as Record<string, any>;
}

async function registryFacts(db: Executor, inst: Instance, personId: number, appliedOn: string, excludeApplicationId?: number, form?: Record<string, any>) {
  // The registry read once, as the entitlements read it (entitlements/api.ts): the membership covering the day, the categories.
  const person = await personFactsOn(db, personId, appliedOn);
  const membership = await repo.activeMembership(db, personId);
  // A condolence already booked (net of reversals) in the campaign year counts as paid this year.
  const net = await netBookedFor(db, { personId, program: inst.program, year: inst.year, excludeApplicationId });
  // Facts the program reads from another module's register (the condolence: the protection cover, protection/api.ts).
  const adapter = adapters[inst.program];
  const extra = adapter?.personFacts && form ? await adapter.personFacts(db, form, personId) : {};
  // A member on the day of application (the registry's isMember: a membership covers the day) that is still active now.
  const isMember = !!person && registry.isMember(person).value === true && person.membership?.status === 'active';
  return {
    membership,
    facts: { ...extra, isMember, categories: person ? (registry.categories(person).value as string[]) : [], paidThisYear: net > 0, appliedOn },
  };
}

/**
 * The facts of an application's applicant: a member's registry facts, or for an organisation
 * applicant what the program's adapter reads about the thing applied for (a site's inspection).
 */
async function applicantFacts(
  db: Executor,
  inst: Instance,
  adapter: ProgramAdapter,
  r: { applicant_kind: string; person_id: number | null; applicant_org_id: number | null; input: unknown },
  appliedOn: string,
  excludeApplicationId?: number,
) {
  if (r.applicant_kind === 'org') {
    const extra = adapter.orgFacts ? await adapter.orgFacts(db, r.input as Record<string, any>, r.applicant_org_id!) : {};
    return { isMember: false, categories: [], paidThisYear: false, appliedOn, ...extra } as Parameters<ProgramAdapter['policyInput']>[1];
  }
  const { facts } = await registryFacts(db, inst, r.person_id!, appliedOn, excludeApplicationId, r.input as Record<string, any>);
  return adapter.memberFacts
    ? {
        ...facts,
        ...(await adapter.memberFacts(db, r.input as Record<string, any>, r.person_id!, memberRegister(db, inst.program, r.person_id!, excludeApplicationId))),
      }
    : facts;
}

/** The register of a member's applications of one program, as adapters read it (catalog.ts MemberRegister). */
function memberRegister(db: Executor, program: string, personId: number, excludeApplicationId?: number): MemberRegister {
  return {
    amountInYear: ({ yearField, year }) => repo.amountInYear(db, { program, personId, yearField, year, excludeApplicationId }),
    lock: () => repo.lockMemberProgram(db, program, personId),
  };
}

function evaluateOrThrow(inst: Instance, adapter: ProgramAdapter, form: Record<string, any>, facts: Parameters<ProgramAdapter['policyInput']>[1]) {
  const input = adapter.policyInput(form, facts);
  const result = policy.evaluate(inst.program, facts.appliedOn, input);
  if (!result.eligible) throw ineligible(result);
  const refusal = adapter.refusal?.(form, facts, result.output);
  if (refusal) throw ineligible({ reasons: [refusal], trace: result.trace });
  const amount = adapter.amountOf ? adapter.amountOf(result.output) : Number(result.output.amount ?? 0);
  return { input, result, amountFen: yuanToFen(amount) };
}

async function currentEvaluation(db: Executor, inst: Instance, r: AppRow, today: string) {
  const adapter = adapters[inst.program];
  if (!adapter) return null;
  const facts = await applicantFacts(db, inst, adapter, r, r.applied_on, r.id);
  const input = adapter.policyInput(r.input as Record<string, any>, facts);
  try {
    const result = policy.evaluate(inst.program, facts.appliedOn, input);
    return { at: today, policy: result.policy, eligible: result.eligible, output: result.output, reasons: result.reasons, trace: result.trace, input };
  } catch {
    return null;
  }
}

function checkDocuments(inst: Instance, form: Record<string, unknown>, docs: { doc_type: string }[]) {
  const known = new Set([...inst.required_documents.map((d) => d.type), 'other']);
  const unknown = docs.filter((d) => !known.has(d.doc_type));
  if (unknown.length)
    throw badRequest('document-type-unknown', {
      zh: `材料类型 ${unknown.map((d) => d.doc_type).join('、')} 不属于本项目`,
      en: `Document type ${unknown.map((d) => d.doc_type).join(', ')} is not one of this program's`,
    });
  const have = new Set(docs.map((d) => d.doc_type));
  const missing = requiredTypes(inst, form).filter((d) => !have.has(d.type));
  if (missing.length)
    throw new AppError(
      400,
      'missing-document',
      { zh: `缺少材料：${missing.map((d) => d.name.zh).join('、')}`, en: `Missing documents: ${missing.map((d) => d.name.en).join(', ')}` },
      missing.map((d) => ({
        field: 'body.documentIds',
        code: 'missing-document',
        message: { zh: `缺少${d.name.zh}（${d.type}）`, en: `missing ${d.name.en} (${d.type})` },
      })),
      { missing: missing.map((d) => d.type) },
    );
}

async function checkDuplicate(db: Executor, actor: Actor, program: string, subjectKey: string, selfId?: number) {
  const dup = await repo.liveDuplicate(db, program, subjectKey, selfId);
  if (dup) throw duplicate(dup);
}

const duplicate = (dup: { no: string; status: string }) =>
  conflict(
    'duplicate-application',
    {
      zh: `已有申请 ${dup.no}（${statusNames[dup.status as keyof typeof statusNames]?.zh ?? dup.status}）：同一证书、专利或同一年度的慰问只能申请一次`,
      en: `Application ${dup.no} (${statusNames[dup.status as keyof typeof statusNames]?.en ?? dup.status}) already exists: one award per certificate or patent, one condolence per member per year`,
    },
    { existing: dup.no },
  );

/** Which org acts at a step for this application. */
async function stepActorOrg(db: Executor, st: TChainStep, app: { org_id: number; region_org_id: number | null }) {
  if (st.level === 'grassroots') return app.org_id;
  if (st.level === 'regional') {
    if (!app.region_org_id)
      throw badRequest('no-regional-union', {
        zh: '会员所在单位没有上级区局（产业）工会，无法复审',
        en: 'The member’s union has no regional union for the second review',
      });
    return app.region_org_id;
  }
  return (await orgIdByFunction(db, st.actor.functionCode!)).id;
}

/** The next step index at or after `from` that this channel does not skip; -1 when the chain is done. */
function nextStep(inst: Instance, channel: string, from: number) {
  for (let i = from; i < inst.review_chain.length; i++) if (!inst.review_chain[i]!.skipForChannels.includes(channel as any)) return i;
  return -1;
}

async function regionOf(db: Executor, path: string) {
  const seg = path.split('.').filter(Boolean);
  if (seg.length < 2) return null;
  const r = await repo.orgById(db, Number(seg[1]));
  return r && (r.kind === 'district' || r.kind === 'industry') ? r.id : null;
}

const actorName = (actor: Actor) => `${actor.displayName}（${actor.username}）`;

export async function submit(s: Services, ctx: RequestContext, body: TSubmit) {
  const actor = ctx.actor!;
  const t = s.clock.today();
  return s.database.db.transaction().execute(async (trx) => {
    const inst = await loadInstance(trx, body.programId);
    const adapter = adapters[inst.program];
    if (!adapter || inst.status !== 'open')
      throw badRequest('program-not-open', { zh: `项目“${inst.title}”未开放申报`, en: `“${inst.title}” is not open for applications` });
    const channel = actor.role === 'member' ? 'personal' : 'unit';
    if (!inst.channels.includes(channel))
      throw badRequest(
        'channel-not-offered',
        channel === 'personal'
          ? { zh: '本项目不受理个人申报，请通过所在单位工会申报', en: 'This program does not take personal applications; apply through your union' }
          : { zh: '本项目只受理个人申报', en: 'This program takes personal applications only' },
      );
    if (adapter.applicant === 'org' || body.applicantOrgId) return submitForOrg(s, trx, ctx, inst, adapter, body, t);
    const personId = actor.role === 'member' ? actor.personId : body.personId;
    if (!personId)
      throw badRequest('invalid-input', { zh: '请指定申请的会员（personId）', en: 'Name the member (personId)' }, [
        { field: 'body.personId', code: 'required', message: { zh: '必填', en: 'required' } },
      ]);
    if (actor.role === 'member' && body.personId && body.personId !== actor.personId)
      throw forbidden({ zh: '会员只能为本人申请', en: 'A member applies for themself only' });
    const w = windowOn(inst, t) ?? outsideWindow(inst, t);
    const form = parseForm(adapter, body.form);
    const channelProblem = adapter.channelProblem?.(form, channel);
    if (channelProblem) throw badRequest('channel-not-allowed', channelProblem);

    const { membership, facts: registry } = await registryFacts(trx, inst, personId, t, undefined, form);
    if (!membership) throw badRequest('not-a-member', { zh: '申请人不是在册工会会员', en: 'The applicant is not an active union member' });
    // An officer applies only for members of their own subtree (404, as for any out-of-scope record).
    if (actor.role !== 'member' && !pathInScope(actor, membership.path)) throw notFound('member', personId);
    const memberProblem = adapter.checkMemberForm?.(form, { memberNo: membership.member_no });
    if (memberProblem)
      throw new AppError(400, memberProblem.code, memberProblem.message, [
        { field: memberProblem.field, code: memberProblem.code, message: memberProblem.message },
      ]);
    const facts = adapter.memberFacts
      ? { ...registry, ...(await adapter.memberFacts(trx, form, personId, memberRegister(trx, inst.program, personId))) }
      : registry;
    const { input, result, amountFen } = evaluateOrThrow(inst, adapter, form, facts);
    const subject = adapter.subject(form, personId, inst.year);
    await checkDuplicate(trx, actor, inst.program, subject.key);
    const docs = await findOwnUnattached(trx, actor.accountId, body.documentIds);
    if (docs.length !== new Set(body.documentIds).size) {
      const found = new Set(docs.map((d) => d.id));
      throw badRequest('document-not-found', {
        zh: `找不到可用的材料 ${body.documentIds.filter((i) => !found.has(i)).join('、')}（须为本人上传且未提交过）`,
        en: `Documents ${body.documentIds.filter((i) => !found.has(i)).join(', ')} are not yours to attach (uploaded by you and not yet used)`,
      });
    }
    checkDocuments(inst, form, docs);

    const evaluation = { at: t, policy: result.policy, eligible: result.eligible, output: result.output, reasons: result.reasons, trace: result.trace, input };
    const { id, no } = await fileApplication(trx, actor, inst, {
      channel,
      applicant: { person_id: personId, membership_id: membership.id, org_id: membership.org_id, org_path: membership.path },
      subject,
      form,
      evaluation,
      amountFen,
      t,
      submitComment: channel === 'personal' ? '个人申报' : '单位申报',
      documentIds: docs.map((d) => d.id),
    });
    await writeAudit(trx, ctx, {
      action: 'application.submit',
      entity: 'application',
      entityId: id,
      orgPath: membership.path,
      summary: `${no} ${inst.program} ${subject.label} ¥${amountFen / 100}`,
      after: { no, channel, form, amount: amountFen / 100, documents: docs.map((d) => d.sha256) },
    });
    return getApplicationTx(trx, actor, id, s.clock.today());
  });
}

/**
 * An organisation applies (issue 11 §1): a union for a site grant. The officer's own union or one in
 * their subtree; the window, the form, the documents and the duplicate check are the member path's.
 */
/** The refusal of an application outside every window of the instance, listing them. */
function outsideWindow(inst: Instance, t: string): never {
  throw new AppError(
    400,
    'outside-application-window',
    {
      zh: `受理时间为 ${inst.windows.map((x) => `${x.from} 至 ${x.to}`).join('、')}，今天（${t}）不在其中`,
      en: `Applications are accepted ${inst.windows.map((x) => `${x.from} to ${x.to}`).join(' and ')}; today (${t}) is outside them`,
    },
    [],
    { windows: inst.windows },
  );
}

async function submitForOrg(s: Services, trx: Executor, ctx: RequestContext, inst: Instance, adapter: ProgramAdapter, body: TSubmit, t: string) {
  const actor = ctx.actor!;
  if (adapter.applicant !== 'org')
    throw badRequest('applicant-kind', {
      zh: '本项目的申请人是会员个人，不受理单位作为申请人',
      en: 'This program’s applicants are members, not organisations',
    });
  if (actor.role === 'member') throw forbidden({ zh: '单位申请须由单位工会干部提交', en: 'An organisation applies through its union officer' });
  const orgId = body.applicantOrgId ?? actor.orgId!;
  const org = await repo.orgById(trx, orgId);
  if (!org || !pathInScope(actor, org.path)) throw notFound('org', orgId);
  const w = windowOn(inst, t) ?? outsideWindow(inst, t);
  const form = parseForm(adapter, body.form);
  const check = adapter.checkOrgForm ? await adapter.checkOrgForm(trx, form, org, t) : null;
  if (check) throw check;
  const facts = await applicantFacts(trx, inst, adapter, { applicant_kind: 'org', person_id: null, applicant_org_id: org.id, input: form }, t);
  // At submission the grant is what the engine would give once accepted; the final review decides on the inspection.
  const input = adapter.policyInput(form, facts);
  const result = policy.evaluate(inst.program, t, input);
  const amountFen = yuanToFen(Number(result.output.amount ?? 0));
  const subject = adapter.subject(form, org.id, inst.year);
  await checkDuplicate(trx, actor, inst.program, subject.key);
  const docs = await findOwnUnattached(trx, actor.accountId, body.documentIds);
  if (docs.length !== new Set(body.documentIds).size)
    throw badRequest('document-not-found', {
      zh: '有材料不可用（须为本人上传且未提交过）',
      en: 'Some documents cannot be attached (upload them yourself first)',
    });
  checkDocuments(inst, form, docs);
  const evaluation = { at: t, policy: result.policy, eligible: result.eligible, output: result.output, reasons: result.reasons, trace: result.trace, input };
  const { id, no } = await fileApplication(trx, actor, inst, {
    channel: 'unit',
    applicant: { person_id: null, membership_id: null, applicant_kind: 'org', applicant_org_id: org.id, org_id: org.id, org_path: org.path },
    subject,
    form,
    evaluation,
    amountFen,
    t,
    submitComment: `单位申报（${org.name}）`,
    documentIds: docs.map((d) => d.id),
  });
  await adapter.afterOrgSubmit?.(trx, form, { applicationId: id, instanceId: inst.id, year: inst.year, orgId: org.id });
  await writeAudit(trx, ctx, {
    action: 'application.submit',
    entity: 'application',
    entityId: id,
    orgPath: org.path,
    summary: `${no} ${inst.program} ${subject.label} (${org.name})`,
    after: { no, applicant: { kind: 'org', orgId: org.id }, form, documents: docs.map((d) => d.sha256) },
  });
  return getApplicationTx(trx, actor, id, s.clock.today());
}

/**
 * Files a checked application at the first step its channel does not skip: the number (year, program
 * letters, id), the row, the submit step and one 'skip' step for each skipped before it, the documents.
 */
async function fileApplication(
  trx: Executor,
  actor: Actor,
  inst: Instance,
  p: {
    channel: 'personal' | 'unit';
    applicant: Pick<Insertable<DB['applications']>, 'person_id' | 'membership_id' | 'applicant_kind' | 'applicant_org_id' | 'org_id' | 'org_path'>;
    subject: { key: string; label: string };
    form: Record<string, any>;
    evaluation: Record<string, unknown>;
    amountFen: number;
    t: string;
    submitComment: string;
    documentIds: number[];
  },
) {
  const { channel, t } = p;
  const region = await regionOf(trx, p.applicant.org_path);
  const first = nextStep(inst, channel, 0);
  const firstStep = inst.review_chain[first]!;
  const stepOrg = await stepActorOrg(trx, firstStep, { org_id: p.applicant.org_id, region_org_id: region });
  const id = await repo.nextApplicationId(trx);
  const no = `${inst.year}${programLetters(inst.program)}${String(id).padStart(6, '0')}`;
  try {
    await repo.insertApplication(trx, {
      id,
      no,
      instance_id: inst.id,
      program: inst.program,
      ...p.applicant,
      region_id: regionOfPath(p.applicant.org_path),
      region_org_id: region,
      channel,
      submitted_by: actor.accountId,
      subject_key: p.subject.key,
      subject_label: p.subject.label,
      input: JSON.stringify(p.form),
      evaluation: JSON.stringify(p.evaluation),
      amount_fen: p.amountFen,
      status: 'in-review',
      step: first,
      step_level: firstStep.level,
      step_actor_role: firstStep.actor.role,
      step_actor_org_id: stepOrg,
      step_started_on: t,
      step_due_on: dueOn(firstStep, t),
      applied_on: t,
    });
  } catch (err) {
    if ((err as { code?: string }).code === '23505') throw duplicate({ no: '（同时提交）', status: 'in-review' });
    throw err;
  }
  await repo.insertStep(trx, {
    application_id: id,
    step: first,
    level: null,
    action: 'submit',
    actor_id: actor.accountId,
    actor_name: actorName(actor),
    actor_org_id: actor.orgId,
    comment: p.submitComment,
    evaluation: JSON.stringify(p.evaluation),
    due_on: null,
  });
  for (let i = 0; i < first; i++)
    await repo.insertStep(trx, {
      application_id: id,
      step: i,
      level: inst.review_chain[i]!.level,
      action: 'skip',
      actor_id: null,
      actor_name: 'system',
      actor_org_id: null,
      comment: `${channel} 渠道按项目规定跳过此环节`,
      evaluation: null,
      due_on: null,
    });
  await attach(trx, id, p.documentIds);
  return { id, no };
}

const programLetters = (program: string) =>
  ({ 'skill-promotion-award': 'JN', 'invention-award': 'FM', 'critical-illness-condolence': 'DB', 'member-vacation': 'XY' })[program] ?? 'XM';

// ---------------------------------------------------------------------------------------------
// Review

function notYourTurn(r: AppRow) {
  if (r.status !== 'in-review')
    return conflict(
      'not-in-review',
      {
        zh: `申请 ${r.no} 当前状态为“${statusNames[r.status].zh}”，不在审核中`,
        en: `Application ${r.no} is ${statusNames[r.status].en.toLowerCase()}, not in review`,
      },
      { status: r.status },
    );
  const lv = r.step_level ? levelNames[r.step_level as keyof typeof levelNames] : { zh: '', en: '' };
  return conflict(
    'not-your-turn',
    { zh: `尚未轮到您审核：当前环节为${lv.zh}，由“${r.step_org_name}”办理`, en: `It is not your turn: the current step is ${lv.en}, with ${r.step_org_name}` },
    { step: r.step, level: r.step_level },
  );
}

async function loadForAction(trx: Executor, actor: Actor, id: number) {
  const r = await loadRow(trx, actor, id, true);
  if (!isTurnOf(actor, r)) throw notYourTurn(r);
  const inst = await loadInstance(trx, r.instance_id);
  return { r, inst };
}

// Reviewers' comments and reasons are free text the applicant and every later reviewer read: a
// mobile or ID number typed there is masked before it is stored (platform/personal-data.ts).
export async function approveTx(s: Services, trx: Executor, ctx: RequestContext, id: number, rawComment?: string) {
  const actor = ctx.actor!;
  const comment = rawComment === undefined ? undefined : redactPersonalData(rawComment);
  const t = s.clock.today();
  const { r, inst } = await loadForAction(trx, actor, id);
  const next = nextStep(inst, r.channel, r.step + 1);
  const level = r.step_level;
  if (next === -1) {
    // Final review: the engine decides again on today's registry facts, and the trace is kept with the decision.
    const adapter = adapters[inst.program]!;
    const facts = await applicantFacts(trx, inst, adapter, r, r.applied_on, r.id);
    const { input, result, amountFen } = evaluateOrThrow(inst, adapter, r.input as Record<string, any>, facts);
    const evaluation = { at: t, policy: result.policy, eligible: true, output: result.output, reasons: result.reasons, trace: result.trace, input };
    await repo.updateApplication(trx, r.id, {
      status: 'approved',
      amount_fen: amountFen,
      evaluation: JSON.stringify(evaluation),
      decided_on: t,
      step_due_on: null,
      updated_at: new Date(),
    });
    await repo.insertStep(trx, {
      application_id: r.id,
      step: r.step,
      level,
      action: 'approve',
      actor_id: actor.accountId,
      actor_name: actorName(actor),
      actor_org_id: actor.orgId,
      comment: comment ?? null,
      evaluation: JSON.stringify(evaluation),
      due_on: r.step_due_on,
    });
    if (amountFen > 0)
      await bookPayable(trx, {
        applicationId: r.id,
        instanceId: inst.id,
        program: inst.program,
        orgPath: r.org_path,
        amountFen,
        bookedOn: t,
        createdBy: actor.accountId,
        // An organisation applicant is paid to its account (issue 11 §1).
        payee:
          r.applicant_kind === 'org'
            ? { kind: 'org-account', orgId: r.applicant_org_id! }
            : { kind: 'member-card', personId: r.person_id!, membershipId: r.membership_id! },
      });
    await notifyApplicant(s, trx, r, 'application-approved', { no: r.no, program: r.program_title, amount: (amountFen / 100).toFixed(2) });
    await writeAudit(trx, ctx, {
      action: 'application.approve',
      entity: 'application',
      entityId: r.id,
      orgPath: r.org_path,
      summary: `${r.no} final review, ¥${amountFen / 100} payable`,
      before: { status: r.status, step: r.step },
      after: { status: 'approved', amount: amountFen / 100 },
    });
  } else {
    const st = inst.review_chain[next]!;
    const org = await stepActorOrg(trx, st, r);
    const due = dueOn(st, t);
    await repo.updateApplication(trx, r.id, {
      step: next,
      step_level: st.level,
      step_actor_role: st.actor.role,
      step_actor_org_id: org,
      step_started_on: t,
      step_due_on: due,
      last_reminded_on: null,
      updated_at: new Date(),
    });
    await repo.insertStep(trx, {
      application_id: r.id,
      step: r.step,
      level,
      action: 'approve',
      actor_id: actor.accountId,
      actor_name: actorName(actor),
      actor_org_id: actor.orgId,
      comment: comment ?? null,
      evaluation: null,
      due_on: r.step_due_on,
    });
    await writeAudit(trx, ctx, {
      action: 'application.approve',
      entity: 'application',
      entityId: r.id,
      orgPath: r.org_path,
      summary: `${r.no} ${level} → ${st.level}`,
      before: { step: r.step, level },
      after: { step: next, level: st.level, dueOn: due },
    });
  }
}

export async function approve(s: Services, ctx: RequestContext, id: number, comment?: string) {
  return s.database.db.transaction().execute(async (trx) => {
    await approveTx(s, trx, ctx, id, comment);
    return getApplicationTx(trx, ctx.actor!, id, s.clock.today());
  });
}

/** Approve many from the reviewer's queue; each in its own transaction, so one refusal stops no other. */
export async function bulkApprove(s: Services, ctx: RequestContext, ids: number[], comment?: string) {
  const results: { id: number; ok: boolean; status?: string; error?: { code: string; message: string } }[] = [];
  for (const id of [...new Set(ids)]) {
    try {
      const status = await s.database.db.transaction().execute(async (trx) => {
        await approveTx(s, trx, ctx, id, comment);
        return repo.statusOf(trx, id);
      });
      results.push({ id, ok: true, status });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      results.push({ id, ok: false, error: { code: err.code, message: err.messages[ctx.lang] } });
    }
  }
  return { approved: results.filter((r) => r.ok).length, refused: results.filter((r) => !r.ok).length, results };
}

export async function returnForCorrection(s: Services, ctx: RequestContext, id: number, rawReason: string) {
  const actor = ctx.actor!;
  const reason = redactPersonalData(rawReason);
  return s.database.db.transaction().execute(async (trx) => {
    const { r } = await loadForAction(trx, actor, id);
    await repo.updateApplication(trx, r.id, { status: 'returned', step_due_on: null, updated_at: new Date() });
    await repo.insertStep(trx, {
      application_id: r.id,
      step: r.step,
      level: r.step_level,
      action: 'return',
      actor_id: actor.accountId,
      actor_name: actorName(actor),
      actor_org_id: actor.orgId,
      comment: reason,
      evaluation: null,
      due_on: r.step_due_on,
    });
    await notifyApplicant(s, trx, r, 'application-returned', { no: r.no, program: r.program_title, reason });
    await writeAudit(trx, ctx, {
      action: 'application.return',
      entity: 'application',
      entityId: r.id,
      orgPath: r.org_path,
      summary: `${r.no}: ${reason}`,
      before: { status: r.status },
      after: { status: 'returned', reason },
    });
    return getApplicationTx(trx, actor, id, s.clock.today());
  });
}

export async function reject(s: Services, ctx: RequestContext, id: number, rawReason: string) {
  const actor = ctx.actor!;
  const reason = redactPersonalData(rawReason);
  return s.database.db.transaction().execute(async (trx) => {
    const { r, inst } = await loadForAction(trx, actor, id);
    // The engine's view at the moment of rejection is kept with the decision (its reasons, if ineligible).
    const evaluation = await currentEvaluation(trx, inst, r, s.clock.today());
    await repo.updateApplication(trx, r.id, {
      status: 'rejected',
      reject_reason: reason,
      decided_on: s.clock.today(),
      step_due_on: null,
      updated_at: new Date(),
      ...(evaluation && !evaluation.eligible ? { evaluation: JSON.stringify(evaluation) } : {}),
    });
    await repo.insertStep(trx, {
      application_id: r.id,
      step: r.step,
      level: r.step_level,
      action: 'reject',
      actor_id: actor.accountId,
      actor_name: actorName(actor),
      actor_org_id: actor.orgId,
      comment: reason,
      evaluation: evaluation ? JSON.stringify(evaluation) : null,
      due_on: r.step_due_on,
    });
    await notifyApplicant(s, trx, r, 'application-rejected', { no: r.no, program: r.program_title, reason });
    await writeAudit(trx, ctx, {
      action: 'application.reject',
      entity: 'application',
      entityId: r.id,
      orgPath: r.org_path,
      summary: `${r.no}: ${reason}`,
      before: { status: r.status },
      after: { status: 'rejected', reason },
    });
    return getApplicationTx(trx, actor, id, s.clock.today());
  });
}

/** The applicant corrects a returned application; it goes back to the step that returned it. */
export async function resubmit(s: Services, ctx: RequestContext, id: number, body: TResubmit) {
  const actor = ctx.actor!;
  const t = s.clock.today();
  return s.database.db.transaction().execute(async (trx) => {
    const r = await loadRow(trx, actor, id, true);
    if (!isApplicantSide(actor, r))
      throw forbidden({
        zh: '只有申请人（个人申报）或所在单位工会（单位申报）可以补正',
        en: 'Only the applicant (personal) or their union (unit channel) may correct it',
      });
    if (r.status !== 'returned')
      throw conflict(
        'not-returned',
        { zh: `申请 ${r.no} 未被退回，无需补正`, en: `Application ${r.no} was not returned for correction` },
        { status: r.status },
      );
    const inst = await loadInstance(trx, r.instance_id);
    const adapter = adapters[inst.program]!;
    const form = parseForm(adapter, body.form);
    const channelProblem = adapter.channelProblem?.(form, r.channel);
    if (channelProblem) throw badRequest('channel-not-allowed', channelProblem);
    // The application keeps the day it was filed in the window: the correction is evaluated as of then.
    const facts = await applicantFacts(trx, inst, adapter, { ...r, input: form }, r.applied_on, r.id);
    const { input, result, amountFen } = evaluateOrThrow(inst, adapter, form, facts);
    const subject = adapter.subject(form, r.person_id ?? r.applicant_org_id!, inst.year);
    await checkDuplicate(trx, actor, inst.program, subject.key, r.id);
    const added = await findOwnUnattached(trx, actor.accountId, body.documentIds);
    if (added.length !== new Set(body.documentIds).size)
      throw badRequest('document-not-found', {
        zh: '有材料不可用（须为本人上传且未提交过）',
        en: 'Some documents cannot be attached (upload them yourself first)',
      });
    const current = await documentsOf(trx, r.id);
    const unknownRemove = body.removeDocumentIds.filter((d) => !current.some((c) => c.id === d));
    if (unknownRemove.length)
      throw badRequest('document-not-found', {
        zh: `申请中没有材料 ${unknownRemove.join('、')}`,
        en: `The application has no document ${unknownRemove.join(', ')}`,
      });
    checkDocuments(inst, form, [...current.filter((c) => !body.removeDocumentIds.includes(c.id)), ...added]);

    const st = inst.review_chain[r.step]!;
    const evaluation = {
      at: t,
      policy: result.policy,
      eligible: true,
      output: result.output,
      reasons: result.reasons,
      trace: result.trace,
      input,
      previousForm: r.input,
    };
    await repo.updateApplication(trx, r.id, {
      input: JSON.stringify(form),
      subject_key: subject.key,
      subject_label: subject.label,
      evaluation: JSON.stringify(evaluation),
      amount_fen: amountFen,
      status: 'in-review',
      step_started_on: t,
      step_due_on: dueOn(st, t),
      last_reminded_on: null,
      updated_at: new Date(),
    });
    await attach(
      trx,
      r.id,
      added.map((d) => d.id),
    );
    await detach(trx, r.id, body.removeDocumentIds);
    await repo.insertStep(trx, {
      application_id: r.id,
      step: r.step,
      level: null,
      action: 'resubmit',
      actor_id: actor.accountId,
      actor_name: actorName(actor),
      actor_org_id: actor.orgId,
      comment: body.comment === undefined ? null : redactPersonalData(body.comment),
      evaluation: JSON.stringify(evaluation),
      due_on: null,
    });
    await writeAudit(trx, ctx, {
      action: 'application.resubmit',
      entity: 'application',
      entityId: r.id,
      orgPath: r.org_path,
      summary: r.no,
      before: { form: r.input, amount: r.amount_fen / 100 },
      after: { form, amount: amountFen / 100, added: added.map((d) => d.sha256), removed: body.removeDocumentIds },
    });
    return getApplicationTx(trx, actor, id, s.clock.today());
  });
}

export async function withdraw(s: Services, ctx: RequestContext, id: number) {
  const actor = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const r = await loadRow(trx, actor, id, true);
    if (!isApplicantSide(actor, r)) throw forbidden({ zh: '只有申请人可以撤回', en: 'Only the applicant may withdraw' });
    if (r.status !== 'in-review' && r.status !== 'returned')
      throw conflict('cannot-withdraw', {
        zh: `申请 ${r.no} 已${statusNames[r.status].zh}，不能撤回`,
        en: `Application ${r.no} is ${statusNames[r.status].en.toLowerCase()}; it cannot be withdrawn`,
      });
    await repo.updateApplication(trx, r.id, { status: 'withdrawn', decided_on: s.clock.today(), step_due_on: null, updated_at: new Date() });
    await repo.insertStep(trx, {
      application_id: r.id,
      step: r.step,
      level: null,
      action: 'withdraw',
      actor_id: actor.accountId,
      actor_name: actorName(actor),
      actor_org_id: actor.orgId,
      comment: null,
      evaluation: null,
      due_on: null,
    });
    await writeAudit(trx, ctx, {
      action: 'application.withdraw',
      entity: 'application',
      entityId: r.id,
      orgPath: r.org_path,
      summary: r.no,
      before: { status: r.status },
      after: { status: 'withdrawn' },
    });
    return getApplicationTx(trx, actor, id, s.clock.today());
  });
}

/** Why an approved application cannot be cancelled today, or null (issue 10 §3: a booking, before it starts). */
function cancelProblem(
  r: { program: string; input: unknown; status: string; no: string },
  today: string,
): { code: string; message: { zh: string; en: string } } | null {
  const until = adapters[r.program]?.cancelUntil?.(r.input as Record<string, any>);
  if (!until) return { code: 'not-cancellable', message: { zh: '该项目批准后不能取消', en: 'This program is not cancelled once approved' } };
  if (today >= until)
    return { code: 'cancel-too-late', message: { zh: `${until} 已开始，不能取消`, en: `It started on ${until}; it can no longer be cancelled` } };
  return null;
}

/**
 * The applicant cancels an approved booking before it starts (issue 10 §3: 'cancellation gives the
 * subsidy back'): the payable is reversed in the ledger (refused if it is in a batch or paid), the
 * application is withdrawn with the reason, and the yearly cap counts it no more.
 */
export async function cancelApproved(s: Services, ctx: RequestContext, id: number, rawReason: string) {
  const actor = ctx.actor!;
  const reason = redactPersonalData(rawReason.trim());
  const t = s.clock.today();
  return s.database.db.transaction().execute(async (trx) => {
    const r = await loadRow(trx, actor, id, true);
    if (!isApplicantSide(actor, r)) throw forbidden({ zh: '只有申请人可以取消', en: 'Only the applicant may cancel' });
    if (r.status !== 'approved')
      throw conflict('cannot-cancel', {
        zh: `申请 ${r.no} 为“${statusNames[r.status].zh}”，只有已批准的预订可以取消`,
        en: `Application ${r.no} is ${statusNames[r.status].en.toLowerCase()}; only an approved booking is cancelled`,
      });
    const problem = cancelProblem(r, t);
    if (problem) throw conflict(problem.code, problem.message);
    const reversed = await reverseUnpaid(trx, { kind: 'application', id: r.id }, { reason: `取消预订：${reason}`, bookedOn: t, createdBy: actor.accountId });
    await repo.updateApplication(trx, r.id, { status: 'withdrawn', decided_on: t, updated_at: new Date() });
    await repo.insertStep(trx, {
      application_id: r.id,
      step: r.step,
      level: null,
      action: 'withdraw',
      actor_id: actor.accountId,
      actor_name: actorName(actor),
      actor_org_id: actor.orgId,
      comment: `取消预订：${reason}`,
      evaluation: null,
      due_on: null,
    });
    await writeAudit(trx, ctx, {
      action: 'application.cancel',
      entity: 'application',
      entityId: r.id,
      orgPath: r.org_path,
      summary: `${r.no} cancelled: ${reason}`,
      before: { status: 'approved', amount: r.amount_fen / 100 },
      after: { status: 'withdrawn', reversed: reversed ? -reversed.amountFen / 100 : 0 },
    });
    return getApplicationTx(trx, actor, id, t);
  });
}

async function notifyApplicant(
  s: Services,
  db: Executor,
  r: { person_id: number | null; submitted_by: number; channel: string },
  template: string,
  payload: Record<string, unknown>,
) {
  // An organisation applicant is followed by the officer who filed it.
  if (r.person_id === null) return void (await notify(s, { channel: 'portal', accountId: r.submitted_by, template, payload }, db));
  const account = await memberAccountId(db, r.person_id);
  await notify(s, { channel: 'portal', personId: r.person_id, ...(account ? { accountId: account } : {}), template, payload }, db);
  // A unit application is followed by the officer who filed it.
  if (r.channel === 'unit' && r.submitted_by !== account) await notify(s, { channel: 'portal', accountId: r.submitted_by, template, payload }, db);
}

// ---------------------------------------------------------------------------------------------
// Reading

async function getApplicationTx(db: Executor, actor: Actor, id: number, today: string) {
  const r = await loadRow(db, actor, id);
  const steps = await repo.stepsOf(db, id);
  const docs = await documentsOf(db, id);
  const ev = r.evaluation as Record<string, unknown>;
  const showTrace = actor.role !== 'member';
  return {
    ...presentRow(actor, r, today),
    evaluation: {
      at: ev.at,
      policy: ev.policy,
      eligible: ev.eligible,
      output: ev.output,
      reasons: ev.reasons,
      ...(showTrace ? { trace: ev.trace, input: ev.input } : {}),
    },
    documents: docs.map(presentDocument),
    history: steps.map((x) => ({
      step: x.step,
      level: x.level,
      action: x.action,
      actor: actor.role === 'member' && x.action !== 'submit' && x.action !== 'resubmit' ? (x.org_name ?? '') : x.actor_name,
      org: x.org_name,
      comment: x.comment,
      dueOn: x.due_on,
      at: x.at,
      ...(showTrace && x.evaluation ? { evaluation: x.evaluation } : {}),
    })),
  };
}

export const getApplication = (s: Services, ctx: RequestContext, id: number) => getApplicationTx(s.database.db, ctx.actor!, id, s.clock.today());

export async function listApplications(s: Services, ctx: RequestContext, q: TList, mode: 'scope' | 'queue' | 'mine' = 'scope') {
  const actor = ctx.actor!;
  const t = s.clock.today();
  const { total, rows } = await repo.listApplicationRows(s.database.db, actor, q, mode, t);
  return { total, page: q.page, pageSize: q.pageSize, items: rows.map((r) => presentRow(actor, r, s.clock.today())) };
}

// ---------------------------------------------------------------------------------------------
// Reminders: a daily job writes a portal notice to each account whose step is overdue, once a day.

export async function sendOverdueReminders(s: Services, on = s.clock.today()) {
  const db = s.database.db;
  const due = await repo.overdueToRemind(db, on);
  let notices = 0;
  for (const a of due) {
    await db.transaction().execute(async (trx) => {
      notices += await notifyOfficers(s, trx, { orgIds: [a.step_actor_org_id!], role: a.step_actor_role! }, 'review-overdue', {
        no: a.no,
        dueOn: a.step_due_on,
        level: a.step_level,
      });
      await repo.updateApplication(trx, a.id, { last_reminded_on: on });
    });
  }
  return { overdue: due.length, notices, on };
}
