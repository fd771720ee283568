import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { App, Button, Card, Descriptions, Input, Modal, Skeleton, Space, Tag, Typography } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { useClaim, useClaimAction } from '../../api/protection.ts';
import { can, useMe } from '../../api/auth.ts';
import { fileUrl } from '../../api/client.ts';
import type { TraceItem } from '../../api/applications.ts';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { PageHeader } from '../../components/page.tsx';
import { ServerError } from '../../components/server-error.tsx';
import { TraceTable } from '../applications/application-parts.tsx';
import { yuan } from '../applications/application-labels.tsx';
import { claimStatusColor } from '../portal/my-protection-page.tsx';

/** One claim for 市职保中心: the register's cover, the engine's amount with its trace, approve / reject / record payment. */
export default function ClaimDetailPage() {
  const id = Number(useParams().id);
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const { data: k, isLoading, error } = useClaim(id);
  const { data: me } = useMe();
  const act = useClaimAction();
  const [dialog, setDialog] = useState<'approve' | 'reject' | 'pay' | null>(null);
  const [text, setText] = useState('');
  if (isLoading) return <Skeleton active />;
  if (!k) return <ServerError error={error} />;
  const body = dialog === 'pay' ? (text ? { reference: text } : {}) : text ? { reason: text } : {};
  return (
    <div data-testid="claim-detail-page">
      <PageHeader
        title={
          <>
            {t('prot.claimDetail', { id: k.id })}{' '}
            <Tag color={claimStatusColor[k.status]} data-testid="claim-status" data-status={k.status}>
              {t(`prot.cs.${k.status}` as MessageKey)}
            </Tag>
            {k.overdue && (
              <Tag color="red" data-testid="claim-overdue">
                {t('prot.overdue')}
              </Tag>
            )}
          </>
        }
        sub={<Link to="/protection?tab=claims">{t('prot.tab.claims')}</Link>}
        extra={
          <Space>
            {k.abilities.review && (
              <Button
                type="primary"
                data-testid="claim-approve"
                onClick={() => {
                  setText('');
                  setDialog('approve');
                }}
              >
                {t('prot.approve')}
              </Button>
            )}
            {k.abilities.review && (
              <Button
                danger
                data-testid="claim-reject"
                onClick={() => {
                  setText('');
                  setDialog('reject');
                }}
              >
                {t('prot.reject')}
              </Button>
            )}
            {k.abilities.pay && (
              <Button
                type="primary"
                data-testid="claim-pay"
                onClick={() => {
                  setText('');
                  setDialog('pay');
                }}
              >
                {t('prot.pay')}
              </Button>
            )}
          </Space>
        }
      />
      <ServerError error={act.error} style={{ marginBottom: 12 }} testId="claim-action-error" />
      <Card size="small" style={{ marginBottom: 12 }}>
        <Descriptions size="small" column={{ xs: 1, md: 2, lg: 3 }}>
          <Descriptions.Item label={t('prot.name')}>
            {k.name}（{k.memberNo}）
          </Descriptions.Item>
          <Descriptions.Item label={t('prot.idNumber')}>{k.idMasked}</Descriptions.Item>
          <Descriptions.Item label={t('prot.union')}>{k.orgName}</Descriptions.Item>
          <Descriptions.Item label={t('prot.plan')}>
            {pick(k.planName)} · {k.mode ? t(`prot.mode.${k.mode}` as MessageKey) : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('prot.period')}>
            {k.coverageStart} ~ {k.coverageEnd}
          </Descriptions.Item>
          <Descriptions.Item label={t('prot.claimType')}>
            {pick(k.claimTypeName)}
            {k.hospitalDays ? `（${k.hospitalDays} ${t('prot.hospitalDays')}）` : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('prot.eventDateShort')}>{k.eventDate}</Descriptions.Item>
          <Descriptions.Item label={t('prot.filedOn')}>
            {k.filedOn} · {t(`prot.filedAs.${k.filedAs}` as MessageKey)}
          </Descriptions.Item>
          <Descriptions.Item label={t('prot.filingDeadline')}>{k.filingDeadline ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('prot.amount')}>
            <b data-testid="claim-amount">{yuan(k.amount)}</b>
          </Descriptions.Item>
          <Descriptions.Item label={t('prot.payBy')}>
            {k.payBy ?? '—'}
            {k.payWithinDays ? `（${k.payWithinDays} 天）` : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('prot.payTo')}>
            {t(`prot.payTo.${k.payTo}` as MessageKey)}
            {k.payToOrgName ? `：${k.payToOrgName}` : ''}
          </Descriptions.Item>
          {k.reviewReason && <Descriptions.Item label={t('prot.reviewReason')}>{k.reviewReason}</Descriptions.Item>}
          {k.paidOn && (
            <Descriptions.Item label={t('prot.paidOn')}>
              {k.paidOn}
              {k.paymentReference ? ` · ${k.paymentReference}` : ''}
            </Descriptions.Item>
          )}
          {k.description && <Descriptions.Item label={t('prot.description')}>{k.description}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Card size="small" title={t('prot.documents')} style={{ marginBottom: 12 }}>
        {k.documents.length ? (
          k.documents.map((d) => (
            <div key={d.id}>
              <PaperClipOutlined />{' '}
              {can(me, 'protection.review') ? (
                <a href={fileUrl(`/protection/claims/${k.id}/documents/${d.id}`)} data-testid={`claim-doc-${d.id}`}>
                  {d.fileName}
                </a>
              ) : (
                d.fileName
              )}
            </div>
          ))
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        )}
      </Card>
      <Card size="small" title={`${t('prot.trace')}（${k.evaluation.policy ?? ''}）`}>
        <TraceTable trace={(k.evaluation.trace ?? []) as TraceItem[]} />
      </Card>
      <Modal
        open={!!dialog}
        title={dialog ? t(dialog === 'approve' ? 'prot.approve' : dialog === 'reject' ? 'prot.reject' : 'prot.pay') : ''}
        onCancel={() => setDialog(null)}
        confirmLoading={act.isPending}
        okButtonProps={{ disabled: dialog === 'reject' && !text.trim(), 'data-testid': 'claim-dialog-ok' } as never}
        onOk={() =>
          dialog &&
          act.mutate(
            { id: k.id, action: dialog, body },
            {
              onSuccess: () => {
                setDialog(null);
                message.success(t('prot.done'));
              },
              onError: () => setDialog(null),
            },
          )
        }
      >
        <Input.TextArea
          rows={3}
          value={text}
          onChange={(e) => setText(e.target.value)}
          data-testid="claim-dialog-text"
          placeholder={dialog === 'reject' ? t('prot.rejectReason') : dialog === 'pay' ? t('prot.reference') : t('prot.reviewReason')}
        />
      </Modal>
    </div>
  );
}
