import { can, pathInScope, regionOfPath, type Actor } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { badRequest, conflict, forbidden, invalidField, notFound } from '../../platform/errors.ts';
import { isValidCreditCode } from '../../platform/identifiers.ts';
import type { Executor, RequestContext } from '../../platform/context.ts';
import type { Services } from '../../platform/services.ts';
import type { Org } from '../../db/schema.ts';
import * as repo from './repository.ts';
import { allowedParents, orgKindNames, type TOrgCreate, type TOrgList, type TOrgUpdate } from './schema.ts';
import { hasBatches } from '../imports/api.ts';
import { followOrgMove } from '../members/api.ts';

type OrgRow = Pick<
  Org,
  | 'id'
  | 'parent_id'
  | 'path'
  | 'depth'
  | 'kind'
  | 'name'
  | 'short_name'
  | 'code'
  | 'unit_category'
  | 'function_code'
  | 'allocation_no'
  | 'status'
  | 'address'
  | 'contact_name'
  | 'contact_phone'
  | 'created_at'
> & { child_count?: number | string | null };

/** The presenter: what the API shows of an org, with the abilities the UI uses to hide what would be refused. */
export function presentOrg(o: OrgRow, actor: Actor) {
  const writable = can(actor, 'orgs.write') && pathInScope(actor, o.path);
  const isScopeRoot = actor.orgPath === o.path;
  return {
    id: o.id,
    parentId: o.parent_id,
    kind: o.kind,
    kindName: orgKindNames[o.kind],
    name: o.name,
    shortName: o.short_name,
    code: o.code,
    unitCategory: o.unit_category,
    functionCode: o.function_code,
    allocationNo: o.allocation_no,
    status: o.status,
    address: o.address,
    contactName: o.contact_name,
    contactPhone: o.contact_phone,
    depth: o.depth,
    childCount: o.child_count == null ? undefined : Number(o.child_count),
    createdAt: o.created_at,
    abilities: {
      update: writable,
      createChild: writable && o.status === 'active' && o.kind !== 'grassroots',
      move: writable && !isScopeRoot && o.kind !== 'municipal',
      deactivate: writable && !isScopeRoot && o.kind !== 'municipal',
      // Only an org without history can be deleted; the server re-checks (children, memberships, accounts).
      delete: writable && !isScopeRoot && o.kind !== 'municipal' && (o.child_count == null || Number(o.child_count) === 0),
    },
  };
}

async function loadInScope(db: Executor, actor: Actor, id: number) {
  const org = await repo.findOrg(db, actor, id);
  if (!org) throw notFound('org', id);
  return org;
}

function assertWritable(actor: Actor, org: { path: string }) {
  if (!can(actor, 'orgs.write') || !pathInScope(actor, org.path)) throw forbidden();
}

function checkParentKind(kind: Org['kind'], parentKind: Org['kind'], field = 'body.parentId') {
  if (!allowedParents[kind].includes(parentKind))
    throw invalidField(field, 'parent-kind', {
      zh: `${orgKindNames[kind].zh}不能隶属于${orgKindNames[parentKind].zh}（可隶属：${allowedParents[kind].map((k) => orgKindNames[k].zh).join('、')}）`,
      en: `a ${orgKindNames[kind].en} cannot sit under a ${orgKindNames[parentKind].en} (allowed: ${allowedParents[kind].map((k) => orgKindNames[k].en).join(', ')})`,
    });
}

function checkCode(code: string | undefined, field = 'body.code') {
  if (code && !isValidCreditCode(code))
    throw invalidField(field, 'credit-code', { zh: '统一社会信用代码校验位错误', en: 'the check character of the credit code is wrong' });
}

export async function listOrgs(s: Services, ctx: RequestContext, q: TOrgList) {
  const actor = ctx.actor!;
  const { total, rows } = await repo.listOrgs(s.database.db, actor, q);
  return { total, page: q.page, pageSize: q.pageSize, items: rows.map((r) => presentOrg(r, actor)) };
}

export async function getOrg(s: Services, ctx: RequestContext, id: number) {
  const actor = ctx.actor!;
  const db = s.database.db;
  const org = await loadInScope(db, actor, id);
  const [ancestors, counts] = await Promise.all([repo.ancestors(db, org.path), repo.orgCounts(db, org)]);
  return {
    ...presentOrg(org, actor),
    // Ancestors above the actor's scope are named (so the breadcrumb reads right) but not linked.
    ancestors: ancestors.filter((a) => a.id !== org.id).map((a) => ({ id: a.id, name: a.name, kind: a.kind })),
    counts,
  };
}

/** The top of what the actor may see: the tree browser starts here. */
export async function scopeRoot(s: Services, ctx: RequestContext) {
  const actor = ctx.actor!;
  const root = await repo.orgAtPath(
    s.database.db,
    actor.role === 'department-officer' || actor.role === 'agency-officer' || actor.role === 'auditor' || actor.role === 'security-admin'
      ? `${actor.orgPath!.split('.')[0]}.`
      : (actor.orgPath ?? '-'),
  );
  if (!root) throw notFound('org');
  return presentOrg(root, actor);
}

export async function createOrg(s: Services, ctx: RequestContext, input: TOrgCreate, db: Executor = s.database.db) {
  const actor = ctx.actor!;
  checkCode(input.code);
  const run = async (trx: Executor) => {
    const parent = await repo.findOrg(trx, actor, input.parentId);
    if (!parent) throw notFound('org', input.parentId);
    assertWritable(actor, parent);
    if (parent.status !== 'active') throw invalidField('body.parentId', 'parent-inactive', { zh: '上级组织已停用', en: 'the parent org is inactive' });
    checkParentKind(input.kind, parent.kind);
    if (input.code && (await repo.orgWithCode(trx, input.code)))
      throw conflict('duplicate-code', { zh: `统一社会信用代码 ${input.code} 已被使用`, en: `Credit code ${input.code} is already used` });
    const inserted = {
      id: await repo.insertOrg(trx, {
        parent_id: parent.id,
        path: '',
        depth: parent.depth + 1,
        kind: input.kind,
        name: input.name,
        short_name: input.shortName ?? null,
        code: input.code ?? null,
        unit_category: input.unitCategory,
        function_code: null,
        allocation_no: null,
        address: input.address ?? null,
        contact_name: input.contactName ?? null,
        contact_phone: input.contactPhone ?? null,
      }),
    };
    const path = `${parent.path}${inserted.id}.`;
    await repo.updateOrgRow(trx, inserted.id, { path });
    const org = (await repo.findOrgUnscoped(trx, inserted.id))!;
    const dto = presentOrg(org, actor);
    await writeAudit(trx, ctx, { action: 'org.create', entity: 'org', entityId: org.id, orgPath: org.path, summary: org.name, after: dto });
    return dto;
  };
  return db === s.database.db ? s.database.db.transaction().execute(run) : run(db);
}

export async function updateOrg(s: Services, ctx: RequestContext, id: number, input: TOrgUpdate) {
  const actor = ctx.actor!;
  checkCode(input.code ?? undefined);
  return s.database.db.transaction().execute(async (trx) => {
    const org = await loadInScope(trx, actor, id);
    assertWritable(actor, org);
    if (input.code && (await repo.orgWithCode(trx, input.code, id)))
      throw conflict('duplicate-code', { zh: `统一社会信用代码 ${input.code} 已被使用`, en: `Credit code ${input.code} is already used` });
    const before = presentOrg(org, actor);
    await repo.updateOrgRow(trx, id, {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.shortName !== undefined ? { short_name: input.shortName } : {}),
      ...(input.code !== undefined ? { code: input.code } : {}),
      ...(input.unitCategory !== undefined ? { unit_category: input.unitCategory } : {}),
      ...(input.address !== undefined ? { address: input.address } : {}),
      ...(input.contactName !== undefined ? { contact_name: input.contactName } : {}),
      ...(input.contactPhone !== undefined ? { contact_phone: input.contactPhone } : {}),
      updated_at: new Date(),
    });
    const after = presentOrg((await repo.findOrgUnscoped(trx, id))!, actor);
    await writeAudit(trx, ctx, { action: 'org.update', entity: 'org', entityId: id, orgPath: org.path, summary: org.name, before, after });
    return after;
  });
}

export async function moveOrg(s: Services, ctx: RequestContext, id: number, parentId: number) {
  const actor = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const org = await loadInScope(trx, actor, id);
    assertWritable(actor, org);
    if (org.path === actor.orgPath || org.kind === 'municipal') throw forbidden({ zh: '不能移动本级或根组织', en: 'You cannot move your own org or the root' });
    const parent = await repo.findOrg(trx, actor, parentId);
    if (!parent) throw notFound('org', parentId);
    assertWritable(actor, parent);
    if (parent.path.startsWith(org.path))
      throw invalidField('body.parentId', 'cycle', { zh: '不能移动到自身或其下级组织之下', en: 'an org cannot move under itself or its own descendants' });
    if (parent.status !== 'active') throw invalidField('body.parentId', 'parent-inactive', { zh: '上级组织已停用', en: 'the parent org is inactive' });
    checkParentKind(org.kind, parent.kind);
    const newPath = `${parent.path}${org.id}.`;
    const delta = parent.depth + 1 - org.depth;
    await repo.movePaths(trx, org.path, newPath, delta);
    await repo.updateOrgRow(trx, org.id, { parent_id: parent.id });
    // Moved to another region (a street handed to another district): its members' rows follow the
    // distribution column (migration 0031, docs/scale.md). At Citus this is a move between shards.
    if (regionOfPath(org.path) !== regionOfPath(newPath)) await followOrgMove(trx, newPath);
    await writeAudit(trx, ctx, {
      action: 'org.move',
      entity: 'org',
      entityId: id,
      orgPath: newPath,
      summary: org.name,
      before: { parentId: org.parent_id },
      after: { parentId: parent.id, parentName: parent.name },
    });
    return getOrgTx(trx, actor, id);
  });
}

async function getOrgTx(db: Executor, actor: Actor, id: number) {
  return presentOrg((await repo.findOrgUnscoped(db, id))!, actor);
}

export async function setOrgStatus(s: Services, ctx: RequestContext, id: number, status: 'active' | 'inactive') {
  const actor = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const org = await loadInScope(trx, actor, id);
    assertWritable(actor, org);
    if (org.path === actor.orgPath || org.kind === 'municipal')
      throw forbidden({ zh: '不能停用本级或根组织', en: 'You cannot deactivate your own org or the root' });
    if (status === 'inactive') {
      const counts = await repo.orgCounts(trx, org);
      const activeChildren = await repo.activeChild(trx, id);
      if (activeChildren || counts.members > 0)
        throw conflict('org-in-use', {
          zh: `该组织仍有在用的下级组织或 ${counts.members} 名在册会员，请先转移或停用`,
          en: `The org still has active child orgs or ${counts.members} active members; move or deactivate them first`,
        });
    } else {
      const parent = await repo.findOrgUnscoped(trx, org.parent_id!);
      if (parent?.status !== 'active')
        throw conflict('parent-inactive', { zh: '上级组织已停用，请先启用上级', en: 'The parent org is inactive; activate it first' });
    }
    await repo.updateOrgRow(trx, id, { status, deactivated_at: status === 'inactive' ? new Date() : null, updated_at: new Date() });
    await writeAudit(trx, ctx, {
      action: status === 'inactive' ? 'org.deactivate' : 'org.activate',
      entity: 'org',
      entityId: id,
      orgPath: org.path,
      summary: org.name,
      before: { status: org.status },
      after: { status },
    });
    return getOrgTx(trx, actor, id);
  });
}

/** Delete only an org without history: no children, no memberships ever, no accounts. Otherwise deactivate. */
export async function deleteOrg(s: Services, ctx: RequestContext, id: number) {
  const actor = ctx.actor!;
  await s.database.db.transaction().execute(async (trx) => {
    const org = await loadInScope(trx, actor, id);
    assertWritable(actor, org);
    if (org.path === actor.orgPath || org.kind === 'municipal') throw forbidden();
    const counts = await repo.orgCounts(trx, org);
    const accounts = await repo.anyAccountOf(trx, id);
    const imports = await hasBatches(trx, id);
    if (counts.children > 0 || counts.membersEver > 0 || accounts || imports)
      throw conflict('org-has-history', {
        zh: '该组织已有下级组织、会员记录或账号，不能删除，只能停用',
        en: 'The org has child orgs, membership records or accounts: it cannot be deleted, only deactivated',
      });
    await repo.deleteOrgRow(trx, id);
    await writeAudit(trx, ctx, { action: 'org.delete', entity: 'org', entityId: id, orgPath: org.path, summary: org.name, before: presentOrg(org, actor) });
  });
}

export { badRequest };
