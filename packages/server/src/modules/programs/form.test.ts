// Every program's published application form (form.ts, GET /programs/:id/form) in both languages
// (issue 13 §4): an officer working in English and one in Chinese each read every field and every
// choice by its name, never by the code the API uses (siteId, leaderEmail, new-town). All adapters,
// the sites' and classes' included, whether or not the demo opens an instance of them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import '../index.ts';
import { adapters } from './catalog.ts';
import { formDescriptor } from './form.ts';

describe('published application forms', () => {
  it('the modules register the sites’ and classes’ forms beside the member programs', () => {
    for (const p of [
      'skill-promotion-award',
      'member-vacation',
      'driver-home-grant',
      'health-point-grant',
      'canteen-standard',
      'childcare-subsidy',
      'class-teaching-point',
      'class-direct-booking',
    ])
      assert.ok(formDescriptor(p), p);
  });

  for (const program of Object.keys(adapters))
    it(`${program}: every field and every choice is named in Chinese and in English`, () => {
      const f = formDescriptor(program)!;
      for (const [name, field] of Object.entries(f.schema.properties)) {
        const l = field['x-label'];
        assert.ok(l.zh && l.zh !== name, `${program}.${name}: a Chinese label, not the code (${l.zh})`);
        assert.ok(l.en && l.en !== name, `${program}.${name}: an English label, not the code (${l.en})`);
        for (const v of field.enum ?? field.items?.enum ?? []) {
          const vl = field['x-enum-labels']?.[String(v)];
          assert.ok(vl?.zh && vl.zh !== String(v), `${program}.${name} = ${String(v)}: a Chinese name`);
          assert.ok(vl?.en, `${program}.${name} = ${String(v)}: an English name`);
        }
      }
    });
});
