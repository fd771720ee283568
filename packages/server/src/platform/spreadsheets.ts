// Tabular files in and out: every import reads through readTable, every export writes through
// writeXlsx / writeCsv. Rules from checks-and-safeguards.md "Files": the format is decided by the
// bytes, not the file name; exported cells that could start a formula are neutralised.
import { once } from 'node:events';
import { isUtf8 } from 'node:buffer';
import { PassThrough, Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import ExcelJS from 'exceljs';
import { AppError, badRequest, type FieldIssue } from './errors.ts';
import { checkZipBounds, type ZipLimits } from './zip-bounds.ts';

export type TableFormat = 'xlsx' | 'csv';

export interface TableRow {
  /** The row number the user sees in Excel: the header is row 1. */
  rowNo: number;
  cells: string[];
}

export interface Table {
  format: TableFormat;
  headers: string[];
  rows: TableRow[];
}

export interface ReadTableOptions {
  maxRows?: number;
  /** Bounds on the xlsx archive, checked before parsing (defaults: XLSX_LIMITS). */
  zipLimits?: Partial<Omit<ZipLimits, 'maxSheetRows'>>;
  /** A workbook inflating to more than this is parsed in a worker thread (default XLSX_WORKER_ABOVE_BYTES). */
  workerAboveBytes?: number;
}

export const DEFAULT_MAX_ROWS = 1_000_000;

/** A member sheet of 100,000 rows is ~45 MiB of XML; 200 MiB holds ~450,000 (more: use CSV). */
export const XLSX_LIMITS: Omit<ZipLimits, 'maxSheetRows'> = { maxEntryBytes: 200 * 1048576, maxTotalBytes: 200 * 1048576, maxEntries: 1000 };
/** exceljs parses ~3 MiB of sheet XML a second here, all on the calling thread: above ~1 MiB, off the event loop. */
export const XLSX_WORKER_ABOVE_BYTES = 1048576;

/** At most this many cell problems are listed in one error, so the error itself stays small. */
const MAX_ISSUES = 100;

/**
 * Read the first worksheet of an xlsx file, or a CSV file (UTF-8 with or without BOM, GB18030/GBK as
 * written by Excel in China, UTF-16 "Unicode text"). `fileName` is only used in messages.
 */
export async function readTable(buf: Buffer, fileName: string, opts: ReadTableOptions = {}): Promise<Table> {
  const maxRows = opts.maxRows ?? DEFAULT_MAX_ROWS;
  const format = detectFormat(buf, fileName);
  if (format === 'xlsx') {
    // Sizes and rows first: a tiny workbook can inflate to gigabytes (a zip bomb).
    const zip = await checkZipBounds(buf, fileName, { ...XLSX_LIMITS, ...opts.zipLimits, maxSheetRows: maxRows + 1 }, () => tooManyRows(fileName, maxRows));
    if (zip.totalBytes > (opts.workerAboveBytes ?? XLSX_WORKER_ABOVE_BYTES)) return readXlsxInWorker(buf, fileName, maxRows);
    return readXlsx(buf, fileName, maxRows);
  }
  return readCsvText(decodeText(buf, fileName), fileName, maxRows);
}

/** A table whose data rows are read one at a time, as they are used (see readTableRows). */
export interface TableStream {
  format: TableFormat;
  headers: string[];
  /**
   * The data rows, read lazily; iterate once (`for await`: an xlsx's rows arrive as its sheet is
   * inflated). Throws `too-many-rows` (or a parse error) when it reaches the row that breaks the rule.
   */
  rows: Iterable<TableRow> | AsyncIterable<TableRow>;
}

/**
 * readTable for a large import: the rows are parsed as they are iterated, so the caller can check
 * and write them in chunks and hold only a chunk at a time (issue 14 §1: memory flat in the number
 * of rows). A CSV is decoded piece by piece; an xlsx, once its archive passed the same bounds as
 * readTable's (XLSX_LIMITS, rows counted while inflating), is read by exceljs's streaming reader, its
 * sheet inflated and parsed as the rows are taken. A problem past the header (too many rows, an
 * unclosed quote, a long number Excel rounded) is thrown by the iteration.
 */
export async function readTableRows(buf: Buffer, fileName: string, opts: ReadTableOptions = {}): Promise<TableStream> {
  const maxRows = opts.maxRows ?? DEFAULT_MAX_ROWS;
  if (detectFormat(buf, fileName) === 'xlsx') {
    await checkZipBounds(buf, fileName, { ...XLSX_LIMITS, ...opts.zipLimits, maxSheetRows: maxRows + 1 }, () => tooManyRows(fileName, maxRows));
    return streamXlsxRows(buf, fileName, maxRows);
  }
  const records = csvRecordsOf(buf, fileName);
  const first = records.next();
  const headers: string[] = first.done ? [] : first.value.cells.map(normalizeCell);
  const width = headers.length;
  function* rows(): Generator<TableRow> {
    let n = 0;
    for (let r = records.next(); !r.done; r = records.next()) {
      const trimmed = r.value.cells.map(normalizeCell);
      if (trimmed.every((c) => c === '')) continue;
      if (++n > maxRows) throw tooManyRows(fileName, maxRows);
      yield { rowNo: r.value.rowNo, cells: fitCells(trimmed, width) };
    }
  }
  return { format: 'csv', headers: trimTrailingEmpty(headers), rows: rows() };
}

// ---------------------------------------------------------------------------------------------
// Format detection

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (buf: Buffer, magic: number[]) => magic.every((b, i) => buf[i] === b);

function detectFormat(buf: Buffer, fileName: string): TableFormat {
  if (buf.length === 0) throw badRequest('file-empty', { zh: `文件“${fileName}”是空的`, en: `The file "${fileName}" is empty` });
  if (startsWith(buf, ZIP_MAGIC)) {
    // Zip entry names are stored uncompressed in the local headers, so an xlsx shows "xl/workbook.xml".
    if (buf.includes('xl/workbook.xml')) return 'xlsx';
    throw unsupported(fileName, '该文件是压缩包，但不是 Excel 工作簿（.xlsx）', 'it is a zip archive but not an Excel workbook (.xlsx)');
  }
  if (startsWith(buf, OLE2_MAGIC))
    throw unsupported(
      fileName,
      '这是旧版 Excel 97-2003（.xls）文件，请在 Excel 中“另存为” .xlsx 后再上传',
      'it is an old Excel 97-2003 (.xls) file; save it as .xlsx in Excel and upload again',
    );
  return 'csv';
}

function unsupported(fileName: string, zh: string, en: string) {
  return badRequest('file-format-unsupported', {
    zh: `无法读取文件“${fileName}”：${zh}。请上传 Excel 工作簿（.xlsx）或 CSV 文件`,
    en: `Cannot read "${fileName}": ${en}. Upload an Excel workbook (.xlsx) or a CSV file`,
  });
}

const notText = (fileName: string) =>
  unsupported(fileName, '内容既不是 Excel 工作簿也不是文本表格', 'its content is neither an Excel workbook nor a text table');

/** Decode CSV bytes: UTF-16 with BOM, else UTF-8 (BOM stripped), else GB18030; binary is rejected. */
function decodeText(buf: Buffer, fileName: string): string {
  let text: string | undefined;
  if (buf[0] === 0xff && buf[1] === 0xfe) text = tryDecode('utf-16le', buf.subarray(2));
  else if (buf[0] === 0xfe && buf[1] === 0xff) text = tryDecode('utf-16be', buf.subarray(2));
  else {
    // NUL never occurs in a UTF-8 or GB18030 text table; every image, archive or executable has it.
    if (buf.includes(0)) throw notText(fileName);
    const utf8 = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? buf.subarray(3) : buf;
    text = tryDecode('utf-8', utf8) ?? tryDecode('gb18030', buf);
  }
  if (text === undefined || hasControlCharacters(text)) throw notText(fileName);
  return text;
}

function tryDecode(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** C0 controls other than tab, LF, CR (and form feed, which some exporters leave) mean binary. */
function hasControlCharacters(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text);
}

// ---------------------------------------------------------------------------------------------
// CSV (RFC 4180, lenient about stray quotes inside unquoted fields)

function readCsvText(text: string, fileName: string, maxRows: number): Table {
  const delimiter = guessDelimiter(text);
  let headers: string[] | undefined;
  const rows: TableRow[] = [];
  for (const { rowNo, cells } of parseCsvRecords(text, delimiter, fileName)) {
    const trimmed = cells.map(normalizeCell);
    if (headers === undefined) {
      headers = trimmed;
      continue;
    }
    if (trimmed.every((c) => c === '')) continue;
    if (rows.length >= maxRows) throw tooManyRows(fileName, maxRows);
    rows.push({ rowNo, cells: fitCells(trimmed, headers.length) });
  }
  return { format: 'csv', headers: trimTrailingEmpty(headers ?? []), rows };
}

/** Excel's "Unicode text" export separates with tabs; everything else we accept uses commas. */
function guessDelimiter(text: string): string {
  const nl = text.search(/[\r\n]/);
  const first = nl < 0 ? text : text.slice(0, nl);
  return first.includes('\t') && !first.includes(',') ? '\t' : ',';
}

/** Yield records with their 1-based record number; a quoted newline stays inside its record. */
export function* parseCsvRecords(
  text: string,
  delimiter = ',',
  fileName = 'CSV',
  opts: { firstRowNo?: number; partial?: boolean } = {},
): Generator<{ rowNo: number; cells: string[] }, number | undefined> {
  const n = text.length;
  const delim = delimiter.charCodeAt(0);
  let i = 0;
  let rowNo = opts.firstRowNo ?? 0;
  while (i < n) {
    rowNo++;
    const recordStart = i;
    const cells: string[] = [];
    for (;;) {
      let value: string;
      if (text.charCodeAt(i) === 34 /* " */) {
        const startRow = rowNo;
        let j = i + 1;
        let parts = '';
        for (;;) {
          const q = text.indexOf('"', j);
          // A piece of a longer text (readTableRows) may end inside a quoted cell: say where its last record starts.
          if (q < 0 && opts.partial) return recordStart;
          if (q < 0)
            throw badRequest('csv-unclosed-quote', {
              zh: `文件“${fileName}”第 ${startRow} 行有未闭合的引号`,
              en: `"${fileName}" row ${startRow}: a quoted cell is never closed`,
            });
          parts += text.slice(j, q);
          if (text.charCodeAt(q + 1) === 34) {
            parts += '"';
            j = q + 2;
          } else {
            j = q + 1;
            break;
          }
        }
        // Anything between the closing quote and the delimiter is kept (lenient, as Excel does).
        let k = j;
        while (k < n && !isBreak(text.charCodeAt(k), delim)) k++;
        value = parts + text.slice(j, k);
        i = k;
      } else {
        let k = i;
        while (k < n && !isBreak(text.charCodeAt(k), delim)) k++;
        value = text.slice(i, k);
        i = k;
      }
      cells.push(value);
      if (i >= n) break;
      const c = text.charCodeAt(i);
      if (c === delim) {
        i++;
        if (i >= n) {
          cells.push('');
          break;
        }
        continue;
      }
      // line break: CRLF, LF or CR
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      break;
    }
    yield { rowNo, cells };
  }
  return undefined;
}

/** Bytes of CSV decoded per piece by readTableRows: its text is never held whole. */
const CSV_SLICE_BYTES = 1 << 20;

/**
 * The text of a CSV file piece by piece, each piece ending at a line break (decodeText's rules: UTF-16
 * with BOM, else UTF-8, else GB18030; binary refused). A line feed byte is never inside a UTF-8 or
 * GB18030 character, so pieces cut there decode alone; UTF-16 is decoded whole.
 */
function* csvTextPieces(buf: Buffer, fileName: string): Generator<string> {
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) {
    yield decodeText(buf, fileName);
    return;
  }
  if (buf.includes(0)) throw notText(fileName);
  const utf8 = isUtf8(buf);
  const body = utf8 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? buf.subarray(3) : buf;
  const decoder = new TextDecoder(utf8 ? 'utf-8' : 'gb18030', { fatal: true, ignoreBOM: true });
  for (let at = 0; at < body.length; ) {
    const nl = body.indexOf(10, at + CSV_SLICE_BYTES);
    const end = nl < 0 ? body.length : nl + 1;
    let text: string;
    try {
      text = decoder.decode(body.subarray(at, end));
    } catch {
      throw notText(fileName);
    }
    if (hasControlCharacters(text)) throw notText(fileName);
    yield text;
    at = end;
  }
}

/** The records of a CSV file, parsed piece by piece (a quoted cell spanning pieces is carried over). */
function* csvRecordsOf(buf: Buffer, fileName: string): Generator<{ rowNo: number; cells: string[] }> {
  let delimiter: string | undefined;
  let carry = '';
  let rowNo = 0;
  for (const piece of csvTextPieces(buf, fileName)) {
    const text = carry + piece;
    carry = '';
    delimiter ??= guessDelimiter(text);
    const it = parseCsvRecords(text, delimiter, fileName, { firstRowNo: rowNo, partial: true });
    for (let r = it.next(); ; r = it.next()) {
      if (r.done) {
        if (r.value !== undefined) carry = text.slice(r.value);
        break;
      }
      rowNo = r.value.rowNo;
      yield r.value;
    }
  }
  // A quote never closed: the whole parser's error, with its row number.
  if (carry) yield* parseCsvRecords(carry, delimiter ?? ',', fileName, { firstRowNo: rowNo });
}

/** Line breaks inside a cell become LF, as xlsx (XML) stores them. */
const normalizeCell = (c: string) => (c.includes('\r') ? c.replace(/\r\n?/g, '\n') : c).trim();

const isBreak = (c: number, delim: number) => c === delim || c === 10 || c === 13;

// ---------------------------------------------------------------------------------------------
// xlsx

/** Parse an xlsx on this thread (callers: readTable for small workbooks, and the worker). */
export async function readXlsx(buf: Buffer, fileName: string, maxRows: number): Promise<Table> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  } catch {
    throw unsupported(fileName, 'Excel 工作簿已损坏或无法解析', 'the Excel workbook is damaged or cannot be parsed');
  }
  const ws = wb.worksheets.find((w) => w.state === 'visible') ?? wb.worksheets[0];
  if (!ws) return { format: 'xlsx', headers: [], rows: [] };
  // rowCount is the last used row: a cheap upper bound before walking the rows.
  if (ws.actualRowCount - 1 > maxRows) throw tooManyRows(fileName, maxRows);

  const issues: FieldIssue[] = [];
  let headers: string[] = [];
  const rows: TableRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNo) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, colNo) => {
      const r = cellText(cell.value);
      cells[colNo - 1] = r.text;
      if (r.problem && issues.length < MAX_ISSUES) {
        const column = rowNo === 1 ? cell.address : headers[colNo - 1] || columnLetter(colNo);
        issues.push(precisionIssue(rowNo, column, cell.address));
      }
    });
    for (let c = 0; c < cells.length; c++) cells[c] ??= '';
    if (rowNo === 1) {
      headers = trimTrailingEmpty(cells);
      return;
    }
    if (cells.every((c) => c === '')) return;
    rows.push({ rowNo, cells: fitCells(cells, headers.length) });
  });
  if (rows.length > maxRows) throw tooManyRows(fileName, maxRows);
  if (issues.length > 0) throw precisionError(fileName, issues);
  return { format: 'xlsx', headers, rows };
}

/** The rows of an xlsx's first visible sheet (hidden ones skipped), as exceljs's streaming reader parses them. */
async function* xlsxSheetRows(buf: Buffer, fileName: string): AsyncGenerator<ExcelJS.Row> {
  const open = () =>
    new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([buf]), {
      worksheets: 'emit',
      sharedStrings: 'cache',
      // Styles: a date cell is a number with a date format; without them it would read as a serial number.
      styles: 'cache',
      hyperlinks: 'ignore',
      entries: 'ignore',
    });
  try {
    // The sheet readXlsx reads: the first visible one, else the first (a second pass: the bytes are in memory).
    for (const anySheet of [false, true]) {
      for await (const ws of open()) {
        const state = (ws as unknown as { state?: string }).state;
        if (!anySheet && state && state !== 'visible') continue;
        for await (const row of ws) yield row as ExcelJS.Row;
        return;
      }
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw unsupported(fileName, 'Excel 工作簿已损坏或无法解析', 'the Excel workbook is damaged or cannot be parsed');
  }
}

/** readXlsx's rules (row 1 the header, empty rows skipped, long numbers refused) over the streamed rows. */
async function streamXlsxRows(buf: Buffer, fileName: string, maxRows: number): Promise<TableStream> {
  const issues: FieldIssue[] = [];
  let headers: string[] = [];
  const cellsOf = (row: ExcelJS.Row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, colNo) => {
      const r = cellText(cell.value);
      cells[colNo - 1] = r.text;
      if (r.problem && issues.length < MAX_ISSUES) {
        const column = row.number === 1 ? cell.address : headers[colNo - 1] || columnLetter(colNo);
        issues.push(precisionIssue(row.number, column, cell.address));
      }
    });
    for (let c = 0; c < cells.length; c++) cells[c] ??= '';
    return cells;
  };
  const sheet = xlsxSheetRows(buf, fileName);
  const first = await sheet.next();
  let pending: ExcelJS.Row | undefined;
  if (!first.done) {
    if (first.value.number === 1) headers = trimTrailingEmpty(cellsOf(first.value));
    else pending = first.value;
  }
  const width = headers.length;
  async function* rows(): AsyncGenerator<TableRow> {
    let n = 0;
    for (let r = pending ? { done: false as const, value: pending } : await sheet.next(); !r.done; r = await sheet.next()) {
      const cells = cellsOf(r.value);
      if (cells.every((c) => c === '')) continue;
      if (++n > maxRows) throw tooManyRows(fileName, maxRows);
      yield { rowNo: r.value.number, cells: fitCells(cells, width) };
    }
    // As readXlsx: a number Excel has rounded refuses the file, its first cells named.
    if (issues.length > 0) throw precisionError(fileName, issues);
  }
  return { format: 'xlsx', headers, rows: rows() };
}

function precisionIssue(rowNo: number, column: string, address: string): FieldIssue {
  return {
    field: `rows[${rowNo}].${column}`,
    code: 'number-precision',
    message: {
      zh: `第 ${rowNo} 行“${column}”列（${address}）是超过15位的数字，Excel 已丢失末尾几位；请把该列设置为“文本”格式后重新输入`,
      en: `Row ${rowNo}, column "${column}" (${address}) is a number with more than 15 digits and Excel has lost its last digits; format the column as Text and enter it again`,
    },
  };
}

function precisionError(fileName: string, issues: FieldIssue[]) {
  return badRequest(
    'spreadsheet-number-precision',
    {
      zh: `文件“${fileName}”中有超过15位的数字单元格（如身份证号），数字已不准确；请将这些列设为“文本”格式`,
      en: `"${fileName}" has numeric cells with more than 15 digits (such as ID numbers) that are no longer exact; format those columns as Text`,
    },
    issues,
  );
}

/** Large workbooks are parsed one at a time, each in its own worker with a heap limit, so neither the
 *  event loop nor the server's heap carries them: a workbook that still exhausts the worker's heap
 *  costs that worker, not the process. */
let workerQueue: Promise<unknown> = Promise.resolve();
const WORKER_HEAP_MB = 2048;

function readXlsxInWorker(buf: Buffer, fileName: string, maxRows: number): Promise<Table> {
  const job = workerQueue.then(() => runWorker(buf, fileName, maxRows));
  workerQueue = job.catch(() => undefined);
  return job;
}

function runWorker(buf: Buffer, fileName: string, maxRows: number): Promise<Table> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./xlsx-worker.mjs', import.meta.url), {
      workerData: { buf, fileName, maxRows },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    let done = false;
    worker.once(
      'message',
      (m: {
        table?: Table;
        error?: { status: number; code: string; messages: { zh: string; en: string }; issues: FieldIssue[]; extra: Record<string, unknown> };
        message?: string;
      }) => {
        done = true;
        void worker.terminate();
        if (m.table) resolve(m.table);
        else if (m.error) reject(new AppError(m.error.status, m.error.code, m.error.messages, m.error.issues, m.error.extra));
        else reject(unsupported(fileName, 'Excel 工作簿已损坏或无法解析', 'the Excel workbook is damaged or cannot be parsed'));
      },
    );
    worker.once('error', (err: NodeJS.ErrnoException) => {
      if (done) return;
      done = true;
      if (err.code === 'ERR_WORKER_OUT_OF_MEMORY')
        reject(
          new AppError(413, 'file-too-large-uncompressed', {
            zh: `文件“${fileName}”内容过多，无法在内存上限内读取，请拆分后分批上传或改用 CSV`,
            en: `"${fileName}" holds too much to read within the memory limit; split it or use CSV`,
          }),
        );
      else reject(err);
    });
    worker.once('exit', (code) => {
      if (!done) reject(new Error(`xlsx worker exited with ${code}`));
    });
  });
}

/** Excel keeps 15 significant digits; an integer at or above 10^15 has lost digits. */
const PRECISION_LIMIT = 1e15;

export function cellText(value: ExcelJS.CellValue): { text: string; problem?: 'number-precision' } {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: normalizeCell(value) };
  if (typeof value === 'number') {
    if (Math.abs(value) >= PRECISION_LIMIT) return { text: plainNumber(value), problem: 'number-precision' };
    return { text: plainNumber(value) };
  }
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return { text: formatDate(value) };
  if (typeof value === 'object') {
    if ('richText' in value) return { text: normalizeCell(value.richText.map((r) => r.text).join('')) };
    if ('error' in value) return { text: String(value.error) };
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: unknown }).result;
      if (result !== null && typeof result === 'object' && 'error' in result) return { text: String(result.error) };
      return cellText((result ?? null) as ExcelJS.CellValue);
    }
    if ('text' in value) {
      const t = (value as { text: unknown }).text;
      return typeof t === 'string' ? { text: normalizeCell(t) } : cellText(t as ExcelJS.CellValue);
    }
  }
  return { text: String(value).trim() };
}

/** 0.1+0.2 → "0.3", 1e16 → "10000000000000000": 15 significant digits, never exponent notation for integers. */
function plainNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n)) return BigInt(n).toString();
  const rounded = Number(n.toPrecision(15));
  const s = String(rounded);
  if (!s.includes('e')) return s;
  // Tiny fractions: write them out in full.
  return rounded.toFixed(20).replace(/0+$/, '');
}

/** Excel dates carry no time zone: exceljs gives them as UTC instants. */
function formatDate(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const iso = d.toISOString();
  const time = iso.slice(11, 19);
  return time === '00:00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time}`;
}

function columnLetter(colNo: number): string {
  let s = '';
  for (let n = colNo; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

// ---------------------------------------------------------------------------------------------
// shared helpers

function tooManyRows(fileName: string, maxRows: number) {
  return badRequest('too-many-rows', {
    zh: `文件“${fileName}”超过 ${maxRows} 行数据的上限，请拆分后分批上传`,
    en: `"${fileName}" has more than the limit of ${maxRows} data rows; split it and upload in parts`,
  });
}

/** Pad to the header width; keep extra non-empty cells so nothing typed is silently lost. */
function fitCells(cells: string[], width: number): string[] {
  const out = trimTrailingEmpty(cells);
  while (out.length < width) out.push('');
  return out;
}

function trimTrailingEmpty(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end--;
  return cells.slice(0, end);
}

// ---------------------------------------------------------------------------------------------
// Writing

export interface ExportColumn {
  header: string;
  key: string;
  width?: number;
}

export interface ExportSheet {
  name: string;
  columns: ExportColumn[];
  rows: Record<string, unknown>[];
  /** Lines above the header row, each merged across the columns (a form's title and its 填表 line). */
  preface?: string[];
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** OWASP CSV-injection rule: a text cell that a spreadsheet could read as a formula gets a leading quote. */
export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The value as an export cell: text escaped, numbers and booleans kept, dates as YYYY-MM-DD. */
function exportValue(v: unknown): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return v.toString();
  if (v instanceof Date) return formatDate(v);
  if (typeof v === 'object') return escapeFormula(JSON.stringify(v));
  return escapeFormula(String(v));
}

export async function writeXlsx(sheets: ExportSheet[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Shishi';
  const used = new Set<string>();
  for (const sheet of sheets) {
    const pre = sheet.preface ?? [];
    const ws = wb.addWorksheet(uniqueSheetName(sheet.name, used), { views: [{ state: 'frozen', ySplit: 1 + pre.length }] });
    ws.columns = sheet.columns.map((c) => ({
      header: c.header,
      key: c.key,
      width: c.width ?? Math.min(60, Math.max(10, displayWidth(c.header) + 2)),
      // Text format keeps long digit strings (ID numbers) as typed when the user edits the file.
      style: { numFmt: '@' },
    }));
    ws.getRow(1).font = { bold: true };
    for (const row of sheet.rows) {
      const values: Record<string, unknown> = {};
      for (const c of sheet.columns) values[c.key] = exportValue(row[c.key]);
      ws.addRow(values);
    }
    for (let i = pre.length - 1; i >= 0; i--) ws.insertRow(1, [escapeFormula(pre[i]!)]);
    pre.forEach((_, i) => {
      if (sheet.columns.length > 1) ws.mergeCells(i + 1, 1, i + 1, sheet.columns.length);
      ws.getRow(i + 1).font = { bold: i === 0, size: i === 0 ? 14 : 11 };
    });
    if (pre.length) ws.getRow(pre.length + 1).font = { bold: true };
  }
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}

/** Sheet names: at most 31 characters, none of []:*?/\ and unique in the workbook (case-insensitive). */
function uniqueSheetName(raw: string, used: Set<string>): string {
  const base = (
    raw
      .replace(/[[\]:*?/\\]/g, '_')
      .replace(/^'+|'+$/g, '')
      .trim() || 'Sheet'
  ).slice(0, 31);
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 1)}_${n}`;
  used.add(name.toLowerCase());
  return name;
}

/** CJK characters take two columns in Excel. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
  return w;
}

/** CSV with a UTF-8 BOM (Excel in China otherwise opens it as GBK) and CRLF line ends. */
export function writeCsv(columns: ExportColumn[], rows: Record<string, unknown>[]): string {
  const lines = [columns.map((c) => csvField(escapeFormula(c.header))).join(',')];
  for (const row of rows)
    lines.push(
      columns
        .map((c) => {
          const v = exportValue(row[c.key]);
          return csvField(v === null ? '' : String(v));
        })
        .join(','),
    );
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function csvField(s: string): string {
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

// ——— Streamed exports (issue 14 §2: "exports of a district (hundreds of thousands of rows) streamed,
// memory flat"). The rows arrive in chunks from a keyset cursor over the database; each chunk is
// written and let go before the next is read, the reader waits while the client is slower than the
// database (back-pressure), and stops when the client goes away. A failure after the first byte
// cuts the download (the browser reports it failed) rather than leaving a short file that looks whole.

/** One sheet, header in row 1, written row by row as the chunks arrive: an .xlsx stream. */
export function streamXlsx(sheet: { name: string; columns: ExportColumn[] }, chunks: AsyncIterable<Record<string, unknown>[]>): Readable {
  const out = new PassThrough();
  // Fastest deflate: the file is a download that is opened once; level 1 writes about twice as fast and is a little larger.
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
    zip: { zlib: { level: 1 } },
  } as ConstructorParameters<typeof ExcelJS.stream.xlsx.WorkbookWriter>[0]);
  wb.creator = 'Shishi';
  const ws = wb.addWorksheet(uniqueSheetName(sheet.name, new Set()), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = sheet.columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width ?? Math.min(60, Math.max(10, displayWidth(c.header) + 2)),
    style: { numFmt: '@' },
  }));
  ws.getRow(1).font = { bold: true };
  void (async () => {
    for await (const rows of chunks) {
      if (out.destroyed) return;
      for (const row of rows) {
        const values: Record<string, unknown> = {};
        for (const c of sheet.columns) values[c.key] = exportValue(row[c.key]);
        ws.addRow(values).commit();
      }
      if (out.writableNeedDrain) await Promise.race([once(out, 'drain'), once(out, 'close')]);
    }
    ws.commit();
    await wb.commit();
  })().catch((e) => out.destroy(e as Error));
  return out;
}

/** The same as CSV (UTF-8 BOM, CRLF), chunk by chunk. */
export function streamCsv(columns: ExportColumn[], chunks: AsyncIterable<Record<string, unknown>[]>): Readable {
  async function* lines() {
    yield '\uFEFF' + columns.map((c) => csvField(escapeFormula(c.header))).join(',') + '\r\n';
    for await (const rows of chunks) {
      let text = '';
      for (const row of rows)
        text +=
          columns
            .map((c) => {
              const v = exportValue(row[c.key]);
              return csvField(v === null ? '' : String(v));
            })
            .join(',') + '\r\n';
      yield text;
    }
  }
  return Readable.from(lines());
}
