import { z } from 'zod';
import { ZIsoDate } from '../../platform/schemas.ts';
import { categories } from '../projects/api.ts';

const date = ZIsoDate;
const text = (max: number) => z.string().trim().max(max);

export const ZCallCreate = z.object({
  orgId: z.coerce.number().int().positive(),
  year: z.coerce.number().int().min(2000).max(2100),
  title: text(200).min(2),
  principles: text(5000).default(''),
  collectionStartsOn: date,
  collectionEndsOn: date,
  screeningEndsOn: date,
  consultationStartsOn: date,
  consultationEndsOn: date,
  publicationOn: date.optional(),
  publicationEvent: text(200).optional(),
  maxSupports: z.coerce.number().int().min(1).max(100).default(5),
  hideTallies: z.boolean().default(true),
});
export type TCallCreate = z.infer<typeof ZCallCreate>;
export const ZCallUpdate = ZCallCreate.omit({ orgId: true }).partial();
export type TCallUpdate = z.infer<typeof ZCallUpdate>;

export const ZCallList = z.object({
  year: z.coerce.number().int().optional(),
  orgId: z.coerce.number().int().positive().optional(),
});

/**
 * 征集表（一）(unions) and （二）(departments) have the same fields (004 附件1, 附件2): name; an
 * introduction that may cover content, target group and scale, approach, funding, resources and design;
 * the expected outcome; an assessment of last year's projects; who filled it in and a phone. Members
 * (个人网上征集, 004 四（三）) send a short form: name, introduction, expected outcome.
 */
export const ZProposalCreate = z.object({
  title: text(200).min(2),
  introduction: text(5000).min(5),
  content: text(5000).optional(),
  targetGroup: text(2000).optional(),
  approach: text(2000).optional(),
  funding: text(2000).optional(),
  resources: text(2000).optional(),
  design: text(2000).optional(),
  expectedOutcome: text(3000).optional(),
  assessmentOfLastYear: text(5000).optional(),
  filledBy: text(40).optional(),
  contactPhone: text(30).optional(),
});
export type TProposalCreate = z.infer<typeof ZProposalCreate>;

export const ZCategory = z.enum(categories);
export const ZClassify = z.object({ category: ZCategory });
export const ZReason = z.object({ reason: text(2000).min(2) });
export const ZRationale = z.object({ rationale: text(3000).min(2) });
export const ZCandidateCreate = z.object({
  title: text(200).min(2),
  summary: text(5000).default(''),
  category: ZCategory,
  proposalIds: z.array(z.coerce.number().int().positive()).min(1).max(200),
});
export type TCandidateCreate = z.infer<typeof ZCandidateCreate>;
export const ZLinkProposals = z.object({ proposalIds: z.array(z.coerce.number().int().positive()).min(1).max(200) });
export const ZComment = z.object({ body: text(2000).min(1) });
export const ZId = z.object({ id: z.coerce.number().int().positive() });
