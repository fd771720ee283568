// Calls for proposals: proposals, screening, candidates, consultation.
import { z } from 'zod';
import { defineJob, defineModule, every } from '../../platform/module.ts';
import { callRoutes } from './routes.ts';
import { callNotices, notifyStageChanges } from './service.ts';

/** Hourly: unions and members are told when a call enters its next stage. */
export const callStageJob = defineJob({ kind: 'lifecycle.call-stages', payload: z.object({}), handler: (s) => notifyStageChanges(s) });

export const callsModule = defineModule({
  name: 'calls',
  owns: ['calls', 'proposals', 'candidates', 'supports', 'comments'],
  routes: callRoutes,
  jobs: [callStageJob],
  schedules: [{ job: callStageJob, next: every(3600_000), first: every(60_000) }],
  notices: callNotices,
});
