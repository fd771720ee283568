/**
 * Run YAML policy cases: node --import tsx packages/policy/scripts/run-cases.ts [FILES_OR_DIRS…]
 * (default: packages/policy/tests). Prints each failure, then "N passed, M failed"; exit 1 on failure.
 */
import { fileURLToPath } from 'node:url';
import { runCaseFiles, summaryLine } from '../src/index.ts';

const args = process.argv.slice(2);
const filterAt = args.indexOf('--filter');
const filter = filterAt >= 0 ? args.splice(filterAt, 2)[1] : undefined;
const paths = args.length > 0 ? args : [fileURLToPath(new URL('../tests/', import.meta.url))];

const run = runCaseFiles(paths, filter ? { filter } : {});
for (const r of run.results) {
  if (r.ok) continue;
  console.log(`FAIL ${r.file ? `${r.file}: ` : ''}${r.name}`);
  for (const e of r.errors) console.log(`  - ${e}`);
}
console.log(summaryLine(run));
process.exitCode = run.failed > 0 ? 1 : 0;
