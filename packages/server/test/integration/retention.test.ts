// Retention of the audit records (issue 8 §5; Cybersecurity Law Art. 21, at least six months): the setting
// refuses less than six months at start-up, a daily job is scheduled, login attempts past the retention are
// archived to a file and only then removed, and the audit trail is never pruned.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import zlib from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { engine, startTestApp, type TestApp } from '../harness.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { RETENTION_JOB, retentionCutoff, runRetention } from '../../src/modules/audit/retention.ts';
import { verifyAuditChain } from '../../src/platform/audit-chain.ts';

let t: TestApp;
const made: string[] = [];
before(async () => {
  t = await startTestApp({ members: 20 });
});
after(async () => {
  for (const f of made) fs.rmSync(f, { force: true });
  await t?.close();
});

const monthsAgo = (m: number, days = 0) => {
  const d = retentionCutoff(new Date(), m);
  d.setUTCDate(d.getUTCDate() - days);
  return d;
};

describe(`audit retention on ${engine}`, () => {
  it('refuses a retention under six months at start-up; twelve by default', () => {
    assert.throws(() => loadConfig({ AUDIT_RETENTION_MONTHS: '5' }), /AUDIT_RETENTION_MONTHS: at least 6 months \(Cybersecurity Law Art\. 21\)/);
    assert.equal(loadConfig({ AUDIT_RETENTION_MONTHS: '6' }).auditRetentionMonths, 6);
    assert.equal(loadConfig({}).auditRetentionMonths, 12);
  });

  it('schedules one daily run when the server starts', async () => {
    // `shishi serve` starts the job worker, which keeps one run of every schedule queued.
    await t.s.jobs.start();
    await t.s.jobs.stop();
    const jobs = await t.s.database.db.selectFrom('jobs').select(['run_at', 'status']).where('kind', '=', RETENTION_JOB).execute();
    assert.equal(jobs.length, 1);
    assert.equal(jobs[0]!.status, 'queued');
    const inHours = (new Date(jobs[0]!.run_at).getTime() - Date.now()) / 3_600_000;
    assert.ok(inHours > 0 && inHours <= 24, `runs within a day (${inHours.toFixed(1)} h)`);
    // A run through the queue queues the next one (and only one).
    await t.s.database.db
      .updateTable('jobs')
      .set({ run_at: new Date(Date.now() - 1000) })
      .where('kind', '=', RETENTION_JOB)
      .execute();
    await t.s.jobs.drain();
    const after = await t.s.database.db.selectFrom('jobs').select(['status', 'result']).where('kind', '=', RETENTION_JOB).orderBy('id').execute();
    assert.deepEqual(
      after.map((j) => j.status),
      ['done', 'queued'],
    );
    assert.equal((after[0]!.result as { pruned: number }).pruned, 0);
  });

  it('archives then removes login attempts past the retention; keeps younger ones and every audit entry', async () => {
    const db = t.s.database.db;
    // An audit entry from three years ago stays, like all the others.
    await db
      .insertInto('audit_log')
      .values({ at: monthsAgo(36), actor_name: 'system', actor_role: 'system', action: 'test.ancient', entity: 'test' })
      .execute();
    const old = [monthsAgo(12, 1), monthsAgo(13), monthsAgo(30)];
    const young = [monthsAgo(12, -1), monthsAgo(7), new Date()];
    for (const [i, at] of [...old, ...young].entries())
      await db
        .insertInto('login_log')
        .values({ at, username: `retention-${i}`, method: 'password', success: i % 2 === 0, reason: i % 2 ? 'bad-password' : null, ip: '10.1.1.1' })
        .execute();
    const auditBefore = Number((await sql<{ n: number }>`select count(*)::int as n from audit_log`.execute(db)).rows[0]!.n);

    const r = await runRetention(t.s);
    made.push(...r.archives);
    assert.equal(r.pruned, 3);
    assert.equal(r.archives.length, 1);
    const left = (await db.selectFrom('login_log').select('username').where('username', 'like', 'retention-%').orderBy('username').execute()).map(
      (x) => x.username,
    );
    assert.deepEqual(left, ['retention-3', 'retention-4', 'retention-5']);
    const archived = zlib
      .gunzipSync(fs.readFileSync(r.archives[0]!))
      .toString('utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.deepEqual(archived.map((a) => a.username).sort(), ['retention-0', 'retention-1', 'retention-2']);
    assert.equal(archived[1].reason, 'bad-password');
    assert.equal((fs.statSync(r.archives[0]!).mode & 0o777).toString(8), '600');

    const auditAfter = Number((await sql<{ n: number }>`select count(*)::int as n from audit_log`.execute(db)).rows[0]!.n);
    assert.equal(auditAfter, auditBefore + 1, 'nothing pruned from the audit trail; the pruning itself is audited');
    assert.ok(await db.selectFrom('audit_log').select('id').where('action', '=', 'test.ancient').executeTakeFirst());
    const entry = await db.selectFrom('audit_log').select('summary').where('action', '=', 'login-log.prune').executeTakeFirstOrThrow();
    assert.match(entry.summary!, /3 login attempts before .* archived to login-log-.*\.jsonl\.gz and removed \(retention 12 months\)/);
    assert.equal(r.auditHead!.seq, auditAfter);
    assert.equal((await verifyAuditChain(db)).ok, true);

    const again = await runRetention(t.s);
    assert.equal(again.pruned, 0);
    assert.deepEqual(again.archives, []);
  });
});
