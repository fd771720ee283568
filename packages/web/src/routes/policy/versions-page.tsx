// Policy versions (issue 12 §1): every version of a program with its source, next year's version drafted
// from the last one (money in yuan as in the notice; the server stores it and the engine converts to
// fen), previewed on the program's cases, and approved or rejected by a second person.
import { useState } from 'react';
import { cite } from '../../components/cite.ts';
import { useSearchParams } from 'react-router-dom';
import dayjs, { type Dayjs } from 'dayjs';
import { App, Button, Card, DatePicker, Drawer, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { usePrograms } from '../../api/policy.ts';
import { can, useMe } from '../../api/auth.ts';
import {
  useCreateVersion,
  useDecideVersion,
  useVersionPreview,
  useVersions,
  useVersionTemplate,
  type EnteredVersion,
  type BundledVersion,
} from '../../api/policy-versions.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PageHeader } from '../../components/page.tsx';
import { ServerError } from '../../components/server-error.tsx';
import { formatYuan, isMoney, useKeyLabel } from '../../components/policy-values.tsx';

type Row = (EnteredVersion | BundledVersion) & { key: string };
const statusColor = { draft: 'gold', approved: 'green', rejected: 'red' } as const;

function Preview({ id }: { id: number }) {
  const { t, pick } = useI18n();
  const label = useKeyLabel();
  const q = useVersionPreview(id);
  if (q.error) return <ServerError error={q.error} />;
  if (!q.data) return <Typography.Text type="secondary">…</Typography.Text>;
  const d = q.data;
  const show = (o: (typeof d.items)[number]['before']) =>
    // Each output by its Chinese label and in yuan where it is money (not `amount 1000`).
    'error' in o
      ? pick(o.error)
      : `${o.eligible ? t('pv.eligible') : t('pv.ineligible')}${Object.entries(o.output)
          .filter(([, v]) => typeof v === 'number')
          .map(([k, v]) => ` · ${label(k)} ${isMoney(k) ? formatYuan(v as number) : v}`)
          .join('')}`;
  return (
    <div data-testid="version-preview">
      <Typography.Paragraph strong data-testid="preview-summary">
        {t('pv.previewSummary', { total: d.total, changed: d.changed, unchanged: d.unchanged })}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('pv.previewHint')}
      </Typography.Paragraph>
      <Table
        size="small"
        rowKey={(r) => `${r.name}-${r.date}`}
        dataSource={d.items}
        pagination={{ pageSize: 10 }}
        columns={[
          { title: t('pv.preview'), dataIndex: 'name', width: '34%' },
          { title: '', dataIndex: 'changed', width: 90, render: (c: boolean) => (c ? <Tag color="orange">{t('pv.changed')}</Tag> : <Tag>{t('pv.same')}</Tag>) },
          { title: t('pv.before'), render: (_, r) => show(r.before) },
          { title: t('pv.after'), render: (_, r) => show(r.after) },
        ]}
      />
    </div>
  );
}

function CreateDrawer({ code, open, onClose }: { code: string; open: boolean; onClose: () => void }) {
  const { t, pick } = useI18n();
  const label = useKeyLabel();
  const { message } = App.useApp();
  const tpl = useVersionTemplate(code, open);
  const create = useCreateVersion();
  const [form] = Form.useForm();
  const d = tpl.data;
  const submit = async () => {
    const v = await form.validateFields();
    const values: Record<string, unknown> = {};
    for (const p of d!.parameters) {
      const x = v.values?.[p.name];
      values[p.name] = typeof p.value === 'number' || (p.value === null && typeof x === 'number') ? x : typeof x === 'string' ? JSON.parse(x) : x;
    }
    const [from, to] = v.period as [Dayjs, Dayjs];
    create.mutate(
      {
        program: code,
        policy: v.policy,
        from: from.format('YYYY-MM-DD'),
        to: to.format('YYYY-MM-DD'),
        source: v.source,
        noteZh: v.note || undefined,
        basePolicy: d!.basePolicy,
        values,
      },
      {
        onSuccess: () => {
          message.success(t('pv.created'));
          onClose();
        },
      },
    );
  };
  return (
    <Drawer
      open={open}
      onClose={onClose}
      size="large"
      title={d ? t('pv.createTitle', { base: d.basePolicy }) : t('pv.create')}
      destroyOnHidden
      extra={
        <Button type="primary" onClick={submit} loading={create.isPending} disabled={!d} data-testid="version-save">
          {t('common.save')}
        </Button>
      }
    >
      <ServerError error={tpl.error ?? create.error} style={{ marginBottom: 12 }} />
      {d && (
        <Form
          form={form}
          layout="vertical"
          data-testid="version-form"
          initialValues={{
            policy: d.suggested.policy,
            period: [dayjs(d.suggested.from), dayjs(d.suggested.to)],
            values: Object.fromEntries(d.parameters.map((p) => [p.name, typeof p.value === 'number' ? p.value : JSON.stringify(p.value, null, 1)])),
          }}
        >
          <Typography.Paragraph type="secondary">
            {pick(d.title)} · {cite(d.baseSource)}
          </Typography.Paragraph>
          <Space wrap>
            <Form.Item name="policy" label={t('pv.name')} rules={[{ required: true }]}>
              <Input style={{ width: 160 }} data-testid="version-name" />
            </Form.Item>
            <Form.Item name="period" label={t('pv.effective')} rules={[{ required: true }]}>
              <DatePicker.RangePicker />
            </Form.Item>
          </Space>
          <Form.Item name="source" label={t('pv.source')} rules={[{ required: true, min: 4 }]}>
            <Input placeholder="沪工总办〔2026〕1号 附件2-9 一(一)4" data-testid="version-source" />
          </Form.Item>
          <Form.Item name="note" label={t('pv.note')}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Typography.Title level={5}>{t('pv.values')}</Typography.Title>
          {d.parameters.map((p) =>
            typeof p.value === 'number' ? (
              <Form.Item key={p.name} name={['values', p.name]} label={label(p.name)} extra={cite(p.source)} rules={[{ required: true }]}>
                <InputNumber
                  min={0}
                  precision={p.unit === 'yuan' ? 2 : 0}
                  addonAfter={p.unit === 'yuan' ? '元' : undefined}
                  style={{ width: 220 }}
                  data-testid={`value-${p.name}`}
                />
              </Form.Item>
            ) : (
              <Form.Item
                key={p.name}
                name={['values', p.name]}
                label={`${label(p.name)}（${t('pv.json')}）`}
                extra={cite(p.source)}
                rules={[
                  {
                    validator: (_, x) => {
                      try {
                        JSON.parse(x);
                        return Promise.resolve();
                      } catch {
                        return Promise.reject(new Error(t('pv.jsonBad')));
                      }
                    },
                  },
                ]}
              >
                <Input.TextArea autoSize={{ minRows: 1, maxRows: 8 }} style={{ fontFamily: 'monospace', fontSize: 12 }} data-testid={`value-${p.name}`} />
              </Form.Item>
            ),
          )}
        </Form>
      )}
    </Drawer>
  );
}

export default function VersionsPage() {
  const { t, pick } = useI18n();
  const { data: me } = useMe();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const programs = usePrograms();
  const code = params.get('program') ?? programs.data?.items[0]?.code;
  const list = useVersions(code);
  const decide = useDecideVersion();
  const [creating, setCreating] = useState(false);
  const [rejecting, setRejecting] = useState<number | null>(null);
  const [reason, setReason] = useState('');
  const manage = !!me && can(me, 'policy.manage');
  const approve = !!me && can(me, 'policy.approve');
  const rows: Row[] = [
    ...(list.data?.bundled ?? []).map((v) => ({ ...v, key: `b-${v.policy}` })),
    ...(list.data?.items ?? []).map((v) => ({ ...v, key: `e-${v.id}` })),
  ].sort((a, b) => (a.from < b.from ? 1 : -1));
  return (
    <div data-testid="versions-page">
      <PageHeader
        title={t('pv.title')}
        extra={
          manage && code ? (
            <Button type="primary" onClick={() => setCreating(true)} data-testid="version-create">
              {t('pv.create')}
            </Button>
          ) : null
        }
      />
      <Card>
        <Space style={{ marginBottom: 16 }}>
          <span>{t('pv.program')}</span>
          <Select
            style={{ width: 360 }}
            value={code}
            onChange={(c) => setParams({ program: c })}
            showSearch
            optionFilterProp="label"
            data-testid="version-program"
            options={(programs.data?.items ?? []).map((p) => ({ value: p.code, label: pick(p.title) }))}
          />
        </Space>
        <ServerError error={list.error ?? decide.error} style={{ marginBottom: 12 }} />
        <Table<Row>
          rowKey="key"
          dataSource={rows}
          loading={list.isLoading}
          pagination={false}
          data-testid="versions-table"
          expandable={{
            rowExpandable: (r) => r.origin === 'entered' && r.status === 'draft',
            expandedRowRender: (r) => <Preview id={(r as EnteredVersion).id} />,
          }}
          columns={[
            { title: t('pv.version'), dataIndex: 'policy', width: 100 },
            { title: t('pv.period'), width: 210, render: (_, r) => `${r.from} – ${r.to ?? '…'}` },
            {
              title: t('pv.source'),
              render: (_, r) => (
                <Space direction="vertical" size={0}>
                  <span>{cite(r.source)}</span>
                  {r.note && <Typography.Text type="secondary">{cite(pick(r.note))}</Typography.Text>}
                </Space>
              ),
            },
            {
              title: t('pv.status'),
              width: 200,
              render: (_, r) => (
                <Space wrap size={4}>
                  <Tag color={statusColor[r.status]}>{t(`pv.st.${r.status}`)}</Tag>
                  {r.origin === 'bundled' && <Tag>{t('pv.bundled')}</Tag>}
                  {r.origin === 'entered' && r.carriedOver && (
                    <Tag color="purple" data-testid="carried-over">
                      {t('pv.carriedOver')}
                    </Tag>
                  )}
                </Space>
              ),
            },
            {
              title: t('pv.createdBy'),
              width: 200,
              render: (_, r) =>
                r.origin === 'entered' ? (
                  <span>
                    {r.createdBy ?? '—'}
                    {r.decidedBy ? ` / ${t('pv.decidedBy')} ${r.decidedBy}` : ''}
                  </span>
                ) : (
                  '—'
                ),
            },
            {
              title: t('common.actions'),
              width: 180,
              render: (_, r) => {
                if (r.origin !== 'entered' || r.status !== 'draft') return null;
                if (!approve || r.createdById === me?.accountId)
                  return <Typography.Text type="secondary">{r.createdById === me?.accountId ? t('pv.ownDraft') : ''}</Typography.Text>;
                return (
                  <Space>
                    <Button
                      size="small"
                      type="primary"
                      loading={decide.isPending}
                      data-testid={`version-approve-${r.policy}`}
                      onClick={() => decide.mutate({ id: r.id, action: 'approve' }, { onSuccess: () => message.success(t('pv.approved')) })}
                    >
                      {t('pv.approve')}
                    </Button>
                    <Button
                      size="small"
                      danger
                      onClick={() => {
                        setRejecting(r.id);
                        setReason('');
                      }}
                    >
                      {t('pv.reject')}
                    </Button>
                  </Space>
                );
              },
            },
          ]}
        />
      </Card>
      {code && <CreateDrawer code={code} open={creating} onClose={() => setCreating(false)} />}
      <Modal
        open={rejecting !== null}
        title={t('pv.reject')}
        onCancel={() => setRejecting(null)}
        okButtonProps={{ disabled: reason.trim().length < 2 }}
        onOk={() => decide.mutate({ id: rejecting!, action: 'reject', note: reason }, { onSuccess: () => setRejecting(null) })}
      >
        <Input.TextArea rows={3} placeholder={t('pv.rejectReason')} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Modal>
    </div>
  );
}
