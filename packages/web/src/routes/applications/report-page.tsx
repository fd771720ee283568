import { useSearchParams } from 'react-router-dom';
import { Button, Card, Col, Flex, Row, Select, Statistic, Table, Tooltip, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useApplicationReport, type ReportRow } from '../../api/applications.ts';
import { usePrograms } from '../../api/programs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PageHeader } from '../../components/page.tsx';
import { ServerError } from '../../components/server-error.tsx';
import { yuan } from './application-labels.tsx';

/** Per program and regional union: applications by status, amounts approved and paid, overdue reviews. */
export default function ReportPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const programId = Number(params.get('programId')) || undefined;
  const { data, isFetching, error } = useApplicationReport(programId);
  const programs = usePrograms();
  const rows = (data?.items ?? []).map((r, i) => ({ ...r, key: `${r.programId}-${r.region?.id ?? 0}-${i}` }));
  const n = (v: number) => (v ? v : <Typography.Text type="secondary">0</Typography.Text>);

  return (
    <div data-testid="report-page">
      <PageHeader
        title={t('appl.report')}
        sub={data ? t('appl.reportAsOf', { date: data.asOf }) : undefined}
        extra={
          <Flex gap={8} wrap>
            <Select
              data-testid="report-filter-program"
              allowClear
              placeholder={t('appl.allPrograms')}
              value={programId}
              style={{ minWidth: 280 }}
              onChange={(v) => setParams(v ? { programId: String(v) } : {}, { replace: true })}
              options={programs.data?.items.map((p) => ({ value: p.id, label: p.title }))}
            />
            {/* 申领汇总表 of one program: the approved applications in my scope, on the notice's form. */}
            <Tooltip title={programId ? undefined : t('print.claimsNeedProgram')}>
              <Button
                icon={<PrinterOutlined />}
                disabled={!programId}
                href={programId ? `/print/claims?programId=${programId}` : undefined}
                target="_blank"
                data-testid="report-print-claims"
              >
                {t('print.claims')}
              </Button>
            </Tooltip>
          </Flex>
        }
      />
      <ServerError error={error} style={{ marginBottom: 16 }} />
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title={t('appl.report.total')} value={data?.totals.total ?? 0} valueRender={(v) => <span data-testid="report-total">{v}</span>} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic
              title={t('appl.report.overdue')}
              value={data?.totals.overdue ?? 0}
              styles={data?.totals.overdue ? { content: { color: '#cf1322' } } : undefined}
            />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title={t('appl.report.approvedAmount')} value={yuan(data?.totals.approvedAmount ?? 0)} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title={t('appl.report.paidAmount')} value={yuan(data?.totals.paidAmount ?? 0)} />
          </Card>
        </Col>
      </Row>
      <Card styles={{ body: { padding: 0 } }}>
        <Table<ReportRow & { key: string }>
          data-testid="report-table"
          size="middle"
          loading={isFetching}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 1200 }}
          columns={[
            { title: t('appl.program'), dataIndex: 'title', ellipsis: true, width: 300 },
            { title: t('appl.region'), key: 'region', width: 160, render: (_: unknown, r) => r.region?.name ?? t('common.none') },
            { title: t('appl.status.in-review'), key: 'ir', width: 80, align: 'right', render: (_: unknown, r) => n(r.byStatus['in-review']) },
            { title: t('appl.status.returned'), key: 'rt', width: 90, align: 'right', render: (_: unknown, r) => n(r.byStatus.returned) },
            { title: t('appl.status.approved'), key: 'ap', width: 80, align: 'right', render: (_: unknown, r) => n(r.byStatus.approved) },
            { title: t('appl.status.rejected'), key: 'rj', width: 80, align: 'right', render: (_: unknown, r) => n(r.byStatus.rejected) },
            { title: t('appl.status.withdrawn'), key: 'wd', width: 80, align: 'right', render: (_: unknown, r) => n(r.byStatus.withdrawn) },
            { title: t('appl.report.total'), dataIndex: 'total', width: 70, align: 'right' },
            {
              title: t('appl.report.overdue'),
              dataIndex: 'overdue',
              width: 70,
              align: 'right',
              render: (v: number) => (v ? <Typography.Text type="danger">{v}</Typography.Text> : n(v)),
            },
            { title: t('appl.report.approvedAmount'), dataIndex: 'approvedAmount', width: 120, align: 'right', render: (v: number) => yuan(v) },
            { title: t('appl.report.paidAmount'), dataIndex: 'paidAmount', width: 120, align: 'right', render: (v: number) => yuan(v) },
          ]}
        />
      </Card>
    </div>
  );
}
