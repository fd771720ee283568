// The `shishi` command line. Exit codes: 0 done, 1 failed, 2 bad input (named in the message).
import fs from 'node:fs';
import path from 'node:path';
import { Command, CommanderError } from 'commander';
import { loadConfig } from '../platform/config.ts';
import { createServices } from '../bootstrap.ts';
import { AppError } from '../platform/errors.ts';
import type { RequestContext } from '../platform/context.ts';
import type { Services } from '../platform/services.ts';
import type { Actor } from '../platform/access.ts';

const program = new Command();
program.name('shishi').description('Shishi (实事): trade-union service projects for workers').exitOverride();

/** The CLI acts as the federation's system administrator, and says so in the audit trail. */
async function cliContext(s: Services): Promise<RequestContext> {
  const root = await s.database.db.selectFrom('orgs').select(['id', 'path', 'name']).where('parent_id', 'is', null).executeTakeFirst();
  if (!root)
    throw new AppError(400, 'no-root', {
      zh: '数据库中还没有市总工会，请先运行 shishi demo 或导入组织',
      en: 'No federation in the database yet: run `shishi demo` or import orgs first',
    });
  // A named account without a password (it cannot log in), so CLI work is attributed in the audit trail.
  let account = await s.database.db.selectFrom('accounts').select('id').where('username', '=', 'cli').executeTakeFirst();
  account ??= await s.database.db
    .insertInto('accounts')
    .values({ username: 'cli', display_name: '命令行 (CLI)', role: 'federation-admin', org_id: root.id, password_hash: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  const actor: Actor = {
    accountId: account.id,
    username: 'cli',
    displayName: 'CLI',
    role: 'federation-admin',
    orgId: root.id,
    orgName: root.name,
    orgPath: root.path,
    personId: null,
    sessionId: 'cli',
  };
  return { actor, ip: null, requestId: `cli-${process.pid}`, lang: 'zh' };
}

async function withServices<T>(fn: (s: Services) => Promise<T>, opts: { quiet?: boolean } = {}) {
  // Commands are an operator's batch work (a district's enrollment, a 3.5-million-member demo):
  // the server's per-statement limit applies to them only when STATEMENT_TIMEOUT_MS is set.
  const config = loadConfig(process.env, {
    ...(opts.quiet ? { logLevel: 'warn' } : {}),
    ...(process.env.STATEMENT_TIMEOUT_MS ? {} : { statementTimeoutMs: 0 }),
  });
  const s = await createServices(config);
  try {
    return await fn(s);
  } finally {
    await s.jobs.stop();
    await s.database.close();
  }
}

program
  .command('serve')
  .description('start the API and web UI (migrates, loads the demo on an empty database)')
  .action(async () => {
    const { serve } = await import('../server.ts');
    await serve();
  });

const db = program.command('db').description('database tasks');
db.command('migrate')
  .description('apply pending migrations')
  .action(() =>
    withServices(
      async (s) => {
        console.log(`migrated: ${s.database.engine} at ${s.database.location}`);
      },
      { quiet: true },
    ),
  );

program
  .command('demo')
  .description('load the demo federation, accounts and synthetic members into an empty database')
  .option('--members <n>', 'number of synthetic members', '20000')
  .action((opts: { members: string }) =>
    withServices(async (s) => {
      const n = Number(opts.members);
      if (!Number.isInteger(n) || n < 0 || n > 10_000_000)
        throw new AppError(400, 'invalid-input', { zh: '--members 应为 0 到 10000000 的整数', en: '--members must be a whole number from 0 to 10,000,000' });
      const { loadDemoIfEmpty } = await import('../demo/load-demo.ts');
      const r = await loadDemoIfEmpty(s, { members: n, force: true });
      console.log(JSON.stringify(r));
    }),
  );

const imp = program.command('import').description('bulk imports');
imp
  .command('members <file>')
  .description('import members from .xlsx/.csv: validate every row, write the error report, import the valid rows')
  .option('--org <id>', 'grassroots union for rows without a union column')
  .option('--errors <file>', 'where to write the error report (.xlsx)', 'import-errors.xlsx')
  .option('--dry-run', 'validate only')
  .action((file: string, opts: { org?: string; errors: string; dryRun?: boolean }) =>
    withServices(
      async (s) => {
        const ctx = await cliContext(s);
        const buf = fs.readFileSync(file);
        const m = await import('../modules/imports/members-import.ts');
        const batch = await m.validateMemberFile(s, ctx, buf, path.basename(file), opts.org ? Number(opts.org) : null);
        console.log(`rows ${batch.total}, valid ${batch.validCount}, invalid rows ${batch.invalidCount}`);
        if (batch.errorCount) {
          fs.writeFileSync(opts.errors, await m.errorReport(s, ctx, batch.id));
          for (const e of batch.errors.slice(0, 20)) console.log(`  row ${e.row} ${e.column}: ${e.messages.zh} / ${e.messages.en}`);
          console.log(`error report: ${opts.errors}`);
        }
        if (opts.dryRun || batch.validCount === 0) return;
        await m.startCommit(s, ctx, batch.id);
        await s.jobs.drain();
        const done = await m.getBatch(s, ctx, batch.id);
        console.log(`imported ${done.importedCount} (${done.status})`);
        if (done.status !== 'imported') process.exitCode = 1;
      },
      { quiet: true },
    ),
  );
imp
  .command('orgs <file>')
  .description('import orgs from .xlsx/.csv (all rows or none)')
  .option('--dry-run', 'validate only')
  .action((file: string, opts: { dryRun?: boolean }) =>
    withServices(
      async (s) => {
        const ctx = await cliContext(s);
        const { importOrgs } = await import('../modules/orgs/transfer.ts');
        const r = await importOrgs(s, ctx, fs.readFileSync(file), path.basename(file), { dryRun: !!opts.dryRun });
        console.log(JSON.stringify(r));
      },
      { quiet: true },
    ),
  );

/** A whole-number option, or a bad-input error naming the option (exit code 2). */
function intOption(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new AppError(400, 'invalid-input', { zh: `${name} 应为 ${min} 到 ${max} 的整数`, en: `${name} must be a whole number from ${min} to ${max}` }, [
      { field: name, code: 'invalid', message: { zh: `应为 ${min} 到 ${max} 的整数`, en: `a whole number from ${min} to ${max}` } },
    ]);
  return n;
}

const projects = program.command('projects').description('the yearly lists and their projects');
projects
  .command('list')
  .description('the lists of a year (one union with --org) and their numbered projects with status and progress')
  .requiredOption('--year <year>', 'YYYY')
  .option('--org <id>', 'the union whose list to show')
  .option('--json', 'print JSON')
  .action((opts: { year: string; org?: string; json?: boolean }) =>
    withServices(
      async (s) => {
        const year = intOption('--year', opts.year, 2000, 2100)!;
        const orgId = intOption('--org', opts.org, 1, Number.MAX_SAFE_INTEGER);
        const ctx = await cliContext(s);
        const svc = await import('../modules/projects/service.ts');
        const slates = (await svc.listSlates(s, ctx, { year, orgId })).items;
        const full = [];
        for (const sl of slates) full.push(await svc.getSlate(s, ctx, sl.id));
        if (opts.json) return console.log(JSON.stringify({ year, slates: full }, null, 2));
        if (!full.length) console.log(`no lists for ${year}${orgId ? ` (org ${orgId})` : ''}`);
        for (const sl of full) {
          console.log(`${sl.orgName} ${sl.year}: ${sl.title}${sl.documentNo ? `（${sl.documentNo}）` : ''}${sl.published ? '' : ' [unpublished]'}`);
          for (const p of sl.projects)
            console.log(`  ${String(p.no).padStart(2)}. ${p.title}  [${p.status}${p.percent === null ? '' : ` ${p.percent}%`}${p.behind ? ', behind' : ''}]`);
        }
      },
      { quiet: true },
    ),
  );
projects
  .command('dashboard')
  .description('a union’s year as JSON: every project’s progress, who is behind, money spent against budget')
  .requiredOption('--year <year>', 'YYYY')
  .option('--org <id>', 'the union (default: the federation)')
  .action((opts: { year: string; org?: string }) =>
    withServices(
      async (s) => {
        const year = intOption('--year', opts.year, 2000, 2100)!;
        const orgId = intOption('--org', opts.org, 1, Number.MAX_SAFE_INTEGER);
        const ctx = await cliContext(s);
        const { dashboard } = await import('../modules/projects/service.ts');
        console.log(JSON.stringify(await dashboard(s, ctx, { year, orgId }), null, 2));
      },
      { quiet: true },
    ),
  );

const protection = program.command('protection').description('member protection (会员专享基本保障)');
protection
  .command('enroll')
  .description(
    'collective enrollment as one batch: build the lists of a union, or of every union under a district without one (JSON); the windows follow today (SHISHI_TODAY pins it)',
  )
  .requiredOption('--year <y>', 'the coverage year')
  .requiredOption('--org <id>', 'a grassroots union, or a street / district')
  .requiredOption('--plan <p>', 'A, B, A+ or B+')
  .action((opts: { year: string; org: string; plan: string }) =>
    withServices(
      async (s) => {
        const year = intOption('--year', opts.year, 2000, 2100)!;
        const orgId = intOption('--org', opts.org, 1, Number.MAX_SAFE_INTEGER)!;
        if (!['A', 'B', 'A+', 'B+'].includes(opts.plan))
          throw new AppError(400, 'invalid-input', { zh: '--plan 应为 A、B、A+ 或 B+', en: '--plan must be A, B, A+ or B+' });
        const ctx = await cliContext(s);
        const svc = await import('../modules/protection/service.ts');
        const started = await svc.startCollective(s, ctx, { year, orgId, plan: opts.plan as 'A' | 'B' | 'A+' | 'B+' });
        await s.jobs.drain();
        const b = await svc.getBatch(s, ctx, started.batchId);
        console.log(JSON.stringify(b));
        if (b.status !== 'done') process.exitCode = 1;
      },
      { quiet: true },
    ),
  );

const reports = program.command('reports').description('progress reports');
reports
  .command('overdue')
  .description('overdue progress reports on published lists that are not closed (JSON)')
  .action(() =>
    withServices(
      async (s) => {
        const ctx = await cliContext(s);
        const { listOverdue } = await import('../modules/progress/service.ts');
        console.log(JSON.stringify(await listOverdue(s, ctx), null, 2));
      },
      { quiet: true },
    ),
  );

program
  .command('backup <file>')
  .description('back up the database into one file (embedded: stop the server first; PostgreSQL: pg_dump); the encryption key only with --with-key')
  .option('--with-key', 'put the encryption key of personal data into the backup too (then keep the file like the key)')
  .action((file: string, opts: { withKey?: boolean }) =>
    withServices(
      async (s) => {
        const { backup } = await import('../db/backup.ts');
        const { resolveSecret } = await import('../platform/personal-data.ts');
        const r = await backup(s.database, s.config, resolveSecret(s.config.secret, s.config.dataDir), file, { withKey: !!opts.withKey });
        const m = r.manifest;
        console.log(`backup: ${r.file} (${m.engine}, ${(m.payload.bytes / 1048576).toFixed(1)} MiB, sha256 ${m.payload.sha256})`);
        console.log(
          `  ${Object.entries(m.counts)
            .map(([k, v]) => `${k} ${v}`)
            .join(', ')}; migration ${m.migration}; audit head ${m.auditHead?.seq ?? '-'} ${m.auditHead?.hash ?? ''}`,
        );
        if (r.keyWarning) console.error(`\n!!! ${r.keyWarning.en}\n!!! ${r.keyWarning.zh}\n`);
      },
      { quiet: true },
    ),
  );
program
  .command('restore <file>')
  .description('restore a backup made by `shishi backup` into an empty database (embedded: server stopped); --force replaces what is there')
  .option('--force', 'replace a database that is not empty (embedded: the old data folder is moved aside), or restore with a key that does not match')
  .action(async (file: string, opts: { force?: boolean }) => {
    const { restore } = await import('../db/backup.ts');
    const r = await restore(loadConfig(process.env, { logLevel: 'warn' }), file, { force: !!opts.force });
    const m = r.manifest;
    console.log(`restored: ${file} (${m.engine}, taken ${m.createdAt}, migration ${m.migration})`);
    console.log(
      `  ${Object.entries(r.counts)
        .map(([k, v]) => `${k} ${v}${m.counts[k] !== undefined && m.counts[k] !== v ? ` (backup: ${m.counts[k]})` : ''}`)
        .join(', ')}`,
    );
    if (r.replaced) console.log(`  the database that was there is kept in ${r.replaced}`);
    if (r.keyRestored) console.log('  the encryption key from the backup was written to secret.key');
    console.log('  next: start the server (it applies newer migrations), then `shishi audit verify`');
  });

const audit = program.command('audit').description('the audit trail');
audit
  .command('verify')
  .description('walk the hash chain of the audit trail: OK with the count, or the first changed, missing or unchained entry (exit 1)')
  .option('--json', 'print the report as JSON')
  .action((opts: { json?: boolean }) =>
    withServices(
      async (s) => {
        const { verifyAuditChain } = await import('../platform/audit-chain.ts');
        const r = await verifyAuditChain(s.database.db);
        if (opts.json) console.log(JSON.stringify(r, null, 2));
        else if (r.ok)
          console.log(
            `OK: ${r.count} audit entries chained, head ${r.head.seq} ${r.head.hash}\n完整：${r.count} 条审计记录，链头 ${r.head.seq} ${r.head.hash}`,
          );
        else
          console.log(
            `BROKEN / 已被改动: ${r.broken!.message.en}\n${r.broken!.message.zh}\n  entry ${r.broken!.id ?? '-'} seq ${r.broken!.seq ?? '-'} at ${r.broken!.at ?? '-'} ${r.broken!.action ?? ''}\n  ${r.count} entries before it verified`,
          );
        if (!r.ok) process.exitCode = 1;
      },
      { quiet: true },
    ),
  );

// Policy commands need no database: the engine is pure.
const pol = program.command('policy').description('the rules engine: evaluate, test cases, parameters');
pol
  .command('evaluate [json]')
  .description('evaluate {program, date, input} given as an argument, a file (--file) or standard input; prints the result as JSON')
  .option('--file <path>', 'read the request from a file')
  .action(async (json: string | undefined, opts: { file?: string }) => {
    const text = json ?? (opts.file ? fs.readFileSync(opts.file, 'utf8') : fs.readFileSync(0, 'utf8'));
    let request: { program?: unknown; date?: unknown; input?: unknown };
    try {
      request = JSON.parse(text);
    } catch {
      throw new AppError(400, 'invalid-json', { zh: '输入不是有效的 JSON', en: 'The input is not valid JSON' });
    }
    const { evaluate } = await import('../modules/policy/service.ts');
    const { ZEvaluate } = await import('../modules/policy/schema.ts');
    const parsed = ZEvaluate.safeParse(request);
    if (!parsed.success) {
      const { zodIssues } = await import('../platform/http.ts');
      throw new AppError(400, 'invalid-input', { zh: '请求内容有误', en: 'The request is not valid' }, zodIssues(parsed.error.issues));
    }
    console.log(JSON.stringify(evaluate(parsed.data.program, parsed.data.date, parsed.data.input), null, 2));
  });
pol
  .command('test [paths...]')
  .description('run YAML policy cases (files or folders; default: the project\'s own); ends with "N passed, M failed"')
  .action(async (paths: string[]) => {
    const { runCaseFiles, summaryLine } = await import('@shishi/policy');
    const targets = paths.length ? paths : [path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../policy/tests')];
    const run = runCaseFiles(targets);
    for (const r of run.results.filter((x) => !x.ok)) console.log(`FAIL ${r.name}\n  ${r.errors.join('\n  ')}`);
    console.log(summaryLine(run));
    if (run.failed) process.exitCode = 1;
  });
pol
  .command('params <program>')
  .description('the parameters of a program in force on a date, with their sources')
  .requiredOption('--date <date>', 'YYYY-MM-DD')
  .option('--timeline <name>', 'instead: one parameter across the years')
  .action(async (code: string, opts: { date: string; timeline?: string }) => {
    const policy = await import('../modules/policy/service.ts');
    policy.program(code);
    const out = opts.timeline ? policy.timeline(code, opts.timeline) : policy.parameters(code, opts.date);
    console.log(JSON.stringify(out, null, 2));
  });

function report(err: unknown): number {
  if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
  if (err instanceof AppError) {
    console.error(`${err.messages.zh}\n${err.messages.en}`);
    for (const i of err.issues.slice(0, 50)) console.error(`  ${i.field}: ${i.message.zh} / ${i.message.en}`);
    return err.status < 500 ? 2 : 1;
  }
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  return 1;
}

try {
  await program.parseAsync(process.argv);
} catch (err) {
  process.exitCode = report(err);
}
