// Uploaded evidence is checked by its bytes, never by its name or the browser's content type
// (checks-and-safeguards.md "Files"): PDF, JPEG or PNG only, capped in size, stored with a SHA-256.
import crypto from 'node:crypto';
import { badRequest, AppError } from '../../platform/errors.ts';

export type DocumentMime = 'application/pdf' | 'image/jpeg' | 'image/png';

/** A single document is at most 10 MiB (a scanned certificate or discharge summary); the upload limit may be lower. */
export const DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;

const signatures: { mime: DocumentMime; magic: number[] }[] = [
  { mime: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { mime: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  { mime: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

export function sniffMime(buf: Buffer): DocumentMime | null {
  return signatures.find((s) => buf.length >= s.magic.length && s.magic.every((b, i) => buf[i] === b))?.mime ?? null;
}

export function checkDocument(buf: Buffer, fileName: string, maxBytes: number) {
  if (buf.length === 0) throw badRequest('file-empty', { zh: `文件“${fileName}”是空的`, en: `The file "${fileName}" is empty` });
  if (buf.length > maxBytes)
    throw new AppError(413, 'file-too-large', {
      zh: `文件“${fileName}”超过 ${Math.floor(maxBytes / 1048576)} MB`,
      en: `The file "${fileName}" is larger than ${Math.floor(maxBytes / 1048576)} MB`,
    });
  const mime = sniffMime(buf);
  if (!mime)
    throw badRequest(
      'file-type-not-allowed',
      {
        zh: `文件“${fileName}”的内容不是 PDF、JPEG 或 PNG（按文件内容判断，与扩展名无关）`,
        en: `The content of "${fileName}" is not a PDF, JPEG or PNG (judged by its bytes, not its name)`,
      },
      [{ field: 'file', code: 'file-type-not-allowed', message: { zh: '仅接受 PDF、JPEG、PNG', en: 'only PDF, JPEG or PNG' } }],
    );
  return { mime, sha256: crypto.createHash('sha256').update(buf).digest('hex'), size: buf.length };
}
