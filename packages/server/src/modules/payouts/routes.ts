import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../../platform/services.ts';
import * as service from './service.ts';
import { ZBinary, ZIsoDate } from '../../platform/schemas.ts';
import { sendDownload } from '../../platform/download.ts';
import { exportBatches } from './exports.ts';
import { ZBatch, ZBatchDetail, ZBatchList, ZMyPayments, ZPayeeAccount, ZPayeeAccountCreate, ZPayeeAccountList, ZReversal } from './schema.ts';
import * as payees from './payee-accounts.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ZId = z.object({ id: z.coerce.number().int().positive() });
const isoDate = ZIsoDate;

export async function payoutRoutes(app: FastifyInstance, s: Services) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['payouts'];
  api.get(
    '/payouts/batches',
    {
      config: { permission: 'payouts.read' },
      schema: {
        tags,
        summary: 'Settlement batches',
        querystring: z.object({ programId: z.coerce.number().int().positive().optional() }),
        response: { 200: ZBatchList },
      },
    },
    (req) => service.listBatches(s, req.ctx, req.query.programId),
  );
  api.get(
    '/payouts/batches/export.xlsx',
    {
      config: { permission: 'payouts.read' },
      schema: {
        tags,
        summary: 'The batch list as .xlsx with the same filter and scope, in the page’s columns (at most EXPORT_MAX_ROWS rows)',
        querystring: z.object({ programId: z.coerce.number().int().positive().optional() }),
        response: { 200: ZBinary },
      },
    },
    async (req, reply) => sendDownload(reply, await exportBatches(s, req.ctx, req.query.programId)),
  );
  api.post(
    '/payouts/batches',
    {
      config: { permission: 'payouts.prepare' },
      schema: {
        tags,
        summary: 'Prepare the monthly batch of a program once its list has closed (the 25th): every payable entry booked by then and in no batch yet',
        body: z.object({
          programId: z.number().int().positive(),
          period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: '期间格式为 YYYY-MM / period is YYYY-MM' }),
        }),
        response: { 201: ZBatch },
      },
    },
    async (req, reply) => {
      reply.status(201);
      return service.prepareBatch(s, req.ctx, req.body.programId, req.body.period);
    },
  );
  api.get(
    '/payouts/batches/:id',
    {
      config: { permission: 'payouts.read' },
      schema: { tags, summary: 'A batch with its lines (masked) and sign-offs', params: ZId, response: { 200: ZBatchDetail } },
    },
    (req) => service.getBatch(s, req.ctx, req.params.id),
  );
  api.get(
    '/payouts/batches/:id/export.xlsx',
    {
      config: { permission: 'payouts.read' },
      schema: {
        tags,
        summary: 'The batch as .xlsx: member number, name, masked ID, amount in yuan, program, application no.',
        params: ZId,
        response: { 200: z.any().describe('binary file') },
      },
    },
    async (req, reply) => {
      const out = await service.exportBatch(s, req.ctx, req.params.id);
      return reply.type(XLSX).header('content-disposition', `attachment; filename="${out.no}.xlsx"`).send(out.body);
    },
  );
  api.post(
    '/payouts/batches/:id/approve-rights',
    {
      config: { permission: 'payouts.approve-rights' },
      schema: { tags, summary: 'Sign-off by the rights department (权益保障部)', params: ZId, response: { 200: ZBatch } },
    },
    (req) => service.signOff(s, req.ctx, req.params.id, 'rights'),
  );
  api.post(
    '/payouts/batches/:id/approve-finance',
    {
      config: { permission: 'payouts.approve-finance' },
      schema: { tags, summary: 'Sign-off by the finance department (财务资产管理部)', params: ZId, response: { 200: ZBatch } },
    },
    (req) => service.signOff(s, req.ctx, req.params.id, 'finance'),
  );
  api.post(
    '/payouts/batches/:id/pay',
    {
      config: { permission: 'payouts.prepare' },
      schema: {
        tags,
        summary: 'Mark an approved batch paid to the member cards; members get an SMS and a portal notice. Paying twice is refused',
        params: ZId,
        body: z.object({ paidOn: isoDate.optional(), reference: z.string().trim().max(80).optional() }),
        response: { 200: ZBatch },
      },
    },
    (req) => service.markPaid(s, req.ctx, req.params.id, req.body),
  );
  api.post(
    '/payouts/batches/:id/cancel',
    {
      config: { permission: 'payouts.prepare' },
      schema: {
        tags,
        summary: 'Cancel an unpaid batch; its entries return to the next preparation',
        params: ZId,
        body: z.object({ reason: z.string().trim().min(2).max(300) }),
        response: { 200: ZBatch },
      },
    },
    (req) => service.cancelBatch(s, req.ctx, req.params.id, req.body.reason),
  );
  api.post(
    '/payouts/entries/:id/reverse',
    {
      config: { permission: 'payouts.prepare' },
      schema: {
        tags,
        summary: 'Reverse a booked entry with a new negative entry (a paid entry is never edited)',
        params: ZId,
        body: z.object({ reason: z.string().trim().min(2).max(300) }),
        response: { 200: ZReversal },
      },
    },
    (req) => service.reverseEntry(s, req.ctx, req.params.id, req.body.reason),
  );
  api.get(
    '/payouts/payee-accounts',
    {
      config: { permission: 'payouts.read' },
      schema: {
        tags,
        summary: 'Organisation payee accounts in my scope (account numbers masked)',
        querystring: z.object({ orgId: z.coerce.number().int().positive().optional() }),
        response: { 200: ZPayeeAccountList },
      },
    },
    async (req) => ({
      items: (await payees.payeeAccountsOf(s.database.db, req.ctx.actor!, req.query.orgId)).map((r) => payees.presentPayeeAccount(r)),
    }),
  );
  api.post(
    '/payouts/payee-accounts',
    {
      config: { permission: ['applications.submit', 'payouts.prepare'] },
      schema: {
        tags,
        summary: 'Register an organisation’s bank account for payouts (retires its previous one); paid only once the finance department verified it',
        body: ZPayeeAccountCreate,
        response: { 201: ZPayeeAccount },
      },
    },
    async (req, reply) => {
      reply.status(201);
      return s.database.db.transaction().execute((trx) => payees.registerPayeeAccount(trx, req.ctx, req.body));
    },
  );
  api.post(
    '/payouts/payee-accounts/:id/verify',
    {
      config: { permission: 'payouts.approve-finance' },
      schema: {
        tags,
        summary: 'Verify an organisation’s account (finance department; not whoever registered it)',
        params: ZId,
        response: { 200: ZPayeeAccount },
      },
    },
    (req) => s.database.db.transaction().execute((trx) => payees.verifyPayeeAccount(trx, req.ctx, req.params.id)),
  );
  api.get(
    '/me/payments',
    {
      config: { permission: 'self.read' },
      schema: { tags, summary: 'My payments: amounts booked for me and whether they are paid (member login)', response: { 200: ZMyPayments } },
    },
    (req) => service.myPayments(s, req.ctx),
  );
}
