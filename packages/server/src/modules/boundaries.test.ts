// The module walls, checked: every table has one owner (`owns` in the module definitions), and a
// module's code names only the tables it owns, plus the shared kernel (org identity and path, member
// identity, the display columns of persons and accounts) for reading. Everything else goes through the owner's
// service. The README's ownership table is compared with the definitions too, so it stays true.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { kernel } from '../platform/module.ts';
import { modules, platformTables } from './index.ts';

const src = path.resolve(import.meta.dirname, '..');
const readSource = (f: string) =>
  fs
    .readFileSync(f, 'utf8')
    // Comments say "from the …" in prose: only code counts.
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

/** The tables of the schema: the keys of every `interface DB` block of db/schema.ts. */
function schemaTables(): string[] {
  const text = fs.readFileSync(path.join(src, 'db/schema.ts'), 'utf8');
  const out: string[] = [];
  for (const block of text.matchAll(/export interface DB \{([\s\S]*?)\n\}/g)) for (const m of block[1]!.matchAll(/^\s+([a-z_]+):/gm)) out.push(m[1]!);
  return out;
}

/** Which module's walls each source file stands in. Platform files that are a module's own plumbing count as that module. */
function filesOf(): Map<string, string[]> {
  const map = new Map<string, string[]>();
  const walk = (dir: string, out: string[] = []) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p, out);
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) out.push(p);
    }
    return out;
  };
  for (const d of fs.readdirSync(path.join(src, 'modules'), { withFileTypes: true }))
    if (d.isDirectory()) map.set(d.name, walk(path.join(src, 'modules', d.name)));
  map.set('audit', [...(map.get('audit') ?? []), path.join(src, 'platform/audit.ts')]);
  map.set('auth', [...(map.get('auth') ?? []), path.join(src, 'platform/sessions.ts')]);
  map.set('platform', [path.join(src, 'platform/jobs.ts')]);
  return map;
}

type Use = { table: string; write: boolean; file: string };

function usesIn(file: string, tables: Set<string>): Use[] {
  const text = readSource(file);
  const out: Use[] = [];
  const rel = path.relative(src, file);
  for (const m of text.matchAll(/\.(selectFrom|insertInto|updateTable|deleteFrom|innerJoin|leftJoin|rightJoin|fullJoin|mergeInto)\(\s*'([a-z_]+)/g))
    if (tables.has(m[2]!)) out.push({ table: m[2]!, write: /insertInto|updateTable|deleteFrom|mergeInto/.test(m[1]!), file: rel });
  // Raw SQL (sql`…` templates and strings): "from t", "join t", "update t", "insert into t", "delete from t".
  for (const m of text.matchAll(/\b(insert\s+into|delete\s+from|update|from|join)\s+([a-z_]+)\b/gi))
    if (tables.has(m[2]!)) out.push({ table: m[2]!, write: /insert|delete|update/i.test(m[1]!), file: rel });
  return out;
}

// Crossings found when the walls were first checked (42 of them), each since moved behind the owner's service.
// The list is empty and may only stay so: a new crossing fails the second test.
const knownCrossings = new Set<string>([]);

describe('module boundaries', () => {
  const tables = schemaTables();
  const owner = new Map<string, string>();
  for (const t of platformTables) owner.set(t, 'platform');
  for (const m of modules)
    for (const t of m.owns) {
      assert.ok(!owner.has(t), `${t} is owned by ${owner.get(t)} and ${m.name}`);
      owner.set(t, m.name);
    }

  it('every table of the schema has exactly one owner, and every owned table exists', () => {
    assert.deepEqual(
      tables.filter((t) => !owner.has(t)),
      [],
      'tables nobody owns',
    );
    assert.deepEqual(
      [...owner.keys()].filter((t) => !tables.includes(t)),
      [],
      'owned tables missing from the schema',
    );
  });

  const crossings = new Set<string>();
  const files = filesOf();
  const names = new Set([...modules.map((m) => m.name), 'platform']);
  for (const [mod, list] of files) {
    for (const f of list)
      for (const u of usesIn(f, new Set(tables))) {
        const own = owner.get(u.table) === mod;
        const kernelRead = !u.write && u.table in kernel;
        if (!own && !kernelRead) crossings.add(`${mod} ${u.write ? 'writes' : 'reads'} ${u.table} (${u.file})`);
      }
  }

  for (const m of files.keys()) if (!names.has(m)) crossings.add(`${m} has no module definition`);

  it('no module names a table it does not own, beyond reading the kernel', () => {
    assert.deepEqual([...crossings].filter((c) => !knownCrossings.has(c)).sort(), []);
  });

  it('the list of known crossings only shrinks', () => {
    assert.deepEqual([...knownCrossings].filter((c) => !crossings.has(c)).sort(), [], 'crossings that are gone: remove them from the list');
  });

  // A module reaches another only through its public surface: `api.ts` (what it offers other
  // modules), `service.ts`, `schema.ts` (vocabularies and types) or `module.ts`; never its
  // repository or an inner file, whose shape is the owner's business.
  it('modules import each other only through api, service, schema or module files', () => {
    const bad: string[] = [];
    for (const [mod, files] of filesOf()) {
      if (mod === 'platform') continue;
      for (const f of files) {
        if (!f.includes(`${path.sep}modules${path.sep}`)) continue;
        for (const m of readSource(f).matchAll(/from '\.\.\/([a-z-]+)\/([a-z-]+(?:\/[a-z-]+)*)\.ts'/g))
          if (m[1] !== mod && !['api', 'service', 'schema', 'module'].includes(m[2]!)) bad.push(`${path.relative(src, f)} imports ${m[1]}/${m[2]}.ts`);
      }
    }
    assert.deepEqual(bad.sort(), []);
  });

  // SQL lives in the repository (issue 13 §1 "every module with SQL has its repository"): a module's
  // service.ts and api.ts keep the rules, the order of the steps and the transactions, and call named
  // repository functions for the statements. The files below still hold SQL; the list only shrinks.
  const stillWithSql = new Set<string>([]);
  const withSql = new Map<string, string[]>();
  for (const d of fs.readdirSync(path.join(src, 'modules'), { withFileTypes: true })) {
    if (!d.isDirectory()) continue;
    for (const name of ['service.ts', 'api.ts']) {
      const file = path.join(src, 'modules', d.name, name);
      if (!fs.existsSync(file)) continue;
      const found = [...readSource(file).matchAll(/\.(selectFrom|insertInto|updateTable|deleteFrom|mergeInto|replaceInto)\(|\bsql\s*(?:<[^`]*?>)?`/g)].map(
        (m) => m[1] ?? 'sql`',
      );
      if (found.length) withSql.set(path.relative(src, file).split(path.sep).join('/'), found);
    }
  }

  it('services and api files hold no SQL (query builders or sql`…`), beyond the known list', () => {
    assert.deepEqual([...withSql.keys()].filter((f) => !stillWithSql.has(f)).sort(), [], 'move these statements into the module repository.ts');
  });

  it('the list of services and api files with SQL only shrinks', () => {
    assert.deepEqual([...stillWithSql].filter((f) => !withSql.has(f)).sort(), [], 'files without SQL now: remove them from the list');
  });

  // The same rule for a module's other files (issue 13 §1): in a module that has a repository (`repository.ts` or
  // `*-repository.ts`), only the repository files hold SQL — routes, jobs, imports, exports and rule files call named
  // repository functions. service.ts and api.ts are checked above (in every module). The files below still hold SQL
  // (found when the rule was first checked); the list only shrinks.
  const otherFilesWithSql = new Set<string>([]);
  const sqlOutsideRepository = new Map<string, string[]>();
  for (const [mod, list] of files) {
    if (mod === 'platform' || !list.some((f) => /repository[^/\\]*\.ts$/.test(path.basename(f)))) continue;
    for (const f of list) {
      const base = path.basename(f);
      if (!f.includes(`${path.sep}modules${path.sep}`) || base.includes('repository') || base === 'service.ts' || base === 'api.ts') continue;
      const found = [...readSource(f).matchAll(/\.(selectFrom|insertInto|updateTable|deleteFrom|mergeInto|replaceInto)\(|\bsql\s*(?:<[^`]*?>)?`/g)].map(
        (m) => m[1] ?? 'sql`',
      );
      if (found.length) sqlOutsideRepository.set(path.relative(src, f).split(path.sep).join('/'), found);
    }
  }

  it('in a module with a repository, no other file holds SQL, beyond the known list', () => {
    assert.deepEqual([...sqlOutsideRepository.keys()].filter((f) => !otherFilesWithSql.has(f)).sort(), [], 'move these statements into the module repository');
  });

  it('the list of other files with SQL only shrinks', () => {
    assert.deepEqual([...otherFilesWithSql].filter((f) => !sqlOutsideRepository.has(f)).sort(), [], 'files without SQL now: remove them from the list');
  });

  it("the README's ownership table matches the module definitions", () => {
    const readme = fs.readFileSync(path.resolve(src, '../../../README.md'), 'utf8');
    const section = /<!-- ownership:start -->([\s\S]*?)<!-- ownership:end -->/.exec(readme)?.[1] ?? '';
    const rows = new Map<string, string[]>();
    for (const m of section.matchAll(/^\| `([a-z-]+)` \| ([^|]*) \|/gm)) rows.set(m[1]!, [...m[2]!.matchAll(/`([a-z_]+)`/g)].map((x) => x[1]!).sort());
    const expected = new Map<string, string[]>([...modules.map((m) => [m.name, [...m.owns].sort()] as const), ['platform', [...platformTables].sort()]]);
    assert.deepEqual(Object.fromEntries(rows), Object.fromEntries(expected));
  });
});
