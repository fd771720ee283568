// Issue 13 §4: the server publishes each program's application form (GET /programs/:id/form) as JSON
// Schema with labels, field order and conditional fields, and the web draws it as published (it keeps
// no copy of its own). What an applicant depends on: the fields asked and in which order, what each is
// called in both languages, which fields appear only on another answer and must then be filled, and
// that what the registry and the clock supply (membership, application date, earlier payments) is
// never asked. Through HTTP, on the database named by SHISHI_TEST_DB.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { engine, startTestApp, type TestApp } from '../harness.ts';
import { httpKit } from '../kit.ts';

let t: TestApp;
const cookies: Record<string, string> = {};
const instances: Record<string, number> = {};
before(async () => {
  t = await startTestApp({ members: 50 });
  for (const u of ['admin', 'member', 'pudong']) cookies[u] = await t.login(u);
  for (const p of (await ok(req('admin', 'GET', '/programs'))).items) instances[p.program] ??= p.id;
  // The demo opens no vacation program: the federation opens one for 2025 (as vacation.test.ts does).
  t.pinToday('2025-03-03');
  instances['member-vacation'] ??= (
    await ok(
      req('admin', 'POST', '/programs', {
        program: 'member-vacation',
        year: 2025,
        title: '2025年会员个人休养度假',
        channels: ['personal', 'unit'],
        windows: [{ batch: 1, from: '2025-01-01', to: '2025-12-31' }],
        reviewChain: [{ level: 'grassroots', actor: { role: 'grassroots-officer' }, dueIn: { workingDays: 5 } }],
        settlement: { cadence: 'monthly', closeDay: 25, payByDay: 10, preparer: 'rights', payTo: 'member-card' },
      }),
      201,
    )
  ).id;
});
after(async () => {
  t?.pinToday();
  await t?.close();
});
const { req, ok } = httpKit(() => t, cookies);

type Field = {
  type: string;
  enum?: unknown[];
  format?: string;
  'x-label': { zh: string; en: string };
  'x-enum-labels'?: Record<string, { zh: string; en: string }>;
  'x-visible-when'?: { field: string; equals: unknown };
  'x-required-when-visible'?: boolean;
  'x-prefill'?: { category: string };
  'x-help'?: { zh: string; en: string };
  default?: unknown;
};
type Form = { program: string; applicant: string; schema: { properties: Record<string, Field>; required: string[]; 'x-order': string[] } };
const formOf = async (program: string, user = 'member'): Promise<Form> => {
  assert.ok(instances[program], `the demo opens ${program}`);
  return ok(req(user, 'GET', `/programs/${instances[program]}/form`));
};
const supplied = ['isMember', 'appliedOn', 'paidThisYear', 'union', 'subsidyUsedThisYear'];

describe(`program application forms on ${engine}`, () => {
  it('skill promotion: the fields in order, the certificate number the workflow adds, the mentor’s fields shown for a mentor only', async () => {
    const f = await formOf('skill-promotion-award');
    assert.equal(f.applicant, 'member');
    assert.deepEqual(f.schema['x-order'], [
      'role',
      'newLevel',
      'certificateNo',
      'certificateIssuedOn',
      'certificateIssuer',
      'apprenticeName',
      'agreementStamped',
      'agreementSignedOn',
    ]);
    assert.deepEqual(Object.keys(f.schema.properties), f.schema['x-order'], 'the properties come in the form’s order');
    const p = f.schema.properties;
    assert.deepEqual(p.role!['x-label'], { zh: '申报类别', en: 'Applying as' });
    assert.deepEqual(p.role!['x-enum-labels']!.mentor, { zh: '带教师傅（徒弟晋升）', en: 'Mentor (my apprentice was promoted)' });
    assert.deepEqual(p.certificateNo!['x-label'], { zh: '职业资格证书编号', en: 'Certificate number' });
    assert.equal(p.certificateIssuedOn!.format, 'date');
    assert.deepEqual(p.certificateIssuer!['x-enum-labels']!['shanghai-hrss'], { zh: '本市人社主管部门', en: 'Shanghai HRSS' });
    assert.deepEqual(f.schema.required, ['role', 'newLevel', 'certificateNo', 'certificateIssuedOn', 'certificateIssuer']);
    for (const n of ['apprenticeName', 'agreementStamped', 'agreementSignedOn'])
      assert.deepEqual(p[n]!['x-visible-when'], { field: 'role', equals: 'mentor' }, n);
    assert.equal(p.apprenticeName!['x-required-when-visible'], true);
    assert.equal(p.agreementStamped!['x-required-when-visible'], true);
    assert.equal(p.agreementSignedOn!['x-required-when-visible'], undefined, 'the signing day may be left out');
    assert.deepEqual(p.apprenticeName!['x-label'], { zh: '徒弟姓名', en: 'Apprentice’s name' });
  });

  it('invention award: the patent number, frontline prefilled from the registry and optional, invalidated defaults to no', async () => {
    const f = await formOf('invention-award');
    assert.deepEqual(f.schema['x-order'], ['patentNo', 'patentType', 'grantedOn', 'firstInventor', 'frontline', 'dedicatedRnD', 'invalidated']);
    const p = f.schema.properties;
    assert.deepEqual(p.patentNo!['x-label'], { zh: '专利号', en: 'Patent number' });
    assert.deepEqual(p.frontline!['x-prefill'], { category: 'frontline-worker' });
    assert.equal(p.frontline!['x-help']!.zh, '按会员登记信息预填，可更正');
    assert.equal(p.invalidated!.default, false);
    assert.deepEqual(f.schema.required, ['patentNo', 'patentType', 'grantedOn', 'firstInventor', 'dedicatedRnD']);
    assert.deepEqual(p.patentType!['x-enum-labels']!['utility-model'], { zh: '实用新型', en: 'Utility model' });
  });

  it('critical illness: the cover’s dates are asked only of an applicant who had the cover', async () => {
    const f = await formOf('critical-illness-condolence', 'pudong');
    assert.deepEqual(f.schema['x-order'], ['hasMemberProtection', 'coverageStart', 'coverageEnd', 'diagnosedOn', 'illness', 'hospitalized', 'hospital']);
    const p = f.schema.properties;
    for (const n of ['coverageStart', 'coverageEnd']) {
      assert.deepEqual(p[n]!['x-visible-when'], { field: 'hasMemberProtection', equals: true }, n);
      assert.equal(p[n]!.format, 'date');
      assert.ok(!f.schema.required.includes(n));
    }
    assert.equal(p.illness!.enum!.length, 13);
    assert.deepEqual(p.illness!['x-enum-labels']!['malignant-tumour'], { zh: '恶性肿瘤', en: 'Malignant tumour' });
    assert.deepEqual(p.hasMemberProtection!['x-label'], { zh: '确诊时享有会员专享基本保障', en: 'Covered by member protection when diagnosed' });
  });

  it('member vacation: the booking in order, the resort by its full name, the desk’s member number, the subsidy used never asked', async () => {
    const f = await formOf('member-vacation');
    assert.deepEqual(f.schema['x-order'], ['resort', 'roomType', 'checkIn', 'nights', 'rooms', 'marketPrice', 'memberNo']);
    const p = f.schema.properties;
    assert.deepEqual(p.resort!['x-label'], { zh: '休养院所', en: 'Resort' });
    assert.deepEqual(p.resort!['x-enum-labels']!.shajiabang, { zh: '沙家浜休养院', en: 'Shajiabang rest home' });
    assert.deepEqual(p.memberNo!['x-label'], { zh: '会员服务卡号（工会柜台代订时核对）', en: 'Member card number (checked by the union desk)' });
    assert.match(p.rooms!['x-help']!.zh, /取消预订后补贴额度退回/);
    assert.equal(p.nights!.type, 'integer');
    assert.deepEqual(f.schema.required, ['resort', 'checkIn', 'nights', 'rooms']);
  });

  it('every published form labels every field and value, asks nothing the registry supplies, and points visibility at its own fields', async () => {
    for (const program of Object.keys(instances)) {
      const r = await req('admin', 'GET', `/programs/${instances[program]}/form`);
      if (r.statusCode === 404) {
        assert.equal(r.json().code, 'no-application-form', program);
        continue;
      }
      assert.equal(r.statusCode, 200, `${program}: ${r.body}`);
      const f = r.json() as Form;
      for (const [n, field] of Object.entries(f.schema.properties)) {
        assert.ok(field['x-label'].zh && field['x-label'].en, `${program}.${n} is labelled`);
        for (const v of field.enum ?? []) assert.ok(field['x-enum-labels']?.[String(v)]?.zh, `${program}.${n} = ${String(v)} is labelled`);
        const w = field['x-visible-when'];
        if (w) assert.ok(f.schema.properties[w.field], `${program}.${n} is shown on a field of the form (${w.field})`);
        if (f.applicant === 'member') assert.ok(!supplied.includes(n), `${program} does not ask ${n}`);
      }
      assert.deepEqual([...f.schema['x-order']].sort(), Object.keys(f.schema.properties).sort(), program);
    }
  });

  it('a program instance that does not exist is 404; an anonymous caller is refused', async () => {
    assert.equal((await req('member', 'GET', '/programs/999999/form')).statusCode, 404);
    assert.equal((await req(null, 'GET', `/programs/${instances['skill-promotion-award']}/form`)).statusCode, 401);
  });
});
