import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Services } from '../../platform/services.ts';
import { sendDownload } from '../../platform/download.ts';
import { ZBinary, ZOk } from '../../platform/schemas.ts';
import * as S from './schema.ts';
import { ZAccountCreate, ZAccountId, ZAccountSearch, ZAccountUpdate, ZReason } from './schema.ts';
import * as service from './service.ts';

export async function accountRoutes(app: FastifyInstance, s: Services) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['accounts'];
  const read = { permission: 'accounts.read' } as const;
  const write = { permission: 'accounts.write' } as const;
  api.get(
    '/accounts',
    {
      config: read,
      schema: {
        tags,
        summary: 'Officer accounts in my scope; search by username, name or the holder’s ID number, role, org (subtree), status. A search is audited',
        querystring: ZAccountSearch,
        response: { 200: S.ZAccountPage },
      },
    },
    (req) => service.searchAccounts(s, req.ctx, req.query),
  );
  api.get(
    '/accounts/export.xlsx',
    {
      config: read,
      schema: {
        tags,
        summary: 'The account list as .xlsx with the same filters and scope (holders masked), in the page’s columns (at most EXPORT_MAX_ROWS rows)',
        querystring: ZAccountSearch.omit({ page: true, pageSize: true }),
        response: { 200: ZBinary },
      },
    },
    async (req, reply) => sendDownload(reply, await service.exportAccounts(s, req.ctx, req.query)),
  );
  api.get(
    '/accounts/:id',
    {
      config: read,
      schema: { tags, summary: 'One account: role, org, status, holder (masked), live sessions, abilities', params: ZAccountId, response: { 200: S.ZAccount } },
    },
    (req) => service.getAccount(s, req.ctx, req.params.id),
  );
  api.post(
    '/accounts',
    {
      config: write,
      schema: {
        tags,
        summary: 'Create an officer account bound to one org, with its holder’s ID number; the initial password must be changed at first login',
        body: ZAccountCreate,
        response: { 201: S.ZAccountCreated },
      },
    },
    async (req, reply) => {
      reply.status(201);
      return service.createAccount(s, req.ctx, req.body);
    },
  );
  api.patch(
    '/accounts/:id',
    {
      config: write,
      schema: {
        tags,
        summary: 'Change display name, role or org (ends the account’s sessions), or record a missing holder',
        params: ZAccountId,
        body: ZAccountUpdate,
        response: { 200: S.ZAccountChanged },
      },
    },
    (req) => service.updateAccount(s, req.ctx, req.params.id, req.body),
  );
  api.post(
    '/accounts/:id/disable',
    {
      config: write,
      schema: { tags, summary: 'Disable an account and end its sessions', params: ZAccountId, body: ZReason, response: { 200: S.ZAccountChanged } },
    },
    (req) => service.disableAccount(s, req.ctx, req.params.id, req.body.reason),
  );
  api.post(
    '/accounts/:id/enable',
    { config: write, schema: { tags, summary: 'Enable a disabled account', params: ZAccountId, response: { 200: S.ZAccount } } },
    (req) => service.enableAccount(s, req.ctx, req.params.id),
  );
  api.post(
    '/accounts/:id/reset-password',
    {
      config: write,
      schema: {
        tags,
        summary: 'Issue a temporary password (shown once; changed at next login) and end the account’s sessions',
        params: ZAccountId,
        response: { 200: S.ZPasswordReset },
      },
    },
    (req) => service.resetPassword(s, req.ctx, req.params.id),
  );
  api.post(
    '/accounts/:id/end-sessions',
    { config: write, schema: { tags, summary: 'End every session of an account', params: ZAccountId, response: { 200: S.ZSessionsEnded } } },
    (req) => service.endSessions(s, req.ctx, req.params.id),
  );
  api.post(
    '/accounts/:id/unlock',
    { config: write, schema: { tags, summary: 'Unlock an account locked after failed logins', params: ZAccountId, response: { 200: ZOk } } },
    (req) => service.unlockAccount(s, req.ctx, req.params.id),
  );
}
