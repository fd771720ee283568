// The yearly project cycle: calls for proposals, proposals, screening, consultation (calls module);
// slates, projects, plans, targets, allocations, milestones (projects module); progress reports,
// evaluation, dashboard (progress module); and the public list (no login). One hooks file per
// resource under lifecycle/, each with its query-key factory; this file re-exports them all.
import { callKeys } from './lifecycle/calls.ts';
import { evaluationKeys } from './lifecycle/evaluation.ts';
import { projectKeys } from './lifecycle/projects.ts';
import { progressKeys } from './lifecycle/reports.ts';
import { publicKeys } from './lifecycle/public.ts';
import { slateKeys } from './lifecycle/slates.ts';

export * from './lifecycle/common.ts';
export * from './lifecycle/calls.ts';
export * from './lifecycle/slates.ts';
export * from './lifecycle/projects.ts';
export * from './lifecycle/allocations.ts';
export * from './lifecycle/reports.ts';
export * from './lifecycle/evaluation.ts';
export * from './lifecycle/public.ts';

/** The keys of every lifecycle query, as before the split (the per-resource factories are the source). */
export const lcKeys = {
  calls: callKeys.list,
  call: callKeys.detail,
  proposals: callKeys.proposals,
  candidates: callKeys.candidates,
  comments: callKeys.comments,
  slates: slateKeys.list,
  slate: slateKeys.detail,
  project: projectKeys.detail,
  allocations: projectKeys.allocations,
  reports: projectKeys.reports,
  evaluation: projectKeys.evaluation,
  dashboard: evaluationKeys.dashboard,
  overdue: progressKeys.overdue,
  publicList: publicKeys.projects,
};
