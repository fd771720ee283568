// Helpers the call, project and progress modules share: who may act for which union, where a member
// sits in the tree, and money at the edge.
import { can, pathInScope, scopePath, type Actor, type Permission } from '../../platform/access.ts';
import { forbidden, invalidField, notFound } from '../../platform/errors.ts';
import type { Executor } from '../../platform/context.ts';

export const categories = ['rights', 'skills', 'health', 'living', 'hardship', 'culture-sports', 'employment', 'other'] as const;
export type Category = (typeof categories)[number];
/** 004 一、征集内容 and 000's six classes (维权服务、技能晋升、健康服务、生活服务、帮扶救助、文体服务), plus 就业 and 其他. */
export const categoryNames: Record<Category, { zh: string; en: string }> = {
  rights: { zh: '维权服务', en: 'Rights protection' },
  skills: { zh: '技能晋升', en: 'Skills and promotion' },
  health: { zh: '健康服务', en: 'Health' },
  living: { zh: '生活服务', en: 'Daily life' },
  hardship: { zh: '帮扶救助', en: 'Hardship relief' },
  'culture-sports': { zh: '文体服务', en: 'Culture and sports' },
  employment: { zh: '就业', en: 'Employment' },
  other: { zh: '其他', en: 'Other' },
};

export const toFen = (yuan: number) => Math.round(yuan * 100);
export const toYuan = (fen: number | null | undefined) => (fen == null ? null : Number(fen) / 100);

export interface OrgRef {
  id: number;
  path: string;
  kind: string;
  name: string;
  short_name: string | null;
  parent_id: number | null;
}

export async function findOrg(db: Executor, id: number): Promise<OrgRef | undefined> {
  return db.selectFrom('orgs').select(['id', 'path', 'kind', 'name', 'short_name', 'parent_id']).where('id', '=', id).executeTakeFirst();
}

/**
 * Where the actor sits in the tree: an officer's org, a member's union (active membership). Calls
 * and published candidates of every union on the way up from here are open to the actor.
 */
export async function homePath(db: Executor, actor: Actor): Promise<string | null> {
  if (actor.orgPath) return actor.orgPath;
  if (actor.personId == null) return null;
  const m = await db
    .selectFrom('memberships')
    .innerJoin('orgs', 'orgs.id', 'memberships.org_id')
    .select('orgs.path')
    .where('memberships.person_id', '=', actor.personId)
    .where('memberships.status', '=', 'active')
    .executeTakeFirst();
  return m?.path ?? null;
}

/** The org the actor takes part as: an officer's own org, a member's union. */
export async function homeOrgId(db: Executor, actor: Actor): Promise<number | null> {
  const p = await homePath(db, actor);
  return p ? Number(p.split('.').filter(Boolean).at(-1)) : null;
}

/**
 * May the actor manage things owned by `org` (a call, a slate, a project)? Officers: the org is in
 * their subtree. Departments work for the federation: they act on the federation's own calls and
 * slates, and on a project only when they are its responsible department.
 */
export function mayManage(actor: Actor, permission: Permission, org: { path: string }, responsibleOrgId?: number | null): boolean {
  if (!can(actor, permission)) return false;
  if (actor.role === 'department-officer') {
    const root = scopePath(actor);
    if (org.path !== root) return false;
    return responsibleOrgId === undefined || responsibleOrgId === null || responsibleOrgId === actor.orgId;
  }
  return pathInScope(actor, org.path);
}

export function assertManage(actor: Actor, permission: Permission, org: { path: string }, responsibleOrgId?: number | null) {
  if (!mayManage(actor, permission, org, responsibleOrgId)) throw forbidden();
}

/** Can the actor see things of `orgPath`: in scope, or on the way up from where the actor sits. */
export function seesUpward(actor: Actor, home: string | null, orgPath: string): boolean {
  return pathInScope(actor, orgPath) || (home !== null && home.startsWith(orgPath));
}

export function mustExist<T>(row: T | undefined, entity: string, id: unknown): T {
  if (!row) throw notFound(entity, id);
  return row;
}

/** Dates in order: each field must be on or after the one before (or strictly after when `strict`). */
export function checkDateOrder(fields: { field: string; label: { zh: string; en: string }; value: string | null | undefined; strict?: boolean }[], prefix = 'body') {
  let prev: (typeof fields)[number] | undefined;
  for (const f of fields) {
    if (!f.value) continue;
    if (prev && (f.strict ? f.value <= prev.value! : f.value < prev.value!))
      throw invalidField(`${prefix}.${f.field}`, 'date-order', {
        zh: `${f.label.zh}（${f.value}）应${f.strict ? '晚于' : '不早于'}${prev.label.zh}（${prev.value}）`,
        en: `${f.label.en} (${f.value}) must be ${f.strict ? 'after' : 'on or after'} ${prev.label.en} (${prev.value})`,
      });
    prev = f;
  }
}

const entityZh: Record<string, string> = {
  call: '征集活动', proposal: '项目建议', candidate: '候选实事项目', comment: '评论', support: '支持记录', slate: '项目清单',
  project: '实事项目', target: '目标', allocation: '目标分配', milestone: '时间节点', report: '进度报表', org: '组织',
};
/** 404 with the lifecycle's entity names in Chinese. */
export function lifecycleNotFound(entity: string, id?: unknown) {
  const e = notFound(entity, id);
  e.messages.zh = `找不到${entityZh[entity] ?? entity}${id !== undefined ? ` ${String(id)}` : ''}`;
  return e;
}
