// Request and response schemas of the notifications routes (my portal notices).
import { z } from 'zod';
import { ZBilingual, ZTimestamp } from '../../platform/schemas.ts';

export const ZNoticeQuery = z.object({
  unread: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export const ZNoticeId = z.object({ id: z.coerce.number().int().positive() });

export const ZNotice = z.object({ id: z.number().int(), template: z.string(), text: ZBilingual, payload: z.unknown(), read: z.boolean(), at: ZTimestamp });
export const ZNoticeList = z.object({ total: z.number().int(), unread: z.number().int(), items: z.array(ZNotice) });
