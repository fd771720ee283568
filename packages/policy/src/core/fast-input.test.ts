import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getProgramDefinition, listPrograms } from '../index.ts';
import { PolicyError } from './errors.ts';
import { compileInput } from './fast-input.ts';
import { parseInput } from './input.ts';

// Random inputs mixing valid values, near misses and junk, per field name seen in the programs.
const VALUES: unknown[] = [
  undefined,
  null,
  true,
  false,
  0,
  1,
  -1,
  2.5,
  59,
  60,
  180,
  2025,
  1e20,
  Number.NaN,
  '',
  'A',
  'B+',
  'C',
  'collective',
  'new-card',
  'individual',
  'ordinary',
  'special',
  '2025-01-01',
  '2025-02-29',
  '2024-02-29',
  '2025-13-01',
  '2025-1-1',
  'critical-illness',
  'hospitalization',
  'instant',
  'centralized',
  [],
  {},
  500,
  500.01,
];

function rng(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

test('the fast input path accepts and refuses exactly what zod does, with the same error', () => {
  const rand = rng(42);
  for (const info of listPrograms()) {
    const def = getProgramDefinition(info.code)!;
    const schemas = [def.input, ...Object.values(def.inputByPolicy ?? {})];
    const keys = Object.keys((info.inputSchema as { properties?: object }).properties ?? {});
    for (const schema of schemas) {
      const fast = compileInput(schema);
      for (let i = 0; i < 3000; i++) {
        const input: Record<string, unknown> = {};
        for (const k of keys) if (rand() < 0.8) input[k] = VALUES[Math.floor(rand() * VALUES.length)];
        if (rand() < 0.05) input.extra = 1;
        let slowOut: unknown, slowErr: PolicyError | undefined, fastOut: unknown, fastErr: PolicyError | undefined;
        try {
          slowOut = parseInput(schema, input);
        } catch (e) {
          slowErr = e as PolicyError;
        }
        try {
          fastOut = fast(input);
        } catch (e) {
          fastErr = e as PolicyError;
        }
        assert.equal(!!fastErr, !!slowErr, `${info.code}: ${JSON.stringify(input)}`);
        if (slowErr) {
          assert.ok(
            fastErr instanceof PolicyError && slowErr instanceof PolicyError,
            `${info.code}: ${JSON.stringify(input)}: ${String(fastErr)} / ${String(slowErr)}`,
          );
          assert.deepEqual(fastErr.toJSON(), slowErr.toJSON());
        } else assert.deepEqual(fastOut, slowOut, `${info.code}: ${JSON.stringify(input)}`);
      }
    }
  }
});
