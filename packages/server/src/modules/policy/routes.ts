import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Services } from '../../platform/services.ts';
import { ZId } from '../../platform/schemas.ts';
import {
  ZEnteredVersion,
  ZVersionCreate,
  ZVersionDecision,
  ZVersionList,
  ZVersionPreview,
  ZVersionReject,
  ZVersionTemplate,
  ZVersionsQuery,
  ZEvaluate,
  ZEvaluateBatch,
  ZEvaluateBatchResult,
  ZEvaluateResult,
  ZParameters,
  ZParamsQuery,
  ZProgramCode,
  ZProgramInfo,
  ZProgramList,
  ZTimeline,
  ZTimelineResult,
} from './schema.ts';
import * as policy from './service.ts';
import * as versions from './versions.ts';

const BATCH_BODY_LIMIT = 16 * 1048576;

export async function policyRoutes(app: FastifyInstance, s: Services) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['policy'];
  api.post(
    '/policy/evaluate',
    {
      config: { permission: 'policy.read' },
      schema: {
        tags,
        summary: 'Evaluate one program for one input on a date: eligibility, amounts, reasons and the trace',
        body: ZEvaluate,
        response: { 200: ZEvaluateResult },
      },
    },
    async (req) => policy.evaluate(req.body.program, req.body.date, req.body.input),
  );
  // The body limit fits the advertised 100,000 inputs at ~160 bytes each (a member-protection input is 60–100).
  api.post(
    '/policy/evaluate-batch',
    {
      bodyLimit: BATCH_BODY_LIMIT,
      config: { permission: 'policy.read' },
      schema: {
        tags,
        summary: `Evaluate one program for many inputs (a roster): up to ${policy.BATCH_MAX_INPUTS} inputs and 16 MiB; trace off unless asked, and only up to ${policy.BATCH_TRACE_MAX_INPUTS} inputs; problems: the first ${policy.BATCH_MAX_ERRORS} with their index, and the count`,
        body: ZEvaluateBatch,
        response: { 200: ZEvaluateBatchResult },
      },
    },
    async (req) => {
      const results = await policy.evaluateBatch(req.body.program, req.body.date, req.body.inputs, req.body.trace);
      return { program: req.body.program, date: req.body.date, count: results.length, results };
    },
  );
  api.get(
    '/policy/programs',
    {
      config: { permission: 'policy.read' },
      schema: { tags, summary: 'Every program with its versions and input JSON Schema', response: { 200: ZProgramList } },
    },
    async () => ({ items: policy.programs() }),
  );
  api.get(
    '/policy/programs/:code',
    { config: { permission: 'policy.read' }, schema: { tags, summary: 'One program', params: ZProgramCode, response: { 200: ZProgramInfo } } },
    async (req) => policy.program(req.params.code),
  );
  api.get(
    '/policy/programs/:code/parameters',
    {
      config: { permission: 'policy.read' },
      schema: {
        tags,
        summary: 'The parameters in force on a date, with their sources',
        params: ZProgramCode,
        querystring: ZParamsQuery,
        response: { 200: ZParameters },
      },
    },
    async (req) => {
      policy.program(req.params.code);
      return { program: req.params.code, date: req.query.date, items: policy.parameters(req.params.code, req.query.date) };
    },
  );
  api.get(
    '/policy/programs/:code/parameters/:name/timeline',
    {
      config: { permission: 'policy.read' },
      schema: { tags, summary: 'A parameter’s values across the years', params: ZTimeline, response: { 200: ZTimelineResult } },
    },
    async (req) => {
      policy.program(req.params.code);
      return { program: req.params.code, name: req.params.name, items: policy.timeline(req.params.code, req.params.name) };
    },
  );

  // Versions entered from the UI: next year's notice, drafted by one person and approved by another.
  api.get(
    '/policy/programs/:code/versions',
    {
      config: { permission: 'policy.read' },
      schema: {
        tags,
        summary: 'A program’s versions: bundled with the release and entered here (drafts, approved, rejected), with their sources',
        params: ZProgramCode,
        response: { 200: ZVersionList },
      },
    },
    (req) => versions.listVersions(s, req.params.code),
  );
  api.get(
    '/policy/programs/:code/version-template',
    {
      config: { permission: 'policy.manage' },
      schema: {
        tags,
        summary: 'What next year’s version starts from: the latest version and every parameter’s value (money in yuan)',
        params: ZProgramCode,
        response: { 200: ZVersionTemplate },
      },
    },
    (req) => versions.template(req.params.code),
  );
  api.post(
    '/policy/versions',
    {
      config: { permission: 'policy.manage' },
      schema: {
        tags,
        summary: 'Draft a new version of a program (checked against its parameter schemas); it takes effect when a second person approves it',
        body: ZVersionCreate,
        response: { 201: ZEnteredVersion },
      },
    },
    async (req, reply) => {
      reply.status(201);
      return versions.createDraft(s, req.ctx, req.body);
    },
  );
  api.get(
    '/policy/versions/:id',
    {
      config: { permission: 'policy.read' },
      schema: { tags, summary: 'One entered version with its values', params: ZId, response: { 200: ZEnteredVersion } },
    },
    async (req) => versions.present(await versions.getVersion(s, req.params.id), { values: true }),
  );
  api.get(
    '/policy/versions/:id/preview',
    {
      config: { permission: ['policy.manage', 'policy.approve'] },
      schema: {
        tags,
        summary: 'The program’s cases evaluated as today and with the draft’s values: which results change and which stay',
        params: ZId,
        response: { 200: ZVersionPreview },
      },
    },
    (req) => versions.preview(s, req.params.id),
  );
  api.post(
    '/policy/versions/:id/approve',
    {
      config: { permission: 'policy.approve' },
      schema: {
        tags,
        summary: 'Approve a draft (not one’s own); the engine uses it from then on',
        params: ZId,
        body: ZVersionDecision,
        response: { 200: ZEnteredVersion },
      },
    },
    (req) => versions.approve(s, req.ctx, req.params.id, req.body.note),
  );
  api.post(
    '/policy/versions/:id/reject',
    {
      config: { permission: ['policy.approve', 'policy.manage'] },
      schema: {
        tags,
        summary: 'Reject (or, for its creator, withdraw) a draft, with a reason',
        params: ZId,
        body: ZVersionReject,
        response: { 200: ZEnteredVersion },
      },
    },
    (req) => versions.reject(s, req.ctx, req.params.id, req.body.note),
  );
}
