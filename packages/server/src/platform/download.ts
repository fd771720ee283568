// The one way a route answers with a file: the content type, a filename that survives any browser
// (ASCII fallback plus RFC 5987 `filename*` for Chinese names), and no caching (files carry
// personal data).
import type { FastifyReply } from 'fastify';
import type { Readable } from 'node:stream';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV = 'text/csv; charset=utf-8';

export interface Download {
  fileName: string;
  type: string;
  body: Buffer | Uint8Array | string | Readable;
}

/** `attachment; filename="…"; filename*=UTF-8''…` for any name. */
export function contentDisposition(fileName: string, disposition: 'attachment' | 'inline' = 'attachment') {
  const clean = fileName.replace(/[\u0000-\u001f\u007f"\\/]/g, '_');
  const ascii = clean.replace(/[^\x20-\x7e]/g, '_');
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(clean)}`;
}

export function sendDownload(reply: FastifyReply, d: Download, disposition: 'attachment' | 'inline' = 'attachment') {
  return reply.type(d.type).header('content-disposition', contentDisposition(d.fileName, disposition)).header('cache-control', 'no-store').send(d.body);
}
