// Verify the audit hash chain (migration 0009): walk the entries in chain order and recompute every hash here,
// in JavaScript, from the stored values, independently of the database function that sealed them. The first
// entry that is changed, missing, inserted or unchained is named. Entries appended while the walk runs are
// left for the next run: the walk stops at the head it read first.
import crypto from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainBreak {
  /** The audit entry (audit_log.id) where the chain breaks, when there is one to name. */
  id: number | null;
  seq: number | null;
  at: string | null;
  action: string | null;
  reason: 'hash-mismatch' | 'missing-entries' | 'unchained-entry' | 'head-mismatch';
  message: { zh: string; en: string };
}

export interface ChainReport {
  ok: boolean;
  /** Entries verified (the length of the chain up to the head). */
  count: number;
  head: { seq: number; hash: string };
  broken: ChainBreak | null;
}

interface Row {
  seq: number;
  id: number;
  at: string;
  actor_id: number | null;
  actor_name: string | null;
  actor_role: string | null;
  org_path: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  summary: string | null;
  before: string | null;
  after: string | null;
  ip: string | null;
  request_id: string | null;
  hash: string | null;
}

/** The canonical form the database hashes (audit_log_canonical in 0009): a JSON array, jsonb kept as stored text. */
export function canonicalEntry(r: Omit<Row, 'hash'>): string {
  const j = (v: string | number | null) => JSON.stringify(v);
  return `[${[j(r.seq), j(r.id), j(r.at), j(r.actor_id), j(r.actor_name), j(r.actor_role), j(r.org_path), j(r.action), j(r.entity), j(r.entity_id), j(r.summary), r.before ?? 'null', r.after ?? 'null', j(r.ip), j(r.request_id)].join(',')}]`;
}

export const chainHash = (prev: string, canonical: string) =>
  crypto
    .createHash('sha256')
    .update(prev + canonical, 'utf8')
    .digest('hex');

export async function verifyAuditChain(db: Kysely<DB>, opts: { pageSize?: number } = {}): Promise<ChainReport> {
  const pageSize = opts.pageSize ?? 5000;
  // One statement, one snapshot: the head and the last chained entry must agree.
  const top = (
    await sql<{ seq: number; hash: string; max_seq: number | null }>`
    select c.seq, c.hash, (select max(seq) from audit_log) as max_seq from audit_chain c where c.id = 1`.execute(db)
  ).rows[0]!;
  const head = { seq: Number(top.seq), hash: top.hash };
  const report = (count: number, broken: ChainBreak | null): ChainReport => ({ ok: !broken, count, head, broken });
  const at = (r: { at: string }) => r.at;

  let prev = GENESIS_HASH;
  let expected = 1;
  for (;;) {
    const rows = (
      await sql<Row>`
      select seq, id, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at, actor_id, actor_name, actor_role, org_path,
             action, entity, entity_id, summary, before::text as before, after::text as after, ip, request_id, hash
      from audit_log where seq >= ${expected} and seq <= ${head.seq} order by seq limit ${pageSize}`.execute(db)
    ).rows;
    if (!rows.length) break;
    for (const r of rows) {
      const seq = Number(r.seq);
      if (seq !== expected)
        return report(expected - 1, {
          id: Number(r.id),
          seq,
          at: at(r),
          action: r.action,
          reason: 'missing-entries',
          message: {
            zh: `审计记录第 ${expected}–${seq - 1} 条（链序号）缺失，断在记录 ${r.id} 之前`,
            en: `audit entries with chain positions ${expected}–${seq - 1} are missing, before entry ${r.id}`,
          },
        });
      const h = chainHash(prev, canonicalEntry({ ...r, seq, id: Number(r.id), actor_id: r.actor_id === null ? null : Number(r.actor_id) }));
      if (h !== r.hash)
        return report(expected - 1, {
          id: Number(r.id),
          seq,
          at: at(r),
          action: r.action,
          reason: 'hash-mismatch',
          message: {
            zh: `审计记录 ${r.id}（链序号 ${seq}）的内容或顺序已被改动，与其哈希不符`,
            en: `audit entry ${r.id} (chain position ${seq}) was changed: its content does not match its hash`,
          },
        });
      prev = h;
      expected++;
    }
  }
  const count = expected - 1;
  if (count !== head.seq || (head.seq > 0 && prev !== head.hash) || (head.seq === 0 && head.hash !== GENESIS_HASH) || Number(top.max_seq ?? 0) !== head.seq)
    return report(count, {
      id: null,
      seq: count + 1,
      at: null,
      action: null,
      reason: 'head-mismatch',
      message: {
        zh: `审计链头（${head.seq} 条）与记录（${count} 条）不符：末尾的记录被删除或链头被改动`,
        en: `the chain head (${head.seq} entries) does not match the entries (${count}): entries were removed from the end, or the head was changed`,
      },
    });
  // A committed entry is always chained (the seal runs at COMMIT); one without seq got in with triggers off.
  const stray = await db
    .selectFrom('audit_log')
    .select(['id', 'action'])
    .select(sql<string>`to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('at'))
    .where('seq', 'is', null)
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  if (stray)
    return report(count, {
      id: Number(stray.id),
      seq: null,
      at: stray.at,
      action: stray.action,
      reason: 'unchained-entry',
      message: {
        zh: `审计记录 ${stray.id} 不在哈希链中（绕过触发器写入）`,
        en: `audit entry ${stray.id} is not in the hash chain (written past the triggers)`,
      },
    });
  return report(count, null);
}
