// Every route answers with a declared response schema (issue 13): the serializer then validates
// what the route sends, and the web's generated types describe the answer, not just the request.
// Routes that do not declare one yet are listed here; the list may only shrink (like the module
// walls' knownCrossings): a route that gains a schema must leave it, and a new route must come with one.
// A download declares its binary body (e.g. `200: z.any()` with a description) and counts as declared;
// so does a declared `204` (No Content has no body to describe).
// Every route declares one now (the last 32 — orgs, members, imports — in session 23): the list is
// empty and stays so.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildOpenApi } from './openapi.ts';

const routesWithoutResponse = new Set<string>([]);

type Operation = { responses?: Record<string, { content?: unknown }> };

describe('response schemas', async () => {
  const doc = (await buildOpenApi()) as { paths: Record<string, Record<string, Operation>> };
  const missing = new Set<string>();
  for (const [p, ops] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(ops))
      if (!Object.entries(op.responses ?? {}).some(([code, r]) => r.content !== undefined || code === '204')) missing.add(`${method.toUpperCase()} ${p}`);

  it('every route declares its response schema, beyond the known list', () => {
    assert.deepEqual([...missing].filter((r) => !routesWithoutResponse.has(r)).sort(), [], 'routes without a response schema: declare `schema.response`');
  });

  it('the list of routes without a response schema only shrinks', () => {
    assert.deepEqual([...routesWithoutResponse].filter((r) => !missing.has(r)).sort(), [], 'routes that have a response schema now: remove them from the list');
  });
});
