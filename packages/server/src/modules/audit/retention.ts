// Retention of the audit records (Cybersecurity Law Art. 21: network and operation logs kept at least six
// months; checks-and-safeguards.md). AUDIT_RETENTION_MONTHS (≥ 6, checked at start-up) is how long the login
// log stays in the database; older attempts are written to a gzipped archive file in the data folder, synced,
// and only then deleted (PIPL Art. 19: kept no longer than needed, and out of the everyday screens).
//
// The audit trail itself is never pruned: it is hash-chained, and a pruned chain would need checkpoints that
// themselves must be trusted; it grows by one small row per change, and the minimum is met by keeping it all.
// The daily run also writes the chain head to the application log, a copy of it outside the database.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { z } from 'zod';
import { defineJob } from '../../platform/module.ts';
import { writeAudit } from '../../platform/audit.ts';
import { writeFileDurable } from '../../platform/durable-file.ts';
import type { Services } from '../../platform/services.ts';
import * as repo from './repository.ts';

export const RETENTION_JOB = 'audit.retention';
const CHUNK = 50_000;

/** The same day-of-month `months` months back (clamped by Date to the month's end). */
export function retentionCutoff(now: Date, months: number): Date {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

export interface RetentionResult {
  cutoff: string;
  pruned: number;
  archives: string[];
  auditHead: { seq: number; hash: string } | null;
}

export async function runRetention(s: Services, now = new Date()): Promise<RetentionResult> {
  const cutoff = retentionCutoff(now, s.config.auditRetentionMonths);
  const dir = path.join(s.config.dataDir, 'archive');
  const archives: string[] = [];
  let pruned = 0;
  for (;;) {
    const n = await s.database.db.transaction().execute(async (trx) => {
      const rows = await repo.lockOldLogins(trx, cutoff, CHUNK);
      if (!rows.length) return 0;
      fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
      const ids = rows.map((r) => r.id);
      const file = path.join(dir, `login-log-${ids[0]}-${ids.at(-1)}-${now.toISOString().slice(0, 10)}.jsonl.gz`);
      // On disk before the rows go: a crash in between leaves them in both places, never in neither.
      writeFileDurable(file, zlib.gzipSync(rows.map((r) => JSON.stringify(r)).join('\n') + '\n'), 0o600);
      await repo.deleteLogins(trx, ids);
      await writeAudit(
        trx,
        { actor: null, ip: null, requestId: 'job-audit-retention', lang: 'zh' },
        {
          action: 'login-log.prune',
          entity: 'login_log',
          summary: `${ids.length} login attempts before ${cutoff.toISOString().slice(0, 10)} archived to ${path.basename(file)} and removed (retention ${s.config.auditRetentionMonths} months)`,
        },
      );
      archives.push(file);
      return ids.length;
    });
    pruned += n;
    if (n < CHUNK) break;
  }
  const head = await repo.chainHead(s.database.db);
  s.log.info({ auditHead: head, loginLogPruned: pruned, cutoff: cutoff.toISOString() }, 'audit retention: chain head recorded, old login attempts archived');
  return { cutoff: cutoff.toISOString(), pruned, archives, auditHead: head };
}

/** Daily at 03:00 Shanghai time, a quiet hour: archive and prune login attempts past AUDIT_RETENTION_MONTHS, record the chain head. */
export const retentionJob = defineJob({
  kind: RETENTION_JOB,
  payload: z.object({}),
  handler: async (s) => {
    const result = await runRetention(s);
    return { ...result, archives: result.archives.map((f) => path.basename(f)) };
  },
});
