import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../../platform/services.ts';
import { badRequest } from '../../platform/errors.ts';
import { readUpload } from '../../platform/upload.ts';
import { sendDownload, XLSX } from '../../platform/download.ts';
import { ZBinary } from '../../platform/schemas.ts';
import {
  ZAllocationSplit,
  ZDashboardQuery,
  ZId,
  ZMilestoneCreate,
  ZMilestoneEdit,
  ZPlan,
  ZProjectCreate,
  ZProjectUpdate,
  ZPublicQuery,
  ZSlateCreate,
  ZSlateList,
  ZSlateUpdate,
  ZTargetCreate,
  ZTargetUpdate,
} from './schema.ts';
import * as S from './schema.ts';
import * as service from './service.ts';
import * as allocations from './allocations.ts';
import * as maintenance from './maintenance.ts';
import * as yearEnd from './year-end.ts';
import { exportSlates } from './exports.ts';

export async function projectRoutes(app: FastifyInstance, s: Services) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['projects'];
  api.get(
    '/slates',
    {
      config: { permission: 'projects.read' },
      schema: { tags, summary: 'Project lists (slates) in my scope, and every published one', querystring: ZSlateList, response: { 200: S.ZSlateItems } },
    },
    (req) => service.listSlates(s, req.ctx, req.query),
  );
  api.post(
    '/slates',
    { config: { permission: 'projects.write' }, schema: { tags, summary: 'Start a union’s list for a year', body: ZSlateCreate, response: { 201: S.ZSlate } } },
    async (req, reply) => {
      reply.status(201);
      return service.createSlate(s, req.ctx, req.body);
    },
  );
  api.get(
    '/slates/export.xlsx',
    {
      config: { permission: 'projects.read' },
      schema: {
        tags,
        summary: 'The yearly lists (slates) as .xlsx with the same filters and scope, in the page’s columns',
        querystring: ZSlateList,
        response: { 200: ZBinary },
      },
    },
    async (req, reply) => sendDownload(reply, await exportSlates(s, req.ctx, req.query)),
  );
  api.get(
    '/slates/:id',
    {
      config: { permission: 'projects.read' },
      schema: { tags, summary: 'A list with its numbered projects and their progress', params: ZId, response: { 200: S.ZSlateDetail } },
    },
    (req) => service.getSlate(s, req.ctx, req.params.id),
  );
  api.patch(
    '/slates/:id',
    {
      config: { permission: 'projects.write' },
      schema: { tags, summary: 'Change a list (meeting, document number, date)', params: ZId, body: ZSlateUpdate, response: { 200: S.ZSlate } },
    },
    (req) => {
      if (!Object.keys(req.body).length) throw badRequest('invalid-input', { zh: '没有要修改的字段', en: 'Nothing to change' });
      return service.updateSlate(s, req.ctx, req.params.id, req.body);
    },
  );
  api.post(
    '/slates/:id/publish',
    {
      config: { permission: 'projects.write' },
      schema: { tags, summary: 'Publish a list (needs meeting, document number and date)', params: ZId, response: { 200: S.ZSlate } },
    },
    (req) => service.publishSlate(s, req.ctx, req.params.id),
  );
  api.post(
    '/slates/:id/close',
    {
      config: { permission: 'projects.write' },
      schema: {
        tags,
        summary: 'Close a published list at the end of its year: no more progress reports, none overdue (audited)',
        params: ZId,
        response: { 200: S.ZSlate },
      },
    },
    (req) => service.closeSlate(s, req.ctx, req.params.id),
  );
  api.post(
    '/slates/:id/projects',
    {
      config: { permission: 'projects.write' },
      schema: {
        tags,
        summary: 'Add a numbered project to an unpublished list (optionally from a shortlisted candidate)',
        params: ZId,
        body: ZProjectCreate,
        response: { 201: S.ZProject },
      },
    },
    async (req, reply) => {
      reply.status(201);
      return service.createProject(s, req.ctx, req.params.id, req.body);
    },
  );
  api.get(
    '/projects/:id',
    {
      config: { permission: 'projects.read' },
      schema: { tags, summary: 'A project with its plan, targets, milestones and progress', params: ZId, response: { 200: S.ZProjectDetail } },
    },
    (req) => service.getProject(s, req.ctx, req.params.id),
  );
  api.patch(
    '/projects/:id',
    {
      config: { permission: 'projects.write' },
      schema: { tags, summary: 'Change a project’s number, title, category or summary', params: ZId, body: ZProjectUpdate, response: { 200: S.ZProject } },
    },
    (req) => {
      if (!Object.keys(req.body).length) throw badRequest('invalid-input', { zh: '没有要修改的字段', en: 'Nothing to change' });
      return service.updateProject(s, req.ctx, req.params.id, req.body);
    },
  );
  api.put(
    '/projects/:id/plan',
    {
      config: { permission: 'projects.write' },
      schema: { tags, summary: 'Set the implementation plan (money in yuan)', params: ZId, body: ZPlan, response: { 200: S.ZProject } },
    },
    (req) => service.putPlan(s, req.ctx, req.params.id, req.body),
  );
  api.post(
    '/projects/:id/targets',
    {
      config: { permission: 'projects.write' },
      schema: {
        tags,
        summary: 'Add a quantified target (indicator, unit, planned value; optionally under a parent target)',
        params: ZId,
        body: ZTargetCreate,
        response: { 201: S.ZTarget },
      },
    },
    async (req, reply) => {
      reply.status(201);
      return service.addTarget(s, req.ctx, req.params.id, req.body);
    },
  );
  api.post(
    '/projects/:id/milestones',
    {
      config: { permission: 'projects.write' },
      schema: { tags, summary: 'Add a milestone', params: ZId, body: ZMilestoneCreate, response: { 201: S.ZMilestone } },
    },
    async (req, reply) => {
      reply.status(201);
      return service.addMilestone(s, req.ctx, req.params.id, req.body);
    },
  );
  api.patch(
    '/milestones/:id',
    {
      config: { permission: 'projects.write' },
      schema: {
        tags,
        summary: 'Change a milestone (title, dates, responsible) or mark it done (or not)',
        params: ZId,
        body: ZMilestoneEdit,
        response: { 200: S.ZMilestone },
      },
    },
    (req) => {
      if (!Object.keys(req.body).length) throw badRequest('invalid-input', { zh: '没有要修改的字段', en: 'Nothing to change' });
      return maintenance.updateMilestone(s, req.ctx, req.params.id, req.body);
    },
  );
  api.delete(
    '/milestones/:id',
    {
      config: { permission: 'projects.write' },
      schema: { tags, summary: 'Delete a milestone (audited with what it was)', params: ZId, response: { 200: S.ZDeleted } },
    },
    (req) => maintenance.deleteMilestone(s, req.ctx, req.params.id),
  );
  api.patch(
    '/targets/:id',
    {
      config: { permission: 'projects.write' },
      schema: {
        tags,
        summary: 'Change a target (indicator, unit, planned value, weight, note); not below what is allocated',
        params: ZId,
        body: ZTargetUpdate,
        response: { 200: S.ZTarget },
      },
    },
    (req) => {
      if (!Object.keys(req.body).length) throw badRequest('invalid-input', { zh: '没有要修改的字段', en: 'Nothing to change' });
      return maintenance.updateTarget(s, req.ctx, req.params.id, req.body);
    },
  );
  api.delete(
    '/targets/:id',
    {
      config: { permission: 'projects.write' },
      schema: { tags, summary: 'Delete a target nothing refers to (409 names allocations, reports, sub-targets)', params: ZId, response: { 200: S.ZDeleted } },
    },
    (req) => maintenance.deleteTarget(s, req.ctx, req.params.id),
  );
  api.delete(
    '/projects/:id',
    {
      config: { permission: 'projects.write' },
      schema: {
        tags,
        summary: 'Delete a project of an unpublished list with its targets and milestones, when nothing refers to it (409 names what does)',
        params: ZId,
        response: { 200: S.ZDeleted },
      },
    },
    (req) => maintenance.deleteProject(s, req.ctx, req.params.id),
  );
  api.get(
    '/slates/:id/report',
    {
      config: { permission: 'projects.read' },
      schema: {
        tags,
        summary: 'Year-end report of a list: each project planned against actual per target, progress, budget against spent, status, milestones, satisfaction',
        params: ZId,
        response: { 200: S.ZSlateReport },
      },
    },
    (req) => yearEnd.slateReport(s, req.ctx, req.params.id),
  );
  api.get(
    '/slates/:id/report.xlsx',
    { config: { permission: 'projects.read' }, schema: { tags, summary: 'The year-end report as .xlsx', params: ZId, response: { 200: ZBinary } } },
    async (req, reply) => {
      const out = await yearEnd.slateReportWorkbook(s, req.ctx, req.params.id);
      return sendDownload(reply, { fileName: out.fileName, type: XLSX, body: out.body });
    },
  );
  api.get(
    '/targets/:id/allocations',
    {
      config: { permission: 'projects.read' },
      schema: { tags, summary: 'How a target is split (the owner sees all; a union its share and below)', params: ZId, response: { 200: S.ZAllocationList } },
    },
    (req) => allocations.listAllocations(s, req.ctx, req.params.id),
  );
  api.put(
    '/targets/:id/allocations',
    {
      config: { permission: 'projects.write' },
      schema: {
        tags,
        summary: 'Split a target (or my share of it, parentOrgId) across unions below',
        params: ZId,
        body: ZAllocationSplit,
        response: { 200: S.ZAllocationSplitDone },
      },
    },
    (req) => allocations.splitAllocation(s, req.ctx, req.params.id, req.body),
  );
  const ZImportQuery = z.object({ dryRun: z.enum(['true', 'false']).default('false'), parentOrgId: z.coerce.number().int().positive().optional() });
  api.get(
    '/targets/:id/allocations/template',
    {
      config: { permission: 'projects.write' },
      schema: {
        tags,
        summary: 'Blank allocation table (.xlsx) listing the unions below',
        params: ZId,
        querystring: ZImportQuery.pick({ parentOrgId: true }),
        response: { 200: ZBinary },
      },
    },
    async (req, reply) =>
      sendDownload(reply, {
        fileName: 'allocation-template.xlsx',
        type: XLSX,
        body: await allocations.allocationTemplate(s, req.ctx, req.params.id, req.query.parentOrgId),
      }),
  );
  api.post(
    '/targets/:id/allocations/import',
    {
      config: { permission: 'projects.write' },
      schema: {
        tags,
        summary: 'Import a split from .xlsx/.csv (union, count): must add up to the target, else nothing is written',
        params: ZId,
        querystring: ZImportQuery,
        consumes: ['multipart/form-data'],
        response: { 200: S.ZAllocationImported },
      },
    },
    async (req) => {
      const file = await readUpload(req, s);
      return allocations.importAllocations(s, req.ctx, req.params.id, file.buffer, file.fileName, {
        dryRun: req.query.dryRun === 'true',
        parentOrgId: req.query.parentOrgId,
      });
    },
  );
  api.get(
    '/projects/:id/evaluation',
    {
      config: { permission: 'projects.read' },
      schema: { tags, summary: 'Planned against actual per target, rolled up from the regional parts', params: ZId, response: { 200: S.ZEvaluation } },
    },
    (req) => service.projectEvaluation(s, req.ctx, req.params.id),
  );
  api.get(
    '/evaluation/dashboard',
    {
      config: { permission: 'projects.read' },
      schema: {
        tags,
        summary: 'A union’s year: every project’s progress, who is behind, money spent against budget (ECharts options)',
        querystring: ZDashboardQuery,
        response: { 200: S.ZDashboard },
      },
    },
    (req) => service.dashboard(s, req.ctx, req.query),
  );
  api.get(
    '/public/slates',
    {
      config: { public: true },
      schema: { tags: ['public'], summary: 'Public, no login: which unions have published which years', response: { 200: S.ZPublicSlates } },
    },
    () => service.publicSlates(s),
  );
  api.get(
    '/public/projects',
    {
      config: { public: true },
      schema: {
        tags: ['public'],
        summary: 'Public, no login: a union’s published list for a year with status and progress',
        querystring: ZPublicQuery,
        response: { 200: S.ZPublicList },
      },
    },
    (req) => service.publicProjects(s, req.query),
  );
}
