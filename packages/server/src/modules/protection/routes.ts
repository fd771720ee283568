import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZId } from '../../platform/schemas.ts';
import type { Services } from '../../platform/services.ts';
import * as S from './schema.ts';
import * as service from './service.ts';
import * as remittances from './remittances.ts';
import { readUpload } from '../../platform/upload.ts';
import { ZYear } from '../../platform/schemas.ts';
import { z } from 'zod';
import { invalidField } from '../../platform/errors.ts';
import { sendDownload } from '../../platform/download.ts';
import * as listFiles from './list-files.ts';
import * as enroll from './enroll.ts';
import * as claims from './claims.ts';
import { gigRoutes } from './gig-routes.ts';
import { flexibleRoutes } from './flexible-routes.ts';
import * as flexible from './flexible.ts';
import * as gig from './gig.ts';
import { exportClaims, exportLists, exportRegister, exportRemittances } from './exports.ts';
import { ZBinary } from '../../platform/schemas.ts';

export async function protectionRoutes(app: FastifyInstance, s: Services) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['protection'];
  const read = { permission: 'protection.read' as const };
  api.get(
    '/protection/enrollments',
    {
      config: read,
      schema: {
        tags,
        summary: 'The cover register of a year in my scope (masked), paginated',
        querystring: S.ZEnrollmentQuery,
        response: { 200: S.ZCoverPage },
      },
    },
    (req) => service.listEnrollments(s, req.ctx, req.query),
  );
  api.get(
    '/protection/enrollments/export.xlsx',
    {
      config: read,
      schema: {
        tags,
        summary:
          'The cover register as .xlsx with the same filters and scope (ID numbers masked), in the page’s columns with the amounts (at most EXPORT_MAX_ROWS rows)',
        querystring: S.ZEnrollmentQuery.omit({ page: true, pageSize: true }),
        response: { 200: ZBinary },
      },
    },
    async (req, reply) => sendDownload(reply, await exportRegister(s, req.ctx, req.query)),
  );
  api.get(
    '/protection/summary',
    {
      config: read,
      schema: {
        tags,
        summary: 'Members covered, premiums and subsidies by plan, regional union and union (scoped)',
        querystring: S.ZYearQuery,
        response: { 200: S.ZSummary },
      },
    },
    async (req) => ({
      ...(await service.enrollmentSummary(s, req.ctx, req.query.year, req.query.orgId)),
      flexible: await flexible.summary(s, req.ctx, req.query.year, req.query.orgId),
      gig: await gig.coverTotals(s, req.ctx, req.query.year),
    }),
  );
  api.get(
    '/protection/lists',
    {
      config: read,
      schema: {
        tags,
        summary: 'Collective enrollment lists of a year (one per grassroots union), with totals',
        querystring: S.ZListQuery,
        response: { 200: S.ZListPage },
      },
    },
    (req) => service.listLists(s, req.ctx, req.query),
  );
  api.get(
    '/protection/lists/export.xlsx',
    {
      config: read,
      schema: {
        tags,
        summary: 'The lists of a year as .xlsx with the same filters and scope, in the page’s columns with each list’s totals (at most EXPORT_MAX_ROWS rows)',
        querystring: S.ZListQuery.omit({ page: true, pageSize: true }),
        response: { 200: ZBinary },
      },
    },
    async (req, reply) => sendDownload(reply, await exportLists(s, req.ctx, req.query)),
  );
  api.get(
    '/protection/lists/:id',
    {
      config: read,
      schema: { tags, summary: 'One list with the engine’s evaluation (trace) behind its amounts', params: ZId, response: { 200: S.ZListDetail } },
    },
    (req) => service.getList(s, req.ctx, req.params.id),
  );
  api.post(
    '/protection/lists',
    {
      config: { permission: 'protection.enroll' },
      schema: {
        tags,
        summary: 'Build the collective lists of a union (or of every union under a district) from the registry: one job',
        body: S.ZStartCollective,
        response: { 202: S.ZBatchStarted },
      },
    },
    async (req, reply) => {
      reply.status(202);
      return service.startCollective(s, req.ctx, req.body);
    },
  );
  api.get(
    '/protection/batches/:id',
    { config: read, schema: { tags, summary: 'A list-building job: status and progress', params: ZId, response: { 200: S.ZBatch } } },
    (req) => service.getBatch(s, req.ctx, req.params.id),
  );
  api.get(
    '/protection/lists/:id/export.xlsx',
    {
      config: read,
      schema: {
        tags,
        summary: 'One list as .xlsx in the 参保单 columns (ID numbers masked), to edit and import again',
        params: ZId,
        response: { 200: z.any().describe('binary file (.xlsx)') },
      },
    },
    async (req, reply) => {
      const out = await listFiles.exportList(s, req.ctx, req.params.id);
      return sendDownload(reply, out);
    },
  );
  // multipart/form-data: the edited .xlsx (or .csv) as field `file`.
  api.post(
    '/protection/lists/:id/import',
    {
      config: { permission: 'protection.enroll' },
      schema: {
        tags,
        summary: 'Import an edited list: 参保 是/否 takes members on or off, 保障类型 changes the plan; every row checked first, nothing half-written',
        params: ZId,
        consumes: ['multipart/form-data'],
        response: { 200: S.ZListImport },
      },
    },
    async (req) => {
      const up = await readUpload(req, s);
      return listFiles.importList(s, req.ctx, req.params.id, up.buffer, up.fileName);
    },
  );
  api.post(
    '/protection/lists/:id/exclude',
    {
      config: { permission: 'protection.enroll' },
      schema: { tags, summary: 'Take members off a draft list (with a reason)', params: ZId, body: S.ZExclusion, response: { 200: S.ZList } },
    },
    (req) => service.setExcluded(s, req.ctx, req.params.id, { ...req.body, exclude: true }),
  );
  api.post(
    '/protection/lists/:id/include',
    {
      config: { permission: 'protection.enroll' },
      schema: { tags, summary: 'Put excluded members back on a draft list', params: ZId, body: S.ZExclusion, response: { 200: S.ZList } },
    },
    (req) => service.setExcluded(s, req.ctx, req.params.id, { ...req.body, exclude: false }),
  );
  api.post(
    '/protection/lists/:id/submit',
    {
      config: { permission: 'protection.enroll' },
      schema: { tags, summary: 'Submit a list to the regional union (11/1–12/15)', params: ZId, response: { 200: S.ZList } },
    },
    (req) => service.submitList(s, req.ctx, req.params.id),
  );
  api.post(
    '/protection/lists/:id/confirm',
    {
      config: { permission: 'protection.confirm' },
      schema: { tags, summary: 'The regional union confirms a submitted list (12/16–12/31)', params: ZId, response: { 200: S.ZList } },
    },
    (req) => service.confirmList(s, req.ctx, req.params.id),
  );
  api.get(
    '/me/protection',
    {
      config: { permission: 'self.read' },
      schema: { tags, summary: 'My covers: plan, mode, coverage dates, what it cost and who paid', response: { 200: S.ZMyCovers } },
    },
    async (req) => {
      const mine = await service.myCovers(s, req.ctx);
      return { ...mine, flexible: await flexible.myCovers(s, req.ctx.actor!.personId!) };
    },
  );
  api.post(
    '/protection/instant',
    {
      config: { permission: 'protection.enroll' },
      schema: {
        tags,
        summary: 'Instant enrollment of one member: a new card (cover from the day after the card) or a card without cover (awaits the regional union)',
        body: S.ZInstant,
        response: { 201: S.ZCoverOut },
      },
    },
    async (req, reply) => {
      reply.status(201);
      return enroll.enrollInstant(s, req.ctx, req.body);
    },
  );
  api.post(
    '/protection/covers/:id/confirm',
    {
      config: { permission: 'protection.confirm' },
      schema: {
        tags,
        summary: 'The regional union confirms a card-without-cover upload: cover from the next day',
        params: ZId,
        response: { 200: S.ZCoverOut },
      },
    },
    (req) => enroll.confirmInstant(s, req.ctx, req.params.id),
  );
  api.post(
    '/me/protection',
    {
      config: { permission: 'protection.apply' },
      schema: {
        tags,
        summary: 'Individual enrollment: apply, then pay within 15 working days; cover from the next day',
        body: S.ZIndividual,
        response: { 201: S.ZCoverOut },
      },
    },
    async (req, reply) => {
      reply.status(201);
      return enroll.applyIndividual(s, req.ctx, req.body);
    },
  );
  api.post(
    '/protection/covers/:id/deposit',
    {
      config: { permission: 'protection.reconcile' },
      schema: {
        tags,
        summary: '市职保中心 records the deposit of an individual application (checked against the 15 working days)',
        params: ZId,
        body: S.ZDeposit,
        response: { 200: S.ZCoverOut },
      },
    },
    (req) => enroll.recordDeposit(s, req.ctx, req.params.id, req.body.paidOn),
  );
  api.get(
    '/protection/remittances',
    {
      config: read,
      schema: {
        tags,
        summary: 'Remittances (payment vouchers) of a year in my scope',
        querystring: z.object({ year: ZYear }),
        response: { 200: S.ZRemittanceList },
      },
    },
    (req) => remittances.listRemittances(s, req.ctx, req.query.year),
  );
  // multipart/form-data: fields year and amount (yuan) first, then the voucher file (PDF, JPEG or PNG).
  api.get(
    '/protection/remittances/export.xlsx',
    {
      config: read,
      schema: {
        tags,
        summary: 'The remittances of a year as .xlsx with the same scope, in the page’s columns',
        querystring: z.object({ year: ZYear }),
        response: { 200: ZBinary },
      },
    },
    async (req, reply) => sendDownload(reply, await exportRemittances(s, req.ctx, req.query)),
  );
  api.post(
    '/protection/remittances',
    {
      config: { permission: 'protection.confirm' },
      schema: {
        tags,
        summary: "The regional union uploads its payment voucher (amount = the confirmed lists' remainder)",
        consumes: ['multipart/form-data'],
        response: { 201: S.ZRemittance },
      },
    },
    async (req, reply) => {
      const up = await readUpload(req, s);
      const f = S.ZVoucherFields.safeParse(up.fields);
      if (!f.success) {
        const issue = f.error.issues[0]!;
        throw invalidField(String(issue.path[0] ?? 'amount'), 'invalid', {
          zh: '请填写年度（year）与凭证金额（amount，元）',
          en: 'give the year and the voucher amount (yuan)',
        });
      }
      reply.status(201);
      return remittances.uploadVoucher(s, req.ctx, { year: f.data.year, amount: f.data.amount, file: up.buffer, fileName: up.fileName });
    },
  );
  api.post(
    '/protection/remittances/:id/reconcile',
    {
      config: { permission: 'protection.reconcile' },
      schema: {
        tags,
        summary: '市职保中心 checks the amount received against the premiums due',
        params: ZId,
        body: S.ZReconcile,
        response: { 200: S.ZRemittance },
      },
    },
    (req) => remittances.reconcile(s, req.ctx, req.params.id, req.body.received),
  );

  // Claims (003 附件2-1 二、关于给付): filed by the member or the union, reviewed and paid by 市职保中心.
  api.post(
    '/me/protection/claims',
    {
      config: { permission: 'protection.apply' },
      schema: {
        tags,
        summary: 'File a claim on my cover: the register’s cover on the event date, the deadline and the amount checked by the engine',
        body: S.ZMyClaim,
        response: { 201: S.ZClaimDetail },
      },
    },
    async (req, reply) => {
      reply.status(201);
      return claims.fileClaim(s, req.ctx, req.body, 'member');
    },
  );
  api.get(
    '/me/protection/claims',
    { config: { permission: 'protection.apply' }, schema: { tags, summary: 'My claims and their status', response: { 200: S.ZClaimList } } },
    (req) => claims.myClaims(s, req.ctx),
  );
  api.post(
    '/protection/claims',
    {
      config: { permission: 'protection.enroll' },
      schema: { tags, summary: 'The union files a claim for a member of its subtree', body: S.ZUnitClaim, response: { 201: S.ZClaimDetail } },
    },
    async (req, reply) => {
      reply.status(201);
      return claims.fileClaim(s, req.ctx, req.body, 'unit');
    },
  );
  api.get(
    '/protection/claims',
    {
      config: read,
      schema: {
        tags,
        summary: 'Claims in my scope (masked), paginated, with the pay-by date and an overdue flag',
        querystring: S.ZClaimQuery,
        response: { 200: S.ZClaimPage },
      },
    },
    (req) => claims.listClaims(s, req.ctx, req.query),
  );
  api.get(
    '/protection/claims/export.xlsx',
    {
      config: read,
      schema: {
        tags,
        summary: 'The claims list as .xlsx with the same filters and scope (ID numbers masked), in the page’s columns (at most EXPORT_MAX_ROWS rows)',
        querystring: S.ZClaimQuery.omit({ page: true, pageSize: true }),
        response: { 200: ZBinary },
      },
    },
    async (req, reply) => sendDownload(reply, await exportClaims(s, req.ctx, req.query)),
  );
  api.get(
    '/protection/claims/:id',
    {
      config: { permission: ['protection.read', 'protection.apply'] },
      schema: { tags, summary: 'One claim with the engine’s evaluation (trace)', params: ZId, response: { 200: S.ZClaimDetail } },
    },
    (req) => claims.getClaim(s, req.ctx, req.params.id),
  );
  api.get(
    '/protection/claims/:id/documents/:documentId',
    {
      config: { permission: 'protection.review' },
      schema: {
        tags,
        summary: 'A document of a claim, for 市职保中心’s reviewers (audited)',
        params: z.object({ id: ZId.shape.id, documentId: ZId.shape.id }),
        response: { 200: z.any().describe('binary file (PDF, JPEG, PNG)') },
      },
    },
    async (req, reply) => {
      const d = await claims.claimDocument(s, req.ctx, req.params.id, req.params.documentId);
      reply.header('x-checksum-sha256', d.sha256).header('content-security-policy', "sandbox; default-src 'none'");
      return sendDownload(reply, { type: d.mime, fileName: d.fileName, body: d.body });
    },
  );
  api.post(
    '/protection/claims/:id/approve',
    {
      config: { permission: 'protection.review' },
      schema: {
        tags,
        summary: '市职保中心 approves a claim (the engine decides again on the register)',
        params: ZId,
        body: S.ZApproveClaim,
        response: { 200: S.ZClaimDetail },
      },
    },
    (req) => claims.approveClaim(s, req.ctx, req.params.id, req.body.reason),
  );
  api.post(
    '/protection/claims/:id/reject',
    {
      config: { permission: 'protection.review' },
      schema: { tags, summary: '市职保中心 rejects a claim, with the reason', params: ZId, body: S.ZRejectClaim, response: { 200: S.ZClaimDetail } },
    },
    (req) => claims.rejectClaim(s, req.ctx, req.params.id, req.body.reason),
  );
  api.post(
    '/protection/claims/:id/pay',
    {
      config: { permission: 'protection.review' },
      schema: {
        tags,
        summary: '市职保中心 records the payment of an approved claim (once)',
        params: ZId,
        body: S.ZPayClaim,
        response: { 200: S.ZClaimDetail },
      },
    },
    (req) => claims.payClaim(s, req.ctx, req.params.id, req.body),
  );

  // Gig workers' mutual protection (001 互助保障计划, issue 9 §4).
  await gigRoutes(app, s);
  await flexibleRoutes(app, s);
}
