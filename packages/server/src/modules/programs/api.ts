// The programs module's exported API for other modules (issue 13, module walls): program instances
// are read through these, never by naming program_instances.
import type { Executor } from '../../platform/context.ts';
import { loadInstance } from './service.ts';

/** One program instance with its rules and its union (404 when there is none). */
export const instanceOf = (db: Executor, id: number) => loadInstance(db, id);

/**
 * The program instances as other modules join them, read-only: id, program code, year, title, the
 * union that runs it and its settlement rules. Join it as a subquery, e.g.
 * `.innerJoin(instanceView(db).as('pi'), 'pi.id', 'applications.instance_id')`.
 */
export const instanceView = (db: Executor) => db.selectFrom('program_instances').select(['id', 'program', 'year', 'title', 'org_id', 'settlement']);

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
