// Routes of the gig workers' mutual protection (001 互助保障计划; issue 9 §4): platforms upload rosters and file claims,
// 市职工保障互助中心 reviews and pays. Lists are scoped to the caller's subtree (a platform sees only itself).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendDownload } from '../../platform/download.ts';
import { ZBinary, ZId } from '../../platform/schemas.ts';
import { exportCovers, exportGigClaims, exportRosters } from './exports.ts';
import type { Services } from '../../platform/services.ts';
import { readUpload } from '../../platform/upload.ts';
import * as G from './gig-schema.ts';
import * as gig from './gig.ts';
import * as claims from './gig-claims.ts';

export async function gigRoutes(app: FastifyInstance, s: Services) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['protection'];
  const read = { permission: ['protection.gig', 'protection.read'] as const };
  api.get(
    '/protection/gig/rosters/template.xlsx',
    {
      config: { permission: 'protection.gig' },
      schema: { tags, summary: 'The .xlsx template of a gig roster (姓名, 身份证号, 手机号码)', response: { 200: z.any().describe('binary file (.xlsx)') } },
    },
    async (_req, reply) => sendDownload(reply, await gig.rosterTemplate()),
  );
  api.post(
    '/protection/gig/rosters',
    {
      config: { permission: 'protection.gig' },
      schema: {
        tags,
        summary:
          'A platform submits a roster of its workers as JSON (≤ 5,000 rows; all rows checked, nothing half-written; over-60 and already-covered workers are refused rows with the reason)',
        body: G.ZRosterIn,
        response: { 201: G.ZRosterDetail },
      },
    },
    async (req, reply) => {
      reply.status(201);
      return gig.submitRosterJson(s, req.ctx, req.body);
    },
  );
  // multipart/form-data: the filled-in template (.xlsx or .csv) as field `file`.
  api.post(
    '/protection/gig/rosters/upload',
    {
      config: { permission: 'protection.gig' },
      schema: {
        tags,
        summary: 'A platform uploads a roster file in the template’s columns (≤ 5,000 rows)',
        consumes: ['multipart/form-data'],
        response: { 201: G.ZRosterDetail },
      },
    },
    async (req, reply) => {
      const up = await readUpload(req, s);
      reply.status(201);
      return gig.submitRosterFile(s, req.ctx, up.buffer, up.fileName);
    },
  );
  api.get(
    '/protection/gig/rosters',
    {
      config: read,
      schema: { tags, summary: 'Rosters in my scope (a platform: its own), newest first', querystring: G.ZRosterQuery, response: { 200: G.ZRosterPage } },
    },
    (req) => gig.listRosters(s, req.ctx, req.query),
  );
  api.get(
    '/protection/gig/rosters/export.xlsx',
    {
      config: read,
      schema: {
        tags,
        summary: 'The rosters list as .xlsx with the same filters and scope, in the page’s columns (at most EXPORT_MAX_ROWS rows)',
        querystring: G.ZRosterQuery.omit({ page: true, pageSize: true }),
        response: { 200: ZBinary },
      },
    },
    async (req, reply) => sendDownload(reply, await exportRosters(s, req.ctx, req.query)),
  );
  api.get(
    '/protection/gig/rosters/:id',
    { config: read, schema: { tags, summary: 'One roster with the engine’s evaluation', params: ZId, response: { 200: G.ZRosterDetail } } },
    (req) => gig.getRoster(s, req.ctx, req.params.id),
  );
  api.get(
    '/protection/gig/rosters/:id/rows',
    {
      config: read,
      schema: {
        tags,
        summary: 'The rows of a roster (masked) with their status and refusal reasons',
        params: ZId,
        querystring: G.ZRosterRowsQuery,
        response: { 200: G.ZGigCoverPage },
      },
    },
    (req) => gig.rosterRows(s, req.ctx, req.params.id, req.query),
  );
  api.post(
    '/protection/gig/rosters/:id/approve',
    {
      config: { permission: 'protection.review' },
      schema: {
        tags,
        summary: '市职工保障互助中心 approves a roster: the covers are in force, each worker gets an SMS',
        params: ZId,
        response: { 200: G.ZRosterDetail },
      },
    },
    (req) => gig.approveRoster(s, req.ctx, req.params.id),
  );
  api.post(
    '/protection/gig/rosters/:id/return',
    {
      config: { permission: 'protection.review' },
      schema: { tags, summary: '市职工保障互助中心 returns a roster with the reason', params: ZId, body: G.ZReturnRoster, response: { 200: G.ZRosterDetail } },
    },
    (req) => gig.returnRoster(s, req.ctx, req.params.id, req.body.reason),
  );
  api.get(
    '/protection/gig/covers/export.xlsx',
    {
      config: read,
      schema: {
        tags,
        summary:
          'The covers list (ID numbers and mobiles masked) as .xlsx with the same filters and scope, in the page’s columns (at most EXPORT_MAX_ROWS rows)',
        querystring: G.ZGigCoverQuery.omit({ page: true, pageSize: true }),
        response: { 200: ZBinary },
      },
    },
    async (req, reply) => sendDownload(reply, await exportCovers(s, req.ctx, req.query)),
  );
  api.get(
    '/protection/gig/covers',
    {
      config: read,
      schema: {
        tags,
        summary: 'Gig workers’ covers in my scope (masked); default: in force',
        querystring: G.ZGigCoverQuery,
        response: { 200: G.ZGigCoverPage },
      },
    },
    (req) => gig.listCovers(s, req.ctx, req.query),
  );

  // Claims (001 互助保障计划 五、六): filed by the platform or the agency, reviewed and paid by the agency.
  api.post(
    '/protection/gig/claims',
    {
      config: { permission: ['protection.gig', 'protection.review'] },
      schema: {
        tags,
        summary:
          'File a claim for a covered gig worker: cover, waiting period, deadlines and amount checked by the engine; paid to the worker’s bank card (deaths: the platform)',
        body: G.ZGigClaimIn,
        response: { 201: G.ZGigClaimDetail },
      },
    },
    async (req, reply) => {
      reply.status(201);
      return claims.fileGigClaim(s, req.ctx, req.body);
    },
  );
  api.get(
    '/protection/gig/claims',
    {
      config: read,
      schema: {
        tags,
        summary: 'Gig workers’ claims in my scope (masked), with the pay-by date',
        querystring: G.ZGigClaimQuery,
        response: { 200: G.ZGigClaimPage },
      },
    },
    (req) => claims.listGigClaims(s, req.ctx, req.query),
  );
  api.get(
    '/protection/gig/claims/export.xlsx',
    {
      config: read,
      schema: {
        tags,
        summary: 'The gig claims list (masked) as .xlsx with the same filters and scope, in the page’s columns (at most EXPORT_MAX_ROWS rows)',
        querystring: G.ZGigClaimQuery.omit({ page: true, pageSize: true }),
        response: { 200: ZBinary },
      },
    },
    async (req, reply) => sendDownload(reply, await exportGigClaims(s, req.ctx, req.query)),
  );
  api.get(
    '/protection/gig/claims/:id',
    { config: read, schema: { tags, summary: 'One gig claim with the engine’s evaluation', params: ZId, response: { 200: G.ZGigClaimDetail } } },
    (req) => claims.getGigClaim(s, req.ctx, req.params.id),
  );
  api.post(
    '/protection/gig/claims/:id/approve',
    {
      config: { permission: 'protection.review' },
      schema: {
        tags,
        summary: '市职工保障互助中心 approves a gig claim (the engine decides again) and books it in the payout ledger',
        params: ZId,
        body: z.object({ reason: z.string().trim().max(500).optional() }),
        response: { 200: G.ZGigClaimDetail },
      },
    },
    (req) => claims.approveGigClaim(s, req.ctx, req.params.id, req.body.reason),
  );
  api.post(
    '/protection/gig/claims/:id/reject',
    {
      config: { permission: 'protection.review' },
      schema: {
        tags,
        summary: '市职工保障互助中心 rejects a gig claim, with the reason',
        params: ZId,
        body: G.ZReturnRoster,
        response: { 200: G.ZGigClaimDetail },
      },
    },
    (req) => claims.rejectGigClaim(s, req.ctx, req.params.id, req.body.reason),
  );
  api.post(
    '/protection/gig/claims/:id/pay',
    {
      config: { permission: 'protection.review' },
      schema: {
        tags,
        summary: '市职工保障互助中心 pays an approved gig claim through the payout ledger (once)',
        params: ZId,
        body: z.object({
          paidOn: z
            .string()
            .regex(/^\d{4}-\d{2}-\d{2}$/)
            .optional(),
          reference: z.string().trim().max(100).optional(),
        }),
        response: { 200: G.ZGigClaimDetail },
      },
    },
    (req) => claims.payGigClaim(s, req.ctx, req.params.id, req.body),
  );
  api.post(
    '/protection/gig/claims/:id/bank-account/reveal',
    {
      config: { permission: 'protection.review' },
      schema: {
        tags,
        summary: '市职工保障互助中心 sees the worker’s full bank card of an approved claim to transfer the benefit (audited; masked everywhere else)',
        params: ZId,
        response: { 200: z.object({ bank: z.string(), accountName: z.string(), accountNo: z.string() }) },
      },
    },
    (req) => claims.revealBankAccount(s, req.ctx, req.params.id),
  );
}
