// Bounds on a zip archive (an .xlsx) before anything parses it. A 3 MiB workbook whose sheet inflates
// to 3 GiB took the server down: exceljs (through JSZip) inflates every entry whole into memory and
// trusts nothing but the bytes. So we read the central directory ourselves, refuse on the declared
// sizes, then inflate each entry as a stream that is thrown away, counting the real bytes (the
// declared sizes can lie) and the worksheet rows. A small reader of our own: the format part needed
// is ~50 lines (APPNOTE 4.3), and the counting inflate has to be ours anyway.
import zlib from 'node:zlib';
import { AppError, badRequest } from './errors.ts';

export interface ZipLimits {
  /** Largest uncompressed size of one entry. */
  maxEntryBytes: number;
  /** Largest uncompressed size of all entries together. */
  maxTotalBytes: number;
  maxEntries: number;
  /** Most `<row>` elements in any one worksheet (the data rows plus the header). */
  maxSheetRows: number;
}

export interface ZipSummary {
  entries: number;
  totalBytes: number;
  /** Row elements per worksheet entry. */
  sheetRows: Record<string, number>;
}

const EOCD = 0x06054b50;
const CEN = 0x02014b50;
const LOC = 0x04034b50;

const mib = (n: number) => `${Math.round((n / 1048576) * 10) / 10} MiB`;

function tooLarge(fileName: string, entry: string, zh: string, en: string, limit: number) {
  return new AppError(
    413,
    'file-too-large-uncompressed',
    {
      zh: `文件“${fileName}”解压后过大：${zh}。请删去多余内容或拆分后分批上传`,
      en: `"${fileName}" is too large once uncompressed: ${en}. Remove what is not needed or split it`,
    },
    [{ field: 'file', code: 'file-too-large-uncompressed', message: { zh, en } }],
    { entry, limit },
  );
}

function damaged(fileName: string, why: string) {
  return badRequest('file-format-unsupported', {
    zh: `无法读取文件“${fileName}”：Excel 工作簿已损坏或无法解析（${why}）。请上传 Excel 工作簿（.xlsx）或 CSV 文件`,
    en: `Cannot read "${fileName}": the Excel workbook is damaged or cannot be parsed (${why}). Upload an Excel workbook (.xlsx) or a CSV file`,
  });
}

interface Entry {
  name: string;
  method: number;
  compressed: number;
  declared: number;
  dataStart: number;
}

/** The central directory: names, methods and sizes, checked against the limits as declared. */
export function readCentralDirectory(buf: Buffer, fileName: string, limits: ZipLimits): Entry[] {
  // The end-of-central-directory record sits in the last 22 bytes plus a comment of up to 64 KiB.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--)
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw damaged(fileName, 'no zip directory');
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  // Zip64 markers: an xlsx that needs them is beyond every limit here.
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff)
    throw tooLarge(fileName, '', 'Zip64 压缩包', 'a Zip64 archive', limits.maxTotalBytes);
  if (count > limits.maxEntries)
    throw tooLarge(
      fileName,
      '',
      `压缩包内有 ${count} 个条目，上限 ${limits.maxEntries}`,
      `${count} entries in the archive, the limit is ${limits.maxEntries}`,
      limits.maxEntries,
    );
  if (cdOffset + cdSize > eocd) throw damaged(fileName, 'zip directory out of range');
  const entries: Entry[] = [];
  let total = 0;
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CEN) throw damaged(fileName, 'bad zip directory entry');
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const declared = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    p += 46 + nameLen + extraLen + commentLen;
    if (flags & 1) throw damaged(fileName, `encrypted entry ${name}`);
    if (method !== 0 && method !== 8) throw damaged(fileName, `entry ${name} uses compression method ${method}`);
    if (declared === 0xffffffff || compressed === 0xffffffff || local === 0xffffffff)
      throw tooLarge(fileName, name, `条目 ${name} 为 Zip64`, `entry ${name} is Zip64`, limits.maxEntryBytes);
    if (declared > limits.maxEntryBytes)
      throw tooLarge(
        fileName,
        name,
        `条目 ${name} 解压后 ${mib(declared)}，上限 ${mib(limits.maxEntryBytes)}`,
        `entry ${name} inflates to ${mib(declared)}, the limit is ${mib(limits.maxEntryBytes)}`,
        limits.maxEntryBytes,
      );
    total += declared;
    if (total > limits.maxTotalBytes)
      throw tooLarge(
        fileName,
        name,
        `解压后合计超过 ${mib(limits.maxTotalBytes)}（至条目 ${name}）`,
        `more than ${mib(limits.maxTotalBytes)} in all (at entry ${name})`,
        limits.maxTotalBytes,
      );
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOC) throw damaged(fileName, `bad local header of ${name}`);
    const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (dataStart + compressed > buf.length) throw damaged(fileName, `entry ${name} runs past the end`);
    entries.push({ name, method, compressed, declared, dataStart });
  }
  return entries;
}

const isWorksheet = (name: string) => /^xl\/worksheets\/[^/]+\.xml$/i.test(name);

/** Row elements in a chunk: `<row ` or `<x:row>` (a namespace prefix); `tail` carries bytes across chunks. */
class RowCounter {
  count = 0;
  #tail = Buffer.alloc(0);
  feed(chunk: Buffer) {
    const b = this.#tail.length ? Buffer.concat([this.#tail, chunk]) : chunk;
    const carried = this.#tail.length;
    for (let i = b.indexOf('row', 1); i >= 0; i = b.indexOf('row', i + 3)) {
      const prev = b[i - 1];
      const next = b[i + 3];
      // Counted when its last byte arrives, so a match split across chunks is counted once.
      if (next === undefined || i + 3 < carried) continue;
      if ((prev === 0x3c || prev === 0x3a) && (next === 0x20 || next === 0x3e || next === 0x2f || next === 0x09 || next === 0x0a || next === 0x0d)) {
        if (prev === 0x3a && !isOpenTag(b, i - 1)) continue;
        this.count++;
      }
    }
    this.#tail = Buffer.from(b.subarray(Math.max(0, b.length - 16)));
  }
}

/** For `x:row`: the prefix before the colon starts right after a `<` (and not `</`). */
function isOpenTag(b: Buffer, colon: number): boolean {
  let j = colon - 1;
  while (j >= 0 && j > colon - 12 && /[A-Za-z0-9_.-]/.test(String.fromCharCode(b[j]!))) j--;
  return j >= 0 && j < colon - 1 && b[j] === 0x3c;
}

/** Inflate one entry without keeping it, counting real bytes (and rows of a worksheet). */
function measure(buf: Buffer, e: Entry, budget: number, onTooLarge: (actual: number) => AppError, fileName: string): Promise<{ bytes: number; rows: number }> {
  const data = buf.subarray(e.dataStart, e.dataStart + e.compressed);
  const rows = isWorksheet(e.name) ? new RowCounter() : null;
  if (e.method === 0) {
    rows?.feed(data);
    if (data.length > budget) return Promise.reject(onTooLarge(data.length));
    return Promise.resolve({ bytes: data.length, rows: rows?.count ?? 0 });
  }
  return new Promise((resolve, reject) => {
    // The libuv thread pool inflates, so the event loop stays free while a large entry is measured.
    const inflate = zlib.createInflateRaw({ chunkSize: 256 * 1024 });
    let bytes = 0;
    let settled = false;
    const fail = (err: unknown) => {
      if (settled) return;
      settled = true;
      inflate.destroy();
      reject(err);
    };
    inflate.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > budget) return fail(onTooLarge(bytes));
      rows?.feed(chunk);
    });
    inflate.on('error', () => fail(damaged(fileName, `entry ${e.name} does not inflate`)));
    inflate.on('end', () => {
      if (settled) return;
      settled = true;
      resolve({ bytes, rows: rows?.count ?? 0 });
    });
    inflate.end(data);
  });
}

/**
 * Check an xlsx against the limits before it is parsed: the declared sizes first (cheap), then the
 * real ones by inflating every entry into nothing. Throws 413 `file-too-large-uncompressed` naming
 * the entry, 400 `too-many-rows` for a worksheet over the row limit, 400 for a damaged archive.
 */
export async function checkZipBounds(buf: Buffer, fileName: string, limits: ZipLimits, tooManyRows: () => AppError): Promise<ZipSummary> {
  const entries = readCentralDirectory(buf, fileName, limits);
  let total = 0;
  const sheetRows: Record<string, number> = {};
  for (const e of entries) {
    const budget = Math.min(limits.maxEntryBytes, limits.maxTotalBytes - total, e.declared);
    const { bytes, rows } = await measure(
      buf,
      e,
      budget,
      (actual) =>
        actual > e.declared && e.declared < Math.min(limits.maxEntryBytes, limits.maxTotalBytes - total)
          ? tooLarge(
              fileName,
              e.name,
              `条目 ${e.name} 实际解压大小超过其声明的 ${mib(e.declared)}`,
              `entry ${e.name} inflates to more than the ${mib(e.declared)} it declares`,
              e.declared,
            )
          : tooLarge(
              fileName,
              e.name,
              `条目 ${e.name} 解压后超过上限 ${mib(Math.min(limits.maxEntryBytes, limits.maxTotalBytes))}`,
              `entry ${e.name} inflates beyond the limit of ${mib(Math.min(limits.maxEntryBytes, limits.maxTotalBytes))}`,
              limits.maxEntryBytes,
            ),
      fileName,
    );
    total += bytes;
    if (isWorksheet(e.name)) {
      sheetRows[e.name] = rows;
      if (rows > limits.maxSheetRows) throw tooManyRows();
    }
  }
  return { entries: entries.length, totalBytes: total, sheetRows };
}
