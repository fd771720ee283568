// The surveys module's exported read API (issue 13): what the projects module may read of surveys
// (the satisfaction figures of the evaluation, and whether a project has surveys).
export { surveysOfProject } from './repository.ts';
export { satisfactionByProject } from './service.ts';
