// The member registry: persons and their memberships, and the counts kept of them per union.
import { defineJob, defineModule, dailyAt } from '../../platform/module.ts';
import { z } from 'zod';
import { memberRoutes } from './routes.ts';
import { compactCounts } from './repository.ts';

/** Folds the deltas of member_counts into one row per group (migration 0021), so reading them stays a few rows per union. */
export const compactCountsJob = defineJob({
  kind: 'members.compact-counts',
  payload: z.object({}),
  handler: async (s) => ({ removed: await compactCounts(s.database.db) }),
});

export const membersModule = defineModule({
  name: 'members',
  owns: ['persons', 'memberships', 'member_counts', 'card_events', 'member_staging'],
  routes: memberRoutes,
  jobs: [compactCountsJob],
  schedules: [{ job: compactCountsJob, next: dailyAt(2) }],
});
