import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'zod';
import { getParameters, getParameterTimeline, getProgramDefinition, listPrograms } from '../index.ts';
import { labelled } from './labels.ts';
import { loadParameterFile } from './params.ts';

const HAN = /[\u4e00-\u9fff]/;
type Prop = {
  'x-label'?: { zh?: string; en?: string };
  'x-enum-labels'?: Record<string, { zh?: string; en?: string }>;
  title?: string;
  description?: string;
  enum?: unknown[];
  items?: { enum?: unknown[] };
};

function assertBilingual(m: unknown, where: string) {
  const r = m as { zh?: unknown; en?: unknown };
  assert.ok(r && typeof r === 'object', `${where}: not a { zh, en } object`);
  assert.equal(typeof r.zh, 'string', `${where}: zh`);
  assert.equal(typeof r.en, 'string', `${where}: en`);
  assert.ok((r.zh as string).trim() && (r.en as string).trim(), `${where}: empty zh or en`);
  assert.match(r.zh as string, HAN, `${where}: zh has no Chinese`);
}

test('every reading and version note of every program is { zh, en }, both non-empty, zh in Chinese', () => {
  let readings = 0;
  for (const p of listPrograms()) {
    for (const v of p.versions) if (v.note !== undefined) assertBilingual(v.note, `${p.code} version ${v.policy} note`), readings++;
    const names = Object.keys(getProgramDefinition(p.code)!.parameters);
    for (const name of names) {
      for (const e of getParameterTimeline(p.code, name)) {
        if (e.reading !== undefined) assertBilingual(e.reading, `${p.code}.${name}@${e.from}`), readings++;
      }
    }
    for (const v of p.versions) {
      for (const pv of getParameters(p.code, v.from)) if (pv.reading !== undefined) assertBilingual(pv.reading, `${p.code}.${pv.name} on ${v.from}`);
    }
  }
  assert.ok(readings >= 96, `only ${readings} readings`);
});

test('every input field of every program (and of every narrower version) has x-label, title, description and enum labels', () => {
  let fields = 0;
  for (const p of listPrograms()) {
    const schemas = [['', p.inputSchema], ...p.versions.filter((v) => v.inputSchema).map((v) => [` ${v.policy}`, v.inputSchema])] as [string, unknown][];
    for (const [tag, s] of schemas) {
      const props = (s as { properties?: Record<string, Prop> }).properties ?? {};
      assert.ok(Object.keys(props).length, `${p.code}${tag}: no fields`);
      for (const [k, prop] of Object.entries(props)) {
        const where = `${p.code}${tag}.${k}`;
        assertBilingual(prop['x-label'], `${where} x-label`);
        assert.equal(prop.title, prop['x-label']!.zh, `${where}: title is the Chinese label`);
        assert.ok(prop.description?.startsWith(prop['x-label']!.en!), `${where}: description starts with the English label`);
        const values = prop.enum ?? prop.items?.enum;
        if (values) {
          for (const v of values) assertBilingual(prop['x-enum-labels']?.[String(v)], `${where} = ${String(v)}`);
          assert.deepEqual(Object.keys(prop['x-enum-labels']!).sort(), values.map(String).sort(), `${where}: enum labels match the values`);
        }
        fields++;
      }
    }
  }
  assert.ok(fields >= 100, `only ${fields} fields`);
});

test('labelled() refuses a field or an enum value without a label', () => {
  assert.throws(() => labelled({ nope: z.string() }), /nope has no label/);
  assert.throws(() => labelled({ k: z.enum(['a', 'b']) }, { k: { zh: '甲', en: 'K', values: { a: ['甲', 'A'] } } }), /no label for b/);
});

test('a plain-string reading or note is still accepted, as English shown for both languages', () => {
  const yaml = `program: t
versions:
  - { policy: "1", from: 2020-01-01, source: s, note: Old note. }
parameters:
  x:
    unit: count
    values:
      - { from: 2020-01-01, value: 1, source: s, reading: Old reading. }
`;
  const f = loadParameterFile('t', { x: z.number() }, yaml);
  assert.deepEqual(f.versions[0]!.note, { zh: 'Old note.', en: 'Old note.' });
  assert.deepEqual(f.parameters.get('x')!.values[0]!.reading, { zh: 'Old reading.', en: 'Old reading.' });
  const bad = yaml.replace('reading: Old reading.', 'reading: { zh: "", en: x }');
  assert.throws(() => loadParameterFile('t', { x: z.number() }, bad), /invalid/);
});
