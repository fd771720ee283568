import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  App,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Progress,
  Radio,
  Row,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { can, useMe } from '../../api/auth.ts';
import { fileUrl } from '../../api/client.ts';
import {
  previewHalfYear,
  useBill,
  useBillAction,
  useMoveBillLine,
  useBills,
  useCreateGrant,
  useCreateOffer,
  useCreatePool,
  useSubmitHalfYear,
  useCreateRoster,
  useGrantRequest,
  useGrants,
  useOffers,
  usePools,
  useRequests,
  useRoster,
  useRosters,
  useSettlementAction,
  useSettlements,
  useSubmitRequest,
  useSubmitRoster,
  useSubmitSettlement,
  type Bill,
  type Grant,
  type Offer,
  type PeriodClaim,
  type Pool,
  type QuotaRequest,
  type Roster,
  type Settlement,
} from '../../api/quotas.ts';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { PageHeader } from '../../components/page.tsx';
import { ExportButton } from '../../components/export-button.tsx';
import { ServerError } from '../../components/server-error.tsx';
import { OrgSelect } from '../../components/org-select.tsx';

/** Whether a mutation went through; a refusal is shown by the modal (its error state), so the caller only stays open. */
const succeeded = (p: Promise<unknown>) =>
  p.then(
    () => true,
    () => false,
  );

const yuan = (n: number) => `¥${n.toLocaleString('zh-CN', { minimumFractionDigits: 0, maximumFractionDigits: 2 })}`;
const lines = (s: string | undefined) =>
  (s ?? '')
    .split(/[\s,，、]+/)
    .map((x) => x.trim())
    .filter(Boolean);
const poolColor: Record<Pool['state'], string> = { scheduled: 'default', open: 'processing', full: 'error', closed: 'default' };
const stColor: Record<Settlement['status'], string> = { submitted: 'gold', 'rights-approved': 'blue', 'finance-approved': 'purple', paid: 'success' };

function useProgramName() {
  const { t, tx } = useI18n();
  return (p: string | null) => (p ? tx(`q.prog.${p}`, p) : t('common.none'));
}

// ---------------------------------------------------------------------------------------------

function PoolsTab() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const { data, error } = usePools();
  const create = useCreatePool();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  return (
    <div data-testid="pools-tab">
      <ServerError error={error} />
      <Space style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{t('q.pool.live')}</Typography.Text>
        <ExportButton path="/pools/export.xlsx" testId="pools-export" />
        {can(me, 'pools.manage') && me?.orgId && (
          <Button
            type="primary"
            data-testid="pool-new"
            onClick={() => {
              form.setFieldsValue({ capacity: 100, window: [dayjs(), dayjs().add(7, 'day')] });
              setOpen(true);
            }}
          >
            {t('q.pool.new')}
          </Button>
        )}
      </Space>
      {!data?.items.length ? (
        <Card>
          <Typography.Text type="secondary">{t('q.none')}</Typography.Text>
        </Card>
      ) : (
        <Row gutter={[12, 12]}>
          {data.items.map((p) => (
            <Col key={p.id} xs={24} md={12} xl={8}>
              <Card
                size="small"
                data-testid={`pool-${p.id}`}
                title={p.title}
                extra={
                  <Tag color={poolColor[p.state]} data-testid={`pool-state-${p.id}`}>
                    {t(`q.pool.state.${p.state}` as MessageKey)}
                  </Tag>
                }
              >
                <Progress percent={Math.round((p.taken / p.capacity) * 100)} status={p.state === 'full' ? 'exception' : 'active'} />
                <Space size={24}>
                  <span>
                    {t('q.pool.capacity')} <b>{p.capacity.toLocaleString()}</b>
                  </span>
                  <span>
                    {t('q.pool.taken')} <b>{p.taken.toLocaleString()}</b>
                  </span>
                  <span>
                    {t('q.pool.remaining')} <b data-testid={`pool-remaining-${p.id}`}>{p.remaining.toLocaleString()}</b>
                  </span>
                </Space>
                <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '6px 0 0' }}>
                  {p.orgName} · {t('q.pool.window')} {dayjs(p.opensAt).format('YYYY-MM-DD HH:mm')} — {dayjs(p.closesAt).format('YYYY-MM-DD HH:mm')}
                </Typography.Paragraph>
              </Card>
            </Col>
          ))}
        </Row>
      )}
      <Modal
        open={open}
        title={t('q.pool.new')}
        onCancel={() => setOpen(false)}
        confirmLoading={create.isPending}
        okButtonProps={{ 'data-testid': 'pool-create-ok' }}
        onOk={async () => {
          const v = await form.validateFields();
          if (
            !(await succeeded(
              create.mutateAsync({
                title: v.title,
                capacity: v.capacity,
                orgId: me!.orgId!,
                opensAt: v.window[0].toISOString(),
                closesAt: v.window[1].toISOString(),
              }),
            ))
          )
            return; // the modal shows the refusal
          message.success(t('q.pool.created'));
          setOpen(false);
        }}
      >
        <ServerError error={create.error} />
        <Form form={form} layout="vertical">
          <Form.Item name="title" label={t('q.pool.titleField')} rules={[{ required: true }]}>
            <Input data-testid="pool-title" />
          </Form.Item>
          <Form.Item name="capacity" label={t('q.pool.capacity')} rules={[{ required: true }]}>
            <InputNumber min={1} style={{ width: '100%' }} data-testid="pool-capacity" />
          </Form.Item>
          <Form.Item name="window" label={t('q.pool.window')} rules={[{ required: true }]}>
            <DatePicker.RangePicker showTime style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}

// ---------------------------------------------------------------------------------------------

type GrantNode = Grant & { children?: GrantNode[] };

function GrantsTab() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const { data, error } = useGrants();
  const offers = useOffers();
  const create = useCreateGrant();
  const programName = useProgramName();
  // The plan's printed title (e.g. “团体5号 黄山休养院 3天2晚”) rather than its code alone.
  const planTitle = useMemo(() => new Map((offers.data?.items ?? []).map((o) => [`${o.program}|${o.year}|${o.code}`, o.title])), [offers.data]);
  const [target, setTarget] = useState<Grant | 'root' | null>(null);
  const [form] = Form.useForm();
  const tree = useMemo(() => {
    const items = (data?.items ?? []).map((g) => ({ ...g })) as GrantNode[];
    const byId = new Map(items.map((g) => [g.id, g]));
    const roots: GrantNode[] = [];
    for (const g of items) {
      const parent = g.parentId ? byId.get(g.parentId) : undefined;
      if (parent) (parent.children ??= []).push(g);
      else roots.push(g);
    }
    return roots;
  }, [data]);
  return (
    <div data-testid="grants-tab">
      <ServerError error={error} />
      <Space style={{ marginBottom: 12 }}>
        <ExportButton path="/place-grants/export.xlsx" testId="grants-export" />
        {me?.role === 'federation-admin' && (
          <Button
            type="primary"
            data-testid="grant-new"
            onClick={() => {
              form.resetFields();
              form.setFieldsValue({ program: 'group-sanatorium', year: 2025 });
              setTarget('root');
            }}
          >
            {t('q.grant.new')}
          </Button>
        )}
      </Space>
      <Table<GrantNode>
        rowKey="id"
        size="small"
        dataSource={tree}
        pagination={false}
        expandable={{ defaultExpandAllRows: true }}
        data-testid="grant-table"
        columns={[
          { title: t('q.grant.to'), dataIndex: 'toOrgName', render: (v, g) => <span data-testid={`grant-row-${g.id}`}>{v}</span> },
          { title: t('q.program'), render: (_, g) => `${g.year} ${programName(g.program)}` },
          { title: t('q.grant.site'), dataIndex: 'site', render: (v, g) => (v ? (planTitle.get(`${g.program}|${g.year}|${v}`) ?? v) : t('common.none')) },
          { title: t('q.places'), dataIndex: 'places', align: 'right' },
          { title: t('q.grant.allocated'), dataIndex: 'allocated', align: 'right' },
          { title: t('q.grant.available'), dataIndex: 'available', align: 'right', render: (v, g) => <span data-testid={`grant-available-${g.id}`}>{v}</span> },
          {
            title: t('q.grant.expiresOn'),
            render: (_, g) => (g.expired ? <Tag color="red">{t('q.grant.expired')}</Tag> : g.toOrgKind === 'grassroots' ? t('common.none') : g.expiresOn),
          },
          {
            title: t('common.actions'),
            render: (_, g) => (
              <Space>
                {g.abilities.split && (
                  <Button
                    size="small"
                    data-testid={`grant-split-${g.id}`}
                    onClick={() => {
                      form.resetFields();
                      setTarget(g);
                    }}
                  >
                    {t('q.grant.split')}
                  </Button>
                )}
                <a href={fileUrl(`/place-grants/${g.id}/sheet`)}>{t('q.grant.sheet')}</a>
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={target !== null}
        title={target === 'root' ? t('q.grant.new') : `${t('q.grant.split')} · ${target?.toOrgName ?? ''}`}
        onCancel={() => setTarget(null)}
        confirmLoading={create.isPending}
        okButtonProps={{ 'data-testid': 'grant-ok' }}
        onOk={async () => {
          const v = await form.validateFields();
          const g = target === 'root' ? null : target!;
          if (
            !(await succeeded(
              create.mutateAsync(
                g
                  ? { program: g.program, year: g.year, parentId: g.id, toOrgId: v.toOrgId, places: v.places }
                  : { program: v.program, year: v.year, site: v.site || undefined, toOrgId: v.toOrgId, places: v.places },
              ),
            ))
          )
            return; // the modal shows the refusal
          message.success(t('q.grant.done', { n: v.places }));
          setTarget(null);
        }}
      >
        <ServerError error={create.error} />
        <Form form={form} layout="vertical">
          {target === 'root' && (
            <>
              <Form.Item name="program" label={t('q.program')} rules={[{ required: true }]}>
                <Select
                  options={['group-sanatorium', 'frontline-sanatorium', 'health-checkup', 'two-disease-screening', 'gig-mobile-checkup'].map((p) => ({
                    value: p,
                    label: programName(p),
                  }))}
                />
              </Form.Item>
              <Form.Item name="year" label={t('q.year')} rules={[{ required: true }]}>
                <InputNumber min={2018} max={2100} data-testid="grant-year" />
              </Form.Item>
              <Form.Item name="site" label={t('q.grant.site')}>
                <Input data-testid="grant-site" />
              </Form.Item>
            </>
          )}
          <Form.Item name="toOrgId" label={t('q.grant.to')} rules={[{ required: true }]}>
            <OrgSelect testId="grant-to" excludeId={target && target !== 'root' ? target.toOrgId : undefined} />
          </Form.Item>
          <Form.Item name="places" label={t('q.places')} rules={[{ required: true }]}>
            <InputNumber min={1} style={{ width: '100%' }} data-testid="grant-places" />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}

// ---------------------------------------------------------------------------------------------

const quotaPrograms = ['group-sanatorium', 'frontline-sanatorium', 'health-checkup', 'two-disease-screening', 'gig-mobile-checkup'] as const;
const federationLevel = ['federation-admin', 'department-officer', 'agency-officer'];

/** A new plan of the offer: the officer names program, year, code and places; price and subsidy come from the engine. */
/** Mounted only while open, so every opening starts from a fresh form (no reset racing the user's typing). */
function NewOfferModal({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const create = useCreateOffer();
  const programName = useProgramName();
  const [form] = Form.useForm();
  const program = Form.useWatch('program', form);
  return (
    <Modal
      open
      title={t('q.offer.newTitle')}
      onCancel={onClose}
      confirmLoading={create.isPending}
      okButtonProps={{ 'data-testid': 'offer-new-ok' }}
      onOk={async () => {
        const v = await form.validateFields();
        const frontline = v.program === 'frontline-sanatorium';
        const body = {
          program: v.program,
          year: v.year,
          code: String(v.code).trim(),
          capacity: v.capacity,
          ...(frontline ? { site: v.site, days: v.days, nights: v.nights, costPerPerson: v.costPerPerson } : {}),
          contacts: v.contact ? [{ name: v.contact, ...(v.phone ? { phone: v.phone } : {}) }] : [],
        };
        if (!(await succeeded(create.mutateAsync(body)))) return; // the modal shows the refusal
        message.success(t('q.offer.created'));
        onClose();
      }}
    >
      <ServerError error={create.error} />
      <Form form={form} layout="vertical" initialValues={{ program: 'group-sanatorium', year: dayjs().year() + 1, capacity: 100 }}>
        <Form.Item name="program" label={t('q.program')} rules={[{ required: true }]}>
          <Select data-testid="offer-program" options={quotaPrograms.map((p) => ({ value: p, label: programName(p) }))} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="year" label={t('q.year')} rules={[{ required: true }]}>
            <InputNumber min={2017} max={2100} data-testid="offer-year" />
          </Form.Item>
          <Form.Item name="code" label={t('q.offer.codeInput')} tooltip={t('q.offer.codeHelp')} rules={[{ required: true, whitespace: true, max: 20 }]}>
            <Input data-testid="offer-code" style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="capacity" label={t('q.offer.capacity')} rules={[{ required: true }]}>
            <InputNumber min={0} max={1000000} data-testid="offer-capacity" />
          </Form.Item>
        </Space>
        {program === 'frontline-sanatorium' && (
          <Space wrap>
            <Form.Item name="site" label={t('q.offer.site')} rules={[{ required: true, whitespace: true, max: 100 }]}>
              <Input data-testid="offer-site" />
            </Form.Item>
            <Form.Item name="days" label={t('q.offer.days')} rules={[{ required: true }]}>
              <InputNumber min={1} max={30} data-testid="offer-days" />
            </Form.Item>
            <Form.Item name="nights" label={t('q.offer.nights')} rules={[{ required: true }]}>
              <InputNumber min={0} max={30} data-testid="offer-nights" />
            </Form.Item>
            <Form.Item name="costPerPerson" label={t('q.offer.cost')} rules={[{ required: true }]}>
              <InputNumber min={0} max={100000} data-testid="offer-cost" />
            </Form.Item>
          </Space>
        )}
        <Space wrap>
          <Form.Item name="contact" label={t('q.offer.contact')} rules={[{ max: 40 }]}>
            <Input data-testid="offer-contact" />
          </Form.Item>
          <Form.Item name="phone" label={t('q.offer.phone')} rules={[{ max: 40 }]}>
            <Input data-testid="offer-phone" />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}

function OffersTab() {
  const { t } = useI18n();
  const { data: me } = useMe();
  const { data, error } = useOffers();
  const programName = useProgramName();
  const [adding, setAdding] = useState(false);
  const mayAdd = can(me, 'pools.manage') && !!me && federationLevel.includes(me.role);
  return (
    <div data-testid="offers-tab">
      <ServerError error={error} />
      <Space style={{ marginBottom: 12 }}>
        {mayAdd && (
          <Button type="primary" data-testid="offer-new" onClick={() => setAdding(true)}>
            {t('q.offer.new')}
          </Button>
        )}
        <ExportButton path="/quota-offers/export.xlsx" testId="offers-export" />
      </Space>
      {adding && <NewOfferModal onClose={() => setAdding(false)} />}
      <Table<Offer>
        rowKey="id"
        size="small"
        dataSource={data?.items ?? []}
        pagination={{ pageSize: 20 }}
        columns={[
          { title: t('q.year'), dataIndex: 'year', width: 70 },
          { title: t('q.program'), dataIndex: 'program', render: (v) => programName(v) },
          { title: t('q.offer.code'), dataIndex: 'title' },
          { title: t('q.offer.length'), render: (_, o) => (o.days ? t('q.offer.lengthValue', { days: o.days, nights: o.nights ?? 0 }) : t('common.none')) },
          { title: t('q.offer.months'), render: (_, o) => (o.months.length ? t('q.offer.monthsValue', { m: o.months.join('、') }) : t('q.offer.allYear')) },
          { title: t('q.offer.price'), dataIndex: 'price', align: 'right', render: yuan },
          { title: t('q.offer.city'), dataIndex: 'citySubsidy', align: 'right', render: yuan },
          { title: t('q.offer.other'), render: (_, o) => (o.otherSubsidy ? `${yuan(o.otherSubsidy)}（${o.otherSubsidyBy}）` : t('common.none')) },
          { title: t('q.offer.remainder'), render: (_, o) => `${yuan(o.remainder)}（${o.remainderBy}）` },
          { title: t('q.offer.mode'), dataIndex: 'mode', render: (v) => t(`q.mode.${v}` as MessageKey) },
          { title: t('q.offer.capacity'), dataIndex: 'capacity', align: 'right' },
          { title: t('q.offer.granted'), dataIndex: 'granted', align: 'right' },
          {
            title: t('q.offer.provider'),
            render: (_, o) => (
              <span>
                {o.providerName}
                {o.contacts[0] && (
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {o.contacts.map((c) => `${c.name} ${c.phone ?? ''}`).join('；')}
                  </Typography.Text>
                )}
              </span>
            ),
          },
        ]}
      />
    </div>
  );
}

// ---------------------------------------------------------------------------------------------

function RequestsTab() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const { data, error } = useRequests();
  const offers = useOffers();
  const submit = useSubmitRequest();
  const grant = useGrantRequest();
  const programName = useProgramName();
  const [granting, setGranting] = useState<QuotaRequest | null>(null);
  const [sending, setSending] = useState(false);
  const [form] = Form.useForm();
  const [sendForm] = Form.useForm();
  const requestable = (offers.data?.items ?? []).filter((o) => o.mode === 'request');
  const isDistrict = me?.role === 'regional-officer';
  return (
    <div data-testid="requests-tab">
      <ServerError error={error} />
      <Space style={{ marginBottom: 12 }}>
        {isDistrict && (
          <Button
            type="primary"
            data-testid="request-new"
            onClick={() => {
              sendForm.resetFields();
              setSending(true);
            }}
          >
            {t('q.req.new')}
          </Button>
        )}
        <ExportButton path="/quota-requests/export.xlsx" testId="requests-export" />
      </Space>
      <Table<QuotaRequest>
        rowKey="id"
        size="small"
        dataSource={data?.items ?? []}
        pagination={false}
        columns={[
          { title: t('q.org'), dataIndex: 'orgName', render: (v, r) => <span data-testid={`request-row-${r.id}`}>{v}</span> },
          { title: t('q.program'), render: (_, r) => `${r.year} ${programName(r.program)}` },
          { title: t('q.req.deadline'), dataIndex: 'deadline' },
          { title: t('q.req.requested'), dataIndex: 'requested', align: 'right' },
          { title: t('q.req.granted'), dataIndex: 'granted', align: 'right', render: (v) => v ?? t('common.none') },
          {
            title: t('q.state'),
            dataIndex: 'status',
            render: (v) => <Tag color={v === 'granted' ? 'success' : 'gold'}>{t(`q.req.status.${v}` as MessageKey)}</Tag>,
          },
          {
            title: t('common.actions'),
            render: (_, r) =>
              r.abilities.grant && (
                <Button
                  size="small"
                  type="primary"
                  data-testid={`request-grant-${r.id}`}
                  onClick={() => {
                    form.setFieldsValue({ rows: Object.fromEntries(r.rows.map((x) => [x.row, x.requested])) });
                    grant.reset();
                    setGranting(r);
                  }}
                >
                  {t('q.req.grant')}
                </Button>
              ),
          },
        ]}
        expandable={{
          expandedRowRender: (r) => (
            <Table
              size="small"
              rowKey="row"
              pagination={false}
              dataSource={r.rows}
              columns={[
                { title: '#', dataIndex: 'row', width: 40 },
                { title: t('q.offer.code'), dataIndex: 'title' },
                { title: t('q.req.requested'), dataIndex: 'requested' },
                { title: t('q.req.granted'), dataIndex: 'granted', render: (v) => v ?? t('common.none') },
              ]}
            />
          ),
        }}
      />
      <Modal
        open={!!granting}
        title={`${t('q.req.grant')} · ${granting?.orgName ?? ''}`}
        onCancel={() => setGranting(null)}
        confirmLoading={grant.isPending}
        okButtonProps={{ 'data-testid': 'request-grant-ok' }}
        onOk={async () => {
          const v = await form.validateFields();
          if (
            !(await succeeded(grant.mutateAsync({ id: granting!.id, rows: granting!.rows.map((x) => ({ row: x.row, places: Number(v.rows[x.row] ?? 0) })) })))
          )
            return; // the modal shows the refusal
          message.success(t('q.req.granted.done'));
          setGranting(null);
        }}
      >
        <ServerError error={grant.error} />
        <Form form={form} layout="horizontal">
          {granting?.rows.map((x) => (
            <Form.Item key={x.row} name={['rows', String(x.row)]} label={`${x.row}. ${x.title}（${t('q.req.requested')} ${x.requested}）`}>
              <InputNumber min={0} data-testid={`request-grant-row-${x.row}`} />
            </Form.Item>
          ))}
        </Form>
      </Modal>
      <Modal
        open={sending}
        title={t('q.req.new')}
        onCancel={() => setSending(false)}
        confirmLoading={submit.isPending}
        okButtonProps={{ 'data-testid': 'request-send-ok' }}
        onOk={async () => {
          const v = await sendForm.validateFields();
          const rows = requestable
            .filter((o) => o.program === v.program && o.year === v.year && Number(v.places?.[o.id] ?? 0) > 0)
            .map((o) => ({ offerId: o.id, places: Number(v.places[o.id]) }));
          if (!(await succeeded(submit.mutateAsync({ program: v.program, year: v.year, rows })))) return; // the modal shows the refusal
          message.success(t('q.req.sent'));
          setSending(false);
        }}
      >
        <ServerError error={submit.error} />
        <Form form={sendForm} layout="vertical" initialValues={{ program: 'group-sanatorium', year: requestable[0]?.year ?? 2025 }}>
          <Space>
            <Form.Item name="program" label={t('q.program')}>
              <Select style={{ width: 220 }} options={[...new Set(requestable.map((o) => o.program))].map((p) => ({ value: p, label: programName(p) }))} />
            </Form.Item>
            <Form.Item name="year" label={t('q.year')}>
              <InputNumber min={2018} max={2100} />
            </Form.Item>
          </Space>
          <Form.Item noStyle shouldUpdate>
            {() =>
              requestable
                .filter((o) => o.program === sendForm.getFieldValue('program') && o.year === sendForm.getFieldValue('year'))
                .map((o) => (
                  <Form.Item key={o.id} name={['places', String(o.id)]} label={o.title}>
                    <InputNumber min={0} data-testid={`request-places-${o.code}`} />
                  </Form.Item>
                ))
            }
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}

// ---------------------------------------------------------------------------------------------

function RosterView({ id, onClose }: { id: number; onClose: () => void }) {
  const { t } = useI18n();
  const { data } = useRoster(id);
  return (
    <Modal
      open
      title={`${t('q.roster.view')} · ${data?.title ?? ''}`}
      onCancel={onClose}
      footer={
        <Space>
          <a href={fileUrl(`/rosters/${id}/sheet`)}>{t('q.roster.download')}</a>
          <Button onClick={onClose}>{t('common.close')}</Button>
        </Space>
      }
      width={640}
    >
      <Table
        size="small"
        rowKey="row"
        pagination={false}
        dataSource={data?.entries ?? []}
        data-testid="roster-entries"
        columns={[
          { title: '#', dataIndex: 'row', width: 40 },
          { title: t('q.roster.memberNo'), dataIndex: 'memberNo' },
          { title: t('q.roster.name'), dataIndex: 'name' },
          { title: t('q.org'), dataIndex: 'orgName' },
        ]}
      />
    </Modal>
  );
}

function RostersTab() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const { data, error } = useRosters();
  const grants = useGrants();
  const create = useCreateRoster();
  const submitRoster = useSubmitRoster();
  const settle = useSubmitSettlement();
  const [creating, setCreating] = useState(false);
  const [viewing, setViewing] = useState(0);
  const [settling, setSettling] = useState<Roster | null>(null);
  const [form] = Form.useForm();
  const [stForm] = Form.useForm();
  const mine = (grants.data?.items ?? []).filter((g) => g.toOrgId === me?.orgId && g.site);
  const settlingRoster = useRoster(settling?.id ?? 0);
  // Fill the settlement form from the roster once it has loaded (not when the dialog finishes opening: the roster may
  // still be on its way then, and with animations off — the system's reduce-motion setting — it always is).
  const settlingData = settling && settlingRoster.data?.id === settling.id ? settlingRoster.data : null;
  useEffect(() => {
    if (settlingData)
      stForm.setFieldsValue({
        persons: settlingData.persons,
        members: (settlingData.entries ?? []).map((e) => e.memberNo).join('\n'),
        responses: settlingData.persons,
        satisfied: settlingData.persons,
      });
  }, [settlingData, stForm]);
  return (
    <div data-testid="rosters-tab">
      <ServerError error={error ?? submitRoster.error} />
      <Space style={{ marginBottom: 12 }}>
        {mine.length > 0 && can(me, 'pools.manage') && (
          <Button
            type="primary"
            data-testid="roster-new"
            onClick={() => {
              form.resetFields();
              create.reset();
              setCreating(true);
            }}
          >
            {t('q.roster.new')}
          </Button>
        )}
        <ExportButton path="/rosters/export.xlsx" testId="rosters-export" />
      </Space>
      <Table<Roster>
        rowKey="id"
        size="small"
        dataSource={data?.items ?? []}
        pagination={false}
        columns={[
          { title: t('q.org'), dataIndex: 'orgName' },
          {
            title: t('q.offer.code'),
            render: (_, r) => (
              <span data-testid={`roster-row-${r.id}`}>
                {r.year} {r.title}
              </span>
            ),
          },
          { title: t('q.roster.dates'), render: (_, r) => `${r.startsOn} — ${r.endsOn}` },
          { title: t('q.offer.provider'), dataIndex: 'providerName' },
          { title: t('q.roster.persons'), dataIndex: 'persons', align: 'right' },
          { title: t('q.roster.placesLeft'), dataIndex: 'placesLeft', align: 'right' },
          {
            title: t('q.state'),
            dataIndex: 'status',
            render: (v, r) => (
              <Tag data-testid={`roster-status-${r.id}`} color={v === 'draft' ? 'default' : v === 'submitted' ? 'blue' : 'success'}>
                {t(`q.roster.status.${v}` as MessageKey)}
              </Tag>
            ),
          },
          {
            title: t('common.actions'),
            render: (_, r) => (
              <Space>
                <Button size="small" onClick={() => setViewing(r.id)}>
                  {t('q.roster.view')}
                </Button>
                {r.abilities.submit && (
                  <Button
                    size="small"
                    type="primary"
                    data-testid={`roster-submit-${r.id}`}
                    loading={submitRoster.isPending}
                    onClick={() => submitRoster.mutate(r.id)}
                  >
                    {t('q.roster.submit')}
                  </Button>
                )}
                {r.abilities.settle && (
                  <Button
                    size="small"
                    data-testid={`roster-settle-${r.id}`}
                    onClick={() => {
                      stForm.resetFields();
                      settle.reset();
                      setSettling(r);
                    }}
                  >
                    {t('q.roster.settle')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {viewing > 0 && <RosterView id={viewing} onClose={() => setViewing(0)} />}
      <Modal
        open={creating}
        title={t('q.roster.new')}
        onCancel={() => setCreating(false)}
        confirmLoading={create.isPending}
        okButtonProps={{ 'data-testid': 'roster-ok' }}
        width={560}
        onOk={async () => {
          const v = await form.validateFields();
          if (
            !(await succeeded(
              create.mutateAsync({
                grantId: v.grantId,
                startsOn: v.dates[0].format('YYYY-MM-DD'),
                endsOn: v.dates[1].format('YYYY-MM-DD'),
                members: lines(v.members),
              }),
            ))
          )
            return; // the modal shows the refusal
          message.success(t('q.roster.created'));
          setCreating(false);
        }}
      >
        <ServerError error={create.error} testId="roster-error" />
        <Form form={form} layout="vertical">
          <Form.Item name="grantId" label={t('q.roster.grant')} rules={[{ required: true }]}>
            <Select
              data-testid="roster-grant"
              options={mine.map((g) => ({ value: g.id, label: `${g.year} ${g.site}（${t('q.grant.available')} ${g.available}）` }))}
            />
          </Form.Item>
          <Form.Item name="dates" label={t('q.roster.dates')} rules={[{ required: true }]}>
            <DatePicker.RangePicker style={{ width: '100%' }} data-testid="roster-dates" />
          </Form.Item>
          <Form.Item name="members" label={t('q.roster.members')}>
            <Input.TextArea rows={6} data-testid="roster-members" />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={!!settling}
        title={`${t('q.roster.settle')} · ${settling?.title ?? ''}`}
        onCancel={() => setSettling(null)}
        confirmLoading={settle.isPending}
        okButtonProps={{ 'data-testid': 'settle-ok' }}
        onOk={async () => {
          const v = await stForm.validateFields();
          if (
            !(await succeeded(
              settle.mutateAsync({
                rosterId: settling!.id,
                persons: v.persons,
                amount: v.amount,
                members: lines(v.members),
                satisfaction: { responses: v.responses, satisfied: v.satisfied },
              }),
            ))
          )
            return; // the modal shows the refusal
          message.success(t('q.st.submitted'));
          setSettling(null);
        }}
      >
        <ServerError error={settle.error} testId="settle-error" />
        <Form form={stForm} layout="vertical">
          <Space>
            <Form.Item name="persons" label={t('q.st.persons')} rules={[{ required: true }]}>
              <InputNumber min={1} data-testid="settle-persons" />
            </Form.Item>
            <Form.Item name="amount" label={t('q.st.amount')} rules={[{ required: true }]}>
              <InputNumber min={0} data-testid="settle-amount" />
            </Form.Item>
          </Space>
          <Space>
            <Form.Item name="responses" label={t('q.st.responses')} rules={[{ required: true }]}>
              <InputNumber min={0} />
            </Form.Item>
            <Form.Item name="satisfied" label={t('q.st.satisfied')} rules={[{ required: true }]}>
              <InputNumber min={0} />
            </Form.Item>
          </Space>
          <Form.Item name="members" label={t('q.st.members')} rules={[{ required: true }]}>
            <Input.TextArea rows={5} data-testid="settle-members" />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}

// ---------------------------------------------------------------------------------------------

/** The district's half-year claim for its frontline trips (001 项目3 三(五)): preview, then file with the forms returned. */
function HalfYearModal({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const submit = useSubmitHalfYear();
  const [form] = Form.useForm();
  const [claim, setClaim] = useState<PeriodClaim | null>(null);
  const [previewError, setPreviewError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);
  const preview = async () => {
    const v = await form.validateFields(['year', 'period']);
    setLoading(true);
    setPreviewError(null);
    try {
      setClaim(await previewHalfYear({ year: v.year, period: v.period }));
    } catch (e) {
      setClaim(null);
      setPreviewError(e);
    } finally {
      setLoading(false);
    }
  };
  return (
    <Modal
      open
      width={760}
      title={t('q.st.halfYear')}
      onCancel={onClose}
      confirmLoading={submit.isPending}
      okText={t('q.st.file')}
      okButtonProps={{ 'data-testid': 'half-year-ok', disabled: !claim || !claim.rosters.length }}
      onOk={async () => {
        const v = await form.validateFields();
        if (
          !(await succeeded(
            submit.mutateAsync({
              year: v.year,
              period: v.period,
              amount: claim!.amount,
              satisfaction: { responses: v.responses ?? 0, satisfied: v.satisfied ?? 0 },
            }),
          ))
        )
          return;
        message.success(t('q.st.submitted'));
        onClose();
      }}
    >
      <Typography.Paragraph type="secondary">{t('q.st.halfYearHint')}</Typography.Paragraph>
      <ServerError error={previewError ?? submit.error} />
      <Form
        form={form}
        layout="inline"
        initialValues={{ year: dayjs().month() >= 6 ? dayjs().year() : dayjs().year() - 1, period: dayjs().month() >= 6 ? 'H1' : 'H2' }}
        onValuesChange={(ch) => {
          if ('year' in ch || 'period' in ch) setClaim(null);
        }}
      >
        <Form.Item name="year" label={t('q.year')} rules={[{ required: true }]}>
          <InputNumber min={2017} max={2100} data-testid="half-year-year" />
        </Form.Item>
        <Form.Item name="period" label={t('q.st.period')} rules={[{ required: true }]}>
          <Select
            data-testid="half-year-period"
            style={{ width: 170 }}
            options={(['H1', 'H2'] as const).map((p) => ({ value: p, label: t(`q.st.period.${p}` as MessageKey) }))}
          />
        </Form.Item>
        <Form.Item>
          <Button data-testid="half-year-preview" loading={loading} onClick={preview}>
            {t('q.st.preview')}
          </Button>
        </Form.Item>
        {claim && (
          <div style={{ width: '100%', marginTop: 12 }}>
            <Typography.Paragraph strong data-testid="half-year-total">
              {t('q.st.claimTotal', { rosters: claim.rosters.length, persons: claim.persons, amount: yuan(claim.amount) })}
            </Typography.Paragraph>
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={claim.rosters}
              columns={[
                { title: t('q.st.roster'), render: (_, r) => `${r.orgName} · ${r.title}` },
                { title: t('q.st.trip'), render: (_, r) => `${r.startsOn} — ${r.endsOn}` },
                { title: t('q.st.persons'), dataIndex: 'persons', align: 'right' },
                { title: t('q.st.perPerson'), dataIndex: 'perPerson', align: 'right' },
                { title: t('q.st.amount'), dataIndex: 'amount', align: 'right', render: yuan },
              ]}
            />
            <Space style={{ marginTop: 12 }}>
              <Form.Item name="responses" label={t('q.st.responses')} rules={[{ required: true }]}>
                <InputNumber min={0} max={claim.persons} data-testid="half-year-responses" />
              </Form.Item>
              <Form.Item name="satisfied" label={t('q.st.satisfied')} rules={[{ required: true }]}>
                <InputNumber min={0} max={claim.persons} data-testid="half-year-satisfied" />
              </Form.Item>
            </Space>
          </div>
        )}
      </Form>
    </Modal>
  );
}

function SettlementsTab() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const { data, error } = useSettlements();
  const act = useSettlementAction();
  const [paying, setPaying] = useState<Settlement | null>(null);
  const [halfYear, setHalfYear] = useState(false);
  const [form] = Form.useForm();
  return (
    <div data-testid="settlements-tab">
      <ServerError error={error ?? act.error} />
      <Space style={{ marginBottom: 12 }}>
        {me?.role === 'regional-officer' && can(me, 'pools.manage') && (
          <Button type="primary" data-testid="half-year-new" onClick={() => setHalfYear(true)}>
            {t('q.st.halfYear')}
          </Button>
        )}
        <ExportButton path="/quota-settlements/export.xlsx" testId="settlements-export" />
      </Space>
      {halfYear && <HalfYearModal onClose={() => setHalfYear(false)} />}
      <Table<Settlement>
        rowKey="id"
        size="small"
        dataSource={data?.items ?? []}
        pagination={false}
        expandable={{
          rowExpandable: (s) => s.rosters.length > 0,
          expandedRowRender: (s) => (
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={s.rosters}
              title={() => t('q.st.rosters')}
              columns={[
                { title: t('q.st.roster'), render: (_, r) => `${r.orgName} · ${r.title}` },
                { title: t('q.st.trip'), render: (_, r) => `${r.startsOn} — ${r.endsOn}` },
                { title: t('q.st.persons'), dataIndex: 'persons', align: 'right' },
              ]}
            />
          ),
        }}
        columns={[
          {
            title: t('q.st.roster'),
            render: (_, s) => (
              <span data-testid={`settlement-row-${s.id}`}>
                {s.orgName} · {s.rosterTitle}
              </span>
            ),
          },
          { title: t('q.st.provider'), dataIndex: 'providerName' },
          { title: t('q.st.persons'), dataIndex: 'persons', align: 'right' },
          { title: t('q.st.amount'), dataIndex: 'amount', align: 'right', render: yuan },
          {
            title: t('q.st.satisfaction'),
            render: (_, s) => t('q.st.satisfactionValue', { satisfied: s.satisfaction.satisfied, responses: s.satisfaction.responses }),
          },
          {
            title: t('q.state'),
            render: (_, s) => (
              <span>
                <Tag color={stColor[s.status]} data-testid={`settlement-status-${s.id}`} data-status={s.status}>
                  {t(`q.st.status.${s.status}` as MessageKey)}
                </Tag>
                {s.paidOn && (
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {t('q.st.paidNote', { date: s.paidOn, account: s.payeeAccount ?? '' })}
                  </Typography.Text>
                )}
              </span>
            ),
          },
          {
            title: t('common.actions'),
            render: (_, s) => (
              <Space>
                {s.abilities.rights && (
                  <Button
                    size="small"
                    type="primary"
                    data-testid={`settlement-rights-${s.id}`}
                    loading={act.isPending}
                    onClick={() => act.mutate({ id: s.id, action: 'rights' })}
                  >
                    {t('q.st.rights')}
                  </Button>
                )}
                {s.abilities.finance && (
                  <Button
                    size="small"
                    type="primary"
                    data-testid={`settlement-finance-${s.id}`}
                    loading={act.isPending}
                    onClick={() => act.mutate({ id: s.id, action: 'finance' })}
                  >
                    {t('q.st.finance')}
                  </Button>
                )}
                {s.abilities.pay && (
                  <Button
                    size="small"
                    type="primary"
                    data-testid={`settlement-pay-${s.id}`}
                    onClick={() => {
                      form.resetFields();
                      setPaying(s);
                    }}
                  >
                    {t('q.st.pay')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={!!paying}
        title={t('q.st.pay')}
        onCancel={() => setPaying(null)}
        confirmLoading={act.isPending}
        okButtonProps={{ 'data-testid': 'pay-ok' }}
        onOk={async () => {
          const v = await form.validateFields();
          if (!(await succeeded(act.mutateAsync({ id: paying!.id, action: 'pay', body: { reference: v.reference } })))) return; // the modal shows the refusal
          message.success(t('q.st.status.paid'));
          setPaying(null);
        }}
      >
        <Form form={form} layout="vertical">
          <Form.Item name="reference" label={t('q.st.reference')} rules={[{ required: true }]}>
            <Input data-testid="pay-reference" />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}

const billColor: Record<Bill['status'], string> = { issued: 'gold', disputed: 'red', confirmed: 'blue', paid: 'success', void: 'default' };

/** The platform's dispute and the union side's answer, under the bill's state. */
function BillDispute({ b }: { b: Bill }) {
  const { t } = useI18n();
  if (!b.disputeReason && b.revision === 1) return null;
  const small = { display: 'block', fontSize: 12 } as const;
  const moved = [...b.history].reverse().find((e) => e.action === 'move-out' || e.action === 'move-in');
  return (
    <span data-testid={`bill-dispute-${b.id}`}>
      {moved && (
        <Typography.Text type="secondary" style={small} data-testid={`bill-moved-${b.id}`}>
          {t(moved.action === 'move-out' ? 'q.bill.movedOutNote' : 'q.bill.movedInNote', { revision: moved.revision, reason: moved.reason ?? '' })}
        </Typography.Text>
      )}
      {b.disputeReason && (
        <Typography.Text type={b.status === 'disputed' ? 'danger' : 'secondary'} style={small}>
          {t('q.bill.disputeNote', { reason: b.disputeReason })}
        </Typography.Text>
      )}
      {b.status !== 'disputed' && b.answer && (
        <Typography.Text type="secondary" style={small}>
          {t(b.answer === 'reissued' ? 'q.bill.reissuedNote' : 'q.bill.rejectedNote', { revision: b.revision, reason: b.answerReason ?? '' })}
        </Typography.Text>
      )}
    </span>
  );
}

/** The union side's answer to a dispute: keep some lines and reissue, or reject the dispute; both with a reason. */
function AnswerDispute({ bill, onClose }: { bill: Bill; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const detail = useBill(bill.id);
  const act = useBillAction();
  const [form] = Form.useForm();
  const [how, setHow] = useState<'reissue' | 'reject-dispute'>('reissue');
  const lines = detail.data?.lines ?? [];
  const kept: string[] = Form.useWatch('members', form) ?? [];
  useEffect(() => {
    if (detail.data) form.setFieldsValue({ members: detail.data.lines.map((l) => l.memberNo) });
  }, [detail.data, form]);
  const share = detail.data ? detail.data.perPerson * kept.length : 0;
  return (
    <Modal
      open
      title={`${t('q.bill.answer')} · ${bill.no}`}
      onCancel={onClose}
      confirmLoading={act.isPending}
      okButtonProps={{ 'data-testid': 'bill-answer-ok', danger: how === 'reject-dispute' }}
      okText={t(how === 'reissue' ? 'q.bill.reissue' : 'q.bill.reject')}
      onOk={async () => {
        const v = await form.validateFields().catch(() => null); // the form names the missing field
        if (!v) return;
        const body = how === 'reissue' ? { reason: v.reason, members: v.members } : { reason: v.reason };
        if (!(await succeeded(act.mutateAsync({ id: bill.id, action: how, body })))) return; // the modal shows the refusal
        message.success(t(how === 'reissue' ? 'q.bill.reissued' : 'q.bill.rejected'));
        onClose();
      }}
    >
      <Typography.Paragraph>{t('q.bill.disputeNote', { reason: bill.disputeReason ?? '' })}</Typography.Paragraph>
      <ServerError error={act.error} testId="bill-answer-error" />
      <Radio.Group value={how} onChange={(e) => setHow(e.target.value)} style={{ marginBottom: 12 }} data-testid="bill-answer-how">
        <Radio value="reissue" data-testid="bill-answer-reissue">
          {t('q.bill.reissue')}
        </Radio>
        <Radio value="reject-dispute" data-testid="bill-answer-reject">
          {t('q.bill.reject')}
        </Radio>
      </Radio.Group>
      <Form form={form} layout="vertical">
        {how === 'reissue' && (
          <Form.Item
            name="members"
            label={t('q.bill.keep')}
            extra={t('q.bill.keepHint', { persons: kept.length, amount: yuan(share) })}
            rules={[{ required: true, type: 'array', min: 1 }]}
          >
            <Checkbox.Group
              data-testid="bill-answer-lines"
              style={{ display: 'flex', flexDirection: 'column' }}
              options={lines.map((l) => ({
                value: l.memberNo,
                label: (
                  <span data-testid={`bill-line-${l.memberNo}`}>
                    {l.row}. {l.memberNo} {l.name}（{l.orgName}）
                  </span>
                ),
              }))}
            />
          </Form.Item>
        )}
        <Form.Item
          name="reason"
          label={t(how === 'reissue' ? 'q.bill.reissueReason' : 'q.bill.rejectReason')}
          rules={[{ required: true, whitespace: true, min: 2, max: 500 }]}
        >
          <Input.TextArea rows={3} data-testid="bill-answer-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * The union side moves a worker's line to the bill of the platform they belong to (001 项目4 三: each platform bears its own
 * workers' checkups): pick the line, the platform and the reason; both bills are recomputed by the server.
 */
function MoveLine({ bill, onClose }: { bill: Bill; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const detail = useBill(bill.id);
  const move = useMoveBillLine();
  const [form] = Form.useForm();
  const lines = detail.data?.lines ?? [];
  const targets = detail.data?.moveTo ?? [];
  const left = Math.max(0, lines.length - 1);
  return (
    <Modal
      open
      title={`${t('q.bill.move')} · ${bill.no}`}
      onCancel={onClose}
      confirmLoading={move.isPending}
      okButtonProps={{ 'data-testid': 'bill-move-ok' }}
      okText={t('q.bill.move')}
      onOk={async () => {
        const v = await form.validateFields().catch(() => null); // the form names the missing field
        if (!v) return;
        const r = await move.mutateAsync({ id: bill.id, body: v }).catch(() => null);
        if (!r) return; // the modal shows the refusal
        message.success(t('q.bill.moved', { from: r.from.persons, to: r.to.platformName, persons: r.to.persons }));
        onClose();
      }}
    >
      <Typography.Paragraph type="secondary">{t('q.bill.moveHint', { platform: bill.platformName })}</Typography.Paragraph>
      <ServerError error={move.error} testId="bill-move-error" />
      <Form form={form} layout="vertical">
        <Form.Item name="memberNo" label={t('q.bill.moveLine')} rules={[{ required: true }]}>
          <Radio.Group
            data-testid="bill-move-lines"
            style={{ display: 'flex', flexDirection: 'column' }}
            options={lines.map((l) => ({
              value: l.memberNo,
              label: (
                <span data-testid={`bill-move-line-${l.memberNo}`}>
                  {l.row}. {l.memberNo} {l.name}（{l.orgName}）
                </span>
              ),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="toPlatformOrgId"
          label={t('q.bill.moveTo')}
          rules={[{ required: true }]}
          extra={t(left ? 'q.bill.moveLeft' : 'q.bill.moveVoid', { persons: left, amount: yuan(bill.perPerson * left) })}
        >
          <Select data-testid="bill-move-to" options={targets.map((o) => ({ value: o.orgId, label: o.name }))} />
        </Form.Item>
        <Form.Item name="reason" label={t('q.bill.moveReason')} rules={[{ required: true, whitespace: true, min: 2, max: 500 }]}>
          <Input.TextArea rows={3} data-testid="bill-move-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 平台结算单 (001 项目4 三 “费用由相关平台企业承担”): the platform confirms its bills; the provider or the federation records the payment. */
function BillsTab() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { data, error } = useBills();
  const act = useBillAction();
  const [paying, setPaying] = useState<Bill | null>(null);
  const [disputing, setDisputing] = useState<Bill | null>(null);
  const [answering, setAnswering] = useState<Bill | null>(null);
  const [moving, setMoving] = useState<Bill | null>(null);
  const [form] = Form.useForm();
  const [dForm] = Form.useForm();
  return (
    <div data-testid="bills-tab">
      <Typography.Paragraph type="secondary">{t('q.bill.hint')}</Typography.Paragraph>
      <div style={{ marginBottom: 12 }}>
        <ExportButton path="/quota-bills/export.xlsx" testId="bills-export" />
      </div>
      <ServerError error={error ?? act.error} />
      <Table<Bill>
        rowKey="id"
        size="small"
        dataSource={data?.items ?? []}
        pagination={{ pageSize: 20 }}
        columns={[
          {
            title: t('q.bill.platform'),
            dataIndex: 'platformName',
            render: (v, b) => (
              <span data-testid={`bill-row-${b.id}`}>
                {v}
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {b.no}
                  {b.revision > 1 ? ` · ${t('q.bill.revision', { revision: b.revision })}` : ''}
                </Typography.Text>
              </span>
            ),
          },
          { title: t('q.offer.code'), render: (_, b) => `${b.year} ${b.title}` },
          { title: t('q.org'), dataIndex: 'orgName' },
          { title: t('q.bill.date'), render: (_, b) => (b.startsOn === b.endsOn ? b.startsOn : `${b.startsOn} — ${b.endsOn}`) },
          { title: t('q.st.persons'), dataIndex: 'persons', align: 'right' },
          {
            title: t('q.bill.perPerson'),
            render: (_, b) => t('q.bill.perPersonValue', { price: yuan(b.price), subsidy: yuan(b.citySubsidy), share: yuan(b.perPerson) }),
          },
          { title: t('q.bill.amount'), dataIndex: 'amount', align: 'right', render: (v, b) => <span data-testid={`bill-amount-${b.id}`}>{yuan(v)}</span> },
          {
            title: t('q.state'),
            render: (_, b) => (
              <span>
                <Tag color={billColor[b.status]} data-testid={`bill-status-${b.id}`} data-status={b.status}>
                  {t(`q.bill.status.${b.status}` as MessageKey)}
                </Tag>
                {b.paidOn && (
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {t('q.bill.paidNote', { date: b.paidOn, reference: b.paymentReference ?? '' })}
                  </Typography.Text>
                )}
                <BillDispute b={b} />
              </span>
            ),
          },
          {
            title: t('common.actions'),
            render: (_, b) => (
              <Space>
                {b.abilities.confirm && (
                  <Button
                    size="small"
                    type="primary"
                    data-testid={`bill-confirm-${b.id}`}
                    loading={act.isPending}
                    onClick={() => act.mutate({ id: b.id, action: 'confirm' }, { onSuccess: () => message.success(t('q.bill.status.confirmed')) })}
                  >
                    {t('q.bill.confirm')}
                  </Button>
                )}
                {b.abilities.dispute && (
                  <Button
                    size="small"
                    danger
                    data-testid={`bill-dispute-btn-${b.id}`}
                    onClick={() => {
                      dForm.resetFields();
                      act.reset();
                      setDisputing(b);
                    }}
                  >
                    {t('q.bill.dispute')}
                  </Button>
                )}
                {b.abilities.answer && (
                  <Button
                    size="small"
                    type="primary"
                    data-testid={`bill-answer-${b.id}`}
                    onClick={() => {
                      act.reset();
                      setAnswering(b);
                    }}
                  >
                    {t('q.bill.answer')}
                  </Button>
                )}
                {b.abilities.move && (
                  <Button size="small" data-testid={`bill-move-${b.id}`} onClick={() => setMoving(b)}>
                    {t('q.bill.move')}
                  </Button>
                )}
                {b.abilities.pay && (
                  <Button
                    size="small"
                    type="primary"
                    data-testid={`bill-pay-${b.id}`}
                    onClick={() => {
                      form.resetFields();
                      act.reset();
                      setPaying(b);
                    }}
                  >
                    {t('q.bill.pay')}
                  </Button>
                )}
                <Button size="small" href={fileUrl(`/quota-bills/${b.id}/sheet`)} data-testid={`bill-sheet-${b.id}`}>
                  {t('q.bill.sheet')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={!!paying}
        title={t('q.bill.pay')}
        onCancel={() => setPaying(null)}
        confirmLoading={act.isPending}
        okButtonProps={{ 'data-testid': 'bill-pay-ok' }}
        onOk={async () => {
          const v = await form.validateFields();
          if (!(await succeeded(act.mutateAsync({ id: paying!.id, action: 'pay', body: { reference: v.reference } })))) return; // the modal shows the refusal
          message.success(t('q.bill.status.paid'));
          setPaying(null);
        }}
      >
        {paying && (
          <Typography.Paragraph>
            {t('q.bill.payHint', { platform: paying.platformName, amount: yuan(paying.amount), provider: paying.providerName })}
          </Typography.Paragraph>
        )}
        <Form form={form} layout="vertical">
          <Form.Item name="reference" label={t('q.bill.reference')} rules={[{ required: true, whitespace: true, max: 60 }]}>
            <Input data-testid="bill-pay-reference" />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={!!disputing}
        title={`${t('q.bill.dispute')} · ${disputing?.no ?? ''}`}
        onCancel={() => setDisputing(null)}
        confirmLoading={act.isPending}
        okButtonProps={{ 'data-testid': 'bill-dispute-ok', danger: true }}
        onOk={async () => {
          const v = await dForm.validateFields().catch(() => null); // the form names the missing field
          if (!v) return;
          if (!(await succeeded(act.mutateAsync({ id: disputing!.id, action: 'dispute', body: { reason: v.reason } })))) return; // the modal shows the refusal
          message.success(t('q.bill.status.disputed'));
          setDisputing(null);
        }}
      >
        {disputing && (
          <Typography.Paragraph>
            {t('q.bill.disputeHint', { provider: disputing.providerName, amount: yuan(disputing.amount), persons: disputing.persons })}
          </Typography.Paragraph>
        )}
        <Form form={dForm} layout="vertical">
          <Form.Item name="reason" label={t('q.bill.disputeReason')} rules={[{ required: true, whitespace: true, min: 2, max: 500 }]}>
            <Input.TextArea rows={3} data-testid="bill-dispute-reason" />
          </Form.Item>
        </Form>
      </Modal>
      {answering && <AnswerDispute bill={answering} onClose={() => setAnswering(null)} />}
      {moving && <MoveLine bill={moving} onClose={() => setMoving(null)} />}
    </div>
  );
}

const tabs = ['pools', 'grants', 'offers', 'requests', 'rosters', 'settlements', 'bills'] as const;

/** 名额与名册: one page, a tab per step of the place programs. */
export default function PlacesPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const { data: me } = useMe();
  // A platform's officer (pools.bills without pools.read) sees its bills only.
  const shown = can(me, 'pools.read') ? tabs : (['bills'] as const);
  const tab = (shown as readonly string[]).includes(params.get('tab') ?? '') ? params.get('tab')! : shown[0];
  const body: Record<string, React.ReactNode> = {
    pools: <PoolsTab />,
    grants: <GrantsTab />,
    offers: <OffersTab />,
    requests: <RequestsTab />,
    rosters: <RostersTab />,
    settlements: <SettlementsTab />,
    bills: <BillsTab />,
  };
  return (
    <div data-testid="places-page">
      <PageHeader title={t('q.title')} sub={t('q.sub')} />
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams({ tab: k }, { replace: true })}
        destroyInactiveTabPane
        items={shown.map((k) => ({ key: k, label: <span data-testid={`places-tab-${k}`}>{t(`q.tab.${k}` as MessageKey)}</span>, children: body[k] }))}
      />
    </div>
  );
}
