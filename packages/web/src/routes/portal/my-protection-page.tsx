import { useState } from 'react';
import { App, Button, Card, DatePicker, Empty, Form, Input, InputNumber, Select, Skeleton, Space, Tag, Typography, Upload } from 'antd';
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useFileClaim, useMyClaims, useMyCovers, type Claim, type ClaimType, type Cover, type Plan } from '../../api/protection.ts';
import { useUploadDocument } from '../../api/applications.ts';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { applyFieldErrors, ServerError } from '../../components/server-error.tsx';
import { yuan } from '../applications/application-labels.tsx';

export const claimStatusColor: Record<Claim['status'], string> = { filed: 'processing', approved: 'gold', rejected: 'error', paid: 'success' };
const coverColor: Record<string, string> = { confirmed: 'success', listed: 'processing', 'pending-payment': 'gold', lapsed: 'default', excluded: 'default' };
const CLAIM_TYPES: ClaimType[] = ['critical-illness', 'accidental-death', 'accidental-total-disability', 'disease-death', 'hospitalization'];

/** What each plan pays (003 附件2-1 一(一), the 2025 table): shown beside the cover. */
function benefits(plan: Plan): { key: MessageKey; vars?: Record<string, number>; amount: string }[] {
  const big = plan === 'B' || plan === 'B+';
  const rows: { key: MessageKey; vars?: Record<string, number>; amount: string }[] = [
    { key: 'prot.benefit.ci', vars: { n: big ? 22 : 4 }, amount: big ? '¥20,000' : '¥10,000' },
    { key: 'prot.benefit.accident', amount: '¥30,000' },
    { key: 'prot.benefit.disease', amount: '¥10,000' },
  ];
  if (plan === 'A+' || plan === 'B+') rows.push({ key: 'prot.benefit.hospital', amount: '¥60/天' });
  return rows;
}

function CoverCard({ c }: { c: Cover & { planName: { zh: string; en: string } } }) {
  const { t, pick } = useI18n();
  return (
    <Card size="small" data-testid={`my-cover-${c.year}`} style={{ marginBottom: 12 }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, alignItems: 'center' }}>
        <Typography.Text strong style={{ fontSize: 16 }} data-testid={`my-cover-plan-${c.year}`}>
          {c.year} · {pick(c.planName)}
        </Typography.Text>
        <Tag
          color={c.status === 'confirmed' && c.phase !== 'in-force' ? 'default' : (coverColor[c.status] ?? 'default')}
          data-testid={`my-cover-status-${c.year}`}
        >
          {c.status === 'confirmed' ? t(`prot.phase.${c.phase}`) : t(`prot.cover.${c.status}` as MessageKey)}
        </Tag>
      </div>
      <div style={{ margin: '6px 0', fontSize: 13 }} data-testid={`my-cover-dates-${c.year}`}>
        {t('prot.period')}：{c.coverageStart} ~ {c.coverageEnd}
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
        {t(`prot.mode.${c.mode}` as MessageKey)} · {c.orgName}
      </Typography.Text>
      <Typography.Text strong style={{ display: 'block', marginTop: 8, fontSize: 13 }}>
        {t('prot.whatItPays')}
      </Typography.Text>
      {benefits(c.plan).map((b) => (
        <div key={b.key} style={{ display: 'flex', justifyContent: 'space-between', fontSize: 13, gap: 8 }}>
          <span style={{ minWidth: 0 }}>{t(b.key, b.vars)}</span>
          <span style={{ whiteSpace: 'nowrap' }}>{b.amount}</span>
        </div>
      ))}
    </Card>
  );
}

function ClaimForm({ plan }: { plan: Plan | null }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const file = useFileClaim();
  const upload = useUploadDocument();
  const [docs, setDocs] = useState<{ id: number; fileName: string }[]>([]);
  const [error, setError] = useState<unknown>(null);
  const type = Form.useWatch('claimType', form) as ClaimType | undefined;
  const hasHospital = plan === 'A+' || plan === 'B+';
  async function onFinish(v: { claimType: ClaimType; eventDate: Dayjs; hospitalDays?: number; description?: string }) {
    setError(null);
    try {
      await file.mutateAsync({
        claimType: v.claimType,
        eventDate: v.eventDate.format('YYYY-MM-DD'),
        ...(v.hospitalDays ? { hospitalDays: v.hospitalDays } : {}),
        documentIds: docs.map((d) => d.id),
        ...(v.description ? { description: v.description } : {}),
      });
      message.success(t('prot.filed'));
      form.resetFields();
      setDocs([]);
    } catch (e) {
      if (!applyFieldErrors(form, e, ['claimType', 'eventDate', 'hospitalDays'])) setError(e);
    }
  }
  return (
    <Card size="small" title={t('prot.fileClaim')} style={{ marginBottom: 12 }} data-testid="claim-form">
      <ServerError error={error} style={{ marginBottom: 12 }} testId="claim-error" />
      <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false}>
        <Form.Item name="claimType" label={t('prot.claimType')} rules={[{ required: true }]} extra={hasHospital ? undefined : t('prot.hospitalOnlyPlus')}>
          <Select
            data-testid="claim-type"
            options={CLAIM_TYPES.map((c) => ({ value: c, label: t(`prot.claim.${c}` as MessageKey), disabled: c === 'hospitalization' && !hasHospital }))}
          />
        </Form.Item>
        <Form.Item name="eventDate" label={t('prot.eventDate')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} data-testid="claim-event-date" inputReadOnly={false} />
        </Form.Item>
        {type === 'hospitalization' && (
          <Form.Item name="hospitalDays" label={t('prot.hospitalDays')} rules={[{ required: true }]}>
            <InputNumber min={1} max={366} style={{ width: '100%' }} data-testid="claim-hospital-days" />
          </Form.Item>
        )}
        <Form.Item label={t('prot.documents')}>
          <Upload
            accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
            showUploadList={false}
            customRequest={(o) => {
              upload.mutateAsync({ type: 'claim-material', file: o.file as File }).then(
                (d) => {
                  setDocs((x) => [...x, { id: d.id, fileName: d.fileName }]);
                  o.onSuccess?.({});
                },
                (e) => setError(e),
              );
            }}
          >
            <Button icon={<UploadOutlined />} loading={upload.isPending} data-testid="claim-upload">
              {t('prot.attach')}
            </Button>
          </Upload>
          {docs.map((d) => (
            <div key={d.id} style={{ fontSize: 12, marginTop: 4 }} data-testid={`claim-doc-${d.id}`}>
              <PaperClipOutlined /> {d.fileName}
            </div>
          ))}
        </Form.Item>
        <Form.Item name="description" label={t('prot.description')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={file.isPending} data-testid="claim-submit">
          {t('prot.fileClaim')}
        </Button>
      </Form>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8, marginBottom: 0 }}>
        {t('prot.deadlines')}
      </Typography.Paragraph>
    </Card>
  );
}

export function ClaimCard({ k }: { k: Claim }) {
  const { t } = useI18n();
  return (
    <Card size="small" data-testid={`my-claim-${k.id}`}>
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
        <Typography.Text strong ellipsis style={{ flex: 1, minWidth: 0 }}>
          {t(`prot.claim.${k.claimType}` as MessageKey)}
        </Typography.Text>
        <Tag color={claimStatusColor[k.status]} data-testid={`my-claim-status-${k.id}`} data-status={k.status}>
          {t(`prot.cs.${k.status}` as MessageKey)}
        </Tag>
      </div>
      <div style={{ fontSize: 20, fontWeight: 600, margin: '4px 0' }}>{yuan(k.amount)}</div>
      <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
        {t('prot.eventDateShort')} {k.eventDate} · {t('prot.filedOn')} {k.filedOn}
        {k.hospitalDays ? ` · ${k.hospitalDays} ${t('prot.hospitalDays')}` : ''}
      </Typography.Text>
      <div style={{ fontSize: 13, marginTop: 4 }}>
        {k.status === 'paid'
          ? `${t('prot.paidOn')} ${k.paidOn} · ${t(`prot.payTo.${k.payTo}` as MessageKey)}`
          : k.status === 'rejected'
            ? `${t('prot.reason')}：${k.reviewReason ?? ''}`
            : k.payWithinDays && k.payBy
              ? t('prot.payByNote', { days: k.payWithinDays, date: k.payBy })
              : ''}
      </div>
    </Card>
  );
}

/** 我的保障: the member's cover (plan, dates, what it pays), filing a claim, and the claims' status; fits a 390 px phone. */
export default function MyProtectionPage() {
  const { t, pick } = useI18n();
  const covers = useMyCovers();
  const claims = useMyClaims();
  if (covers.isLoading) return <Skeleton active />;
  const items = covers.data?.items ?? [];
  const current = items.find((c) => c.status === 'confirmed') ?? null;
  return (
    <div data-testid="my-protection-page">
      <ServerError error={covers.error ?? claims.error} style={{ marginBottom: 12 }} />
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('prot.myCovers')}
      </Typography.Title>
      {items.length ? (
        items.map((c) => <CoverCard key={c.id} c={c} />)
      ) : (
        <Card style={{ marginBottom: 12 }}>
          <Empty description={t('prot.noCover')} />
        </Card>
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', marginBottom: 12 }}>
        {t('prot.benefitSource')}
      </Typography.Text>
      {(covers.data?.flexible ?? []).map((f) => (
        <Card size="small" key={`f${f.id}`} data-testid={`my-flexible-${f.year}`} style={{ marginBottom: 12 }}>
          <Typography.Text strong style={{ fontSize: 16 }}>
            {pick(f.planName)}
          </Typography.Text>
          <div style={{ margin: '6px 0', fontSize: 13 }}>
            {f.coverageStart} ~ {f.coverageEnd}
            {f.maxBenefit !== null ? ` · ${t('flex.maxBenefit')} ¥${f.maxBenefit.toLocaleString()}` : ''}
          </div>
          {f.plan === 'D' && (
            <Space size={[4, 4]} wrap>
              {f.deliveries.map((d) => (
                <Tag key={d.kind} color={d.done.length ? 'success' : 'default'}>
                  {pick(d.name)} {d.done.length ? d.done[0]!.deliveredOn : t('flex.pending')}
                </Tag>
              ))}
            </Space>
          )}
        </Card>
      ))}
      {current && <ClaimForm plan={current.plan} />}
      <Typography.Title level={5}>{t('prot.myClaims')}</Typography.Title>
      {claims.data?.items.length ? (
        <Space orientation="vertical" size={10} style={{ width: '100%' }} data-testid="my-claim-list">
          {claims.data.items.map((k) => (
            <ClaimCard key={k.id} k={k} />
          ))}
        </Space>
      ) : (
        <Card>
          <Empty description={t('prot.noClaims')} />
        </Card>
      )}
    </div>
  );
}
