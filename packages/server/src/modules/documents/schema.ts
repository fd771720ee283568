// Response schemas of the documents routes.
import { z } from 'zod';
import { ZTimestamp } from '../../platform/schemas.ts';

/** A document's metadata, as presentDocument answers it. */
export const ZDocument = z.object({
  id: z.number().int(),
  type: z.string(),
  fileName: z.string(),
  mime: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  uploadedAt: ZTimestamp,
  applicationId: z.number().int().nullable(),
});

/** The bytes of a document (PDF, JPEG or PNG): described, not validated. */
export const ZDocumentContent = z.any().describe('binary file');
