// A member's entitlements on a date: every program of the policy engine, grouped by status, each
// card saying why (reasons, what is still needed, the registry facts and assumptions used), and
// on request the engine's calculation. Shared by the officer's member page and the member portal.
import { PolicyVersionTag } from '../../components/policy-version-tag.tsx';
import { cite } from '../../components/cite.ts';
import { useState } from 'react';
import { Alert, Badge, Card, Collapse, DatePicker, Empty, Flex, Grid, Skeleton, Space, Switch, Tag, Typography, theme } from 'antd';
import { CheckCircleOutlined, ClockCircleOutlined, ExclamationCircleOutlined, MinusCircleOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { entitlementStatuses, useEntitlements, type Entitlement, type EntitlementEvaluation, type EntitlementStatus } from '../../api/entitlements.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ServerError } from '../../components/server-error.tsx';
import { TraceView, useKeyLabel, ValueView } from '../../components/policy-values.tsx';

export const statusStyle: Record<EntitlementStatus, { color: string; tag: string; icon: React.ReactNode }> = {
  eligible: { color: '#389e0d', tag: 'success', icon: <CheckCircleOutlined /> },
  conditional: { color: '#d48806', tag: 'warning', icon: <ExclamationCircleOutlined /> },
  'not-eligible': { color: '#cf1322', tag: 'error', icon: <MinusCircleOutlined /> },
  'not-in-force': { color: '#8c8c8c', tag: 'default', icon: <ClockCircleOutlined /> },
};

export function EntitlementStatusTag({ status }: { status: EntitlementStatus }) {
  const { t } = useI18n();
  const s = statusStyle[status];
  return (
    <Tag color={s.tag} icon={s.icon} style={{ marginInlineEnd: 0 }}>
      {t(`ent.status.${status}`)}
    </Tag>
  );
}

function FactList({ e }: { e: Entitlement }) {
  const { t, pick, lang } = useI18n();
  const label = useKeyLabel();
  if (!e.facts.length) return null;
  return (
    <div data-testid={`ent-facts-${e.program}`}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('ent.facts')}
      </Typography.Text>
      <ul style={{ margin: '2px 0 0', paddingLeft: 18, fontSize: 12 }}>
        {e.facts.map((f) => (
          <li key={f.name} style={{ marginBottom: 2 }}>
            <Tag color={f.source === 'registry' ? 'blue' : 'orange'} style={{ fontSize: 11, lineHeight: '16px', padding: '0 4px' }}>
              {t(`ent.source.${f.source}`)}
            </Tag>
            <Typography.Text strong style={{ fontSize: 12 }}>
              {label(f.name)}
            </Typography.Text>
            {f.name !== 'membership' && (
              <>
                ：<ValueView value={f.value} k={f.name} depth={1} />
              </>
            )}
            {f.note && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {' '}
                — {cite(pick(f.note))}
              </Typography.Text>
            )}
            {lang === 'en' && f.field && (
              <Typography.Text type="secondary" style={{ fontSize: 11, fontFamily: 'monospace' }}>
                {' '}
                [{f.field}]
              </Typography.Text>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function EvaluationTrace({ ev, compact }: { ev: EntitlementEvaluation; compact?: boolean }) {
  const { t } = useI18n();
  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }}>
      {ev.input && (
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('ent.input')}
          </Typography.Text>
          <ValueView value={ev.input} depth={1} />
        </div>
      )}
      {ev.trace && <TraceView trace={ev.trace} compact={compact} testId="ent-trace" />}
      {ev.parameters && ev.parameters.length > 0 && (
        <TraceView
          compact={compact}
          testId="ent-trace"
          trace={ev.parameters.map((p) => ({
            kind: 'parameter' as const,
            name: p.name,
            value: p.value,
            unit: p.unit,
            from: p.from,
            source: p.source,
            reading: p.reading,
          }))}
        />
      )}
    </Space>
  );
}

export function EntitlementCard({ e, compact }: { e: Entitlement; compact?: boolean }) {
  const { t, pick } = useI18n();
  const label = useKeyLabel();
  const s = statusStyle[e.status];
  return (
    <Card
      size="small"
      data-testid={`ent-${e.program}`}
      data-status={e.status}
      style={{ borderInlineStart: `4px solid ${s.color}` }}
      title={<span style={{ whiteSpace: 'normal', display: 'inline-block', padding: '6px 0', lineHeight: 1.4 }}>{pick(e.title)}</span>}
      extra={
        <Space size={4} wrap style={{ justifyContent: 'flex-end' }}>
          <EntitlementStatusTag status={e.status} />
          {e.policy && <PolicyVersionTag program={e.program} policy={e.policy} style={{ marginInlineEnd: 0 }} />}
        </Space>
      }
    >
      <Space orientation="vertical" size={8} style={{ width: '100%' }}>
        <Typography.Text data-testid={`ent-summary-${e.program}`}>{pick(e.summary)}</Typography.Text>
        {e.amounts &&
          // Long tables of options (e.g. 13 sanatorium lines) fold away; a few options show at once.
          (JSON.stringify(e.amounts).length > 900 ? (
            <Collapse
              size="small"
              data-testid={`ent-amounts-${e.program}`}
              items={[
                { key: 'a', label: `${t('ent.amounts')}（${Object.keys(e.amounts).length}）`, children: <ValueView value={e.amounts} compact={compact} /> },
              ]}
            />
          ) : (
            <div data-testid={`ent-amounts-${e.program}`} style={{ overflowX: 'auto' }}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('ent.amounts')}
              </Typography.Text>
              <ValueView value={e.amounts} compact={compact} />
            </div>
          ))}
        {/* A single reason that is the summary is not said twice. */}
        {(e.reasons.length > 1 || (e.reasons.length === 1 && pick(e.reasons[0]!.message) !== pick(e.summary))) && (
          <div data-testid={`ent-reasons-${e.program}`}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('ent.reasons')}
            </Typography.Text>
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {e.reasons.map((r) => (
                <li key={`${r.code}|${r.variant ?? ''}`}>
                  {r.variant && <Tag>{label(r.variant)}</Tag>}
                  {pick(r.message)}
                </li>
              ))}
            </ul>
          </div>
        )}
        {e.needs && e.needs.length > 0 && (
          <Alert
            type="warning"
            showIcon={!compact}
            data-testid={`ent-needs-${e.program}`}
            title={t('ent.needs')}
            description={
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {e.needs.map((n) => (
                  <li key={n.field}>{pick(n.message)}</li>
                ))}
              </ul>
            }
          />
        )}
        <FactList e={e} />
        {e.trace && e.trace.length > 0 && (
          <Collapse
            size="small"
            data-testid={`ent-trace-${e.program}`}
            items={e.trace.map((ev, i) => ({
              key: String(i),
              label: (
                <span>
                  {t('ent.calculation')}
                  {ev.variant && <Tag style={{ marginLeft: 8 }}>{label(ev.variant)}</Tag>}
                  {ev.policy && <PolicyVersionTag program={e.program} policy={ev.policy} />}
                  {ev.eligible !== undefined &&
                    (ev.eligible ? <Tag color="success">{t('policy.eligible')}</Tag> : <Tag color="error">{t('policy.notEligible')}</Tag>)}
                </span>
              ),
              children: <EvaluationTrace ev={ev} compact={compact} />,
            }))}
          />
        )}
      </Space>
    </Card>
  );
}

export function EntitlementsView({ personId, compact }: { personId: number | null; compact?: boolean }) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const screens = Grid.useBreakpoint();
  const narrow = compact || !screens.md;
  const [date, setDate] = useState(() => dayjs().format('YYYY-MM-DD'));
  const [trace, setTrace] = useState(false);
  const { data, isLoading, isFetching, error } = useEntitlements(personId, date, trace);

  const group = (status: EntitlementStatus, items: Entitlement[]) => (
    <Flex vertical gap={12} data-testid={`ent-group-${status}`}>
      {items.map((e) => (
        <EntitlementCard key={e.program} e={e} compact={narrow} />
      ))}
    </Flex>
  );
  const sectionTitle = (status: EntitlementStatus, n: number) => (
    <Flex align="center" gap={8} style={{ color: statusStyle[status].color, fontWeight: 600, margin: '8px 0' }}>
      {statusStyle[status].icon} {t(`ent.status.${status}`)}
      <Badge count={n} showZero color={statusStyle[status].color} />
    </Flex>
  );

  return (
    <div data-testid="entitlements">
      <Card size="small" style={{ marginBottom: 12 }}>
        <Flex wrap gap={12} align="center" justify="space-between">
          <Flex wrap gap={8} align="center">
            <Typography.Text>{t('ent.date')}</Typography.Text>
            <DatePicker
              data-testid="ent-date"
              value={dayjs(date)}
              allowClear={false}
              onChange={(d) => d && setDate(d.format('YYYY-MM-DD'))}
              style={{ width: 140 }}
            />
          </Flex>
          <Flex gap={8} align="center">
            <Switch data-testid="ent-trace-toggle" checked={trace} onChange={setTrace} loading={trace && isFetching} size={narrow ? 'small' : 'default'} />
            <Typography.Text onClick={() => setTrace(!trace)} style={{ cursor: 'pointer' }}>
              {t('ent.showTrace')}
            </Typography.Text>
          </Flex>
        </Flex>
        {data && (
          <>
            <Flex wrap gap={6} style={{ marginTop: 10 }} data-testid="ent-counts">
              {entitlementStatuses.map((s) => (
                <Tag key={s} color={statusStyle[s].tag} icon={statusStyle[s].icon} data-testid={`ent-count-${s}`}>
                  {t(`ent.status.${s}`)} {data.counts[s] ?? 0}
                </Tag>
              ))}
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', marginTop: 6 }} data-testid="ent-membership">
              {data.membership
                ? t('ent.membershipOn', { date: data.date, org: data.membership.orgName, joined: data.membership.joinedOn })
                : t('ent.noMembershipOn', { date: data.date })}
            </Typography.Text>
          </>
        )}
      </Card>
      <ServerError error={error} style={{ marginBottom: 12 }} />
      {isLoading ? (
        <Skeleton active />
      ) : data ? (
        <div style={{ opacity: isFetching ? 0.6 : 1, transition: 'opacity .2s' }}>
          {(['eligible', 'conditional', 'not-eligible'] as const).map((s) => {
            const items = data.items.filter((e) => e.status === s);
            return items.length ? (
              <div key={s} style={{ marginBottom: 12 }}>
                {sectionTitle(s, items.length)}
                {group(s, items)}
              </div>
            ) : null;
          })}
          {data.items.length === 0 && <Empty description={t('common.empty')} />}
          <Collapse
            style={{ background: token.colorBgContainer, marginBottom: 12 }}
            data-testid="ent-more"
            items={[
              ...(data.items.some((e) => e.status === 'not-in-force')
                ? [
                    {
                      key: 'not-in-force',
                      label: (
                        <span data-testid="ent-not-in-force-toggle">
                          {sectionTitle('not-in-force', data.items.filter((e) => e.status === 'not-in-force').length)}
                        </span>
                      ),
                      children: group(
                        'not-in-force',
                        data.items.filter((e) => e.status === 'not-in-force'),
                      ),
                    },
                  ]
                : []),
              ...(data.unitPrograms.length
                ? [
                    {
                      key: 'unit',
                      label: (
                        <Flex align="center" gap={8} style={{ fontWeight: 600, margin: '8px 0' }} data-testid="ent-unit-toggle">
                          {t('ent.unitPrograms')} <Badge count={data.unitPrograms.length} color="#8c8c8c" />
                        </Flex>
                      ),
                      children: (
                        <Flex vertical gap={12} data-testid="ent-unit-programs">
                          <Typography.Text type="secondary">{t('ent.unitHint')}</Typography.Text>
                          {data.unitPrograms.map((e) => (
                            <EntitlementCard key={e.program} e={e} compact={narrow} />
                          ))}
                        </Flex>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </div>
      ) : null}
    </div>
  );
}
