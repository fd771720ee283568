// The projects module's exported API (issue 13): what the progress and surveys modules may read of
// lists, projects and targets. Everything here reads; writes stay in the projects service.
export { allocationHolders, ownerKeepsAShare, projectHeads, projectTargets, projectsQuery, slateHeads, type ProjectRow, type SlateRow } from './repository.ts';
export { loadProject, loadSlate } from './service.ts';
export { categories, categoryNames, type Category } from './categories.ts';
