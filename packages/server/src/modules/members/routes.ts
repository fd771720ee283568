import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../../platform/services.ts';
import {
  ZCard,
  ZCardEvent,
  ZMemberDetail,
  ZMemberHistory,
  ZMemberPage,
  ZMemberStats,
  ZMemberVocabulary,
  ZMembershipMade,
  ZRevealed,
  ZCardWork,
  ZCardWorkReport,
  ZEnd,
  ZMemberBulk,
  ZMemberBulkResult,
  ZMemberCreate,
  ZMemberExport,
  ZMemberList,
  ZMemberUpdate,
  ZPersonId,
  ZTransfer,
  memberCategories,
  memberCategoryNames,
  cardStatusNames,
} from './schema.ts';
import * as service from './service.ts';
import * as cards from './cards.ts';
import { sendDownload } from '../../platform/download.ts';
import { ZBinary, ZOk } from '../../platform/schemas.ts';

export async function memberRoutes(app: FastifyInstance, s: Services) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['members'];
  api.get(
    '/members',
    {
      config: { permission: 'members.read' },
      schema: { tags, summary: 'Search members in my scope (masked ID and mobile), paginated', querystring: ZMemberList, response: { 200: ZMemberPage } },
    },
    (req) => service.listMembers(s, req.ctx, req.query),
  );
  // Names only, no data: any logged-in user (a member's portal shows them too).
  api.get(
    '/members/vocabulary',
    {
      config: { permission: ['members.read', 'self.read'] },
      schema: { tags, summary: 'Member categories and card statuses with their names', response: { 200: ZMemberVocabulary } },
    },
    async () => ({
      categories: memberCategories.map((c) => ({ code: c, name: memberCategoryNames[c] })),
      cardStatuses: Object.entries(cardStatusNames).map(([code, name]) => ({ code, name })),
    }),
  );
  api.get(
    '/members/export',
    {
      config: { permission: 'members.read' },
      schema: {
        tags,
        summary: 'Export the list (masked) as .xlsx or .csv with its filters and scope, newest first, streamed as it is read',
        querystring: ZMemberExport,
        response: { 200: ZBinary },
      },
    },
    async (req, reply) => sendDownload(reply, await service.exportMembers(s, req.ctx, req.query)),
  );
  api.get(
    '/members/stats',
    {
      config: { permission: 'members.read' },
      schema: {
        tags,
        summary: 'Active members in my scope (or under orgId) by card status, category and sex',
        querystring: z.object({ orgId: z.coerce.number().int().positive().optional() }),
        response: { 200: ZMemberStats },
      },
    },
    (req) => service.memberStats(s, req.ctx, req.query.orgId),
  );
  api.get(
    '/members/:id',
    {
      config: { permission: 'members.read' },
      schema: { tags, summary: 'One member (person) with membership history', params: ZPersonId, response: { 200: ZMemberDetail } },
    },
    (req) => service.getMember(s, req.ctx, req.params.id),
  );
  api.get(
    '/members/:id/history',
    {
      config: { permission: 'members.read' },
      schema: {
        tags,
        summary: 'Membership history: all of it for the current union, only its own rows for a union the member has left',
        params: ZPersonId,
        response: { 200: ZMemberHistory },
      },
    },
    (req) => service.getMemberHistory(s, req.ctx, req.params.id),
  );
  api.post(
    '/members',
    {
      config: { permission: 'members.write' },
      schema: { tags, summary: 'Register a member (one person per ID number)', body: ZMemberCreate, response: { 201: ZMembershipMade } },
    },
    async (req, reply) => {
      reply.status(201);
      return service.createMember(s, req.ctx, req.body);
    },
  );
  api.patch(
    '/members/:id',
    {
      config: { permission: 'members.write' },
      schema: { tags, summary: 'Update a member', params: ZPersonId, body: ZMemberUpdate, response: { 200: ZMemberDetail } },
    },
    (req) => service.updateMember(s, req.ctx, req.params.id, req.body),
  );
  api.post(
    '/members/bulk',
    {
      config: { permission: 'members.write' },
      schema: {
        tags,
        summary: 'Transfer, end, or add/remove a category for up to 500 members at once, all or nothing (audited per member)',
        body: ZMemberBulk,
        response: { 200: ZMemberBulkResult },
      },
    },
    (req) => service.bulkMembers(s, req.ctx, req.body),
  );
  api.post(
    '/members/:id/transfer',
    {
      config: { permission: 'members.write' },
      schema: {
        tags,
        summary: 'Transfer a member to another grassroots union (history kept)',
        params: ZPersonId,
        body: ZTransfer,
        response: { 200: ZMembershipMade },
      },
    },
    (req) => service.transferMember(s, req.ctx, req.params.id, req.body.toOrgId, req.body.date, req.body.note),
  );
  api.post(
    '/members/:id/end',
    { config: { permission: 'members.write' }, schema: { tags, summary: 'End a membership', params: ZPersonId, body: ZEnd, response: { 200: ZOk } } },
    (req) => service.endMembership(s, req.ctx, req.params.id, req.body.date, req.body.reason),
  );
  api.post(
    '/members/:id/reveal',
    {
      config: { permission: 'members.reveal' },
      schema: { tags, summary: 'Show the full ID number and mobile (audited)', params: ZPersonId, response: { 200: ZRevealed } },
    },
    (req) => service.revealMember(s, req.ctx, req.params.id),
  );
  api.get(
    '/members/:id/card',
    {
      config: { permission: 'members.read' },
      schema: {
        tags,
        summary: 'The member service card: status, events, registered years and what may happen next (000 卡卡 二)',
        params: ZPersonId,
        response: { 200: ZCard },
      },
    },
    (req) => cards.getCard(s, req.ctx, req.params.id),
  );
  api.post(
    '/members/:id/card/events',
    {
      config: { permission: 'members.write' },
      schema: {
        tags,
        summary: 'Record a card event (issue, activate, register, report lost, reissue, cancel, e-card), checked against the status and the yearly windows',
        params: ZPersonId,
        body: ZCardEvent,
        response: { 201: ZCard },
      },
    },
    async (req, reply) => {
      reply.status(201);
      return cards.recordCardEvent(s, req.ctx, req.params.id, req.body);
    },
  );
  api.get(
    '/reports/card-work',
    {
      config: { permission: 'members.read' },
      schema: {
        tags,
        summary: 'The card-work index per union (累计办卡率、参保率、使用率、激活率, 000 卡卡 一), as JSON or .xlsx',
        querystring: ZCardWork,
        response: { 200: z.union([ZCardWorkReport, ZBinary]).describe('the report, or the .xlsx when format=xlsx') },
      },
    },
    async (req, reply) => {
      if (req.query.format === 'xlsx') return sendDownload(reply, await cards.cardWorkReportXlsx(s, req.ctx, req.query));
      return cards.cardWorkReport(s, req.ctx, req.query);
    },
  );
  api.get(
    '/me/member',
    { config: { permission: 'self.read' }, schema: { tags, summary: 'My own member record (member login)', response: { 200: ZMemberDetail } } },
    (req) => service.getMember(s, req.ctx, req.ctx.actor!.personId ?? -1),
  );
}
