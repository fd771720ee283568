// Org tree import and export (.xlsx / .csv): all rows or none, problems named by row and column.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { engine, multipart, startTestApp, type TestApp } from '../harness.ts';
import { creditCodeCheckCharacter } from '../../src/platform/identifiers.ts';

let t: TestApp;
let cookie: string;
before(async () => {
  t = await startTestApp({ members: 10 });
  cookie = await t.login('pudong');
});
after(async () => t?.close());

const upload = (content: string, dryRun = false) => {
  const m = multipart({}, { name: 'orgs.csv', content });
  return t.app.inject({ method: 'POST', url: `/api/v1/orgs/import?dryRun=${dryRun}`, payload: m.payload, headers: { ...m.headers, cookie } });
};

describe(`org import/export on ${engine}`, () => {
  it('exports my subtree as .xlsx and .csv with the official columns', async () => {
    const x = await t.app.inject({ method: 'GET', url: '/api/v1/orgs/export?format=xlsx', headers: { cookie } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as any);
    const ws = wb.worksheets[0]!;
    assert.deepEqual((ws.getRow(1).values as unknown[]).slice(1, 5), ['ID', '上级组织', '组织类型', '组织名称']);
    const names = ws.getColumn(4).values.slice(2).map(String);
    assert.ok(names.includes('浦东新区总工会'));
    assert.ok(!names.includes('嘉定区总工会'), 'only my subtree');
    const c = await t.app.inject({ method: 'GET', url: '/api/v1/orgs/export?format=csv', headers: { cookie } });
    assert.ok(c.body.startsWith('\uFEFF'), 'BOM so Excel reads UTF-8');
    assert.match(c.body, /浦东新区总工会/);
  });

  it('exports what the list shows: a search narrows the file to the orgs the search finds, in my subtree', async () => {
    const listed = (await t.app.inject({ method: 'GET', url: `/api/v1/orgs?q=${encodeURIComponent('张江')}&status=all`, headers: { cookie } })).json();
    assert.ok(listed.total > 0);
    const x = await t.app.inject({ method: 'GET', url: `/api/v1/orgs/export?format=csv&q=${encodeURIComponent('张江')}&status=all`, headers: { cookie } });
    assert.equal(x.statusCode, 200, x.body);
    const lines = x.body.replace('\uFEFF', '').trim().split(/\r?\n/).slice(1);
    assert.equal(lines.length, listed.total, 'one line per org the list shows');
    assert.ok(
      lines.every((l) => l.includes('张江')),
      'only orgs the search finds',
    );
    const bad = await t.app.inject({ method: 'GET', url: '/api/v1/orgs/export?status=closed', headers: { cookie } });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().errors[0].field, 'querystring.status');
  });

  it('imports a street with its grassroots unions, parents referenced by name within the file', async () => {
    const code17 = '81310115MC0009901';
    const code = code17 + creditCodeCheckCharacter(code17);
    const csv = `上级组织,组织类型,组织名称,统一社会信用代码,单位类别\n浦东新区总工会,街道（镇）工会,导入测试街道工会,,普通\n导入测试街道工会,基层工会,上海导入测试有限公司工会,${code},普通\n`;
    const dry = await upload(csv, true);
    assert.equal(dry.statusCode, 200, dry.body);
    assert.equal(dry.json().valid, 2);
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/orgs?q=导入测试', headers: { cookie } })).json().total, 0, 'a dry run writes nothing');
    const r = await upload(csv);
    assert.equal(r.json().imported, 2);
    const found = (await t.app.inject({ method: 'GET', url: '/api/v1/orgs?q=导入测试', headers: { cookie } })).json();
    assert.equal(found.total, 2);
  });

  it('writes nothing when one row is wrong, and names every problem', async () => {
    const csv = `上级组织,组织类型,组织名称,统一社会信用代码\n浦东新区总工会,街道（镇）工会,全或无街道工会,\n嘉定区总工会,街道（镇）工会,越权街道工会,\n浦东新区总工会,基层工会,坏代码工会,81310115MC00099XX\n浦东新区总工会,火星工会,未知类型工会,\n`;
    const r = await upload(csv);
    assert.equal(r.statusCode, 400);
    const fields = r.json().errors.map((e: any) => e.field);
    assert.ok(
      fields.some((f: string) => f.startsWith('row 3') && f.includes('上级组织')),
      fields.join(),
    );
    assert.ok(
      fields.some((f: string) => f.startsWith('row 4') && f.includes('统一社会信用代码')),
      fields.join(),
    );
    assert.ok(
      fields.some((f: string) => f.startsWith('row 5') && f.includes('组织类型')),
      fields.join(),
    );
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/orgs?q=全或无', headers: { cookie } })).json().total, 0);
  });
});
