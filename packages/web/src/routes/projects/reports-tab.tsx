// 进度报送: the filing grid (union × due period), filing a report (achieved per target, narrative,
// the 汇总表 lines), review by the level above, and the period's summary table as .xlsx.
import { useState } from 'react';
import { App, Button, Descriptions, Drawer, Empty, Flex, Form, Grid, Input, InputNumber, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { CheckOutlined, DeleteOutlined, DownloadOutlined, FormOutlined, PlusOutlined, RollbackOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { fileUrl } from '../../api/client.ts';
import { useReportMutations, useReports, type GridCell, type Project, type Report, type ReportInput } from '../../api/lifecycle.ts';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { formLevelError, ServerError } from '../../components/server-error.tsx';
import { ReasonModal } from '../calls/screening-board.tsx';
import { fmtNum, fmtYuan } from './lifecycle-ui.tsx';

const GUIDANCE = 'labour-relations-guidance-subsidy';
const statusColor = { missing: 'default', submitted: 'processing', accepted: 'success', returned: 'error' } as const;

function CellTag({ g }: { g: GridCell }) {
  const { t } = useI18n();
  return (
    <Space size={4} data-testid={`grid-status-${g.orgId}-${g.period}`}>
      <Tag color={statusColor[g.status]}>{t(`lc.r.status.${g.status}` as MessageKey)}</Tag>
      {g.overdue && <Tag color="red">{t('lc.r.overdue')}</Tag>}
    </Space>
  );
}

type FormValues = {
  narrative: string;
  values: Record<string, number | null>;
  lines: { enterprise: string; ownership?: string; staff?: string; personDays?: number; subsidyYuan?: number }[];
};

function FileReportModal({ project, cell, label, onClose }: { project: Project; cell: GridCell; label: string; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<FormValues>();
  const m = useReportMutations(project.id);
  const [error, setError] = useState<unknown>(null);
  const computed = project.plan.policyPrograms.includes(GUIDANCE);
  return (
    <Modal
      open
      width={screens.md ? 860 : '100%'}
      title={t('lc.r.fileTitle', { org: cell.orgName, period: label })}
      onCancel={onClose}
      okText={t('lc.r.file')}
      okButtonProps={{ 'data-testid': 'report-submit' }}
      confirmLoading={m.submit.isPending}
      onOk={async () => {
        const v = await form.validateFields().catch(() => null);
        if (!v) return;
        setError(null);
        const body: ReportInput = {
          orgId: cell.orgId,
          period: cell.period,
          narrative: v.narrative?.trim() ?? '',
          values: Object.entries(v.values ?? {})
            .filter(([, x]) => x !== null && x !== undefined)
            .map(([id, x]) => ({ targetId: Number(id), achieved: Number(x) })),
          lines: (v.lines ?? [])
            .filter((l) => l?.enterprise)
            .map((l) => ({
              enterprise: l.enterprise.trim(),
              ownership: l.ownership || undefined,
              staff: l.staff || undefined,
              personDays: l.personDays ?? 0,
              ...(computed || l.subsidyYuan == null ? {} : { subsidyYuan: l.subsidyYuan }),
            })),
        };
        m.submit.mutate(body, {
          onSuccess: () => {
            message.success(t('lc.r.submitted'));
            onClose();
          },
          onError: (e) => setError(formLevelError(form, e, ['narrative'])),
        });
      }}
    >
      <Form form={form} layout="vertical" data-testid="report-form" initialValues={{ lines: [] }}>
        <Typography.Text strong>{t('lc.r.achieved')}</Typography.Text>
        <div style={{ margin: '8px 0 16px' }}>
          {project.targets.map((tg) => (
            <Flex key={tg.targetId} gap={12} align="center" style={{ marginBottom: 8, paddingLeft: tg.parentTargetId ? 24 : 0 }}>
              <span style={{ flex: 1, minWidth: 0 }}>{tg.indicator}</span>
              <Form.Item name={['values', String(tg.targetId)]} noStyle>
                <InputNumber data-testid={`report-value-${tg.targetId}`} min={0} precision={0} style={{ width: 160 }} suffix={tg.unit} />
              </Form.Item>
            </Flex>
          ))}
        </div>
        <Form.Item name="narrative" label={t('lc.r.narrative')}>
          <Input.TextArea data-testid="report-narrative" rows={3} maxLength={10000} />
        </Form.Item>
        <Typography.Text strong>{t('lc.r.lines')}</Typography.Text>
        {computed && (
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: 0 }}>
            {t('lc.r.subsidyComputed')}
          </Typography.Paragraph>
        )}
        <Form.List name="lines">
          {(items, { add, remove }) => (
            <div style={{ margin: '8px 0' }}>
              {items.map((f, i) => (
                <Flex key={f.key} gap={6} align="start" wrap>
                  <Form.Item name={[f.name, 'enterprise']} style={{ flex: 2, minWidth: 180 }} rules={[{ required: true, message: t('common.required') }]}>
                    <Input data-testid={`report-line-enterprise-${i}`} placeholder={t('lc.r.enterprise')} maxLength={200} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'ownership']} style={{ width: 100 }}>
                    <Input placeholder={t('lc.r.ownership')} maxLength={40} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'staff']} style={{ flex: 1, minWidth: 120 }}>
                    <Input placeholder={t('lc.r.staff')} maxLength={200} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'personDays']} style={{ width: 100 }}>
                    <InputNumber data-testid={`report-line-days-${i}`} placeholder={t('lc.r.personDays')} min={0} precision={0} style={{ width: '100%' }} />
                  </Form.Item>
                  {!computed && (
                    <Form.Item name={[f.name, 'subsidyYuan']} style={{ width: 120 }}>
                      <InputNumber placeholder={t('lc.r.subsidy')} min={0} precision={2} style={{ width: '100%' }} />
                    </Form.Item>
                  )}
                  <Button icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={t('common.delete')} />
                </Flex>
              ))}
              <Button size="small" icon={<PlusOutlined />} onClick={() => add({ personDays: 0 })} data-testid="report-add-line">
                {t('lc.r.addLine')}
              </Button>
            </div>
          )}
        </Form.List>
      </Form>
      <ServerError error={error} />
    </Modal>
  );
}

function ReportDrawer({ project, report, onClose }: { project: Project; report: Report; onClose: () => void }) {
  const { t, pick, lang } = useI18n();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const m = useReportMutations(project.id);
  const [returning, setReturning] = useState(false);
  return (
    <Drawer
      open
      onClose={onClose}
      size={screens.md ? 720 : '100%'}
      title={`${t('lc.r.detail')} · ${report.orgName} · ${pick(report.periodLabel)}`}
      extra={
        report.abilities.review && (
          <Space>
            <Button icon={<RollbackOutlined />} onClick={() => setReturning(true)} data-testid="report-return">
              {t('lc.r.return')}
            </Button>
            <Button
              type="primary"
              icon={<CheckOutlined />}
              loading={m.accept.isPending}
              onClick={() =>
                m.accept.mutate(report.id, {
                  onSuccess: () => {
                    message.success(t('lc.r.accepted'));
                    onClose();
                  },
                })
              }
              data-testid="report-accept"
            >
              {t('lc.r.accept')}
            </Button>
          </Space>
        )
      }
    >
      <div data-testid="report-detail">
        <ServerError error={m.accept.error} style={{ marginBottom: 12 }} />
        <Descriptions size="small" bordered column={1} style={{ marginBottom: 16 }}>
          <Descriptions.Item label={t('lc.r.status')}>
            <Tag color={statusColor[report.status]}>{t(`lc.r.status.${report.status}` as MessageKey)}</Tag>
            {report.revision > 1 && `#${report.revision}`}
          </Descriptions.Item>
          <Descriptions.Item label={t('lc.r.submittedBy')}>
            {report.submittedBy} · {report.submittedAt ? dayjs(report.submittedAt).format('YYYY-MM-DD HH:mm') : ''}
          </Descriptions.Item>
          {report.reviewedBy && (
            <Descriptions.Item label={t('lc.r.reviewedBy')}>
              {report.reviewedBy} · {report.reviewedAt ? dayjs(report.reviewedAt).format('YYYY-MM-DD HH:mm') : ''}
            </Descriptions.Item>
          )}
          {report.reviewReason && <Descriptions.Item label={t('lc.r.returnReason')}>{report.reviewReason}</Descriptions.Item>}
          {report.values.map((v) => (
            <Descriptions.Item key={v.targetId} label={v.indicator}>
              {fmtNum(v.achieved, lang)} {v.unit}
            </Descriptions.Item>
          ))}
          <Descriptions.Item label={t('lc.r.subsidy')}>{fmtYuan(report.subsidyYuan, lang)}</Descriptions.Item>
          <Descriptions.Item label={t('lc.r.narrative')}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{report.narrative || t('common.none')}</span>
          </Descriptions.Item>
        </Descriptions>
        {report.lines.length > 0 && (
          <Table
            size="small"
            rowKey="lineNo"
            pagination={false}
            dataSource={report.lines}
            scroll={{ x: 600 }}
            columns={[
              { title: '#', dataIndex: 'lineNo', width: 44 },
              { title: t('lc.r.enterprise'), dataIndex: 'enterprise' },
              { title: t('lc.r.ownership'), dataIndex: 'ownership', width: 90 },
              { title: t('lc.r.staff'), dataIndex: 'staff', width: 160 },
              { title: t('lc.r.personDays'), dataIndex: 'personDays', width: 80, align: 'right' },
              { title: t('lc.r.subsidy'), dataIndex: 'subsidyYuan', width: 110, align: 'right', render: (v: number | null) => fmtYuan(v, lang) },
            ]}
          />
        )}
      </div>
      <ReasonModal
        open={returning}
        title={t('lc.r.returnTitle')}
        label={t('lc.r.returnReason')}
        testId="report-return-reason"
        pending={m.returnReport.isPending}
        error={m.returnReport.error}
        onCancel={() => setReturning(false)}
        onOk={(reason) =>
          m.returnReport.mutate(
            { id: report.id, reason },
            {
              onSuccess: () => {
                message.success(t('lc.r.returned'));
                setReturning(false);
                onClose();
              },
            },
          )
        }
      />
    </Drawer>
  );
}

export function ReportsTab({ project }: { project: Project }) {
  const { t, pick } = useI18n();
  const { data, isLoading, error } = useReports(project.id);
  const [filing, setFiling] = useState<GridCell | null>(null);
  const [viewing, setViewing] = useState<number | null>(null);
  const [period, setPeriod] = useState<string>();
  if (project.plan.reportCadence === 'none') return <Empty description={t('lc.r.noCadence')} />;
  const periods = data?.project.periods ?? [];
  const label = (p: string) => pick(periods.find((x) => x.period === p)?.label) || p;
  const today = dayjs().format('YYYY-MM-DD');
  // 填报 when the server says the caller may file this cell (its own union or one in its subtree the plan makes a reporter).
  const canFile = (g: GridCell) => g.abilities.file;
  const exportPeriod = period ?? periods.filter((p) => `${p.period}-01` <= today).at(-1)?.period ?? periods[0]?.period;
  const report = data?.items.find((r) => r.id === viewing);

  return (
    <div data-testid="reports-tab">
      <ServerError error={error} style={{ marginBottom: 12 }} />
      <Flex justify="space-between" gap={8} wrap style={{ marginBottom: 12 }}>
        <Space>
          <Typography.Text strong>{t('lc.r.grid')}</Typography.Text>
          {!!data?.overdue && (
            <Tag color="red" data-testid="reports-overdue">
              {t('lc.r.overdueN', { n: data.overdue })}
            </Tag>
          )}
        </Space>
        <Space.Compact>
          <Select
            data-testid="report-export-period"
            style={{ width: 200 }}
            value={exportPeriod}
            onChange={setPeriod}
            options={periods.map((p) => ({ value: p.period, label: pick(p.label) }))}
          />
          <a href={exportPeriod ? fileUrl(`/projects/${project.id}/reports/export`, { period: exportPeriod }) : undefined} data-testid="report-export">
            <Button icon={<DownloadOutlined />} disabled={!exportPeriod}>
              {t('lc.r.export')}
            </Button>
          </a>
        </Space.Compact>
      </Flex>
      <Table<GridCell>
        data-testid="report-grid"
        rowKey={(g) => `${g.period}/${g.orgId}`}
        size="small"
        loading={isLoading}
        dataSource={data?.grid ?? []}
        pagination={{ pageSize: 30, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 760 }}
        onRow={(g) => ({ 'data-testid': `grid-row-${g.orgId}-${g.period}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('lc.r.period'), key: 'period', width: 200, render: (_, g) => label(g.period) },
          { title: t('lc.r.org'), dataIndex: 'orgName' },
          { title: t('lc.r.dueOn'), dataIndex: 'dueOn', width: 110 },
          { title: t('lc.r.status'), key: 'status', width: 170, render: (_, g) => <CellTag g={g} /> },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 160,
            render: (_, g) => (
              <Space size={4}>
                {g.reportId && (
                  <Button size="small" type="link" onClick={() => setViewing(g.reportId)} data-testid={`report-view-${g.reportId}`}>
                    {t('common.view')}
                  </Button>
                )}
                {canFile(g) && (
                  <Button size="small" type="primary" icon={<FormOutlined />} onClick={() => setFiling(g)} data-testid={`report-file-${g.orgId}-${g.period}`}>
                    {g.status === 'returned' ? t('lc.r.resubmit') : t('lc.r.file')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {filing && <FileReportModal project={project} cell={filing} label={label(filing.period)} onClose={() => setFiling(null)} />}
      {report && <ReportDrawer project={project} report={report} onClose={() => setViewing(null)} />}
    </div>
  );
}
