// The org-scope rules of the permission gate on single rows (the query filters are tested through HTTP).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mayManage, type Actor } from './access.ts';

const actor = (role: Actor['role'], orgPath: string, orgId: number): Actor => ({ role, orgPath, orgId }) as Actor;

test('mayManage: a union officer manages its subtree; an agency only what its own org owns, though it sees the federation', () => {
  const pudong = actor('regional-officer', '1.2.', 2);
  assert.equal(mayManage(pudong, 'calls.manage', { path: '1.2.7.' }), true);
  assert.equal(mayManage(pudong, 'calls.manage', { path: '1.3.' }), false);
  const agency = actor('agency-officer', '1.50.', 50);
  for (const path of ['1.2.', '1.2.7.', '1.']) assert.equal(mayManage(agency, 'pools.manage', { path }), false, `not ${path}`);
  assert.equal(mayManage(agency, 'pools.manage', { path: '1.50.' }), true);
});
