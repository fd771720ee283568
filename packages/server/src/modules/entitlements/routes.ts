import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Services } from '../../platform/services.ts';
import { ZPersonId } from '../members/schema.ts';
import { ZEntitlements, ZEntitlementsQuery } from './schema.ts';
import * as service from './service.ts';

export async function entitlementRoutes(app: FastifyInstance, s: Services) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['entitlements'];
  const description =
    'Every program of the policy engine for this person on the date: status (eligible, conditional, not-eligible, not-in-force), amounts, reasons, what is still needed, and the facts used (registry or assumed); unit-level programs are listed apart under unitPrograms.';
  api.get(
    '/members/:id/entitlements',
    {
      config: { permission: 'members.read' },
      schema: {
        tags,
        summary: 'A member’s entitlements on a date',
        description,
        params: ZPersonId,
        querystring: ZEntitlementsQuery,
        response: { 200: ZEntitlements },
      },
    },
    (req) => service.memberEntitlements(s, req.ctx, req.params.id, req.query),
  );
  api.get(
    '/me/entitlements',
    {
      config: { permission: 'self.read' },
      schema: { tags, summary: 'My own entitlements on a date (member login)', description, querystring: ZEntitlementsQuery, response: { 200: ZEntitlements } },
    },
    (req) => service.memberEntitlements(s, req.ctx, req.ctx.actor!.personId ?? -1, req.query),
  );
}
