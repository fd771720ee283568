// Where today stands in a cover's period, for member protection and the gig workers' mutual protection alike:
// a cover's status says what was done (confirmed, active); this says whether it protects today.
export type CoverPhase = 'not-started' | 'in-force' | 'ended';

export const coverPhase = (c: { coverage_start: string; coverage_end: string }, today: string): CoverPhase =>
  today < c.coverage_start ? 'not-started' : today > c.coverage_end ? 'ended' : 'in-force';
