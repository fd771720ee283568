// Bulk operations on members (issue 12 §3): a grassroots officer adds a category to several members,
// transfers two, ends one; a list holding one member the officer may not change changes nobody, and
// the error names that member; bad requests name their field.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { startTestApp, type TestApp } from '../harness.ts';

let t: TestApp;
let cookie = '';
const bulk = (payload: unknown, who = cookie) =>
  t.app.inject({ method: 'POST', url: '/api/v1/members/bulk', headers: { cookie: who }, payload: payload as object });

before(async () => {
  t = await startTestApp({ members: 60 });
  cookie = await t.login('grassroots');
});
after(async () => t?.close());

async function myMembers(n: number) {
  const r = await t.app.inject({ method: 'GET', url: `/api/v1/members?pageSize=${n}`, headers: { cookie } });
  assert.equal(r.statusCode, 200, r.body);
  return r.json().items as { personId: number; name: string; categories: string[]; orgId: number }[];
}

it('adds a category to three members, transfers two and ends one, each audited', async () => {
  const [a, b, c] = await myMembers(3);
  assert.ok(a && b && c);
  const r = await bulk({ action: 'add-category', personIds: [a.personId, b.personId, c.personId], category: 'craftsman' });
  assert.equal(r.statusCode, 200, r.body);
  assert.deepEqual(r.json(), { done: 3, action: 'add-category' });
  for (const m of [a, b, c]) {
    const d = (await t.app.inject({ method: 'GET', url: `/api/v1/members/${m.personId}`, headers: { cookie } })).json();
    assert.ok(d.categories.includes('craftsman'), d.name);
  }
  const rm = await bulk({ action: 'remove-category', personIds: [a.personId], category: 'craftsman' });
  assert.equal(rm.statusCode, 200, rm.body);
  const target = await t.s.database.db
    .selectFrom('orgs')
    .select('id')
    .where('kind', '=', 'grassroots')
    .where('status', '=', 'active')
    .where('id', '!=', a.orgId)
    .orderBy('id')
    .executeTakeFirstOrThrow();
  const moved = await bulk({ action: 'transfer', personIds: [a.personId, b.personId], toOrgId: target.id, date: '2025-07-01', note: '单位合并' });
  assert.equal(moved.statusCode, 200, moved.body);
  const memberships = await t.s.database.db
    .selectFrom('memberships')
    .select(['person_id', 'org_id'])
    .where('person_id', 'in', [a.personId, b.personId])
    .where('status', '=', 'active')
    .execute();
  assert.deepEqual(
    memberships.map((m) => m.org_id),
    [target.id, target.id],
  );
  const ended = await bulk({ action: 'end', personIds: [c.personId], date: '2025-07-01', reason: '退休' });
  assert.equal(ended.statusCode, 200, ended.body);
  const audit = await t.s.database.db
    .selectFrom('audit_log')
    .select('action')
    .where('entity_id', 'in', [a.personId, b.personId, c.personId].map(String))
    .where('action', 'in', ['member.transfer', 'member.end'])
    .execute();
  assert.equal(audit.length, 3);
});

it('all or nothing: one member outside the officer’s union stops the operation, named by position', async () => {
  const mine = await myMembers(2);
  const other = await t.s.database.db
    .selectFrom('memberships')
    .innerJoin('orgs', 'orgs.id', 'memberships.org_id')
    .select('memberships.person_id')
    .where('memberships.status', '=', 'active')
    .where('orgs.name', 'not like', '%张江芯源%')
    .where(
      'memberships.org_id',
      'not in',
      mine.map((m) => m.orgId),
    )
    .executeTakeFirstOrThrow();
  const r = await bulk({ action: 'end', personIds: [mine[0]!.personId, mine[1]!.personId, other.person_id], date: '2025-08-01', reason: '测试' });
  assert.equal(r.statusCode, 404, r.body);
  assert.match(r.json().title ?? r.body, /第3位|Member 3/);
  assert.equal(r.json().issues?.[0]?.field ?? r.json().errors?.[0]?.field, 'body.personIds[2]', r.body);
  const still = await t.s.database.db
    .selectFrom('memberships')
    .select('status')
    .where('person_id', 'in', [mine[0]!.personId, mine[1]!.personId])
    .where('status', '=', 'active')
    .execute();
  assert.equal(still.length, 2, 'nobody was ended');
});

it('bad requests name their field', async () => {
  const [a] = await myMembers(1);
  const cases: Array<[unknown, RegExp]> = [
    [{ action: 'transfer', personIds: [a!.personId], date: '2025-07-01' }, /body\.toOrgId/],
    [{ action: 'end', personIds: [a!.personId], date: '2025-07-01' }, /body\.reason/],
    [{ action: 'end', personIds: [a!.personId, a!.personId], date: '2025-07-01', reason: 'x' }, /body\.personIds/],
    [{ action: 'add-category', personIds: [a!.personId] }, /body\.category/],
    [{ action: 'add-category', personIds: Array.from({ length: 501 }, (_, i) => i + 1), category: 'craftsman' }, /personIds/],
    [{ action: 'add-category', personIds: [], category: 'craftsman' }, /personIds/],
    [{ action: 'shred', personIds: [a!.personId] }, /action/],
  ];
  for (const [payload, field] of cases) {
    const r = await bulk(payload);
    assert.equal(r.statusCode, 400, `${JSON.stringify(payload).slice(0, 80)}: ${r.body}`);
    assert.match(r.body, field);
  }
  const member = await t.login('member');
  assert.equal((await bulk({ action: 'add-category', personIds: [a!.personId], category: 'craftsman' }, member)).statusCode, 403);
});
