// The yearly project cycle's shared vocabulary: lifecycle permissions and project categories.
import type { Me } from '../auth.ts';

/** Lifecycle permissions (platform/access.ts); checked here so this file stands on its own. */
export type LifecyclePermission =
  | 'calls.read'
  | 'calls.manage'
  | 'proposals.submit'
  | 'consultation.take-part'
  | 'projects.read'
  | 'projects.write'
  | 'progress.report'
  | 'progress.review';
export const canLc = (me: Me | null | undefined, p: LifecyclePermission) => !!me && (me.permissions as string[]).includes(p);

export const categories = ['rights', 'skills', 'health', 'living', 'hardship', 'culture-sports', 'employment', 'other'] as const;
export type Category = (typeof categories)[number];

export type ProjectStatus = 'planned' | 'in-progress' | 'completed';
