// 项目看板: a union's year — every project's progress against time, who is behind, money spent
// against budget — and the overdue progress reports in scope.
import { lazy, Suspense, useEffect, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Alert, Card, Col, Empty, Flex, Row, Select, Skeleton, Statistic, Table, Tag, Typography } from 'antd';
import { useMe } from '../../api/auth.ts';
import { ApiError } from '../../api/client.ts';
import { useDashboard, useOverdue, useSlates, type DashboardProject, type OverdueItem } from '../../api/lifecycle.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PageHeader } from '../../components/page.tsx';
import { RemindButton } from '../../components/remind-button.tsx';
import { ServerError } from '../../components/server-error.tsx';
import { fmtNum, fmtYuan, ProgressCell, ProjectStatusTag } from './lifecycle-ui.tsx';

const DashboardChart = lazy(() => import('./dashboard-charts.tsx').then((m) => ({ default: m.DashboardChart })));

export default function DashboardPage() {
  const { t, lang } = useI18n();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const slates = useSlates({});
  const orgs = useMemo(() => [...new Map((slates.data?.items ?? []).map((s) => [s.orgId, s.orgName])).entries()], [slates.data]);
  // Default union: the account's own when it has a list, else the first (the federation for its officers).
  const defaultOrg = orgs.find(([id]) => id === me?.orgId)?.[0] ?? orgs[0]?.[0];
  const orgId = Number(params.get('orgId')) || defaultOrg;
  const years = useMemo(
    () => [...new Set((slates.data?.items ?? []).filter((s) => s.orgId === orgId).map((s) => s.year))].sort((a, b) => b - a),
    [slates.data, orgId],
  );
  const thisYear = new Date().getFullYear();
  const year = Number(params.get('year')) || years.find((y) => y <= thisYear) || years[0];
  const dash = useDashboard({ year: year ?? thisYear, orgId }, !!year && !!orgId);
  const overdue = useOverdue();
  const set = (k: string, v?: number) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, String(v));
    else next.delete(k);
    if (k === 'orgId') next.delete('year');
    setParams(next, { replace: true });
  };
  useEffect(() => {
    if (year && params.get('year') && !years.includes(year) && years.length) set('year', undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [years.join()]);

  const d = dash.data;
  const notFound = dash.error instanceof ApiError && dash.error.status === 404;

  return (
    <div data-testid="dashboard-page">
      <PageHeader
        title={t('lc.d.title')}
        sub={
          d && (
            <span data-testid="dashboard-slate">
              {d.slate.title} · {t('lc.e.asOf', { date: d.asOf })}
            </span>
          )
        }
        extra={
          <>
            <Select
              data-testid="dashboard-org"
              showSearch={{ optionFilterProp: 'label' }}
              style={{ width: 220 }}
              value={orgId}
              options={orgs.map(([id, name]) => ({ value: id, label: name }))}
              onChange={(v: number) => set('orgId', v)}
            />
            <Select
              data-testid="dashboard-year"
              style={{ width: 110 }}
              value={year}
              options={years.map((y) => ({ value: y, label: String(y) }))}
              onChange={(v: number) => set('year', v)}
            />
            <RemindButton kind="reports" />
          </>
        }
      />
      {slates.isLoading && <Skeleton active />}
      {!slates.isLoading && !orgs.length && <Empty description={t('lc.slates.none')} />}
      {notFound ? <Alert type="info" showIcon title={t('lc.d.noSlate')} /> : <ServerError error={dash.error} style={{ marginBottom: 12 }} />}
      {d && (
        <>
          <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
            <Col xs={12} md={8} xl={4}>
              <Card size="small">
                <Statistic title={t('lc.d.projects')} value={d.summary.projects} data-testid="dash-stat-projects" />
              </Card>
            </Col>
            <Col xs={12} md={8} xl={4}>
              <Card size="small">
                <Statistic
                  title={t('lc.d.behind')}
                  value={d.summary.behind}
                  valueStyle={d.summary.behind ? { color: '#cf1322' } : undefined}
                  data-testid="dash-stat-behind"
                />
              </Card>
            </Col>
            <Col xs={12} md={8} xl={4}>
              <Card size="small">
                <Statistic title={t('lc.d.completed')} value={d.summary.completed} data-testid="dash-stat-completed" />
              </Card>
            </Col>
            <Col xs={12} md={8} xl={4}>
              <Card size="small">
                <Statistic title={t('lc.e.expected')} value={d.expectedPercent} suffix="%" />
              </Card>
            </Col>
            <Col xs={12} md={8} xl={4}>
              <Card size="small">
                <Statistic title={t('lc.d.budget')} value={d.summary.budgetYuan} />
              </Card>
            </Col>
            <Col xs={12} md={8} xl={4}>
              <Card size="small">
                <Statistic title={t('lc.d.spent')} value={d.summary.spentYuan} data-testid="dash-stat-spent" />
              </Card>
            </Col>
          </Row>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col xs={24} xl={12}>
              <Card size="small" title={t('lc.d.chartProgress')}>
                <Suspense fallback={<Skeleton active />}>
                  <DashboardChart testId="chart-progress" option={d.charts.progress} percent />
                </Suspense>
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card size="small" title={t('lc.d.chartMoney')}>
                <Suspense fallback={<Skeleton active />}>
                  <DashboardChart testId="chart-money" option={d.charts.money} />
                </Suspense>
              </Card>
            </Col>
          </Row>
          <Card size="small" title={t('lc.d.table')} style={{ marginBottom: 16 }}>
            <Table<DashboardProject>
              data-testid="dashboard-table"
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={d.projects}
              scroll={{ x: 1000 }}
              onRow={(p) => ({ 'data-testid': `dash-row-${p.id}` }) as React.HTMLAttributes<HTMLElement>}
              expandable={{
                rowExpandable: (p) => p.behindUnions.length > 0,
                expandedRowRender: (p) => (
                  <div data-testid={`dash-behind-${p.id}`}>
                    <Typography.Text type="secondary">
                      {t('lc.d.behindUnions')}（{p.behindUnits}）
                    </Typography.Text>
                    <Flex gap={4} wrap style={{ marginTop: 6 }}>
                      {p.behindUnions.map((u) => (
                        <Tag key={`${u.targetId}/${u.orgId}`} color="error">
                          {u.orgName} {fmtNum(u.actual, lang)}/{fmtNum(u.planned, lang)}
                        </Tag>
                      ))}
                    </Flex>
                  </div>
                ),
              }}
              columns={[
                { title: t('lc.pr.no'), dataIndex: 'no', width: 56 },
                { title: t('lc.d.project'), dataIndex: 'title', render: (s: string, p) => <Link to={`/projects/${p.id}`}>{s}</Link> },
                { title: t('lc.pr.responsible'), dataIndex: 'responsibleOrgName', width: 150, render: (s: string | null) => s ?? t('common.none') },
                { title: t('lc.pr.status'), key: 'status', width: 140, render: (_, p) => <ProjectStatusTag status={p.status} behind={p.behind} /> },
                {
                  title: t('lc.pr.progress'),
                  key: 'progress',
                  width: 200,
                  render: (_, p) => (
                    <ProgressCell
                      percent={p.percent}
                      suppressed={p.suppressed}
                      expected={p.expectedPercent}
                      behind={p.behind}
                      testId={`dash-progress-${p.id}`}
                    />
                  ),
                },
                {
                  title: t('lc.d.behindUnions'),
                  dataIndex: 'behindUnits',
                  width: 90,
                  align: 'right',
                  render: (n: number) => (n ? <Tag color="error">{n}</Tag> : ''),
                },
                { title: t('lc.e.budget'), dataIndex: 'budgetYuan', width: 120, align: 'right', render: (v: number | null) => fmtYuan(v, lang) },
                {
                  title: t('lc.e.spent'),
                  dataIndex: 'spentYuan',
                  width: 120,
                  align: 'right',
                  render: (v: number, p) => <span data-testid={`dash-spent-${p.id}`}>{fmtYuan(v, lang)}</span>,
                },
              ]}
            />
          </Card>
        </>
      )}
      <Card
        size="small"
        title={t('lc.d.overdue')}
        extra={
          overdue.data && (
            <Tag color={overdue.data.total ? 'red' : 'green'} data-testid="overdue-total">
              {overdue.data.total}
            </Tag>
          )
        }
      >
        <ServerError error={overdue.error} />
        <Table<OverdueItem>
          data-testid="overdue-table"
          rowKey={(o) => `${o.projectId}/${o.orgId}/${o.period}`}
          size="small"
          loading={overdue.isLoading}
          dataSource={overdue.data?.items ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: t('lc.d.overdueNone') }}
          scroll={{ x: 700 }}
          columns={[
            {
              title: t('lc.d.project'),
              dataIndex: 'project',
              render: (s: string, o) => (
                <Link to={`/projects/${o.projectId}?tab=reports`}>
                  {o.year} · {s}
                </Link>
              ),
            },
            { title: t('lc.r.org'), dataIndex: 'orgName', width: 200 },
            { title: t('lc.r.period'), dataIndex: 'period', width: 100 },
            { title: t('lc.r.dueOn'), dataIndex: 'dueOn', width: 110 },
            {
              title: t('lc.r.status'),
              dataIndex: 'status',
              width: 110,
              render: (s: string) => <Tag color="red">{t(s === 'returned' ? 'lc.r.status.returned' : 'lc.r.status.missing')}</Tag>,
            },
          ]}
        />
      </Card>
    </div>
  );
}
