// The progress module's exported read API (issue 13): what the projects module may read of
// progress reports (the evaluation's figures, and whether a target or project has reports).
export { countedSubsidies, countedValues, reportsOfProject, valuesOfTarget } from './repository.ts';

/** The caller's reports to file and to accept, per project (the 待办 list). */
export { progressWork } from './service.ts';
