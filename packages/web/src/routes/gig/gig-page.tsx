// 新就业形态劳动者互助保障计划 (沪工总办〔2022〕15号 项目五): a platform uploads its rosters and files claims; 市职工保障互助中心
// reviews the rosters and claims and pays them.
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Alert, App, Button, Card, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Table, Tabs, Tag, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { can, useMe } from '../../api/auth.ts';
import { ApiError, fileUrl } from '../../api/client.ts';
import {
  gigClaimTypes,
  useFileGigClaim,
  useGigClaimAction,
  useGigClaims,
  useGigCovers,
  useReviewRoster,
  useRosterRows,
  useRosters,
  useUploadRoster,
  type GigClaim,
  type GigClaimType,
  type GigCover,
  type Roster,
} from '../../api/gig.ts';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { PageHeader } from '../../components/page.tsx';
import { useRevealCard } from './reveal-card.tsx';
import { ExportButton } from '../../components/export-button.tsx';
import { ServerError } from '../../components/server-error.tsx';
import { yuan } from '../applications/application-labels.tsx';

const rosterColor: Record<Roster['status'], string> = { submitted: 'processing', approved: 'success', returned: 'warning' };
const coverColor: Record<GigCover['status'], string> = { pending: 'processing', active: 'success', returned: 'warning', refused: 'error' };
const claimColor: Record<GigClaim['status'], string> = { filed: 'processing', approved: 'gold', rejected: 'error', paid: 'success' };
const DEATHS: GigClaimType[] = ['disease-death', 'accidental-death'];

/** The row problems of a refused upload, each naming its row and column. */
function RowErrors({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (!(error instanceof ApiError) || !error.errors.length) return <ServerError error={error} style={{ marginTop: 12 }} />;
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginTop: 12 }}
      data-testid="roster-errors"
      title={error.title}
      description={
        <div>
          {t('gig.rowErrors')}
          <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
            {error.errors.slice(0, 20).map((e, i) => (
              <li key={i}>{e.message}</li>
            ))}
          </ul>
        </div>
      }
    />
  );
}

function RosterRows({ roster }: { roster: Roster }) {
  const { t, pick } = useI18n();
  const [page, setPage] = useState(1);
  const rows = useRosterRows(roster.id, page);
  return (
    <Card size="small" title={t('gig.rows.title', { id: roster.id })} style={{ marginTop: 12 }} data-testid="roster-rows">
      <ServerError error={rows.error} />
      <Table<GigCover>
        size="small"
        rowKey="id"
        loading={rows.isLoading}
        dataSource={rows.data?.items ?? []}
        scroll={{ x: 900 }}
        rowClassName={(r) => `roster-row roster-row-${r.status}`}
        pagination={{ current: page, pageSize: 50, total: rows.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: t('gig.rowNo'), dataIndex: 'rowNo', width: 64 },
          { title: t('gig.name'), dataIndex: 'name', width: 90 },
          { title: t('gig.idNumber'), dataIndex: 'idMasked', width: 180 },
          { title: t('gig.mobile'), dataIndex: 'phoneMasked', width: 120 },
          { title: t('gig.age'), dataIndex: 'age', width: 64 },
          {
            title: t('gig.status'),
            dataIndex: 'status',
            width: 100,
            render: (_: unknown, r) => (
              <Tag color={coverColor[r.status]} data-testid={`row-status-${r.rowNo}`}>
                {pick(r.statusName)}
              </Tag>
            ),
          },
          {
            title: t('gig.refusal'),
            key: 'refusal',
            render: (_: unknown, r) =>
              r.refusal ? (
                <Typography.Text type="danger" data-testid={`row-refusal-${r.rowNo}`}>
                  {pick(r.refusal.message)}
                </Typography.Text>
              ) : (
                '—'
              ),
          },
        ]}
      />
    </Card>
  );
}

function Rosters() {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const isPlatform = can(me, 'protection.gig');
  const [page, setPage] = useState(1);
  const rosters = useRosters({ page });
  const upload = useUploadRoster();
  const review = useReviewRoster();
  const [open, setOpen] = useState<Roster | null>(null);
  const [returning, setReturning] = useState<Roster | null>(null);
  const [reason, setReason] = useState('');
  return (
    <div data-testid="gig-rosters">
      {isPlatform && (
        <Card size="small" title={t('gig.upload.title')} style={{ marginBottom: 12 }}>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {t('gig.upload.hint')}
          </Typography.Paragraph>
          <Space wrap>
            <a href={fileUrl('/protection/gig/rosters/template.xlsx')} data-testid="roster-template">
              <Button icon={<DownloadOutlined />}>{t('gig.template')}</Button>
            </a>
            <Upload
              accept=".xlsx,.csv"
              showUploadList={false}
              customRequest={(o) => {
                upload.mutate(o.file as File, {
                  onSuccess: (r) => {
                    o.onSuccess?.({});
                    setOpen(r);
                    message.success(t('gig.uploaded', { accepted: r.accepted, refused: r.refused }));
                  },
                  onError: () => o.onError?.(new Error('upload')),
                });
              }}
            >
              <Button type="primary" icon={<UploadOutlined />} loading={upload.isPending} data-testid="roster-upload">
                {t('gig.upload')}
              </Button>
            </Upload>
          </Space>
          {upload.error && <RowErrors error={upload.error} />}
        </Card>
      )}
      <div style={{ marginBottom: 12 }}>
        <ExportButton path="/protection/gig/rosters/export.xlsx" testId="gig-rosters-export" />
      </div>
      <ServerError error={rosters.error ?? review.error} style={{ marginBottom: 12 }} />
      <Table<Roster>
        size="small"
        rowKey="id"
        data-testid="roster-table"
        loading={rosters.isLoading}
        dataSource={rosters.data?.items ?? []}
        scroll={{ x: 1260 }}
        pagination={{ current: page, pageSize: 20, total: rosters.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: t('gig.roster.no'), dataIndex: 'id', width: 80 },
          { title: t('gig.platform'), dataIndex: 'platformName', width: 100 },
          { title: t('gig.enrolledOn'), dataIndex: 'enrolledOn', width: 100 },
          {
            title: t('gig.status'),
            key: 'status',
            width: 100,
            render: (_: unknown, r) => (
              <Tag color={rosterColor[r.status]} title={r.reviewReason ?? undefined}>
                {pick(r.statusName)}
              </Tag>
            ),
          },
          { title: t('gig.mode'), key: 'mode', width: 90, render: (_: unknown, r) => pick(r.modeName) },
          { title: t('gig.period'), key: 'period', width: 190, render: (_: unknown, r) => `${r.coverageStart} ~ ${r.coverageEnd}` },
          { title: t('gig.premium'), dataIndex: 'premium', width: 90, render: yuan },
          {
            title: t('gig.people'),
            key: 'people',
            width: 110,
            render: (_: unknown, r) => (
              <span data-testid={`roster-counts-${r.id}`}>
                {r.accepted} / {r.refused}
              </span>
            ),
          },
          { title: t('gig.total'), dataIndex: 'total', width: 100, render: yuan },
          {
            title: t('gig.actions'),
            key: 'actions',
            fixed: 'right',
            width: 220,
            render: (_: unknown, r) => (
              <Space size={4}>
                <Button size="small" onClick={() => setOpen(r)} data-testid={`roster-view-${r.id}`}>
                  {t('gig.viewRows')}
                </Button>
                {r.abilities.review && (
                  <>
                    <Button
                      size="small"
                      type="primary"
                      loading={review.isPending}
                      data-testid={`roster-approve-${r.id}`}
                      onClick={() => review.mutate({ id: r.id, action: 'approve' }, { onSuccess: () => message.success(t('gig.approved')) })}
                    >
                      {t('gig.approve')}
                    </Button>
                    <Button
                      size="small"
                      danger
                      onClick={() => {
                        setReturning(r);
                        setReason('');
                      }}
                      data-testid={`roster-return-${r.id}`}
                    >
                      {t('gig.return')}
                    </Button>
                  </>
                )}
              </Space>
            ),
          },
        ]}
      />
      {open && <RosterRows key={open.id} roster={open} />}
      <Modal
        open={!!returning}
        title={t('gig.return')}
        okButtonProps={{ disabled: !reason.trim(), loading: review.isPending }}
        onCancel={() => setReturning(null)}
        onOk={() => returning && review.mutate({ id: returning.id, action: 'return', reason }, { onSuccess: () => setReturning(null) })}
      >
        <Input.TextArea
          rows={3}
          maxLength={500}
          placeholder={t('gig.returnReason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          data-testid="roster-return-reason"
        />
      </Modal>
    </div>
  );
}

function Covers() {
  const { t, pick } = useI18n();
  const [page, setPage] = useState(1);
  const [q, setQ] = useState('');
  const covers = useGigCovers({ page, q: q || undefined });
  return (
    <div data-testid="gig-covers">
      <Space style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={t('gig.search')}
          onSearch={(v) => {
            setQ(v);
            setPage(1);
          }}
          style={{ width: 220 }}
        />
        <ExportButton path="/protection/gig/covers/export.xlsx" filters={{ q: q || undefined }} testId="gig-covers-export" />
      </Space>
      <ServerError error={covers.error} />
      <Table<GigCover>
        size="small"
        rowKey="id"
        loading={covers.isLoading}
        dataSource={covers.data?.items ?? []}
        scroll={{ x: 1100 }}
        pagination={{ current: page, pageSize: 20, total: covers.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: t('gig.name'), dataIndex: 'name', width: 90 },
          { title: t('gig.idNumber'), dataIndex: 'idMasked', width: 180 },
          { title: t('gig.mobile'), dataIndex: 'phoneMasked', width: 120 },
          { title: t('gig.platform'), dataIndex: 'platformName', width: 110 },
          {
            title: t('gig.mode'),
            dataIndex: 'enrollmentMode',
            width: 90,
            render: (m: string) => (m === 'centralized' ? pick({ zh: '集中参保', en: 'Centralized' }) : pick({ zh: '即时参保', en: 'Instant' })),
          },
          { title: t('gig.period'), key: 'period', width: 200, render: (_: unknown, c) => `${c.coverageStart} ~ ${c.coverageEnd}` },
          {
            title: t('gig.waiting'),
            key: 'waiting',
            width: 230,
            render: (_: unknown, c) =>
              c.waitingDays
                ? t('gig.waiting.value', {
                    hospital: c.waitingDays.hospital ?? 0,
                    criticalIllness: c.waitingDays.criticalIllness ?? 0,
                    diseaseDeath: c.waitingDays.diseaseDeath ?? 0,
                  })
                : '—',
          },
          { title: t('gig.status'), key: 'status', width: 90, render: (_: unknown, c) => <Tag color={coverColor[c.status]}>{pick(c.statusName)}</Tag> },
          { title: t('gig.sms'), key: 'sms', width: 80, render: (_: unknown, c) => (c.smsSent ? t('gig.sms.sent') : t('gig.sms.none')) },
        ]}
      />
    </div>
  );
}

interface ClaimForm {
  coverId: number;
  claimType: GigClaimType;
  eventDate: Dayjs;
  hospitalDays?: number;
  outOfPocket?: number;
  disabilityGrade?: number;
  outcomeOn?: Dayjs;
  bank?: string;
  accountName?: string;
  accountNo?: string;
}

function FileClaim({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ClaimForm>();
  const [q, setQ] = useState('');
  const covers = useGigCovers({ page: 1, q: q || undefined });
  const file = useFileGigClaim();
  const type = Form.useWatch('claimType', form);
  return (
    <Modal
      open
      title={t('gig.claim.new')}
      onCancel={onClose}
      okButtonProps={{ loading: file.isPending, 'data-testid': 'claim-submit' } as { loading: boolean }}
      onOk={() => form.submit()}
      width={560}
    >
      <ServerError error={file.error} style={{ marginBottom: 12 }} />
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => {
          file.mutate(
            {
              coverId: v.coverId,
              claimType: v.claimType,
              eventDate: v.eventDate.format('YYYY-MM-DD'),
              ...(v.hospitalDays ? { hospitalDays: v.hospitalDays } : {}),
              ...(v.outOfPocket !== undefined && v.outOfPocket !== null ? { outOfPocket: v.outOfPocket } : {}),
              ...(v.disabilityGrade ? { disabilityGrade: v.disabilityGrade } : {}),
              ...(v.outcomeOn ? { outcomeOn: v.outcomeOn.format('YYYY-MM-DD') } : {}),
              ...(v.bank ? { bank: v.bank, accountName: v.accountName, accountNo: v.accountNo } : {}),
            },
            {
              onSuccess: (r) => {
                message.success(t('gig.claim.filed', { amount: r.amount }));
                onClose();
              },
            },
          );
        }}
      >
        <Form.Item name="coverId" label={t('gig.claim.cover')} rules={[{ required: true, message: t('common.required') }]}>
          <Select
            showSearch
            filterOption={false}
            onSearch={setQ}
            data-testid="claim-cover"
            options={(covers.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.name} ${c.idMasked}（${c.platformName}）` }))}
          />
        </Form.Item>
        <Form.Item name="claimType" label={t('gig.claim.type')} rules={[{ required: true, message: t('common.required') }]}>
          <Select data-testid="claim-type" options={gigClaimTypes.map((k) => ({ value: k, label: t(`gig.type.${k}` as MessageKey) }))} />
        </Form.Item>
        <Form.Item name="eventDate" label={t('gig.claim.eventDate')} rules={[{ required: true, message: t('common.required') }]}>
          <DatePicker style={{ width: '100%' }} data-testid="claim-event-date" />
        </Form.Item>
        {type === 'hospital-allowance' && (
          <Form.Item name="hospitalDays" label={t('gig.claim.hospitalDays')} rules={[{ required: true, message: t('common.required') }]}>
            <InputNumber min={1} max={366} style={{ width: '100%' }} />
          </Form.Item>
        )}
        {type === 'critical-illness-medical' && (
          <Form.Item name="outOfPocket" label={t('gig.claim.outOfPocket')} rules={[{ required: true, message: t('common.required') }]}>
            <InputNumber min={0} precision={2} style={{ width: '100%' }} />
          </Form.Item>
        )}
        {type === 'accidental-disability' && (
          <Form.Item name="disabilityGrade" label={t('gig.claim.grade')} rules={[{ required: true, message: t('common.required') }]}>
            <InputNumber min={1} max={10} style={{ width: '100%' }} />
          </Form.Item>
        )}
        {(type === 'accidental-death' || type === 'accidental-disability') && (
          <Form.Item name="outcomeOn" label={t('gig.claim.outcomeOn')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        )}
        {type && DEATHS.includes(type) ? (
          <Alert type="info" showIcon title={t('gig.claim.deathHint')} />
        ) : (
          <>
            <Form.Item name="bank" label={t('gig.claim.bank')} rules={[{ required: true, message: t('common.required') }]}>
              <Input maxLength={60} />
            </Form.Item>
            <Form.Item name="accountName" label={t('gig.claim.accountName')} rules={[{ required: true, message: t('common.required') }]}>
              <Input maxLength={50} />
            </Form.Item>
            <Form.Item
              name="accountNo"
              label={t('gig.claim.accountNo')}
              rules={[
                { required: true, message: t('common.required') },
                { pattern: /^[0-9 ]{12,30}$/, message: t('gig.claim.accountNo') },
              ]}
            >
              <Input maxLength={30} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}

function Claims() {
  const { t, pick } = useI18n();
  const { data: me } = useMe();
  const [page, setPage] = useState(1);
  const claims = useGigClaims({ page });
  const act = useGigClaimAction();
  // The full card, opened by the centre to transfer an approved benefit (audited on the server).
  const reveal = useRevealCard();
  const [filing, setFiling] = useState(false);
  const [rejecting, setRejecting] = useState<GigClaim | null>(null);
  const [reason, setReason] = useState('');
  return (
    <div data-testid="gig-claims">
      <Space style={{ marginBottom: 12 }}>
        {(can(me, 'protection.gig') || can(me, 'protection.review')) && (
          <Button type="primary" onClick={() => setFiling(true)} data-testid="claim-new">
            {t('gig.claim.new')}
          </Button>
        )}
        <ExportButton path="/protection/gig/claims/export.xlsx" testId="gig-claims-export" />
      </Space>
      <ServerError error={claims.error ?? act.error} style={{ marginBottom: 12 }} />
      <Table<GigClaim>
        size="small"
        rowKey="id"
        loading={claims.isLoading}
        dataSource={claims.data?.items ?? []}
        scroll={{ x: 1100 }}
        pagination={{ current: page, pageSize: 20, total: claims.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          {
            title: t('gig.name'),
            dataIndex: 'name',
            width: 90,
            render: (v: string, k) => (
              <Link to={`/gig/claims/${k.id}`} data-testid={`gig-claim-link-${k.id}`}>
                {v}
              </Link>
            ),
          },
          { title: t('gig.platform'), dataIndex: 'platformName', width: 110 },
          { title: t('gig.claim.type'), key: 'type', width: 170, render: (_: unknown, k) => pick(k.claimTypeName) },
          { title: t('gig.claim.eventDate'), dataIndex: 'eventDate', width: 110 },
          { title: t('gig.claim.amount'), dataIndex: 'amount', width: 100, render: yuan },
          { title: t('gig.claim.payBy'), dataIndex: 'payBy', width: 110 },
          {
            title: t('gig.claim.payTo'),
            key: 'payTo',
            width: 200,
            render: (_: unknown, k) => `${pick(k.payToName)}${k.accountMasked ? ` ${k.bank ?? ''} ${k.accountMasked}` : ''}`,
          },
          { title: t('gig.status'), key: 'status', width: 110, render: (_: unknown, k) => <Tag color={claimColor[k.status]}>{pick(k.statusName)}</Tag> },
          {
            title: t('gig.actions'),
            key: 'actions',
            width: 200,
            render: (_: unknown, k) => (
              <Space size={4}>
                {k.abilities.review && (
                  <Button size="small" type="primary" onClick={() => act.mutate({ id: k.id, action: 'approve' })}>
                    {t('gig.claim.approve')}
                  </Button>
                )}
                {k.abilities.review && (
                  <Button
                    size="small"
                    danger
                    onClick={() => {
                      setRejecting(k);
                      setReason('');
                    }}
                  >
                    {t('gig.claim.reject')}
                  </Button>
                )}
                {k.abilities.pay && k.payTo === 'bank-account' && (
                  <Button size="small" data-testid={`gig-claim-reveal-${k.id}`} loading={reveal.isPending} onClick={() => reveal.reveal(k.id)}>
                    {t('gig.claim.reveal')}
                  </Button>
                )}
                {k.abilities.pay && (
                  <Button size="small" type="primary" onClick={() => act.mutate({ id: k.id, action: 'pay' })}>
                    {t('gig.claim.pay')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {filing && <FileClaim onClose={() => setFiling(false)} />}
      <Modal
        open={!!rejecting}
        title={t('gig.claim.reject')}
        okButtonProps={{ disabled: !reason.trim() }}
        onCancel={() => setRejecting(null)}
        onOk={() => rejecting && act.mutate({ id: rejecting.id, action: 'reject', reason }, { onSuccess: () => setRejecting(null) })}
      >
        <Input.TextArea rows={3} maxLength={500} placeholder={t('gig.claim.rejectReason')} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Modal>
    </div>
  );
}

export default function GigPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'rosters';
  const setTab = (k: string) => setParams({ tab: k }, { replace: true });
  return (
    <div>
      <PageHeader title={t('gig.title')} />
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'rosters', label: t('gig.tab.rosters'), children: <Rosters /> },
          { key: 'covers', label: t('gig.tab.covers'), children: <Covers /> },
          { key: 'claims', label: t('gig.tab.claims'), children: <Claims /> },
        ]}
      />
    </div>
  );
}
