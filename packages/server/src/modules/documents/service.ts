// Evidence attached to applications. Bytes live in the database (bytea) so both engines and every
// backup carry them; only reviewers in scope read the content, and each read is audited.
import { can, pathInScope } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { forbidden, invalidField, notFound } from '../../platform/errors.ts';
import type { Executor, RequestContext } from '../../platform/context.ts';
import type { Services } from '../../platform/services.ts';
import { DOCUMENT_MAX_BYTES, checkDocument } from './content.ts';
import { nameForType } from '../../platform/file-names.ts';
import { applicationRef } from '../applications/api.ts';
import { documentTypeName } from '../programs/api.ts';
import * as repo from './repository.ts';

/** 12 KB, 1.5 MB: a file size as the back office reads it. */
const sizeText = (n: number) => (n < 1024 ? `${n} B` : n < 1048576 ? `${Math.round(n / 1024)} KB` : `${(n / 1048576).toFixed(1)} MB`);

export const documentTypeRe = /^[a-z][a-z0-9-]{1,39}$/;

export function presentDocument(d: {
  id: number;
  doc_type: string;
  file_name: string;
  mime: string;
  size_bytes: number;
  sha256: string;
  created_at: Date;
  application_id: number | null;
}) {
  return {
    id: d.id,
    type: d.doc_type,
    fileName: d.file_name,
    mime: d.mime,
    size: d.size_bytes,
    sha256: d.sha256,
    uploadedAt: d.created_at,
    applicationId: d.application_id,
  };
}

export async function uploadDocument(s: Services, ctx: RequestContext, buf: Buffer, fileName: string, type: string | undefined) {
  const actor = ctx.actor!;
  if (!type || !documentTypeRe.test(type))
    throw invalidField('type', 'invalid-document-type', {
      zh: '请在文件之前给出材料类型（字段 type，如 certificate）',
      en: 'give the document type (field `type`, e.g. certificate) before the file',
    });
  const checked = checkDocument(buf, fileName, Math.min(DOCUMENT_MAX_BYTES, s.config.uploadMaxBytes));
  // Stored under the extension of what it is: a PDF sent as "x.exe" or "x.html" is kept as x.pdf.
  fileName = nameForType(fileName, checked.mime, 'document');
  return s.database.db.transaction().execute(async (trx) => {
    const row = await repo.insertDocument(trx, {
      type,
      fileName,
      mime: checked.mime,
      size: checked.size,
      sha256: checked.sha256,
      content: buf,
      uploadedBy: actor.accountId,
      personId: actor.personId,
    });
    // The summary names the material as the programs call it (issue 12 §4: no codes in the Chinese UI); the hash stays in `after`.
    const name = (await documentTypeName(trx, type))?.zh ?? type;
    await writeAudit(trx, ctx, {
      action: 'document.upload',
      entity: 'document',
      entityId: row.id,
      summary: `${name}：${fileName}（${sizeText(checked.size)}）`,
      after: { type, fileName, size: checked.size, sha256: checked.sha256 },
    });
    return presentDocument(row);
  });
}

/** Unattached uploads of this account, as the submit and resubmit steps take them. */
export function findOwnUnattached(db: Executor, accountId: number, ids: number[]) {
  if (!ids.length) return Promise.resolve([]);
  return repo.findOwnUnattached(db, accountId, ids);
}

export function documentsOf(db: Executor, applicationId: number) {
  return repo.documentsOf(db, applicationId);
}

/** Attaches the caller's checked uploads to an application, in the caller's transaction (the documents module's exported write). */
export async function attach(trx: Executor, applicationId: number, documentIds: number[]) {
  if (documentIds.length) await repo.attach(trx, applicationId, documentIds);
}

/** Marks documents of an application removed (kept for the record, no longer part of it). */
export async function detach(trx: Executor, applicationId: number, documentIds: number[]) {
  if (documentIds.length) await repo.markRemoved(trx, applicationId, documentIds);
}

/** The bytes, for a reviewer whose scope holds the application. Members and unattached files: none. */
export async function readContent(s: Services, ctx: RequestContext, id: number) {
  const actor = ctx.actor!;
  if (!can(actor, 'applications.review')) throw forbidden({ zh: '材料原件仅供审核人员查看', en: 'Only reviewers may open the documents' });
  return s.database.db.transaction().execute(async (trx) => {
    const doc = await repo.attachedContent(trx, id);
    const app = doc?.application_id != null ? await applicationRef(trx, doc.application_id) : undefined;
    const d = doc && app && pathInScope(actor, app.orgPath) ? { ...doc, no: app.no, org_path: app.orgPath } : undefined;
    if (!d) throw notFound('document', id);
    await writeAudit(trx, ctx, { action: 'document.view', entity: 'document', entityId: id, orgPath: d.org_path, summary: `${d.no} ${d.file_name}` });
    return { fileName: d.file_name, mime: d.mime, sha256: d.sha256, body: Buffer.from(d.content) };
  });
}

// Site photos (issue 11 §2, §3): a document attached to a site of the sites module instead of an
// application. The sites module checks the scope of the site; these only move the caller's uploads.

/**
 * Attaches the caller's own unattached uploads to a site, in the caller's transaction. Answers the
 * ids attached; an id that is not the caller's, already attached or removed is left out (the caller
 * compares and refuses).
 */
export async function attachToSite(trx: Executor, siteId: number, accountId: number, documentIds: number[]) {
  if (!documentIds.length) return [] as { id: number; mime: string }[];
  return repo.attachOwnToSite(trx, siteId, accountId, documentIds);
}

/** The documents (photos) of a site, oldest first. */
export function documentsOfSite(db: Executor, siteId: number) {
  return repo.siteDocuments(db, siteId);
}

/** One site photo's bytes, given the site it must belong to (the sites module checked its scope). */
export async function siteDocumentContent(db: Executor, siteId: number, documentId: number) {
  const d = await repo.siteDocumentRow(db, siteId, documentId);
  if (!d) throw notFound('document', documentId);
  return { fileName: d.file_name, mime: d.mime, sha256: d.sha256, body: Buffer.from(d.content) };
}

/**
 * One document's bytes by id, for a module that has already checked the caller may see it (a protection claim's
 * documents: the claim names them, and the protection module checks the claim's scope and the reviewer's role).
 */
export async function contentOf(db: Executor, documentId: number) {
  const d = await repo.contentById(db, documentId);
  if (!d) throw notFound('document', documentId);
  return { fileName: d.file_name, mime: d.mime, sha256: d.sha256, body: Buffer.from(d.content) };
}
