import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Services } from '../../platform/services.ts';
import { badRequest } from '../../platform/errors.ts';
import { sendDownload, XLSX } from '../../platform/download.ts';
import { ZBinary } from '../../platform/schemas.ts';
import { ZHide, ZId, ZResponse, ZSurveyCreate, ZSurveyUpdate } from './schema.ts';
import * as S from './schema.ts';
import * as service from './service.ts';

export async function surveyRoutes(app: FastifyInstance, s: Services) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['surveys'];
  api.post(
    '/projects/:id/surveys',
    {
      config: { permission: 'projects.write' },
      schema: {
        tags,
        summary: 'Start a satisfaction survey on a project: ordered questions (single, multiple, 1–5 rating, free text), open/close dates, audience',
        params: ZId,
        body: ZSurveyCreate,
        response: { 201: S.ZSurvey },
      },
    },
    async (req, reply) => {
      reply.status(201);
      return service.createSurvey(s, req.ctx, { projectId: req.params.id }, req.body);
    },
  );
  api.get(
    '/projects/:id/surveys',
    { config: { permission: 'projects.read' }, schema: { tags, summary: 'Surveys of a project', params: ZId, response: { 200: S.ZSurveyItems } } },
    (req) => service.listSurveys(s, req.ctx, { projectId: req.params.id }),
  );
  api.post(
    '/slates/:id/surveys',
    {
      config: { permission: 'projects.write' },
      schema: { tags, summary: 'Start a satisfaction survey on a whole list', params: ZId, body: ZSurveyCreate, response: { 201: S.ZSurvey } },
    },
    async (req, reply) => {
      reply.status(201);
      return service.createSurvey(s, req.ctx, { slateId: req.params.id }, req.body);
    },
  );
  api.get(
    '/slates/:id/surveys',
    {
      config: { permission: 'projects.read' },
      schema: { tags, summary: 'Surveys of a list (its own and its projects’)', params: ZId, response: { 200: S.ZSurveyItems } },
    },
    (req) => service.listSurveys(s, req.ctx, { slateId: req.params.id }),
  );
  // Officers (projects.read) and members of the audience (consultation.take-part): checked in the service.
  api.get(
    '/surveys/:id',
    {
      config: { permission: ['projects.read', 'consultation.take-part'] },
      schema: { tags, summary: 'A survey with its questions (officers in scope; members of its audience)', params: ZId, response: { 200: S.ZSurvey } },
    },
    (req) => service.getSurvey(s, req.ctx, req.params.id),
  );
  api.patch(
    '/surveys/:id',
    {
      config: { permission: 'projects.write' },
      schema: {
        tags,
        summary: 'Change title, intro or dates; questions only while no response is in',
        params: ZId,
        body: ZSurveyUpdate,
        response: { 200: S.ZSurvey },
      },
    },
    (req) => {
      if (!Object.keys(req.body).length) throw badRequest('invalid-input', { zh: '没有要修改的字段', en: 'Nothing to change' });
      return service.updateSurvey(s, req.ctx, req.params.id, req.body);
    },
  );
  api.delete(
    '/surveys/:id',
    {
      config: { permission: 'projects.write' },
      schema: { tags, summary: 'Delete a survey no one has answered (409 once responses are in)', params: ZId, response: { 200: S.ZSurveyDeleted } },
    },
    (req) => service.deleteSurvey(s, req.ctx, req.params.id),
  );
  api.post(
    '/surveys/:id/responses',
    {
      config: { permission: 'consultation.take-part' },
      schema: {
        tags,
        summary: 'Answer a survey (members of its audience, while open, once per account; anonymous)',
        params: ZId,
        body: ZResponse,
        response: { 201: S.ZResponseReceived },
      },
    },
    async (req, reply) => {
      reply.status(201);
      return service.respond(s, req.ctx, req.params.id, req.body);
    },
  );
  api.get(
    '/surveys/:id/results',
    {
      config: { permission: 'projects.read' },
      schema: {
        tags,
        summary: 'Results per question (counts, averages, distributions, ECharts options) and free-text answers; a regional union sees its own members’ part',
        params: ZId,
        response: { 200: S.ZResults },
      },
    },
    (req) => service.surveyResults(s, req.ctx, req.params.id),
  );
  api.get(
    '/surveys/:id/results.xlsx',
    {
      config: { permission: 'projects.read' },
      schema: { tags, summary: 'Results as .xlsx (overview, per question, free-text answers)', params: ZId, response: { 200: ZBinary } },
    },
    async (req, reply) => {
      const out = await service.resultsWorkbook(s, req.ctx, req.params.id);
      return sendDownload(reply, { fileName: out.fileName, type: XLSX, body: out.body });
    },
  );
  api.post(
    '/surveys/:id/answers/hide',
    {
      config: { permission: 'projects.write' },
      schema: { tags, summary: 'Hide a free-text answer (moderation, with a reason; audited)', params: ZId, body: ZHide, response: { 200: S.ZAnswerHidden } },
    },
    (req) => service.hideAnswer(s, req.ctx, req.params.id, req.body),
  );
  api.get(
    '/me/surveys',
    {
      config: { permission: 'consultation.take-part' },
      schema: { tags, summary: 'Surveys open to me now (member login), with whether I have answered', response: { 200: S.ZSurveyItems } },
    },
    (req) => service.mySurveys(s, req.ctx),
  );
}
