// What other modules may read of the place programs (module pools).
import type { Executor } from '../../platform/context.ts';
import * as q from './quotas-repository.ts';

/**
 * The providers' and districts' satisfaction forms (满意度测评表, 000 六(一)3; 001 项目3 四(三)) returned with the
 * settlements of `programs` in `year` under the union at `orgPath`: how many settlements, forms, satisfied, persons.
 * The project's evaluation reads them beside its own surveys (issue 10 §4: “satisfaction results feed the evaluation”).
 */
export async function settlementSatisfaction(db: Executor, programs: string[], year: number, orgPath: string) {
  if (!programs.length) return { settlements: 0, responses: 0, satisfied: 0, persons: 0, satisfiedPercent: null };
  const r = await q.settlementSatisfaction(db, programs, year, orgPath);
  const responses = Number(r.responses);
  const satisfied = Number(r.satisfied);
  return { settlements: Number(r.settlements), responses, satisfied, persons: Number(r.persons), satisfiedPercent: responses ? Math.round((satisfied / responses) * 1000) / 10 : null };
}
