// One audit write for every change: who, when, what, before/after. Called inside the same
// transaction as the change, so an audited change and its entry commit or roll back together.
// Callers pass presenter output (masked values), never raw personal data; as a backstop every
// mobile and ID number left in summary/before/after is masked here, so no caller can leak one.
import type { Executor, RequestContext } from './context.ts';
import { maskPersonalData } from './personal-data.ts';

export interface AuditEntry {
  action: string; // verb-first, e.g. `org.create`, `member.transfer`, `member.reveal`
  entity: string;
  entityId?: string | number | null;
  /** Org path the entity sits under, so auditors of a subtree see its entries. */
  orgPath?: string | null;
  summary?: string;
  before?: unknown;
  after?: unknown;
}

export async function writeAudit(db: Executor, ctx: RequestContext, entry: AuditEntry): Promise<void> {
  const e: AuditEntry = { ...entry, ...maskPersonalData({ summary: entry.summary, before: entry.before, after: entry.after }) };
  await db
    .insertInto('audit_log')
    .values({
      actor_id: ctx.actor?.accountId ?? null,
      actor_name: ctx.actor?.username ?? 'system',
      actor_role: ctx.actor?.role ?? 'system',
      org_path: e.orgPath ?? ctx.actor?.orgPath ?? null,
      action: e.action,
      entity: e.entity,
      entity_id: e.entityId == null ? null : String(e.entityId),
      summary: e.summary ?? null,
      before: e.before === undefined ? null : JSON.stringify(e.before),
      after: e.after === undefined ? null : JSON.stringify(e.after),
      ip: ctx.ip,
      request_id: ctx.requestId,
    })
    .execute();
}
