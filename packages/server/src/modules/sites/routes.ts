import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendDownload, XLSX } from '../../platform/download.ts';
import { ZId, ZIsoDate } from '../../platform/schemas.ts';
import type { Services } from '../../platform/services.ts';
import { readUpload } from '../../platform/upload.ts';
import { noticePage } from './print.ts';
import * as claims from './claims.ts';
import * as S from './schema.ts';
import * as service from './service.ts';
import * as sheets from './sheets.ts';

export async function sitesRoutes(app: FastifyInstance, s: Services) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['sites'];
  const read = { permission: 'sites.read' as const };
  const write = { permission: 'sites.write' as const };
  const inspect = { permission: 'sites.inspect' as const };

  api.get(
    '/sites',
    {
      config: read,
      schema: {
        tags,
        summary: 'The site register of my subtree: nursing rooms, childcare studios, health points, fitness stations, driver homes, canteens, culture teams',
        querystring: S.ZSiteQuery,
        response: { 200: S.ZSitePage },
      },
    },
    (req) => service.listSites(s, req.ctx, req.query),
  );
  api.post(
    '/sites',
    {
      config: write,
      schema: {
        tags,
        summary: 'Register a site of my union or one below it (photos: ids of my JPEG/PNG uploads)',
        body: S.ZSiteCreate,
        response: { 201: S.ZSiteDetail },
      },
    },
    async (req, reply) => {
      reply.status(201);
      return service.createSite(s, req.ctx, req.body);
    },
  );
  api.get(
    '/sites/export.xlsx',
    {
      config: read,
      schema: {
        tags,
        summary: 'The register of my subtree as .xlsx (the same filters as the list; phones masked)',
        querystring: S.ZExportQuery,
        response: { 200: S.ZBinary },
      },
    },
    async (req, reply) => {
      const f = await sheets.exportSites(s, req.ctx, req.query);
      return sendDownload(reply, { fileName: f.fileName, type: XLSX, body: f.body });
    },
  );
  api.get(
    '/sites/import-template.xlsx',
    {
      config: write,
      schema: {
        tags,
        summary: 'The blank sheet for POST /sites/import: the export’s columns, and a sheet saying what each takes',
        response: { 200: S.ZBinary },
      },
    },
    async (_req, reply) => sendDownload(reply, { fileName: '阵地台账导入模板.xlsx', type: XLSX, body: await sheets.importTemplate() }),
  );
  api.post(
    '/sites/import',
    {
      config: write,
      schema: {
        tags,
        summary:
          'Register sites from an .xlsx in the export’s columns (类型, 名称, 所属工会编号, 地址 …): all rows or none; a refusal names every wrong row and column',
        consumes: ['multipart/form-data'],
        response: { 201: S.ZImported },
      },
    },
    async (req, reply) => {
      const up = await readUpload(req, s);
      const r = await sheets.importSites(s, req.ctx, up.buffer, up.fileName);
      reply.status(201);
      return r;
    },
  );
  api.get(
    '/sites/claims/summary.xlsx',
    {
      config: read,
      schema: {
        tags,
        summary: 'The district’s summary claim (申领汇总表, 000 附件1/2) of a kind and year as .xlsx: its accepted sites with an approved grant, in my subtree',
        querystring: S.ZClaimQuery,
        response: { 200: S.ZBinary },
      },
    },
    async (req, reply) => {
      const f = await sheets.claimSummary(s, req.ctx, req.query);
      return sendDownload(reply, { fileName: f.fileName, type: XLSX, body: f.body });
    },
  );
  api.get(
    '/sites/claims/newspaper-delivery.xlsx',
    {
      config: read,
      schema: {
        tags,
        summary:
          'The 《劳动报》 集订分送单 (000 女职工 一(三)4): the nursing rooms of the accepted claims of a year in my subtree, one copy each for the next year, delivered in November–December (phones masked)',
        querystring: S.ZDeliveryQuery,
        response: { 200: S.ZBinary },
      },
    },
    async (req, reply) => {
      const f = await sheets.newspaperDelivery(s, req.ctx, req.query.year);
      return sendDownload(reply, { fileName: f.fileName, type: XLSX, body: f.body });
    },
  );
  // The district's summary claim as a record (000 女职工 一(三)3, 二(四)2).
  api.get(
    '/sites/claims',
    {
      config: read,
      schema: {
        tags,
        summary: 'The districts’ summary claims in my subtree (a district its own; the federation all), newest first',
        querystring: S.ZClaimListQuery,
        response: { 200: S.ZClaimList },
      },
    },
    (req) => claims.listClaims(s, req.ctx, req.query),
  );
  api.post(
    '/sites/claims',
    {
      config: write,
      schema: {
        tags,
        summary:
          'A regional union files its summary claim for a kind and year: the rows of the 申领汇总表 frozen now, the total, the 结算票据 number and scan (required); by the program’s claim deadline (9/15 for nursing rooms and childcare studios)',
        body: S.ZClaimCreate,
        response: { 201: S.ZClaimDetail },
      },
    },
    async (req, reply) => {
      const r = await claims.fileClaim(s, req.ctx, req.body);
      reply.status(201);
      return r;
    },
  );
  api.get(
    '/sites/claims/:id',
    { config: read, schema: { tags, summary: 'One summary claim with its frozen rows and its payment', params: ZId, response: { 200: S.ZClaimDetail } } },
    (req) => claims.getClaim(s, req.ctx, req.params.id),
  );
  api.get(
    '/sites/claims/:id/summary.xlsx',
    {
      config: read,
      schema: {
        tags,
        summary: 'A filed claim’s own 申领汇总表 (000 附件1/2) as .xlsx: its rows as frozen at filing, tabled on the filing day, with the 总金额 line',
        params: ZId,
        response: { 200: S.ZBinary },
      },
    },
    async (req, reply) => {
      const f = await sheets.claimSheet(s, req.ctx, req.params.id);
      return sendDownload(reply, { fileName: f.fileName, type: XLSX, body: f.body });
    },
  );
  api.get(
    '/sites/claims/:id/voucher',
    { config: read, schema: { tags, summary: 'The claim’s 结算票据 scan', params: ZId, response: { 200: S.ZBinary } } },
    async (req, reply) => {
      const d = await claims.claimVoucher(s, req.ctx, req.params.id);
      return sendDownload(reply, { fileName: d.fileName, type: d.mime, body: d.body }, 'inline');
    },
  );
  api.post(
    '/sites/claims/:id/accept',
    {
      config: inspect,
      schema: {
        tags,
        summary:
          'The federation’s department accepts a claim: the sites’ own unpaid payables are reversed and the total is booked as one payable to the district’s verified account',
        params: ZId,
        body: S.ZClaimAccept,
        response: { 200: S.ZClaimDetail },
      },
    },
    (req) => claims.acceptClaim(s, req.ctx, req.params.id, req.body.comment),
  );
  api.post(
    '/sites/claims/:id/return',
    {
      config: inspect,
      schema: {
        tags,
        summary: 'The federation’s department returns a claim with the reason; its sites may be claimed again',
        params: ZId,
        body: S.ZComment,
        response: { 200: S.ZClaimDetail },
      },
    },
    (req) => claims.returnClaim(s, req.ctx, req.params.id, req.body.comment),
  );
  api.get(
    '/sites/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'One site: details, photos, history, inspections, service log, its application and grant',
        params: ZId,
        response: { 200: S.ZSiteDetail },
      },
    },
    (req) => service.getSite(s, req.ctx, req.params.id),
  );
  api.patch(
    '/sites/:id',
    {
      config: write,
      schema: { tags, summary: 'Change a site’s details (recorded in its history)', params: ZId, body: S.ZSiteUpdate, response: { 200: S.ZSiteDetail } },
    },
    (req) => service.updateSite(s, req.ctx, req.params.id, req.body),
  );
  api.get(
    '/sites/:id/checklist',
    {
      config: read,
      schema: {
        tags,
        summary:
          'The on-site checklist, generated from the policy criteria of the site’s kind on a day (driver homes 6+X, health points 四固三定/两固三定, fitness stations by size)',
        params: ZId,
        querystring: z.object({ on: ZIsoDate.optional() }),
        response: { 200: S.ZChecklist },
      },
    },
    (req) => service.getChecklist(s, req.ctx, req.params.id, req.query.on),
  );
  api.post(
    '/sites/:id/inspections',
    {
      config: inspect,
      schema: {
        tags,
        summary:
          'Record an on-site check (acceptance or spot check) with the checklist’s answers and photos; the engine decides, failed items are the reasons. A passed acceptance check approves the district’s review step',
        params: ZId,
        body: S.ZInspectionCreate,
        response: { 201: S.ZInspection },
      },
    },
    async (req, reply) => {
      const r = await service.inspect(s, req.ctx, req.params.id, req.body);
      reply.status(201);
      return r;
    },
  );
  api.post(
    '/sites/:id/accept',
    {
      config: inspect,
      schema: {
        tags,
        summary:
          'Accept an inspected site: the final review of its application (the engine computes the grant with its trace and books it to the union’s account)',
        params: ZId,
        body: S.ZAccept,
        response: { 200: S.ZSiteDetail },
      },
    },
    (req) => service.accept(s, req.ctx, req.params.id, req.body.comment, req.body.matching),
  );
  api.post(
    '/sites/:id/plaque',
    {
      config: inspect,
      schema: { tags, summary: 'Issue the plaque of an accepted site (the year’s list)', params: ZId, body: S.ZPlaque, response: { 200: S.ZSiteDetail } },
    },
    (req) => service.plaque(s, req.ctx, req.params.id, req.body.year, req.body.comment),
  );
  api.post(
    '/sites/:id/yellow-card',
    {
      config: inspect,
      schema: {
        tags,
        summary: 'Yellow card (整改通知书): what to fix and the deadline; printable',
        params: ZId,
        body: S.ZYellowCard,
        response: { 200: S.ZSiteDetail },
      },
    },
    (req) => service.yellowCard(s, req.ctx, req.params.id, req.body),
  );
  api.post(
    '/sites/:id/red-card',
    {
      config: inspect,
      schema: {
        tags,
        summary: 'Red card (摘牌通知书): the site is de-listed, leaves the public map and is not paid; printable',
        params: ZId,
        body: S.ZRedCard,
        response: { 200: S.ZSiteDetail },
      },
    },
    (req) => service.redCard(s, req.ctx, req.params.id, req.body),
  );
  api.post(
    '/sites/:id/lift-yellow',
    { config: inspect, schema: { tags, summary: 'The fix is done: lift the yellow card', params: ZId, body: S.ZComment, response: { 200: S.ZSiteDetail } } },
    (req) => service.liftYellow(s, req.ctx, req.params.id, req.body.comment),
  );
  api.post(
    '/sites/:id/close',
    {
      config: write,
      schema: { tags, summary: 'Close a site (it stays in the register with its history)', params: ZId, body: S.ZComment, response: { 200: S.ZSiteDetail } },
    },
    (req) => service.closeSite(s, req.ctx, req.params.id, req.body.comment),
  );
  api.post(
    '/sites/:id/service-log',
    {
      config: write,
      schema: {
        tags,
        summary: 'Log a service of a running site (consultations, visits, lectures, notices, appointments)',
        params: ZId,
        body: S.ZServiceLogCreate,
        response: { 201: S.ZSiteDetail },
      },
    },
    async (req, reply) => {
      const r = await service.addServiceLog(s, req.ctx, req.params.id, req.body);
      reply.status(201);
      return r;
    },
  );
  api.get(
    '/sites/:id/notices/:eventId',
    { config: read, schema: { tags, summary: 'A yellow or red card as a printable A4 page (HTML)', params: S.ZEventParams, response: { 200: S.ZHtml } } },
    async (req, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(await noticePage(s, req.ctx, req.params.id, req.params.eventId)),
  );
  api.get(
    '/sites/:id/photos/:documentId',
    { config: read, schema: { tags, summary: 'A photo of a site in my subtree', params: S.ZPhotoParams, response: { 200: S.ZBinary } } },
    async (req, reply) => {
      const d = await service.sitePhoto(s, req.ctx, req.params.id, req.params.documentId);
      return sendDownload(reply, { fileName: d.fileName, type: d.mime, body: d.body }, 'inline');
    },
  );

  api.get(
    '/public/sites',
    {
      config: { public: true },
      schema: {
        tags: ['public'],
        summary: 'Public, no login: listed sites as a GeoJSON FeatureCollection (name, kind, district, address, status, plaque year), by kind and district',
        querystring: S.ZPublicQuery,
        response: { 200: S.ZFeatureCollection },
      },
    },
    (req) => service.publicSites(s, req.query),
  );
}
