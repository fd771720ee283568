// `shishi backup FILE` / `shishi restore FILE` on both engines.
//
// The file: a magic line, one line of JSON (the manifest: engine, when, what it holds, the payload's size and
// SHA-256), then the payload: PGlite's data folder as a gzipped tarball (taken after a checkpoint), or a
// `pg_dump --format=custom` archive (Debian's postgresql-client). `tail -n +3 FILE` gives the payload back.
//
// The encryption key of personal data (SHISHI_SECRET or data/secret.key) is left out unless --with-key: a key
// stored beside the data it encrypts no longer protects a copied backup. The manifest keeps a fingerprint of
// the key instead, so a restore can tell whether the key at hand opens the data.
//
// An embedded database is backed up and restored with the server stopped (one process opens the data folder);
// pg_dump reads a consistent snapshot of a running server.
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { openDatabase, type Database } from './database.ts';
import type { DB } from './schema.ts';
import type { Config } from '../platform/config.ts';
import { AppError } from '../platform/errors.ts';
import { fsyncPath } from '../platform/durable-file.ts';
import { writeAudit } from '../platform/audit.ts';

const MAGIC = 'SHISHI-BACKUP 1';

export interface Manifest {
  format: 1;
  engine: 'pglite' | 'postgres';
  createdAt: string;
  payload: { kind: 'pglite-datadir-tar-gz' | 'pg-dump-custom'; bytes: number; sha256: string };
  /** The last migration applied when the backup was taken. */
  migration: string | null;
  counts: Record<string, number>;
  auditHead: { seq: number; hash: string } | null;
  key: { fingerprint: string | null; included: boolean; secret?: string };
}

/** A fingerprint of the key, not the key: SHA-256 under a fixed label, shortened. */
export const keyFingerprint = (secret: string) => crypto.createHash('sha256').update(`shishi/key-fingerprint\0${secret}`).digest('hex').slice(0, 16);

const COUNTED = ['orgs', 'persons', 'memberships', 'accounts', 'applications', 'payout_entries', 'audit_log', 'login_log'] as const;

async function inventory(db: Kysely<DB>) {
  const tables = new Set(
    (await sql<{ t: string }>`select table_name as t from information_schema.tables where table_schema = current_schema()`.execute(db)).rows.map((r) => r.t),
  );
  const counts: Record<string, number> = {};
  for (const t of COUNTED)
    if (tables.has(t)) counts[t] = Number((await sql<{ n: number }>`select count(*)::int as n from ${sql.table(t)}`.execute(db)).rows[0]!.n);
  const migration = tables.has('schema_migrations')
    ? ((await sql<{ name: string }>`select name from schema_migrations order by name desc limit 1`.execute(db)).rows[0]?.name ?? null)
    : null;
  const auditHead = tables.has('audit_chain')
    ? ((await sql<{ seq: number; hash: string }>`select seq, hash from audit_chain where id = 1`.execute(db)).rows[0] ?? null)
    : null;
  return { counts, migration, auditHead, tables };
}

function requireTool(tool: 'pg_dump' | 'pg_restore' | 'psql') {
  const r = spawnSync(tool, ['--version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0)
    throw new AppError(400, 'tool-missing', {
      zh: `找不到 ${tool}：PostgreSQL 模式的备份与恢复需要 PostgreSQL 客户端（Debian：apt-get install postgresql-client），版本不低于服务器`,
      en: `${tool} not found: backup and restore in PostgreSQL mode need the PostgreSQL client tools (Debian: apt-get install postgresql-client), at least the server's version`,
    });
}

function run(cmd: string, args: string[], opts: { stdin?: NodeJS.ReadableStream; stdoutTo?: NodeJS.WritableStream } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { stdio: [opts.stdin ? 'pipe' : 'ignore', opts.stdoutTo ? 'pipe' : 'ignore', 'pipe'] });
    let err = '';
    p.stderr!.on('data', (d) => (err += d));
    if (opts.stdin) opts.stdin.pipe(p.stdin!);
    if (opts.stdoutTo) p.stdout!.pipe(opts.stdoutTo);
    p.on('error', reject);
    p.on('close', (code) =>
      code === 0 ? resolve(err) : reject(new AppError(500, 'tool-failed', { zh: `${cmd} 失败：${err.trim()}`, en: `${cmd} failed: ${err.trim()}` })),
    );
  });
}

async function sha256File(file: string, offset = 0): Promise<string> {
  const h = crypto.createHash('sha256');
  for await (const chunk of fs.createReadStream(file, { start: offset })) h.update(chunk as Buffer);
  return h.digest('hex');
}

/** Header first, then the payload (bytes or a file), synced and renamed into place: whole or absent. */
async function writeBackupFile(file: string, manifest: Manifest, payload: Uint8Array | string) {
  const tmp = `${file}.partial-${process.pid}`;
  const out = fs.openSync(tmp, 'w', 0o600);
  try {
    fs.writeSync(out, `${MAGIC}\n${JSON.stringify(manifest)}\n`);
    if (typeof payload === 'string') {
      for await (const chunk of fs.createReadStream(payload)) fs.writeSync(out, chunk as Buffer);
    } else fs.writeSync(out, payload);
    fs.fsyncSync(out);
  } finally {
    fs.closeSync(out);
  }
  fs.renameSync(tmp, file);
  fsyncPath(path.dirname(path.resolve(file)));
}

export interface BackupResult {
  file: string;
  manifest: Omit<Manifest, 'key'> & { key: { fingerprint: string | null; included: boolean } };
  keyWarning: { zh: string; en: string } | null;
}

export async function backup(
  database: Database,
  config: Config,
  secret: string,
  file: string,
  opts: { withKey?: boolean; databaseUrl?: string } = {},
): Promise<BackupResult> {
  const target = path.resolve(file);
  if (!fs.existsSync(path.dirname(target)))
    throw new AppError(400, 'invalid-input', { zh: `目录不存在：${path.dirname(target)}`, en: `No such folder: ${path.dirname(target)}` });
  // The backup records itself: its own audit entry is inside it.
  await database.db
    .transaction()
    .execute((trx) =>
      writeAudit(
        trx,
        { actor: null, ip: null, requestId: `cli-${process.pid}`, lang: 'zh' },
        { action: 'system.backup', entity: 'system', summary: `backup to ${path.basename(target)}${opts.withKey ? ' (with the key)' : ''}` },
      ),
    );
  const info = await inventory(database.db);
  const key = { fingerprint: keyFingerprint(secret), included: !!opts.withKey, ...(opts.withKey ? { secret } : {}) };
  const base = {
    format: 1 as const,
    engine: database.engine,
    createdAt: new Date().toISOString(),
    migration: info.migration,
    counts: info.counts,
    auditHead: info.auditHead,
    key,
  };
  let manifest: Manifest;
  if (database.engine === 'pglite') {
    const bytes = await database.snapshot!();
    manifest = { ...base, payload: { kind: 'pglite-datadir-tar-gz', bytes: bytes.length, sha256: crypto.createHash('sha256').update(bytes).digest('hex') } };
    await writeBackupFile(target, manifest, bytes);
  } else {
    requireTool('pg_dump');
    const dump = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'shishi-backup-')), 'db.dump');
    try {
      await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${dump}`, `--dbname=${opts.databaseUrl ?? config.databaseUrl}`]);
      manifest = { ...base, payload: { kind: 'pg-dump-custom', bytes: fs.statSync(dump).size, sha256: await sha256File(dump) } };
      await writeBackupFile(target, manifest, dump);
    } finally {
      fs.rmSync(path.dirname(dump), { recursive: true, force: true });
    }
  }
  const { secret: _omit, ...shownKey } = manifest.key;
  const keyFile = config.secret ? 'SHISHI_SECRET' : path.join(config.dataDir, 'secret.key');
  return {
    file: target,
    manifest: { ...manifest, key: shownKey },
    keyWarning: opts.withKey
      ? {
          zh: '此备份包含加密密钥：任何拿到此文件的人都能读出身份证号和手机号，请像密钥一样保管',
          en: 'This backup holds the encryption key: whoever has the file can read the ID numbers and phones. Keep it like the key itself',
        }
      : {
          zh: `此备份不含加密密钥（${keyFile}）。没有它，恢复后身份证号和手机号无法读出：请另行妥善保存密钥（指纹 ${key.fingerprint}）`,
          en: `This backup does not hold the encryption key (${keyFile}). Without it the restored ID numbers and phones cannot be read: keep the key safe, apart from the backup (fingerprint ${key.fingerprint})`,
        },
  };
}

/** Read and check a backup file: magic, manifest, payload size and checksum. */
export async function readBackup(file: string): Promise<{ manifest: Manifest; offset: number }> {
  const bad = (en: string, zh: string) =>
    new AppError(400, 'invalid-backup', { zh: `${file} 不是可用的 Shishi 备份：${zh}`, en: `${file} is not a usable Shishi backup: ${en}` });
  if (!fs.existsSync(file)) throw new AppError(400, 'invalid-input', { zh: `文件不存在：${file}`, en: `No such file: ${file}` });
  const fd = fs.openSync(file, 'r');
  const head = Buffer.alloc(1 << 16);
  const n = fs.readSync(fd, head, 0, head.length, 0);
  fs.closeSync(fd);
  const text = head.subarray(0, n).toString('latin1');
  const first = text.indexOf('\n');
  const second = first < 0 ? -1 : text.indexOf('\n', first + 1);
  if (text.slice(0, first) !== MAGIC || second < 0) throw bad('it does not begin with the backup header', '文件头不对');
  let manifest: Manifest;
  try {
    manifest = JSON.parse(head.subarray(first + 1, second).toString('utf8'));
  } catch {
    throw bad('its manifest is not valid JSON', '清单不是有效的 JSON');
  }
  if (manifest.format !== 1 || !['pglite', 'postgres'].includes(manifest.engine) || typeof manifest.payload?.sha256 !== 'string')
    throw bad('its manifest is of an unknown format', '清单格式未知');
  const offset = second + 1;
  const size = fs.statSync(file).size - offset;
  if (size !== manifest.payload.bytes)
    throw bad(
      `the data is ${size} bytes, the manifest says ${manifest.payload.bytes} (cut short?)`,
      `数据为 ${size} 字节，清单记载 ${manifest.payload.bytes} 字节（文件不完整？）`,
    );
  if ((await sha256File(file, offset)) !== manifest.payload.sha256)
    throw bad('the checksum of the data does not match (damaged?)', '数据校验和不符（文件已损坏？）');
  return { manifest, offset };
}

/** The key the restored data will be read with: SHISHI_SECRET, or the data folder's secret.key, or none yet. */
function currentKey(config: Config): { secret: string | null; source: string } {
  if (config.secret) return { secret: config.secret, source: 'SHISHI_SECRET' };
  const f = path.join(config.dataDir, 'secret.key');
  return { secret: fs.existsSync(f) ? fs.readFileSync(f, 'utf8').trim() : null, source: f };
}

export interface RestoreResult {
  manifest: BackupResult['manifest'];
  counts: Record<string, number>;
  keyRestored: boolean;
  replaced: string | null;
}

export async function restore(config: Config, file: string, opts: { force?: boolean } = {}): Promise<RestoreResult> {
  const { manifest, offset } = await readBackup(file);
  const engine = config.databaseUrl ? 'postgres' : 'pglite';
  if (manifest.engine !== engine)
    throw new AppError(400, 'backup-engine', {
      zh: `此备份来自${manifest.engine === 'pglite' ? '内嵌数据库' : ' PostgreSQL 服务器'}，不能恢复到${engine === 'pglite' ? '内嵌数据库' : ' PostgreSQL 服务器'}`,
      en: `This backup is of ${manifest.engine === 'pglite' ? 'an embedded database' : 'a PostgreSQL server'} and cannot be restored into ${engine === 'pglite' ? 'an embedded database' : 'a PostgreSQL server'}`,
    });

  // The key first: restoring data that the key at hand cannot open would look fine and be unreadable.
  const have = currentKey(config);
  let keyRestored = false;
  if (manifest.key.included && manifest.key.secret) {
    if (have.secret && have.secret !== manifest.key.secret && !opts.force)
      throw new AppError(409, 'key-differs', {
        zh: `备份中的密钥与现有密钥（${have.source}）不同；加 --force 以备份中的为准`,
        en: `The key in the backup differs from the one in use (${have.source}); add --force to take the backup's`,
      });
    if (have.secret !== manifest.key.secret) {
      if (config.secret)
        throw new AppError(409, 'key-differs', {
          zh: 'SHISHI_SECRET 与备份中的密钥不同：请取消设置或改为备份中的密钥',
          en: "SHISHI_SECRET differs from the backup's key: unset it or set it to the backup's key",
        });
      keyRestored = true;
    }
  } else if (manifest.key.fingerprint && (!have.secret || keyFingerprint(have.secret) !== manifest.key.fingerprint) && !opts.force) {
    throw new AppError(409, 'key-missing', {
      zh: `备份不含加密密钥，且现有密钥（${have.source}）${have.secret ? '不是加密这些数据的那一把' : '不存在'}（需要指纹 ${manifest.key.fingerprint}）：恢复后身份证号和手机号将无法读出。请先放回密钥，或加 --force`,
      en: `The backup does not hold the encryption key, and the key in use (${have.source}) ${have.secret ? 'is not the one the data was encrypted with' : 'is missing'} (fingerprint ${manifest.key.fingerprint} needed): the restored ID numbers and phones could not be read. Put the key back first, or add --force`,
    });
  }

  let replaced: string | null = null;
  let database: Database;
  if (engine === 'pglite') {
    const pgdata = path.join(config.dataDir, 'pgdata');
    if (fs.existsSync(path.join(pgdata, 'PG_VERSION'))) {
      if (!opts.force)
        throw new AppError(409, 'target-not-empty', {
          zh: `${pgdata} 中已有数据库；加 --force 替换（原数据移到旁边保留）`,
          en: `${pgdata} already holds a database; add --force to replace it (the old one is moved aside, not deleted)`,
        });
      replaced = `${pgdata}.replaced-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      fs.renameSync(pgdata, replaced);
    } else if (fs.existsSync(pgdata)) fs.rmSync(pgdata, { recursive: true, force: true }); // an empty or half-made folder
    const fd = fs.openSync(file, 'r');
    const payload = Buffer.alloc(manifest.payload.bytes);
    fs.readSync(fd, payload, 0, payload.length, offset);
    fs.closeSync(fd);
    // PGlite unpacks the tarball into the folder and starts; opening in 'full' mode then fsyncs every file.
    try {
      database = await openDatabase({ dataDir: config.dataDir, durability: config.durability, loadDataDir: new Blob([payload]) });
    } catch (err) {
      // Put back what was there rather than leave a half-unpacked folder.
      fs.rmSync(pgdata, { recursive: true, force: true });
      if (replaced) fs.renameSync(replaced, pgdata);
      throw err;
    }
  } else {
    for (const t of ['pg_restore', 'psql'] as const) requireTool(t);
    database = await openDatabase({ databaseUrl: config.databaseUrl! });
    const existing = Number(
      (await sql<{ n: number }>`select count(*)::int as n from information_schema.tables where table_schema = 'public'`.execute(database.db)).rows[0]!.n,
    );
    if (existing && !opts.force) {
      await database.close();
      throw new AppError(409, 'target-not-empty', {
        zh: `目标数据库已有 ${existing} 张表；加 --force 替换其中的全部数据`,
        en: `The target database already has ${existing} tables; add --force to replace all that it holds`,
      });
    }
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'shishi-restore-'));
    try {
      const dump = path.join(tmp, 'db.dump');
      await new Promise<void>((resolve, reject) =>
        fs
          .createReadStream(file, { start: offset })
          .pipe(fs.createWriteStream(dump, { mode: 0o600 }))
          .on('finish', resolve)
          .on('error', reject),
      );
      // Everything but the public schema itself (the target has one); then all of it in one transaction.
      const list = path.join(tmp, 'list');
      const toc = spawnSync('pg_restore', ['--list', dump], { encoding: 'utf8' });
      if (toc.status !== 0)
        throw new AppError(400, 'invalid-backup', { zh: `pg_restore 读不了备份：${toc.stderr}`, en: `pg_restore cannot read the backup: ${toc.stderr}` });
      fs.writeFileSync(
        list,
        toc.stdout
          .split('\n')
          .filter((l) => !/ SCHEMA - public |COMMENT - SCHEMA public /.test(l))
          .join('\n'),
      );
      const script = spawn('pg_restore', ['--no-owner', '--no-privileges', `--use-list=${list}`, '--file=-', dump], { stdio: ['ignore', 'pipe', 'pipe'] });
      let restoreErr = '';
      script.stderr.on('data', (d) => (restoreErr += d));
      const psqlArgs = ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '--single-transaction', `--dbname=${config.databaseUrl}`];
      if (existing) psqlArgs.push('-c', 'drop schema public cascade', '-c', 'create schema public');
      psqlArgs.push('-f', '-');
      await run('psql', psqlArgs, { stdin: script.stdout });
      if (restoreErr.trim()) throw new AppError(500, 'tool-failed', { zh: `pg_restore 失败：${restoreErr}`, en: `pg_restore failed: ${restoreErr}` });
    } catch (err) {
      await database.close();
      throw err;
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }
  try {
    if (keyRestored) {
      const { writeFileDurable } = await import('../platform/durable-file.ts');
      fs.mkdirSync(config.dataDir, { recursive: true });
      writeFileDurable(path.join(config.dataDir, 'secret.key'), manifest.key.secret + '\n', 0o600);
    }
    const info = await inventory(database.db);
    if (info.tables.has('audit_log'))
      await database.db.transaction().execute((trx) =>
        writeAudit(
          trx,
          { actor: null, ip: null, requestId: `cli-${process.pid}`, lang: 'zh' },
          {
            action: 'system.restore',
            entity: 'system',
            summary: `restored ${path.basename(file)} (taken ${manifest.createdAt})${opts.force ? ', replacing what was there' : ''}`,
          },
        ),
      );
    const { secret: _omit, ...shownKey } = manifest.key;
    return { manifest: { ...manifest, key: shownKey }, counts: info.counts, keyRestored, replaced };
  } finally {
    await database.close();
  }
}
