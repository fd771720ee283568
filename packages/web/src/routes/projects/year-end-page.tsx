// 年度总结: the year-end report of a published list (GET /slates/:id/report) — for each project planned against
// actual per target, progress, budget against spent, milestones kept, survey ratings and the satisfaction forms
// returned with the place settlements — and the same numbers as the .xlsx the API writes.
import { Link, useParams } from 'react-router-dom';
import { Button, Card, Col, Result, Row, Skeleton, Statistic, Table, Tooltip, Typography } from 'antd';
import { ArrowLeftOutlined, DownloadOutlined } from '@ant-design/icons';
import { useSlateReport, type SlateReport } from '../../api/lifecycle.ts';
import { fileUrl } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PageHeader } from '../../components/page.tsx';
import { ServerError } from '../../components/server-error.tsx';
import { CategoryTag, fmtNum, fmtYuan, ProgressCell, ProjectStatusTag, Withheld } from './lifecycle-ui.tsx';

type ProjectRow = SlateReport['projects'][number];
type TargetRow = ProjectRow['targets'][number];

export default function YearEndPage() {
  const { t, lang } = useI18n();
  const id = Number(useParams().id);
  const { data: r, error, isLoading } = useSlateReport(Number.isFinite(id) ? id : undefined);
  if (isLoading) return <Skeleton active />;
  if (!r) return error ? <ServerError error={error} /> : <Result status="404" />;
  const s = r.summary;
  const pct = (v: number | null) => (v == null ? '—' : `${fmtNum(v, lang)}%`);
  const targetColumns = [
    { title: t('ye.target'), dataIndex: 'indicator', render: (v: string, x: TargetRow) => (x.parentTargetId ? `└ ${v}` : v) },
    { title: t('ye.unit'), dataIndex: 'unit', width: 80 },
    { title: t('ye.plannedValue'), dataIndex: 'planned', width: 110, align: 'right' as const, render: (v: number) => fmtNum(v, lang) },
    {
      title: t('ye.actual'),
      key: 'actual',
      width: 110,
      align: 'right' as const,
      render: (_: unknown, x: TargetRow) => (x.actual == null && x.suppressed ? <Withheld /> : fmtNum(x.actual, lang)),
    },
    {
      title: t('ye.pending'),
      key: 'pending',
      width: 100,
      align: 'right' as const,
      render: (_: unknown, x: TargetRow) => (x.pending == null && x.suppressed ? <Withheld /> : fmtNum(x.pending, lang)),
    },
    { title: t('ye.targetPercent'), key: 'percent', width: 100, align: 'right' as const, render: (_: unknown, x: TargetRow) => pct(x.percent) },
  ];
  return (
    <div data-testid="year-end-page">
      <PageHeader
        title={t('ye.title', { year: r.slate.year, title: r.slate.title })}
        sub={
          <>
            {r.slate.orgName}
            {r.slate.documentNo ? ` · ${r.slate.documentNo}` : ''} · {t('ye.sub', { asOf: r.asOf })}
          </>
        }
        extra={
          <>
            <Link to={`/projects/slates/${r.slate.id}`}>
              <Button icon={<ArrowLeftOutlined />}>{t('ye.back')}</Button>
            </Link>
            <a href={fileUrl(`/slates/${r.slate.id}/report.xlsx`)} data-testid="year-end-download">
              <Button type="primary" icon={<DownloadOutlined />}>
                {t('ye.download')}
              </Button>
            </a>
          </>
        }
      />
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }} data-testid="year-end-summary">
        <Col xs={12} md={6} xl={3}>
          <Card size="small">
            <Statistic title={t('ye.projects')} value={s.projects} />
          </Card>
        </Col>
        <Col xs={12} md={6} xl={3}>
          <Card size="small">
            <Statistic title={t('ye.completed')} value={s.completed} />
          </Card>
        </Col>
        <Col xs={12} md={6} xl={3}>
          <Card size="small">
            <Statistic title={t('ye.inProgress')} value={s.inProgress} />
          </Card>
        </Col>
        <Col xs={12} md={6} xl={3}>
          <Card size="small">
            <Statistic title={t('ye.planned')} value={s.planned} />
          </Card>
        </Col>
        <Col xs={12} md={6} xl={3}>
          <Card size="small">
            <Statistic title={t('ye.budget')} value={fmtYuan(s.budgetYuan, lang)} />
          </Card>
        </Col>
        <Col xs={12} md={6} xl={3}>
          <Card size="small">
            <Statistic title={t('ye.spent')} value={fmtYuan(s.spentYuan, lang)} />
          </Card>
        </Col>
        <Col xs={12} md={6} xl={3}>
          <Card size="small">
            <Statistic
              title={t('ye.rating')}
              value={s.satisfactionAverage ?? '—'}
              suffix={
                s.surveyResponses ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    （{s.surveyResponses}）
                  </Typography.Text>
                ) : null
              }
            />
          </Card>
        </Col>
        <Col xs={12} md={6} xl={3}>
          <Tooltip title={t('ye.formsHint')}>
            <Card size="small" data-testid="year-end-forms">
              <Statistic
                title={t('ye.forms')}
                value={s.settlementForms ? t('ye.formsValue', { satisfied: s.settlementSatisfied, responses: s.settlementForms }) : '—'}
              />
            </Card>
          </Tooltip>
        </Col>
      </Row>
      <Table<ProjectRow>
        data-testid="year-end-projects"
        rowKey="id"
        size="middle"
        pagination={false}
        scroll={{ x: 1300 }}
        dataSource={r.projects}
        onRow={(p) => ({ 'data-testid': `year-end-project-${p.no}` }) as React.HTMLAttributes<HTMLElement>}
        expandable={{
          rowExpandable: (p) => p.targets.length > 0,
          expandedRowRender: (p) => <Table<TargetRow> size="small" rowKey="targetId" pagination={false} dataSource={p.targets} columns={targetColumns} />,
        }}
        columns={[
          { title: '#', dataIndex: 'no', width: 56 },
          { title: t('lc.pr.title'), dataIndex: 'title', width: 260, render: (v: string, p) => <Link to={`/projects/${p.id}`}>{v}</Link> },
          { title: t('lc.pr.category'), key: 'category', width: 110, render: (_, p) => <CategoryTag category={p.category} /> },
          { title: t('lc.pr.responsible'), dataIndex: 'responsibleOrgName', width: 150, render: (v: string | null) => v ?? t('common.none') },
          { title: t('lc.pr.status'), key: 'status', width: 120, render: (_, p) => <ProjectStatusTag status={p.status} /> },
          { title: t('ye.percent'), key: 'percent', width: 170, render: (_, p) => <ProgressCell percent={p.percent} suppressed={p.suppressed} /> },
          { title: t('ye.budget'), dataIndex: 'budgetYuan', width: 120, align: 'right', render: (v: number | null) => fmtYuan(v, lang) },
          { title: t('ye.spent'), dataIndex: 'spentYuan', width: 120, align: 'right', render: (v: number) => fmtYuan(v, lang) },
          { title: t('ye.used'), dataIndex: 'budgetUsedPercent', width: 100, align: 'right', render: pct },
          {
            title: t('ye.milestones'),
            key: 'milestones',
            width: 110,
            render: (_, p) => (
              <span>
                {t('ye.milestonesValue', { done: p.milestones.done, total: p.milestones.total })}
                {p.milestones.overdue > 0 && (
                  <Typography.Text type="danger" style={{ display: 'block', fontSize: 12 }}>
                    {t('ye.overdue', { n: p.milestones.overdue })}
                  </Typography.Text>
                )}
              </span>
            ),
          },
          {
            title: t('ye.rating'),
            key: 'rating',
            width: 120,
            align: 'right',
            render: (_, p) =>
              p.satisfaction.ratingAverage == null ? (
                <Typography.Text type="secondary">{t('ye.ratingNone')}</Typography.Text>
              ) : (
                `${fmtNum(p.satisfaction.ratingAverage, lang)}（${p.satisfaction.responses}）`
              ),
          },
          {
            title: t('ye.forms'),
            key: 'forms',
            width: 150,
            align: 'right',
            render: (_, p) =>
              p.settlementSatisfaction.responses ? (
                <span data-testid={`year-end-forms-${p.no}`}>
                  {t('ye.formsValue', { satisfied: p.settlementSatisfaction.satisfied, responses: p.settlementSatisfaction.responses })}
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {pct(p.settlementSatisfaction.satisfiedPercent)}
                  </Typography.Text>
                </span>
              ) : (
                '—'
              ),
          },
        ]}
      />
    </div>
  );
}
