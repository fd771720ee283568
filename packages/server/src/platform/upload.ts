// The one way a route reads an uploaded file: a multipart request with one file (field `file`) and
// a few text fields. The size is bounded while streaming (the app-wide `uploadMaxBytes`, or a
// smaller bound a module asks for; too large → 413 `file-too-large`), the name is cleaned for
// showing again, and the type is detected from the leading bytes, never from the name or the
// client's content type. Modules still check the content they accept (spreadsheets.ts for tables,
// documents for PDF/JPEG/PNG); `type` is the quick first look.
import type { FastifyRequest } from 'fastify';
import { badRequest } from './errors.ts';
import { cleanFileName } from './file-names.ts';
import type { Services } from './services.ts';

/** What the leading bytes say the file is. `zip` covers .xlsx/.docx; `text` is anything without NUL bytes (CSV included). */
export type UploadType = 'pdf' | 'jpeg' | 'png' | 'zip' | 'ole2' | 'text' | 'empty' | 'binary';

export interface Upload {
  buffer: Buffer;
  /** The client's name, without bidi or control characters; modules add the type's extension. */
  fileName: string;
  /** The other (text) fields of the form, sent before the file. */
  fields: Record<string, string>;
  /** Detected from the content. */
  type: UploadType;
}

export interface UploadOptions {
  /** A bound below the app-wide `uploadMaxBytes` (never above it). */
  maxBytes?: number;
}

const signatures: { type: UploadType; magic: number[] }[] = [
  { type: 'pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'jpeg', magic: [0xff, 0xd8, 0xff] },
  { type: 'png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'zip', magic: [0x50, 0x4b, 0x03, 0x04] },
  { type: 'ole2', magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] }, // old Office (.xls, .doc)
];

/** The type of a file by its content. UTF-16 text (with BOM) counts as text; NUL elsewhere in the first 8 KiB means binary. */
export function detectUploadType(buf: Buffer): UploadType {
  if (buf.length === 0) return 'empty';
  const sig = signatures.find((s) => buf.length >= s.magic.length && s.magic.every((b, i) => buf[i] === b));
  if (sig) return sig.type;
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) return 'text';
  return buf.subarray(0, 8192).includes(0) ? 'binary' : 'text';
}

/** Read the one uploaded file of a multipart request (field `file`), with its other fields. */
export async function readUpload(req: FastifyRequest, s: Services, opts: UploadOptions = {}): Promise<Upload> {
  if (!req.isMultipart())
    throw badRequest('invalid-input', { zh: '请以 multipart/form-data 上传文件（字段 file）', en: 'Upload the file as multipart/form-data (field `file`)' });
  const fileSize = Math.min(opts.maxBytes ?? Infinity, s.config.uploadMaxBytes);
  const part = await req.file({ limits: { fileSize } });
  if (!part)
    throw badRequest('invalid-input', { zh: '没有收到文件', en: 'No file was received' }, [
      { field: 'file', code: 'required', message: { zh: '请选择文件', en: 'choose a file' } },
    ]);
  // The app registers multipart with throwFileSizeLimit: a file above the bound throws here (→ 413), never arrives cut short.
  const buffer = await part.toBuffer();
  const fields: Record<string, string> = {};
  for (const [k, v] of Object.entries(part.fields)) {
    const f = v as { type?: string; value?: unknown };
    if (f && f.type === 'field') fields[k] = String(f.value);
  }
  return { buffer, fileName: cleanFileName(part.filename), fields, type: detectUploadType(buffer) };
}
