// The entitlements module's exported API (issue 13 §4: one mapper from the registry to the engine's
// inputs). What the registry says about a person on a date (PersonFacts) is read here, once, for every
// evaluation of a member: the entitlements answer, and the applications workflow (its registry facts).
import type { Executor } from '../../platform/context.ts';
import { membershipsOf, registryPerson } from '../members/api.ts';
import { buildFacts } from './service.ts';
import type { PersonFacts } from './catalog.ts';

export { registryFacts, type PersonFacts } from './catalog.ts';

/** The registry's facts about a person on `date` (membership covering the day, categories, age …), or undefined when there is no such person. */
export async function personFactsOn(db: Executor, personId: number, date: string): Promise<PersonFacts | undefined> {
  const person = await registryPerson(db, personId);
  if (!person) return undefined;
  return buildFacts(person, await membershipsOf(db, personId), date);
}
