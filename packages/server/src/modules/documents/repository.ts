// SQL for documents (application evidence). The bytes are in `content`; lists select only the meta columns.
import type { Executor } from '../../platform/context.ts';
import type { checkDocument } from './content.ts';

const metaColumns = ['id', 'doc_type', 'file_name', 'mime', 'size_bytes', 'sha256', 'created_at', 'application_id', 'uploaded_by', 'removed_at'] as const;

export function insertDocument(
  db: Executor,
  d: {
    type: string;
    fileName: string;
    mime: ReturnType<typeof checkDocument>['mime'];
    size: number;
    sha256: string;
    content: Buffer;
    uploadedBy: number;
    personId: number | null;
  },
) {
  return db
    .insertInto('documents')
    .values({
      doc_type: d.type,
      file_name: d.fileName,
      mime: d.mime,
      size_bytes: d.size,
      sha256: d.sha256,
      content: d.content,
      uploaded_by: d.uploadedBy,
      person_id: d.personId,
    })
    .returning(metaColumns)
    .executeTakeFirstOrThrow();
}

export function findOwnUnattached(db: Executor, accountId: number, ids: number[]) {
  return db
    .selectFrom('documents')
    .select(metaColumns)
    .where('id', 'in', ids)
    .where('uploaded_by', '=', accountId)
    .where('application_id', 'is', null)
    .where('removed_at', 'is', null)
    .execute();
}

export function documentsOf(db: Executor, applicationId: number) {
  return db.selectFrom('documents').select(metaColumns).where('application_id', '=', applicationId).where('removed_at', 'is', null).orderBy('id').execute();
}

export async function attach(db: Executor, applicationId: number, documentIds: number[]) {
  await db.updateTable('documents').set({ application_id: applicationId }).where('id', 'in', documentIds).execute();
}

export async function markRemoved(db: Executor, applicationId: number, documentIds: number[]) {
  await db.updateTable('documents').set({ removed_at: new Date() }).where('id', 'in', documentIds).where('application_id', '=', applicationId).execute();
}

/** An attached document with its bytes (unattached uploads are nobody's to read). */
export function attachedContent(db: Executor, id: number) {
  return db
    .selectFrom('documents')
    .select(['id', 'file_name', 'mime', 'content', 'sha256', 'application_id'])
    .where('id', '=', id)
    .where('application_id', 'is not', null)
    .executeTakeFirst();
}

// Site photos (issue 11 §2, §3): documents attached to a site instead of an application.

/** Attaches the account's own unattached, unremoved uploads among `documentIds` to a site; the ids (and mime) attached. */
export function attachOwnToSite(trx: Executor, siteId: number, accountId: number, documentIds: number[]) {
  return trx
    .updateTable('documents')
    .set({ site_id: siteId })
    .where('id', 'in', documentIds)
    .where('uploaded_by', '=', accountId)
    .where('application_id', 'is', null)
    .where('site_id', 'is', null)
    .where('removed_at', 'is', null)
    .returning(['id', 'mime'])
    .execute();
}

/** A site's documents (meta columns), oldest first. */
export function siteDocuments(db: Executor, siteId: number) {
  return db
    .selectFrom('documents')
    .select(['id', 'doc_type', 'file_name', 'mime', 'size_bytes', 'sha256', 'created_at'])
    .where('site_id', '=', siteId)
    .where('removed_at', 'is', null)
    .orderBy('id')
    .execute();
}

/** One site document with its bytes, or undefined. */
export function siteDocumentRow(db: Executor, siteId: number, documentId: number) {
  return db
    .selectFrom('documents')
    .select(['id', 'file_name', 'mime', 'content', 'sha256'])
    .where('id', '=', documentId)
    .where('site_id', '=', siteId)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
}

/** One document's bytes and names by id, unless removed. */
export function contentById(db: Executor, documentId: number) {
  return db
    .selectFrom('documents')
    .select(['id', 'file_name', 'mime', 'content', 'sha256'])
    .where('id', '=', documentId)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
}
