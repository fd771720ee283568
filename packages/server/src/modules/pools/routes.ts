import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sendDownload, XLSX } from '../../platform/download.ts';
import { ZBinary, ZId } from '../../platform/schemas.ts';
import type { Services } from '../../platform/services.ts';
import { readUpload } from '../../platform/upload.ts';
import * as S from './schema.ts';
import * as service from './service.ts';
import * as sheets from './sheets.ts';
import { exportGrants, exportPools } from './exports.ts';

export async function poolsRoutes(app: FastifyInstance, s: Services) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['pools'];
  const read = { permission: 'pools.read' as const };
  const manage = { permission: 'pools.manage' as const };
  api.get(
    '/pools',
    {
      config: read,
      schema: {
        tags,
        summary: 'First-come pools open to my union (and those of my subtree), with the live remaining count',
        querystring: S.ZPoolQuery,
        response: { 200: S.ZPoolList },
      },
    },
    (req) => service.listPools(s, req.ctx, req.query),
  );
  api.post(
    '/pools',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Open a first-come pool for the members under a union (the federation: city-wide)',
        body: S.ZPoolCreate,
        response: { 201: S.ZPool },
      },
    },
    async (req, reply) => {
      reply.status(201);
      return service.createPool(s, req.ctx, req.body);
    },
  );
  api.get(
    '/pools/export.xlsx',
    {
      config: read,
      schema: {
        tags,
        summary: 'The first-come pools as .xlsx with the same filter and scope, in the page’s columns',
        querystring: S.ZPoolQuery,
        response: { 200: ZBinary },
      },
    },
    async (req, reply) => sendDownload(reply, await exportPools(s, req.ctx, req.query)),
  );
  api.get('/pools/:id', { config: read, schema: { tags, summary: 'One pool: capacity, taken, remaining', params: ZId, response: { 200: S.ZPool } } }, (req) =>
    service.getPool(s, req.ctx, req.params.id),
  );
  api.post(
    '/pools/:id/claims',
    {
      config: { permission: 'pools.claim' },
      schema: {
        tags,
        summary: 'Claim one place (an officer for a member in scope, a member for themself); 409 pool-full / already-claimed / pool-closed',
        params: ZId,
        body: S.ZClaimCreate,
        response: { 201: S.ZClaimGranted },
      },
    },
    async (req, reply) => {
      const r = await service.claim(s, req.ctx, req.params.id, req.body?.memberId);
      reply.status(201);
      return r;
    },
  );
  api.get(
    '/pools/:id/claims',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Who holds the places, in order (masked; full only for members in my subtree)',
        params: ZId,
        querystring: S.ZClaimQuery,
        response: { 200: S.ZClaimPage },
      },
    },
    (req) => service.listClaims(s, req.ctx, req.params.id, req.query),
  );
  api.get(
    '/me/places',
    { config: { permission: 'self.read' }, schema: { tags, summary: 'My places in first-come pools', response: { 200: S.ZMyPlaces } } },
    (req) => service.myPlaces(s, req.ctx),
  );
  api.get(
    '/place-grants',
    { config: read, schema: { tags, summary: 'Places granted to or from unions in my subtree', querystring: S.ZGrantQuery, response: { 200: S.ZGrantList } } },
    (req) => service.listGrants(s, req.ctx, req.query),
  );
  api.post(
    '/place-grants',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Grant places to a union below mine, or split a grant my union holds (sums checked)',
        body: S.ZGrantCreate,
        response: { 201: S.ZGrant },
      },
    },
    async (req, reply) => {
      reply.status(201);
      return service.createGrant(s, req.ctx, req.body);
    },
  );
  api.get(
    '/place-grants/export.xlsx',
    {
      config: read,
      schema: {
        tags,
        summary: 'The place grants as .xlsx with the same filters and scope, in the page’s columns',
        querystring: S.ZGrantQuery,
        response: { 200: ZBinary },
      },
    },
    async (req, reply) => sendDownload(reply, await exportGrants(s, req.ctx, req.query)),
  );
  api.get('/place-grants/:id', { config: read, schema: { tags, summary: 'One grant and its splits', params: ZId, response: { 200: S.ZGrantDetail } } }, (req) =>
    service.getGrant(s, req.ctx, req.params.id),
  );
  api.get(
    '/place-grants/:id/sheet',
    {
      config: read,
      schema: { tags, summary: 'The 名额分配表 of a grant (.xlsx): the unions below with their places', params: ZId, response: { 200: S.ZBinary } },
    },
    async (req, reply) => {
      const f = await sheets.exportSheet(s, req.ctx, req.params.id);
      return sendDownload(reply, { fileName: f.fileName, type: XLSX, body: f.body });
    },
  );
  // multipart/form-data: the filled 名额分配表 (columns 编号, 名额; an optional 合计 row is checked).
  api.post(
    '/place-grants/:id/sheet',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Import the splits of a grant from a filled 名额分配表: all rows or none',
        params: ZId,
        consumes: ['multipart/form-data'],
        response: { 201: S.ZSheetImported },
      },
    },
    async (req, reply) => {
      const up = await readUpload(req, s);
      const r = await sheets.importSheet(s, req.ctx, req.params.id, up.buffer, up.fileName);
      reply.status(201);
      return r;
    },
  );
}
