// Every route answers with a declared response schema (issue 13): the serializer then validates
// what the route sends, and the web's generated types describe the answer, not just the request.
// Routes that do not declare one yet are listed here; the list may only shrink (like the module
// walls' knownCrossings): a route that gains a schema must leave it, and a new route must come with one.
// A download declares its binary body (e.g. `200: z.any()` with a description) and counts as declared.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildOpenApi } from './openapi.ts';

const routesWithoutResponse = new Set<string>([
  'DELETE /api/v1/orgs/{id}',
  'GET /api/v1/imports',
  'GET /api/v1/imports/template/members',
  'GET /api/v1/imports/{id}',
  'GET /api/v1/imports/{id}/errors.xlsx',
  'GET /api/v1/imports/{id}/progress',
  'GET /api/v1/me/member',
  'GET /api/v1/members',
  'GET /api/v1/members/export',
  'GET /api/v1/members/stats',
  'GET /api/v1/members/vocabulary',
  'GET /api/v1/members/{id}',
  'GET /api/v1/members/{id}/history',
  'GET /api/v1/orgs',
  'GET /api/v1/orgs/export',
  'GET /api/v1/orgs/import/template',
  'GET /api/v1/orgs/root',
  'GET /api/v1/orgs/{id}',
  'PATCH /api/v1/members/{id}',
  'PATCH /api/v1/orgs/{id}',
  'POST /api/v1/imports/members',
  'POST /api/v1/imports/{id}/commit',
  'POST /api/v1/imports/{id}/discard',
  'POST /api/v1/members',
  'POST /api/v1/members/{id}/end',
  'POST /api/v1/members/{id}/reveal',
  'POST /api/v1/members/{id}/transfer',
  'POST /api/v1/orgs',
  'POST /api/v1/orgs/import',
  'POST /api/v1/orgs/{id}/activate',
  'POST /api/v1/orgs/{id}/deactivate',
  'POST /api/v1/orgs/{id}/move',
]);

type Operation = { responses?: Record<string, { content?: unknown }> };

describe('response schemas', async () => {
  const doc = (await buildOpenApi()) as { paths: Record<string, Record<string, Operation>> };
  const missing = new Set<string>();
  for (const [p, ops] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(ops))
      if (!Object.values(op.responses ?? {}).some((r) => r.content !== undefined)) missing.add(`${method.toUpperCase()} ${p}`);

  it('every route declares its response schema, beyond the known list', () => {
    assert.deepEqual([...missing].filter((r) => !routesWithoutResponse.has(r)).sort(), [], 'routes without a response schema: declare `schema.response`');
  });

  it('the list of routes without a response schema only shrinks', () => {
    assert.deepEqual([...routesWithoutResponse].filter((r) => !missing.has(r)).sort(), [], 'routes that have a response schema now: remove them from the list');
  });
});
