// The one form renderer (issue 13 §4): the form items for a JSON Schema as the server publishes it —
// a policy program's input (GET /policy/programs/:code, the policy explorer) or a program's
// application form (GET /programs/:id/form: the application pages, the member portal). The schema
// carries everything a form needs, so no page keeps a copy of its own:
//   x-label, x-enum-labels   the field's and each value's label ({ zh, en })
//   x-help                   one line under the field
//   x-order                  the order of the fields (else: required fields first, in the schema's order)
//   x-visible-when           shown, and sent, only while another field has a value
//   x-required-when-visible  such a field must then be filled
//   x-prefill                true before the applicant answers when the member has this registry category
// Kinds: enums → Select (or radios), booleans → Switch (or yes/no radios), numbers → InputNumber,
// dates → DateInput (the value stays YYYY-MM-DD text), strings → Input, arrays of enums → multiple
// Select, lists of rows (an array of objects of strings/numbers) → one line of inputs per row, maps (an object
// of numbers, e.g. scores by indicator) → a key/value editor, anything else → JSON.
import { Button, Flex, Form, Input, InputNumber, Radio, Select, Switch, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import type { JsonSchema } from '../api/policy.ts';
import { useI18n } from '../i18n/index.tsx';
import { DateInput } from './date-input.tsx';
import { useKeyLabel } from './policy-values.tsx';

export type FieldKind = 'enum' | 'boolean' | 'integer' | 'number' | 'date' | 'string' | 'enum-array' | 'string-array' | 'rows' | 'map' | 'json';

const typeOf = (s: JsonSchema) => (Array.isArray(s.type) ? s.type.find((x) => x !== 'null') : s.type);

export function fieldKind(s: JsonSchema): FieldKind {
  const type = typeOf(s);
  if (s.enum) return 'enum';
  if (type === 'boolean') return 'boolean';
  if (type === 'integer') return 'integer';
  if (type === 'number') return 'number';
  if (type === 'string') return s.format === 'date' || /\\d\{4\}-|\\d\\d\\d\\d-|\d{4}-\d{2}/.test(s.pattern ?? '') ? 'date' : 'string';
  if (type === 'array') return s.items?.enum ? 'enum-array' : s.items?.properties ? 'rows' : 'string-array';
  if (type === 'object' && typeof s.additionalProperties === 'object' && !s.properties) return 'map';
  return 'json';
}

/** The fields in the form's order: `x-order` when the schema gives one, else required fields first. */
export function orderedFields(schema: JsonSchema): [string, JsonSchema][] {
  const props = schema.properties ?? {};
  if (schema['x-order']) return schema['x-order'].filter((k) => props[k]).map((k) => [k, props[k]!]);
  const required = new Set(schema.required ?? []);
  const all = Object.entries(props);
  return [...all.filter(([k]) => required.has(k)), ...all.filter(([k]) => !required.has(k))];
}

/** Whether a field is shown for these values (a field with `x-visible-when` only on that answer). */
export const isShown = (s: JsonSchema, values: Record<string, unknown> | undefined) =>
  !s['x-visible-when'] || values?.[s['x-visible-when'].field] === s['x-visible-when'].equals;

/**
 * Starting values: the schema's defaults; what the registry gives (`x-prefill`, from the member's
 * categories) when a registry record is at hand; and, with `switches`, `false` for required
 * booleans (a switch is never blank; yes/no radios start unanswered).
 */
export function initialValues(schema: JsonSchema, opts: { registry?: { categories?: string[] }; switches?: boolean } = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const required = new Set(schema.required ?? []);
  for (const [k, s] of Object.entries(schema.properties ?? {})) {
    const kind = fieldKind(s);
    if (s['x-prefill'] && opts.registry?.categories) out[k] = opts.registry.categories.includes(s['x-prefill'].category);
    else if (s.default !== undefined) out[k] = s.default;
    else if (opts.switches && kind === 'boolean' && required.has(k)) out[k] = false;
    else if (kind === 'map' || kind === 'rows') out[k] = [{}];
  }
  return out;
}

/** Form values → what the server takes: shown fields only, blanks left out, text trimmed, dates as YYYY-MM-DD, maps as objects. */
export function formBody(schema: JsonSchema, values: Record<string, unknown> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, s] of orderedFields(schema)) {
    if (!isShown(s, values)) continue;
    const v = values?.[k];
    if (v === undefined || v === null || v === '') continue;
    const kind = fieldKind(s);
    if (kind === 'date') out[k] = dayjs.isDayjs(v) ? (v as Dayjs).format('YYYY-MM-DD') : v;
    else if (kind === 'map') {
      const pairs = (v as { key?: string; value?: number }[]).filter((p) => p?.key && p.value !== undefined && p.value !== null);
      out[k] = Object.fromEntries(pairs.map((p) => [p.key!.trim(), p.value]));
    } else if (kind === 'json') {
      try {
        out[k] = JSON.parse(String(v));
      } catch {
        out[k] = v;
      }
    } else if (kind === 'rows') {
      // A list of rows: each row's text trimmed, rows left wholly blank dropped.
      const rows = (v as Record<string, unknown>[])
        .map((r) =>
          Object.fromEntries(
            Object.entries(r ?? {}).flatMap(([f, x]) => (typeof x === 'string' ? (x.trim() ? [[f, x.trim()]] : []) : x == null ? [] : [[f, x]])),
          ),
        )
        .filter((r) => Object.keys(r).length);
      if (rows.length) out[k] = rows;
    } else if ((kind === 'enum-array' || kind === 'string-array') && Array.isArray(v) && !v.length) continue;
    else if (typeof v === 'string') {
      if (v.trim()) out[k] = v.trim();
    } else out[k] = v;
  }
  return out;
}

function MapEditor({ name, valueSchema, testId }: { name: (string | number)[]; valueSchema: JsonSchema; testId: string }) {
  const { t } = useI18n();
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <div data-testid={testId}>
          {fields.map((f) => (
            <Flex key={f.key} gap={8} align="start">
              <Form.Item name={[f.name, 'key']} style={{ flex: 1, marginBottom: 8 }}>
                <Input placeholder={t('policy.mapKey')} data-testid={`${testId}-key-${f.name}`} />
              </Form.Item>
              <Form.Item name={[f.name, 'value']} style={{ width: 140, marginBottom: 8 }}>
                <InputNumber
                  placeholder={t('policy.mapValue')}
                  style={{ width: '100%' }}
                  precision={typeOf(valueSchema) === 'integer' ? 0 : undefined}
                  data-testid={`${testId}-value-${f.name}`}
                />
              </Form.Item>
              <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={t('common.delete')} />
            </Flex>
          ))}
          <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add({})} data-testid={`${testId}-add`}>
            {t('policy.mapAdd')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}

/** A list of rows (e.g. the teaching points, each an address and a postcode): one line of inputs per row. */
function RowsEditor({ name, schema, testId }: { name: (string | number)[]; schema: JsonSchema; testId: string }) {
  const { t, pick } = useI18n();
  const fields = Object.entries(schema.items?.properties ?? {});
  const required = new Set(schema.items?.required ?? []);
  return (
    <Form.List name={name}>
      {(rows, { add, remove }) => (
        <div data-testid={testId}>
          {rows.map((r) => (
            <Flex key={r.key} gap={8} align="start">
              {fields.map(([f, fs]) => (
                <Form.Item
                  key={f}
                  name={[r.name, f]}
                  style={{ flex: fs.maxLength && fs.maxLength <= 20 ? '0 0 120px' : 1, marginBottom: 8 }}
                  rules={[
                    ...(required.has(f) ? [{ required: true, message: t('common.required') }] : []),
                    ...(fs.pattern ? [{ pattern: new RegExp(fs.pattern), message: t('policy.patternMismatch') }] : []),
                  ]}
                >
                  {fs.type === 'string' ? (
                    <Input placeholder={fs['x-label'] ? pick(fs['x-label']) : f} maxLength={fs.maxLength} data-testid={`${testId}-${r.name}-${f}`} />
                  ) : (
                    <InputNumber placeholder={fs['x-label'] ? pick(fs['x-label']) : f} style={{ width: '100%' }} data-testid={`${testId}-${r.name}-${f}`} />
                  )}
                </Form.Item>
              ))}
              <Button
                type="text"
                icon={<DeleteOutlined />}
                onClick={() => remove(r.name)}
                disabled={rows.length <= (schema.minItems ?? 0)}
                aria-label={t('common.delete')}
              />
            </Flex>
          ))}
          {(schema.maxItems === undefined || rows.length < schema.maxItems) && (
            <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add({})} data-testid={`${testId}-add`}>
              {t('policy.rowAdd')}
            </Button>
          )}
        </div>
      )}
    </Form.List>
  );
}

export interface SchemaFieldsProps {
  schema: JsonSchema;
  /** The form path the values live under (`['input']` in the policy explorer; the form's root by default). */
  path?: string[];
  /** Test ids: `<prefix>-<field>`, options `<prefix>-<field>-<value>` (`-yes` / `-no`). */
  testIdPrefix: string;
  /** The current values under `path`, for the fields shown only on another answer. */
  values?: Record<string, unknown>;
  /** An applicant's form: booleans as yes/no radios and short enums (≤ 4 values) as radios, every answer a visible choice. */
  radios?: boolean;
  /** Show each field's code beside its English label (the policy explorer, where officers read the engine's inputs). */
  showCodes?: boolean;
}

/** The form items for every (shown) property of `schema`. */
export function SchemaFields({ schema, path = [], testIdPrefix, values, radios = false, showCodes = false }: SchemaFieldsProps) {
  const { t, tx, pick, lang } = useI18n();
  const label = useKeyLabel();
  // Labels: the schema's own (x-label / x-enum-labels) first, then the pkey.* dictionary.
  const fieldLabel = (k: string, s: JsonSchema) => (s['x-label'] ? pick(s['x-label']) : label(k));
  const fieldHelp = (k: string, s: JsonSchema) => {
    if (s['x-help']) return pick(s['x-help']);
    const own = tx(`policy.help.${k}`, '');
    if (own || lang !== 'en' || !s['x-label'] || !s.description) return own;
    const dash = s.description.indexOf(' — ');
    return dash >= 0 ? s.description.slice(dash + 3) : '';
  };
  const required = new Set(schema.required ?? []);
  // An applicant's form keeps dates and numbers short; the explorer's narrow column is filled.
  const narrow = radios ? 220 : undefined;
  return (
    <>
      {orderedFields(schema).map(([k, s]) => {
        if (!isShown(s, values)) return null;
        const kind = fieldKind(s);
        const testId = `${testIdPrefix}-${k}`;
        const name = fieldLabel(k, s);
        const title = (
          <span key={k}>
            {name}
            {showCodes && lang === 'en' && name !== k && (
              <Typography.Text type="secondary" style={{ fontSize: 12, fontFamily: 'monospace', marginLeft: 6 }}>
                {k}
              </Typography.Text>
            )}
          </span>
        );
        const help = fieldHelp(k, s);
        const must = required.has(k) || (!!s['x-required-when-visible'] && !!s['x-visible-when']);
        const rules = must && kind !== 'map' ? [{ required: true, message: t('common.required') }] : [];
        const common = { name: [...path, k], label: title, extra: help || undefined, rules, required: must };
        const enumLabels = s['x-enum-labels'] ?? s.items?.['x-enum-labels'];
        const optLabel = (v: string) => (enumLabels?.[v] ? pick(enumLabels[v]) : label(v));
        const enumOpts = (vals: unknown[]) =>
          vals.map((v) => ({
            value: v as string,
            label: !showCodes || optLabel(String(v)) === String(v) || lang !== 'en' ? optLabel(String(v)) : `${optLabel(String(v))} (${String(v)})`,
          }));
        switch (kind) {
          case 'enum':
            return (
              <Form.Item key={k} {...common}>
                {radios && s.enum!.length <= 4 ? (
                  <Radio.Group data-testid={testId} style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
                    {s.enum!.map((o) => (
                      <Radio key={String(o)} value={o}>
                        <span data-testid={`${testId}-${String(o)}`}>{optLabel(String(o))}</span>
                      </Radio>
                    ))}
                  </Radio.Group>
                ) : (
                  <Select data-testid={testId} allowClear={!must} options={enumOpts(s.enum!)} showSearch={{ optionFilterProp: 'label' }} />
                )}
              </Form.Item>
            );
          case 'boolean':
            return radios ? (
              <Form.Item key={k} {...common}>
                <Radio.Group
                  data-testid={testId}
                  options={[
                    { value: true, label: <span data-testid={`${testId}-yes`}>{t('common.yes')}</span> },
                    { value: false, label: <span data-testid={`${testId}-no`}>{t('common.no')}</span> },
                  ]}
                />
              </Form.Item>
            ) : (
              <Form.Item key={k} {...common} valuePropName="checked">
                <Switch data-testid={testId} />
              </Form.Item>
            );
          case 'integer':
          case 'number': {
            const min = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + (kind === 'integer' ? 1 : 0) : undefined);
            const max = s.maximum !== undefined && s.maximum < 1e12 ? s.maximum : undefined;
            return (
              <Form.Item key={k} {...common}>
                <InputNumber
                  data-testid={testId}
                  style={{ width: '100%', maxWidth: narrow }}
                  min={min}
                  max={max}
                  precision={kind === 'integer' ? 0 : undefined}
                />
              </Form.Item>
            );
          }
          case 'date':
            return (
              <Form.Item key={k} {...common}>
                <DateInput testId={testId} style={{ width: '100%', maxWidth: narrow }} />
              </Form.Item>
            );
          case 'enum-array':
            return (
              <Form.Item key={k} {...common}>
                <Select data-testid={testId} mode="multiple" allowClear options={enumOpts(s.items!.enum!)} />
              </Form.Item>
            );
          case 'string-array':
            return (
              <Form.Item key={k} {...common}>
                <Select data-testid={testId} mode="tags" allowClear />
              </Form.Item>
            );
          case 'rows':
            return (
              <Form.Item key={k} label={title} extra={help || undefined} required={must}>
                <RowsEditor name={[...path, k]} schema={s} testId={testId} />
              </Form.Item>
            );
          case 'map':
            return (
              <Form.Item key={k} label={title} extra={help || t('policy.mapHint')} required={must}>
                <MapEditor name={[...path, k]} valueSchema={s.additionalProperties as JsonSchema} testId={testId} />
              </Form.Item>
            );
          case 'json':
            return (
              <Form.Item key={k} {...common}>
                <Input.TextArea data-testid={testId} rows={3} placeholder="JSON" style={{ fontFamily: 'monospace' }} />
              </Form.Item>
            );
          default:
            return (
              <Form.Item
                key={k}
                {...common}
                rules={[...rules, ...(s.pattern ? [{ pattern: new RegExp(s.pattern), message: t('policy.patternMismatch') }] : [])]}
              >
                <Input data-testid={testId} maxLength={s.maxLength} allowClear={radios} />
              </Form.Item>
            );
        }
      })}
    </>
  );
}
