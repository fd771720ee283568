// SQL of the policy module: the versions entered from the UI (table policy_versions).
import type { Executor } from '../../platform/context.ts';
import type { PolicyVersionStatus } from '../../db/schema.ts';

const columns = [
  'v.id',
  'v.program',
  'v.policy',
  'v.effective_from',
  'v.effective_to',
  'v.source',
  'v.note_zh',
  'v.note_en',
  'v.base_policy',
  'v.parameter_values',
  'v.carried_over',
  'v.status',
  'v.created_by',
  'v.created_at',
  'v.decided_by',
  'v.decided_at',
  'v.decision_note',
] as const;

function base(db: Executor) {
  return db
    .selectFrom('policy_versions as v')
    .leftJoin('accounts as c', 'c.id', 'v.created_by')
    .leftJoin('accounts as d', 'd.id', 'v.decided_by')
    .select(columns)
    .select(['c.display_name as created_by_name', 'd.display_name as decided_by_name']);
}

export type VersionRow = NonNullable<Awaited<ReturnType<typeof getVersion>>>;

export async function listVersions(db: Executor, program?: string) {
  let q = base(db);
  if (program) q = q.where('v.program', '=', program);
  return q.orderBy('v.program').orderBy('v.effective_from').orderBy('v.id').execute();
}

export async function getVersion(db: Executor, id: number, opts: { lock?: boolean } = {}) {
  if (opts.lock) await db.selectFrom('policy_versions').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
  return base(db).where('v.id', '=', id).executeTakeFirst();
}

export async function approvedVersions(db: Executor) {
  return base(db).where('v.status', '=', 'approved').orderBy('v.effective_from').execute();
}

export async function insertVersion(
  db: Executor,
  v: {
    program: string;
    policy: string;
    from: string;
    to: string | null;
    source: string;
    noteZh: string | null;
    noteEn: string | null;
    basePolicy: string | null;
    values: Record<string, unknown>;
    carriedOver: boolean;
    createdBy: number | null;
    status?: PolicyVersionStatus;
    decidedBy?: number | null;
  },
) {
  const row = await db
    .insertInto('policy_versions')
    .values({
      program: v.program,
      policy: v.policy,
      effective_from: v.from,
      effective_to: v.to,
      source: v.source,
      note_zh: v.noteZh,
      note_en: v.noteEn,
      base_policy: v.basePolicy,
      parameter_values: JSON.stringify(v.values),
      carried_over: v.carriedOver,
      created_by: v.createdBy,
      ...(v.status && { status: v.status }),
      ...(v.status && v.status !== 'draft' && { decided_by: v.decidedBy ?? null, decided_at: new Date() }),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function decide(db: Executor, id: number, status: 'approved' | 'rejected', by: number, note: string | null) {
  await db.updateTable('policy_versions').set({ status, decided_by: by, decided_at: new Date(), decision_note: note }).where('id', '=', id).execute();
}

export async function nameTaken(db: Executor, program: string, policy: string) {
  return !!(await db
    .selectFrom('policy_versions')
    .select('id')
    .where('program', '=', program)
    .where('policy', '=', policy)
    .where('status', '<>', 'rejected')
    .executeTakeFirst());
}
