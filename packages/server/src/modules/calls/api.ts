// The calls module's exported read API (issue 13): what other modules may ask about calls and
// candidates. The projects module uses it to check a list's call and a project's candidate.
export { callOwner, candidateState } from './repository.ts';
