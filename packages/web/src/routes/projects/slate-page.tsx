import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, App, Button, Card, DatePicker, Descriptions, Form, Input, InputNumber, Modal, Result, Select, Skeleton, Table } from 'antd';
import { BarChartOutlined, CheckCircleOutlined, EditOutlined, GlobalOutlined, PlusOutlined, SendOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { categories, useCandidates, useSlate, useSlateMutations, type Category, type SlateDetail, type SlateProject } from '../../api/lifecycle.ts';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { PageHeader } from '../../components/page.tsx';
import { formLevelError, ServerError } from '../../components/server-error.tsx';
import { CategoryTag, compact, fromDay, ProgressCell, ProjectStatusTag, toDay } from './lifecycle-ui.tsx';
import { SlateStatusTag } from './slate-list-page.tsx';

type InfoValues = { title?: string; meeting?: string; documentNo?: string; approvedOn?: Dayjs };

/** Edit the list's record (meeting, document number, date); with `publish`, save then publish. */
function SlateInfoModal({ slate, open, publish, onClose }: { slate: SlateDetail; open: boolean; publish: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<InfoValues>();
  const m = useSlateMutations(slate.id);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (!open) return;
    setError(null);
    form.setFieldsValue({
      title: slate.title,
      meeting: slate.meeting ?? undefined,
      documentNo: slate.documentNo ?? undefined,
      approvedOn: fromDay(slate.approvedOn),
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);
  const req = publish ? [{ required: true, whitespace: true, message: t('common.required') }] : [];
  return (
    <Modal
      open={open}
      title={publish ? t('lc.slates.publishTitle', { title: slate.title }) : t('lc.slates.editInfo')}
      onCancel={onClose}
      destroyOnHidden
      okText={publish ? t('lc.slates.publish') : t('common.save')}
      okButtonProps={{ 'data-testid': publish ? 'slate-publish-submit' : 'slate-info-submit', icon: publish ? <SendOutlined /> : undefined }}
      confirmLoading={m.update.isPending || m.publish.isPending}
      onOk={async () => {
        const v = await form.validateFields().catch(() => null);
        if (!v) return;
        setError(null);
        try {
          await m.update.mutateAsync(compact({ ...v, approvedOn: toDay(v.approvedOn) }));
          if (publish) await m.publish.mutateAsync();
          message.success(publish ? t('lc.slates.publishedOk') : t('common.saved'));
          onClose();
        } catch (e) {
          setError(formLevelError(form, e, ['title', 'meeting', 'documentNo', 'approvedOn']));
        }
      }}
    >
      {publish && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('lc.slates.publishHint')} />}
      <Form form={form} layout="vertical" data-testid="slate-info-form">
        {!publish && (
          <Form.Item name="title" label={t('lc.slates.name')}>
            <Input maxLength={200} />
          </Form.Item>
        )}
        <Form.Item name="meeting" label={t('lc.slates.meeting')} rules={req}>
          <Input data-testid="slate-form-meeting" maxLength={100} placeholder={t('lc.slates.meetingHint')} />
        </Form.Item>
        <Form.Item name="documentNo" label={t('lc.slates.documentNo')} rules={req}>
          <Input data-testid="slate-form-documentNo" maxLength={100} placeholder={t('lc.slates.documentNoHint')} />
        </Form.Item>
        <Form.Item name="approvedOn" label={t('lc.slates.approvedOn')} rules={publish ? [{ required: true, message: t('common.required') }] : []}>
          <DatePicker data-testid="slate-form-approvedOn" />
        </Form.Item>
      </Form>
      <ServerError error={error} />
    </Modal>
  );
}

function AddProjectModal({ slate, open, onClose }: { slate: SlateDetail; open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ no?: number; title: string; category: Category; candidateId?: number; summary?: string }>();
  const m = useSlateMutations(slate.id);
  const candidates = useCandidates(slate.callId ?? undefined);
  const shortlisted = (candidates.data?.items ?? []).filter((c) => c.status === 'shortlisted');
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (open) {
      form.resetFields();
      setError(null);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);
  return (
    <Modal
      open={open}
      title={t('lc.slates.addProject')}
      onCancel={onClose}
      destroyOnHidden
      width={620}
      okButtonProps={{ 'data-testid': 'project-form-submit' }}
      confirmLoading={m.addProject.isPending}
      onOk={async () => {
        const v = await form.validateFields().catch(() => null);
        if (!v) return;
        setError(null);
        m.addProject.mutate(compact(v) as typeof v, {
          onSuccess: () => {
            message.success(t('common.saved'));
            onClose();
          },
          onError: (e) => setError(formLevelError(form, e, ['no', 'title', 'category', 'candidateId', 'summary'])),
        });
      }}
    >
      <Form form={form} layout="vertical" data-testid="project-form">
        {slate.callId && (
          <Form.Item name="candidateId" label={t('lc.slates.fromCandidate')}>
            <Select
              data-testid="project-form-candidate"
              allowClear
              options={shortlisted.map((c) => ({ value: c.id, label: c.title }))}
              onChange={(id?: number) => {
                const c = shortlisted.find((x) => x.id === id);
                if (c) form.setFieldsValue({ title: c.title, category: c.category, summary: c.summary ?? undefined });
              }}
            />
          </Form.Item>
        )}
        <Form.Item name="no" label={t('lc.pr.no')}>
          <InputNumber min={1} placeholder={String(slate.projects.length + 1)} />
        </Form.Item>
        <Form.Item name="title" label={t('lc.pr.title')} rules={[{ required: true, min: 2, whitespace: true, message: t('common.required') }]}>
          <Input data-testid="project-form-title" maxLength={300} />
        </Form.Item>
        <Form.Item name="category" label={t('lc.pr.category')} rules={[{ required: true, message: t('common.required') }]}>
          <Select data-testid="project-form-category" options={categories.map((c) => ({ value: c, label: t(`lc.cat.${c}` as MessageKey) }))} />
        </Form.Item>
        <Form.Item name="summary" label={t('lc.pr.summary')}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
      </Form>
      <ServerError error={error} />
    </Modal>
  );
}

export default function SlatePage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const { data: slate, isLoading, error } = useSlate(id);
  const [modal, setModal] = useState<'info' | 'publish' | 'project' | null>(null);
  const { modal: confirm, message } = App.useApp();
  const m = useSlateMutations(id);

  if (isLoading) return <Skeleton active />;
  if (error || !slate)
    return (
      <Result
        status="warning"
        title={<ServerError error={error} />}
        extra={
          <Link to="/projects">
            <Button>{t('common.back')}</Button>
          </Link>
        }
      />
    );

  const columns = [
    { title: t('lc.pr.no'), dataIndex: 'no', width: 64 },
    {
      title: t('lc.pr.title'),
      dataIndex: 'title',
      render: (title: string, p: SlateProject) => (
        <Link to={`/projects/${p.id}`} data-testid={`project-link-${p.id}`}>
          {title}
        </Link>
      ),
    },
    { title: t('lc.pr.category'), key: 'category', width: 110, render: (_: unknown, p: SlateProject) => <CategoryTag category={p.category} /> },
    { title: t('lc.pr.responsible'), dataIndex: 'responsibleOrgName', width: 170, render: (n: string | null) => n ?? t('common.none') },
    { title: t('lc.pr.status'), key: 'status', width: 150, render: (_: unknown, p: SlateProject) => <ProjectStatusTag status={p.status} behind={p.behind} /> },
    {
      title: t('lc.pr.progress'),
      key: 'progress',
      width: 200,
      render: (_: unknown, p: SlateProject) => (
        <ProgressCell percent={p.percent} suppressed={p.suppressed} behind={p.behind} testId={`project-progress-${p.id}`} />
      ),
    },
  ];

  return (
    <div data-testid="slate-page">
      <PageHeader
        title={<span data-testid="slate-title">{slate.title}</span>}
        sub={
          <>
            {slate.orgName} · {slate.year} <SlateStatusTag s={slate} />
          </>
        }
        extra={
          <>
            {slate.published && (
              <Link to={`/public/projects?year=${slate.year}&org=${slate.orgId}`} target="_blank">
                <Button icon={<GlobalOutlined />} data-testid="slate-public-link">
                  {t('lc.slates.publicLink')}
                </Button>
              </Link>
            )}
            {slate.published && (
              <Link to={`/projects/slates/${slate.id}/report`}>
                <Button icon={<BarChartOutlined />} data-testid="slate-year-end">
                  {t('ye.open')}
                </Button>
              </Link>
            )}
            {slate.abilities.update && (
              <Button icon={<EditOutlined />} onClick={() => setModal('info')} data-testid="slate-edit">
                {t('lc.slates.editInfo')}
              </Button>
            )}
            {slate.abilities.addProject && (
              <Button icon={<PlusOutlined />} onClick={() => setModal('project')} data-testid="slate-add-project">
                {t('lc.slates.addProject')}
              </Button>
            )}
            {slate.abilities.publish && (
              <Button type="primary" icon={<SendOutlined />} onClick={() => setModal('publish')} data-testid="slate-publish">
                {t('lc.slates.publish')}
              </Button>
            )}
            {slate.abilities.close && (
              <Button
                icon={<CheckCircleOutlined />}
                loading={m.close.isPending}
                data-testid="slate-close"
                onClick={() =>
                  confirm.confirm({
                    title: t('lc.slates.close'),
                    content: t('lc.slates.closeConfirm', { title: slate.title }),
                    okButtonProps: { 'data-testid': 'slate-close-confirm' } as Record<`data-${string}`, string>,
                    onOk: () =>
                      m.close.mutateAsync().then(() => {
                        message.success(t('lc.slates.closedOk'));
                      }),
                  })
                }
              >
                {t('lc.slates.close')}
              </Button>
            )}
          </>
        }
      />
      <ServerError error={m.close.error} style={{ marginBottom: 12 }} />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }} data-testid="slate-info">
          <Descriptions.Item label={t('lc.slates.meeting')}>{slate.meeting ?? t('common.none')}</Descriptions.Item>
          <Descriptions.Item label={t('lc.slates.documentNo')}>{slate.documentNo ?? t('common.none')}</Descriptions.Item>
          <Descriptions.Item label={t('lc.slates.approvedOn')}>{slate.approvedOn ?? t('common.none')}</Descriptions.Item>
          {slate.callId && (
            <Descriptions.Item label={t('lc.slates.call')}>
              <Link to={`/calls/${slate.callId}`}>
                {t('lc.nav.calls')} #{slate.callId}
              </Link>
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Table<SlateProject>
        data-testid="slate-projects"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={slate.projects}
        pagination={false}
        scroll={{ x: 900 }}
        onRow={(p) => ({ 'data-testid': `slate-project-${p.no}` }) as React.HTMLAttributes<HTMLElement>}
      />
      <SlateInfoModal slate={slate} open={modal === 'info' || modal === 'publish'} publish={modal === 'publish'} onClose={() => setModal(null)} />
      <AddProjectModal slate={slate} open={modal === 'project'} onClose={() => setModal(null)} />
    </div>
  );
}
