// The response schema of GET /meta: the vocabularies and rules a client mirrors.
import { z } from 'zod';
import { ZBilingual } from '../../platform/schemas.ts';

const ZCodeName = z.object({ code: z.string(), name: ZBilingual });

export const ZMeta = z.object({
  orgKinds: z.array(ZCodeName.extend({ allowedParents: z.array(z.string()).readonly() })),
  roles: z.array(ZCodeName.extend({ orgKinds: z.array(z.string()).readonly(), permissions: z.array(z.string()).readonly() })),
  memberCategories: z.array(ZCodeName),
  cardStatuses: z.array(ZCodeName),
  passwordPolicy: z.object({ code: z.enum(['mlps', 'asvs']), text: ZBilingual }),
  session: z.object({ idleMinutes: z.number(), absoluteHours: z.number() }),
});
