// Bulk member import through HTTP: validate all rows, report by row and column, import the valid rows.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { engine, multipart, startTestApp, type TestApp } from '../harness.ts';
import { idCheckCharacter } from '../../src/platform/identifiers.ts';
import { writeXlsx } from '../../src/platform/spreadsheets.ts';

let t: TestApp;
let cookie: string;
let unionId: number;
const validId = (first17: string) => first17 + idCheckCharacter(first17);

before(async () => {
  t = await startTestApp({ members: 50 });
  cookie = await t.login('grassroots');
  unionId = (await t.s.database.db.selectFrom('orgs').select('id').where('name', '=', '上海张江芯源微电子有限公司工会').executeTakeFirstOrThrow()).id;
});
after(async () => t?.close());

async function upload(name: string, content: Buffer | string, fields: Record<string, string> = { orgId: String(unionId) }, who = cookie) {
  const m = multipart(fields, { name, content });
  return t.app.inject({ method: 'POST', url: '/api/v1/imports/members', payload: m.payload, headers: { ...m.headers, cookie: who } });
}

async function commitAndWait(id: number) {
  const c = await t.app.inject({ method: 'POST', url: `/api/v1/imports/${id}/commit`, headers: { cookie } });
  assert.equal(c.statusCode, 200, c.body);
  await t.s.jobs.drain();
  return (await t.app.inject({ method: 'GET', url: `/api/v1/imports/${id}`, headers: { cookie } })).json();
}

describe(`member import on ${engine}`, () => {
  it('validates every row, reports the bad one by row and column, then imports the valid rows', async () => {
    const rows = [
      '姓名,身份证号,手机号,入会日期,人员类别',
      `甲一,${validId('31011019850101123')},13911110001,2020-01-01,一线职工`,
      `乙二,31011019850101124X,13911110002,2020-01-01,`, // wrong check digit
      `丙三,${validId('31011019850101125')},12345,2020/2/3,工匠、劳模`, // bad mobile
      `丁四,${validId('31011019850101126')},13911110004,2020年3月4日,新就业形态劳动者`,
    ].join('\r\n');
    const r = await upload('members.csv', '\uFEFF' + rows);
    assert.equal(r.statusCode, 201, r.body);
    const b = r.json();
    assert.equal(b.total, 4);
    assert.equal(b.validCount, 2);
    assert.equal(b.invalidCount, 2);
    assert.deepEqual(
      b.errors.map((e: any) => [e.row, e.column, e.code]),
      [
        [3, '身份证号', 'id-check-digit'],
        [4, '手机号', 'invalid-mobile'],
      ],
    );
    // Nothing is in the registry yet.
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/members?q=甲一', headers: { cookie } })).json().total, 0);
    // The error report is a real workbook naming row and column in both languages.
    const rep = await t.app.inject({ method: 'GET', url: `/api/v1/imports/${b.id}/errors.xlsx`, headers: { cookie } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(rep.rawPayload as any);
    const ws = wb.worksheets[0]!;
    assert.equal(ws.getRow(2).getCell(1).value, 3);
    assert.equal(ws.getRow(2).getCell(2).text, '身份证号');
    assert.match(ws.getRow(2).getCell(4).text, /校验位/);
    assert.match(ws.getRow(2).getCell(5).text, /check digit/);
    const done = await commitAndWait(b.id);
    assert.equal(done.status, 'imported');
    assert.equal(done.importedCount, 2);
    const list = (await t.app.inject({ method: 'GET', url: '/api/v1/members?q=丁', headers: { cookie } })).json();
    assert.equal(list.total, 1);
    assert.equal(list.items[0].joinedOn, '2020-03-04');
    assert.deepEqual(list.items[0].categories, ['gig-worker']);
    assert.equal(list.items[0].orgId, unionId);
    // A batch is imported once.
    assert.equal((await t.app.inject({ method: 'POST', url: `/api/v1/imports/${b.id}/commit`, headers: { cookie } })).statusCode, 409);
    const notes = (await t.app.inject({ method: 'GET', url: '/api/v1/me/notifications', headers: { cookie } })).json();
    const done2 = notes.items.find((n: any) => n.template === 'import-finished');
    assert.ok(done2 && done2.text.zh.includes('2') && !done2.read, JSON.stringify(notes.items));
    assert.equal((await t.app.inject({ method: 'POST', url: `/api/v1/me/notifications/${done2.id}/read`, headers: { cookie } })).statusCode, 200);
    assert.equal(
      (await t.app.inject({ method: 'GET', url: '/api/v1/me/notifications?unread=true', headers: { cookie } }))
        .json()
        .items.some((n: any) => n.id === done2.id),
      false,
    );
    const other = await t.login('pudong');
    assert.equal(
      (await t.app.inject({ method: 'POST', url: `/api/v1/me/notifications/${done2.id}/read`, headers: { cookie: other } })).statusCode,
      404,
      'not someone else’s notice',
    );
    const audit = await t.s.database.db.selectFrom('audit_log').select('action').where('entity', '=', 'import').where('entity_id', '=', String(b.id)).execute();
    assert.deepEqual(audit.map((a) => a.action).sort(), ['import.commit', 'import.validate', 'member.import']);
  });

  it('reads .xlsx, refuses persons already in the registry and duplicates within the file', async () => {
    const existing = await t.s.database.db.selectFrom('persons').select('id_cipher').limit(1).executeTakeFirstOrThrow();
    const existingId = t.s.vault.open(existing.id_cipher);
    const a = validId('31011519920202001');
    const buf = await writeXlsx([
      {
        name: 'members',
        columns: [
          { header: '姓名', key: 'n' },
          { header: '身份证号', key: 'i' },
          { header: '入会日期', key: 'd' },
          { header: '会员编号', key: 'no' },
        ],
        rows: [
          { n: '戊五', i: a, d: '2019-09-09', no: '0000000001' },
          { n: '戊五重复', i: a, d: '2019-09-09', no: '' },
          { n: '已在册', i: existingId, d: '2019-09-09', no: '' },
          { n: '', i: validId('31011519920202002'), d: '2030-01-01', no: '12' },
        ],
      },
    ]);
    const r = await upload('m.xlsx', buf);
    assert.equal(r.statusCode, 201, r.body);
    const b = r.json();
    assert.equal(b.validCount, 1);
    const codes = b.errors.map((e: any) => `${e.row}:${e.code}`);
    assert.ok(codes.includes('3:duplicate-in-file'), codes.join());
    assert.ok(codes.includes('4:already-member'), codes.join());
    assert.ok(codes.includes('5:required') && codes.includes('5:future-date') && codes.includes('5:invalid-member-no'), codes.join());
    // Each named by its row and its column, as the user sees them in Excel (the xlsx is read streamed, issue 14 §1).
    const at = (row: number, code: string) => b.errors.find((e: any) => e.row === row && e.code === code)?.column;
    assert.equal(at(5, 'future-date'), '入会日期');
    assert.equal(at(5, 'invalid-member-no'), '会员编号');
    assert.equal(at(3, 'duplicate-in-file'), '身份证号');
    const done = await commitAndWait(b.id);
    assert.equal(done.importedCount, 1);
    const m = (await t.app.inject({ method: 'GET', url: '/api/v1/members?q=0000000001', headers: { cookie } })).json();
    assert.equal(m.items[0].name, '戊五');
  });

  it('names a bad row of a large .xlsx by row and column, past the first staged chunk', async () => {
    // 6,000 rows: the workbook is streamed and staged 5,000 rows at a time; rows 5,003 and 6,001 are wrong.
    const rows = Array.from({ length: 6000 }, (_, i) => ({
      n: `批${i}`,
      i: validId(`310115${new Date(Date.UTC(1970, 0, 1 + i)).toISOString().slice(0, 10).replace(/-/g, '')}123`),
      m: i === 5001 ? '12345' : `139${String(100000000 + i).slice(1)}`,
      d: i === 5999 ? '2019-02-30' : '2019-09-09',
    }));
    const buf = await writeXlsx([
      {
        name: '会员',
        columns: [
          { header: '姓名', key: 'n' },
          { header: '身份证号', key: 'i' },
          { header: '手机号', key: 'm' },
          { header: '入会日期', key: 'd' },
        ],
        rows,
      },
    ]);
    const r = await upload('large.xlsx', buf);
    assert.equal(r.statusCode, 201, r.body);
    const b = r.json();
    assert.equal(b.total, 6000);
    assert.equal(b.validCount, 5998);
    assert.deepEqual(
      b.errors.map((e: any) => [e.row, e.column, e.code]),
      [
        [5003, '手机号', 'invalid-mobile'],
        [6001, '入会日期', 'invalid-date'],
      ],
    );
    const d = await t.app.inject({ method: 'POST', url: `/api/v1/imports/${b.id}/discard`, headers: { cookie } });
    assert.equal(d.statusCode, 200, d.body);
  });

  it('refuses a file that is not a spreadsheet, a missing column, and an oversized upload', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const r = await upload('members.xlsx', png);
    assert.equal(r.statusCode, 400);
    assert.equal(r.json().code, 'file-format-unsupported');
    const noCol = await upload('x.csv', '姓名,手机号\n张,13900000000\n');
    assert.equal(noCol.statusCode, 201);
    assert.deepEqual(
      noCol.json().errors.map((e: any) => e.code),
      ['missing-column', 'missing-column'],
    );
    assert.equal(noCol.json().validCount, 0);
    const big = await upload('big.csv', Buffer.alloc(t.s.config.uploadMaxBytes + 10, 'a'));
    assert.equal(big.statusCode, 413);
  });

  it('does not let an officer import into a union outside their scope', async () => {
    const jiadingUnion =
      (await t.s.database.db.selectFrom('orgs').select('id').where('kind', '=', 'grassroots').where('name', 'like', '%嘉定%').executeTakeFirst()) ??
      (await t.s.database.db
        .selectFrom('orgs')
        .select('id')
        .where('kind', '=', 'grassroots')
        .where('path', 'not like', '%.' + String(unionId) + '.%')
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow());
    const r = await upload('x.csv', `姓名,身份证号,入会日期\n甲,${validId('31011019850101199')},2020-01-01\n`, { orgId: String(jiadingUnion.id) });
    assert.equal(r.statusCode, 404);
  });

  it('rolls the whole import back when one row conflicts at commit time', async () => {
    const x = validId('31011019770707001');
    const r = await upload('race.csv', `姓名,身份证号,入会日期\n甲,${x},2020-01-01\n乙,${validId('31011019770707002')},2020-01-01\n`);
    assert.equal(r.json().validCount, 2);
    // Meanwhile the first person joins through the form.
    const f = await t.app.inject({
      method: 'POST',
      url: '/api/v1/members',
      payload: { name: '甲', idNumber: x, orgId: unionId, joinedOn: '2020-01-01' },
      headers: { cookie },
    });
    assert.equal(f.statusCode, 201);
    const done = await commitAndWait(r.json().id);
    assert.equal(done.status, 'failed');
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/members?q=乙', headers: { cookie } })).json().total, 0, 'nothing half-written');
  });
});
