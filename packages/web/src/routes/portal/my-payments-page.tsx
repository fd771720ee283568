import { Link } from 'react-router-dom';
import { Card, Empty, Skeleton, Space, Statistic, Tag, Typography } from 'antd';
import { useMyPayments, type MyPayment } from '../../api/payouts.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ServerError } from '../../components/server-error.tsx';
import { yuan } from '../applications/application-labels.tsx';

const color: Record<MyPayment['status'], string> = { paid: 'success', 'in-settlement': 'processing', payable: 'gold' };

/** 我的补贴: what was booked for the member and whether it has reached the member card. */
export default function MyPaymentsPage() {
  const { t } = useI18n();
  const { data, isLoading, error } = useMyPayments();
  if (isLoading) return <Skeleton active />;
  return (
    <div data-testid="my-payments-page">
      <ServerError error={error} style={{ marginBottom: 12 }} />
      <Card size="small" style={{ marginBottom: 12 }}>
        <Statistic title={t('myp.paidTotal')} value={yuan(data?.paidTotal ?? 0)} valueRender={(v) => <span data-testid="my-paid-total">{v}</span>} />
      </Card>
      {!data?.items.length ? (
        <Card>
          <Empty description={t('myp.noPayments')} />
        </Card>
      ) : (
        <Space orientation="vertical" size={10} style={{ width: '100%' }} data-testid="my-payment-list">
          {data.items.map((p) => (
            <Card key={p.id} size="small" data-testid={`my-payment-${p.applicationNo}`}>
              <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
                <Typography.Text strong ellipsis style={{ flex: 1, minWidth: 0 }}>
                  {p.program}
                </Typography.Text>
                <Tag color={p.kind === 'reversal' ? 'orange' : color[p.status]} data-testid={`my-payment-status-${p.applicationNo}`} data-status={p.status}>
                  {p.kind === 'reversal' ? t('pay.kind.reversal') : t(`myp.pay.${p.status}`)}
                </Tag>
              </div>
              <div style={{ fontSize: 20, fontWeight: 600, margin: '4px 0' }}>{yuan(p.amount)}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                {t('appl.no')} {p.applicationNo} · {t('myp.bookedOn', { date: p.bookedOn })}
              </Typography.Text>
              <div style={{ fontSize: 13, marginTop: 4 }} data-testid={`my-payment-note-${p.applicationNo}`}>
                {p.status === 'paid'
                  ? t('myp.paidNote', { date: p.paidOn ?? '' })
                  : p.status === 'in-settlement'
                    ? t('myp.settlingNote', { batch: p.batchNo ?? '', date: p.payBy ?? '' })
                    : t('myp.payableNote')}
                {p.reason ? ` ${p.reason}` : ''}
              </div>
            </Card>
          ))}
        </Space>
      )}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 12 }}>
        {t('myp.paymentsHint')} <Link to="/me/applications">{t('myp.nav.applications')}</Link>
      </Typography.Paragraph>
    </div>
  );
}
