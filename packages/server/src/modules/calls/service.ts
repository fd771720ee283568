// Calls for proposals, proposals, screening and consultation (004: 征集 → 汇总梳理 → 征求意见 → 对外公布).
import { assertManage, can, mayManage, pathInScope, type Actor } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { AppError, conflict, forbidden, invalidField, notFound } from '../../platform/errors.ts';
import type { Executor, RequestContext } from '../../platform/context.ts';
import { maskPersonalData, maskPhone, redactPersonalData, type PersonalDataVault } from '../../platform/personal-data.ts';
import type { Services } from '../../platform/services.ts';
import { notify, notifyOfficers } from '../notifications/service.ts';
import type { NoticeTemplate } from '../../platform/module.ts';
import { checkDateOrder } from '../../platform/schemas.ts';
import { homePath } from '../members/api.ts';
import { findOrg } from '../orgs/api.ts';
import { categoryNames, type Category } from '../projects/api.ts';
import * as repo from './repository.ts';
import type { CallRow, ProposalRow } from './repository.ts';
import type { TCallCreate, TCallUpdate, TCandidateCreate, TProposalCreate } from './schema.ts';
import { stageNames, stageOn, stageTimeline, type Stage } from './stages.ts';

export const callNotices = {
  'call-stage': { zh: '{org}“{call}”进入{stage}阶段（{from}起）。', en: '"{call}" of {org} is now in its {stageEn} stage (from {from}).' },
  'proposal-returned': { zh: '您提交的实事项目建议“{title}”已退回：{reason}', en: 'Your proposal "{title}" was returned: {reason}' },
} satisfies Record<string, NoticeTemplate>;

const unionKinds = new Set(['municipal', 'district', 'industry', 'street', 'park', 'grassroots']);

// ---------------------------------------------------------------------------------------------
// Calls

function callDates(c: {
  collection_starts_on: string;
  collection_ends_on: string;
  screening_ends_on: string;
  consultation_starts_on: string;
  consultation_ends_on: string;
  publication_on: string | null;
}) {
  return c;
}

export function presentCall(c: CallRow, actor: Actor, home: string | null, today: string) {
  const stage = stageOn(c, today);
  const manage = mayManage(actor, 'calls.manage', { path: c.org_path });
  const inside = home !== null && home.startsWith(c.org_path);
  return {
    id: c.id,
    orgId: c.org_id,
    orgName: c.org_name,
    year: c.year,
    title: c.title,
    principles: c.principles,
    collectionStartsOn: c.collection_starts_on,
    collectionEndsOn: c.collection_ends_on,
    screeningEndsOn: c.screening_ends_on,
    consultationStartsOn: c.consultation_starts_on,
    consultationEndsOn: c.consultation_ends_on,
    publicationOn: c.publication_on,
    publicationEvent: c.publication_event,
    maxSupports: c.max_supports,
    hideTallies: c.hide_tallies,
    stages: stageTimeline(callDates(c)),
    stage,
    stageName: stageNames[stage],
    abilities: {
      update: manage,
      screen: manage && stage === 'screening',
      moderate: manage,
      submit: can(actor, 'proposals.submit') && inside && stage === 'collection',
      support: can(actor, 'consultation.take-part') && inside && stage === 'consultation',
    },
  };
}

const dateLabels = {
  collectionStartsOn: { zh: '征集推荐开始日期', en: 'collection start' },
  collectionEndsOn: { zh: '征集推荐截止日期', en: 'collection end' },
  screeningEndsOn: { zh: '汇总梳理截止日期', en: 'screening end' },
  consultationStartsOn: { zh: '征求意见开始日期', en: 'consultation start' },
  consultationEndsOn: { zh: '征求意见截止日期', en: 'consultation end' },
  publicationOn: { zh: '对外公布日期', en: 'publication date' },
};

/** The stages in order (004 五): each stage starts after the one before ends. */
function checkCallDates(d: {
  collectionStartsOn: string;
  collectionEndsOn: string;
  screeningEndsOn: string;
  consultationStartsOn: string;
  consultationEndsOn: string;
  publicationOn?: string | null | undefined;
}) {
  checkDateOrder([
    { field: 'collectionStartsOn', label: dateLabels.collectionStartsOn, value: d.collectionStartsOn },
    { field: 'collectionEndsOn', label: dateLabels.collectionEndsOn, value: d.collectionEndsOn },
    { field: 'screeningEndsOn', label: dateLabels.screeningEndsOn, value: d.screeningEndsOn, strict: true },
    { field: 'consultationStartsOn', label: dateLabels.consultationStartsOn, value: d.consultationStartsOn, strict: true },
    { field: 'consultationEndsOn', label: dateLabels.consultationEndsOn, value: d.consultationEndsOn },
    { field: 'publicationOn', label: dateLabels.publicationOn, value: d.publicationOn ?? null, strict: true },
  ]);
}

async function loadCall(db: Executor, actor: Actor, id: number) {
  const home = await homePath(db, actor);
  const c = await repo.findCall(db, actor, home, id);
  if (!c) throw notFound('call', id);
  return { call: c, home };
}

export async function listCalls(s: Services, ctx: RequestContext, q: { year?: number | undefined; orgId?: number | undefined }) {
  const actor = ctx.actor!;
  const db = s.database.db;
  const home = await homePath(db, actor);
  const rows = await repo.listCalls(db, actor, home, q);
  return { items: rows.map((c) => presentCall(c, actor, home, s.clock.today())) };
}

export async function getCall(s: Services, ctx: RequestContext, id: number) {
  const { call, home } = await loadCall(s.database.db, ctx.actor!, id);
  const counts = await repo.proposalCounts(s.database.db, id);
  const manage = mayManage(ctx.actor!, 'calls.manage', { path: call.org_path });
  return {
    ...presentCall(call, ctx.actor!, home, s.clock.today()),
    ...(manage ? { counts: { proposals: Number(counts.proposals), linked: Number(counts.linked) } } : {}),
  };
}

export async function createCall(s: Services, ctx: RequestContext, input: TCallCreate) {
  const actor = ctx.actor!;
  checkCallDates(input);
  return s.database.db.transaction().execute(async (trx) => {
    const org = await findOrg(trx, input.orgId);
    if (!org || !pathInScope(actor, org.path)) throw notFound('org', input.orgId);
    assertManage(actor, 'calls.manage', org);
    if (!unionKinds.has(org.kind))
      throw invalidField('body.orgId', 'not-a-union', {
        zh: '只有工会（市总、区局、街镇、园区、基层）可以发起征集',
        en: 'only a union can open a call for proposals',
      });
    const row = await repo.insertCall(trx, org.id, input, actor.accountId);
    const call = (await repo.findCall(trx, actor, null, row.id))!;
    const dto = presentCall(call, actor, null, s.clock.today());
    await writeAudit(trx, ctx, { action: 'call.create', entity: 'call', entityId: row.id, orgPath: org.path, summary: input.title, after: dto });
    return dto;
  });
}

export async function updateCall(s: Services, ctx: RequestContext, id: number, input: TCallUpdate) {
  const actor = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const { call, home } = await loadCall(trx, actor, id);
    assertManage(actor, 'calls.manage', { path: call.org_path });
    const merged = {
      collectionStartsOn: input.collectionStartsOn ?? call.collection_starts_on,
      collectionEndsOn: input.collectionEndsOn ?? call.collection_ends_on,
      screeningEndsOn: input.screeningEndsOn ?? call.screening_ends_on,
      consultationStartsOn: input.consultationStartsOn ?? call.consultation_starts_on,
      consultationEndsOn: input.consultationEndsOn ?? call.consultation_ends_on,
      publicationOn: input.publicationOn ?? call.publication_on,
    };
    checkCallDates(merged);
    const before = presentCall(call, actor, home, s.clock.today());
    await repo.updateCall(trx, id, input, merged);
    const after = presentCall((await repo.findCall(trx, actor, home, id))!, actor, home, s.clock.today());
    await writeAudit(trx, ctx, { action: 'call.update', entity: 'call', entityId: id, orgPath: call.org_path, summary: call.title, before, after });
    return after;
  });
}

function stageError(call: CallRow, need: Stage, now: Stage) {
  const t = stageTimeline(call).find((x) => x.key === need)!;
  return conflict(
    'wrong-stage',
    {
      zh: `“${call.title}”当前处于${stageNames[now].zh}阶段；此操作只能在${stageNames[need].zh}阶段（${t.startsOn}${t.endsOn ? ` 至 ${t.endsOn}` : ' 起'}）进行`,
      en: `"${call.title}" is in its ${stageNames[now].en} stage; this can only be done during ${stageNames[need].en} (${t.startsOn}${t.endsOn ? ` to ${t.endsOn}` : ' onwards'})`,
    },
    { stage: now, requiredStage: need },
  );
}

function requireStage(call: CallRow, need: Stage, today: string) {
  const now = stageOn(call, today);
  if (now !== need) throw stageError(call, need, now);
}

// ---------------------------------------------------------------------------------------------
// Proposals
//
// Personal data (PIPL Art. 28, 51). The contact phone is a field meant for one: it is stored
// sealed like the registry's phones, shown masked to the call's owner and the submitter, and in
// full only on an audited reveal by an officer with members.reveal whose scope holds the call's
// owner. Mobiles and ID numbers typed into the free text (the proposal's fields, reasons,
// rationales, comments) are masked before storage, as surveys do: the text is read by screeners,
// merged into candidates and shown in consultation, and a number there has no use a contact
// phone does not serve, so no copy of it (list, export, audit, backup) can leak.

/** A sealed contact phone in full; a value stored before sealing began is returned as it is. */
function openContactPhone(vault: PersonalDataVault, stored: string) {
  return stored.startsWith('v1.') ? vault.open(stored) : stored;
}

export function presentProposal(p: ProposalRow, actor: Actor, call: CallRow, vault: PersonalDataVault, today: string) {
  const manage = mayManage(actor, 'calls.manage', { path: call.org_path });
  const stage = stageOn(call, today);
  return {
    id: p.id,
    callId: p.call_id,
    form: p.form,
    formName:
      p.form === 'union'
        ? { zh: '征集表（一）', en: 'Form 1 (unions)' }
        : p.form === 'department'
          ? { zh: '征集表（二）', en: 'Form 2 (departments)' }
          : { zh: '职工个人建议', en: 'Member suggestion' },
    submitter: { accountId: p.submitter_account_id, name: p.submitter_name, orgId: p.submitter_org_id, orgName: p.submitter_org_name },
    title: p.title,
    introduction: p.introduction,
    content: p.content,
    targetGroup: p.target_group,
    approach: p.approach,
    funding: p.funding,
    resources: p.resources,
    design: p.design,
    expectedOutcome: p.expected_outcome,
    assessmentOfLastYear: p.assessment_of_last_year,
    filledBy: p.filled_by,
    contactPhone: p.contact_phone && (manage || p.submitter_account_id === actor.accountId) ? maskPhone(openContactPhone(vault, p.contact_phone)) : null,
    category: p.category,
    categoryName: p.category ? (categoryNames[p.category as Category] ?? null) : null,
    status: p.status,
    candidateId: p.candidate_id,
    returnReason: p.return_reason,
    createdAt: p.created_at,
    abilities: {
      classify: manage && stage === 'screening' && (p.status === 'submitted' || p.status === 'classified'),
      return: manage && stage === 'screening' && (p.status === 'submitted' || p.status === 'classified'),
      merge: manage && stage === 'screening' && (p.status === 'submitted' || p.status === 'classified'),
      revealContact: !!p.contact_phone && mayRevealContact(actor, call),
    },
  };
}

const mayRevealContact = (actor: Actor, call: CallRow) => can(actor, 'members.reveal') && pathInScope(actor, call.org_path);

export async function submitProposal(s: Services, ctx: RequestContext, callId: number, raw: TProposalCreate) {
  const actor = ctx.actor!;
  const { contactPhone, ...text } = raw;
  const input = maskPersonalData(text);
  return s.database.db.transaction().execute(async (trx) => {
    const { call, home } = await loadCall(trx, actor, callId);
    if (!home || !home.startsWith(call.org_path))
      throw forbidden({
        zh: '只有本级及所属工会、部室和会员可以向该征集提交建议',
        en: 'Only the union itself, the unions and departments under it and their members can send proposals to this call',
      });
    requireStage(call, 'collection', s.clock.today());
    const form = actor.role === 'member' ? 'member' : actor.role === 'department-officer' || actor.orgId === call.org_id ? 'department' : 'union';
    if (form !== 'member' && !input.expectedOutcome)
      throw invalidField('body.expectedOutcome', 'required', { zh: '征集表需填写预期目标或成效', en: 'the form needs the expected outcome' });
    const orgId = actor.orgId ?? Number(home.split('.').filter(Boolean).at(-1));
    const row = await repo.insertProposal(
      trx,
      { callId, form, accountId: actor.accountId, orgId, personId: actor.personId, sealedPhone: contactPhone ? s.vault.seal(contactPhone) : null },
      input,
    );
    const p = (await repo.proposalsQuery(trx, actor).where('proposals.id', '=', row.id).executeTakeFirst())!;
    const dto = presentProposal(p, actor, call, s.vault, s.clock.today());
    await writeAudit(trx, ctx, { action: 'proposal.submit', entity: 'proposal', entityId: row.id, orgPath: call.org_path, summary: input.title, after: dto });
    return dto;
  });
}

export async function listProposals(s: Services, ctx: RequestContext, callId: number, q: { status?: string | undefined }) {
  const actor = ctx.actor!;
  const db = s.database.db;
  const { call } = await loadCall(db, actor, callId);
  let query = repo.proposalsQuery(db, actor).where('proposals.call_id', '=', callId);
  if (q.status) query = query.where('proposals.status', '=', q.status as any);
  const rows = await query.orderBy('proposals.id').execute();
  return { items: rows.map((p) => presentProposal(p, actor, call, s.vault, s.clock.today())) };
}

async function loadProposal(db: Executor, actor: Actor, id: number) {
  const p = await repo.proposalsQuery(db, actor).where('proposals.id', '=', id).executeTakeFirst();
  if (!p) throw notFound('proposal', id);
  const { call } = await loadCall(db, actor, p.call_id);
  return { p, call };
}

export async function getProposal(s: Services, ctx: RequestContext, id: number) {
  const { p, call } = await loadProposal(s.database.db, ctx.actor!, id);
  return presentProposal(p, ctx.actor!, call, s.vault, s.clock.today());
}

/** The full contact phone, for an officer with members.reveal whose scope holds the call's owner; audited. */
export async function revealContactPhone(s: Services, ctx: RequestContext, id: number) {
  const actor = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const { p, call } = await loadProposal(trx, actor, id);
    if (!mayRevealContact(actor, call))
      throw forbidden({
        zh: '只有征集发起工会范围内有权查看完整信息的干部可以查看',
        en: 'Only officers of the call’s union who may see full personal data can reveal it',
      });
    if (!p.contact_phone) return { contactPhone: null };
    await writeAudit(trx, ctx, {
      action: 'proposal.reveal-contact',
      entity: 'proposal',
      entityId: id,
      orgPath: call.org_path,
      summary: 'full contact phone shown',
    });
    return { contactPhone: openContactPhone(s.vault, p.contact_phone) };
  });
}

async function screeningProposal(trx: Executor, actor: Actor, id: number, today: string) {
  const { p, call } = await loadProposal(trx, actor, id);
  assertManage(actor, 'calls.manage', { path: call.org_path });
  requireStage(call, 'screening', today);
  if (p.status !== 'submitted' && p.status !== 'classified')
    throw conflict('proposal-settled', { zh: `该建议已${p.status === 'merged' ? '并入候选项目' : '退回'}`, en: `The proposal is already ${p.status}` });
  return { p, call };
}

export async function classifyProposal(s: Services, ctx: RequestContext, id: number, category: Category) {
  const actor = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const { p, call } = await screeningProposal(trx, actor, id, s.clock.today());
    await repo.classifyProposal(trx, id, category);
    await writeAudit(trx, ctx, {
      action: 'proposal.classify',
      entity: 'proposal',
      entityId: id,
      orgPath: call.org_path,
      summary: p.title,
      before: { category: p.category },
      after: { category },
    });
    return presentProposal((await repo.proposalsQuery(trx, actor).where('proposals.id', '=', id).executeTakeFirst())!, actor, call, s.vault, s.clock.today());
  });
}

export async function returnProposal(s: Services, ctx: RequestContext, id: number, rawReason: string) {
  const actor = ctx.actor!;
  const reason = redactPersonalData(rawReason);
  return s.database.db.transaction().execute(async (trx) => {
    const { p, call } = await screeningProposal(trx, actor, id, s.clock.today());
    await repo.returnProposal(trx, id, reason);
    await notify(
      s,
      { channel: 'portal', accountId: p.submitter_account_id, template: 'proposal-returned', payload: { proposalId: id, title: p.title, reason } },
      trx,
    );
    await writeAudit(trx, ctx, {
      action: 'proposal.return',
      entity: 'proposal',
      entityId: id,
      orgPath: call.org_path,
      summary: p.title,
      before: { status: p.status },
      after: { status: 'returned', reason },
    });
    return presentProposal((await repo.proposalsQuery(trx, actor).where('proposals.id', '=', id).executeTakeFirst())!, actor, call, s.vault, s.clock.today());
  });
}

// ---------------------------------------------------------------------------------------------
// Candidates (screening) and consultation

const candidateRow = repo.candidateRow;
type CandidateRow = repo.CandidateRow;

/** Support tallies stay hidden until consultation closes when the call says so (seen by nobody, the owner included). */
function talliesVisible(call: CallRow, today: string) {
  return !call.hide_tallies || today > call.consultation_ends_on;
}

async function presentCandidates(db: Executor, actor: Actor, call: CallRow, rows: CandidateRow[], today: string) {
  const ids = rows.map((r) => r.id);
  const manage = mayManage(actor, 'calls.manage', { path: call.org_path });
  const stage = stageOn(call, today);
  const [tallies, mine, sources] = ids.length
    ? await Promise.all([repo.supportTallies(db, ids), repo.supportedBy(db, ids, actor.accountId), repo.sourceProposals(db, ids)])
    : [[], [], []];
  const show = talliesVisible(call, today);
  return rows.map((c) => ({
    id: c.id,
    callId: c.call_id,
    title: c.title,
    summary: c.summary,
    category: c.category,
    categoryName: categoryNames[c.category as Category] ?? null,
    status: c.status,
    rationale: c.rationale,
    supportCount: show ? Number(tallies.find((t) => t.candidate_id === c.id)?.n ?? 0) : null,
    talliesHidden: !show,
    supportedByMe: mine.some((m) => m.candidate_id === c.id),
    // Every source proposal stays linked to the candidate it became part of (Decidim's proposal → result link).
    sourceProposals: sources
      .filter((p) => p.candidate_id === c.id)
      .map((p) => ({ id: p.id, title: p.title, form: p.form, orgName: manage ? p.org_name : undefined })),
    abilities: {
      shortlist: manage && stage === 'screening' && c.status !== 'shortlisted',
      drop: manage && stage === 'screening' && c.status !== 'dropped',
      support: can(actor, 'consultation.take-part') && stage === 'consultation' && c.status === 'shortlisted',
    },
  }));
}

export async function listCandidates(s: Services, ctx: RequestContext, callId: number) {
  const actor = ctx.actor!;
  const db = s.database.db;
  const { call } = await loadCall(db, actor, callId);
  const manage = mayManage(actor, 'calls.manage', { path: call.org_path });
  const stage = stageOn(call, s.clock.today());
  // Before consultation the shortlist is work in progress: only the owner sees it.
  if (!manage && stage !== 'consultation' && stage !== 'publication') return { items: [], supportsUsed: 0, maxSupports: call.max_supports };
  const rows = await repo.candidatesOf(db, callId, { shortlistedOnly: !manage });
  const used = await supportsUsed(db, actor.accountId, callId);
  return {
    items: await presentCandidates(db, actor, call, rows, s.clock.today()),
    supportsUsed: used,
    maxSupports: call.max_supports,
    talliesHidden: !talliesVisible(call, s.clock.today()),
  };
}

async function supportsUsed(db: Executor, accountId: number, callId: number) {
  return repo.supportsUsed(db, accountId, callId);
}

async function loadCandidate(db: Executor, actor: Actor, id: number, today: string) {
  const c = await candidateRow(db, id);
  if (!c) throw notFound('candidate', id);
  const { call, home } = await loadCall(db, actor, c.call_id).catch(() => {
    throw notFound('candidate', id);
  });
  const manage = mayManage(actor, 'calls.manage', { path: call.org_path });
  const stage = stageOn(call, today);
  if (!manage && (c.status !== 'shortlisted' || (stage !== 'consultation' && stage !== 'publication'))) throw notFound('candidate', id);
  return { c, call, home, manage };
}

async function linkable(trx: Executor, callId: number, ids: number[]) {
  const rows = await repo.proposalStates(trx, ids);
  ids.forEach((id, i) => {
    const p = rows.find((r) => r.id === id);
    if (!p || p.call_id !== callId)
      throw invalidField(`body.proposalIds.${i}`, 'not-in-call', { zh: `建议 ${id} 不属于该征集`, en: `proposal ${id} does not belong to this call` });
    if (p.status !== 'submitted' && p.status !== 'classified')
      throw invalidField(`body.proposalIds.${i}`, 'proposal-settled', {
        zh: `建议 ${id}（${p.title}）已${p.status === 'merged' ? '并入候选项目' : '退回'}`,
        en: `proposal ${id} (${p.title}) is already ${p.status}`,
      });
  });
  if (new Set(ids).size !== ids.length) throw invalidField('body.proposalIds', 'duplicate', { zh: '建议编号重复', en: 'a proposal is listed twice' });
  return rows;
}

export async function createCandidate(s: Services, ctx: RequestContext, callId: number, raw: TCandidateCreate) {
  const actor = ctx.actor!;
  const input = { ...raw, title: redactPersonalData(raw.title), summary: redactPersonalData(raw.summary) };
  return s.database.db.transaction().execute(async (trx) => {
    const { call } = await loadCall(trx, actor, callId);
    assertManage(actor, 'calls.manage', { path: call.org_path });
    requireStage(call, 'screening', s.clock.today());
    await linkable(trx, callId, input.proposalIds);
    const row = await repo.insertCandidate(trx, { callId, title: input.title, summary: input.summary, category: input.category, createdBy: actor.accountId });
    await repo.mergeProposals(trx, input.proposalIds, row.id, input.category);
    const [dto] = await presentCandidates(trx, actor, call, [(await candidateRow(trx, row.id))!], s.clock.today());
    await writeAudit(trx, ctx, { action: 'candidate.create', entity: 'candidate', entityId: row.id, orgPath: call.org_path, summary: input.title, after: dto });
    return dto!;
  });
}

export async function linkProposals(s: Services, ctx: RequestContext, candidateId: number, proposalIds: number[]) {
  const actor = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const { c, call } = await loadCandidate(trx, actor, candidateId, s.clock.today());
    assertManage(actor, 'calls.manage', { path: call.org_path });
    requireStage(call, 'screening', s.clock.today());
    await linkable(trx, call.id, proposalIds);
    await repo.mergeProposals(trx, proposalIds, c.id, c.category);
    const [dto] = await presentCandidates(trx, actor, call, [c], s.clock.today());
    await writeAudit(trx, ctx, {
      action: 'candidate.merge',
      entity: 'candidate',
      entityId: c.id,
      orgPath: call.org_path,
      summary: c.title,
      after: { proposalIds },
    });
    return dto!;
  });
}

export async function decideCandidate(s: Services, ctx: RequestContext, candidateId: number, status: 'shortlisted' | 'dropped', rawRationale: string) {
  const actor = ctx.actor!;
  const rationale = redactPersonalData(rawRationale);
  return s.database.db.transaction().execute(async (trx) => {
    const { c, call } = await loadCandidate(trx, actor, candidateId, s.clock.today());
    assertManage(actor, 'calls.manage', { path: call.org_path });
    requireStage(call, 'screening', s.clock.today());
    await repo.decideCandidate(trx, c.id, status, rationale);
    const [dto] = await presentCandidates(trx, actor, call, [(await candidateRow(trx, c.id))!], s.clock.today());
    await writeAudit(trx, ctx, {
      action: status === 'shortlisted' ? 'candidate.shortlist' : 'candidate.drop',
      entity: 'candidate',
      entityId: c.id,
      orgPath: call.org_path,
      summary: c.title,
      before: { status: c.status },
      after: { status, rationale },
    });
    return dto!;
  });
}

export async function support(s: Services, ctx: RequestContext, candidateId: number) {
  const actor = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const { c, call, home } = await loadCandidate(trx, actor, candidateId, s.clock.today());
    if (!home || !home.startsWith(call.org_path))
      throw forbidden({
        zh: '只有该工会及所属工会、会员可以参与征求意见',
        en: 'Only the union, the unions below it and their members take part in this consultation',
      });
    requireStage(call, 'consultation', s.clock.today());
    if (c.status !== 'shortlisted') throw notFound('candidate', candidateId);
    const existing = await repo.supportOf(trx, c.id, actor.accountId);
    if (existing) throw conflict('already-supported', { zh: '您已支持过该候选项目', en: 'You already support this candidate' });
    const used = await supportsUsed(trx, actor.accountId, call.id);
    if (used >= call.max_supports)
      throw conflict(
        'support-limit',
        {
          zh: `每人最多支持 ${call.max_supports} 个候选项目，您已支持 ${used} 个`,
          en: `Each account may support at most ${call.max_supports} candidates; you support ${used}`,
        },
        { maxSupports: call.max_supports, used },
      );
    try {
      await repo.insertSupport(trx, c.id, actor.accountId, actor.orgId);
    } catch (err) {
      if ((err as { code?: string }).code === '23505')
        throw conflict('already-supported', { zh: '您已支持过该候选项目', en: 'You already support this candidate' });
      throw err;
    }
    await writeAudit(trx, ctx, { action: 'candidate.support', entity: 'candidate', entityId: c.id, orgPath: call.org_path, summary: c.title });
    return { candidateId: c.id, supportedByMe: true, supportsUsed: used + 1, maxSupports: call.max_supports };
  });
}

export async function withdrawSupport(s: Services, ctx: RequestContext, candidateId: number) {
  const actor = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const { c, call } = await loadCandidate(trx, actor, candidateId, s.clock.today());
    requireStage(call, 'consultation', s.clock.today());
    if (!(await repo.deleteSupport(trx, c.id, actor.accountId))) throw notFound('support', candidateId);
    await writeAudit(trx, ctx, { action: 'candidate.unsupport', entity: 'candidate', entityId: c.id, orgPath: call.org_path, summary: c.title });
    return { candidateId: c.id, supportedByMe: false, supportsUsed: await supportsUsed(trx, actor.accountId, call.id), maxSupports: call.max_supports };
  });
}

function presentComment(
  m: {
    id: number;
    candidate_id: number;
    body: string;
    hidden_at: Date | null;
    hidden_reason: string | null;
    created_at: Date;
    display_name: string;
    account_id: number;
  },
  moderator: boolean,
  actor: Actor,
) {
  const hidden = m.hidden_at !== null;
  return {
    id: m.id,
    candidateId: m.candidate_id,
    author: m.display_name,
    body: hidden && !moderator ? null : m.body,
    hidden,
    hiddenReason: m.hidden_reason,
    createdAt: m.created_at,
    mine: m.account_id === actor.accountId,
    abilities: { hide: moderator && !hidden },
  };
}

const commentQuery = repo.commentQuery;

export async function listComments(s: Services, ctx: RequestContext, candidateId: number) {
  const actor = ctx.actor!;
  const db = s.database.db;
  const { c, manage } = await loadCandidate(db, actor, candidateId, s.clock.today());
  const rows = await commentQuery(db).where('comments.candidate_id', '=', c.id).orderBy('comments.id').execute();
  return { items: rows.map((m) => presentComment(m, manage, actor)) };
}

export async function addComment(s: Services, ctx: RequestContext, candidateId: number, rawBody: string) {
  const actor = ctx.actor!;
  const body = redactPersonalData(rawBody);
  return s.database.db.transaction().execute(async (trx) => {
    const { c, call, home, manage } = await loadCandidate(trx, actor, candidateId, s.clock.today());
    if (!home || !home.startsWith(call.org_path))
      throw forbidden({
        zh: '只有该工会及所属工会、会员可以参与征求意见',
        en: 'Only the union, the unions below it and their members take part in this consultation',
      });
    requireStage(call, 'consultation', s.clock.today());
    const row = await repo.insertComment(trx, c.id, actor.accountId, body);
    const m = (await commentQuery(trx).where('comments.id', '=', row.id).executeTakeFirst())!;
    const dto = presentComment(m, manage, actor);
    await writeAudit(trx, ctx, { action: 'comment.create', entity: 'comment', entityId: row.id, orgPath: call.org_path, summary: c.title, after: { body } });
    return dto;
  });
}

export async function hideComment(s: Services, ctx: RequestContext, commentId: number, rawReason: string) {
  const actor = ctx.actor!;
  const reason = redactPersonalData(rawReason);
  return s.database.db.transaction().execute(async (trx) => {
    const m = await commentQuery(trx).where('comments.id', '=', commentId).executeTakeFirst();
    if (!m) throw notFound('comment', commentId);
    const { call, manage } = await loadCandidate(trx, actor, m.candidate_id, s.clock.today()).catch(() => {
      throw notFound('comment', commentId);
    });
    if (!manage) throw forbidden();
    if (m.hidden_at) throw conflict('already-hidden', { zh: '该评论已被隐藏', en: 'The comment is already hidden' });
    await repo.hideComment(trx, commentId, actor.accountId, reason);
    await writeAudit(trx, ctx, {
      action: 'comment.hide',
      entity: 'comment',
      entityId: commentId,
      orgPath: call.org_path,
      summary: reason,
      before: { body: m.body },
    });
    return presentComment((await commentQuery(trx).where('comments.id', '=', commentId).executeTakeFirst())!, true, actor);
  });
}

// ---------------------------------------------------------------------------------------------
// The stage job: a call that has moved into a new stage tells its own officers and the unions right below.

export async function notifyStageChanges(s: Services) {
  const db = s.database.db;
  const date = s.clock.today();
  const calls = await repo.allCalls(db);
  let sent = 0;
  for (const c of calls) {
    const stage = stageOn(c, date);
    if (stage === c.notified_stage || stage === 'upcoming') continue;
    await db.transaction().execute(async (trx) => {
      // The union that runs the call and the unions right below it.
      const unions = await repo.unionAndChildren(trx, c.org_id);
      const from = stageTimeline(c).find((t) => t.key === stage)!.startsOn;
      sent += await notifyOfficers(s, trx, { orgIds: unions }, 'call-stage', {
        callId: c.id,
        call: c.title,
        org: c.org_name,
        stage: stageNames[stage].zh,
        stageEn: stageNames[stage].en,
        from,
      });
      await repo.setNotifiedStage(trx, c.id, stage);
    });
  }
  return { notifications: sent };
}

export { AppError };
