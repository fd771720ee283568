import { lazy, Suspense, useState } from 'react';
import { cite } from '../../components/cite.ts';
import { Button, Drawer, Empty, Grid, Skeleton, Table, Tag, Typography } from 'antd';
import { LineChartOutlined } from '@ant-design/icons';
import { useParameters, useTimeline, type ParameterValue, type TimelinePoint } from '../../api/policy.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ServerError } from '../../components/server-error.tsx';
import { isMoney, useKeyLabel, ValueView } from '../../components/policy-values.tsx';

const TimelineChart = lazy(() => import('./timeline-chart.tsx').then((m) => ({ default: m.TimelineChart })));

type Leaf = { path: string[]; value: unknown };
const isRec = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const rowName = (r: Record<string, unknown>, i: number) => String(r.code ?? r.class ?? r.rating ?? r.label ?? r.batch ?? r.name ?? `#${i + 1}`);

/** A value as path → plain value, so two years can be compared line by line. */
function flatten(v: unknown, path: string[] = []): Leaf[] {
  if (isRec(v) && !(typeof v.from === 'string' && Object.keys(v).every((k) => k === 'from' || k === 'to')))
    return Object.entries(v).flatMap(([k, x]) => flatten(x, [...path, k]));
  if (Array.isArray(v) && v.length && v.every(isRec)) return v.flatMap((x, i) => flatten(x, [...path, rowName(x, i)]));
  return [{ path, value: v }];
}

function TimelineCompare({ points, unit }: { points: TimelinePoint[]; unit?: string }) {
  const label = useKeyLabel();
  const { t } = useI18n();
  const perYear = points.map((p) => new Map(flatten(p.value).map((l) => [l.path.join('\u0001'), l])));
  const keys = [...new Set(perYear.flatMap((m) => [...m.keys()]))];
  const rows = keys.map((key) => ({ key, path: key ? key.split('\u0001') : [], cells: perYear.map((m) => m.get(key)) }));
  return (
    <Table
      data-testid="policy-timeline-table"
      size="small"
      bordered
      pagination={false}
      rowKey="key"
      dataSource={rows}
      scroll={{ x: 'max-content' }}
      columns={[
        {
          key: 'item',
          title: t('policy.timeline.item'),
          render: (_: unknown, r) => <Typography.Text strong>{r.path.length ? r.path.map(label).join(' · ') : t('policy.timeline.value')}</Typography.Text>,
        },
        ...points.map((p, i) => ({
          key: p.from,
          title: (
            <span>
              {p.from.slice(0, 4)}
              <div style={{ fontSize: 11, fontWeight: 400, color: '#8c8c8c' }}>{t('policy.inForceFrom', { date: p.from })}</div>
            </span>
          ),
          onCell: (r: (typeof rows)[number]) => {
            const prev = i > 0 ? JSON.stringify(r.cells[i - 1]?.value) : undefined;
            const changed = i > 0 && JSON.stringify(r.cells[i]?.value) !== prev;
            return { style: changed ? { background: '#fffbe6' } : {} };
          },
          render: (_: unknown, r: (typeof rows)[number]) =>
            r.cells[i] ? (
              <ValueView value={r.cells[i]!.value} k={r.path[r.path.length - 1]} unit={unit} depth={1} />
            ) : (
              <Typography.Text type="secondary">{t('policy.timeline.absent')}</Typography.Text>
            ),
        })),
      ]}
    />
  );
}

export function ParameterTimeline({ code, param }: { code: string; param: ParameterValue }) {
  const { t, pick } = useI18n();
  const { data, isLoading, error } = useTimeline(code, param.name);
  if (isLoading) return <Skeleton active />;
  if (error || !data) return <ServerError error={error} />;
  const points = data.items;
  // A number (or none, e.g. no cap before a year) in every version: a step chart; otherwise a table.
  const numeric = points.some((p) => typeof p.value === 'number') && points.every((p) => typeof p.value === 'number' || p.value === null);
  return (
    <div data-testid="policy-timeline">
      {numeric ? (
        <Suspense fallback={<Skeleton active />}>
          <TimelineChart
            testId="policy-timeline-chart"
            points={points.map((p) => ({ from: p.from, value: p.value as number | null }))}
            money={isMoney(param.name, param.unit)}
          />
        </Suspense>
      ) : (
        <TimelineCompare points={points} unit={param.unit} />
      )}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('policy.timeline.sources')}
      </Typography.Title>
      {points.map((p) => (
        <div key={p.from} style={{ marginBottom: 8 }}>
          <Tag color="blue">{p.from}</Tag>
          <Typography.Text type="secondary">{cite(p.source)}</Typography.Text>
          {p.reading && (
            <div style={{ fontSize: 12, color: '#8c8c8c' }}>
              {t('policy.reading')}: {cite(pick(p.reading))}
            </div>
          )}
        </div>
      ))}
    </div>
  );
}

/** The parameters in force on a date, each with its value (nested tables readable), unit, date and source. */
export function ParameterPanel({ code, date }: { code: string; date: string }) {
  const { t, tx, pick, lang } = useI18n();
  const label = useKeyLabel();
  const screens = Grid.useBreakpoint();
  const { data, isFetching, error } = useParameters(code, date);
  const [open, setOpen] = useState<ParameterValue | null>(null);
  if (error) return <ServerError error={error} />;
  return (
    <>
      <Table<ParameterValue>
        data-testid="policy-param-table"
        rowKey="name"
        size="small"
        loading={isFetching}
        pagination={false}
        dataSource={data?.items ?? []}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('common.empty')} /> }}
        scroll={{ x: 1000 }}
        onRow={(r) => ({ 'data-testid': `policy-param-${r.name}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            key: 'name',
            title: t('policy.param.name'),
            width: 190,
            render: (_: unknown, r) => (
              <div>
                <Typography.Text strong>{label(r.name)}</Typography.Text>
                {lang === 'en' && label(r.name) !== r.name && <div style={{ fontSize: 11, color: '#8c8c8c', fontFamily: 'monospace' }}>{r.name}</div>}
              </div>
            ),
          },
          { key: 'value', title: t('policy.param.value'), render: (_: unknown, r) => <ValueView value={r.value} k={r.name} unit={r.unit} /> },
          { key: 'unit', title: t('policy.param.unit'), width: 90, render: (_: unknown, r) => (r.unit ? tx(`unit.${r.unit}`, r.unit) : t('common.none')) },
          {
            key: 'source',
            title: t('policy.trace.source'),
            width: 260,
            render: (_: unknown, r) => (
              <div style={{ fontSize: 12 }}>
                <div>{t('policy.inForceFrom', { date: r.from })}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {cite(r.source)}
                </Typography.Text>
                {r.reading && (
                  <Typography.Paragraph
                    type="secondary"
                    style={{ fontSize: 12, margin: '4px 0 0' }}
                    ellipsis={{ rows: 2, expandable: true, symbol: t('policy.more') }}
                  >
                    {t('policy.reading')}: {cite(pick(r.reading))}
                  </Typography.Paragraph>
                )}
              </div>
            ),
          },
          {
            key: 'timeline',
            title: '',
            width: 100,
            fixed: screens.md ? 'right' : undefined,
            render: (_: unknown, r) => (
              <Button size="small" icon={<LineChartOutlined />} onClick={() => setOpen(r)} data-testid={`policy-timeline-${r.name}`}>
                {t('policy.timeline')}
              </Button>
            ),
          },
        ]}
      />
      <Drawer
        open={!!open}
        onClose={() => setOpen(null)}
        size={screens.md ? 760 : '100%'}
        title={open ? `${t('policy.timeline')} · ${label(open.name)}` : ''}
        destroyOnHidden
      >
        {open && <ParameterTimeline code={code} param={open} />}
      </Drawer>
    </>
  );
}
