// Member protection, part 2, through HTTP on both engines: the list as .xlsx out and back in (bad rows named, nothing
// half-written), instant and individual enrollment (15 working days, first-time subsidy), claims (cover on the event
// date, filing deadlines, pay-by dates).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { multipart, startTestApp, type TestApp } from '../harness.ts';

describe('protection: list files, instant and individual enrollment, claims', () => {
  let t: TestApp;
  const c: Record<string, string> = {};
  let grassrootsOrg = 0;
  let listId = 0;
  const call = (who: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: { cookie: c[who]! }, ...(payload === undefined ? {} : { payload: payload as object }) });
  const upload = (who: string, url: string, content: Buffer, name = 'list.xlsx') => {
    const m = multipart({}, { name, content });
    return t.app.inject({ method: 'POST', url: `/api/v1${url}`, headers: { cookie: c[who]!, ...m.headers }, payload: m.payload });
  };

  before(async () => {
    t = await startTestApp();
    for (const u of ['grassroots', 'pudong', 'jiading', 'member', 'mutualaid']) c[u] = await t.login(u);
    grassrootsOrg = (await call('grassroots', 'GET', '/auth/me')).json().orgId;
    for (const tb of ['protection_claims', 'protection_covers', 'protection_lists', 'protection_remittances', 'protection_batches']) await sql.raw(`delete from ${tb}`).execute(t.s.database.db);
  });
  after(() => t.close());

  async function sheetOf(buf: Buffer) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
    return { wb, ws: wb.worksheets[0]! };
  }
  const toBuf = async (wb: ExcelJS.Workbook) => Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);

  it('exports the list (masked) and re-imports an edited one; bad rows are named, nothing half-written', async () => {
    t.pinToday('2024-11-10');
    const res = await call('grassroots', 'POST', '/protection/lists', { year: 2025, orgId: grassrootsOrg, plan: 'B' });
    assert.equal(res.statusCode, 202, res.body);
    await t.s.jobs.drain();
    const l = (await call('grassroots', 'GET', '/protection/lists?year=2025')).json().items[0];
    listId = l.id;
    const file = await call('grassroots', 'GET', `/protection/lists/${listId}/export.xlsx`);
    assert.equal(file.statusCode, 200);
    assert.match(String(file.headers['content-type']), /spreadsheetml/);
    const { wb, ws } = await sheetOf(file.rawPayload);
    const headers = (ws.getRow(1).values as string[]).slice(1);
    assert.deepEqual(headers, ['序号', '会员编号', '姓名', '身份证号', '所属工会', '单位类别', '保障类型', '参保', '排除原因']);
    assert.equal(ws.actualRowCount - 1, l.members);
    for (let r = 2; r <= ws.actualRowCount; r++) assert.match(String(ws.getCell(r, 4).value ?? ''), /^$|\*/, 'ID numbers are masked');
    assert.ok(ws.actualRowCount >= 3, 'at least two members to edit');

    // Bad rows: a second plan, a wrong unit category, an unknown member, a duplicate row.
    const firstNo = String(ws.getCell(2, 2).value);
    ws.getCell(3, 7).value = 'A';
    ws.getCell(2, 6).value = '特殊单位';
    ws.addRow([99, 'NO-SUCH-1', '某某', '', '', '普通单位', 'B', '是', '']);
    ws.addRow([100, firstNo, '', '', '', '普通单位', 'B', '否', '']);
    const bad = await upload('grassroots', `/protection/lists/${listId}/import`, await toBuf(wb));
    assert.equal(bad.statusCode, 400, bad.body);
    const issues = bad.json().errors as { field: string; code: string; messages: { zh: string; en: string } }[];
    const codes = issues.map((i) => `${i.field}:${i.code}`);
    const last = ws.actualRowCount;
    assert.ok(codes.includes('rows[3].保障类型:second-plan'), codes.join());
    assert.ok(codes.includes('rows[2].单位类别:wrong-unit-category'), codes.join());
    assert.ok(codes.includes(`rows[${last - 1}].会员编号:unknown-member`), codes.join());
    assert.ok(codes.includes(`rows[${last}].会员编号:duplicate-row`), codes.join());
    assert.ok(issues.every((i) => i.messages.zh && i.messages.en));
    const unchanged = (await call('grassroots', 'GET', `/protection/lists/${listId}`)).json();
    assert.deepEqual([unchanged.plan, unchanged.excluded], ['B', 0], 'nothing half-written');

    // A good edit: the whole list to B+, one member off with a reason.
    const fresh = await sheetOf(file.rawPayload);
    for (let r = 2; r <= fresh.ws.actualRowCount; r++) fresh.ws.getCell(r, 7).value = 'B+';
    fresh.ws.getCell(3, 8).value = '否';
    fresh.ws.getCell(3, 9).value = '已离职';
    const ok = await upload('grassroots', `/protection/lists/${listId}/import`, await toBuf(fresh.wb));
    assert.equal(ok.statusCode, 200, ok.body);
    assert.deepEqual(ok.json().result.planChanged, { from: 'B', to: 'B+' });
    assert.equal(ok.json().result.excluded, 1);
    assert.deepEqual([ok.json().list.plan, ok.json().list.premium, ok.json().list.citySubsidy], ['B+', 140, 40]); // 003 附件2-1 一(三) B+类 140 / 40
    assert.equal(ok.json().list.excluded, 1);
    assert.equal((await upload('jiading', `/protection/lists/${listId}/import`, await toBuf(fresh.wb))).statusCode, 404, "another district does not see the list");
  });
});
