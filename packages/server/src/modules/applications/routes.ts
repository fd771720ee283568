import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../../platform/services.ts';
import {
  ZApplication,
  ZApplicationPage,
  ZApplicationReport,
  ZBinary,
  ZBulk,
  ZBulkResult,
  ZDecision,
  ZId,
  ZList,
  ZReason,
  ZRemindersResult,
  ZResubmit,
  ZSubmit,
} from './schema.ts';
import * as service from './service.ts';
import * as reports from './reports.ts';
import { exportApplications } from './exports.ts';
import { sendDownload } from '../../platform/download.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function applicationRoutes(app: FastifyInstance, s: Services) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['applications'];

  api.post(
    '/applications',
    {
      config: { permission: 'applications.submit' },
      schema: {
        tags,
        summary:
          'Apply: a member for themself (personal channel) or an officer for a member of their union (unit channel). Window, eligibility (policy engine), duplicates and documents are checked; nothing is written on refusal',
        body: ZSubmit,
        response: { 201: ZApplication },
      },
    },
    async (req, reply) => {
      reply.status(201);
      return service.submit(s, req.ctx, req.body);
    },
  );
  api.get(
    '/applications',
    {
      config: { permission: 'applications.read' },
      schema: { tags, summary: 'Applications in my scope', querystring: ZList, response: { 200: ZApplicationPage } },
    },
    (req) => service.listApplications(s, req.ctx, req.query),
  );
  api.get(
    '/applications/queue',
    {
      config: { permission: 'applications.review' },
      schema: {
        tags,
        summary: 'My review queue: applications whose current step is mine, oldest deadline first',
        querystring: ZList,
        response: { 200: ZApplicationPage },
      },
    },
    (req) => service.listApplications(s, req.ctx, req.query, 'queue'),
  );
  api.get(
    '/applications/export.xlsx',
    {
      config: { permission: 'applications.read' },
      schema: {
        tags,
        summary: 'The list as .xlsx with the same filters, scope and masking, in the page’s columns (at most EXPORT_MAX_ROWS rows; more: narrow the filters)',
        querystring: ZList.omit({ page: true, pageSize: true }),
        response: { 200: ZBinary },
      },
    },
    async (req, reply) => sendDownload(reply, await exportApplications(s, req.ctx, req.query, 'scope')),
  );
  api.get(
    '/applications/queue/export.xlsx',
    {
      config: { permission: 'applications.review' },
      schema: {
        tags,
        summary: 'My review queue as .xlsx, oldest deadline first, with the same filters (at most EXPORT_MAX_ROWS rows)',
        querystring: ZList.omit({ page: true, pageSize: true }),
        response: { 200: ZBinary },
      },
    },
    async (req, reply) => sendDownload(reply, await exportApplications(s, req.ctx, req.query, 'queue')),
  );
  api.post(
    '/applications/bulk-approve',
    {
      config: { permission: 'applications.review' },
      schema: { tags, summary: 'Approve several applications of my queue; each is decided on its own', body: ZBulk, response: { 200: ZBulkResult } },
    },
    (req) => service.bulkApprove(s, req.ctx, req.body.ids, req.body.comment),
  );
  api.get(
    '/applications/summary.xlsx',
    {
      config: { permission: 'applications.read' },
      schema: {
        tags,
        summary: 'Reviewers’ summary form of a program (.xlsx, masked)',
        querystring: z.object({
          programId: z.coerce.number().int().positive(),
          status: z.enum(['in-review', 'returned', 'approved', 'rejected', 'withdrawn']).optional(),
        }),
        response: { 200: ZBinary },
      },
    },
    async (req, reply) =>
      reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename="applications-${req.query.programId}.xlsx"`)
        .send(await reports.summaryWorkbook(s, req.ctx, req.query.programId, req.query.status)),
  );
  api.post(
    '/applications/reminders/run',
    {
      config: { permission: 'programs.manage' },
      schema: { tags, summary: 'Send overdue-review reminders now (the daily job does this every morning)', response: { 200: ZRemindersResult } },
    },
    () => service.sendOverdueReminders(s),
  );
  api.get(
    '/applications/:id',
    {
      config: { permission: 'applications.read' },
      schema: { tags, summary: 'One application with its evaluation trace, documents and review history', params: ZId, response: { 200: ZApplication } },
    },
    (req) => service.getApplication(s, req.ctx, req.params.id),
  );
  api.post(
    '/applications/:id/approve',
    {
      config: { permission: 'applications.review' },
      schema: {
        tags,
        summary: 'Approve the current step (the final step re-evaluates and books the payable amount)',
        params: ZId,
        body: ZDecision,
        response: { 200: ZApplication },
      },
    },
    (req) => service.approve(s, req.ctx, req.params.id, req.body.comment),
  );
  api.post(
    '/applications/:id/return',
    {
      config: { permission: 'applications.review' },
      schema: { tags, summary: 'Return for correction, with the reason', params: ZId, body: ZReason, response: { 200: ZApplication } },
    },
    (req) => service.returnForCorrection(s, req.ctx, req.params.id, req.body.reason),
  );
  api.post(
    '/applications/:id/reject',
    {
      config: { permission: 'applications.review' },
      schema: { tags, summary: 'Reject, with the reason', params: ZId, body: ZReason, response: { 200: ZApplication } },
    },
    (req) => service.reject(s, req.ctx, req.params.id, req.body.reason),
  );
  api.post(
    '/applications/:id/resubmit',
    {
      config: { permission: 'applications.submit' },
      schema: {
        tags,
        summary: 'Correct a returned application and send it back to the step that returned it',
        params: ZId,
        body: ZResubmit,
        response: { 200: ZApplication },
      },
    },
    (req) => service.resubmit(s, req.ctx, req.params.id, req.body),
  );
  api.post(
    '/applications/:id/cancel',
    {
      config: { permission: 'applications.submit' },
      schema: {
        tags,
        summary: 'Cancel an approved booking before it starts (the payable is reversed; the yearly cap frees up)',
        params: ZId,
        body: z.object({ reason: z.string().trim().min(1).max(200) }),
        response: { 200: ZApplication },
      },
    },
    (req) => service.cancelApproved(s, req.ctx, req.params.id, req.body.reason),
  );
  api.post(
    '/applications/:id/withdraw',
    {
      config: { permission: 'applications.submit' },
      schema: { tags, summary: 'Withdraw an application that is not decided yet', params: ZId, response: { 200: ZApplication } },
    },
    (req) => service.withdraw(s, req.ctx, req.params.id),
  );

  api.get(
    '/reports/applications',
    {
      config: { permission: 'applications.read' },
      schema: {
        tags: ['reports'],
        summary: 'Per program and regional union: applications by status, amounts approved and paid, overdue reviews',
        querystring: z.object({ programId: z.coerce.number().int().positive().optional() }),
        response: { 200: ZApplicationReport },
      },
    },
    (req) => reports.applicationReport(s, req.ctx, req.query.programId),
  );

  api.get(
    '/me/applications',
    {
      config: { permission: 'self.read' },
      schema: { tags, summary: 'My applications (member login)', querystring: ZList, response: { 200: ZApplicationPage } },
    },
    (req) => service.listApplications(s, req.ctx, req.query, 'mine'),
  );
  api.get(
    '/me/applications/:id',
    {
      config: { permission: 'self.read' },
      schema: { tags, summary: 'One of my applications, with its status history', params: ZId, response: { 200: ZApplication } },
    },
    (req) => service.getApplication(s, req.ctx, req.params.id),
  );
}
