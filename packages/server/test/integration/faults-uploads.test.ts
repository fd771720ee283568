// Uploads that try to hurt the server (issue 8 §4): a workbook that inflates to gigabytes, a sheet with
// too many rows, a large good workbook (parsed off the event loop), and a file whose name lies.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { engine, multipart, startTestApp, type TestApp } from '../harness.ts';
import { bomb, xlsxWith } from '../fixtures/zip.ts';
import { writeXlsx } from '../../src/platform/spreadsheets.ts';
import { idCheckCharacter } from '../../src/platform/identifiers.ts';

let t: TestApp;
let admin: string;
let grassroots: string;
let unionId: number;

before(async () => {
  t = await startTestApp({ members: 20 });
  admin = await t.login('admin');
  grassroots = await t.login('grassroots');
  unionId = (await t.s.database.db.selectFrom('orgs').select('id').where('name', '=', '上海张江芯源微电子有限公司工会').executeTakeFirstOrThrow()).id;
});
after(async () => t?.close());

function post(url: string, name: string, content: Buffer, cookie: string, fields: Record<string, string> = {}) {
  const m = multipart(fields, { name, content });
  return t.app.inject({ method: 'POST', url, payload: m.payload, headers: { ...m.headers, cookie } });
}

async function healthMs() {
  const t0 = performance.now();
  const r = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
  assert.equal(r.statusCode, 200);
  return performance.now() - t0;
}

// 3 MiB on the wire, 3 GiB inflated: the case that ran the server out of heap.
const honestBomb = xlsxWith({ name: 'xl/worksheets/sheet1.xml', data: bomb(3072), raw: true, declaredSize: 3072 * 1048576 });
const lyingBomb = xlsxWith({ name: 'xl/worksheets/sheet1.xml', data: bomb(3072), raw: true, declaredSize: 4096 });

describe(`hostile workbooks on ${engine}`, () => {
  it('refuses two concurrent 3 MiB workbooks that inflate to 3 GiB, naming the entry, and stays up', async () => {
    assert.ok(honestBomb.length < 4 * 1048576);
    const rss0 = process.memoryUsage().rss;
    const url = '/api/v1/imports/members';
    const [a, b, h] = await Promise.all([
      post(url, 'a.xlsx', honestBomb, grassroots, { orgId: String(unionId) }),
      post(url, 'b.xlsx', lyingBomb, grassroots, { orgId: String(unionId) }),
      healthMs(),
    ]);
    for (const r of [a, b]) {
      assert.equal(r.statusCode, 413, r.body);
      assert.equal(r.json().code, 'file-too-large-uncompressed');
      assert.equal(r.json().entry, 'xl/worksheets/sheet1.xml');
      assert.match(r.json().messages.zh, /解压后过大/);
    }
    assert.ok(h < 1000, `health took ${h} ms`);
    assert.ok(process.memoryUsage().rss - rss0 < 300 * 1048576, `rss grew by ${(process.memoryUsage().rss - rss0) / 1048576} MiB`);
    assert.ok((await healthMs()) < 1000);
  });

  it('checks every place that accepts a workbook: org import and allocation import too', async () => {
    const target = await t.s.database.db.selectFrom('targets').select('id').orderBy('id').executeTakeFirstOrThrow();
    for (const url of ['/api/v1/orgs/import?dryRun=true', `/api/v1/targets/${target.id}/allocations/import?dryRun=true`]) {
      const r = await post(url, 'x.xlsx', lyingBomb, admin);
      assert.equal(r.statusCode, 413, `${url}: ${r.body}`);
      assert.equal(r.json().code, 'file-too-large-uncompressed');
    }
  });

  it('refuses a sheet over the row limit before parsing it', async () => {
    const saved = t.s.config.importMaxRows;
    t.s.config.importMaxRows = 100;
    try {
      const rows = Array.from({ length: 150 }, (_, i) => `<row r="${i + 2}"><c r="A${i + 2}" t="inlineStr"><is><t>x</t></is></c></row>`).join('');
      const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"/>${rows}</sheetData></worksheet>`;
      const r = await post('/api/v1/imports/members', 'rows.xlsx', xlsxWith({ name: 'xl/worksheets/sheet1.xml', data: sheet }), grassroots, {
        orgId: String(unionId),
      });
      assert.equal(r.statusCode, 400, r.body);
      assert.equal(r.json().code, 'too-many-rows');
      assert.match(r.json().messages.en, /100 data rows/);
    } finally {
      t.s.config.importMaxRows = saved;
    }
  });

  it('parses a large good workbook in a worker while the server keeps answering', async () => {
    const n = 6000;
    const rows = Array.from({ length: n }, (_, i) => {
      const first17 = `3101101985${String(1 + ((i / 1000) | 0)).padStart(2, '0')}15${String(i % 1000).padStart(3, '0')}`;
      return { name: `大表${i}`, idNumber: first17 + idCheckCharacter(first17), joinedOn: '2021-01-01' };
    });
    const buf = await writeXlsx([
      {
        name: '会员',
        columns: [
          { header: '姓名', key: 'name' },
          { header: '身份证号', key: 'idNumber' },
          { header: '入会日期', key: 'joinedOn' },
        ],
        rows,
      },
    ]);
    const upload = post('/api/v1/imports/members', 'big.xlsx', buf, grassroots, { orgId: String(unionId) });
    let slowest = 0;
    let samples = 0;
    let done = false;
    const began = performance.now();
    void upload.finally(() => (done = true));
    // Sample the event loop while the workbook is parsed.
    while (!done) {
      const t0 = performance.now();
      await new Promise((r) => setTimeout(r, 10));
      slowest = Math.max(slowest, performance.now() - t0 - 10);
      samples++;
    }
    const took = performance.now() - began;
    const r = await upload;
    assert.equal(r.statusCode, 201, r.body);
    assert.equal(r.json().total, n);
    assert.equal(r.json().validCount, n, JSON.stringify(r.json().errors.slice(0, 3)));
    // Relative, not a timed test: parsed on the main thread the loop stalls for the whole parse.
    assert.ok(samples >= 10 && slowest < took / 2, `the event loop stalled for ${Math.round(slowest)} ms of ${Math.round(took)} ms (${samples} samples)`);
  });

  it('stores a polyglot upload under the extension of its detected type, without bidi controls', async () => {
    const member = await t.login('member');
    const pdf = Buffer.from('%PDF-1.4\n<html><script>alert(1)</script></html>\n%%EOF');
    const m = multipart({ type: 'certificate' }, { name: 'evil\u202Etxt.exe', content: pdf, type: 'application/x-msdownload' });
    const r = await t.app.inject({ method: 'POST', url: '/api/v1/documents', payload: m.payload, headers: { ...m.headers, cookie: member } });
    assert.equal(r.statusCode, 201, r.body);
    assert.equal(r.json().fileName, 'eviltxt.pdf');
    assert.equal(r.json().mime, 'application/pdf');
    const row = await t.s.database.db.selectFrom('documents').select('file_name').where('id', '=', r.json().id).executeTakeFirstOrThrow();
    assert.equal(row.file_name, 'eviltxt.pdf');
    const html = multipart({ type: 'certificate' }, { name: '诊断证明.html', content: pdf });
    assert.equal(
      (await t.app.inject({ method: 'POST', url: '/api/v1/documents', payload: html.payload, headers: { ...html.headers, cookie: member } })).json().fileName,
      '诊断证明.pdf',
    );
    // An import batch keeps the detected format's extension too.
    const csv = `姓名,身份证号,入会日期\n名字,${'11010519491231002X'},2020-01-01\n`;
    const b = await post('/api/v1/imports/members', 'list\u202Exslx.exe', Buffer.from(csv), grassroots, { orgId: String(unionId) });
    assert.equal(b.statusCode, 201, b.body);
    assert.equal(b.json().fileName, 'listxslx.csv');
  });
});
