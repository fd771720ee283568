import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { App, Button, Card, Form, Modal, Select, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { can, useMe } from '../../api/auth.ts';
import { useBatches, usePrepareBatch, type Batch, type Signer } from '../../api/payouts.ts';
import { usePrograms } from '../../api/programs.ts';
import { useOrg } from '../../api/orgs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PageHeader } from '../../components/page.tsx';
import { ExportButton } from '../../components/export-button.tsx';
import { ServerError } from '../../components/server-error.tsx';
import { DateInput } from '../../components/date-input.tsx';
import { yuan } from '../applications/application-labels.tsx';
import { BatchStatusTag } from './payout-labels.tsx';

export function SignerText({ s }: { s: Signer | null }) {
  const { t } = useI18n();
  if (!s) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  return (
    <span>
      {s.name}
      <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
        {dayjs(s.at).format('YYYY-MM-DD HH:mm')}
      </Typography.Text>
    </span>
  );
}

/** The month whose list has closed most recently (the close day has passed): what to prepare today. */
function defaultPeriod(today: string | undefined, closeDay = 25) {
  const d = dayjs(today);
  return (d.date() >= closeDay ? d : d.subtract(1, 'month')).format('YYYY-MM');
}

export default function BatchesPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const programId = Number(params.get('programId')) || undefined;
  const { data, isFetching, error } = useBatches(programId);
  const programs = usePrograms();
  const prepare = usePrepareBatch();
  // Only the unit a program names as its preparer may prepare its batches (its function code, e.g. the
  // mutual-aid centre for 大病职工慰问): offer those programs, and no button to a unit that runs none.
  const myOrg = useOrg(can(me, 'payouts.prepare') ? me?.orgId : undefined);
  const preparable = (programs.data?.items ?? []).filter((p) => !!myOrg.data?.functionCode && p.settlement.preparer === myOrg.data.functionCode);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ programId: number; period: string }>();
  const today = programs.data?.items[0]?.acceptingOn;

  return (
    <div data-testid="payouts-page">
      <PageHeader
        title={t('pay.title')}
        sub={t('pay.sub')}
        extra={
          <>
            <Select
              data-testid="payout-filter-program"
              allowClear
              placeholder={t('appl.allPrograms')}
              value={programId}
              style={{ minWidth: 260 }}
              onChange={(v) => setParams(v ? { programId: String(v) } : {}, { replace: true })}
              options={programs.data?.items.map((p) => ({ value: p.id, label: p.title }))}
            />
            <ExportButton path="/payouts/batches/export.xlsx" filters={{ programId }} testId="payouts-export" />
            {can(me, 'payouts.prepare') && preparable.length > 0 && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                data-testid="payout-prepare"
                onClick={() => {
                  prepare.reset();
                  form.setFieldsValue({ programId, period: defaultPeriod(today) });
                  setOpen(true);
                }}
              >
                {t('pay.prepare')}
              </Button>
            )}
          </>
        }
      />
      <ServerError error={error} style={{ marginBottom: 16 }} />
      <Card styles={{ body: { padding: 0 } }}>
        <Table<Batch>
          data-testid="payout-table"
          rowKey="id"
          size="middle"
          loading={isFetching}
          dataSource={data?.items ?? []}
          scroll={{ x: 1300 }}
          pagination={false}
          columns={[
            {
              title: t('pay.no'),
              dataIndex: 'no',
              width: 150,
              fixed: 'left',
              render: (no: string, b) => (
                <Link to={`/payouts/${b.id}`} data-testid={`payout-link-${b.no}`}>
                  <span style={{ fontFamily: 'monospace' }}>{no}</span>
                </Link>
              ),
            },
            { title: t('appl.program'), dataIndex: 'programTitle', ellipsis: true },
            { title: t('pay.period'), dataIndex: 'period', width: 90 },
            { title: t('pay.entries'), dataIndex: 'entries', width: 70, align: 'right' },
            { title: t('pay.total'), dataIndex: 'total', width: 120, align: 'right', render: (v: number) => yuan(v) },
            { title: t('pay.payBy'), dataIndex: 'payBy', width: 110 },
            { title: t('pay.preparedBy'), key: 'p', width: 140, render: (_: unknown, b) => <SignerText s={b.preparedBy} /> },
            { title: t('pay.rightsBy'), key: 'r', width: 140, render: (_: unknown, b) => <SignerText s={b.rightsApprovedBy} /> },
            { title: t('pay.financeBy'), key: 'f', width: 140, render: (_: unknown, b) => <SignerText s={b.financeApprovedBy} /> },
            {
              title: t('common.status'),
              dataIndex: 'status',
              width: 130,
              fixed: 'right',
              render: (s: Batch['status'], b) => <BatchStatusTag status={s} testId={`payout-status-${b.no}`} />,
            },
          ]}
          locale={{ emptyText: t('pay.none') }}
        />
      </Card>
      <Modal
        open={open}
        title={t('pay.prepare')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        confirmLoading={prepare.isPending}
        okButtonProps={{ 'data-testid': 'payout-prepare-submit' } as never}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('pay.prepareHint')}</Typography.Paragraph>
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) =>
            prepare.mutate(v, {
              onSuccess: (b) => {
                setOpen(false);
                message.success(t('pay.prepared', { no: b.no, n: b.entries }));
                navigate(`/payouts/${b.id}`);
              },
            })
          }
        >
          <Form.Item name="programId" label={t('appl.program')} rules={[{ required: true, message: t('common.required') }]}>
            <Select data-testid="payout-prepare-program" options={preparable.map((p) => ({ value: p.id, label: p.title }))} />
          </Form.Item>
          <Form.Item name="period" label={t('pay.period')} rules={[{ required: true, pattern: /^\d{4}-(0[1-9]|1[0-2])$/, message: t('pay.periodFormat') }]}>
            <DateInput picker="month" testId="payout-prepare-period" allowClear={false} style={{ maxWidth: 200 }} />
          </Form.Item>
        </Form>
        <ServerError error={prepare.error} testId="payout-prepare-error" />
      </Modal>
    </div>
  );
}
