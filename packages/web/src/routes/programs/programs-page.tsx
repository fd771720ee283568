import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { App, Badge, Button, Card, Col, Descriptions, Empty, Row, Select, Skeleton, Space, Steps, Switch, Tag, Typography } from 'antd';
import { usePrograms, useUpdateProgram, type Program } from '../../api/programs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PageHeader } from '../../components/page.tsx';
import { ServerError } from '../../components/server-error.tsx';
import { ChannelTag } from '../applications/application-labels.tsx';
import { ProgramFormDrawer } from './program-form-drawer.tsx';
import { useFieldLabels } from '../applications/application-labels.tsx';
import { can, useMe } from '../../api/auth.ts';

const statusColor = { draft: 'default', open: 'green', closed: 'red' } as const;

export function ProgramStatusTag({ p }: { p: Program }) {
  const { t } = useI18n();
  if (p.status === 'open' && !p.currentWindow) return <Tag color="gold">{t('prog.status.between')}</Tag>;
  return <Tag color={statusColor[p.status]}>{t(`prog.status.${p.status}`)}</Tag>;
}

function dueText(t: ReturnType<typeof useI18n>['t'], d: Program['reviewChain'][number]['dueIn']) {
  return d.workingDays ? t('prog.workingDays', { n: d.workingDays }) : t('prog.calendarDays', { n: d.calendarDays ?? 0 });
}

/** One program instance: windows, channels, the review chain, documents, settlement and contacts. */
export function ProgramDetail({ p, onEdit }: { p: Program; onEdit?: () => void }) {
  const { t, pick, tx } = useI18n();
  const { message } = App.useApp();
  const update = useUpdateProgram();
  // A document asked only on some answer names the field and the answer as the program's form does.
  const fieldLabels = useFieldLabels(p.id);
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid={`program-detail-${p.id}`}>
      <Card
        title={<span data-testid="program-title">{p.title}</span>}
        extra={
          p.abilities.manage ? (
            <Space>
              {onEdit && (
                <Button size="small" onClick={onEdit} data-testid="program-edit">
                  {t('pf.edit')}
                </Button>
              )}
              <Typography.Text type="secondary">{t('prog.accepting')}</Typography.Text>
              <Switch
                data-testid="program-open-switch"
                checked={p.status === 'open'}
                loading={update.isPending}
                onChange={(on) => update.mutate({ id: p.id, status: on ? 'open' : 'closed' }, { onSuccess: () => message.success(t('common.saved')) })}
              />
            </Space>
          ) : (
            <ProgramStatusTag p={p} />
          )
        }
      >
        <ServerError error={update.error} style={{ marginBottom: 12 }} />
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'policy', label: t('prog.policy'), children: pick(p.programTitle) || p.program },
            { key: 'org', label: t('prog.org'), children: p.org.name },
            { key: 'year', label: t('prog.year'), children: p.year },
            { key: 'status', label: t('common.status'), children: <ProgramStatusTag p={p} /> },
            { key: 'channels', label: t('prog.channels'), children: p.channels.map((c) => <ChannelTag key={c} channel={c} />) },
            {
              key: 'windows',
              label: t('prog.windows'),
              children: (
                <div data-testid="program-windows">
                  {p.windows.map((w) => (
                    <div key={w.batch}>
                      {t('prog.batch', { n: w.batch })}: {w.from} ~ {w.to}{' '}
                      {p.currentWindow?.batch === w.batch && <Badge status="processing" text={t('prog.current')} />}
                    </div>
                  ))}
                </div>
              ),
            },
            {
              key: 'settlement',
              label: t('prog.settlement'),
              children: t('prog.settlementText', {
                close: p.settlement.closeDay,
                pay: p.settlement.payByDay,
                payee: tx(`prog.payee.${p.settlement.payTo}`, p.settlement.payTo),
                // A district's own program is prepared and paid by the district, from its own account (issue 11 §5).
                preparer: p.runBy === 'regional-union' ? p.org.name : tx(`prog.fn.${p.settlement.preparer}`, p.settlement.preparer),
              }),
              span: 'filled' as const,
            },
            ...(p.budget != null
              ? [
                  {
                    key: 'budget',
                    label: t('pf.budget'),
                    children: (
                      <span data-testid="program-budget">
                        {p.budget.toLocaleString('zh-CN', { minimumFractionDigits: 2 })} {t('pf.yuan')}
                      </span>
                    ),
                  },
                ]
              : []),
            ...(p.sources
              ? [
                  {
                    key: 'sources',
                    label: t('prog.sources'),
                    children: <Typography.Text type="secondary">{p.sources}</Typography.Text>,
                    span: 'filled' as const,
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <Card title={t('prog.chain')}>
        <Steps
          data-testid="program-chain"
          orientation="vertical"
          size="small"
          current={-1}
          items={p.reviewChain.map((s) => ({
            title: pick(s.name),
            content: (
              <span>
                {s.actor.functionCode ? tx(`prog.fn.${s.actor.functionCode}`, s.actor.functionCode) : tx(`prog.role.${s.actor.role}`, s.actor.role)} ·{' '}
                {dueText(t, s.dueIn)}
                {s.skipForChannels.length > 0 && (
                  <Tag style={{ marginInlineStart: 8 }}>{t('prog.skipFor', { channels: s.skipForChannels.map((c) => t(`appl.channel.${c}`)).join('、') })}</Tag>
                )}
              </span>
            ),
          }))}
        />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('prog.documents')} data-testid="program-documents" style={{ height: '100%' }}>
            {p.requiredDocuments.length ? (
              <ol style={{ margin: 0, paddingInlineStart: 20 }}>
                {p.requiredDocuments.map((d) => (
                  <li key={d.type}>
                    {pick(d.name)}
                    {d.when && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {' '}
                        {t('prog.docWhen', {
                          field: fieldLabels.label(d.when.field),
                          value: fieldLabels.value(d.when.field, d.when.equals),
                        })}
                      </Typography.Text>
                    )}
                  </li>
                ))}
              </ol>
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('prog.contacts')} data-testid="program-contacts" style={{ height: '100%' }}>
            {p.contacts.length ? (
              p.contacts.map((c) => (
                <div key={`${c.org}-${c.name}`} style={{ padding: '6px 0', borderBottom: '1px solid rgba(5,5,5,0.06)' }}>
                  <div>
                    <Tag>{c.role}</Tag>
                    {c.name}
                    <a style={{ marginInlineStart: 8 }} href={`tel:${c.phone.replace(/[^\d-]/g, '')}`}>
                      {c.phone}
                    </a>
                  </div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {c.org}
                  </Typography.Text>
                </div>
              ))
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
            )}
          </Card>
        </Col>
      </Row>
    </Space>
  );
}

export default function ProgramsPage() {
  const { t } = useI18n();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || undefined;
  const { data, isLoading, error } = usePrograms({ year });
  const all = usePrograms({});
  const [editing, setEditing] = useState<'new' | Program | null>(null);
  const manage = can(me, 'programs.manage');
  const items = data?.items ?? [];
  const id = Number(params.get('id')) || items[0]?.id;
  const selected = items.find((p) => p.id === id);
  const years = [...new Set(items.map((p) => p.year))];
  const set = (k: string, v: number | undefined) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, String(v));
    else next.delete(k);
    setParams(next, { replace: true });
  };

  return (
    <div data-testid="programs-page">
      <PageHeader
        title={t('prog.title')}
        sub={data?.items[0] ? t('prog.asOf', { date: data.items[0].acceptingOn }) : undefined}
        extra={
          <Space>
            <Select
              allowClear
              placeholder={t('prog.year')}
              value={year}
              style={{ width: 120 }}
              onChange={(v) => set('year', v)}
              options={(years.length ? years : [new Date().getFullYear()]).map((y) => ({ value: y, label: y }))}
            />
            {manage && (
              <Button type="primary" onClick={() => setEditing('new')} data-testid="program-new">
                {t('pf.new')}
              </Button>
            )}
          </Space>
        }
      />
      <ServerError error={error} style={{ marginBottom: 16 }} />
      {isLoading ? (
        <Skeleton active />
      ) : !items.length ? (
        <Empty description={t('prog.none')} />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={8}>
            <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="program-list">
              {items.map((p) => (
                <Card
                  key={p.id}
                  hoverable
                  size="small"
                  data-testid={`program-card-${p.program}`}
                  onClick={() => set('id', p.id)}
                  style={p.id === selected?.id ? { borderColor: '#c8102e', boxShadow: '0 0 0 1px #c8102e inset' } : undefined}
                >
                  <div style={{ fontWeight: 500 }}>{p.title}</div>
                  <Space size={4} wrap style={{ marginTop: 6 }}>
                    <ProgramStatusTag p={p} />
                    {p.channels.map((c) => (
                      <ChannelTag key={c} channel={c} />
                    ))}
                    {p.currentWindow && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('prog.until', { date: p.currentWindow.to })}
                      </Typography.Text>
                    )}
                  </Space>
                </Card>
              ))}
            </Space>
          </Col>
          <Col xs={24} lg={16}>
            {selected && <ProgramDetail p={selected} onEdit={selected.abilities.manage ? () => setEditing(selected) : undefined} />}
          </Col>
        </Row>
      )}
      <ProgramFormDrawer
        open={editing !== null}
        existing={editing === 'new' || editing === null ? undefined : editing}
        all={all.data?.items ?? []}
        onClose={() => setEditing(null)}
        onSaved={(p) => {
          const next = new URLSearchParams(params);
          next.set('id', String(p.id));
          next.delete('year');
          setParams(next, { replace: true });
        }}
      />
    </div>
  );
}
