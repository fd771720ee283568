// A form generated from a program's input JSON Schema: enums → Select, booleans → Switch,
// numbers → InputNumber, dates → DatePicker, arrays of enums → multiple Select, maps (an object of
// numbers, e.g. assessment scores by indicator) → a key/value editor. Values live under `input`.
import { Button, DatePicker, Flex, Form, Input, InputNumber, Select, Switch, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import type { JsonSchema } from '../../api/policy.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useKeyLabel } from '../../components/policy-values.tsx';

export type FieldKind = 'enum' | 'boolean' | 'integer' | 'number' | 'date' | 'string' | 'enum-array' | 'string-array' | 'map' | 'json';

const typeOf = (s: JsonSchema) => (Array.isArray(s.type) ? s.type.find((x) => x !== 'null') : s.type);

export function fieldKind(s: JsonSchema): FieldKind {
  const type = typeOf(s);
  if (s.enum) return 'enum';
  if (type === 'boolean') return 'boolean';
  if (type === 'integer') return 'integer';
  if (type === 'number') return 'number';
  if (type === 'string') return s.format === 'date' || /\\d\{4\}-|\\d\\d\\d\\d-|\d{4}-\d{2}/.test(s.pattern ?? '') ? 'date' : 'string';
  if (type === 'array') return s.items?.enum ? 'enum-array' : 'string-array';
  if (type === 'object' && typeof s.additionalProperties === 'object' && !s.properties) return 'map';
  return 'json';
}

/** Starting values: the schema's defaults, and `false` for required switches (a switch is never blank). */
export function initialInput(schema: JsonSchema): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const required = new Set(schema.required ?? []);
  for (const [k, s] of Object.entries(schema.properties ?? {})) {
    const kind = fieldKind(s);
    if (s.default !== undefined) out[k] = kind === 'date' && typeof s.default === 'string' ? dayjs(s.default) : s.default;
    else if (kind === 'boolean' && required.has(k)) out[k] = false;
    else if (kind === 'map') out[k] = [{}];
  }
  return out;
}

/** Form values → the engine's input: dates as YYYY-MM-DD, maps as objects, blanks left out. */
export function toInput(schema: JsonSchema, values: Record<string, unknown> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, s] of Object.entries(schema.properties ?? {})) {
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
    } else if ((kind === 'enum-array' || kind === 'string-array') && Array.isArray(v) && !v.length) continue;
    else out[k] = v;
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

/** The form items for every property of `schema`, under the form path `input.<name>`. */
export function SchemaFields({ schema }: { schema: JsonSchema }) {
  const { t, tx, pick, lang } = useI18n();
  const label = useKeyLabel();
  // Labels: the schema's own (x-label / x-enum-labels, from the engine) first, then the pkey.* dictionary.
  const fieldLabel = (k: string, s: JsonSchema) => (s['x-label'] ? pick(s['x-label']) : label(k));
  const fieldHelp = (k: string, s: JsonSchema) => {
    const own = tx(`policy.help.${k}`, '');
    if (own || lang !== 'en' || !s['x-label'] || !s.description) return own;
    const dash = s.description.indexOf(' — ');
    return dash >= 0 ? s.description.slice(dash + 3) : '';
  };
  const required = new Set(schema.required ?? []);
  const props = Object.entries(schema.properties ?? {});
  // Required fields first, in the schema's order within each group.
  const ordered = [...props.filter(([k]) => required.has(k)), ...props.filter(([k]) => !required.has(k))];
  return (
    <>
      {ordered.map(([k, s]) => {
        const kind = fieldKind(s);
        const testId = `policy-input-${k}`;
        const name = fieldLabel(k, s);
        const title = (
          <span key={k}>
            {name}
            {lang === 'en' && name !== k && (
              <Typography.Text type="secondary" style={{ fontSize: 12, fontFamily: 'monospace', marginLeft: 6 }}>
                {k}
              </Typography.Text>
            )}
          </span>
        );
        const help = fieldHelp(k, s);
        const rules = required.has(k) && kind !== 'map' ? [{ required: true, message: t('common.required') }] : [];
        const common = { name: ['input', k], label: title, extra: help || undefined, rules, required: required.has(k) };
        const enumLabels = s['x-enum-labels'] ?? s.items?.['x-enum-labels'];
        const optLabel = (v: string) => (enumLabels?.[v] ? pick(enumLabels[v]) : label(v));
        const enumOpts = (vals: unknown[]) =>
          vals.map((v) => ({
            value: v as string,
            label: optLabel(String(v)) === String(v) || lang !== 'en' ? optLabel(String(v)) : `${optLabel(String(v))} (${String(v)})`,
          }));
        switch (kind) {
          case 'enum':
            return (
              <Form.Item key={k} {...common}>
                <Select data-testid={testId} allowClear={!required.has(k)} options={enumOpts(s.enum!)} showSearch={{ optionFilterProp: 'label' }} />
              </Form.Item>
            );
          case 'boolean':
            return (
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
                <InputNumber data-testid={testId} style={{ width: '100%' }} min={min} max={max} precision={kind === 'integer' ? 0 : undefined} />
              </Form.Item>
            );
          }
          case 'date':
            return (
              <Form.Item key={k} {...common}>
                <DatePicker data-testid={testId} style={{ width: '100%' }} format="YYYY-MM-DD" />
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
          case 'map':
            return (
              <Form.Item key={k} label={title} extra={help || t('policy.mapHint')} required={required.has(k)}>
                <MapEditor name={['input', k]} valueSchema={s.additionalProperties as JsonSchema} testId={testId} />
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
                <Input data-testid={testId} />
              </Form.Item>
            );
        }
      })}
    </>
  );
}
