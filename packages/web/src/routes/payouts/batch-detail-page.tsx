import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { App, Button, Card, Descriptions, Input, Modal, Result, Skeleton, Space, Steps, Table, Tag, Typography } from 'antd';
import { CheckOutlined, DownloadOutlined, PrinterOutlined, StopOutlined, WalletOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { can, useMe } from '../../api/auth.ts';
import { ApiError, fileUrl } from '../../api/client.ts';
import { useBatch, useBatchAction, useReverseEntry, type BatchAction, type BatchLine, type Signer } from '../../api/payouts.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PageHeader } from '../../components/page.tsx';
import { ServerError } from '../../components/server-error.tsx';
import { yuan } from '../applications/application-labels.tsx';
import { BatchStatusTag } from './payout-labels.tsx';

export default function BatchDetailPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const id = Number(useParams().id);
  const { data: b, isLoading, error } = useBatch(id);
  const action = useBatchAction();
  const reverse = useReverseEntry();
  const [pending, setPending] = useState<BatchAction | null>(null);
  const [text, setText] = useState('');
  const [reversing, setReversing] = useState<BatchLine | null>(null);

  if (isLoading) return <Skeleton active />;
  if (error instanceof ApiError && error.status === 404)
    return <Result status="404" title={t('pay.notFound')} extra={<Link to="/payouts">{t('common.back')}</Link>} />;
  if (error || !b) return <ServerError error={error} />;

  const run = () =>
    action.mutate(
      { id: b.id, action: pending!, body: pending === 'pay' ? { reference: text.trim() } : pending === 'cancel' ? { reason: text.trim() } : undefined },
      {
        onSuccess: () => {
          message.success(t(`pay.done.${pending!}`));
          setPending(null);
          setText('');
        },
      },
    );

  const signed = (s: Signer | null) => (s ? `${s.name ?? ''} · ${dayjs(s.at).format('YYYY-MM-DD HH:mm')}` : undefined);
  const cancelled = b.status === 'cancelled';
  const steps = [
    { key: 'prepared', title: t('pay.step.prepared'), s: b.preparedBy },
    { key: 'rights', title: t('pay.step.rights'), s: b.rightsApprovedBy },
    { key: 'finance', title: t('pay.step.finance'), s: b.financeApprovedBy },
    { key: 'paid', title: t('pay.step.paid'), s: b.paidBy },
  ];
  // The real state: rights signs first, then finance (000 大病职工慰问 三(五)); the first step not done is current.
  const firstOpen = steps.findIndex((s) => !s.s);
  const current = firstOpen === -1 ? steps.length : firstOpen;
  const canReverse = can(me, 'payouts.prepare') && b.status === 'paid';

  return (
    <div data-testid="payout-detail">
      <PageHeader
        testId="payout-no"
        title={
          <Space wrap>
            <span style={{ fontFamily: 'monospace' }}>{b.no}</span>
            <BatchStatusTag status={b.status} testId="payout-status" />
          </Space>
        }
        sub={`${b.programTitle} · ${b.period}`}
        extra={
          <>
            <Button icon={<DownloadOutlined />} href={fileUrl(`/payouts/batches/${b.id}/export.xlsx`)} data-testid="payout-export">
              {t('common.exportXlsx')}
            </Button>
            <Button icon={<PrinterOutlined />} href={`/print/payouts/${b.id}`} target="_blank" data-testid="payout-print">
              {t('print.batch')}
            </Button>
            {b.abilities.approveRights && (
              <Button type="primary" icon={<CheckOutlined />} data-testid="payout-approve-rights" onClick={() => setPending('approve-rights')}>
                {t('pay.approveRights')}
              </Button>
            )}
            {b.abilities.approveFinance && (
              <Button type="primary" icon={<CheckOutlined />} data-testid="payout-approve-finance" onClick={() => setPending('approve-finance')}>
                {t('pay.approveFinance')}
              </Button>
            )}
            {b.abilities.markPaid && (
              <Button type="primary" icon={<WalletOutlined />} data-testid="payout-pay" onClick={() => setPending('pay')}>
                {t('pay.markPaid')}
              </Button>
            )}
            {b.abilities.cancel && (
              <Button danger icon={<StopOutlined />} data-testid="payout-cancel" onClick={() => setPending('cancel')}>
                {t('pay.cancel')}
              </Button>
            )}
          </>
        }
      />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card title={t('pay.signoffs')}>
          <Steps
            data-testid="payout-steps"
            data-current={current}
            status={cancelled ? 'error' : 'process'}
            current={current}
            items={steps.map((s, i) => ({
              title: s.title,
              status: s.s ? 'finish' : i === current ? (cancelled ? 'error' : 'process') : 'wait',
              content: <span data-testid={`payout-signer-${s.key}`}>{signed(s.s) ?? t('pay.waiting')}</span>,
            }))}
          />
          <Descriptions
            style={{ marginTop: 16 }}
            size="small"
            column={{ xs: 1, sm: 2, lg: 3 }}
            items={[
              { key: 'entries', label: t('pay.entries'), children: b.entries },
              { key: 'total', label: t('pay.total'), children: <b data-testid="payout-total">{yuan(b.total)}</b> },
              { key: 'closes', label: t('pay.closesOn'), children: b.closesOn },
              { key: 'payBy', label: t('pay.payBy'), children: b.payBy },
              { key: 'paidOn', label: t('pay.paidOn'), children: <span data-testid="payout-paid-on">{b.paidOn ?? t('common.none')}</span> },
              { key: 'ref', label: t('pay.reference'), children: b.paymentReference ?? t('common.none') },
            ]}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}>
            {b.scope === 'part' && <span data-testid="payout-scope-part">{t('pay.scopePart')} </span>}
            {t('pay.rule')}
          </Typography.Paragraph>
        </Card>
        <Card title={t('pay.lines')} styles={{ body: { padding: 0 } }}>
          <Table<BatchLine>
            data-testid="payout-lines"
            rowKey="entryId"
            size="middle"
            dataSource={b.lines}
            pagination={b.lines.length > 50 ? { pageSize: 50 } : false}
            scroll={{ x: 1000 }}
            columns={[
              { title: t('member.memberNo'), dataIndex: 'memberNo', width: 120, render: (v: string) => <span style={{ fontFamily: 'monospace' }}>{v}</span> },
              { title: t('member.name'), dataIndex: 'name', width: 90 },
              { title: t('member.idNumber'), dataIndex: 'idNumber', width: 180, render: (v: string) => <span style={{ fontFamily: 'monospace' }}>{v}</span> },
              { title: t('appl.org'), dataIndex: 'org', ellipsis: true },
              { title: t('appl.no'), dataIndex: 'applicationNo', width: 150, render: (v: string) => <span style={{ fontFamily: 'monospace' }}>{v}</span> },
              {
                title: t('pay.payTo'),
                key: 'payTo',
                width: 190,
                render: (_: unknown, l: BatchLine) =>
                  l.payTo ? (
                    <span data-testid={`payout-payto-${l.entryId}`}>
                      {t(`pay.payTo.${l.payTo}`)}
                      {l.payeeOrg ? `（${l.payeeOrg.name}）` : ''}
                      {!l.decided && (
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {' '}
                          {t('pay.payToExpected')}
                        </Typography.Text>
                      )}
                    </span>
                  ) : (
                    t('common.none')
                  ),
              },
              {
                title: t('pay.kind'),
                dataIndex: 'kind',
                width: 80,
                render: (k: BatchLine['kind']) => <Tag color={k === 'payable' ? 'green' : 'orange'}>{t(`pay.kind.${k}`)}</Tag>,
              },
              { title: t('pay.amount'), dataIndex: 'amount', width: 110, align: 'right', render: (v: number) => yuan(v) },
              ...(canReverse
                ? [
                    {
                      title: t('common.actions'),
                      key: 'a',
                      width: 90,
                      render: (_: unknown, l: BatchLine) =>
                        l.kind === 'payable' ? (
                          <Button
                            size="small"
                            type="link"
                            danger
                            data-testid={`payout-reverse-${l.entryId}`}
                            onClick={() => {
                              reverse.reset();
                              setText('');
                              setReversing(l);
                            }}
                          >
                            {t('pay.reverse')}
                          </Button>
                        ) : null,
                    },
                  ]
                : []),
            ]}
          />
        </Card>
      </Space>
      <Modal
        open={!!pending}
        title={pending ? t(`pay.confirm.${pending}`, { no: b.no, total: yuan(b.total), n: b.entries }) : ''}
        onCancel={() => {
          setPending(null);
          action.reset();
        }}
        onOk={run}
        confirmLoading={action.isPending}
        okButtonProps={
          {
            danger: pending === 'cancel',
            disabled: (pending === 'cancel' && text.trim().length < 2) || (pending === 'pay' && !text.trim()),
            'data-testid': 'payout-action-confirm',
          } as never
        }
      >
        {pending === 'pay' && (
          <Input
            data-testid="payout-reference"
            placeholder={t('pay.referencePlaceholder')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            maxLength={80}
          />
        )}
        {pending === 'cancel' && (
          <Input.TextArea
            data-testid="payout-cancel-reason"
            rows={2}
            placeholder={t('appl.reasonRequired')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            maxLength={300}
          />
        )}
        {(pending === 'approve-rights' || pending === 'approve-finance') && <Typography.Paragraph>{t('pay.signHint')}</Typography.Paragraph>}
        <ServerError error={action.error} style={{ marginTop: 12 }} testId="payout-action-error" />
      </Modal>
      <Modal
        open={!!reversing}
        title={reversing ? t('pay.reverseTitle', { name: reversing.name, amount: yuan(reversing.amount) }) : ''}
        onCancel={() => setReversing(null)}
        onOk={() =>
          reverse.mutate(
            { entryId: reversing!.entryId, reason: text.trim() },
            {
              onSuccess: () => {
                message.success(t('pay.reversed'));
                setReversing(null);
                setText('');
              },
            },
          )
        }
        confirmLoading={reverse.isPending}
        okButtonProps={{ danger: true, disabled: text.trim().length < 2, 'data-testid': 'payout-reverse-confirm' } as never}
      >
        <Typography.Paragraph type="secondary">{t('pay.reverseHint')}</Typography.Paragraph>
        <Input.TextArea
          data-testid="payout-reverse-reason"
          rows={2}
          placeholder={t('appl.reasonRequired')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          maxLength={300}
        />
        <ServerError error={reverse.error} style={{ marginTop: 12 }} testId="payout-reverse-error" />
      </Modal>
    </div>
  );
}
