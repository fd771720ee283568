import { can, pathInScope, regionOfPath, type Actor } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { AppError, conflict, forbidden, invalidField, notFound } from '../../platform/errors.ts';
import { idNumberProblemText, maskIdNumber, maskMobile, normalizeMobile, parseIdNumber } from '../../platform/identifiers.ts';
import { streamCsv, streamXlsx } from '../../platform/spreadsheets.ts';
import { CSV, XLSX, type Download } from '../../platform/download.ts';
import type { Executor, RequestContext } from '../../platform/context.ts';
import type { Services } from '../../platform/services.ts';
import * as repo from './repository.ts';
import { findOrgInScope as findOrg, findOrgUnscoped } from '../orgs/api.ts';
import {
  cardStatusNames,
  memberCategoryNames,
  type MemberCategory,
  type TMemberBulk,
  type TMemberCreate,
  type TMemberExport,
  type TMemberList,
  type TMemberUpdate,
} from './schema.ts';

type ListRow = Awaited<ReturnType<typeof repo.listMembers>>['rows'][number];

/**
 * A membership row of the list. On a past union's row of someone who has moved on, the fields the
 * new union keeps up (mobile, categories) are left out: the row is the old union's history only.
 */
export function presentMemberRow(r: ListRow) {
  const current = Boolean(r.current_in_scope);
  return {
    personId: r.person_id,
    membershipId: r.membership_id,
    name: r.name,
    idNumber: r.id_masked,
    mobile: current ? r.phone_masked : null,
    birthDate: r.birth_date,
    sex: r.sex,
    categories: current ? r.categories : [],
    memberNo: r.member_no,
    joinedOn: r.joined_on,
    leftOn: r.left_on,
    status: r.status,
    cardStatus: r.card_status,
    eMembership: r.e_membership,
    orgId: r.org_id,
    orgName: r.org_name,
    /** GET /members/:id answers (the person's current membership is in scope); else only /history. */
    current,
  };
}

/** A search term as the registry's blind indexes (a full ID number or a mobile is looked up by its hash, never in clear). */
function lookupOf(s: Services, term: string | undefined) {
  const lookup: { idHash?: string; phoneHash?: string } = {};
  if (term) {
    const id = parseIdNumber(term);
    if (id.ok) lookup.idHash = s.vault.blindIndex(id.value.idNumber);
    const m = normalizeMobile(term);
    if (m) lookup.phoneHash = s.vault.blindIndex(m);
  }
  return lookup;
}

export async function listMembers(s: Services, ctx: RequestContext, q: TMemberList) {
  const actor = ctx.actor!;
  const lookup = lookupOf(s, q.q);
  const cap = s.config.listCountCap;
  if ((q.page - 1) * q.pageSize >= cap)
    throw invalidField('query.page', 'page-too-deep', {
      zh: `只能翻阅前 ${cap} 条，请缩小查询范围（按单位、姓名或其他条件筛选）`,
      en: `only the first ${cap} rows can be paged through; narrow the search (by union, name or another filter)`,
    });
  const { total, capped, pageable, rows } = await repo.listMembers(s.database.db, actor, q, lookup, cap, s.config.listCountBudgetMs);
  return {
    total,
    /** `total` is a lower bound ("10,000+"): more than LIST_COUNT_CAP rows match, or the count ran past its time budget. */
    totalCapped: capped,
    /** Rows reachable by paging: never past LIST_COUNT_CAP; after a stopped count, one page beyond this one. */
    pageable,
    page: q.page,
    pageSize: q.pageSize,
    items: rows.map(presentMemberRow),
  };
}

async function loadPerson(db: Executor, actor: Actor, personId: number) {
  const p = await repo.findPersonInScope(db, actor, personId);
  if (!p) throw notFound('member', personId);
  return p;
}

export async function getMember(s: Services, ctx: RequestContext, personId: number) {
  const actor = ctx.actor!;
  const db = s.database.db;
  const p = await loadPerson(db, actor, personId);
  const memberships = await repo.membershipsOf(db, personId);
  const current = memberships.find((m) => m.status === 'active');
  const writable = !!current && can(actor, 'members.write') && pathInScope(actor, current.org_path);
  return {
    personId: p.id,
    name: p.name,
    idNumber: p.id_masked,
    mobile: p.phone_masked,
    birthDate: p.birth_date,
    sex: p.sex,
    categories: p.categories,
    current: current ? presentMembership(current) : null,
    history: memberships.map(presentMembership),
    abilities: {
      update: writable,
      transfer: writable,
      end: writable,
      reveal: can(actor, 'members.reveal') && !!current && pathInScope(actor, current.org_path),
    },
  };
}

/**
 * A person's membership history as the caller may see it: all of it for the current union (and
 * the member), only the rows in its scope for a union the person has left (GET /members/:id is
 * a 404 there). Name and masked ID number say whom the rows are about; nothing the new union keeps.
 */
export async function getMemberHistory(s: Services, ctx: RequestContext, personId: number) {
  const actor = ctx.actor!;
  const db = s.database.db;
  const whole = await repo.findPersonInScope(db, actor, personId);
  const rows = whole ? await repo.membershipsOf(db, personId) : actor.role === 'member' ? [] : await repo.membershipsOf(db, personId, actor);
  if (!rows.length) throw notFound('member', personId);
  const p = whole ?? (await repo.personBasicsOrThrow(db, personId));
  return { personId: p.id, name: p.name, idNumber: p.id_masked, current: !!whole, history: rows.map(presentMembership) };
}

function presentMembership(m: Awaited<ReturnType<typeof repo.membershipsOf>>[number]) {
  return {
    membershipId: m.id,
    memberNo: m.member_no,
    orgId: m.org_id,
    orgName: m.org_name,
    unitCategory: m.unit_category,
    joinedOn: m.joined_on,
    leftOn: m.left_on,
    status: m.status,
    cardStatus: m.card_status,
    eMembership: m.e_membership,
    note: m.note,
  };
}

/** The registry's rules for one person's identity fields; shared by the form and the importer. */
export function checkIdNumber(raw: string, field: string) {
  const parsed = parseIdNumber(raw);
  if (!parsed.ok) throw invalidField(field, `id-${parsed.problem}`, idNumberProblemText[parsed.problem]);
  return parsed.value;
}

export function checkMobile(raw: string | undefined | null, field: string) {
  if (raw == null || raw === '') return null;
  const m = normalizeMobile(raw);
  if (!m) throw invalidField(field, 'invalid-mobile', { zh: '手机号应为以1开头的11位数字', en: 'a mobile number has 11 digits starting with 1' });
  return m;
}

async function grassrootsInScope(db: Executor, actor: Actor, orgId: number, field: string) {
  const org = await findOrg(db, actor, orgId);
  if (!org) throw notFound('org', orgId);
  if (!pathInScope(actor, org.path) || !can(actor, 'members.write')) throw forbidden();
  if (org.kind !== 'grassroots') throw invalidField(field, 'not-grassroots', { zh: '会员只能隶属于基层工会', en: 'members belong to a grassroots union' });
  if (org.status !== 'active') throw invalidField(field, 'org-inactive', { zh: '该基层工会已停用', en: 'the grassroots union is inactive' });
  return org;
}

export async function createMember(s: Services, ctx: RequestContext, input: TMemberCreate) {
  const actor = ctx.actor!;
  const id = checkIdNumber(input.idNumber, 'body.idNumber');
  const mobile = checkMobile(input.mobile, 'body.mobile');
  if (input.joinedOn < id.birthDate) throw invalidField('body.joinedOn', 'before-birth', { zh: '入会日期早于出生日期', en: 'joined before being born' });
  return s.database.db.transaction().execute(async (trx) => {
    const org = await grassrootsInScope(trx, actor, input.orgId, 'body.orgId');
    const idHash = s.vault.blindIndex(id.idNumber);
    let person = await repo.personByIdHash(trx, idHash);
    if (person) {
      const active = await repo.activeMembershipOrg(trx, person.id);
      if (active) {
        const visible = pathInScope(actor, active.path);
        throw conflict(
          'duplicate-person',
          {
            zh: visible
              ? `此身份证号已是「${active.name}」的在册会员（人员ID ${person.id}），如需变更请办理转会`
              : '此身份证号已在其他工会在册，请由原工会办理转会',
            en: visible
              ? `This ID number is already an active member of ${active.name} (person ${person.id}); transfer instead`
              : 'This ID number is an active member of another union; ask that union to transfer them',
          },
          visible ? { personId: person.id } : {},
        );
      }
    }
    if (input.memberNo && (await repo.membershipByNo(trx, input.memberNo)))
      throw conflict('duplicate-member-no', { zh: `会员编号 ${input.memberNo} 已被使用`, en: `Member number ${input.memberNo} is already used` });
    if (!person) {
      person = await repo.insertPerson(trx, {
        name: input.name,
        id_hash: idHash,
        id_cipher: s.vault.seal(id.idNumber),
        id_masked: maskIdNumber(id.idNumber),
        birth_date: id.birthDate,
        sex: id.sex,
        phone_hash: mobile ? s.vault.blindIndex(mobile) : null,
        phone_cipher: mobile ? s.vault.seal(mobile) : null,
        phone_masked: mobile ? maskMobile(mobile) : null,
        categories: input.categories,
      });
    }
    const memberNo = input.memberNo ?? (await repo.nextMemberNo(trx));
    const m = {
      id: await repo.insertMembership(trx, {
        person_id: person.id,
        org_id: org.id,
        member_no: memberNo,
        joined_on: input.joinedOn,
        card_status: input.cardStatus,
        e_membership: input.eMembership,
        note: null,
        region_id: regionOfPath(org.path),
      }),
    };
    await writeAudit(trx, ctx, {
      action: 'member.create',
      entity: 'member',
      entityId: person.id,
      orgPath: org.path,
      summary: `${input.name} → ${org.name}`,
      after: {
        name: input.name,
        idNumber: maskIdNumber(id.idNumber),
        mobile: mobile ? maskMobile(mobile) : null,
        orgId: org.id,
        memberNo,
        membershipId: m.id,
        categories: input.categories,
      },
    });
    return { personId: person.id, membershipId: m.id, memberNo };
  });
}

async function activeMembershipWritable(db: Executor, actor: Actor, personId: number) {
  await loadPerson(db, actor, personId);
  const current = (await repo.membershipsOf(db, personId)).find((m) => m.status === 'active');
  if (!current) throw conflict('no-active-membership', { zh: '该人员当前没有在册会籍', en: 'This person has no active membership' });
  if (!can(actor, 'members.write') || !pathInScope(actor, current.org_path)) throw forbidden();
  return current;
}

export async function updateMember(s: Services, ctx: RequestContext, personId: number, input: TMemberUpdate) {
  const actor = ctx.actor!;
  const mobile = input.mobile === undefined ? undefined : checkMobile(input.mobile, 'body.mobile');
  await s.database.db.transaction().execute(async (trx) => {
    const current = await activeMembershipWritable(trx, actor, personId);
    // The card's status is what its events leave (issue 9 §1, cards.ts): not edited here.
    if (input.cardStatus !== undefined && input.cardStatus !== current.card_status)
      throw invalidField('body.cardStatus', 'card-status-by-event', {
        zh: '会员卡状态由办卡、激活、挂失、补卡、注销等操作改变，请在“会员服务卡”中办理',
        en: 'The card status changes through card events (issue, activate, report lost, reissue, cancel): use the member service card panel',
      });
    const before = await getMemberTx(trx, personId);
    if (input.name !== undefined || input.categories !== undefined || mobile !== undefined)
      await repo.updatePerson(trx, personId, {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.categories !== undefined ? { categories: input.categories } : {}),
        ...(mobile !== undefined
          ? {
              phone_hash: mobile ? s.vault.blindIndex(mobile) : null,
              phone_cipher: mobile ? s.vault.seal(mobile) : null,
              phone_masked: mobile ? maskMobile(mobile) : null,
            }
          : {}),
        updated_at: new Date(),
      });
    if (input.cardStatus !== undefined || input.eMembership !== undefined)
      await repo.updateMembership(trx, current.id, {
        ...(input.cardStatus !== undefined ? { card_status: input.cardStatus } : {}),
        ...(input.eMembership !== undefined ? { e_membership: input.eMembership } : {}),
        updated_at: new Date(),
      });
    const after = await getMemberTx(trx, personId);
    await writeAudit(trx, ctx, {
      action: 'member.update',
      entity: 'member',
      entityId: personId,
      orgPath: current.org_path,
      summary: after.name,
      before,
      after,
    });
  });
  // Read back after the transaction: PGlite has one connection, held by the transaction until it ends.
  return getMember(s, ctx, personId);
}

/** Masked snapshot for the audit trail. */
async function getMemberTx(db: Executor, personId: number) {
  const p = await repo.personBasicsOrThrow(db, personId);
  const m = (await repo.membershipsOf(db, personId)).find((x) => x.status === 'active');
  return {
    name: p.name,
    idNumber: p.id_masked,
    mobile: p.phone_masked,
    categories: p.categories,
    cardStatus: m?.card_status ?? null,
    eMembership: m?.e_membership ?? null,
  };
}

export async function transferMember(s: Services, ctx: RequestContext, personId: number, toOrgId: number, date: string, note?: string) {
  return s.database.db.transaction().execute((trx) => transferTx(trx, ctx, personId, toOrgId, date, note));
}

async function transferTx(trx: Executor, ctx: RequestContext, personId: number, toOrgId: number, date: string, note?: string) {
  const actor = ctx.actor!;
  const current = await activeMembershipWritable(trx, actor, personId);
  // The receiving union may be outside the sender's scope (a move across districts); it must be an active grassroots union.
  const target = await findOrgUnscoped(trx, toOrgId);
  if (!target) throw notFound('org', toOrgId);
  if (target.kind !== 'grassroots' || target.status !== 'active')
    throw invalidField('body.toOrgId', 'not-grassroots', { zh: '转入单位必须是在用的基层工会', en: 'the receiving org must be an active grassroots union' });
  if (target.id === current.org_id) throw invalidField('body.toOrgId', 'same-org', { zh: '转入单位与当前单位相同', en: 'that is the current union' });
  if (date < current.joined_on)
    throw invalidField('body.date', 'before-joined', { zh: '转会日期早于入会日期', en: 'the transfer date is before the member joined' });
  await repo.updateMembership(trx, current.id, { status: 'transferred', left_on: date, note: note ?? null, updated_at: new Date() });
  // The member number stays with the card: the new membership gets a fresh number only if the
  // old one is retired. Here the card moves with the person, so a new number is issued and the
  // old one is kept on the history row.
  const memberNo = await repo.nextMemberNo(trx);
  const m = {
    id: await repo.insertMembership(trx, {
      person_id: personId,
      org_id: target.id,
      member_no: memberNo,
      joined_on: date,
      card_status: current.card_status,
      e_membership: current.e_membership,
      note: `转自 ${current.org_name}`,
      region_id: regionOfPath(target.path),
    }),
  };
  await writeAudit(trx, ctx, {
    action: 'member.transfer',
    entity: 'member',
    entityId: personId,
    orgPath: current.org_path,
    summary: `${current.org_name} → ${target.name}`,
    before: { orgId: current.org_id, orgName: current.org_name, memberNo: current.member_no },
    after: { orgId: target.id, orgName: target.name, memberNo, membershipId: m.id, date },
  });
  return { personId, membershipId: m.id, memberNo };
}

export async function endMembership(s: Services, ctx: RequestContext, personId: number, date: string, reason: string) {
  return s.database.db.transaction().execute((trx) => endTx(trx, ctx, personId, date, reason));
}

async function endTx(trx: Executor, ctx: RequestContext, personId: number, date: string, reason: string) {
  const current = await activeMembershipWritable(trx, ctx.actor!, personId);
  if (date < current.joined_on) throw invalidField('body.date', 'before-joined', { zh: '日期早于入会日期', en: 'the date is before the member joined' });
  await repo.updateMembership(trx, current.id, { status: 'ended', left_on: date, note: reason, updated_at: new Date() });
  await writeAudit(trx, ctx, {
    action: 'member.end',
    entity: 'member',
    entityId: personId,
    orgPath: current.org_path,
    summary: reason,
    before: { status: 'active' },
    after: { status: 'ended', leftOn: date },
  });
  return { ok: true as const };
}

/** Adds or removes categories of one member (bulk operations); audited like an update. */
async function categoriesTx(trx: Executor, ctx: RequestContext, personId: number, add: readonly MemberCategory[], remove: readonly MemberCategory[]) {
  const current = await activeMembershipWritable(trx, ctx.actor!, personId);
  const p = await repo.personBasicsOrThrow(trx, personId);
  const next = [...new Set([...p.categories.filter((c) => !remove.includes(c as MemberCategory)), ...add])];
  if (next.length === p.categories.length && next.every((c) => p.categories.includes(c))) return;
  await repo.updatePerson(trx, personId, { categories: next, updated_at: new Date() });
  await writeAudit(trx, ctx, {
    action: 'member.update',
    entity: 'member',
    entityId: personId,
    orgPath: current.org_path,
    summary: p.name,
    before: { categories: p.categories },
    after: { categories: next },
  });
}

/** The most members one bulk operation takes (a page of the list at its largest is 200). */
export const BULK_MAX = 500;

/**
 * Bulk operations on members (issue 12 §3): transfer, end, or add/remove a category for up to
 * BULK_MAX members in one transaction, all or nothing: the first member that cannot be changed
 * stops the whole operation, and the error names that member (its position and name) and the rule.
 */
export async function bulkMembers(s: Services, ctx: RequestContext, input: TMemberBulk) {
  const ids = input.personIds;
  if (new Set(ids).size !== ids.length) throw invalidField('body.personIds', 'duplicate', { zh: '同一会员出现了两次', en: 'a member appears twice' });
  if (input.action === 'transfer' && !input.toOrgId)
    throw invalidField('body.toOrgId', 'required', { zh: '请选择转入的基层工会', en: 'choose the receiving grassroots union' });
  if ((input.action === 'transfer' || input.action === 'end') && !input.date)
    throw invalidField('body.date', 'required', { zh: '请填写日期', en: 'the date is required' });
  if (input.action === 'end' && !input.reason?.trim()) throw invalidField('body.reason', 'required', { zh: '请填写终止原因', en: 'the reason is required' });
  if ((input.action === 'add-category' || input.action === 'remove-category') && !input.category)
    throw invalidField('body.category', 'required', { zh: '请选择人员类别', en: 'choose a category' });
  await s.database.db.transaction().execute(async (trx) => {
    for (const [i, personId] of ids.entries()) {
      try {
        if (input.action === 'transfer') await transferTx(trx, ctx, personId, input.toOrgId!, input.date!, input.note);
        else if (input.action === 'end') await endTx(trx, ctx, personId, input.date!, input.reason!.trim());
        else if (input.action === 'add-category') await categoriesTx(trx, ctx, personId, [input.category!], []);
        else await categoriesTx(trx, ctx, personId, [], [input.category!]);
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        const who = await repo.personBasics(trx, personId);
        const name = who ? `${who.name}（${who.id_masked}）` : `#${personId}`;
        const field = e.issues[0]?.field ?? `body.personIds[${i}]`;
        throw new AppError(
          e.status,
          e.code,
          { zh: `第${i + 1}位 ${name}：${e.messages.zh}；全部未办理`, en: `Member ${i + 1}, ${name}: ${e.messages.en}. Nothing was changed` },
          [{ field: `body.personIds[${i}]`, code: e.code, message: e.messages, index: i }, ...(field !== `body.personIds[${i}]` ? e.issues : [])],
        );
      }
    }
  });
  return { done: ids.length, action: input.action };
}

/** Show the full ID number and mobile to a role allowed to see them; every reveal is audited. */
export async function revealMember(s: Services, ctx: RequestContext, personId: number) {
  const actor = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const p = await loadPerson(trx, actor, personId);
    const current = (await repo.membershipsOf(trx, personId)).find((m) => m.status === 'active');
    if (!can(actor, 'members.reveal') || !current || !pathInScope(actor, current.org_path)) throw forbidden();
    await writeAudit(trx, ctx, {
      action: 'member.reveal',
      entity: 'member',
      entityId: personId,
      orgPath: current.org_path,
      summary: 'full ID number and mobile shown',
    });
    return { idNumber: s.vault.open(p.id_cipher), mobile: p.phone_cipher ? s.vault.open(p.phone_cipher) : null };
  });
}

/** The path of the union a count or an export is narrowed to (404 outside the actor's scope), or null for the whole scope. */
async function orgFilterPath(db: Executor, actor: Actor, orgId?: number) {
  if (!orgId) return null;
  const org = await findOrg(db, actor, orgId);
  if (!org) throw notFound('org', orgId);
  return org.path;
}

/** Counts for dashboards: active memberships in the actor's scope (or under orgId), from the counts kept per union (migration 0021). */
export async function memberStats(s: Services, ctx: RequestContext, orgId?: number) {
  const actor = ctx.actor!;
  const orgPath = await orgFilterPath(s.database.db, actor, orgId);
  const rows = await repo.activeCounts(s.database.db, actor, orgPath);
  const of = (dim: string) => Object.fromEntries(rows.filter((r) => r.dim === dim).map((r) => [r.key, r.n]));
  const cards = of('card');
  return {
    total: Object.values(cards).reduce((a, b) => a + b, 0),
    byCardStatus: cards,
    bySex: of('sex'),
    byCategory: of('category'),
  };
}

export const memberExportColumns = [
  { key: 'memberNo', header: '会员编号', width: 14 },
  { key: 'name', header: '姓名', width: 10 },
  { key: 'idNumber', header: '身份证号', width: 22 },
  { key: 'mobile', header: '手机号', width: 14 },
  { key: 'sex', header: '性别', width: 6 },
  { key: 'birthDate', header: '出生日期', width: 12 },
  { key: 'orgName', header: '所属基层工会', width: 32 },
  { key: 'joinedOn', header: '入会日期', width: 12 },
  { key: 'cardStatus', header: '会员卡状态', width: 10 },
  { key: 'eMembership', header: '电子会员证', width: 10 },
  { key: 'categories', header: '人员类别', width: 24 },
];

/**
 * The list as a file (issue 12 "every list exports what it shows"; issue 14 §2 streamed): the list's
 * filters, scope and order, masked, written as the rows are read — a district's hundreds of
 * thousands of rows never sit in memory. The audit records who took which filters before the first
 * row leaves.
 */
export async function exportMembers(s: Services, ctx: RequestContext, q: TMemberExport): Promise<Download> {
  const actor = ctx.actor!;
  const orgPath = await orgFilterPath(s.database.db, actor, q.orgId);
  const list: TMemberList = { ...q, page: 1, pageSize: 1 };
  const filters = [
    q.orgId && `org ${q.orgId}`,
    q.q && 'search',
    q.category && `category ${q.category}`,
    q.cardStatus && `card ${q.cardStatus}`,
    q.sex && `sex ${q.sex}`,
    `status ${q.status}`,
  ]
    .filter(Boolean)
    .join(', ');
  await writeAudit(s.database.db, ctx, { action: 'member.export', entity: 'member', summary: `${q.format}; ${filters}`, orgPath: orgPath ?? actor.orgPath });
  const chunks = repo.exportChunks(s.database.db, actor, list, lookupOf(s, q.q), orgPath);
  // Exports are masked: a file leaves the system's access control the moment it is downloaded.
  async function* rows() {
    for await (const chunk of chunks)
      yield chunk.map((r) => ({
        memberNo: r.member_no,
        name: r.name,
        idNumber: r.id_masked,
        mobile: r.phone_masked ?? '',
        sex: r.sex === 'male' ? '男' : '女',
        birthDate: r.birth_date,
        orgName: r.org_name,
        joinedOn: r.joined_on,
        cardStatus: cardStatusNames[r.card_status].zh,
        eMembership: r.e_membership ? '是' : '否',
        categories: (r.categories as MemberCategory[]).map((c) => memberCategoryNames[c]?.zh ?? c).join('、'),
      }));
  }
  if (q.format === 'csv') return { fileName: 'members.csv', type: CSV, body: streamCsv(memberExportColumns, rows()) };
  return { fileName: 'members.xlsx', type: XLSX, body: streamXlsx({ name: '会员', columns: memberExportColumns }, rows()) };
}
