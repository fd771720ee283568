import { Card, Col, Row, Skeleton, Statistic, Table, Tag } from 'antd';
import { useEvaluation, type PartEvaluation, type ProgramActivity, type Project } from '../../api/lifecycle.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ServerError } from '../../components/server-error.tsx';
import { CountCell, fmtNum, fmtYuan, ProgressCell, ProjectStatusTag, Withheld } from './lifecycle-ui.tsx';

export function EvaluationTab({ project }: { project: Project }) {
  const { t, lang } = useI18n();
  const { data, isLoading, error } = useEvaluation(project.id);
  if (isLoading) return <Skeleton active />;
  if (!data) return <ServerError error={error} />;
  return (
    <div data-testid="evaluation-tab">
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
        <Col xs={12} md={6}>
          <Card size="small">
            {data.percent === null && data.suppressed ? (
              <Statistic title={t('lc.e.progress')} valueRender={() => <Withheld testId="eval-percent" />} />
            ) : (
              <Statistic
                title={t('lc.e.progress')}
                value={data.percent ?? 0}
                suffix="%"
                valueStyle={data.behind ? { color: '#cf1322' } : undefined}
                data-testid="eval-percent"
              />
            )}
            <ProjectStatusTag status={data.status} behind={data.behind} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('lc.e.expected')} value={data.expectedPercent} suffix="%" />
            <span style={{ fontSize: 12, color: '#888' }}>{t('lc.e.asOf', { date: data.asOf })}</span>
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={`${t('lc.e.budget')}（¥）`} value={data.budgetYuan ?? '—'} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={`${t('lc.e.spent')}（¥）`} value={data.spentYuan} data-testid="eval-spent" />
            {data.pendingYuan > 0 && (
              <span style={{ fontSize: 12, color: '#888' }}>
                {t('lc.e.pendingMoney')} ¥{fmtNum(data.pendingYuan, lang)}
              </span>
            )}
          </Card>
        </Col>
      </Row>
      <Table
        data-testid="eval-targets"
        rowKey="targetId"
        size="small"
        pagination={false}
        dataSource={data.targets}
        scroll={{ x: 760 }}
        expandable={{
          rowExpandable: (r) => r.parts.length > 0,
          expandedRowRender: (r) => (
            <Table<PartEvaluation>
              size="small"
              rowKey="allocationId"
              pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
              dataSource={r.parts}
              columns={[
                { title: t('lc.e.parts'), dataIndex: 'orgName', render: (n: string, p) => p.shortName ?? n },
                { title: t('lc.t.planned'), dataIndex: 'planned', width: 100, align: 'right', render: (v: number) => fmtNum(v, lang) },
                { title: t('lc.t.actual'), dataIndex: 'actual', width: 100, align: 'right', render: (v: number) => fmtNum(v, lang) },
                { title: t('lc.t.percent'), key: 'p', width: 200, render: (_, p) => <ProgressCell percent={p.percent} behind={p.behind} /> },
                { title: '', key: 'b', width: 110, render: (_, p) => p.behind && <Tag color="error">{t('lc.pr.behind')}</Tag> },
              ]}
            />
          ),
        }}
        columns={[
          { title: t('lc.t.indicator'), dataIndex: 'indicator', render: (s: string, r) => (r.parentTargetId ? `　└ ${s}` : s) },
          { title: t('lc.t.planned'), key: 'planned', width: 140, align: 'right', render: (_, r) => `${fmtNum(r.planned, lang)} ${r.unit}` },
          {
            title: t('lc.t.actual'),
            key: 'actual',
            width: 110,
            align: 'right',
            render: (_, r) => <CountCell value={r.actual} suppressed={r.suppressed} testId={`eval-actual-${r.targetId}`} />,
          },
          {
            title: t('lc.t.pending'),
            key: 'pending',
            width: 90,
            align: 'right',
            render: (_, r) => <CountCell value={r.pending} suppressed={r.suppressed} blankZero />,
          },
          { title: t('lc.t.percent'), key: 'percent', width: 200, render: (_, r) => <ProgressCell percent={r.percent} suppressed={r.suppressed} /> },
        ]}
      />
      {data.programActivity.length > 0 && <ActivityTable items={data.programActivity} />}
    </div>
  );
}

/** The linked programs' applications; a union not holding the list's owner sees its own scope's only. */
function ActivityTable({ items }: { items: ProgramActivity[] }) {
  const { t, lang } = useI18n();
  return (
    <Card
      size="small"
      style={{ marginTop: 16 }}
      title={t('lc.e.activity')}
      extra={items.some((a) => a.scope === 'part') && <Tag data-testid="eval-activity-part">{t('lc.e.activityPart')}</Tag>}
    >
      <Table<ProgramActivity>
        data-testid="eval-activity"
        rowKey="program"
        size="small"
        pagination={false}
        dataSource={items}
        scroll={{ x: 640 }}
        onRow={(a) => ({ 'data-testid': `eval-activity-${a.program}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('lc.e.program'), dataIndex: 'program' },
          { title: t('lc.e.applications'), dataIndex: 'total', width: 90, align: 'right', render: (v: number) => fmtNum(v, lang) },
          { title: t('lc.e.inReview'), key: 'r', width: 90, align: 'right', render: (_, a) => fmtNum(a.byStatus['in-review'], lang) },
          {
            title: t('lc.e.approved'),
            key: 'a',
            width: 150,
            align: 'right',
            render: (_, a) => `${fmtNum(a.approved.count, lang)} · ${fmtYuan(a.approved.amountYuan, lang)}`,
          },
          {
            title: t('lc.e.paid'),
            key: 'p',
            width: 150,
            align: 'right',
            render: (_, a) => `${fmtNum(a.paid.count, lang)} · ${fmtYuan(a.paid.amountYuan, lang)}`,
          },
        ]}
      />
    </Card>
  );
}
