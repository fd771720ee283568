import { z } from 'zod';
import { ZBilingual, ZIsoDate, ZTimestamp } from '../../platform/schemas.ts';
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

// Responses (what presentCall, presentProposal, presentCandidates and presentComment return)

const str = z.string().nullable();
const ZStage = z.enum(['upcoming', 'collection', 'screening', 'consultation', 'publication']);

export const ZCall = z.object({
  id: z.number().int(),
  orgId: z.number().int(),
  orgName: z.string(),
  year: z.number().int(),
  title: z.string(),
  principles: str,
  collectionStartsOn: z.string(),
  collectionEndsOn: z.string(),
  screeningEndsOn: z.string(),
  consultationStartsOn: z.string(),
  consultationEndsOn: z.string(),
  publicationOn: str,
  publicationEvent: str,
  maxSupports: z.number().int(),
  hideTallies: z.boolean(),
  stages: z.array(z.object({ key: ZStage.exclude(['upcoming']), name: ZBilingual, startsOn: z.string(), endsOn: str })),
  stage: ZStage,
  stageName: ZBilingual,
  abilities: z.object({ update: z.boolean(), screen: z.boolean(), moderate: z.boolean(), submit: z.boolean(), support: z.boolean() }),
});
export const ZCallDetail = ZCall.extend({ counts: z.object({ proposals: z.number().int(), linked: z.number().int() }).optional() });
export const ZCallItems = z.object({ items: z.array(ZCall) });

export const ZProposal = z.object({
  id: z.number().int(),
  callId: z.number().int(),
  form: z.enum(['union', 'department', 'member']),
  formName: ZBilingual,
  submitter: z.object({ accountId: z.number().int(), name: z.string(), orgId: z.number().int().nullable(), orgName: str }),
  title: z.string(),
  introduction: str,
  content: str,
  targetGroup: str,
  approach: str,
  funding: str,
  resources: str,
  design: str,
  expectedOutcome: str,
  assessmentOfLastYear: str,
  filledBy: str,
  contactPhone: str,
  category: str,
  categoryName: ZBilingual.nullable(),
  status: z.string(),
  candidateId: z.number().int().nullable(),
  returnReason: str,
  createdAt: ZTimestamp,
  abilities: z.object({ classify: z.boolean(), return: z.boolean(), merge: z.boolean(), revealContact: z.boolean() }),
});
export const ZProposalItems = z.object({ items: z.array(ZProposal) });
export const ZContactPhone = z.object({ contactPhone: str });

export const ZCandidate = z.object({
  id: z.number().int(),
  callId: z.number().int(),
  title: z.string(),
  summary: str,
  category: str,
  categoryName: ZBilingual.nullable(),
  status: z.string(),
  rationale: str,
  supportCount: z.number().int().nullable(),
  talliesHidden: z.boolean(),
  supportedByMe: z.boolean(),
  sourceProposals: z.array(z.object({ id: z.number().int(), title: z.string(), form: z.string(), orgName: str.optional() })),
  abilities: z.object({ shortlist: z.boolean(), drop: z.boolean(), support: z.boolean() }),
});
export const ZCandidateList = z.object({
  items: z.array(ZCandidate),
  supportsUsed: z.number().int(),
  maxSupports: z.number().int(),
  talliesHidden: z.boolean().optional(),
});
export const ZSupport = z.object({ candidateId: z.number().int(), supportedByMe: z.boolean(), supportsUsed: z.number().int(), maxSupports: z.number().int() });

export const ZCommentView = z.object({
  id: z.number().int(),
  candidateId: z.number().int(),
  author: z.string(),
  body: str,
  hidden: z.boolean(),
  hiddenReason: str,
  createdAt: ZTimestamp,
  mine: z.boolean(),
  abilities: z.object({ hide: z.boolean() }),
});
export const ZCommentItems = z.object({ items: z.array(ZCommentView) });
