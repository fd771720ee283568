// The web's API types come from the OpenAPI document (issue 13 §3): packages/web/src/api/**/*.ts
// alias the generated types (`ApiResult`, `ApiItem`, `ApiBody`, `ApiQuery`, `Narrow` in contract.ts),
// so a server change that breaks the web fails its typecheck. The interfaces still written by hand
// are listed here, each with why; the list may only shrink (like the module walls' knownCrossings):
// a new hand-written interface fails, and one that is replaced by a generated alias must leave the list.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../web/src/api');

const loose = 'the route declares it loosely (z.unknown() / passthrough / z.any() binary union): the generated type cannot carry it';
const webOnly = 'web-only (a client helper or a form/filter value the web builds itself)';

/** `file:Name` → why it is still written by hand. */
const handWritten = new Map<string, string>([
  ['client.ts:FieldError', webOnly],
  ['client.ts:Page', webOnly],
  ['announcements.ts:AnnouncementQuery', webOnly],
  ['policy.ts:JsonSchema', 'inputSchema is z.unknown() on the server'],
  ['policy.ts:TraceEntry', 'wider than the live answer: stored traces may hold a plain-string reading'],
  ['applications.ts:Reason', `${loose} (evaluation)`],
  ['applications.ts:TraceItem', `${loose} (evaluation)`],
  ['applications.ts:Evaluation', `${loose} (evaluation)`],
  ['cards.ts:CardWorkRow', `${loose} (JSON or .xlsx)`],
  ['cards.ts:CardWorkReport', `${loose} (JSON or .xlsx)`],
  ['lifecycle/slates.ts:SlateReport', loose],
]);

function sources(dir: string, base = ''): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const rel = base ? `${base}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...sources(path.join(dir, e.name), rel));
    else if (/\.tsx?$/.test(e.name) && e.name !== 'openapi.d.ts') out.push(rel);
  }
  return out;
}

describe('web API types', () => {
  const found = new Set<string>();
  for (const file of sources(apiDir)) {
    const text = fs.readFileSync(path.join(apiDir, file), 'utf8');
    // Hand-written shapes: `export interface X` and `export type X = {` (an object literal, not an alias).
    for (const m of text.matchAll(/^export (?:interface (\w+)|type (\w+)(?:<[^=]*>)? = \{)/gm)) found.add(`${file}:${m[1] ?? m[2]}`);
  }

  it('declares no hand-written API shape beyond the known list (alias the generated types: api/contract.ts)', () => {
    assert.deepEqual([...found].filter((k) => !handWritten.has(k)).sort(), []);
  });

  it('the known list only shrinks: an interface replaced by a generated alias leaves it', () => {
    assert.deepEqual([...handWritten.keys()].filter((k) => !found.has(k)).sort(), []);
  });

  it('every hooks file but client.ts and contract.ts types its answers from the generated document', () => {
    const without = sources(apiDir).filter(
      (f) =>
        !['client.ts', 'contract.ts', 'lifecycle.ts', 'lifecycle/common.ts'].includes(f) &&
        !/from '\.\.?\/contract\.ts'/.test(fs.readFileSync(path.join(apiDir, f), 'utf8')),
    );
    assert.deepEqual(without.sort(), []);
  });
});
