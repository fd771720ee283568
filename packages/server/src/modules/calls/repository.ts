import { sql, type ExpressionBuilder } from 'kysely';
import { inScope, type Actor } from '../../platform/access.ts';
import type { Executor } from '../../platform/context.ts';

// Calls are seen by the unions that own them (scope) and by everyone below them, who are the ones
// asked to propose and to give opinions: `home` is where the actor sits (see members/api.ts homePath).
export function visibleCall(actor: Actor, home: string | null) {
  return (eb: ExpressionBuilder<any, any>) =>
    eb.or([inScope(actor, 'orgs.path')(eb), home === null ? sql<boolean>`false` : sql<boolean>`${home} like orgs.path || '%'`]);
}

const callColumns = [
  'calls.id', 'calls.org_id', 'calls.year', 'calls.title', 'calls.principles', 'calls.collection_starts_on', 'calls.collection_ends_on',
  'calls.screening_ends_on', 'calls.consultation_starts_on', 'calls.consultation_ends_on', 'calls.publication_on', 'calls.publication_event',
  'calls.max_supports', 'calls.hide_tallies', 'calls.created_at', 'orgs.name as org_name', 'orgs.path as org_path',
] as const;

export function findCall(db: Executor, actor: Actor, home: string | null, id: number) {
  return db.selectFrom('calls').innerJoin('orgs', 'orgs.id', 'calls.org_id').select(callColumns).where('calls.id', '=', id).where(visibleCall(actor, home)).executeTakeFirst();
}

export function listCalls(db: Executor, actor: Actor, home: string | null, q: { year?: number | undefined; orgId?: number | undefined }) {
  let query = db.selectFrom('calls').innerJoin('orgs', 'orgs.id', 'calls.org_id').select(callColumns).where(visibleCall(actor, home));
  if (q.year) query = query.where('calls.year', '=', q.year);
  if (q.orgId) query = query.where('calls.org_id', '=', q.orgId);
  return query.orderBy('calls.year', 'desc').orderBy('orgs.path').orderBy('calls.id').execute();
}

export type CallRow = NonNullable<Awaited<ReturnType<typeof findCall>>>;

const proposalColumns = [
  'proposals.id', 'proposals.call_id', 'proposals.form', 'proposals.submitter_account_id', 'proposals.submitter_org_id', 'proposals.submitter_person_id',
  'proposals.title', 'proposals.introduction', 'proposals.content', 'proposals.target_group', 'proposals.approach', 'proposals.funding',
  'proposals.resources', 'proposals.design', 'proposals.expected_outcome', 'proposals.assessment_of_last_year', 'proposals.filled_by',
  'proposals.contact_phone', 'proposals.category', 'proposals.status', 'proposals.candidate_id', 'proposals.return_reason', 'proposals.created_at',
  'so.name as submitter_org_name', 'so.path as submitter_org_path', 'accounts.display_name as submitter_name',
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
