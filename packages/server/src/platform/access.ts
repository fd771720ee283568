// Access control in one place. A role grants permissions (declared below, checked with `satisfies`);
// an actor's *scope* is the subtree of the org tree they may see and act in, and every repository
// query filters by it (see `inScope`), so a caller out of scope simply gets no rows.
import { sql, type ExpressionBuilder, type Expression, type SqlBool } from 'kysely';
import { forbidden, unauthenticated, type Bilingual } from './errors.ts';
import type { OrgKind } from '../db/schema.ts';

export const roles = [
  'federation-admin',
  'security-admin',
  'department-officer',
  'agency-officer',
  'regional-officer',
  'street-officer',
  'grassroots-officer',
  'member',
  'auditor',
  'platform-officer',
] as const;
export type Role = (typeof roles)[number];

export const roleNames: Record<Role, Bilingual> = {
  'federation-admin': { zh: '市总系统管理员', en: 'Federation administrator' },
  'security-admin': { zh: '安全管理员', en: 'Security administrator' },
  'department-officer': { zh: '市总部室干部', en: 'Department officer' },
  'agency-officer': { zh: '直属单位干部', en: 'Agency officer' },
  'regional-officer': { zh: '区局（产业）工会干部', en: 'Regional union officer' },
  'street-officer': { zh: '街道（园区）工会干部', en: 'Street/park union officer' },
  'grassroots-officer': { zh: '基层工会干部', en: 'Grassroots union officer' },
  member: { zh: '会员', en: 'Member' },
  auditor: { zh: '审计员（只读）', en: 'Auditor (read-only)' },
  'platform-officer': { zh: '平台工作人员', en: 'Platform officer' },
};

export const permissions = [
  'orgs.read',
  'orgs.write',
  'members.read',
  'members.write',
  'members.import',
  'members.reveal', // see a full ID number / phone, audited each time
  'accounts.read',
  'accounts.write',
  'audit.read',
  'login-log.read',
  'self.read',
  'account.self', // my own account: who am I, my password, my notices (every role)
  'policy.read',
  'policy.manage', // draft next year's version of a program's parameters from the new notice
  'policy.approve', // approve or reject a draft version (never one's own: a second person)
  // The yearly project cycle (calls, proposals, consultation, slates, plans, progress).
  'calls.read',
  'calls.manage', // open a call, screen proposals, moderate comments, for a union in scope
  'proposals.submit',
  'consultation.take-part', // support candidates and comment
  'projects.read',
  'projects.write', // slates, projects, plans, targets, allocations, milestones
  'progress.report',
  'progress.review',
  // Applications, review and payouts (modules programs, applications, payouts, documents).
  'programs.read',
  'programs.manage', // open a program for a year: windows, channels, review chain, documents
  'applications.read',
  'applications.submit', // a member for themself; an officer on a member's behalf (the unit channel)
  'applications.review', // act on a review step when it is the actor's turn (checked per step)
  'payouts.read',
  'payouts.prepare', // the disbursing unit: prepare a settlement batch, mark it paid, reverse an entry
  'payouts.approve-rights', // 权益保障部 sign-off of a batch (checked: function code `rights`)
  'payouts.approve-finance', // 财务资产管理部 sign-off of a batch (checked: function code `finance`)
  'calendar.manage', // add next year's State Council holiday notice to the working-day calendar
  // Member protection (module protection): the cover register, collective lists, confirmation, reconciliation.
  'protection.read',
  'protection.enroll', // build, edit and submit a union's collective list
  'protection.confirm', // the regional union confirms lists and uploads the payment voucher
  'protection.reconcile', // 市职保中心 checks premiums against the remittance (checked: function code)
  'protection.apply', // a member enrolls individually and files claims on their own cover
  'protection.review', // 市职保中心 reviews claims and records payment (checked: function code)
  'protection.gig', // a gig platform (网约平台) uploads its workers' rosters and files their claims (001 互助保障计划 二、六)
  // Places (module pools): first-come pools and places handed down the tree.
  'pools.read',
  'pools.manage', // open a pool, grant or split places, read who holds them
  'pools.claim', // claim a place: an officer for a member in scope, a member for themself
  'pools.bills', // a platform sees and confirms its bills (结算单) for the gig workers' mobile checkups (001 项目4 三)
  // Sites (module sites, issue 11): the register, on-site inspections, acceptance, plaques, cards.
  'sites.read',
  'sites.write', // register and edit the sites of one's subtree, apply for their grants
  'sites.inspect', // on-site checks, acceptance (when the review step is the actor's), plaques, yellow and red cards
  // The announcements board (module announcements, issue 12 §3).
  'announcements.read', // my inbox of notices from the unions on my way up (every role)
  'announcements.publish', // publish or withdraw a notice for my union or one below it
] as const;
export type Permission = (typeof permissions)[number];

const officer: Permission[] = ['orgs.read', 'orgs.write', 'members.read', 'members.write', 'members.import', 'members.reveal', 'policy.read'];

// The project cycle: unions and departments that run calls and projects, and those that take part.
// Departments act for the federation only, and on a project only when it is theirs (see lifecycle scope).
const lifecycleTakingPart: Permission[] = ['calls.read', 'proposals.submit', 'consultation.take-part', 'projects.read'];
const lifecycleManager: Permission[] = [...lifecycleTakingPart, 'calls.manage', 'projects.write', 'progress.review'];

// Applications: which department or agency may act on a step or sign a batch is checked against its
// function code in the service; the system administrator opens programs but approves nothing.
const applicationsOfficer: Permission[] = ['programs.read', 'applications.read', 'applications.submit', 'applications.review', 'payouts.read'];
// A regional union runs the batches of its own programs (issue 11 §5): the payouts service lets its officers
// prepare, sign and pay only those (payouts/service.ts regionalRunner).
const regionalPayouts: Permission[] = ['payouts.prepare', 'payouts.approve-rights', 'payouts.approve-finance'];
const applicationsDepartment: Permission[] = [
  'programs.read',
  'programs.manage',
  'applications.read',
  'applications.review',
  'payouts.read',
  'payouts.prepare',
  'payouts.approve-rights',
  'payouts.approve-finance',
];
const applicationsAgency: Permission[] = ['programs.read', 'applications.read', 'applications.review', 'payouts.read', 'payouts.prepare'];

// Three administrator roles are kept apart (checks-and-safeguards.md): the system administrator
// runs the tree and registry, the security administrator runs accounts and reads the login log,
// the auditor reads the audit trail and nothing can change it.
const own: Permission[] = ['account.self', 'announcements.read'];

// Member protection (003 附件2-1 四、职责分工): grassroots unions build lists, regional unions confirm and remit,
// the agency (市职保中心) reconciles, the rights department supervises (reads).
const protectionRead: Permission[] = ['protection.read'];

// Places (000 六 名额分配; 002 先到先得): unions grant, split and claim for their members; members claim for themselves.
const placesOfficer: Permission[] = ['pools.read', 'pools.manage', 'pools.claim'];

// Sites (003 附件2-7 四(一)): units apply, the district checks on site, the federation accepts and plaques.
const sitesUnit: Permission[] = ['sites.read', 'sites.write'];

export const rolePermissions = {
  'federation-admin': [
    ...own,
    ...officer,
    'announcements.publish',
    'accounts.read',
    ...lifecycleManager,
    'progress.report',
    'programs.read',
    'programs.manage',
    'applications.read',
    'payouts.read',
    'calendar.manage',
    ...protectionRead,
    'protection.enroll',
    ...placesOfficer,
    'policy.manage',
    'policy.approve',
    'sites.read',
  ],
  'security-admin': [...own, 'orgs.read', 'accounts.read', 'accounts.write', 'login-log.read', 'policy.read'],
  // The department that runs a program checks a new version's values (the second person of policy.approve).
  'department-officer': [
    ...own,
    'announcements.publish',
    'orgs.read',
    'members.read',
    'policy.read',
    'policy.approve',
    ...lifecycleManager,
    ...applicationsDepartment,
    ...protectionRead,
    'pools.read',
    'pools.manage',
    'sites.read',
    'sites.inspect',
  ],
  'agency-officer': [
    ...own,
    'orgs.read',
    'members.read',
    'policy.read',
    ...lifecycleTakingPart,
    ...applicationsAgency,
    ...protectionRead,
    'protection.reconcile',
    'protection.review',
    'pools.read',
    'pools.manage',
    'sites.read',
  ],
  'regional-officer': [
    ...own,
    ...officer,
    'announcements.publish',
    'accounts.read',
    ...lifecycleManager,
    'progress.report',
    ...applicationsOfficer,
    ...protectionRead,
    'protection.enroll',
    'protection.confirm',
    ...placesOfficer,
    'programs.manage',
    ...sitesUnit,
    'sites.inspect',
    ...regionalPayouts,
  ],
  'street-officer': [
    ...own,
    ...officer,
    'announcements.publish',
    ...lifecycleManager,
    'progress.report',
    ...applicationsOfficer,
    ...protectionRead,
    'protection.enroll',
    ...placesOfficer,
    ...sitesUnit,
  ],
  'grassroots-officer': [
    ...own,
    ...officer,
    'announcements.publish',
    ...lifecycleTakingPart,
    'progress.report',
    ...applicationsOfficer,
    ...protectionRead,
    'protection.enroll',
    ...placesOfficer,
    ...sitesUnit,
  ],
  member: [
    ...own,
    'self.read',
    'policy.read',
    'calls.read',
    'proposals.submit',
    'consultation.take-part',
    'programs.read',
    'applications.submit',
    'protection.apply',
    'pools.read',
    'pools.claim',
  ],
  // 001 互助保障计划 二: the platform uploads its workers and pushes new ones monthly; 六(一): it files claims (its dead workers'
  // benefits are paid to it). Scope: the platform org only (scopePath default).
  'platform-officer': [...own, 'policy.read', 'protection.gig', 'pools.bills'],
  auditor: [
    ...own,
    'orgs.read',
    'members.read',
    'audit.read',
    'login-log.read',
    'policy.read',
    'calls.read',
    'projects.read',
    'programs.read',
    'applications.read',
    'payouts.read',
    ...protectionRead,
    'pools.read',
    'sites.read',
  ],
} as const satisfies Record<Role, readonly Permission[]>;

/** Which org kinds an account of each role may be bound to. */
export const roleOrgKinds = {
  'federation-admin': ['municipal'],
  'security-admin': ['municipal'],
  auditor: ['municipal'],
  'department-officer': ['department'],
  'agency-officer': ['agency'],
  'regional-officer': ['district', 'industry'],
  'street-officer': ['street', 'park'],
  'grassroots-officer': ['grassroots'],
  'platform-officer': ['platform'],
  member: [],
} as const satisfies Record<Role, readonly OrgKind[]>;

export interface Actor {
  accountId: number;
  username: string;
  displayName: string;
  role: Role;
  orgId: number | null;
  orgName: string | null;
  /** Path of the org the account is bound to, e.g. `1.23.` */
  orgPath: string | null;
  personId: number | null;
  sessionId: string;
  /** An initial or reset password not yet changed: the gate admits only who-am-I, change-password, logout. */
  mustChangePassword?: boolean;
}

/** A route's or a check's requirement: one permission, or any one of several. */
export type PermissionRequirement = Permission | readonly Permission[];

export function roleCan(role: Role, permission: PermissionRequirement): boolean {
  const granted = rolePermissions[role] as readonly Permission[];
  return typeof permission === 'string' ? granted.includes(permission) : permission.some((p) => granted.includes(p));
}

export function can(actor: Actor | null, permission: PermissionRequirement): boolean {
  if (!actor) return false;
  return roleCan(actor.role, permission);
}

/** The gate's refusal: names the permission the route needs (`requiredPermission`). */
export function permissionDenied(actor: Actor, permission: PermissionRequirement) {
  const names = [permission].flat().join(' / ');
  return forbidden(
    { zh: `当前角色（${roleNames[actor.role].zh}）无权执行此操作（${names}）`, en: `Your role (${roleNames[actor.role].en}) may not do this (${names})` },
    { requiredPermission: permission },
  );
}

export function assertCan(actor: Actor | null, permission: PermissionRequirement): asserts actor is Actor {
  if (!actor) throw unauthenticated();
  if (!can(actor, permission)) throw permissionDenied(actor, permission);
}

/**
 * The root of the subtree an actor sees. Officers of a union see their own union's subtree;
 * departments, agencies and the auditor work for the whole federation, so their scope is the
 * root their org hangs from (read-only for them, by their permissions). Members have no org scope.
 */
export function scopePath(actor: Actor): string | null {
  if (!actor.orgPath) return null;
  switch (actor.role) {
    case 'department-officer':
    case 'agency-officer':
    case 'auditor':
    case 'security-admin':
    case 'federation-admin':
      return actor.orgPath.split('.')[0] + '.';
    case 'member':
      return null;
    default:
      return actor.orgPath;
  }
}

/**
 * The scope filter, for any query with an org path column. Out-of-scope rows never leave the
 * database. An actor without an org scope (a member) matches nothing here.
 */
export function inScope(actor: Actor, pathColumn: string) {
  const root = scopePath(actor);
  return (eb: ExpressionBuilder<any, any>): Expression<SqlBool> => (root === null ? sql<SqlBool>`false` : eb(eb.ref(pathColumn), 'like', `${root}%`));
}

/**
 * The region of an org path: the top-level union below the federation root (the path's second id;
 * the root's own path is its own region). The distribution column of the large tables (migration
 * 0031, docs/scale.md); the same rule as the database's `region_of_path`.
 */
export function regionOfPath(path: string): number {
  const ids = path.split('.').filter(Boolean);
  return Number(ids[1] ?? ids[0]);
}

/** The one region the actor's scope lies in, or null for a federation-wide scope (its queries fan out). */
export function scopeRegion(actor: Actor): number | null {
  const root = scopePath(actor);
  if (root === null) return null;
  return root.split('.').filter(Boolean).length >= 2 ? regionOfPath(root) : null;
}

/**
 * The region filter that goes beside `inScope` on a table carrying `region_id`: for a caller inside
 * one region the query names the distribution column, so it runs on that region's shard alone
 * (`test/integration/distribution.test.ts` checks every hot query prunes to one partition). A
 * federation-wide caller gets no filter (true). Rows outside the region are outside the scope anyway.
 */
export function inRegion(actor: Actor, regionColumn: string) {
  const region = scopeRegion(actor);
  return (eb: ExpressionBuilder<any, any>): Expression<SqlBool> => (region === null ? sql<SqlBool>`true` : eb(eb.ref(regionColumn), '=', region));
}

/** True when an org path lies in the actor's scope (for checks on a single loaded row). */
export function pathInScope(actor: Actor, path: string): boolean {
  const root = scopePath(actor);
  return root !== null && path.startsWith(root);
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
  // An agency (市职保中心, a provider) sees the whole federation to do its own work, and manages only what its
  // own org owns: seeing a union's records is not writing them (found in pools, where 海鸥 could split Pudong's places).
  if (actor.role === 'agency-officer') return org.path === actor.orgPath;
  return pathInScope(actor, org.path);
}

export function assertManage(actor: Actor, permission: Permission, org: { path: string }, responsibleOrgId?: number | null) {
  if (!mayManage(actor, permission, org, responsibleOrgId)) throw forbidden();
}
