import { sql } from 'kysely';
import { inScope, type Actor } from '../../platform/access.ts';
import type { Executor } from '../../platform/context.ts';
import type { TMemberList } from './schema.ts';

// Members are seen through memberships: a person is in scope when one of their memberships sits
// in an org of the actor's subtree. The filter is part of every query here.

const listColumns = [
  'persons.id as person_id', 'persons.name', 'persons.id_masked', 'persons.phone_masked', 'persons.birth_date', 'persons.sex',
  'persons.categories', 'memberships.id as membership_id', 'memberships.member_no', 'memberships.joined_on', 'memberships.left_on',
  'memberships.status', 'memberships.card_status', 'memberships.e_membership', 'orgs.id as org_id', 'orgs.name as org_name',
] as const;

export async function listMembers(db: Executor, actor: Actor, q: TMemberList, lookup: { idHash?: string; phoneHash?: string }) {
  let query = db
    .selectFrom('memberships')
    .innerJoin('persons', 'persons.id', 'memberships.person_id')
    .innerJoin('orgs', 'orgs.id', 'memberships.org_id')
    .where(inScope(actor, 'orgs.path'))
    .where('memberships.status', '=', q.status);
  if (q.orgId) {
    const org = await db.selectFrom('orgs').select('path').where('id', '=', q.orgId).executeTakeFirst();
    query = query.where('orgs.path', 'like', `${org?.path ?? '-'}%`);
  }
  if (q.category) query = query.where(sql<boolean>`persons.categories @> array[${q.category}]::text[]`);
  if (q.cardStatus) query = query.where('memberships.card_status', '=', q.cardStatus);
  if (q.sex) query = query.where('persons.sex', '=', q.sex);
  if (q.q) {
    const term = q.q;
    query = query.where((eb) => {
      const ors = [eb('persons.name', 'like', `${term.replace(/[%_\\]/g, (c) => `\\${c}`)}%`)];
      if (/^\d{10}$/.test(term)) ors.push(eb('memberships.member_no', '=', term));
      if (lookup.idHash) ors.push(eb('persons.id_hash', '=', lookup.idHash));
      if (lookup.phoneHash) ors.push(eb('persons.phone_hash', '=', lookup.phoneHash));
      return eb.or(ors);
    });
  }
  const countRow = await query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await query
    .select(listColumns)
    .orderBy('memberships.id', 'desc')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { total: Number(countRow.total), rows };
}

/** A person, if any of their memberships lies in the actor's scope (or it is the member themself). */
export async function findPersonInScope(db: Executor, actor: Actor, personId: number) {
  if (actor.role === 'member') {
    if (actor.personId !== personId) return undefined;
    return db.selectFrom('persons').selectAll().where('id', '=', personId).executeTakeFirst();
  }
  return db
    .selectFrom('persons')
    .selectAll()
    .where('persons.id', '=', personId)
    .where((eb) =>
      eb.exists(
        eb.selectFrom('memberships').innerJoin('orgs', 'orgs.id', 'memberships.org_id').whereRef('memberships.person_id', '=', 'persons.id').where(inScope(actor, 'orgs.path')).select(sql`1`.as('one')),
      ),
    )
    .executeTakeFirst();
}

export function membershipsOf(db: Executor, personId: number) {
  return db
    .selectFrom('memberships')
    .innerJoin('orgs', 'orgs.id', 'memberships.org_id')
    .select(['memberships.id', 'memberships.member_no', 'memberships.joined_on', 'memberships.left_on', 'memberships.status', 'memberships.card_status', 'memberships.e_membership', 'memberships.note', 'orgs.id as org_id', 'orgs.name as org_name', 'orgs.path as org_path', 'orgs.kind as org_kind', 'orgs.unit_category'])
    .where('memberships.person_id', '=', personId)
    .orderBy('memberships.joined_on', 'desc')
    .orderBy('memberships.id', 'desc')
    .execute();
}

export async function nextMemberNo(db: Executor): Promise<string> {
  const r = await sql<{ n: number }>`select nextval('member_no_seq') as n`.execute(db);
  return String(r.rows[0]!.n).padStart(10, '0');
}

export function exportRows(db: Executor, actor: Actor, orgPath: string | null) {
  let q = db
    .selectFrom('memberships')
    .innerJoin('persons', 'persons.id', 'memberships.person_id')
    .innerJoin('orgs', 'orgs.id', 'memberships.org_id')
    .where(inScope(actor, 'orgs.path'))
    .where('memberships.status', '=', 'active');
  if (orgPath) q = q.where('orgs.path', 'like', `${orgPath}%`);
  return q.select(listColumns).orderBy('orgs.path').orderBy('memberships.member_no').limit(1_000_000).execute();
}
