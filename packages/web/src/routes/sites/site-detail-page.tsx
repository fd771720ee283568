// One site: details, photos, its application and grant, the on-site checklist, acceptance, plaque,
// yellow and red cards (printable), its service log and its history.
import { useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Descriptions,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { api, fileUrl } from '../../api/client.ts';
import type { JsonSchema } from '../../api/policy.ts';
import { useProgramForm } from '../../api/programs.ts';
import { formBody, SchemaFields } from '../../components/schema-form.tsx';
import { useChecklist, useSite, useSiteAction, type Inspection, type ServiceKind, type SiteDetail } from '../../api/sites.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PageHeader } from '../../components/page.tsx';
import { ServerError } from '../../components/server-error.tsx';
import { PhotoUpload } from './photo-upload.tsx';
import { kindLabel, StatusTag, subkindLabel, useTx } from './sites-ui.tsx';

const yuan = (n: number) => `¥${n.toLocaleString('zh-CN', { minimumFractionDigits: 2 })}`;

function InspectModal({ site, open, onClose }: { site: SiteDetail; open: boolean; onClose: () => void }) {
  const tx = useTx();
  const { pick } = useI18n();
  const listed = ['accepted', 'plaqued', 'yellow-card'].includes(site.status);
  const [on, setOn] = useState(dayjs().format('YYYY-MM-DD'));
  const [inspector, setInspector] = useState('');
  const [photos, setPhotos] = useState<number[]>([]);
  const [answers, setAnswers] = useState<Record<string, { met: boolean; value?: number; choice?: string }>>({});
  const list = useChecklist(site.id, on, open);
  const act = useSiteAction(site.id);
  const [result, setResult] = useState<Inspection | null>(null);
  // The checklist follows the chosen date (the policy version in force that day); the submit waits for
  // that day's list, so answers are never sent against an empty or an earlier day's list.
  const items = list.data?.items ?? [];
  const submit = async () => {
    const body = {
      purpose: listed ? 'spot-check' : 'acceptance',
      inspectedOn: on,
      inspector,
      photoIds: photos,
      answers: items.map((i) => {
        const a = answers[i.code] ?? { met: false };
        const met = i.answer === 'number' ? (a.value ?? 0) >= (i.min ?? 1) : i.answer === 'choice' ? !!a.choice && a.choice !== 'none' : a.met;
        return { code: i.code, met, ...(a.value !== undefined ? { value: a.value } : {}), ...(a.choice ? { choice: a.choice } : {}) };
      }),
    };
    setResult((await act.mutateAsync({ path: 'inspections', body })) as Inspection);
  };
  const set = (code: string, v: Partial<{ met: boolean; value: number; choice: string }>) =>
    setAnswers((a) => ({ ...a, [code]: { met: false, ...a[code], ...v } }));
  return (
    <Modal
      open={open}
      onCancel={() => {
        setResult(null);
        onClose();
      }}
      width={760}
      title={listed ? tx('现场抽查', 'Spot check') : tx('现场核查（验收）', 'On-site acceptance check')}
      footer={null}
      destroyOnHidden
    >
      {result ? (
        <div data-testid="inspection-result">
          {result.passed ? (
            <Alert type="success" showIcon message={tx('核查合格', 'Passed')} />
          ) : (
            <Alert
              type="error"
              showIcon
              message={tx('核查未通过', 'Not passed')}
              description={
                <ul data-testid="inspection-reasons">
                  {result.reasons.map((r) => (
                    <li key={r.code}>{pick(r)}</li>
                  ))}
                </ul>
              }
            />
          )}
          <Button
            style={{ marginTop: 12 }}
            onClick={() => {
              setResult(null);
              onClose();
            }}
            data-testid="inspection-close"
          >
            {tx('关闭', 'Close')}
          </Button>
        </div>
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Space wrap>
            <span>{tx('核查日期', 'Date')}</span>
            <DatePicker value={dayjs(on)} onChange={(d) => d && setOn(d.format('YYYY-MM-DD'))} allowClear={false} data-testid="inspection-date" />
            <Input
              placeholder={tx('检查人', 'Inspector')}
              value={inspector}
              onChange={(e) => setInspector(e.target.value)}
              style={{ width: 220 }}
              data-testid="inspector"
            />
          </Space>
          {list.data && (
            <Typography.Text type="secondary" data-testid="checklist-source">
              {list.data.program
                ? tx(`按政策标准生成（${list.data.policy} 版）：${items[0]?.source ?? ''}`, `Generated from the policy criteria (${list.data.policy})`)
                : tx('本类阵地没有政策标准，按登记信息核查', 'No policy criteria for this kind: the register’s items')}
            </Typography.Text>
          )}
          <Table
            size="small"
            rowKey="code"
            pagination={false}
            loading={list.isLoading}
            dataSource={items}
            data-testid="checklist"
            columns={[
              { title: tx('核查项目', 'Item'), render: (_, i) => pick(i) },
              {
                title: tx('现场情况', 'Found'),
                width: 240,
                render: (_, i) =>
                  i.answer === 'number' ? (
                    <InputNumber
                      min={0}
                      value={answers[i.code]?.value}
                      onChange={(v) => set(i.code, { value: v ?? undefined })}
                      addonAfter={tx(`≥ ${i.min}`, `≥ ${i.min}`)}
                      data-testid={`check-${i.code}`}
                    />
                  ) : i.answer === 'choice' ? (
                    <Select
                      style={{ width: 180 }}
                      value={answers[i.code]?.choice}
                      onChange={(v) => set(i.code, { choice: v })}
                      options={i.choices!.map((c) => ({ value: c.value, label: pick(c) }))}
                      data-testid={`check-${i.code}`}
                    />
                  ) : (
                    <Checkbox checked={!!answers[i.code]?.met} onChange={(e) => set(i.code, { met: e.target.checked })} data-testid={`check-${i.code}`}>
                      {tx('符合', 'Met')}
                    </Checkbox>
                  ),
              },
            ]}
          />
          <PhotoUpload value={photos} onChange={setPhotos} testId="inspection-photo" label={tx('上传现场照片', 'Upload on-site photos')} />
          {act.error && <ServerError error={act.error} />}
          <Button
            type="primary"
            onClick={submit}
            loading={act.isPending}
            disabled={!inspector.trim() || !list.data || list.isFetching}
            data-testid="inspection-submit"
          >
            {tx('提交核查结果', 'Submit the check')}
          </Button>
        </Space>
      )}
    </Modal>
  );
}

/** The programs a site of each kind applies to (the form of each is the server's adapter). */
const applyPrograms: Partial<Record<SiteDetail['kind'], string[]>> = {
  'driver-home': ['driver-home-grant'],
  'health-point': ['health-point-standard', 'health-point-grant'],
  canteen: ['canteen-standard'],
  'culture-team': ['culture-team-grant'],
  'nursing-room': ['nursing-room-subsidy'],
  'childcare-studio': ['childcare-subsidy'],
};
type ProgramItem = { id: number; program: string; title: string; year: number; status: string; abilities: { apply: boolean } };

/** The published form without the fields the page fills itself (the site applied for is the one on screen). */
function withoutFields(schema: JsonSchema, names: string[]): JsonSchema {
  const properties = Object.fromEntries(Object.entries(schema.properties ?? {}).filter(([k]) => !names.includes(k)));
  return {
    ...schema,
    properties,
    required: (schema.required ?? []).filter((k) => !names.includes(k)),
    ...(schema['x-order'] ? { 'x-order': schema['x-order'].filter((k) => !names.includes(k)) } : {}),
  };
}

/**
 * The unit's application for a site, drawn from the program's published form (GET /programs/:id/form,
 * the one renderer components/schema-form.tsx: issue 13 §4), started with what the register knows of
 * the site (its kind, opening hours, size, first contact).
 */
function ApplyModal({ site, open, onClose }: { site: SiteDetail; open: boolean; onClose: () => void }) {
  const tx = useTx();
  const qc = useQueryClient();
  const codes = applyPrograms[site.kind] ?? [];
  const programs = useQuery({
    queryKey: ['programs', ...codes],
    enabled: open,
    queryFn: async () => (await Promise.all(codes.map((program) => api.get<{ items: ProgramItem[] }>('/programs', { program })))).flatMap((r) => r.items),
  });
  const [formDoc, setFormDoc] = useState<number[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm();
  const programId = Form.useWatch('programId', form) as number | undefined;
  const values = Form.useWatch([], form) as Record<string, unknown> | undefined;
  const published = useProgramForm(programId);
  const schema = useMemo(() => (published.data ? withoutFields(published.data.schema, ['siteId']) : undefined), [published.data]);
  const micro = site.subkind !== 'comprehensive';
  const open_ = programs.data?.filter((p) => p.abilities.apply) ?? [];
  useEffect(() => {
    if (!schema) return;
    const contact = site.contacts[0];
    const known: Record<string, unknown> = {
      kind: micro ? 'micro' : 'comprehensive',
      openingHours: site.openingHours,
      serviceHours: site.openingHours,
      areaSqm: site.sizeM2,
      stationMaster: contact?.name,
      stationMasterMobile: contact?.phone,
      manager: contact?.name,
      contactName: contact?.name,
      leader: contact?.name,
    };
    const fill = Object.fromEntries(
      Object.keys(schema.properties ?? {})
        .filter((k) => known[k] != null && form.getFieldValue(k) === undefined)
        .map((k) => [k, known[k]]),
    );
    form.setFieldsValue(fill);
  }, [schema, site, micro, form]);
  const submit = async (v: Record<string, unknown>) => {
    if (!schema) return;
    setError(null);
    setBusy(true);
    try {
      await api.post('/applications', {
        programId: v.programId,
        ...(site.org.id ? { applicantOrgId: site.org.id } : {}),
        form: { siteId: site.id, ...formBody(schema, v) },
        documentIds: formDoc,
      });
      await qc.invalidateQueries({ queryKey: ['sites'] });
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const titles: Record<string, [string, string]> = {
    'health-point': ['职工健康服务点申报', 'Health point application'],
    canteen: ['本市一线职工食堂新建项目情况申报表', 'New frontline canteen application'],
    'culture-team': ['职工示范性文艺团队申报', 'Model culture team application'],
    'nursing-room': ['爱心妈咪小屋助推补贴申请', 'Nursing room subsidy application'],
    'childcare-studio': ['亲子工作室助推补贴申请', 'Childcare studio subsidy application'],
  };
  const title =
    site.kind === 'driver-home'
      ? tx(micro ? '微型“工会司机之家”创建申报表（附件2-7-1）' : '综合型“工会司机之家”创建申报表（附件2-7-2）', 'Driver home application form')
      : tx(...(titles[site.kind] ?? ['申报', 'Application']));
  return (
    <Modal open={open} onCancel={onClose} width={760} footer={null} title={title} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit} data-testid="apply-form" scrollToFirstError>
        <Form.Item name="programId" label={tx('申报项目', 'Program')} rules={[{ required: true }]}>
          <Select
            data-testid="apply-program"
            options={open_.map((p) => ({ value: p.id, label: `${p.year} ${p.title}` }))}
            notFoundContent={tx('没有正在受理的项目（受理时间外）', 'No program open for applications now')}
          />
        </Form.Item>
        {published.error != null && <ServerError error={published.error} />}
        {schema && (
          <div style={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', columnGap: 12 }} data-testid="apply-fields">
            <SchemaFields schema={schema} values={values} testIdPrefix="apply" />
          </div>
        )}
        {site.kind === 'driver-home' && (
          <Form.Item label={tx('创建申报表（盖章扫描件，PDF 或图片）', 'The stamped application form (PDF or image)')} required>
            <PhotoUpload
              value={formDoc}
              onChange={setFormDoc}
              type="site-application-form"
              accept="application/pdf,image/jpeg,image/png"
              testId="apply-form-doc"
              label={tx('上传申报表', 'Upload the form')}
            />
          </Form.Item>
        )}
        {error != null && <ServerError error={error} />}
        <Button type="primary" htmlType="submit" loading={busy || (!!programId && published.isLoading)} disabled={!schema} data-testid="apply-submit">
          {tx('提交申报', 'Submit')}
        </Button>
      </Form>
    </Modal>
  );
}

function CardModal({ site, kind, open, onClose }: { site: SiteDetail; kind: 'yellow-card' | 'red-card'; open: boolean; onClose: () => void }) {
  const tx = useTx();
  const act = useSiteAction(site.id);
  const [form] = Form.useForm();
  const submit = async (v: any) => {
    const lines = String(v.lines)
      .split('\n')
      .map((x) => x.trim())
      .filter(Boolean);
    await act.mutateAsync({ path: kind, body: kind === 'yellow-card' ? { items: lines, deadline: v.deadline.format('YYYY-MM-DD') } : { reasons: lines } });
    onClose();
  };
  return (
    <Modal
      open={open}
      onCancel={onClose}
      footer={null}
      title={kind === 'yellow-card' ? tx('黄牌：整改通知书', 'Yellow card: notice to fix') : tx('红牌：摘牌通知书', 'Red card: de-listing notice')}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} data-testid={`${kind}-form`}>
        <Form.Item
          name="lines"
          label={kind === 'yellow-card' ? tx('整改事项（每行一项）', 'What to fix (one per line)') : tx('摘牌原因（每行一项）', 'Reasons (one per line)')}
          rules={[{ required: true }]}
        >
          <Input.TextArea rows={4} data-testid={`${kind}-lines`} />
        </Form.Item>
        {kind === 'yellow-card' && (
          <Form.Item name="deadline" label={tx('整改期限', 'Fix by')} rules={[{ required: true }]}>
            <DatePicker data-testid="yellow-card-deadline" />
          </Form.Item>
        )}
        {act.error && <ServerError error={act.error} />}
        <Button type="primary" danger={kind === 'red-card'} htmlType="submit" loading={act.isPending} data-testid={`${kind}-submit`}>
          {tx('下发通知书', 'Issue the notice')}
        </Button>
      </Form>
    </Modal>
  );
}

/**
 * Acceptance of a health point with the city's grant (001 项目1 三(四)): the district union's and the
 * street (park, building) union's matching, each not less than the city's 15,000 (1:1:1).
 */
function AcceptModal({ site, open, onClose }: { site: SiteDetail; open: boolean; onClose: () => void }) {
  const tx = useTx();
  const act = useSiteAction(site.id);
  const [form] = Form.useForm();
  const submit = async (v: { district: number; street: number; comment?: string }) => {
    try {
      await act.mutateAsync({ path: 'accept', body: { matching: { district: v.district, street: v.street }, ...(v.comment ? { comment: v.comment } : {}) } });
      onClose();
    } catch {
      // Shown below the form (act.error), naming the share that is short.
    }
  };
  return (
    <Modal open={open} onCancel={onClose} footer={null} title={tx('验收合格：登记配套经费', 'Accept: record the matching funds')} destroyOnHidden>
      <Typography.Paragraph type="secondary">
        {tx(
          '市总工会对评估合格的新增健康服务点一次性给予 1.5 万元项目经费，区总工会和街镇（园区、楼宇）工会按不低于 1:1:1 落实配套经费（沪工总办〔2022〕15号 项目1 三(四)）。',
          'The federation gives 15,000 to each new health point; the district and street unions match it at least 1:1:1.',
        )}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit} data-testid="accept-form">
        <Form.Item name="district" label={tx('区总工会配套经费（元）', 'District union’s matching (yuan)')} rules={[{ required: true }]}>
          <InputNumber min={0} precision={2} style={{ width: '100%' }} data-testid="accept-district" />
        </Form.Item>
        <Form.Item name="street" label={tx('街镇（园区、楼宇）工会配套经费（元）', 'Street union’s matching (yuan)')} rules={[{ required: true }]}>
          <InputNumber min={0} precision={2} style={{ width: '100%' }} data-testid="accept-street" />
        </Form.Item>
        <Form.Item name="comment" label={tx('验收意见', 'Comment')}>
          <Input />
        </Form.Item>
        {act.error && <ServerError error={act.error} />}
        <Button type="primary" htmlType="submit" loading={act.isPending} data-testid="accept-submit">
          {tx('验收合格', 'Accept')}
        </Button>
      </Form>
    </Modal>
  );
}

const actionNames: Record<string, [string, string]> = {
  register: ['登记', 'Registered'],
  update: ['修改', 'Changed'],
  'inspect-passed': ['现场核查合格', 'Check passed'],
  'inspect-failed': ['现场核查未通过', 'Check failed'],
  'spot-check': ['抽查', 'Spot check'],
  accept: ['验收合格', 'Accepted'],
  plaque: ['挂牌', 'Plaqued'],
  'yellow-card': ['黄牌整改', 'Yellow card'],
  'red-card': ['红牌摘牌', 'Red card'],
  'lift-yellow': ['整改完成', 'Fixed'],
  close: ['关闭', 'Closed'],
};

// The service log (issue 11 §2): what a running site did, where its standard asks for it — a health point's
// weekly half-day consultations, monthly visits, lectures every two months and notices posted ahead (001 项目1
// 两固三定; 002 四固三定), Jiading's appointments. The site's union (and those above it) log; all who see the site read.
const serviceKinds: Record<ServiceKind, [string, string]> = {
  consultation: ['健康咨询（半天）', 'Consultation (half day)'],
  visit: ['走访', 'Visit'],
  lecture: ['健康讲座', 'Lecture'],
  notice: ['服务公告', 'Notice posted'],
  appointment: ['预约服务', 'Appointment'],
  activity: ['活动', 'Activity'],
  other: ['其他', 'Other'],
};

function ServiceLogCard({ site }: { site: SiteDetail }) {
  const tx = useTx();
  const act = useSiteAction(site.id);
  const [on, setOn] = useState(dayjs().format('YYYY-MM-DD'));
  const [kind, setKind] = useState<ServiceKind>('consultation');
  const [description, setDescription] = useState('');
  const [attendees, setAttendees] = useState<number | null>(null);
  const running = ['accepted', 'plaqued', 'yellow-card'].includes(site.status);
  return (
    <Card title={tx('服务记录', 'Service log')} style={{ marginTop: 16 }} data-testid="site-service-log">
      {site.abilities.edit && running && (
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <DatePicker
            value={dayjs(on)}
            onChange={(d) => d && setOn(d.format('YYYY-MM-DD'))}
            allowClear={false}
            style={{ width: 140 }}
            data-testid="service-date"
          />
          <Select
            value={kind}
            onChange={setKind}
            style={{ width: 160 }}
            options={Object.entries(serviceKinds).map(([k, v]) => ({ value: k, label: tx(...v) }))}
            data-testid="service-kind"
          />
          <InputNumber
            min={0}
            max={100000}
            value={attendees}
            onChange={(v) => setAttendees(v)}
            placeholder={tx('人次', 'People')}
            style={{ width: 90 }}
            data-testid="service-attendees"
          />
          <Input
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            maxLength={300}
            placeholder={tx('服务内容（如：社区医生坐诊，咨询 12 人次）', 'What was done')}
            style={{ flex: 1, minWidth: 200 }}
            data-testid="service-description"
          />
          <Button
            type="primary"
            loading={act.isPending}
            data-testid="service-add"
            onClick={() =>
              act.mutate(
                { path: 'service-log', body: { onDate: on, kind, description: description.trim(), ...(attendees != null ? { attendees } : {}) } },
                {
                  onSuccess: () => {
                    setDescription('');
                    setAttendees(null);
                  },
                },
              )
            }
          >
            {tx('登记', 'Log')}
          </Button>
        </Flex>
      )}
      {act.error != null && <ServerError error={act.error} testId="service-error" />}
      <Table
        size="small"
        rowKey="id"
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        dataSource={site.serviceLog}
        data-testid="service-table"
        locale={{ emptyText: running ? tx('尚无服务记录', 'Nothing logged yet') : tx('阵地未在运行', 'The site is not running') }}
        columns={[
          { title: tx('日期', 'Date'), dataIndex: 'onDate', width: 110 },
          { title: tx('类型', 'Kind'), dataIndex: 'kind', width: 130, render: (k: ServiceKind) => tx(...serviceKinds[k]) },
          { title: tx('内容', 'What'), dataIndex: 'description' },
          { title: tx('人次', 'People'), dataIndex: 'attendees', width: 70, align: 'right', render: (v: number | null) => v ?? '—' },
        ]}
      />
    </Card>
  );
}

export default function SiteDetailPage() {
  const id = Number(useParams().id);
  const { pick } = useI18n();
  const tx = useTx();
  const site = useSite(id);
  const act = useSiteAction(id);
  const [modal, setModal] = useState<null | 'inspect' | 'apply' | 'yellow-card' | 'red-card' | 'accept'>(null);
  if (site.error) return <ServerError error={site.error} />;
  const s = site.data;
  if (!s) return <Card loading />;
  const ab = s.abilities;
  // The 2022 health point grant asks for the 1:1:1 matching at acceptance (the engine names the minima).
  const needsMatching = s.kind === 'health-point' && !!s.application && 'minDistrictMatch' in ((s.application.evaluation as any)?.output ?? {});
  const canApply = ab.edit && s.status === 'applied' && !s.application && !!applyPrograms[s.kind];
  const simple = (path: string, body: unknown, label: string, testId: string, danger = false) => (
    <Button danger={danger} loading={act.isPending} onClick={() => act.mutate({ path, body })} data-testid={testId}>
      {label}
    </Button>
  );
  return (
    <>
      <PageHeader
        title={
          <span>
            {s.name} <StatusTag status={s.status} />
          </span>
        }
        sub={`${s.no} · ${pick(kindLabel[s.kind])}${s.subkind ? `（${pick(subkindLabel(s.kind, s.subkind))}）` : ''}`}
        extra={
          <>
            {canApply && (
              <Button type="primary" onClick={() => setModal('apply')} data-testid="site-apply">
                {tx('申报补助', 'Apply for the grant')}
              </Button>
            )}
            {ab.inspect && (
              <Button type="primary" onClick={() => setModal('inspect')} data-testid="site-inspect">
                {['accepted', 'plaqued', 'yellow-card'].includes(s.status) ? tx('现场抽查', 'Spot check') : tx('现场核查', 'Check on site')}
              </Button>
            )}
            {ab.accept &&
              (needsMatching ? (
                <Button onClick={() => setModal('accept')} data-testid="site-accept">
                  {tx('验收合格', 'Accept')}
                </Button>
              ) : (
                simple('accept', {}, tx('验收合格', 'Accept'), 'site-accept')
              ))}
            {ab.plaque && simple('plaque', {}, tx('颁发铭牌', 'Issue the plaque'), 'site-plaque')}
            {ab.yellowCard && (
              <Button onClick={() => setModal('yellow-card')} data-testid="site-yellow">
                {tx('黄牌整改', 'Yellow card')}
              </Button>
            )}
            {ab.lift && simple('lift-yellow', { comment: tx('复查整改到位', 'Fixed on re-check') }, tx('整改完成', 'Fixed'), 'site-lift')}
            {ab.redCard && (
              <Button danger onClick={() => setModal('red-card')} data-testid="site-red">
                {tx('红牌摘牌', 'Red card')}
              </Button>
            )}
          </>
        }
      />
      {act.error && <ServerError error={act.error} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={tx('基本信息', 'Details')}>
            <Descriptions
              size="small"
              column={{ xs: 1, sm: 2 }}
              items={[
                { key: 'org', label: tx('所属工会', 'Union'), children: s.org.name },
                { key: 'region', label: tx('区局', 'District'), children: s.region?.name ?? '—' },
                { key: 'address', label: tx('地址', 'Address'), children: s.address },
                { key: 'coords', label: tx('经纬度', 'Coordinates'), children: s.lon != null ? `${s.lon}, ${s.lat}` : '—' },
                { key: 'size', label: tx('面积', 'Area'), children: s.sizeM2 != null ? `${s.sizeM2} m²` : '—' },
                { key: 'hours', label: tx('开放时间', 'Hours'), children: s.openingHours ?? '—' },
                { key: 'contacts', label: tx('联系人', 'Contacts'), children: s.contacts.map((c) => `${c.role} ${c.name} ${c.phone}`).join('；') || '—' },
                { key: 'year', label: tx('资助年度 / 挂牌年度', 'Funded / plaqued'), children: `${s.fundedYear ?? '—'} / ${s.plaqueYear ?? '—'}` },
                ...(s.yellowDeadline ? [{ key: 'deadline', label: tx('整改期限', 'Fix by'), children: <Tag color="gold">{s.yellowDeadline}</Tag> }] : []),
              ]}
            />
            <Space wrap style={{ marginTop: 8 }}>
              {s.photos.map((p) => (
                <a key={p.id} href={fileUrl(`/sites/${s.id}/photos/${p.id}`)} target="_blank" rel="noreferrer">
                  <Tag>{p.fileName}</Tag>
                </a>
              ))}
            </Space>
          </Card>
          <Card title={tx('现场核查记录', 'Inspections')} style={{ marginTop: 16 }} data-testid="site-inspections">
            {s.inspections.length === 0 ? (
              <Empty description={tx('尚无核查', 'No inspection yet')} />
            ) : (
              s.inspections.map((i) => (
                <Alert
                  key={i.id}
                  style={{ marginBottom: 8 }}
                  type={i.passed ? 'success' : 'warning'}
                  showIcon
                  message={`${i.inspectedOn} ${i.purpose === 'acceptance' ? tx('验收核查', 'acceptance') : tx('抽查', 'spot check')} · ${i.inspector}${i.org ? `（${i.org.name}）` : ''} · ${i.passed ? tx('合格', 'passed') : tx('未通过', 'not passed')} · ${tx(`照片 ${i.photoIds.length} 张`, `${i.photoIds.length} photos`)}`}
                  description={
                    i.reasons.length ? (
                      <ul style={{ margin: 0 }}>
                        {i.reasons.map((r) => (
                          <li key={r.code}>{pick(r)}</li>
                        ))}
                      </ul>
                    ) : undefined
                  }
                />
              ))
            )}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={tx('申报与补助', 'Application and grant')} data-testid="site-application">
            {s.application ? (
              <Descriptions
                size="small"
                column={1}
                items={[
                  { key: 'no', label: tx('申请编号', 'Application'), children: <Link to={`/applications/${s.application.id}`}>{s.application.no}</Link> },
                  {
                    key: 'status',
                    label: tx('状态', 'Status'),
                    children: (
                      <span data-testid="site-application-status">
                        {s.application.status === 'approved'
                          ? tx('已通过', 'Approved')
                          : s.application.status === 'in-review'
                            ? tx(`审核中（${s.application.stepLevel === 'regional' ? '区局现场核查' : '市总验收'}）`, `In review (${s.application.stepLevel})`)
                            : s.application.status}
                      </span>
                    ),
                  },
                  {
                    key: 'amount',
                    label: tx('补助金额（政策计算）', 'Grant (computed)'),
                    children: <span data-testid="site-grant">{yuan(s.application.status === 'approved' ? s.application.amount : 0)}</span>,
                  },
                  { key: 'paid', label: tx('已拨付', 'Paid'), children: <span data-testid="site-paid">{yuan(s.application.paid)}</span> },
                  ...(s.matching
                    ? [
                        {
                          key: 'district',
                          label: tx('区总工会配套', 'District union’s matching'),
                          children: (
                            <span data-testid="site-match-district">
                              {yuan(s.matching.district)}
                              {s.matching.minDistrict != null
                                ? tx(`（不低于 ${yuan(s.matching.minDistrict)}）`, ` (at least ${yuan(s.matching.minDistrict)})`)
                                : ''}
                            </span>
                          ),
                        },
                        {
                          key: 'street',
                          label: tx('街镇（园区、楼宇）工会配套', 'Street union’s matching'),
                          children: (
                            <span data-testid="site-match-street">
                              {yuan(s.matching.street)}
                              {s.matching.minStreet != null ? tx(`（不低于 ${yuan(s.matching.minStreet)}）`, ` (at least ${yuan(s.matching.minStreet)})`) : ''}
                            </span>
                          ),
                        },
                      ]
                    : []),
                ]}
              />
            ) : (
              <Typography.Text type="secondary">{tx('未申报补助', 'No grant application')}</Typography.Text>
            )}
          </Card>
          <ServiceLogCard site={s} />
          <Card title={tx('阵地历程', 'History')} style={{ marginTop: 16 }}>
            <Timeline
              data-testid="site-history"
              items={s.events.map((e) => ({
                color: e.action === 'red-card' ? 'red' : e.action === 'yellow-card' ? 'gold' : e.action.includes('failed') ? 'orange' : 'blue',
                children: (
                  <div>
                    <b>{tx(...(actionNames[e.action] ?? [e.action, e.action]))}</b> {e.onDate} · {e.actor}
                    {e.comment && (
                      <div>
                        <Typography.Text type="secondary">{e.comment}</Typography.Text>
                      </div>
                    )}
                    {e.notice && (
                      <div>
                        <a href={fileUrl(`/sites/${s.id}/notices/${e.id}`)} target="_blank" rel="noreferrer" data-testid={`notice-${e.notice.kind}`}>
                          {e.notice.no}（{e.notice.kind === 'yellow-card' ? tx('打印整改通知书', 'print') : tx('打印摘牌通知书', 'print')}）
                        </a>
                      </div>
                    )}
                  </div>
                ),
              }))}
            />
          </Card>
        </Col>
      </Row>
      <InspectModal site={s} open={modal === 'inspect'} onClose={() => setModal(null)} />
      <ApplyModal site={s} open={modal === 'apply'} onClose={() => setModal(null)} />
      <AcceptModal site={s} open={modal === 'accept'} onClose={() => setModal(null)} />
      {(modal === 'yellow-card' || modal === 'red-card') && <CardModal site={s} kind={modal} open onClose={() => setModal(null)} />}
    </>
  );
}
