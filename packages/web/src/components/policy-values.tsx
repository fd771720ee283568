// Rendering the policy engine's values for people: money in yuan (¥, two decimals), dates as
// written, nested parameter tables as tables, and the trace as rows an officer can check by hand.
// Shared by the policy explorer, the member's entitlements (officer page) and the member portal.
import { createContext, useContext, type ReactNode } from 'react';
import { cite } from './cite.ts';
import { Descriptions, Table, Tag, Timeline, Tooltip, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import type { TraceEntry } from '../api/policy.ts';
import { useI18n } from '../i18n/index.tsx';

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPrim = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);
const isRange = (v: unknown): v is { from: string; to?: string } =>
  isRec(v) && typeof v.from === 'string' && Object.keys(v).every((k) => k === 'from' || k === 'to');
const isLeaf = (v: unknown) => isPrim(v) || isRange(v);
/** An object whose values are all plain (a row of a table). */
const isLeafRecord = (v: unknown): v is Rec => isRec(v) && !isRange(v) && Object.values(v).every(isLeaf);

const MONEY =
  /(premium|subsidy|amount|price|payable|remainder|payout|grant|valuelimit|totalpay|cost|paid|outofpocket|^max$|^min$|perday|pertime|yearlymax|^rate|^value$|^yuan$)/i;
const NOT_MONEY = /(percent|days|nights|weeks|children|persons|grade|months|threshold|count|rooms|sqm|points|score|ratio)/i;

/** Whether a number under this key (and parameter unit) is an amount of money. */
export function isMoney(key: string | undefined, unit?: string): boolean {
  if (unit && unit !== 'yuan' && unit !== 'table') return false;
  if (key && NOT_MONEY.test(key)) return false;
  if (unit === 'yuan') return true;
  return !!key && MONEY.test(key);
}

export const formatYuan = (n: number) => `¥${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** The engine's labels of the coded values inside one trace entry (its `valueLabels`), for the values drawn below it. */
const ValueLabels = createContext<Record<string, { zh: string; en: string }> | undefined>(undefined);

/** A label for a key the engine uses (output, parameter, plan option): the web's own, then the engine's, else the key. */
export function useKeyLabel() {
  const { tx, pick } = useI18n();
  const engine = useContext(ValueLabels);
  return (k: string) => tx(`pkey.${k}`, '') || (engine?.[k] ? pick(engine[k]) : k);
}

function Scalar({ value, k, unit }: { value: unknown; k?: string; unit?: string }) {
  const { t, tx } = useI18n();
  const label = useKeyLabel();
  if (value === null || value === undefined) return <>{t('common.none')}</>;
  if (typeof value === 'boolean') return value ? <Tag color="green">{t('common.yes')}</Tag> : <Tag>{t('common.no')}</Tag>;
  if (typeof value === 'number') {
    if (isMoney(k, unit)) return <span style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>{formatYuan(value)}</span>;
    const suffix = unit && unit !== 'table' && unit !== 'yuan' ? tx(`unit.${unit}`, '') : '';
    return (
      <span style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value.toLocaleString('en-US')}
        {suffix && ` ${suffix}`}
      </span>
    );
  }
  if (isRange(value))
    return (
      <span style={{ whiteSpace: 'nowrap' }}>
        {value.from} – {value.to ?? '…'}
      </span>
    );
  const s = String(value);
  return <>{/^\d{4}-\d{2}-\d{2}/.test(s) ? s : label(s)}</>;
}

/** Flattens nested objects down to rows of plain values: `{ordinary: {A: {...}}}` → row "ordinary · A". */
function toRows(obj: Rec, label: (k: string) => string, prefix = ''): { key: string; label: string; cells: Rec }[] | null {
  const rows: { key: string; label: string; cells: Rec }[] = [];
  for (const [k, v] of Object.entries(obj)) {
    const name = prefix ? `${prefix} · ${label(k)}` : label(k);
    if (isLeafRecord(v)) rows.push({ key: `${prefix}/${k}`, label: name, cells: v });
    else if (isRec(v) && !isRange(v)) {
      const sub = toRows(v, label, name);
      if (!sub) return null;
      rows.push(...sub);
    } else return null;
  }
  return rows.length ? rows : null;
}

/** Any value of the engine, rendered readably; nested objects and lists of records become tables. */
export function ValueView({ value, k, unit, depth = 0, compact }: { value: unknown; k?: string; unit?: string; depth?: number; compact?: boolean }): ReactNode {
  const { t } = useI18n();
  const label = useKeyLabel();
  if (isLeaf(value)) return <Scalar value={value} k={k} unit={unit} />;
  if (Array.isArray(value)) {
    if (!value.length) return <>{t('common.none')}</>;
    if (value.every(isPrim))
      return (
        <span>
          {value.map((v, i) => (
            <Tag key={i} style={{ marginBottom: 2 }}>
              <Scalar value={v} k={k} unit={unit} />
            </Tag>
          ))}
        </span>
      );
    if (value.every(isRec)) {
      const cols = [...new Set(value.flatMap((r) => Object.keys(r as Rec)))];
      return (
        <Table
          size="small"
          bordered
          pagination={false}
          rowKey={(_, i) => String(i)}
          dataSource={value as Rec[]}
          scroll={{ x: 'max-content' }}
          columns={cols.map((c) => ({
            key: c,
            title: label(c),
            dataIndex: c,
            render: (v: unknown) => <ValueView value={v} k={c} unit={unit} depth={depth + 1} />,
          }))}
        />
      );
    }
  }
  if (isRec(value)) {
    if (isLeafRecord(value) && depth > 0)
      return (
        <span>
          {Object.entries(value).map(([kk, v]) => (
            <span key={kk} style={{ display: 'inline-block', whiteSpace: 'nowrap', marginInlineEnd: 14 }}>
              <Typography.Text type="secondary">{label(kk)}</Typography.Text> <Scalar value={v} k={kk} unit={unit} />
            </span>
          ))}
        </span>
      );
    // Nested objects as one table, unless it would be mostly blank (groups of different shapes)
    // or too wide for a phone: then one labelled block per key.
    const rows = isLeafRecord(value) || compact ? null : toRows(value, label);
    const cols = rows ? [...new Set(rows.flatMap((r) => Object.keys(r.cells)))] : [];
    const filled = rows ? rows.reduce((n, r) => n + Object.keys(r.cells).length, 0) / (rows.length * cols.length) : 0;
    if (rows && filled >= 0.6) {
      return (
        <Table
          size="small"
          bordered
          pagination={false}
          rowKey="key"
          dataSource={rows}
          scroll={{ x: 'max-content' }}
          columns={[
            { key: '_', title: '', dataIndex: 'label', render: (v: string) => <Typography.Text strong>{v}</Typography.Text> },
            ...cols.map((c) => ({ key: c, title: label(c), render: (_: unknown, r: { cells: Rec }) => <Scalar value={r.cells[c]} k={c} unit={unit} /> })),
          ]}
        />
      );
    }
    return (
      <Descriptions
        size="small"
        bordered
        column={1}
        layout={compact ? 'vertical' : 'horizontal'}
        styles={compact ? undefined : { label: { width: 170 } }}
        items={Object.entries(value).map(([kk, v]) => ({
          key: kk,
          label: label(kk),
          children: <ValueView value={v} k={kk} unit={unit} depth={depth + 1} compact={compact} />,
        }))}
      />
    );
  }
  return <>{JSON.stringify(value)}</>;
}

const kindColor: Record<string, string> = { parameter: 'blue', condition: 'purple', value: 'default', band: 'cyan', cap: 'orange' };

export function PassMark({ passed }: { passed?: boolean }) {
  const { t } = useI18n();
  if (passed === undefined) return null;
  return passed ? (
    <span style={{ color: '#389e0d', whiteSpace: 'nowrap' }} data-passed="true">
      <CheckCircleFilled /> {t('policy.passed')}
    </span>
  ) : (
    <span style={{ color: '#cf1322', whiteSpace: 'nowrap' }} data-passed="false">
      <CloseCircleFilled /> {t('policy.failed')}
    </span>
  );
}

/** The engine's trace: each parameter with its value, date in force and source paragraph; each condition ✓/✗. */
export function TraceView({ trace, compact, testId = 'policy-trace' }: { trace: readonly TraceEntry[]; compact?: boolean; testId?: string }) {
  const { t, tx, pick, lang } = useI18n();
  // The web's own short label first (pkey.*), then the engine's; the key only when neither has one.
  // A condition is named by the refusal it rules out (the engine's reason sentence).
  const label = (e: TraceEntry) =>
    e.kind === 'condition' ? (e.label ? pick(e.label) : tx(`pkey.${e.name}`, e.name)) : tx(`pkey.${e.name}`, '') || (e.label ? pick(e.label) : e.name);
  const kindTag = (k: string) => <Tag color={kindColor[k] ?? 'default'}>{tx(`policy.kind.${k}`, k)}</Tag>;
  const basis = (e: TraceEntry) =>
    e.source || e.from ? (
      <div style={{ fontSize: 12 }}>
        {e.from && <div style={{ whiteSpace: 'nowrap' }}>{t('policy.inForceFrom', { date: e.from })}</div>}
        {e.source && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {cite(e.source)}
          </Typography.Text>
        )}
      </div>
    ) : null;
  // A condition's note is the refusal it guards against: a passed one reads "ruled out: …", a failed one is the reason.
  const conditionNote = (e: TraceEntry) => {
    const same = !!e.label && !!e.note && pick(e.label) === pick(e.note);
    if (e.passed) return <div style={{ color: '#8c8c8c' }}>{same ? t('policy.ruledOut') : `${t('policy.guards')}${cite(pick(e.note!))}`}</div>;
    return <div style={{ color: '#cf1322' }}>{same ? t('policy.notMet') : cite(pick(e.note!))}</div>;
  };
  const notes = (e: TraceEntry) =>
    e.note || e.reading ? (
      <div style={{ fontSize: 12 }}>
        {e.note && (e.kind === 'condition' ? conditionNote(e) : <div>{cite(pick(e.note))}</div>)}
        {e.reading && (
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: 0 }} ellipsis={{ rows: 3, expandable: true, symbol: t('policy.more') }}>
            {t('policy.reading')}: {cite(pick(e.reading))}
          </Typography.Paragraph>
        )}
      </div>
    ) : null;
  if (compact)
    return (
      <div data-testid={testId}>
        <Timeline
          items={trace.map((e, i) => ({
            key: i,
            color: e.kind === 'condition' ? (e.passed === false ? 'red' : 'green') : e.kind === 'parameter' ? 'blue' : 'gray',
            content: (
              <div data-testid="trace-row" style={{ minWidth: 0 }}>
                <div>
                  {kindTag(e.kind)}
                  <Typography.Text strong>{label(e)}</Typography.Text> <PassMark passed={e.passed} />
                </div>
                <div style={{ overflowX: 'auto' }}>
                  <ValueLabels.Provider value={e.valueLabels}>
                    <ValueView value={e.value} k={e.name} unit={e.unit} />
                  </ValueLabels.Provider>
                </div>
                {basis(e)}
                {notes(e)}
              </div>
            ),
          }))}
        />
      </div>
    );
  return (
    <Table<TraceEntry & { i: number }>
      data-testid={testId}
      size="small"
      rowKey="i"
      pagination={false}
      dataSource={trace.map((e, i) => ({ ...e, i }))}
      scroll={{ x: 960 }}
      onRow={() => ({ 'data-testid': 'trace-row' }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        { key: 'n', title: '#', width: 44, render: (_: unknown, e) => e.i + 1 },
        { key: 'kind', title: t('policy.trace.kind'), width: 90, render: (_: unknown, e) => kindTag(e.kind) },
        {
          key: 'name',
          title: t('policy.trace.name'),
          // A condition is named by a sentence (the refusal it rules out): room for it on two or three lines.
          width: 220,
          render: (_: unknown, e) => (
            <Tooltip title={e.name}>
              <Typography.Text strong>{label(e)}</Typography.Text>
              {lang === 'en' && label(e) !== e.name && <div style={{ fontSize: 11, color: '#8c8c8c', fontFamily: 'monospace' }}>{e.name}</div>}
            </Tooltip>
          ),
        },
        {
          key: 'value',
          title: t('policy.trace.value'),
          render: (_: unknown, e) => (
            <ValueLabels.Provider value={e.valueLabels}>
              <ValueView value={e.value} k={e.name} unit={e.unit} />
            </ValueLabels.Provider>
          ),
        },
        { key: 'passed', title: t('policy.trace.result'), width: 80, render: (_: unknown, e) => <PassMark passed={e.passed} /> },
        { key: 'source', title: t('policy.trace.source'), width: 230, render: (_: unknown, e) => basis(e) },
        { key: 'note', title: t('policy.trace.note'), width: 260, render: (_: unknown, e) => notes(e) },
      ]}
    />
  );
}
