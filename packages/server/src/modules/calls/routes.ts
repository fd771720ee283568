import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../../platform/services.ts';
import { badRequest } from '../../platform/errors.ts';
import {
  ZCallCreate,
  ZCallList,
  ZCallUpdate,
  ZCandidateCreate,
  ZClassify,
  ZComment,
  ZId,
  ZLinkProposals,
  ZProposalCreate,
  ZRationale,
  ZReason,
} from './schema.ts';
import * as S from './schema.ts';
import * as service from './service.ts';
import { sendDownload } from '../../platform/download.ts';
import { ZBinary } from '../../platform/schemas.ts';
import { exportCalls } from './exports.ts';

export async function callRoutes(app: FastifyInstance, s: Services) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['calls'];
  api.get(
    '/calls',
    {
      config: { permission: 'calls.read' },
      schema: { tags, summary: 'Calls for proposals I run or am asked to answer', querystring: ZCallList, response: { 200: S.ZCallItems } },
    },
    (req) => service.listCalls(s, req.ctx, req.query),
  );
  api.post(
    '/calls',
    {
      config: { permission: 'calls.manage' },
      schema: { tags, summary: 'Open a call for proposals for a union in my scope (stage dates in order)', body: ZCallCreate, response: { 201: S.ZCall } },
    },
    async (req, reply) => {
      reply.status(201);
      return service.createCall(s, req.ctx, req.body);
    },
  );
  api.get(
    '/calls/export.xlsx',
    {
      config: { permission: 'calls.read' },
      schema: {
        tags,
        summary: 'The calls list as .xlsx with the same filters and scope, in the page’s columns',
        querystring: ZCallList,
        response: { 200: ZBinary },
      },
    },
    async (req, reply) => sendDownload(reply, await exportCalls(s, req.ctx, req.query)),
  );
  api.get(
    '/calls/:id',
    {
      config: { permission: 'calls.read' },
      schema: { tags, summary: 'One call with its stages and the current stage', params: ZId, response: { 200: S.ZCallDetail } },
    },
    (req) => service.getCall(s, req.ctx, req.params.id),
  );
  api.patch(
    '/calls/:id',
    {
      config: { permission: 'calls.manage' },
      schema: { tags, summary: 'Change a call (dates re-checked)', params: ZId, body: ZCallUpdate, response: { 200: S.ZCall } },
    },
    (req) => {
      if (!Object.keys(req.body).length) throw badRequest('invalid-input', { zh: '没有要修改的字段', en: 'Nothing to change' });
      return service.updateCall(s, req.ctx, req.params.id, req.body);
    },
  );
  api.get(
    '/calls/:id/proposals',
    {
      config: { permission: 'calls.read' },
      schema: {
        tags,
        summary: 'Proposals of a call (all for the owner, my own otherwise)',
        params: ZId,
        querystring: z.object({ status: z.enum(['submitted', 'classified', 'merged', 'returned']).optional() }),
        response: { 200: S.ZProposalItems },
      },
    },
    (req) => service.listProposals(s, req.ctx, req.params.id, req.query),
  );
  api.post(
    '/calls/:id/proposals',
    {
      config: { permission: 'proposals.submit' },
      schema: {
        tags,
        summary: 'Submit a proposal (征集表一/二, or a member’s short form) during collection',
        params: ZId,
        body: ZProposalCreate,
        response: { 201: S.ZProposal },
      },
    },
    async (req, reply) => {
      reply.status(201);
      return service.submitProposal(s, req.ctx, req.params.id, req.body);
    },
  );
  api.get(
    '/proposals/:id',
    { config: { permission: 'calls.read' }, schema: { tags, summary: 'One proposal', params: ZId, response: { 200: S.ZProposal } } },
    (req) => service.getProposal(s, req.ctx, req.params.id),
  );
  api.post(
    '/proposals/:id/reveal-contact',
    {
      config: { permission: 'members.reveal' },
      schema: {
        tags,
        summary: 'Show a proposal’s full contact phone (officers of the call’s union; audited)',
        params: ZId,
        response: { 200: S.ZContactPhone },
      },
    },
    (req) => service.revealContactPhone(s, req.ctx, req.params.id),
  );
  api.post(
    '/proposals/:id/classify',
    {
      config: { permission: 'calls.manage' },
      schema: { tags, summary: 'Screening: classify a proposal', params: ZId, body: ZClassify, response: { 200: S.ZProposal } },
    },
    (req) => service.classifyProposal(s, req.ctx, req.params.id, req.body.category),
  );
  api.post(
    '/proposals/:id/return',
    {
      config: { permission: 'calls.manage' },
      schema: { tags, summary: 'Screening: return a proposal with a reason its submitter reads', params: ZId, body: ZReason, response: { 200: S.ZProposal } },
    },
    (req) => service.returnProposal(s, req.ctx, req.params.id, req.body.reason),
  );
  api.get(
    '/calls/:id/candidates',
    {
      config: { permission: 'calls.read' },
      schema: { tags, summary: 'Candidates (the owner sees all; others the shortlist from consultation on)', params: ZId, response: { 200: S.ZCandidateList } },
    },
    (req) => service.listCandidates(s, req.ctx, req.params.id),
  );
  api.post(
    '/calls/:id/candidates',
    {
      config: { permission: 'calls.manage' },
      schema: {
        tags,
        summary: 'Screening: make a candidate from one or more proposals (duplicates merged, all linked)',
        params: ZId,
        body: ZCandidateCreate,
        response: { 201: S.ZCandidate },
      },
    },
    async (req, reply) => {
      reply.status(201);
      return service.createCandidate(s, req.ctx, req.params.id, req.body);
    },
  );
  api.post(
    '/candidates/:id/proposals',
    {
      config: { permission: 'calls.manage' },
      schema: { tags, summary: 'Screening: merge more proposals into a candidate', params: ZId, body: ZLinkProposals, response: { 200: S.ZCandidate } },
    },
    (req) => service.linkProposals(s, req.ctx, req.params.id, req.body.proposalIds),
  );
  api.post(
    '/candidates/:id/shortlist',
    {
      config: { permission: 'calls.manage' },
      schema: { tags, summary: 'Screening: shortlist with a written rationale', params: ZId, body: ZRationale, response: { 200: S.ZCandidate } },
    },
    (req) => service.decideCandidate(s, req.ctx, req.params.id, 'shortlisted', req.body.rationale),
  );
  api.post(
    '/candidates/:id/drop',
    {
      config: { permission: 'calls.manage' },
      schema: {
        tags,
        summary: 'Screening: leave a candidate off the shortlist, with a rationale',
        params: ZId,
        body: ZRationale,
        response: { 200: S.ZCandidate },
      },
    },
    (req) => service.decideCandidate(s, req.ctx, req.params.id, 'dropped', req.body.rationale),
  );
  api.post(
    '/candidates/:id/supports',
    {
      config: { permission: 'consultation.take-part' },
      schema: { tags, summary: 'Consultation: support a candidate (once per account, within the call’s limit)', params: ZId, response: { 201: S.ZSupport } },
    },
    async (req, reply) => {
      reply.status(201);
      return service.support(s, req.ctx, req.params.id);
    },
  );
  api.delete(
    '/candidates/:id/supports',
    {
      config: { permission: 'consultation.take-part' },
      schema: { tags, summary: 'Consultation: withdraw my support', params: ZId, response: { 200: S.ZSupport } },
    },
    (req) => service.withdrawSupport(s, req.ctx, req.params.id),
  );
  api.get(
    '/candidates/:id/comments',
    {
      config: { permission: 'calls.read' },
      schema: { tags, summary: 'Comments on a candidate (hidden ones show their reason)', params: ZId, response: { 200: S.ZCommentItems } },
    },
    (req) => service.listComments(s, req.ctx, req.params.id),
  );
  api.post(
    '/candidates/:id/comments',
    {
      config: { permission: 'consultation.take-part' },
      schema: { tags, summary: 'Consultation: comment on a candidate', params: ZId, body: ZComment, response: { 201: S.ZCommentView } },
    },
    async (req, reply) => {
      reply.status(201);
      return service.addComment(s, req.ctx, req.params.id, req.body.body);
    },
  );
  api.post(
    '/comments/:id/hide',
    {
      config: { permission: 'calls.manage' },
      schema: { tags, summary: 'Moderation: hide a comment with a reason', params: ZId, body: ZReason, response: { 200: S.ZCommentView } },
    },
    (req) => service.hideComment(s, req.ctx, req.params.id, req.body.reason),
  );
}
