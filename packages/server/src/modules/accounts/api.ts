// The accounts module's exported API for other modules: a member's own account (the applicant is
// notified there), and the officers of an org (notices go to every active officer).
export { activeOfficerIds, memberAccountId } from './repository.ts';
