// The application form is generated from the policy program's input JSON Schema. What the registry
// and the clock supply (membership, application date, earlier payments) is left out, and the few
// fields the workflow adds to the engine's input (certificate and patent numbers, the apprentice)
// are put in, per program, as the server's catalog (modules/programs/catalog.ts) takes them.
import type { JsonSchema, JsonSchemaProperty } from '../../api/programs.ts';

export type FieldKind = 'boolean' | 'enum' | 'date' | 'text' | 'number';

export interface FieldSpec {
  name: string;
  kind: FieldKind;
  options?: (string | number | boolean)[];
  /** Required whenever the field is shown. */
  required: boolean;
  /** Shown only when another field has this value. */
  visibleWhen?: { field: string; equals: unknown };
  max?: number;
}

interface Overlay {
  omit: string[];
  extra: (FieldSpec & { after?: string })[];
  visibleWhen?: Record<string, { field: string; equals: unknown }>;
  /** Conditional fields that are required once shown. */
  requiredWhenShown?: string[];
  /** Schema fields the registry fills in by default (optional on the form). */
  optional?: string[];
}

/** Supplied by the server from the registry and the clock; never asked of the applicant. */
const supplied = ['isMember', 'appliedOn', 'paidThisYear', 'union'];

const overlays: Record<string, Overlay> = {
  'skill-promotion-award': {
    omit: supplied,
    extra: [
      { name: 'certificateNo', kind: 'text', required: true, max: 40, after: 'newLevel' },
      { name: 'apprenticeName', kind: 'text', required: true, max: 50, after: 'certificateIssuer', visibleWhen: { field: 'role', equals: 'mentor' } },
    ],
    visibleWhen: { agreementStamped: { field: 'role', equals: 'mentor' }, agreementSignedOn: { field: 'role', equals: 'mentor' } },
    requiredWhenShown: ['agreementStamped'],
  },
  'invention-award': {
    omit: supplied,
    extra: [{ name: 'patentNo', kind: 'text', required: true, max: 40 }],
    optional: ['frontline', 'invalidated'],
  },
  // 000 附件2; 003 附件2-9 一(一): the subsidy already had this year comes from the register, never the form;
  // the desk types the member number from the card (checked by the server).
  'member-vacation': {
    omit: [...supplied, 'subsidyUsedThisYear'],
    extra: [{ name: 'memberNo', kind: 'text', required: false, max: 20, after: 'marketPrice' }],
  },
  'critical-illness-condolence': {
    omit: supplied,
    extra: [],
    visibleWhen: { coverageStart: { field: 'hasMemberProtection', equals: true }, coverageEnd: { field: 'hasMemberProtection', equals: true } },
  },
};

function kindOf(p: JsonSchemaProperty): FieldKind {
  if (p.type === 'boolean') return 'boolean';
  if (p.enum) return 'enum';
  if (p.format === 'date') return 'date';
  if (p.type === 'number' || p.type === 'integer') return 'number';
  return 'text';
}

export function formFields(program: string, schema: JsonSchema): FieldSpec[] {
  const o = overlays[program] ?? { omit: supplied, extra: [] };
  const required = new Set(schema.required ?? []);
  const fields: FieldSpec[] = Object.entries(schema.properties)
    .filter(([name]) => !o.omit.includes(name))
    .map(([name, p]) => {
      const visibleWhen = o.visibleWhen?.[name];
      return {
        name,
        kind: kindOf(p),
        options: p.enum,
        required: visibleWhen ? !!o.requiredWhenShown?.includes(name) : required.has(name) && !o.optional?.includes(name),
        ...(visibleWhen ? { visibleWhen } : {}),
      };
    });
  for (const { after, ...x } of o.extra) {
    const at = after ? fields.findIndex((f) => f.name === after) + 1 : 0;
    fields.splice(at > 0 ? at : after ? fields.length : 0, 0, x);
  }
  return fields;
}

export const isShown = (f: FieldSpec, values: Record<string, unknown>) => !f.visibleWhen || values[f.visibleWhen.field] === f.visibleWhen.equals;

/** Values the registry gives before the applicant types anything. */
export function prefill(program: string, registry: { categories?: string[] } | undefined): Record<string, unknown> {
  if (program === 'invention-award') return { frontline: registry?.categories?.includes('frontline-worker') ?? undefined, invalidated: false };
  return {};
}

/** The form as the server takes it: shown fields only, empty ones left out. */
export function formBody(fields: FieldSpec[], values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    if (!isShown(f, values)) continue;
    const v = values[f.name];
    if (v === undefined || v === null || v === '') continue;
    out[f.name] = typeof v === 'string' ? v.trim() : v;
  }
  return out;
}
