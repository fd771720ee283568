// SQL for documents (application evidence). The bytes are in `content`; lists select only the meta columns.
import type { Executor } from '../../platform/context.ts';
import type { checkDocument } from './content.ts';

const metaColumns = ['id', 'doc_type', 'file_name', 'mime', 'size_bytes', 'sha256', 'created_at', 'application_id', 'uploaded_by', 'removed_at'] as const;

export function insertDocument(
  db: Executor,
  d: { type: string; fileName: string; mime: ReturnType<typeof checkDocument>['mime']; size: number; sha256: string; content: Buffer; uploadedBy: number; personId: number | null },
) {
  return db
    .insertInto('documents')
    .values({ doc_type: d.type, file_name: d.fileName, mime: d.mime, size_bytes: d.size, sha256: d.sha256, content: d.content, uploaded_by: d.uploadedBy, person_id: d.personId })
    .returning(metaColumns)
    .executeTakeFirstOrThrow();
}

export function findOwnUnattached(db: Executor, accountId: number, ids: number[]) {
  return db.selectFrom('documents').select(metaColumns).where('id', 'in', ids).where('uploaded_by', '=', accountId).where('application_id', 'is', null).where('removed_at', 'is', null).execute();
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
