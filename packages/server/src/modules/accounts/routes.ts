import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inScope, roleNames, roleOrgKinds, roles } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { badRequest, conflict, invalidField, notFound } from '../../platform/errors.ts';
import { hashPassword, passwordProblem } from '../../platform/passwords.ts';
import type { Services } from '../../platform/services.ts';

const ZCreate = z.object({
  username: z.string().trim().regex(/^[a-z0-9][a-z0-9._-]{2,31}$/, { message: '用户名为3–32位小写字母、数字、.-_ / 3–32 lower-case letters, digits, . - _' }),
  displayName: z.string().trim().min(1).max(50),
  role: z.enum(roles).exclude(['member']),
  orgId: z.coerce.number().int().positive(),
  password: z.string().min(1).max(256),
});

export async function accountRoutes(app: FastifyInstance, s: Services) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['accounts'];
  api.get('/accounts', { config: { permission: 'accounts.read' }, schema: { tags, summary: 'Officer accounts in my scope', querystring: z.object({ page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(200).default(50) }) } }, async (req) => {
    const q = s.database.db.selectFrom('accounts').innerJoin('orgs', 'orgs.id', 'accounts.org_id').where(inScope(req.ctx.actor!, 'orgs.path'));
    const { total } = await q.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
    const rows = await q.select(['accounts.id', 'accounts.username', 'accounts.display_name', 'accounts.role', 'accounts.status', 'accounts.locked_until', 'accounts.last_login_at', 'orgs.id as org_id', 'orgs.name as org_name']).orderBy('accounts.id').limit(req.query.pageSize).offset((req.query.page - 1) * req.query.pageSize).execute();
    return { total: Number(total), items: rows.map((r) => ({ id: r.id, username: r.username, displayName: r.display_name, role: r.role, roleName: roleNames[r.role as keyof typeof roleNames], status: r.status, lockedUntil: r.locked_until, lastLoginAt: r.last_login_at, orgId: r.org_id, orgName: r.org_name })) };
  });
  api.post('/accounts', { config: { permission: 'accounts.write' }, schema: { tags, summary: 'Create an officer account bound to one org', body: ZCreate } }, async (req, reply) => {
    const b = req.body;
    const problem = passwordProblem(b.password, s.config.passwordPolicy);
    if (problem) throw badRequest('invalid-input', problem, [{ field: 'body.password', code: 'weak-password', message: problem }]);
    const org = await s.database.db.selectFrom('orgs').select(['id', 'kind', 'path']).where('id', '=', b.orgId).where(inScope(req.ctx.actor!, 'orgs.path')).executeTakeFirst();
    if (!org) throw notFound('org', b.orgId);
    if (!(roleOrgKinds[b.role] as readonly string[]).includes(org.kind))
      throw invalidField('body.orgId', 'role-org-kind', { zh: `该角色只能绑定到：${roleOrgKinds[b.role].join('、')}`, en: `this role binds to: ${roleOrgKinds[b.role].join(', ')}` });
    const hash = await hashPassword(b.password);
    const created = await s.database.db.transaction().execute(async (trx) => {
      if (await trx.selectFrom('accounts').select('id').where('username', '=', b.username).executeTakeFirst()) throw conflict('duplicate-username', { zh: '用户名已存在', en: 'Username taken' });
      const a = await trx.insertInto('accounts').values({ username: b.username, display_name: b.displayName, role: b.role, org_id: b.orgId, password_hash: hash, password_changed_at: new Date() }).returning('id').executeTakeFirstOrThrow();
      await writeAudit(trx, req.ctx, { action: 'account.create', entity: 'account', entityId: a.id, orgPath: org.path, after: { username: b.username, role: b.role, orgId: b.orgId } });
      return a;
    });
    reply.status(201);
    return { id: created.id };
  });
  api.post('/accounts/:id/unlock', { config: { permission: 'accounts.write' }, schema: { tags, summary: 'Unlock an account locked after failed logins', params: z.object({ id: z.coerce.number().int().positive() }) } }, async (req) => {
    const a = await s.database.db.selectFrom('accounts').innerJoin('orgs', 'orgs.id', 'accounts.org_id').select(['accounts.id', 'orgs.path']).where('accounts.id', '=', req.params.id).where(inScope(req.ctx.actor!, 'orgs.path')).executeTakeFirst();
    if (!a) throw notFound('account', req.params.id);
    await s.database.db.transaction().execute(async (trx) => {
      await trx.updateTable('accounts').set({ locked_until: null, failed_count: 0 }).where('id', '=', a.id).execute();
      await writeAudit(trx, req.ctx, { action: 'account.unlock', entity: 'account', entityId: a.id, orgPath: a.path });
    });
    return { ok: true };
  });
}
