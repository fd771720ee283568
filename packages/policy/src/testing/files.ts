import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { PolicyError } from '../core/errors.ts';
import { runCases, type CaseRun, type RunCasesOptions } from './cases.ts';

/** Reading case files from disk (node only; the rest of the engine takes data). */

export interface CaseFile {
  file: string;
  cases: unknown[];
}

/** The YAML files under the given paths (directories searched recursively, in name order). */
export function listCaseFiles(paths: string[]): string[] {
  return paths.flatMap(listYaml);
}

function listYaml(path: string): string[] {
  let st: ReturnType<typeof statSync>;
  try {
    st = statSync(path);
  } catch {
    throw new PolicyError('invalid-case', { zh: `找不到用例文件或目录 ${path}`, en: `No such case file or directory: ${path}` }, { field: path });
  }
  if (st.isDirectory()) {
    return readdirSync(path)
      .sort()
      .flatMap((n) => {
        const p = join(path, n);
        return statSync(p).isDirectory() || /\.ya?ml$/.test(n) ? listYaml(p) : [];
      });
  }
  return [path];
}

/** Read YAML case files (directories are searched for *.yaml / *.yml, in name order). */
export function loadCaseFiles(paths: string[]): CaseFile[] {
  return paths.flatMap(listYaml).map((file) => {
    let data: unknown;
    try {
      data = parseYaml(readFileSync(file, 'utf8'));
    } catch (e) {
      throw new PolicyError(
        'invalid-case',
        { zh: `用例文件 ${file} 无法解析：${(e as Error).message}`, en: `Cannot parse case file ${file}: ${(e as Error).message}` },
        { field: file },
      );
    }
    if (data === null || data === undefined) data = [];
    if (!Array.isArray(data)) {
      throw new PolicyError('invalid-case', { zh: `用例文件 ${file} 应为列表`, en: `Case file ${file} must hold a list of cases` }, { field: file });
    }
    return { file, cases: data };
  });
}

/**
 * Load and run case files; a file that cannot be read counts as one failed result instead of
 * stopping the run.
 */
export function runCaseFiles(paths: string[], opts: Omit<RunCasesOptions, 'file'> = {}): CaseRun {
  const total: CaseRun = { passed: 0, failed: 0, results: [] };
  const fail = (file: string, e: unknown) => {
    total.failed++;
    total.results.push({ name: file, ok: false, errors: [(e as Error).message], file });
  };
  for (const path of paths) {
    let files: string[];
    try {
      files = listYaml(path);
    } catch (e) {
      fail(path, e);
      continue;
    }
    for (const file of files) {
      let loaded: CaseFile;
      try {
        loaded = loadCaseFiles([file])[0]!;
      } catch (e) {
        fail(file, e);
        continue;
      }
      const run = runCases(loaded.cases, { ...opts, file });
      total.passed += run.passed;
      total.failed += run.failed;
      total.results.push(...run.results);
    }
  }
  return total;
}

const CASES_DIR = new URL('../../tests/', import.meta.url);

/** The bundled cases (tests/*.yaml) of one program, for previewing a new version on them. */
export function programCases(program: string): unknown[] {
  const dir = CASES_DIR.pathname;
  return loadCaseFiles([decodeURIComponent(dir)]).flatMap((f) =>
    f.cases.filter((c) => c !== null && typeof c === 'object' && (c as { program?: unknown }).program === program),
  );
}
