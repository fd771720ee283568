// The response schema of GET /health.
import { z } from 'zod';

export const ZHealth = z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']), databaseMs: z.number(), version: z.string() });
