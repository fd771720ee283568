import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { App, Button, Card, Col, DatePicker, Flex, Form, Input, InputNumber, Modal, Row, Select, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useMe } from '../../api/auth.ts';
import { canLc, useCalls, useSlateMutations, useSlates, type Slate, type SlateInput } from '../../api/lifecycle.ts';
import { useI18n } from '../../i18n/index.tsx';
import { OrgSelect } from '../../components/org-select.tsx';
import { PageHeader } from '../../components/page.tsx';
import { ExportButton } from '../../components/export-button.tsx';
import { formLevelError, ServerError } from '../../components/server-error.tsx';
import { compact, toDay } from './lifecycle-ui.tsx';

export function SlateStatusTag({ s }: { s: Pick<Slate, 'published' | 'closedOn'> }) {
  const { t } = useI18n();
  if (s.closedOn) return <Tag data-testid="slate-status">{t('lc.slates.closed')}</Tag>;
  return s.published ? (
    <Tag color="success" data-testid="slate-status">
      {t('lc.slates.published')}
    </Tag>
  ) : (
    <Tag color="warning" data-testid="slate-status">
      {t('lc.slates.draft')}
    </Tag>
  );
}

const fields = ['orgId', 'year', 'title', 'callId', 'meeting', 'documentNo', 'approvedOn'] as const;

function SlateCreateModal({ open, onClose, onSaved }: { open: boolean; onClose: () => void; onSaved: (s: Slate) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const [form] = Form.useForm<Omit<SlateInput, 'approvedOn'> & { approvedOn?: Dayjs }>();
  const { create } = useSlateMutations();
  const [error, setError] = useState<unknown>(null);
  const orgId = Form.useWatch('orgId', form);
  const calls = useCalls({ orgId: orgId || undefined });

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue({ orgId: me?.orgId ?? undefined, year: new Date().getFullYear() + 1 });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  return (
    <Modal
      open={open}
      title={t('lc.slates.new')}
      onCancel={onClose}
      destroyOnHidden
      width={620}
      okButtonProps={{ 'data-testid': 'slate-form-submit' }}
      confirmLoading={create.isPending}
      onOk={async () => {
        const v = await form.validateFields().catch(() => null);
        if (!v) return;
        setError(null);
        create.mutate(compact({ ...v, approvedOn: toDay(v.approvedOn) }) as SlateInput, {
          onSuccess: (s) => {
            message.success(t('common.saved'));
            onSaved(s);
          },
          onError: (e) => setError(formLevelError(form, e, fields)),
        });
      }}
    >
      <Form form={form} layout="vertical" data-testid="slate-form">
        <Row gutter={12}>
          <Col xs={24} sm={16}>
            <Form.Item name="orgId" label={t('lc.org')} rules={[{ required: true, message: t('common.required') }]}>
              <OrgSelect
                testId="slate-form-org"
                kinds={['municipal', 'district', 'industry', 'street', 'park', 'grassroots']}
                initialLabel={me?.orgName ?? undefined}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="year" label={t('lc.year')} rules={[{ required: true, message: t('common.required') }]}>
              <InputNumber data-testid="slate-form-year" min={2000} max={2100} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="title" label={t('lc.slates.name')} rules={[{ required: true, min: 2, whitespace: true, message: t('common.required') }]}>
          <Input data-testid="slate-form-title" maxLength={200} />
        </Form.Item>
        <Form.Item name="callId" label={t('lc.slates.call')}>
          <Select
            data-testid="slate-form-call"
            allowClear
            options={(calls.data?.items ?? []).filter((c) => c.orgId === orgId).map((c) => ({ value: c.id, label: `${c.year} · ${c.title}` }))}
          />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="meeting" label={t('lc.slates.meeting')}>
              <Input maxLength={100} placeholder={t('lc.slates.meetingHint')} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="documentNo" label={t('lc.slates.documentNo')}>
              <Input maxLength={100} placeholder={t('lc.slates.documentNoHint')} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="approvedOn" label={t('lc.slates.approvedOn')}>
          <DatePicker />
        </Form.Item>
      </Form>
      <ServerError error={error} />
    </Modal>
  );
}

export default function SlateListPage() {
  const { t } = useI18n();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || undefined;
  const orgId = Number(params.get('orgId')) || undefined;
  const { data, isFetching, error } = useSlates({ year, orgId });
  const all = useSlates({});
  const [creating, setCreating] = useState(false);
  const years = useMemo(() => [...new Set((all.data?.items ?? []).map((s) => s.year))].sort((a, b) => b - a), [all.data]);
  const orgs = useMemo(() => [...new Map((all.data?.items ?? []).map((s) => [s.orgId, s.orgName])).entries()], [all.data]);
  const set = (k: string, v?: number) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, String(v));
    else next.delete(k);
    setParams(next, { replace: true });
  };

  return (
    <div data-testid="slates-page">
      <PageHeader
        title={t('lc.slates.title')}
        sub={t('lc.slates.sub')}
        extra={
          <>
            <ExportButton path="/slates/export.xlsx" filters={{ year, orgId }} testId="slates-export" />
            {canLc(me, 'projects.write') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="slate-new">
                {t('lc.slates.new')}
              </Button>
            )}
          </>
        }
      />
      <ServerError error={error} style={{ marginBottom: 12 }} />
      <Card size="small" style={{ marginBottom: 12 }}>
        <Flex gap={8} wrap>
          <Select
            data-testid="slate-filter-year"
            allowClear
            placeholder={t('lc.allYears')}
            value={year}
            style={{ width: 140 }}
            options={years.map((y) => ({ value: y, label: String(y) }))}
            onChange={(v?: number) => set('year', v)}
          />
          <Select
            data-testid="slate-filter-org"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('lc.org')}
            value={orgId}
            style={{ width: 240 }}
            options={orgs.map(([id, name]) => ({ value: id, label: name }))}
            onChange={(v?: number) => set('orgId', v)}
          />
        </Flex>
      </Card>
      <Table<Slate>
        data-testid="slate-table"
        rowKey="id"
        size="middle"
        loading={isFetching}
        dataSource={data?.items ?? []}
        pagination={false}
        scroll={{ x: 860 }}
        onRow={(s) => ({ 'data-testid': `slate-row-${s.id}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('lc.year'), dataIndex: 'year', width: 80 },
          { title: t('lc.org'), dataIndex: 'orgName', width: 200 },
          {
            title: t('lc.slates.name'),
            dataIndex: 'title',
            render: (title: string, s) => (
              <Link to={`/projects/slates/${s.id}`} data-testid={`slate-link-${s.id}`}>
                {title}
              </Link>
            ),
          },
          { title: t('lc.slates.documentNo'), dataIndex: 'documentNo', width: 200, render: (d: string | null) => d ?? t('common.none') },
          {
            title: t('lc.slates.projectCount'),
            dataIndex: 'projectCount',
            width: 90,
            align: 'right',
            render: (n: number | undefined, s) => <span data-testid={`slate-count-${s.id}`}>{n ?? 0}</span>,
          },
          { title: t('common.status'), key: 'status', width: 100, render: (_, s) => <SlateStatusTag s={s} /> },
        ]}
      />
      <SlateCreateModal
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(s) => {
          setCreating(false);
          navigate(`/projects/slates/${s.id}`);
        }}
      />
    </div>
  );
}
