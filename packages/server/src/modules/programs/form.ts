// The program descriptor's application form (issue 13 §4): each program's form as JSON Schema with
// its labels, field order and conditional fields, from the one place that defines it, the adapter's
// zod `form` (catalog.ts, and the adapters other modules register). The web draws every form from it
// (components/schema-form.tsx) instead of keeping its own copy.
//
// A field's label is the adapter's own (`.meta()` in catalog.ts) where it has one, else the engine's
// label of the input of the same name (@shishi/policy publishes one for every input), else the zod
// description. Only the keys the renderer reads are kept (FORM_KEYS), so the answer fits its strict
// response schema whatever a form's zod holds.
import { getProgram } from '@shishi/policy';
import { z } from 'zod';
import { ZIsoDate } from '../../platform/schemas.ts';
import { adapters, type ProgramAdapter } from './catalog.ts';
import type { TFormDescriptor, TFormField } from './schema.ts';

type Json = Record<string, any>;
type Bilingual = { zh: string; en: string };

const DATE_PATTERN = (z.toJSONSchema(ZIsoDate) as Json).pattern as string;
const KEPT = [
  'type',
  'enum',
  'format',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'multipleOf',
  'default',
  'description',
  'x-help',
  'x-visible-when',
  'x-required-when-visible',
  'x-prefill',
] as const;

/** A property's JSON Schema without its optional/nullable wrapping (`anyOf: [X, {type: 'null'}]`). */
function unwrap(p: Json): Json {
  if (Array.isArray(p.anyOf)) {
    const inner = p.anyOf.filter((x: Json) => x?.type !== 'null');
    if (inner.length === 1) return { ...inner[0], ...Object.fromEntries(Object.entries(p).filter(([k]) => k !== 'anyOf')) };
  }
  return p;
}

const pick = (o: Json, keys: string[]) => Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]]));
const isBilingual = (v: unknown): v is Bilingual => typeof (v as Bilingual)?.zh === 'string' && typeof (v as Bilingual)?.en === 'string';

function field(name: string, own: Json, engine: Json | undefined): TFormField {
  const p = unwrap(own);
  const out: Json = {};
  for (const k of KEPT) if (p[k] !== undefined) out[k] = p[k];
  if (Array.isArray(p.type)) out.type = p.type.find((t: string) => t !== 'null');
  if (out.type === undefined && p.enum) out.type = typeof p.enum[0] === 'number' ? 'number' : 'string';
  if (out.type === undefined) out.type = p.properties || p.additionalProperties ? 'object' : 'string';
  if (p.pattern === DATE_PATTERN) {
    out.format = 'date';
    delete out.pattern;
  }
  if (p.type === 'array' && p.items) {
    const items = unwrap(p.items);
    out.items = { type: items.type ?? 'string', ...(items.enum ? { enum: items.enum } : {}) };
    // A list of rows (the teaching points: address and postcode each): each row's fields, labelled.
    if (items.type === 'object' && items.properties) {
      out.items.properties = Object.fromEntries(
        Object.entries(items.properties as Record<string, Json>).map(([k, sub]) => {
          const f = unwrap(sub);
          const label = isBilingual(f['x-label']) ? f['x-label'] : { zh: f.description || k, en: k };
          return [
            k,
            { type: f.type === 'integer' || f.type === 'number' ? f.type : 'string', ...pick(f, ['pattern', 'minLength', 'maxLength']), 'x-label': label },
          ];
        }),
      );
      out.items.required = items.required ?? [];
    }
    if (p.minItems !== undefined) out.minItems = p.minItems;
    if (p.maxItems !== undefined && p.maxItems < 1e6) out.maxItems = p.maxItems;
  }
  const description = typeof p.description === 'string' ? p.description : undefined;
  out['x-label'] = isBilingual(p['x-label']) ? p['x-label'] : isBilingual(engine?.['x-label']) ? engine['x-label'] : { zh: description || name, en: name };
  const values: unknown[] | undefined = p.enum ?? (p.type === 'array' ? unwrap(p.items ?? {}).enum : undefined);
  if (values) {
    const ownLabels = (p['x-enum-labels'] ?? {}) as Record<string, Bilingual>;
    const engineLabels = (engine?.['x-enum-labels'] ?? engine?.items?.['x-enum-labels'] ?? {}) as Record<string, Bilingual>;
    out['x-enum-labels'] = Object.fromEntries(
      values.map((v) => [String(v), ownLabels[String(v)] ?? engineLabels[String(v)] ?? { zh: String(v), en: String(v) }]),
    );
  }
  return out as TFormField;
}

const cache = new WeakMap<ProgramAdapter, TFormDescriptor>();

/** The application form of a program, or undefined when the program has none (nobody applies to it). */
export function formDescriptor(code: string): TFormDescriptor | undefined {
  const adapter = adapters[code];
  if (!adapter) return undefined;
  const hit = cache.get(adapter);
  if (hit) return hit;
  const js = z.toJSONSchema(adapter.form, { io: 'input', unrepresentable: 'any' }) as Json;
  const engine = (getProgram(code)?.inputSchema as Json | undefined)?.properties as Record<string, Json> | undefined;
  const names = Object.keys(js.properties ?? {});
  const properties = Object.fromEntries(names.map((n) => [n, field(n, js.properties[n], engine?.[n])]));
  const d: TFormDescriptor = {
    program: code,
    applicant: adapter.applicant ?? 'member',
    schema: {
      type: 'object',
      properties,
      required: (js.required ?? []).filter((n: string) => names.includes(n)),
      additionalProperties: false,
      'x-order': names,
    },
  };
  cache.set(adapter, d);
  return d;
}
