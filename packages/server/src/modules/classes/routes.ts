import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sendDownload, XLSX } from '../../platform/download.ts';
import { ZId } from '../../platform/schemas.ts';
import type { Services } from '../../platform/services.ts';
import * as forms from './forms.ts';
import * as S from './schema.ts';
import * as service from './service.ts';

export async function classesRoutes(app: FastifyInstance, s: Services) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['classes'];
  const read = { permission: 'pools.read' as const };
  const manage = { permission: 'pools.manage' as const };
  const claim = { permission: 'pools.claim' as const };
  api.get(
    '/classes/categories',
    { config: read, schema: { tags, summary: 'The courses of 公益乐学 (000 三), zh and en', response: { 200: S.ZCategoryList } } },
    () => service.categories(),
  );
  api.get(
    '/classes',
    {
      config: read,
      schema: {
        tags,
        summary: '现场版 class sessions open to my union (and my subtree’s), with places left',
        querystring: S.ZCourseQuery,
        response: { 200: S.ZCourseList },
      },
    },
    (req) => service.listCourses(s, req.ctx, req.query),
  );
  api.post(
    '/classes',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Open a class session: a first-come pool of kind class with its course details',
        body: S.ZCourseCreate,
        response: { 201: S.ZCourse },
      },
    },
    async (req, reply) => {
      reply.status(201);
      return service.createCourse(s, req.ctx, req.body);
    },
  );
  api.get('/classes/:id', { config: read, schema: { tags, summary: 'One class session', params: ZId, response: { 200: S.ZCourse } } }, (req) =>
    service.getCourse(s, req.ctx, req.params.id),
  );
  api.post(
    '/classes/:id/bookings',
    {
      config: claim,
      schema: {
        tags,
        summary: 'Book a place (a member for themself, an officer for a member in scope); 409 pool-full / already-claimed / pool-closed',
        params: ZId,
        body: S.ZBookingCreate,
        response: { 201: S.ZBooked },
      },
    },
    async (req, reply) => {
      const r = await service.book(s, req.ctx, req.params.id, req.body?.memberId);
      reply.status(201);
      return r;
    },
  );
  api.post(
    '/classes/:id/bookings/cancel',
    {
      config: claim,
      schema: {
        tags,
        summary: 'Cancel a booking before the class starts: the place goes back',
        params: ZId,
        body: S.ZBookingCreate,
        response: { 200: S.ZCancelled },
      },
    },
    (req) => service.cancel(s, req.ctx, req.params.id, req.body?.memberId),
  );
  api.get(
    '/classes/:id/bookings',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Who booked, in order (masked; full only for members in my subtree)',
        params: ZId,
        querystring: S.ZBookingQuery,
        response: { 200: S.ZBookingPage },
      },
    },
    (req) => service.bookings(s, req.ctx, req.params.id, req.query),
  );
  api.get('/me/classes', { config: { permission: 'self.read' }, schema: { tags, summary: 'My booked classes', response: { 200: S.ZCourseList } } }, (req) =>
    service.myCourses(s, req.ctx),
  );
  api.get(
    '/class-visits',
    {
      config: read,
      schema: {
        tags,
        summary: '企业版送教上门 visits of units in my subtree, and each unit’s free visits used in the year',
        querystring: S.ZVisitQuery,
        response: { 200: S.ZVisitList },
      },
    },
    (req) => service.listVisits(s, req.ctx, req.query),
  );
  api.post(
    '/class-visits',
    {
      config: claim,
      schema: {
        tags,
        summary: 'Book a 1.5-hour on-site visit for a unit; two free a year (409 over-free-visits)',
        body: S.ZVisitCreate,
        response: { 201: S.ZVisit },
      },
    },
    async (req, reply) => {
      reply.status(201);
      return service.bookVisit(s, req.ctx, req.body);
    },
  );
  api.post(
    '/class-visits/:id/cancel',
    { config: claim, schema: { tags, summary: 'Cancel a visit before its day: the unit gets the free visit back', params: ZId, response: { 200: S.ZVisit } } },
    (req) => service.cancelVisit(s, req.ctx, req.params.id),
  );
  api.get(
    '/classes/forms/:id',
    {
      config: { permission: 'applications.read' },
      schema: {
        tags,
        summary: 'A filed 附件1 公益乐学教学点申报表 or 附件2 公益乐学直通车版预约表 as .xlsx (by application id)',
        params: ZId,
        response: { 200: S.ZBinary },
      },
    },
    async (req, reply) => {
      const f = await forms.formSheet(s, req.ctx, req.params.id);
      return sendDownload(reply, { fileName: f.fileName, type: XLSX, body: f.body });
    },
  );
}
