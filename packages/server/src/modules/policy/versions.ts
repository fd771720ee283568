// Policy versions entered from the UI (issue 12 §1): an administrator drafts next year's version of
// a program from the last one, citing the new notice; the engine checks it against the program's
// parameter schemas and previews it on the program's cases; a second person approves it (the
// creator cannot: checks-and-safeguards.md, four eyes on every rule change); every step is audited.
// Approved versions are registered in the engine at start-up and on approval.
import {
  checkPolicyVersion,
  getParameters,
  getProgram,
  isPolicyError,
  previewPolicyVersion,
  programCases,
  registerPolicyVersion,
  type PolicyVersionDraft,
} from '@shishi/policy';
import { writeAudit } from '../../platform/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import type { Services } from '../../platform/services.ts';
import * as repo from './repository.ts';
import { carriedOverVersions, program as programInfo } from './service.ts';

export interface DraftInput {
  program: string;
  policy: string;
  from: string;
  to?: string | undefined;
  source: string;
  noteZh?: string | undefined;
  noteEn?: string | undefined;
  basePolicy?: string | undefined;
  values: Record<string, unknown>;
}

const toDraft = (r: repo.VersionRow): PolicyVersionDraft => ({
  program: r.program,
  policy: r.policy,
  from: r.effective_from,
  ...(r.effective_to && { to: r.effective_to }),
  source: r.source,
  ...(r.note_zh && { note: { zh: r.note_zh, en: r.note_en ?? r.note_zh } }),
  values: r.parameter_values as Record<string, unknown>,
});

/** The engine's error as a 400 naming the field (`values.<parameter>…`, `from`, `policy`, `source`). */
function invalid(err: unknown): unknown {
  if (!isPolicyError(err)) return err;
  const field = err.field ?? 'values';
  return new AppError(400, 'invalid-policy-version', err.messages, [{ field, code: err.code, message: err.messages }]);
}

/** Already in the engine (a bundled version, or registered earlier in this process). */
function inEngine(program: string, policy: string, from: string): boolean {
  return !!getProgram(program)?.versions.some((v) => v.policy === policy && v.from === from);
}

/** Register every approved version in the engine (at start-up; idempotent across apps in one process). */
export async function loadApprovedVersions(s: Services) {
  for (const r of await repo.approvedVersions(s.database.db)) {
    if (r.carried_over) carriedOverVersions.add(`${r.program}:${r.policy}`);
    if (inEngine(r.program, r.policy, r.effective_from)) continue;
    try {
      registerPolicyVersion(toDraft(r));
    } catch (err) {
      s.log.error({ err, program: r.program, policy: r.policy }, 'policy version could not be registered');
    }
  }
}

export function present(r: repo.VersionRow, opts: { values?: boolean } = {}) {
  return {
    id: r.id,
    program: r.program,
    policy: r.policy,
    from: r.effective_from,
    to: r.effective_to,
    source: r.source,
    note: r.note_zh ? { zh: r.note_zh, en: r.note_en ?? r.note_zh } : null,
    basePolicy: r.base_policy,
    carriedOver: r.carried_over,
    status: r.status,
    origin: 'entered' as const,
    createdBy: r.created_by_name,
    createdById: r.created_by,
    createdAt: r.created_at,
    decidedBy: r.decided_by_name,
    decidedAt: r.decided_at,
    decisionNote: r.decision_note,
    ...(opts.values && { values: r.parameter_values as Record<string, unknown> }),
  };
}

/** Every version of a program: those bundled with the release (params/*.yaml) and those entered here. */
export async function listVersions(s: Services, program: string) {
  const info = programInfo(program);
  const rows = await repo.listVersions(s.database.db, program);
  const entered = new Set(rows.filter((r) => r.status === 'approved').map((r) => r.policy));
  const bundled = info.versions
    .filter((v) => !entered.has(v.policy))
    .map((v) => ({
      policy: v.policy,
      from: v.from,
      to: v.to ?? null,
      source: v.source,
      note: v.note ?? null,
      origin: 'bundled' as const,
      status: 'approved' as const,
    }));
  return { program, title: info.title, bundled, items: rows.map((r) => present(r)) };
}

export async function getVersion(s: Services, id: number) {
  const r = await repo.getVersion(s.database.db, id);
  if (!r) throw new AppError(404, 'not-found', { zh: `没有政策版本 ${id}`, en: `No policy version ${id}` });
  return r;
}

/** What a new version starts from: the latest version in force and every parameter's value then (money in yuan). */
export function template(program: string) {
  const info = programInfo(program);
  const last = info.versions[info.versions.length - 1]!;
  const values = getParameters(program, last.from);
  const year = Number((last.to ?? last.from).slice(0, 4)) + 1;
  return {
    program,
    title: info.title,
    basePolicy: last.policy,
    baseSource: last.source,
    suggested: { policy: String(year), from: `${year}-01-01`, to: `${year}-12-31` },
    parameters: values.map((p) => ({ name: p.name, unit: p.unit, value: p.value, source: p.source, ...(p.reading && { reading: p.reading }) })),
  };
}

export async function createDraft(s: Services, ctx: RequestContext, d: DraftInput) {
  programInfo(d.program);
  const draft: PolicyVersionDraft = {
    program: d.program,
    policy: d.policy.trim(),
    from: d.from,
    ...(d.to && { to: d.to }),
    source: d.source.trim(),
    values: d.values,
  };
  try {
    checkPolicyVersion(draft);
  } catch (err) {
    throw invalid(err);
  }
  return s.database.db.transaction().execute(async (trx) => {
    if (await repo.nameTaken(trx, d.program, draft.policy))
      throw new AppError(
        409,
        'policy-version-exists',
        {
          zh: `${d.program} 已有名为 ${draft.policy} 的版本（草稿或已批准）`,
          en: `${d.program} already has a version named ${draft.policy} (draft or approved)`,
        },
        [{ field: 'policy', code: 'exists', message: { zh: '版本名称已被使用', en: 'name in use' } }],
      );
    const id = await repo.insertVersion(trx, {
      program: d.program,
      policy: draft.policy,
      from: d.from,
      to: d.to ?? null,
      source: draft.source,
      noteZh: d.noteZh?.trim() || null,
      noteEn: d.noteEn?.trim() || null,
      basePolicy: d.basePolicy ?? null,
      values: d.values,
      carriedOver: false,
      createdBy: ctx.actor!.accountId,
    });
    await writeAudit(trx, ctx, {
      action: 'policy.version.create',
      entity: 'policy_version',
      entityId: id,
      summary: `${d.program} ${draft.policy}（${d.from}–${d.to ?? ''}）：${draft.source}`,
      after: { ...draft },
    });
    return present((await repo.getVersion(trx, id))!, { values: true });
  });
}

export async function preview(s: Services, id: number) {
  const r = await getVersion(s, id);
  if (r.status !== 'draft') throw new AppError(409, 'not-a-draft', { zh: '只有草稿可以预览', en: 'Only a draft can be previewed' });
  let items: ReturnType<typeof previewPolicyVersion>;
  try {
    items = previewPolicyVersion(toDraft(r), programCases(r.program), r.base_policy ?? undefined);
  } catch (err) {
    throw invalid(err);
  }
  const changed = items.filter((x) => x.changed).length;
  return { id, program: r.program, policy: r.policy, basePolicy: r.base_policy, total: items.length, changed, unchanged: items.length - changed, items };
}

const notDraft = (status: string) =>
  new AppError(409, 'not-a-draft', { zh: `该版本已${status === 'approved' ? '批准' : '驳回'}，不能再审批`, en: `This version is already ${status}` });

export async function approve(s: Services, ctx: RequestContext, id: number, note: string | undefined) {
  const actor = ctx.actor!;
  const r = await s.database.db.transaction().execute(async (trx) => {
    const r = await repo.getVersion(trx, id, { lock: true });
    if (!r) throw new AppError(404, 'not-found', { zh: `没有政策版本 ${id}`, en: `No policy version ${id}` });
    if (r.status !== 'draft') throw notDraft(r.status);
    if (r.created_by === actor.accountId)
      throw new AppError(409, 'same-person', {
        zh: '创建人不能批准自己起草的政策版本，须由另一人审批',
        en: 'The person who drafted a policy version cannot approve it; a second person must',
      });
    try {
      checkPolicyVersion(toDraft(r));
    } catch (err) {
      throw invalid(err);
    }
    await repo.decide(trx, id, 'approved', actor.accountId, note?.trim() || null);
    await writeAudit(trx, ctx, {
      action: 'policy.version.approve',
      entity: 'policy_version',
      entityId: id,
      summary: `批准 ${r.program} ${r.policy}（${r.effective_from}–${r.effective_to ?? ''}），起草人 ${r.created_by_name ?? ''}`,
      before: { status: 'draft' },
      after: { status: 'approved' },
    });
    return r;
  });
  registerPolicyVersion(toDraft(r));
  return present((await repo.getVersion(s.database.db, id))!, { values: true });
}

export async function reject(s: Services, ctx: RequestContext, id: number, note: string) {
  const actor = ctx.actor!;
  return s.database.db.transaction().execute(async (trx) => {
    const r = await repo.getVersion(trx, id, { lock: true });
    if (!r) throw new AppError(404, 'not-found', { zh: `没有政策版本 ${id}`, en: `No policy version ${id}` });
    if (r.status !== 'draft') throw notDraft(r.status);
    await repo.decide(trx, id, 'rejected', actor.accountId, note.trim());
    await writeAudit(trx, ctx, {
      action: 'policy.version.reject',
      entity: 'policy_version',
      entityId: id,
      summary: `驳回 ${r.program} ${r.policy}：${note.trim()}`,
      before: { status: 'draft' },
      after: { status: 'rejected' },
    });
    return present((await repo.getVersion(trx, id))!, { values: true });
  });
}

/**
 * A version repeating the last one's values for a year whose notice is not yet known (the demo's
 * live year): approved by the system, marked carried over, its source and note saying so (not a
 * notice's text) until the year's notice is entered as a new version. Every date in the values
 * moves by the years between the base version and `year` (windows, deadlines, "issued since");
 * `overrides` replaces whole parameters and is named in the note (the demo's own windows).
 */
export async function carryOver(s: Services, program: string, year: number, opts: { overrides?: Record<string, unknown>; overrideNote?: string } = {}) {
  const t = template(program);
  const policy = String(year);
  // The database decides (one per database); the engine is per process and may already hold it from another app.
  if (await repo.nameTaken(s.database.db, program, policy)) return false;
  const baseYear = Number(
    getProgram(program)!
      .versions.find((v) => v.policy === t.basePolicy)!
      .from.slice(0, 4),
  );
  const values: Record<string, unknown> = Object.fromEntries(t.parameters.map((p) => [p.name, shiftYears(p.value, year - baseYear)]));
  for (const [k, v] of Object.entries(opts.overrides ?? {})) values[k] = v;
  const source = `沿用 ${t.basePolicy} 年度标准（非 ${year} 年通知原文）：${t.baseSource}；待 ${year} 年通知下发后更新`;
  const draft: PolicyVersionDraft = { program, policy, from: `${year}-01-01`, to: `${year}-12-31`, source, values };
  // Checked once per process: another database opened by this process (a test file's second app, a
  // crash-and-restart fixture) may have registered the same carried-over version already.
  const registered = inEngine(program, policy, draft.from);
  if (!registered) checkPolicyVersion(draft);
  const extraZh = opts.overrideNote ? `${opts.overrideNote}。` : '';
  await repo.insertVersion(s.database.db, {
    program,
    policy,
    from: draft.from,
    to: draft.to!,
    source,
    noteZh: `沿用上一年度（${t.basePolicy}）的标准，日期顺延至 ${year} 年，非通知原文；${extraZh}${year} 年通知录入后以新版本为准。`,
    noteEn: `Carries over the ${t.basePolicy} values with dates moved to ${year}; not a notice's text. ${opts.overrideNote ? 'Some values are set for the demo. ' : ''}Superseded once the ${year} notice is entered.`,
    basePolicy: t.basePolicy,
    values,
    carriedOver: true,
    createdBy: null,
    status: 'approved',
    decidedBy: null,
  });
  carriedOverVersions.add(`${program}:${policy}`);
  if (!registered) registerPolicyVersion(toDraft((await repo.listVersions(s.database.db, program)).find((r) => r.policy === policy)!));
  return true;
}

/** Every ISO date (YYYY-MM-DD) inside a value moved by `years` (stay-period 2025-01-01–2025-12-31 → 2026). */
function shiftYears(v: unknown, years: number): unknown {
  if (!years) return v;
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) {
    const y = Number(v.slice(0, 4)) + years;
    const md = v.slice(4) === '-02-29' && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? '-02-28' : v.slice(4);
    return `${y}${md}`;
  }
  if (Array.isArray(v)) return v.map((x) => shiftYears(x, years));
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shiftYears(x, years)]));
  return v;
}
