// One gig worker's claim for 市职工保障互助中心 and the platform that filed it (沪工总办〔2022〕15号 项目五 五、六):
// the cover it rests on, what the engine paid and why (its trace), the deadlines, where the money goes,
// and the centre's approve / reject / reveal the card / pay.
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { App, Button, Card, Descriptions, Input, Modal, Skeleton, Space, Tag } from 'antd';
import { useGigClaim, useGigClaimAction } from '../../api/gig.ts';
import type { TraceItem } from '../../api/applications.ts';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { PageHeader } from '../../components/page.tsx';
import { useRevealCard } from './reveal-card.tsx';
import { ServerError } from '../../components/server-error.tsx';
import { TraceTable } from '../applications/application-parts.tsx';
import { yuan } from '../applications/application-labels.tsx';

const color = { filed: 'processing', approved: 'gold', rejected: 'error', paid: 'success' } as const;

export default function GigClaimPage() {
  const id = Number(useParams().id);
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const { data: k, isLoading, error } = useGigClaim(id);
  const act = useGigClaimAction();
  const reveal = useRevealCard();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  if (isLoading) return <Skeleton active />;
  if (!k) return <ServerError error={error} />;
  const done = () => message.success(t('gig.claim.done'));
  return (
    <div data-testid="gig-claim-page">
      <PageHeader
        title={
          <>
            {t('gig.claim.detail', { id: k.id })}{' '}
            <Tag color={color[k.status]} data-testid="gig-claim-status" data-status={k.status}>
              {pick(k.statusName)}
            </Tag>
            {k.overdue && <Tag color="red">{t('gig.claim.overdue')}</Tag>}
          </>
        }
        sub={<Link to="/gig?tab=claims">{t('gig.tab.claims')}</Link>}
        extra={
          <Space>
            {k.abilities.review && (
              <Button
                type="primary"
                data-testid="gig-claim-approve"
                loading={act.isPending}
                onClick={() => act.mutate({ id: k.id, action: 'approve' }, { onSuccess: done })}
              >
                {t('gig.claim.approve')}
              </Button>
            )}
            {k.abilities.review && (
              <Button
                danger
                data-testid="gig-claim-reject"
                onClick={() => {
                  setReason('');
                  setRejecting(true);
                }}
              >
                {t('gig.claim.reject')}
              </Button>
            )}
            {k.abilities.pay && k.payTo === 'bank-account' && (
              <Button data-testid="gig-claim-detail-reveal" loading={reveal.isPending} onClick={() => reveal.reveal(k.id)}>
                {t('gig.claim.reveal')}
              </Button>
            )}
            {k.abilities.pay && (
              <Button
                type="primary"
                data-testid="gig-claim-pay"
                loading={act.isPending}
                onClick={() => act.mutate({ id: k.id, action: 'pay' }, { onSuccess: done })}
              >
                {t('gig.claim.pay')}
              </Button>
            )}
          </Space>
        }
      />
      <ServerError error={act.error ?? reveal.error} style={{ marginBottom: 12 }} testId="gig-claim-error" />
      <Card size="small" title={t('gig.claim.worker')} style={{ marginBottom: 12 }}>
        <Descriptions size="small" column={{ xs: 1, md: 2, lg: 3 }}>
          <Descriptions.Item label={t('gig.name')}>{k.name}</Descriptions.Item>
          <Descriptions.Item label={t('gig.claim.idNumber')}>{k.idMasked}</Descriptions.Item>
          <Descriptions.Item label={t('gig.platform')}>{k.platformName}</Descriptions.Item>
          <Descriptions.Item label={t('gig.claim.period')}>
            {k.coverageStart} ~ {k.coverageEnd}（{k.year}）
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small" title={t('gig.claim.what')} style={{ marginBottom: 12 }}>
        <Descriptions size="small" column={{ xs: 1, md: 2, lg: 3 }}>
          <Descriptions.Item label={t('gig.claim.type')}>{pick(k.claimTypeName)}</Descriptions.Item>
          <Descriptions.Item label={t('gig.claim.eventDate')}>{k.eventDate}</Descriptions.Item>
          {k.hospitalDays !== null && <Descriptions.Item label={t('gig.claim.hospitalDays')}>{k.hospitalDays}</Descriptions.Item>}
          {k.outOfPocket !== null && <Descriptions.Item label={t('gig.claim.outOfPocket')}>{yuan(k.outOfPocket)}</Descriptions.Item>}
          {k.disabilityGrade !== null && <Descriptions.Item label={t('gig.claim.grade')}>{k.disabilityGrade}</Descriptions.Item>}
          {k.outcomeOn && <Descriptions.Item label={t('gig.claim.outcomeOn')}>{k.outcomeOn}</Descriptions.Item>}
          <Descriptions.Item label={t('gig.claim.filedOn')}>
            {k.filedOn} · {t(`gig.claim.filedAs.${k.filedAs}` as MessageKey)}
          </Descriptions.Item>
          <Descriptions.Item label={t('gig.claim.filingDeadline')}>{k.filingDeadline ?? '—'}</Descriptions.Item>
          {k.description && <Descriptions.Item label={t('gig.claim.description')}>{k.description}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Card size="small" title={t('gig.claim.money')} style={{ marginBottom: 12 }}>
        <Descriptions size="small" column={{ xs: 1, md: 2, lg: 3 }}>
          <Descriptions.Item label={t('gig.claim.amount')}>
            <b data-testid="gig-claim-amount">{yuan(k.amount)}</b>
          </Descriptions.Item>
          <Descriptions.Item label={t('gig.claim.payBy')}>
            {k.payBy ?? '—'}
            {k.payWithinDays ? t('gig.claim.within', { days: k.payWithinDays }) : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('gig.claim.payTo')}>
            {pick(k.payToName)}
            {k.accountMasked ? ` · ${k.bank ?? ''} ${k.accountName ?? ''} ${k.accountMasked}` : ''}
          </Descriptions.Item>
          {k.reviewReason && (
            <Descriptions.Item label={t('gig.claim.reviewReason')}>
              {k.reviewReason}
              {k.reviewedOn ? `（${k.reviewedOn}）` : ''}
            </Descriptions.Item>
          )}
          {k.paidOn && (
            <Descriptions.Item label={t('gig.claim.paidOn')}>
              {k.paidOn}
              {k.paymentReference ? ` · ${k.paymentReference}` : ''}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card size="small" title={t('gig.claim.trace')} data-testid="gig-claim-trace">
        <TraceTable trace={(k.evaluation.trace ?? []) as TraceItem[]} />
      </Card>
      <Modal
        open={rejecting}
        title={t('gig.claim.reject')}
        okButtonProps={{ disabled: !reason.trim(), 'data-testid': 'gig-claim-reject-ok' } as never}
        onCancel={() => setRejecting(false)}
        onOk={() =>
          act.mutate(
            { id: k.id, action: 'reject', reason },
            {
              onSuccess: () => {
                setRejecting(false);
                done();
              },
            },
          )
        }
      >
        <Input.TextArea rows={3} maxLength={500} placeholder={t('gig.claim.rejectReason')} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Modal>
    </div>
  );
}
