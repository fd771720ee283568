// Routes of offers (§1), requests (§2), rosters (§3) and settlements (§4) of the place programs (issue 10).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sendDownload, XLSX } from '../../platform/download.ts';
import { ZId } from '../../platform/schemas.ts';
import type { Services } from '../../platform/services.ts';
import { readUpload } from '../../platform/upload.ts';
import { readTable, writeXlsx } from '../../platform/spreadsheets.ts';
import { AppError } from '../../platform/errors.ts';
import * as S from './quotas-schema.ts';
import { ZBinary, ZRemindersRun } from './schema.ts';
import { runTripReminders } from './reminders.ts';
import * as service from './quotas.ts';
import * as bills from './bills.ts';
import { exportBills, exportOffers, exportRequests, exportRosters, exportSettlements } from './exports.ts';

export async function quotasRoutes(app: FastifyInstance, s: Services) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['quotas'];
  const read = { permission: 'pools.read' as const };
  const manage = { permission: 'pools.manage' as const };

  api.get(
    '/quota-offers/export.xlsx',
    {
      config: read,
      schema: { tags, summary: 'The offer list as .xlsx with the same filters, in the page’s columns', querystring: S.ZOfferQuery, response: { 200: ZBinary } },
    },
    async (req, reply) => sendDownload(reply, await exportOffers(s, req.ctx, req.query)),
  );
  api.get(
    '/quota-offers',
    {
      config: read,
      schema: {
        tags,
        summary: 'The offer of a program year: plans and sites with price, subsidies, who pays the rest, months, provider and capacity',
        querystring: S.ZOfferQuery,
        response: { 200: S.ZOfferList },
      },
    },
    (req) => service.listOffers(s, req.ctx, req.query),
  );
  api.post(
    '/quota-offers',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Add a plan to the offer (the running agency): price and subsidies from the policy engine',
        body: S.ZOfferCreate,
        response: { 201: S.ZOffer },
      },
    },
    async (req, reply) => {
      reply.status(201);
      return service.createOffer(s, req.ctx, req.body);
    },
  );
  api.get('/quota-offers/:id', { config: read, schema: { tags, summary: 'One plan of the offer', params: ZId, response: { 200: S.ZOffer } } }, (req) =>
    service.getOffer(s, req.ctx, req.params.id),
  );
  api.patch(
    '/quota-offers/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Edit capacity, provider and contacts of a plan (the agency running it)',
        params: ZId,
        body: S.ZOfferUpdate,
        response: { 200: S.ZOffer },
      },
    },
    (req) => service.updateOffer(s, req.ctx, req.params.id, req.body),
  );

  api.get(
    '/quota-requests/export.xlsx',
    {
      config: read,
      schema: {
        tags,
        summary: 'The request summaries as .xlsx with the same filters and scope, in the page’s columns',
        querystring: S.ZRequestQuery,
        response: { 200: ZBinary },
      },
    },
    async (req, reply) => sendDownload(reply, await exportRequests(s, req.ctx, req.query)),
  );
  api.get(
    '/quota-requests',
    {
      config: read,
      schema: {
        tags,
        summary: 'Request summaries (申报汇总表) of the districts in my subtree',
        querystring: S.ZRequestQuery,
        response: { 200: S.ZRequestList },
      },
    },
    (req) => service.listRequests(s, req.ctx, req.query),
  );
  api.post(
    '/quota-requests',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Send a district’s request summary (by 12/15 of the year before, 000 六(一)1)',
        body: S.ZRequestCreate,
        response: { 201: S.ZRequest },
      },
    },
    async (req, reply) => {
      reply.status(201);
      return service.submitRequest(s, req.ctx, req.body);
    },
  );
  api.get('/quota-requests/:id', { config: read, schema: { tags, summary: 'One request summary', params: ZId, response: { 200: S.ZRequest } } }, (req) =>
    service.getRequest(s, req.ctx, req.params.id),
  );
  api.post(
    '/quota-requests/:id/grant',
    {
      config: manage,
      schema: {
        tags,
        summary: 'The federation grants places from a request, row by row (creates place grants); over-allocation refused naming the row',
        params: ZId,
        body: S.ZRequestGrant,
        response: { 200: S.ZRequest },
      },
    },
    (req) => service.grantRequest(s, req.ctx, req.params.id, req.body),
  );

  api.get(
    '/rosters/export.xlsx',
    {
      config: read,
      schema: {
        tags,
        summary: 'The rosters list as .xlsx with the same filters and scope, in the page’s columns (not the members: see /rosters/:id/sheet)',
        querystring: S.ZRosterQuery,
        response: { 200: ZBinary },
      },
    },
    async (req, reply) => sendDownload(reply, await exportRosters(s, req.ctx, req.query)),
  );
  api.get(
    '/rosters',
    { config: read, schema: { tags, summary: 'Rosters (名册) of unions in my subtree', querystring: S.ZRosterQuery, response: { 200: S.ZRosterList } } },
    (req) => service.listRosters(s, req.ctx, req.query),
  );
  api.post(
    '/rosters',
    {
      config: manage,
      schema: { tags, summary: 'Draw up a roster on a grant my union holds (members checked row by row)', body: S.ZRosterCreate, response: { 201: S.ZRoster } },
    },
    async (req, reply) => {
      reply.status(201);
      return service.createRoster(s, req.ctx, req.body);
    },
  );
  api.post(
    '/rosters/reminders/run',
    {
      config: manage,
      schema: {
        tags,
        summary:
          'Send the SMS reminders now to the members of submitted rosters starting within three days, once per roster (the daily job does this at 09:00; the federation administrator only)',
        response: { 200: ZRemindersRun },
      },
    },
    (req) => runTripReminders(s, req.ctx),
  );
  api.get(
    '/rosters/:id',
    { config: read, schema: { tags, summary: 'One roster with its members (names masked)', params: ZId, response: { 200: S.ZRoster } } },
    (req) => service.getRoster(s, req.ctx, req.params.id),
  );
  api.post(
    '/rosters/:id/entries',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Add members by member number: all rows or none, every wrong row named',
        params: ZId,
        body: S.ZRosterEntries,
        response: { 200: S.ZRosterImported },
      },
    },
    (req) => service.addEntries(s, req.ctx, req.params.id, req.body.members),
  );
  api.post(
    '/rosters/:id/submit',
    { config: manage, schema: { tags, summary: 'Submit the roster (to the provider, for the trip or checkup)', params: ZId, response: { 200: S.ZRoster } } },
    (req) => service.submitRoster(s, req.ctx, req.params.id),
  );
  api.get(
    '/rosters/:id/sheet',
    { config: read, schema: { tags, summary: 'The roster as .xlsx (名册)', params: ZId, response: { 200: ZBinary } } },
    async (req, reply) => {
      const r = await service.getRoster(s, req.ctx, req.params.id);
      const body = await writeXlsx([
        {
          name: '名册',
          columns: [
            { header: '序号', key: 'row' },
            { header: '会员编号', key: 'memberNo', width: 14 },
            { header: '姓名', key: 'name' },
            { header: '工会', key: 'orgName', width: 36 },
          ],
          rows: r.entries,
        },
      ]);
      return sendDownload(reply, { fileName: `${r.year}-${r.orgName}-${r.code}-名册.xlsx`, type: XLSX, body });
    },
  );
  // multipart/form-data: a filled 名册 with the column 会员编号.
  api.post(
    '/rosters/:id/sheet',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Import members from a filled 名册 (.xlsx, column 会员编号): all rows or none',
        params: ZId,
        consumes: ['multipart/form-data'],
        response: { 200: S.ZRosterImported },
      },
    },
    async (req) => {
      const up = await readUpload(req, s);
      const table = await readTable(up.buffer, up.fileName, { maxRows: 2000 });
      const ci = table.headers.findIndex((h) => ['会员编号', 'memberno', '编号'].includes(h.replace(/\s+/g, '').toLowerCase()));
      if (ci < 0)
        throw new AppError(400, 'invalid-file', { zh: '文件表头不正确：需要“会员编号”一列', en: 'The header needs the column 会员编号 (member number)' }, [
          { field: 'header.会员编号', code: 'missing-column', message: { zh: '缺少列', en: 'missing column' } },
        ]);
      const rows = table.rows.map((r) => ({ rowNo: r.rowNo, memberNo: (r.cells[ci] ?? '').trim() })).filter((r) => r.memberNo);
      return service.importEntries(s, req.ctx, req.params.id, rows);
    },
  );

  api.get(
    '/quota-settlements/export.xlsx',
    { config: read, schema: { tags, summary: 'The settlements list as .xlsx with the same scope, in the page’s columns', response: { 200: ZBinary } } },
    async (req, reply) => sendDownload(reply, await exportSettlements(s, req.ctx)),
  );
  api.get(
    '/quota-settlements',
    {
      config: read,
      schema: { tags, summary: 'Providers’ settlements of rosters in my subtree (or of my union as provider)', response: { 200: S.ZSettlementList } },
    },
    (req) => service.listSettlements(s, req.ctx),
  );
  api.post(
    '/quota-settlements',
    {
      config: manage,
      schema: {
        tags,
        summary: 'The provider’s claim for a roster (补贴申请表 + 名册 + 满意度): checked against the roster and the engine’s amount',
        body: S.ZSettlementCreate,
        response: { 201: S.ZSettlement },
      },
    },
    async (req, reply) => {
      reply.status(201);
      return service.submitSettlement(s, req.ctx, req.body);
    },
  );
  api.get(
    '/quota-settlements/half-year',
    {
      config: manage,
      schema: {
        tags,
        summary:
          'Preview a district’s half-year claim for its frontline trips (001 项目3 三(五): 先行垫付，每半年结算一次): the unsettled submitted rosters of the half and the engine’s 600 yuan a person',
        querystring: S.ZPeriodQuery,
        response: { 200: S.ZPeriodPreview },
      },
    },
    (req) => service.previewPeriodSettlement(s, req.ctx, req.query),
  );
  api.post(
    '/quota-settlements/half-year',
    {
      config: manage,
      schema: {
        tags,
        summary:
          'File the district’s half-year claim: all its unsettled rosters of the half in one settlement, reviewed by rights then finance and paid to the district’s account',
        body: S.ZPeriodSettlementCreate,
        response: { 201: S.ZSettlement },
      },
    },
    async (req, reply) => {
      reply.status(201);
      return service.submitPeriodSettlement(s, req.ctx, req.body);
    },
  );
  api.get('/quota-settlements/:id', { config: read, schema: { tags, summary: 'One settlement', params: ZId, response: { 200: S.ZSettlement } } }, (req) =>
    service.getSettlement(s, req.ctx, req.params.id),
  );
  api.post(
    '/quota-settlements/:id/rights',
    {
      config: { permission: 'payouts.approve-rights' },
      schema: { tags, summary: 'The rights department’s review (first)', params: ZId, response: { 200: S.ZSettlement } },
    },
    (req) => service.reviewSettlement(s, req.ctx, req.params.id, 'rights'),
  );
  api.post(
    '/quota-settlements/:id/finance',
    {
      config: { permission: 'payouts.approve-finance' },
      schema: { tags, summary: 'The finance department’s review (second, another person)', params: ZId, response: { 200: S.ZSettlement } },
    },
    (req) => service.reviewSettlement(s, req.ctx, req.params.id, 'finance'),
  );
  api.post(
    '/quota-settlements/:id/pay',
    {
      config: { permission: 'payouts.prepare' },
      schema: {
        tags,
        summary: 'Pay a reviewed settlement to the provider’s verified payee account',
        params: ZId,
        body: S.ZSettlementPay,
        response: { 200: S.ZSettlement },
      },
    },
    (req) => service.paySettlement(s, req.ctx, req.params.id, req.body),
  );

  // 001 项目4 三 “费用由相关平台企业承担”: the platforms' bills for their share of the gig workers' mobile checkups.
  const billsRead = { permission: ['pools.read', 'pools.bills'] as const };
  api.get(
    '/quota-bills',
    {
      config: billsRead,
      schema: {
        tags,
        summary: 'Platforms’ bills (结算单) for the gig workers’ mobile checkups: a platform sees its own, the provider and the federation theirs',
        querystring: S.ZBillQuery,
        response: { 200: S.ZBillList },
      },
    },
    (req) => bills.listBills(s, req.ctx, req.query),
  );
  api.get(
    '/quota-bills/export.xlsx',
    {
      config: billsRead,
      schema: {
        tags,
        summary: 'The bills list as .xlsx with the same filters and scope, in the tab’s columns',
        querystring: S.ZBillQuery,
        response: { 200: ZBinary },
      },
    },
    async (req, reply) => sendDownload(reply, await exportBills(s, req.ctx, req.query)),
  );
  api.get(
    '/quota-bills/:id',
    { config: billsRead, schema: { tags, summary: 'One bill with the served workers (names masked)', params: ZId, response: { 200: S.ZBill } } },
    (req) => bills.getBill(s, req.ctx, req.params.id),
  );
  api.get(
    '/quota-bills/:id/sheet',
    { config: billsRead, schema: { tags, summary: 'The bill as .xlsx with its roster lines (names masked)', params: ZId, response: { 200: ZBinary } } },
    async (req, reply) => sendDownload(reply, await bills.billSheet(s, req.ctx, req.params.id)),
  );
  api.post(
    '/quota-bills/:id/confirm',
    { config: { permission: 'pools.bills' }, schema: { tags, summary: 'The platform’s officer confirms its bill', params: ZId, response: { 200: S.ZBill } } },
    (req) => bills.confirmBill(s, req.ctx, req.params.id),
  );
  api.post(
    '/quota-bills/:id/dispute',
    {
      config: { permission: 'pools.bills' },
      schema: {
        tags,
        summary: 'The platform’s officer disputes an issued bill with its reason (the provider’s officers are told)',
        params: ZId,
        body: S.ZBillDispute,
        response: { 200: S.ZBill },
      },
    },
    (req) => bills.disputeBill(s, req.ctx, req.params.id, req.body),
  );
  api.post(
    '/quota-bills/:id/reissue',
    {
      config: manage,
      schema: {
        tags,
        summary:
          'The provider that issued it (or the federation) corrects a disputed bill — the lines kept — and issues it again as the next revision, the engine’s amount',
        params: ZId,
        body: S.ZBillReissue,
        response: { 200: S.ZBill },
      },
    },
    (req) => bills.reissueBill(s, req.ctx, req.params.id, req.body),
  );
  api.post(
    '/quota-bills/:id/move',
    {
      config: manage,
      schema: {
        tags,
        summary:
          'The provider that issued it (or the federation) moves a worker’s line to the bill of the platform they belong to (same settlement): both bills recomputed as their next revision; refused once either is confirmed or paid',
        params: ZId,
        body: S.ZBillMove,
        response: { 200: S.ZBillMoved },
      },
    },
    (req) => bills.moveLine(s, req.ctx, req.params.id, req.body),
  );
  api.post(
    '/quota-bills/:id/reject-dispute',
    {
      config: manage,
      schema: {
        tags,
        summary: 'The provider that issued it (or the federation) rejects the dispute with its reason: the bill stands and waits for the platform again',
        params: ZId,
        body: S.ZBillRejectDispute,
        response: { 200: S.ZBill },
      },
    },
    (req) => bills.rejectDispute(s, req.ctx, req.params.id, req.body),
  );
  api.post(
    '/quota-bills/:id/pay',
    {
      config: manage,
      schema: {
        tags,
        summary: 'The provider that receives it (or the federation) records the platform’s payment of a confirmed bill, with its reference; once',
        params: ZId,
        body: S.ZBillPay,
        response: { 200: S.ZBill },
      },
    },
    (req) => bills.payBill(s, req.ctx, req.params.id, req.body),
  );
}
