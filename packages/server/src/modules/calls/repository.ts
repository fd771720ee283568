import { sql, type ExpressionBuilder } from 'kysely';
import { inScope, type Actor } from '../../platform/access.ts';
import type { Executor } from '../../platform/context.ts';
import type { TCallCreate, TCallUpdate, TProposalCreate } from './schema.ts';

// Calls are seen by the unions that own them (scope) and by everyone below them, who are the ones
// asked to propose and to give opinions: `home` is where the actor sits (see members/api.ts homePath).
export function visibleCall(actor: Actor, home: string | null) {
  return (eb: ExpressionBuilder<any, any>) =>
    eb.or([inScope(actor, 'orgs.path')(eb), home === null ? sql<boolean>`false` : sql<boolean>`${home} like orgs.path || '%'`]);
}

const callColumns = [
  'calls.id',
  'calls.org_id',
  'calls.year',
  'calls.title',
  'calls.principles',
  'calls.collection_starts_on',
  'calls.collection_ends_on',
  'calls.screening_ends_on',
  'calls.consultation_starts_on',
  'calls.consultation_ends_on',
  'calls.publication_on',
  'calls.publication_event',
  'calls.max_supports',
  'calls.hide_tallies',
  'calls.created_at',
  'orgs.name as org_name',
  'orgs.path as org_path',
] as const;

export function findCall(db: Executor, actor: Actor, home: string | null, id: number) {
  return db
    .selectFrom('calls')
    .innerJoin('orgs', 'orgs.id', 'calls.org_id')
    .select(callColumns)
    .where('calls.id', '=', id)
    .where(visibleCall(actor, home))
    .executeTakeFirst();
}

export function listCalls(db: Executor, actor: Actor, home: string | null, q: { year?: number | undefined; orgId?: number | undefined }) {
  let query = db.selectFrom('calls').innerJoin('orgs', 'orgs.id', 'calls.org_id').select(callColumns).where(visibleCall(actor, home));
  if (q.year) query = query.where('calls.year', '=', q.year);
  if (q.orgId) query = query.where('calls.org_id', '=', q.orgId);
  return query.orderBy('calls.year', 'desc').orderBy('orgs.path').orderBy('calls.id').execute();
}

export type CallRow = NonNullable<Awaited<ReturnType<typeof findCall>>>;

const proposalColumns = [
  'proposals.id',
  'proposals.call_id',
  'proposals.form',
  'proposals.submitter_account_id',
  'proposals.submitter_org_id',
  'proposals.submitter_person_id',
  'proposals.title',
  'proposals.introduction',
  'proposals.content',
  'proposals.target_group',
  'proposals.approach',
  'proposals.funding',
  'proposals.resources',
  'proposals.design',
  'proposals.expected_outcome',
  'proposals.assessment_of_last_year',
  'proposals.filled_by',
  'proposals.contact_phone',
  'proposals.category',
  'proposals.status',
  'proposals.candidate_id',
  'proposals.return_reason',
  'proposals.created_at',
  'so.name as submitter_org_name',
  'so.path as submitter_org_path',
  'accounts.display_name as submitter_name',
] as const;

/**
 * Proposals a caller may read: all of a call whose owner is in the caller's scope; otherwise only the
 * ones the caller (or a union in the caller's scope) submitted.
 */
export function proposalsQuery(db: Executor, actor: Actor) {
  return db
    .selectFrom('proposals')
    .innerJoin('calls', 'calls.id', 'proposals.call_id')
    .innerJoin('orgs', 'orgs.id', 'calls.org_id')
    .innerJoin('accounts', 'accounts.id', 'proposals.submitter_account_id')
    .leftJoin('orgs as so', 'so.id', 'proposals.submitter_org_id')
    .select(proposalColumns)
    .select(['orgs.path as call_org_path'])
    .where((eb) => eb.or([inScope(actor, 'orgs.path')(eb), eb('proposals.submitter_account_id', '=', actor.accountId), inScope(actor, 'so.path')(eb)]));
}
export type ProposalRow = NonNullable<Awaited<ReturnType<ReturnType<typeof proposalsQuery>['executeTakeFirst']>>>;

/** A call's owner, for the projects module (a list made from a call). */
export function callOwner(db: Executor, id: number) {
  return db.selectFrom('calls').select(['id', 'org_id']).where('id', '=', id).executeTakeFirst();
}

/** A candidate's call and status, for the projects module (a project taken from a candidate). */
export function candidateState(db: Executor, id: number) {
  return db.selectFrom('candidates').select(['id', 'call_id', 'status']).where('id', '=', id).executeTakeFirst();
}

// ---------------------------------------------------------------------------------------------
// Calls

export function insertCall(db: Executor, orgId: number, input: TCallCreate, createdBy: number) {
  return db
    .insertInto('calls')
    .values({
      org_id: orgId,
      year: input.year,
      title: input.title,
      principles: input.principles,
      collection_starts_on: input.collectionStartsOn,
      collection_ends_on: input.collectionEndsOn,
      screening_ends_on: input.screeningEndsOn,
      consultation_starts_on: input.consultationStartsOn,
      consultation_ends_on: input.consultationEndsOn,
      publication_on: input.publicationOn ?? null,
      publication_event: input.publicationEvent ?? null,
      max_supports: input.maxSupports,
      hide_tallies: input.hideTallies,
      created_by: createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** A call's changed fields; the dates come merged (the change over what was there), checked by the service. */
export async function updateCall(
  db: Executor,
  id: number,
  input: TCallUpdate,
  merged: {
    collectionStartsOn: string;
    collectionEndsOn: string;
    screeningEndsOn: string;
    consultationStartsOn: string;
    consultationEndsOn: string;
    publicationOn: string | null;
  },
) {
  await db
    .updateTable('calls')
    .set({
      year: input.year,
      title: input.title,
      principles: input.principles,
      collection_starts_on: merged.collectionStartsOn,
      collection_ends_on: merged.collectionEndsOn,
      screening_ends_on: merged.screeningEndsOn,
      consultation_starts_on: merged.consultationStartsOn,
      consultation_ends_on: merged.consultationEndsOn,
      publication_on: merged.publicationOn,
      publication_event: input.publicationEvent,
      max_supports: input.maxSupports,
      hide_tallies: input.hideTallies,
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .execute();
}

export function proposalCounts(db: Executor, callId: number) {
  return db
    .selectFrom('proposals')
    .select((eb) => [eb.fn.countAll<number>().as('proposals'), eb.fn.count<number>('candidate_id').as('linked')])
    .where('call_id', '=', callId)
    .executeTakeFirstOrThrow();
}

/** Every call with its union's name (the stage job). */
export function allCalls(db: Executor) {
  return db.selectFrom('calls').innerJoin('orgs', 'orgs.id', 'calls.org_id').selectAll('calls').select(['orgs.name as org_name']).execute();
}

/** The union and the unions right below it. */
export async function unionAndChildren(db: Executor, orgId: number) {
  return (
    await db
      .selectFrom('orgs')
      .select('id')
      .where((eb) => eb.or([eb('id', '=', orgId), eb('parent_id', '=', orgId)]))
      .execute()
  ).map((o) => o.id);
}

export async function setNotifiedStage(db: Executor, id: number, stage: string) {
  await db.updateTable('calls').set({ notified_stage: stage }).where('id', '=', id).execute();
}

// ---------------------------------------------------------------------------------------------
// Proposals

export function insertProposal(
  db: Executor,
  by: { callId: number; form: 'member' | 'department' | 'union'; accountId: number; orgId: number; personId: number | null; sealedPhone: string | null },
  input: Omit<TProposalCreate, 'contactPhone'>,
) {
  return db
    .insertInto('proposals')
    .values({
      call_id: by.callId,
      form: by.form,
      submitter_account_id: by.accountId,
      submitter_org_id: by.orgId,
      submitter_person_id: by.personId,
      title: input.title,
      introduction: input.introduction,
      content: input.content ?? null,
      target_group: input.targetGroup ?? null,
      approach: input.approach ?? null,
      funding: input.funding ?? null,
      resources: input.resources ?? null,
      design: input.design ?? null,
      expected_outcome: input.expectedOutcome ?? null,
      assessment_of_last_year: input.assessmentOfLastYear ?? null,
      filled_by: input.filledBy ?? null,
      contact_phone: by.sealedPhone,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function classifyProposal(db: Executor, id: number, category: string) {
  await db.updateTable('proposals').set({ category, status: 'classified', updated_at: new Date() }).where('id', '=', id).execute();
}

export async function returnProposal(db: Executor, id: number, reason: string) {
  await db.updateTable('proposals').set({ status: 'returned', return_reason: reason, updated_at: new Date() }).where('id', '=', id).execute();
}

export function proposalStates(db: Executor, ids: number[]) {
  return db.selectFrom('proposals').select(['id', 'status', 'candidate_id', 'call_id', 'title']).where('id', 'in', ids).execute();
}

/** Proposals become part of a candidate (and take its category). */
export async function mergeProposals(db: Executor, ids: number[], candidateId: number, category: string) {
  await db.updateTable('proposals').set({ status: 'merged', candidate_id: candidateId, category, updated_at: new Date() }).where('id', 'in', ids).execute();
}

// ---------------------------------------------------------------------------------------------
// Candidates, supports, comments

export async function candidateRow(db: Executor, id: number) {
  return db.selectFrom('candidates').selectAll().where('id', '=', id).executeTakeFirst();
}
export type CandidateRow = NonNullable<Awaited<ReturnType<typeof candidateRow>>>;

export function candidatesOf(db: Executor, callId: number, opts: { shortlistedOnly: boolean }) {
  let q = db.selectFrom('candidates').selectAll().where('call_id', '=', callId);
  if (opts.shortlistedOnly) q = q.where('status', '=', 'shortlisted');
  return q.orderBy('id').execute();
}

export function insertCandidate(db: Executor, c: { callId: number; title: string; summary: string; category: string; createdBy: number }) {
  return db
    .insertInto('candidates')
    .values({ call_id: c.callId, title: c.title, summary: c.summary, category: c.category, created_by: c.createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function decideCandidate(db: Executor, id: number, status: 'shortlisted' | 'dropped', rationale: string) {
  await db.updateTable('candidates').set({ status, rationale, updated_at: new Date() }).where('id', '=', id).execute();
}

export function supportTallies(db: Executor, candidateIds: number[]) {
  return db
    .selectFrom('supports')
    .select(['candidate_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('candidate_id', 'in', candidateIds)
    .groupBy('candidate_id')
    .execute();
}

export function supportedBy(db: Executor, candidateIds: number[], accountId: number) {
  return db.selectFrom('supports').select('candidate_id').where('candidate_id', 'in', candidateIds).where('account_id', '=', accountId).execute();
}

export function sourceProposals(db: Executor, candidateIds: number[]) {
  return db
    .selectFrom('proposals')
    .leftJoin('orgs', 'orgs.id', 'proposals.submitter_org_id')
    .select(['proposals.id', 'proposals.candidate_id', 'proposals.title', 'proposals.form', 'orgs.name as org_name'])
    .where('proposals.candidate_id', 'in', candidateIds)
    .orderBy('proposals.id')
    .execute();
}

/** How many candidates of a call an account supports. */
export async function supportsUsed(db: Executor, accountId: number, callId: number) {
  const r = await db
    .selectFrom('supports')
    .innerJoin('candidates', 'candidates.id', 'supports.candidate_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('supports.account_id', '=', accountId)
    .where('candidates.call_id', '=', callId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export function supportOf(db: Executor, candidateId: number, accountId: number) {
  return db.selectFrom('supports').select('candidate_id').where('candidate_id', '=', candidateId).where('account_id', '=', accountId).executeTakeFirst();
}

export async function insertSupport(db: Executor, candidateId: number, accountId: number, orgId: number | null) {
  await db.insertInto('supports').values({ candidate_id: candidateId, account_id: accountId, org_id: orgId }).execute();
}

/** Withdraw a support; false when there was none. */
export async function deleteSupport(db: Executor, candidateId: number, accountId: number) {
  const r = await db.deleteFrom('supports').where('candidate_id', '=', candidateId).where('account_id', '=', accountId).executeTakeFirst();
  return Number(r.numDeletedRows) !== 0;
}

export const commentQuery = (db: Executor) =>
  db
    .selectFrom('comments')
    .innerJoin('accounts', 'accounts.id', 'comments.account_id')
    .select([
      'comments.id',
      'comments.candidate_id',
      'comments.body',
      'comments.hidden_at',
      'comments.hidden_reason',
      'comments.created_at',
      'comments.account_id',
      'accounts.display_name',
    ]);

export function insertComment(db: Executor, candidateId: number, accountId: number, body: string) {
  return db.insertInto('comments').values({ candidate_id: candidateId, account_id: accountId, body }).returning('id').executeTakeFirstOrThrow();
}

export async function hideComment(db: Executor, id: number, by: number, reason: string) {
  await db.updateTable('comments').set({ hidden_at: new Date(), hidden_by: by, hidden_reason: reason }).where('id', '=', id).execute();
}
