// Request and response schemas of the announcements board (通知公告).
import { z } from 'zod';
import { ZIdValue, ZIsoDate, ZPage, ZPageQuery, ZTimestamp } from '../../platform/schemas.ts';

export const ZAudience = z.enum(['officers', 'everyone']).describe('officers: union officers of the subtree; everyone: their members too (member portal)');

export const ZAnnouncementCreate = z
  .object({
    orgId: ZIdValue.optional().describe('the publishing union; default the caller’s own'),
    title: z.string().trim().min(1).max(100),
    body: z.string().trim().min(1).max(10_000).describe('plain text; blank lines separate paragraphs'),
    audience: ZAudience.default('officers'),
    pinned: z.boolean().default(false),
    expiresOn: ZIsoDate.optional().describe('shown until this day (inclusive); none: until withdrawn'),
  })
  .strict();
export type TAnnouncementCreate = z.infer<typeof ZAnnouncementCreate>;

export const ZWithdraw = z.object({ reason: z.string().trim().min(2).max(200) }).strict();

export const ZAnnouncementList = ZPageQuery.extend({
  box: z.enum(['inbox', 'published']).default('inbox').describe('inbox: from my unions on the way up; published: by the unions of my subtree'),
  unread: z.enum(['true', 'false']).optional().describe('inbox only: unread notices only'),
  q: z.string().trim().max(50).optional().describe('words of the title (either box)'),
});
export type TAnnouncementList = z.infer<typeof ZAnnouncementList>;

export const ZAnnouncement = z.object({
  id: z.number().int(),
  org: z.object({ id: z.number().int(), name: z.string() }),
  title: z.string(),
  body: z.string(),
  audience: ZAudience,
  audienceName: z.object({ zh: z.string(), en: z.string() }),
  pinned: z.boolean(),
  expiresOn: z.string().nullable(),
  publishedAt: ZTimestamp,
  publishedBy: z.string().nullable(),
  withdrawn: z.object({ at: ZTimestamp, reason: z.string().nullable() }).nullable(),
  read: z.boolean().optional().describe('inbox: has the caller opened it'),
  reads: z.number().int().optional().describe('published: accounts that opened it'),
  abilities: z.object({ withdraw: z.boolean() }),
});

export const ZAnnouncementPage = ZPage(ZAnnouncement).extend({ unread: z.number().int().min(0).describe('unread notices in the caller’s inbox') });
