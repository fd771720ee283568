import { z } from 'zod';

export const workKinds = ['review', 'returned', 'reports-file', 'reports-accept', 'batch-sign', 'batch-pay', 'imports'] as const;

export const ZWorkItem = z.object({
  kind: z.enum(workKinds),
  label: z.object({ zh: z.string(), en: z.string() }),
  count: z.number().int(),
  /** Of `count`, how many are past their time limit (a review step, a report's month). */
  overdue: z.number().int(),
  /** Where the work is done, a path of the web UI. */
  link: z.string(),
  /** The side-menu entry that carries the count. */
  menu: z.string(),
});

export const ZWork = z.object({
  asOf: z.string(),
  total: z.number().int(),
  overdue: z.number().int(),
  items: z.array(ZWorkItem),
});
export type TWork = z.infer<typeof ZWork>;
