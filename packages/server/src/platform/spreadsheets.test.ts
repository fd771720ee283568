import { test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { AppError } from './errors.ts';
import { escapeFormula, parseCsvRecords, readTable, readTableRows, writeCsv, writeXlsx, type TableRow } from './spreadsheets.ts';

const columns = [
  { header: '姓名', key: 'name' },
  { header: '身份证号', key: 'idNumber' },
  { header: '备注', key: 'note' },
];
const tricky = [
  { name: '张三', idNumber: '31010119900101123X', note: '他说："你好"，然后走了' },
  { name: '李四', idNumber: '310101199001011234', note: '第一行\n第二行\r\n第三行' },
  { name: ' 王五 ', idNumber: '110101200001010018', note: 'a,b,,c' },
];

async function rejects(p: Promise<unknown>, code: string): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof AppError, `expected AppError, got ${String(e)}`);
    assert.equal(e.code, code);
    assert.ok(e.messages.zh.length > 0 && e.messages.en.length > 0);
    return e;
  }
  assert.fail(`expected rejection with ${code}`);
}

/** A GBK encoder built from the platform's decoder, so the test needs no encoding library. */
function encodeGbk(text: string): Buffer {
  const dec = new TextDecoder('gbk');
  const map = new Map<string, number[]>();
  for (let a = 0x81; a <= 0xfe; a++)
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const ch = dec.decode(Uint8Array.of(a, b));
      if (ch.length === 1 && ch !== '\ufffd' && !map.has(ch)) map.set(ch, [a, b]);
    }
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else {
      const bytes = map.get(ch);
      assert.ok(bytes, `no GBK code for ${ch}`);
      out.push(...bytes);
    }
  }
  return Buffer.from(out);
}

test('xlsx round trip keeps Chinese text, quotes, newlines and long digit strings', async () => {
  const buf = await writeXlsx([{ name: '会员名单', columns, rows: tricky }]);
  const t = await readTable(buf, '会员.xlsx');
  assert.equal(t.format, 'xlsx');
  assert.deepEqual(t.headers, ['姓名', '身份证号', '备注']);
  assert.deepEqual(
    t.rows.map((r) => r.rowNo),
    [2, 3, 4],
  );
  assert.deepEqual(t.rows[0]!.cells, ['张三', '31010119900101123X', '他说："你好"，然后走了']);
  // Line breaks inside a cell come back as LF (XML normalises CRLF; CSV is made to match).
  assert.deepEqual(t.rows[1]!.cells, ['李四', '310101199001011234', '第一行\n第二行\n第三行']);
  assert.deepEqual(t.rows[2]!.cells, ['王五', '110101200001010018', 'a,b,,c']);
});

test('xlsx export has a bold, frozen header and escapes formulas', async () => {
  const buf = await writeXlsx([
    {
      name: 'a/b:c',
      columns: [{ header: '值', key: 'v' }],
      rows: [{ v: '=HYPERLINK("http://x","y")' }, { v: '+1' }, { v: '-2+3' }, { v: '@SUM(A1)' }, { v: 42 }, { v: -7 }],
    },
  ]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets[0]!;
  assert.equal(ws.name, 'a_b_c');
  assert.equal(ws.getRow(1).getCell(1).font?.bold, true);
  assert.equal(ws.views[0]?.state, 'frozen');
  assert.equal((ws.views[0] as { ySplit?: number }).ySplit, 1);
  const values = [2, 3, 4, 5, 6, 7].map((r) => ws.getRow(r).getCell(1).value);
  assert.deepEqual(values, [`'=HYPERLINK("http://x","y")`, "'+1", "'-2+3", "'@SUM(A1)", 42, -7]);
  for (let r = 2; r <= 7; r++) assert.equal(ws.getRow(r).getCell(1).formula, undefined);
});

test('csv round trip with BOM, quotes, embedded newlines and commas', async () => {
  const csv = writeCsv(columns, tricky);
  assert.ok(csv.startsWith('\uFEFF'));
  const t = await readTable(Buffer.from(csv, 'utf8'), '会员.csv');
  assert.equal(t.format, 'csv');
  assert.deepEqual(t.headers, ['姓名', '身份证号', '备注']);
  assert.deepEqual(
    t.rows.map((r) => r.cells),
    [
      ['张三', '31010119900101123X', '他说："你好"，然后走了'],
      ['李四', '310101199001011234', '第一行\n第二行\n第三行'],
      ['王五', '110101200001010018', 'a,b,,c'],
    ],
  );
  assert.deepEqual(
    t.rows.map((r) => r.rowNo),
    [2, 3, 4],
  );
});

test('csv export escapes formula-looking cells', () => {
  const csv = writeCsv([{ header: 'x', key: 'x' }], [{ x: '=1+1' }, { x: '@cmd' }, { x: '\tTAB' }, { x: -3 }]);
  assert.equal(csv, "\uFEFFx\r\n'=1+1\r\n'@cmd\r\n'\tTAB\r\n-3\r\n");
  assert.equal(escapeFormula('\rX'), "'\rX");
  assert.equal(escapeFormula('正常'), '正常');
});

test('csv parser: RFC 4180 details and row numbers', async () => {
  const recs = [...parseCsvRecords('a,"b ""q"" c",d\r\n"multi\nline",,\n\nlast')];
  assert.deepEqual(recs, [
    { rowNo: 1, cells: ['a', 'b "q" c', 'd'] },
    { rowNo: 2, cells: ['multi\nline', '', ''] },
    { rowNo: 3, cells: [''] },
    { rowNo: 4, cells: ['last'] },
  ]);
  // Empty rows are skipped but keep their place in the numbering; cells are trimmed and padded.
  const t = await readTable(Buffer.from('h1, h2 ,h3\n\n 1 ,2\n,,\n"x\ny",z,w\n'), 't.csv');
  assert.deepEqual(t.headers, ['h1', 'h2', 'h3']);
  assert.deepEqual(t.rows, [
    { rowNo: 3, cells: ['1', '2', ''] },
    { rowNo: 5, cells: ['x\ny', 'z', 'w'] },
  ]);
  await rejects(readTable(Buffer.from('a,b\n"open,c\n'), 'bad.csv'), 'csv-unclosed-quote');
});

test('GBK / GB18030 CSV written by Excel in China is read', async () => {
  const buf = encodeGbk('姓名,身份证号,单位\r\n张三,31010119900101123X,上海市总工会\r\n');
  assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(buf));
  const t = await readTable(buf, '名单.csv');
  assert.equal(t.format, 'csv');
  assert.deepEqual(t.headers, ['姓名', '身份证号', '单位']);
  assert.deepEqual(t.rows[0]!.cells, ['张三', '31010119900101123X', '上海市总工会']);
});

test('readTableRows reads a CSV piece by piece exactly as readTable reads it whole (issue 14 §1)', async () => {
  // Over 2 MiB, so it is decoded in several pieces; quoted cells with line breaks, quotes and commas
  // fall across the pieces' ends, an empty row keeps its number, a BOM is dropped.
  const lines = ['\uFEFF姓名,身份证号,备注'];
  for (let i = 0; i < 60_000; i++)
    lines.push(
      i % 97 === 0 ? `张${i},"3101${i}","第一行\n第二行 ""引号"", 逗号\r\n第三行"` : i % 1000 === 1 ? ',,' : `李${i},3101${i},备注${'长'.repeat(i % 13)}`,
    );
  const text = lines.join('\r\n') + '\r\n';
  for (const buf of [Buffer.from(text, 'utf8'), encodeGbk(text.slice(1))]) {
    const whole = await readTable(buf, 'a.csv');
    const piece = await readTableRows(buf, 'a.csv');
    assert.ok(buf.length > 2 * 1048576, `${buf.length} bytes: more than two pieces`);
    assert.deepEqual(piece.headers, whole.headers);
    assert.deepEqual([...(piece.rows as Iterable<TableRow>)], whole.rows);
  }
  // A quote never closed: the same error, found when the rows are read.
  const open = await readTableRows(Buffer.from('a,b\n1,2\n"open,c\n' + 'x,y\n'.repeat(400_000)), 'bad.csv');
  const e = (() => {
    try {
      [...(open.rows as Iterable<TableRow>)];
    } catch (err) {
      return err as AppError;
    }
  })();
  assert.equal(e?.code, 'csv-unclosed-quote');
  assert.match(e!.message, /3/);
  // Too many rows: thrown by the row that breaks the cap.
  const big = await readTableRows(Buffer.from('a\n' + Array.from({ length: 11 }, (_, i) => String(i)).join('\n')), 'big.csv', { maxRows: 10 });
  assert.throws(
    () => [...(big.rows as Iterable<TableRow>)],
    (err: AppError) => err.code === 'too-many-rows',
  );
});

async function allRows(rows: Iterable<TableRow> | AsyncIterable<TableRow>) {
  const out: TableRow[] = [];
  for await (const r of rows) out.push(r);
  return out;
}

test('readTableRows streams an xlsx exactly as readTable reads it whole (issue 14 §1)', async () => {
  // A hidden sheet first (skipped, as readTable skips it), then the member sheet: text, rich text,
  // a date, numbers, a formula's result, an empty row that keeps its number, a short row padded.
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('隐藏', { state: 'hidden' }).addRow(['不读']);
  const ws = wb.addWorksheet('会员');
  ws.addRow(['姓名', '身份证号', '入会日期', '备注']);
  for (let i = 0; i < 3000; i++) {
    if (i === 7) ws.addRow([]);
    ws.addRow([
      i % 5 === 0 ? { richText: [{ text: '张' }, { text: `${i}`, font: { bold: true } }] } : ` 李${i} `,
      `3101${String(i).padStart(14, '0')}`,
      new Date(Date.UTC(2020, 0, 1 + (i % 300))),
      i % 3 === 0 ? 12.5 : i % 3 === 1 ? { formula: 'A1', result: '甲' } : undefined,
    ]);
  }
  ws.getColumn(3).numFmt = 'yyyy-mm-dd';
  const buf = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const whole = await readTable(buf, 'm.xlsx', { workerAboveBytes: Number.MAX_SAFE_INTEGER });
  const streamed = await readTableRows(buf, 'm.xlsx');
  assert.equal(streamed.format, 'xlsx');
  assert.deepEqual(streamed.headers, ['姓名', '身份证号', '入会日期', '备注']);
  assert.deepEqual(streamed.headers, whole.headers);
  const rows = await allRows(streamed.rows);
  assert.equal(rows.length, 3000);
  assert.deepEqual(rows, whole.rows);
  assert.deepEqual(rows[7], { rowNo: 10, cells: [`李7`, '310100000000000007', '2020-01-08', '甲'] });

  // An ID number typed as a number (Excel kept 15 digits): the file is refused, the cell named by row and column.
  const bad = new ExcelJS.Workbook();
  const bs = bad.addWorksheet('会员');
  bs.addRow(['姓名', '身份证号']);
  bs.addRow(['张三', '31010119900101123X']);
  // biome-ignore lint/correctness/noPrecisionLoss: the point of the test: an ID typed as a number has lost its last digits
  bs.addRow(['李四', 310101199001011230]);
  const badBuf = Buffer.from((await bad.xlsx.writeBuffer()) as ArrayBuffer);
  const e = await rejects((async () => allRows((await readTableRows(badBuf, 'bad.xlsx')).rows))(), 'spreadsheet-number-precision');
  assert.equal(e.issues[0]?.field, 'rows[3].身份证号');
  assert.match(e.issues[0]!.message.zh, /第 3 行“身份证号”列（B3）/);

  // More data rows than allowed: refused (before parsing, by the archive's row count).
  await rejects(readTableRows(buf, 'm.xlsx', { maxRows: 100 }), 'too-many-rows');
  // A damaged workbook: the bytes of a zip that is not one.
  await rejects(
    (async () => allRows((await readTableRows(Buffer.concat([buf.subarray(0, 2000), Buffer.alloc(100)]), 'x.xlsx')).rows))(),
    'file-format-unsupported',
  );
});

test('UTF-16 tab-separated "Unicode text" is read', async () => {
  const text = '姓名\t年龄\r\n张三\t30\r\n';
  const buf = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const t = await readTable(buf, 'u.txt');
  assert.deepEqual(t.headers, ['姓名', '年龄']);
  assert.deepEqual(t.rows[0]!.cells, ['张三', '30']);
});

test('files that are not tables are rejected by content, whatever their name', async () => {
  const png = Buffer.from(
    '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5d0b5b60000000049454e44ae426082',
    'hex',
  );
  const e = await rejects(readTable(png, 'members.xlsx'), 'file-format-unsupported');
  assert.match(e.messages.zh, /members\.xlsx/);
  await rejects(readTable(png, 'members.csv'), 'file-format-unsupported');
  const zipNotXlsx = Buffer.concat([Buffer.from('504b0304', 'hex'), Buffer.from('\x14\x00\x00\x00word/document.xml')]);
  await rejects(readTable(zipNotXlsx, 'x.xlsx'), 'file-format-unsupported');
  const damaged = Buffer.concat([Buffer.from('504b0304', 'hex'), Buffer.from('xl/workbook.xml garbage')]);
  await rejects(readTable(damaged, 'x.xlsx'), 'file-format-unsupported');
  const xls = Buffer.from('d0cf11e0a1b11ae1000000000000000000', 'hex');
  const old = await rejects(readTable(xls, 'old.xls'), 'file-format-unsupported');
  assert.match(old.messages.en, /\.xls/);
  await rejects(readTable(Buffer.alloc(0), 'empty.csv'), 'file-empty');
  await rejects(readTable(Buffer.from([0x01, 0x02, 0x41, 0x42]), 'ctl.csv'), 'file-format-unsupported');
});

async function workbookWith(fill: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet('S'));
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

test('xlsx numbers, dates, formulas and rich text become plain strings', async () => {
  const buf = await workbookWith((ws) => {
    ws.addRow(['数', '日期', '公式', '富文本', '布尔', '手机']);
    ws.addRow([
      0.1 + 0.2,
      new Date(Date.UTC(2024, 2, 1)),
      { formula: 'A2*2', result: 0.6000000000000001 },
      { richText: [{ text: '上海' }, { text: '工会', font: { bold: true } }] },
      true,
      13900000000,
    ]);
    ws.addRow([]);
    ws.addRow([123456789012345, new Date(Date.UTC(2024, 2, 1, 8, 30)), null, '  有空格  ', false, '']);
  });
  const t = await readTable(buf, 'n.xlsx');
  assert.deepEqual(t.rows, [
    { rowNo: 2, cells: ['0.3', '2024-03-01', '0.6', '上海工会', 'TRUE', '13900000000'] },
    { rowNo: 4, cells: ['123456789012345', '2024-03-01 08:30:00', '', '有空格', 'FALSE', ''] },
  ]);
});

test('an ID number stored as an Excel number is reported with row and column', async () => {
  const buf = await workbookWith((ws) => {
    ws.addRow(['姓名', '身份证号']);
    ws.addRow(['张三', '310101199001011234']);
    // biome-ignore lint/correctness/noPrecisionLoss: the point of the test: an ID typed as a number has lost its last digits
    ws.addRow(['李四', 310101199001011230]);
  });
  const e = await rejects(readTable(buf, 'ids.xlsx'), 'spreadsheet-number-precision');
  assert.equal(e.issues.length, 1);
  assert.equal(e.issues[0]!.field, 'rows[3].身份证号');
  assert.equal(e.issues[0]!.code, 'number-precision');
  assert.match(e.issues[0]!.message.zh, /第 3 行/);
});

test('row cap', async () => {
  const csv = 'a\n' + Array.from({ length: 11 }, (_, i) => String(i)).join('\n');
  await rejects(readTable(Buffer.from(csv), 'big.csv', { maxRows: 10 }), 'too-many-rows');
  assert.equal((await readTable(Buffer.from(csv), 'ok.csv', { maxRows: 11 })).rows.length, 11);
  const buf = await workbookWith((ws) => {
    ws.addRow(['a']);
    for (let i = 0; i < 11; i++) ws.addRow([i]);
  });
  await rejects(readTable(buf, 'big.xlsx', { maxRows: 10 }), 'too-many-rows');
});

test('a large CSV parses quickly', async () => {
  const line = '张三,31010119900101123X,"备注, 有逗号",2024-01-01\n';
  const buf = Buffer.from('姓名,身份证号,备注,日期\n' + line.repeat(200_000));
  const t0 = performance.now();
  const t = await readTable(buf, 'big.csv');
  assert.equal(t.rows.length, 200_000);
  assert.ok(performance.now() - t0 < 5000);
});

test('xlsx export: preface lines (a form’s title and 填表 line) sit above the header, merged and frozen with it', async () => {
  const buf = await writeXlsx([
    {
      name: '申领汇总表',
      columns: [
        { header: '序号', key: 'n' },
        { header: '小屋名称', key: 'name' },
        { header: '备注', key: 'r' },
      ],
      rows: [
        { n: 1, name: '甲', r: '' },
        { n: '总金额', r: '（元）' },
      ],
      preface: ['女职工幸福关爱行动申领汇总表', '=区局（产业）：'],
    },
  ]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets[0]!;
  assert.equal(ws.getCell(1, 1).value, '女职工幸福关爱行动申领汇总表');
  assert.equal(ws.getCell(2, 1).value, "'=区局（产业）：");
  assert.equal(ws.getCell(1, 3).isMerged, true);
  assert.deepEqual([ws.getCell(3, 1).value, ws.getCell(3, 2).value, ws.getCell(3, 3).value], ['序号', '小屋名称', '备注']);
  assert.equal(ws.getRow(3).font?.bold, true);
  assert.equal((ws.views[0] as { ySplit?: number }).ySplit, 3);
  assert.deepEqual([ws.getCell(4, 2).value, ws.getCell(5, 1).value], ['甲', '总金额']);
});
