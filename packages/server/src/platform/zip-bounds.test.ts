import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { describe, it } from 'node:test';
import { checkZipBounds } from './zip-bounds.ts';
import { writeXlsx } from './spreadsheets.ts';
import { bomb, xlsxWith } from '../../test/fixtures/zip.ts';
import { badRequest } from './errors.ts';

const limits = { maxEntryBytes: 64 * 1048576, maxTotalBytes: 64 * 1048576, maxEntries: 1000, maxSheetRows: 1000 };
const tooMany = () => badRequest('too-many-rows', { zh: '行数过多', en: 'too many rows' });
const rejects = async (p: Promise<unknown>, check: (e: any) => boolean) => assert.rejects(p, (e: any) => check(e) || assert.fail(`${e.code} ${e.message}`));

describe('zip bounds before parsing', () => {
  it('passes a real workbook and counts its rows', async () => {
    const buf = await writeXlsx([{ name: 's', columns: [{ header: 'a', key: 'a' }], rows: Array.from({ length: 250 }, (_, i) => ({ a: `v${i}` })) }]);
    const r = await checkZipBounds(buf, 'ok.xlsx', limits, tooMany);
    assert.equal(r.sheetRows['xl/worksheets/sheet1.xml'], 251);
    assert.ok(r.totalBytes > 0);
  });

  it('refuses an entry declaring a huge size without inflating anything', async () => {
    const t0 = Date.now();
    const buf = xlsxWith({ name: 'xl/worksheets/sheet1.xml', data: bomb(1), raw: true, declaredSize: 3 * 1024 ** 3 });
    await rejects(
      checkZipBounds(buf, 'bomb.xlsx', limits, tooMany),
      (e) => e.status === 413 && e.code === 'file-too-large-uncompressed' && e.extra.entry === 'xl/worksheets/sheet1.xml' && /3072 MiB/.test(e.messages.en),
    );
    assert.ok(Date.now() - t0 < 200);
  });

  it('refuses an entry that lies about its size once the real bytes pass the declared ones', async () => {
    const buf = xlsxWith({ name: 'xl/worksheets/sheet1.xml', data: bomb(512), raw: true, declaredSize: 1000 });
    const before = process.memoryUsage().rss;
    await rejects(
      checkZipBounds(buf, 'liar.xlsx', limits, tooMany),
      (e) => e.status === 413 && e.extra.entry === 'xl/worksheets/sheet1.xml' && /declares/.test(e.messages.en),
    );
    assert.ok(process.memoryUsage().rss - before < 64 * 1048576, 'nothing kept');
  });

  it('refuses a total over the limit, too many entries, and a sheet with too many rows', async () => {
    const buf = xlsxWith({ name: 'xl/worksheets/sheet1.xml', data: bomb(65), raw: true, declaredSize: 65 * 1048576 });
    await rejects(checkZipBounds(buf, 'big.xlsx', limits, tooMany), (e) => e.status === 413);
    await rejects(checkZipBounds(buf, 'many.xlsx', { ...limits, maxEntries: 2 }, tooMany), (e) => e.status === 413 && /3 entries/.test(e.messages.en));
    const rows = Array.from({ length: 1500 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c></row>`).join('');
    const sheet = `<worksheet><sheetData>${rows}</sheetData></worksheet>`;
    await rejects(checkZipBounds(xlsxWith({ name: 'xl/worksheets/sheet1.xml', data: sheet }), 'rows.xlsx', limits, tooMany), (e) => e.code === 'too-many-rows');
    // A namespace prefix and a tag split across inflate chunks are still counted once each.
    const prefixed = `<x:worksheet><x:sheetData>${' '.repeat(262141)}${Array.from({ length: 1001 }, (_, i) => `<x:row r="${i + 1}"/>`).join('')}</x:sheetData></x:worksheet>`;
    await rejects(
      checkZipBounds(xlsxWith({ name: 'xl/worksheets/sheet1.xml', data: prefixed }), 'ns.xlsx', limits, tooMany),
      (e) => e.code === 'too-many-rows',
    );
    const exact = `<worksheet>${' '.repeat(262142)}${'<row/>'.repeat(1000)}</worksheet>`;
    assert.equal(
      (await checkZipBounds(xlsxWith({ name: 'xl/worksheets/sheet1.xml', data: exact }), 'n.xlsx', limits, tooMany)).sheetRows['xl/worksheets/sheet1.xml'],
      1000,
    );
  });

  it('refuses a damaged archive as unreadable (400), not as a crash', async () => {
    const good = xlsxWith({ name: 'xl/worksheets/sheet1.xml', data: '<worksheet/>' });
    await rejects(
      checkZipBounds(good.subarray(0, good.length - 30), 'cut.xlsx', limits, tooMany),
      (e) => e.status === 400 && e.code === 'file-format-unsupported',
    );
    const garbage = xlsxWith({ name: 'xl/worksheets/sheet1.xml', data: Buffer.from('not deflate at all'), raw: true, declaredSize: 100 });
    await rejects(checkZipBounds(garbage, 'bad.xlsx', limits, tooMany), (e) => e.status === 400);
    assert.ok(zlib);
  });
});
