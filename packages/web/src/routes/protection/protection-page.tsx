import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router-dom';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Input,
  InputNumber,
  Modal,
  Progress,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Tabs,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { can, useMe } from '../../api/auth.ts';
import { fileUrl } from '../../api/client.ts';
import {
  useBatchStatus,
  useBuildLists,
  useClaims,
  useEnrollments,
  useImportList,
  useListAction,
  useLists,
  useReconcile,
  useRemittances,
  useSummary,
  useUploadVoucher,
  type Claim,
  type Cover,
  type List,
  type Plan,
  type Remittance,
} from '../../api/protection.ts';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { PageHeader } from '../../components/page.tsx';
import { ExportButton } from '../../components/export-button.tsx';
import { OrgSelect } from '../../components/org-select.tsx';
import { ServerError } from '../../components/server-error.tsx';
import { yuan } from '../applications/application-labels.tsx';
import { claimStatusColor } from '../portal/my-protection-page.tsx';
import { FlexibleTab } from './flexible-tab.tsx';

const PLANS: Plan[] = ['A', 'B', 'A+', 'B+'];
const listColor: Record<string, string> = {
  building: 'default',
  draft: 'default',
  submitted: 'processing',
  confirmed: 'gold',
  remitted: 'cyan',
  reconciled: 'success',
};

function Register({ year }: { year: number }) {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  const [q, setQ] = useState('');
  const [plan, setPlan] = useState<string | undefined>();
  const summary = useSummary(year);
  const list = useEnrollments({ year, page, q: q || undefined, plan });
  const s = summary.data;
  return (
    <div data-testid="protection-register">
      <ServerError error={summary.error ?? list.error} style={{ marginBottom: 12 }} />
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        {(
          [
            ['prot.members', s?.total.members, false],
            ['prot.confirmed', s?.total.confirmed, false],
            ['prot.premium', s?.total.premium, true],
            ['prot.subsidy', s?.total.citySubsidy, true],
            ['prot.remainder', s?.total.remainder, true],
          ] as const
        ).map(([k, v, money]) => (
          <Col xs={12} md={8} lg={4} key={k}>
            <Card size="small">
              <Statistic title={t(k)} value={money ? yuan(v ?? 0) : (v ?? 0)} valueRender={(x) => <span data-testid={`sum-${k}`}>{x}</span>} />
            </Card>
          </Col>
        ))}
      </Row>
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('prot.byPlan')}>
            <Table
              size="small"
              rowKey="plan"
              pagination={false}
              dataSource={s?.byPlan ?? []}
              columns={[
                { title: t('prot.plan'), dataIndex: 'plan' },
                { title: t('prot.members'), dataIndex: 'members' },
                { title: t('prot.premium'), dataIndex: 'premium', render: yuan },
                { title: t('prot.subsidy'), dataIndex: 'citySubsidy', render: yuan },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card size="small" title={t('prot.byRegion')}>
            <Table
              size="small"
              rowKey={(r) => String(r.regionId)}
              pagination={{ pageSize: 6, size: 'small' }}
              dataSource={s?.byRegion ?? []}
              scroll={{ x: 480 }}
              columns={[
                { title: t('prot.union'), dataIndex: 'regionName' },
                { title: t('prot.members'), dataIndex: 'members' },
                { title: t('prot.confirmed'), dataIndex: 'confirmed' },
                { title: t('prot.remainder'), dataIndex: 'remainder', render: yuan },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={t('prot.searchName')}
          onSearch={(v) => {
            setQ(v);
            setPage(1);
          }}
          style={{ width: 220 }}
          data-testid="enrollment-search"
        />
        <Select
          allowClear
          placeholder={t('prot.plan')}
          style={{ width: 120 }}
          value={plan}
          onChange={(v) => {
            setPlan(v);
            setPage(1);
          }}
          options={PLANS.map((p) => ({ value: p, label: p }))}
        />
        <ExportButton path="/protection/enrollments/export.xlsx" filters={{ year, q: q || undefined, plan }} testId="protection-register-export" />
      </Space>
      <Table<Cover>
        data-testid="enrollment-table"
        size="small"
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 900 }}
        pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: t('prot.memberNo'), dataIndex: 'memberNo', width: 120 },
          { title: t('prot.name'), dataIndex: 'name', width: 90 },
          { title: t('prot.idNumber'), dataIndex: 'idMasked', width: 170 },
          { title: t('prot.union'), dataIndex: 'orgName', ellipsis: true },
          { title: t('prot.plan'), dataIndex: 'plan', width: 70 },
          { title: t('prot.mode'), dataIndex: 'mode', width: 130, render: (m: string) => t(`prot.mode.${m}` as MessageKey) },
          { title: t('prot.period'), key: 'p', width: 190, render: (_: unknown, c) => `${c.coverageStart} ~ ${c.coverageEnd}` },
          {
            title: t('prot.status'),
            dataIndex: 'status',
            width: 110,
            render: (st: string, c: Cover) => (st === 'confirmed' ? t(`prot.phase.${c.phase}`) : t(`prot.cover.${st}` as MessageKey)),
          },
        ]}
      />
    </div>
  );
}

function BuildLists({ year }: { year: number }) {
  const { t, pick } = useI18n();
  const { data: me } = useMe();
  const [orgId, setOrgId] = useState<number | undefined>(me?.orgId ?? undefined);
  const [plan, setPlan] = useState<Plan>('B');
  const [batchId, setBatchId] = useState<number | null>(null);
  const build = useBuildLists();
  const batch = useBatchStatus(batchId);
  const b = batch.data;
  const qc = useQueryClient();
  // The lists leave 'building' when the job ends: show them as they are then.
  useEffect(() => {
    if (b && b.status !== 'building') void qc.invalidateQueries({ queryKey: ['protection', 'lists'] });
  }, [b?.status, qc]);
  return (
    <Card size="small" title={t('prot.build')} style={{ marginBottom: 12 }} data-testid="build-lists">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('prot.buildHint')}
      </Typography.Paragraph>
      <ServerError error={build.error} style={{ marginBottom: 8 }} />
      <Space wrap>
        <OrgSelect
          value={orgId}
          onChange={(id) => setOrgId(id)}
          initialLabel={me?.orgName ?? undefined}
          allowClear={false}
          style={{ width: 280 }}
          testId="build-org"
        />
        <Select value={plan} onChange={setPlan} style={{ width: 100 }} options={PLANS.map((p) => ({ value: p, label: p }))} data-testid="build-plan" />
        <Button
          type="primary"
          disabled={!orgId}
          loading={build.isPending}
          data-testid="build-submit"
          onClick={() => orgId && build.mutate({ year, orgId, plan }, { onSuccess: (r) => setBatchId(r.batchId) })}
        >
          {t('prot.build')}
        </Button>
      </Space>
      {b && (
        <div style={{ marginTop: 8 }} data-testid="build-progress" data-status={b.status}>
          {b.status === 'building' && <Progress percent={b.progress?.total ? Math.round((100 * b.progress.done) / b.progress.total) : 0} size="small" />}
          {b.status === 'done' && <Alert type="success" showIcon title={t('prot.built', { lists: b.lists, members: b.members })} />}
          {b.status === 'failed' && <Alert type="error" showIcon title={pick(b.error)} />}
        </div>
      )}
    </Card>
  );
}

function Lists({ year }: { year: number }) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const lists = useLists(year);
  const act = useListAction();
  const imp = useImportList();
  const [error, setError] = useState<unknown>(null);
  const w = lists.data?.items[0]?.windows;
  const run = (p: Promise<unknown>) =>
    p.then(() => {
      setError(null);
      message.success(t('prot.done'));
    }, setError);
  return (
    <div data-testid="protection-lists">
      {can(me, 'protection.enroll') && <BuildLists year={year} />}
      {w && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t('prot.windows', { s1: w.submit.from, s2: w.submit.to, c1: w.confirm.from, c2: w.confirm.to, v: w.voucherBy })}
        </Typography.Paragraph>
      )}
      <ServerError error={error ?? lists.error} style={{ marginBottom: 12 }} testId="list-error" />
      <Space wrap style={{ marginBottom: 12 }}>
        <ExportButton path="/protection/lists/export.xlsx" filters={{ year }} testId="protection-lists-export" />
      </Space>
      <Table<List>
        data-testid="list-table"
        size="small"
        rowKey="id"
        loading={lists.isLoading}
        dataSource={lists.data?.items ?? []}
        locale={{ emptyText: t('prot.noLists') }}
        scroll={{ x: 1000 }}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        columns={[
          { title: t('prot.union'), dataIndex: 'orgName', ellipsis: true },
          { title: t('prot.plan'), key: 'plan', width: 100, render: (_: unknown, l) => pick(l.planName) },
          { title: t('prot.members'), dataIndex: 'members', width: 80 },
          { title: t('prot.premium'), key: 'pr', width: 110, render: (_: unknown, l) => yuan(l.totals.premium) },
          { title: t('prot.remainder'), key: 're', width: 110, render: (_: unknown, l) => yuan(l.totals.remainder) },
          {
            title: t('prot.status'),
            dataIndex: 'status',
            width: 130,
            render: (st: string, l) => (
              <Tag color={listColor[st]} data-testid={`list-status-${l.id}`} data-status={st}>
                {t(`prot.list.${st}` as MessageKey)}
              </Tag>
            ),
          },
          {
            title: '',
            key: 'a',
            width: 330,
            render: (_: unknown, l) => (
              <Space wrap size={4}>
                <a href={fileUrl(`/protection/lists/${l.id}/export.xlsx`)} data-testid={`list-export-${l.id}`}>
                  <Button size="small" icon={<DownloadOutlined />}>
                    {t('prot.export')}
                  </Button>
                </a>
                {l.abilities.edit && (
                  <Upload
                    accept=".xlsx,.csv"
                    showUploadList={false}
                    customRequest={(o) => {
                      void run(
                        imp.mutateAsync({ id: l.id, file: o.file as File }).then((r) => {
                          o.onSuccess?.({});
                          message.info(t('prot.imported', { rows: r.result.rows }));
                        }),
                      );
                    }}
                  >
                    <Button size="small" icon={<UploadOutlined />} data-testid={`list-import-${l.id}`}>
                      {t('prot.import')}
                    </Button>
                  </Upload>
                )}
                {l.abilities.submit && (
                  <Button
                    size="small"
                    type="primary"
                    data-testid={`list-submit-${l.id}`}
                    onClick={() => void run(act.mutateAsync({ id: l.id, action: 'submit' }))}
                  >
                    {t('prot.submit')}
                  </Button>
                )}
                {l.abilities.confirm && (
                  <Button
                    size="small"
                    type="primary"
                    data-testid={`list-confirm-${l.id}`}
                    onClick={() => void run(act.mutateAsync({ id: l.id, action: 'confirm' }))}
                  >
                    {t('prot.confirm')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
    </div>
  );
}

function Remittances({ year }: { year: number }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const rem = useRemittances(year);
  const lists = useLists(year);
  const voucher = useUploadVoucher();
  const reconcile = useReconcile();
  const [file, setFile] = useState<File | null>(null);
  const [amount, setAmount] = useState<number | null>(null);
  const [recon, setRecon] = useState<Remittance | null>(null);
  const [received, setReceived] = useState<number | null>(null);
  const due = (lists.data?.items ?? []).filter((l) => l.status === 'confirmed').reduce((a, l) => a + l.totals.remainder, 0);
  const isRegion = can(me, 'protection.confirm');
  return (
    <div data-testid="protection-remittances">
      {isRegion && (
        <Card size="small" title={t('prot.voucher')} style={{ marginBottom: 12 }} data-testid="voucher-card">
          <ServerError error={voucher.error} style={{ marginBottom: 8 }} testId="voucher-error" />
          <Typography.Paragraph>
            {t('prot.due')}：<b data-testid="voucher-due">{yuan(Math.round(due * 100) / 100)}</b>
          </Typography.Paragraph>
          <Space wrap>
            <InputNumber
              placeholder={t('prot.voucherAmount')}
              min={0}
              precision={2}
              value={amount}
              onChange={(v) => setAmount(v)}
              style={{ width: 180 }}
              data-testid="voucher-amount"
            />
            <Upload
              accept=".pdf,.jpg,.jpeg,.png"
              maxCount={1}
              fileList={file ? [{ uid: 'voucher', name: file.name, status: 'done' }] : []}
              beforeUpload={(f) => {
                setFile(f);
                return false;
              }}
              onRemove={() => setFile(null)}
            >
              <Button icon={<UploadOutlined />} data-testid="voucher-file">
                {t('prot.voucherFile')}
              </Button>
            </Upload>
            <Button
              type="primary"
              disabled={!file || amount === null}
              loading={voucher.isPending}
              data-testid="voucher-submit"
              onClick={() =>
                file &&
                amount !== null &&
                voucher.mutate(
                  { year, amount, file },
                  {
                    onSuccess: () => {
                      message.success(t('prot.done'));
                      setFile(null);
                      setAmount(null);
                    },
                  },
                )
              }
            >
              {t('prot.voucher')}
            </Button>
          </Space>
        </Card>
      )}
      <ServerError error={rem.error ?? reconcile.error} style={{ marginBottom: 12 }} testId="reconcile-error" />
      <Space wrap style={{ marginBottom: 12 }}>
        <ExportButton path="/protection/remittances/export.xlsx" filters={{ year }} testId="protection-remittances-export" />
      </Space>
      <Table<Remittance>
        data-testid="remittance-table"
        size="small"
        rowKey="id"
        dataSource={rem.data?.items ?? []}
        locale={{ emptyText: t('prot.noRemittances') }}
        pagination={false}
        scroll={{ x: 760 }}
        columns={[
          { title: t('prot.union'), dataIndex: 'regionName' },
          { title: t('prot.expected'), dataIndex: 'expected', render: yuan },
          { title: t('prot.received'), dataIndex: 'received', render: (v: number | null) => (v === null ? '—' : yuan(v)) },
          {
            title: t('prot.uploadedOn'),
            dataIndex: 'uploadedOn',
            render: (d: string, r) => (
              <>
                {d} {r.late && <Tag color="orange">{t('prot.late')}</Tag>}
              </>
            ),
          },
          {
            title: t('prot.status'),
            dataIndex: 'status',
            render: (s: string, r) => (
              <Tag color={s === 'reconciled' ? 'success' : 'processing'} data-testid={`remittance-status-${r.id}`} data-status={s}>
                {t(`prot.rem.${s}` as MessageKey)}
              </Tag>
            ),
          },
          {
            title: '',
            key: 'a',
            render: (_: unknown, r) =>
              r.status === 'remitted' && can(me, 'protection.reconcile') ? (
                <Button
                  size="small"
                  type="primary"
                  data-testid={`reconcile-${r.id}`}
                  onClick={() => {
                    setRecon(r);
                    setReceived(r.expected);
                  }}
                >
                  {t('prot.reconcile')}
                </Button>
              ) : null,
          },
        ]}
      />
      <Modal
        open={!!recon}
        title={t('prot.reconcile')}
        onCancel={() => setRecon(null)}
        confirmLoading={reconcile.isPending}
        okButtonProps={{ 'data-testid': 'reconcile-ok' } as never}
        onOk={() =>
          recon &&
          received !== null &&
          reconcile.mutate(
            { id: recon.id, received },
            {
              onSuccess: () => {
                setRecon(null);
                message.success(t('prot.done'));
              },
            },
          )
        }
      >
        <Typography.Paragraph>
          {t('prot.expected')}：{yuan(recon?.expected ?? 0)}
        </Typography.Paragraph>
        <InputNumber min={0} precision={2} value={received} onChange={(v) => setReceived(v)} style={{ width: '100%' }} data-testid="reconcile-received" />
      </Modal>
    </div>
  );
}

function Claims() {
  const { t, pick } = useI18n();
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<string | undefined>();
  const [overdue, setOverdue] = useState(false);
  const claims = useClaims({ page, status, overdue });
  return (
    <div data-testid="protection-claims">
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder={t('prot.status')}
          style={{ width: 160 }}
          value={status}
          onChange={(v) => {
            setStatus(v);
            setPage(1);
          }}
          options={(['filed', 'approved', 'rejected', 'paid'] as const).map((s) => ({ value: s, label: t(`prot.cs.${s}`) }))}
          data-testid="claim-status-filter"
        />
        <Checkbox
          checked={overdue}
          onChange={(e) => {
            setOverdue(e.target.checked);
            setPage(1);
          }}
          data-testid="claim-overdue-filter"
        >
          {t('prot.onlyOverdue')}
        </Checkbox>
        <ExportButton path="/protection/claims/export.xlsx" filters={{ status, overdue: overdue ? 'true' : undefined }} testId="protection-claims-export" />
      </Space>
      <ServerError error={claims.error} style={{ marginBottom: 12 }} />
      <Table<Claim>
        data-testid="claim-table"
        size="small"
        rowKey="id"
        loading={claims.isLoading}
        dataSource={claims.data?.items ?? []}
        locale={{ emptyText: t('prot.noClaims') }}
        scroll={{ x: 1100 }}
        pagination={{ current: page, pageSize: 20, total: claims.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          {
            title: '#',
            dataIndex: 'id',
            width: 60,
            render: (id: number) => (
              <Link to={`/protection/claims/${id}`} data-testid={`claim-link-${id}`}>
                {id}
              </Link>
            ),
          },
          { title: t('prot.name'), dataIndex: 'name', width: 80 },
          { title: t('prot.idNumber'), dataIndex: 'idMasked', width: 170 },
          { title: t('prot.union'), dataIndex: 'orgName', ellipsis: true },
          { title: t('prot.claimType'), key: 'ct', width: 130, render: (_: unknown, k) => pick(k.claimTypeName) },
          { title: t('prot.eventDateShort'), dataIndex: 'eventDate', width: 105 },
          { title: t('prot.amount'), dataIndex: 'amount', width: 100, render: yuan },
          {
            title: t('prot.payBy'),
            dataIndex: 'payBy',
            width: 150,
            render: (d: string | null, k) => (
              <>
                {d ?? '—'}{' '}
                {k.overdue && (
                  <Tag color="red" data-testid={`claim-overdue-${k.id}`}>
                    {t('prot.overdue')}
                  </Tag>
                )}
              </>
            ),
          },
          {
            title: t('prot.status'),
            dataIndex: 'status',
            width: 120,
            render: (s: Claim['status'], k) => (
              <Tag color={claimStatusColor[s]} data-testid={`claim-status-${k.id}`} data-status={s}>
                {t(`prot.cs.${s}` as MessageKey)}
              </Tag>
            ),
          },
        ]}
      />
    </div>
  );
}

/** 会员专享基本保障 for officers: the register and totals, the collective lists, remittances, claims. */
export default function ProtectionPage() {
  const { t } = useI18n();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const [year, setYear] = useState(2025);
  const tab = params.get('tab') ?? (can(me, 'protection.review') ? 'claims' : 'register');
  return (
    <div data-testid="protection-page">
      <PageHeader
        title={t('prot.title')}
        extra={
          <Space>
            <span>{t('prot.year')}</span>
            <Select
              value={year}
              onChange={setYear}
              options={Array.from(
                { length: Math.max(2026, new Date().getFullYear() + 1) - 2018 + 1 },
                (_, i) => Math.max(2026, new Date().getFullYear() + 1) - i,
              ).map((y) => ({ value: y, label: y }))}
              data-testid="protection-year"
            />
          </Space>
        }
      />
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams({ tab: k }, { replace: true })}
        items={[
          { key: 'register', label: <span data-testid="tab-register">{t('prot.tab.register')}</span>, children: <Register year={year} /> },
          { key: 'lists', label: <span data-testid="tab-lists">{t('prot.tab.lists')}</span>, children: <Lists year={year} /> },
          { key: 'remittances', label: <span data-testid="tab-remittances">{t('prot.tab.remittances')}</span>, children: <Remittances year={year} /> },
          { key: 'claims', label: <span data-testid="tab-claims">{t('prot.tab.claims')}</span>, children: <Claims /> },
          { key: 'flexible', label: <span data-testid="tab-flexible">{t('prot.tab.flexible')}</span>, children: <FlexibleTab year={year} /> },
        ]}
      />
    </div>
  );
}
