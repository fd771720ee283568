// The yearly roll-over through HTTP (issue 12 §1): the administrator drafts member-vacation 2026 from
// 2025, the engine refuses an invalid value naming the field, the draft is previewed on the program's
// cases, its creator cannot approve it, a second person (the rights department) does, the engine then
// prices 2026, and every step is in the audit trail.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { engine, startTestApp, type TestApp } from '../harness.ts';

let t: TestApp;
const cookies: Record<string, string> = {};
before(async () => {
  t = await startTestApp({ members: 20 });
  for (const u of ['admin', 'rights', 'auditor', 'member']) cookies[u] = await t.login(u);
});
after(async () => t?.close());
const call = (who: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
  t.app.inject({
    method,
    url: `/api/v1${url}`,
    ...(payload !== undefined && { payload: payload as any }),
    headers: { cookie: cookies[who]!, 'accept-language': 'zh-CN' },
  });

const stay = { resort: 'xishan', roomType: 'landscape-standard', checkIn: '2026-03-02', nights: 2, rooms: 1, marketPrice: 400 };

describe(`policy roll-over on ${engine}`, () => {
  let id = 0;
  let values: Record<string, unknown> = {};

  it('has no 2026 member-vacation version at first, and says which versions exist and who adds one', async () => {
    const r = await call('rights', 'POST', '/policy/evaluate', { program: 'member-vacation', date: '2026-03-02', input: stay });
    assert.equal(r.statusCode, 400, r.body);
    const b = r.json();
    assert.equal(b.code, 'no-policy-in-force');
    assert.match(b.messages.zh, /2025 \(2025-01-01–2025-12-31\)/);
    assert.match(b.messages.zh, /系统管理员/);
    assert.match(b.messages.en, /second person approves/);
  });

  it('offers the latest version as the template and refuses a draft from one without policy.manage', async () => {
    const tpl = await call('admin', 'GET', '/policy/programs/member-vacation/version-template');
    assert.equal(tpl.statusCode, 200, tpl.body);
    const b = tpl.json();
    assert.equal(b.basePolicy, '2025');
    assert.deepEqual(b.suggested, { policy: '2026', from: '2026-01-01', to: '2026-12-31' });
    values = Object.fromEntries(b.parameters.map((p: any) => [p.name, p.value]));
    assert.equal(values['yearly-subsidy-cap'], 2500, 'money in yuan, as in the parameter file');
    const denied = await call('rights', 'GET', '/policy/programs/member-vacation/version-template');
    assert.equal(denied.statusCode, 403);
  });

  it('refuses an invalid value naming the field', async () => {
    const bad = await call('admin', 'POST', '/policy/versions', {
      program: 'member-vacation',
      policy: '2026',
      from: '2026-01-01',
      to: '2026-12-31',
      source: '沪工总办〔2026〕1号 附件9 一(一)4',
      basePolicy: '2025',
      values: { ...values, 'max-nights': -3 },
    });
    assert.equal(bad.statusCode, 400, bad.body);
    assert.equal(bad.json().errors[0].field, 'values.max-nights');
    assert.match(bad.json().messages.zh, /max-nights/);
    const overlap = await call('admin', 'POST', '/policy/versions', {
      program: 'member-vacation',
      policy: '2025b',
      from: '2025-06-01',
      to: '2026-12-31',
      source: '沪工总办〔2026〕1号',
      values,
    });
    assert.equal(overlap.statusCode, 400);
    assert.equal(overlap.json().errors[0].field, 'from');
  });

  it('drafts 2026 with a higher cap and previews it on the cases: which change, which stay', async () => {
    const r = await call('admin', 'POST', '/policy/versions', {
      program: 'member-vacation',
      policy: '2026',
      from: '2026-01-01',
      to: '2026-12-31',
      source: '沪工总办〔2026〕1号 附件9 一(一)4',
      basePolicy: '2025',
      values: { ...values, 'yearly-subsidy-cap': 3000, 'stay-period': { from: '2026-01-01', to: '2026-12-31' } },
    });
    assert.equal(r.statusCode, 201, r.body);
    id = r.json().id;
    assert.equal(r.json().status, 'draft');
    const p = await call('rights', 'GET', `/policy/versions/${id}/preview`);
    assert.equal(p.statusCode, 200, p.body);
    const pv = p.json();
    assert.ok(pv.total > 5, 'the 2025 cases of member-vacation');
    assert.equal(pv.changed + pv.unchanged, pv.total);
    assert.ok(pv.changed > 0);
    assert.ok(pv.items.every((x: any) => typeof x.changed === 'boolean' && x.before && x.after));
    const denied = await call('member', 'GET', `/policy/versions/${id}/preview`);
    assert.equal(denied.statusCode, 403);
  });

  it('refuses approval by the person who drafted it, with a bilingual reason', async () => {
    const r = await call('admin', 'POST', `/policy/versions/${id}/approve`, {});
    assert.equal(r.statusCode, 409, r.body);
    assert.equal(r.json().code, 'same-person');
    assert.match(r.json().messages.zh, /另一人/);
    assert.match(r.json().messages.en, /second person/);
    const still = await call('rights', 'POST', '/policy/evaluate', { program: 'member-vacation', date: '2026-03-02', input: stay });
    assert.equal(still.statusCode, 400);
  });

  it('a second person approves; the engine prices 2026 and the version is browsable with its source', async () => {
    const r = await call('rights', 'POST', `/policy/versions/${id}/approve`, { note: '核对无误' });
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(r.json().status, 'approved');
    const again = await call('rights', 'POST', `/policy/versions/${id}/approve`, {});
    assert.equal(again.statusCode, 409);
    const e = await call('rights', 'POST', '/policy/evaluate', { program: 'member-vacation', date: '2026-03-02', input: stay });
    assert.equal(e.statusCode, 200, e.body);
    const b = e.json();
    assert.equal(b.policy, '2026');
    assert.equal(b.output.totalSubsidy, 300); // 2 nights × 150, 003 附件2-9 一(一)4 carried into 2026
    const policyStep = b.trace.find((x: any) => x.name === 'policy');
    assert.equal(policyStep.source, '沪工总办〔2026〕1号 附件9 一(一)4');
    const list = await call('member', 'GET', '/policy/programs/member-vacation/versions');
    assert.equal(list.statusCode, 200, list.body);
    assert.ok(list.json().bundled.some((v: any) => v.policy === '2025'));
    const v = list.json().items.find((x: any) => x.policy === '2026');
    assert.equal(v.createdBy, '市总系统管理员');
    assert.ok(v.decidedBy);
    const cap = await call('rights', 'GET', '/policy/programs/member-vacation/parameters?date=2026-06-01');
    assert.equal(cap.json().items.find((x: any) => x.name === 'yearly-subsidy-cap').value, 3000);
  });

  it('audits the draft and the approval', async () => {
    for (const action of ['policy.version.create', 'policy.version.approve']) {
      const r = await call('auditor', 'GET', `/audit?action=${action}&entity=policy_version`);
      assert.equal(r.statusCode, 200, r.body);
      const items = r.json().items;
      assert.ok(
        items.some((x: any) => x.entityId === String(id)),
        `${action} for version ${id}`,
      );
    }
  });
});
