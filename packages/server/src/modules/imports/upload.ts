import type { FastifyRequest } from 'fastify';
import { badRequest } from '../../platform/errors.ts';
import { cleanFileName } from '../../platform/file-names.ts';
import type { Services } from '../../platform/services.ts';

/** Read the one uploaded file of a multipart request (field `file`), with its other fields. */
export async function readUpload(req: FastifyRequest, s: Services) {
  if (!req.isMultipart()) throw badRequest('invalid-input', { zh: '请以 multipart/form-data 上传文件（字段 file）', en: 'Upload the file as multipart/form-data (field `file`)' });
  const part = await req.file({ limits: { fileSize: s.config.uploadMaxBytes } });
  if (!part) throw badRequest('invalid-input', { zh: '没有收到文件', en: 'No file was received' }, [{ field: 'file', code: 'required', message: { zh: '请选择文件', en: 'choose a file' } }]);
  const buffer = await part.toBuffer();
  const fields: Record<string, string> = {};
  for (const [k, v] of Object.entries(part.fields)) {
    const f = v as { type?: string; value?: unknown };
    if (f && f.type === 'field') fields[k] = String(f.value);
  }
  // The name is shown again (lists, messages, audit): no bidi or control characters; modules add the type's extension.
  return { buffer, fileName: cleanFileName(part.filename), fields };
}
