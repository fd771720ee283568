// The member export is the list as a file (issue 12 "every list exports what it shows"), streamed
// as it is read (issue 14 §2): the list's filters and scope, masked, newest first like the page; read
// in keyset chunks that add up to one read of the whole list; a bad filter names its field.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { engine, startTestApp, type TestApp } from '../harness.ts';
import { httpKit, ok } from '../kit.ts';
import * as repo from '../../src/modules/members/repository.ts';
import { ZMemberList } from '../../src/modules/members/schema.ts';
import type { Actor } from '../../src/platform/access.ts';

let t: TestApp;
const cookies: Record<string, string> = {};
const { req } = httpKit(() => t, cookies);

before(async () => {
  t = await startTestApp({ members: 120 });
  for (const u of ['pudong', 'grassroots', 'admin']) cookies[u] = await t.login(u);
});
after(async () => t?.close());

const csvLines = (body: string) =>
  body
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');

describe(`member export on ${engine}`, () => {
  it('holds exactly the rows the filtered list shows, in its order, masked', async () => {
    const list = await ok(req('pudong', 'GET', '/members?sex=female&pageSize=200'));
    assert.ok(list.total > 1 && list.total <= 200, `a list of a few women in Pudong (${list.total})`);
    const r = await req('pudong', 'GET', '/members/export?format=csv&sex=female');
    assert.equal(r.statusCode, 200, r.body);
    assert.match(String(r.headers['content-disposition']), /members\.csv/);
    const lines = csvLines(r.body);
    assert.equal(lines[0], '会员编号,姓名,身份证号,手机号,性别,出生日期,所属基层工会,入会日期,会员卡状态,电子会员证,人员类别');
    const rows = lines.slice(1).map((l) => l.split(','));
    assert.deepEqual(
      rows.map((c) => c[0]),
      list.items.map((m: { memberNo: string }) => m.memberNo),
      'the same members in the same order',
    );
    assert.ok(
      rows.every((c) => c[4] === '女'),
      'only women',
    );
    assert.ok(
      rows.every((c) => c[2]!.includes('*')),
      'ID numbers masked',
    );
  });

  it('narrows to a search and to a union; .xlsx has the same rows', async () => {
    const first = (await ok(req('grassroots', 'GET', '/members?pageSize=1'))).items[0];
    const byName = csvLines((await req('grassroots', 'GET', `/members/export?format=csv&q=${encodeURIComponent(first.name)}`)).body).slice(1);
    assert.ok(byName.length >= 1 && byName.every((l) => l.split(',')[1] === first.name), 'the search by name');
    const union = await ok(req('pudong', 'GET', `/members?orgId=${first.orgId}&pageSize=200`));
    const x = await req('pudong', 'GET', `/members/export?orgId=${first.orgId}`);
    assert.equal(x.statusCode, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as never);
    const ws = wb.worksheets[0]!;
    assert.equal(ws.getRow(1).getCell(1).text, '会员编号');
    assert.equal(ws.rowCount - 1, union.total, 'one row per member of the union');
  });

  it('reads the list in keyset chunks that add up to one read, at any chunk size', async () => {
    const acc = await t.s.database.db
      .selectFrom('accounts')
      .innerJoin('orgs', 'orgs.id', 'accounts.org_id')
      .select(['accounts.id', 'accounts.role', 'accounts.org_id', 'orgs.path', 'orgs.name'])
      .where('username', '=', 'admin')
      .executeTakeFirstOrThrow();
    const admin: Actor = {
      accountId: acc.id,
      username: 'admin',
      displayName: 'admin',
      role: acc.role as Actor['role'],
      orgId: acc.org_id,
      orgName: acc.name,
      orgPath: acc.path,
      personId: null,
      sessionId: 'test',
    };
    const q = ZMemberList.parse({});
    const all: number[] = [];
    for await (const c of repo.exportChunks(t.s.database.db, admin, q, {}, null, 1_000_000)) all.push(...c.map((r) => r.membership_id));
    const chunked: number[] = [];
    let n = 0;
    for await (const c of repo.exportChunks(t.s.database.db, admin, q, {}, null, 7)) {
      assert.ok(c.length <= 7);
      chunked.push(...c.map((r) => r.membership_id));
      n++;
    }
    assert.ok(all.length > 100);
    assert.deepEqual(chunked, all, 'the same rows, in the same order, none twice');
    assert.equal(n, Math.ceil(all.length / 7));
    assert.deepEqual(
      [...all].sort((a, b) => b - a),
      all,
      'newest first, like the page',
    );
  });

  it('refuses a bad filter, naming the field, and a union outside my scope', async () => {
    const bad = await req('pudong', 'GET', '/members/export?sex=x');
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().errors[0].field, 'querystring.sex');
    const jiading = await t.s.database.db.selectFrom('orgs').select('id').where('name', '=', '嘉定区总工会').executeTakeFirstOrThrow();
    assert.equal((await req('pudong', 'GET', `/members/export?orgId=${jiading.id}`)).statusCode, 404);
  });
});
