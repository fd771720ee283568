// The programs module's exported API for other modules (issue 13, module walls): program instances
// are read through these, never by naming program_instances.
import type { Executor } from '../../platform/context.ts';
import { loadInstance } from './service.ts';
import * as repo from './repository.ts';

/** One program instance with its rules and its union (404 when there is none). */
export const instanceOf = (db: Executor, id: number) => loadInstance(db, id);

/**
 * The program instances as other modules join them, read-only: id, program code, year, title, the
 * union that runs it and its settlement rules. Join it as a subquery, e.g.
 * `.innerJoin(instanceView(db).as('pi'), 'pi.id', 'applications.instance_id')`.
 */
export const instanceView = (db: Executor) => repo.instanceView(db);

/**
 * What the programs call a document type (职业资格证书 for `certificate`), from the newest program
 * instance that asks for it; undefined when no program names it. For the audit trail's summaries.
 */
export async function documentTypeName(db: Executor, type: string): Promise<{ zh: string; en: string } | undefined> {
  const rows = await repo.recentRequiredDocuments(db);
  for (const r of rows) {
    const d = (r.required_documents as { type?: string; name?: { zh: string; en: string } }[]).find((x) => x?.type === type);
    if (d?.name) return d.name;
  }
  return undefined;
}

export { adapters, type MemberRegister, type ProgramAdapter } from './catalog.ts';

import { adapters as registry, type ProgramAdapter as Adapter } from './catalog.ts';
/**
 * Registers the application form of a program another module runs (issue 11: the sites module's
 * driver homes and health points, organisation applicants). Without it `POST /programs` refuses the
 * program as having no application form.
 */
export function registerAdapter(a: Adapter) {
  registry[a.code] = a;
}

/**
 * The federation's closed instance of a program the ledger pays without an application form (issue 9/10:
 * protection claims, quota settlements), found or opened for the year. Closed: nobody applies to it; it
 * only carries the settlement rules (who prepares and pays) and the title the batches show.
 */
export async function ledgerInstance(trx: Executor, p: { program: string; year: number; title: string; preparer: string; createdBy?: number | null }) {
  const key = { program: p.program, year: p.year, orgId: await repo.federationId(trx) };
  const found = await repo.instanceIdFor(trx, key);
  if (found !== undefined) return found;
  const row = await repo.insertInstanceIfAbsent(trx, {
    program: p.program,
    year: p.year,
    org_id: key.orgId,
    title: p.title,
    status: 'closed',
    channels: [],
    windows: JSON.stringify([]),
    review_chain: JSON.stringify([]),
    required_documents: JSON.stringify([]),
    settlement: JSON.stringify({ cadence: 'monthly', closeDay: 25, payByDay: 10, preparer: p.preparer, payTo: 'member-card' }),
    contacts: JSON.stringify([]),
    sources: null,
    created_by: p.createdBy ?? null,
  });
  if (row !== undefined) return row;
  // Another transaction opened it at the same moment: the conflict left its row to read.
  const opened = await repo.instanceIdFor(trx, key);
  if (opened === undefined) throw new Error(`program instance ${p.program} ${p.year}: neither opened nor found`);
  return opened;
}

type Bilingual = { zh: string; en: string };
/**
 * A field of an application form in both languages, for the published form (form.ts, GET /programs/:id/form):
 * `.meta(formLabel('联系人', 'Contact'))` in place of `.describe('联系人')`. `values` labels an enum's codes,
 * e.g. formLabel('场地来源', 'Venue source', { own: ['自有', 'Own'] }).
 */
export function formLabel(zh: string, en: string, values?: Record<string, readonly [string, string]>) {
  return {
    description: zh,
    'x-label': { zh, en },
    ...(values ? { 'x-enum-labels': Object.fromEntries(Object.entries(values).map(([k, [z, e]]) => [k, { zh: z, en: e } satisfies Bilingual])) } : {}),
  };
}

/** An enum's Chinese names (the module's own table) beside their English ones, for formLabel's `values`. */
export function bothNames<K extends string>(zh: Readonly<Record<K, string>>, en: Readonly<Record<K, string>>): Record<K, readonly [string, string]> {
  return Object.fromEntries(Object.keys(zh).map((k) => [k, [zh[k as K], en[k as K]] as const])) as Record<K, readonly [string, string]>;
}
