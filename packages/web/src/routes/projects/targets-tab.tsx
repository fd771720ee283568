import { useState } from 'react';
import { App, Button, Flex, Form, Input, InputNumber, Modal, Select, Table, Tag, Tooltip } from 'antd';
import { ApartmentOutlined, PlusOutlined, WarningOutlined } from '@ant-design/icons';
import { useProjectMutations, type Project, type TargetRow } from '../../api/lifecycle.ts';
import { targetSources, type TargetSource } from '../../api/lifecycle/projects.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formLevelError, ServerError } from '../../components/server-error.tsx';
import { AllocationDrawer } from './allocation-drawer.tsx';
import { CountCell, fmtNum, ProgressCell } from './lifecycle-ui.tsx';

type Row = TargetRow & { children?: Row[] };

function AddTargetModal({ project, open, onClose }: { project: Project; open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ indicator: string; unit: string; plannedValue: number; parentTargetId?: number; note?: string; actualFrom?: TargetSource }>();
  const m = useProjectMutations(project.id);
  const [error, setError] = useState<unknown>(null);
  return (
    <Modal
      open={open}
      title={t('lc.t.add')}
      onCancel={onClose}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'target-form-submit' }}
      confirmLoading={m.addTarget.isPending}
      onOk={async () => {
        const v = await form.validateFields().catch(() => null);
        if (!v) return;
        m.addTarget.mutate(v, {
          onSuccess: () => {
            message.success(t('common.saved'));
            form.resetFields();
            onClose();
          },
          onError: (e) => setError(formLevelError(form, e, ['indicator', 'unit', 'plannedValue', 'parentTargetId', 'note', 'actualFrom'])),
        });
      }}
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="indicator" label={t('lc.t.indicator')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input data-testid="target-form-indicator" maxLength={200} />
        </Form.Item>
        <Flex gap={12}>
          <Form.Item name="plannedValue" label={t('lc.t.planned')} rules={[{ required: true, message: t('common.required') }]} style={{ flex: 1 }}>
            <InputNumber data-testid="target-form-planned" min={1} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="unit" label={t('lc.t.unit')} rules={[{ required: true, whitespace: true, message: t('common.required') }]} style={{ width: 120 }}>
            <Input data-testid="target-form-unit" maxLength={20} />
          </Form.Item>
        </Flex>
        <Form.Item name="parentTargetId" label={t('lc.t.parent')}>
          <Select allowClear options={project.targets.filter((x) => x.parentTargetId === null).map((x) => ({ value: x.targetId, label: x.indicator }))} />
        </Form.Item>
        {(project.plan.policyPrograms?.length ?? 0) > 0 && (
          <Form.Item name="actualFrom" label={t('lc.t.source')} initialValue="reports" extra={t('lc.t.source.help')}>
            <Select data-testid="target-form-source" options={targetSources.map((v) => ({ value: v, label: t(`lc.t.source.${v}`) }))} />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('lc.t.note')}>
          <Input maxLength={1000} />
        </Form.Item>
      </Form>
      <ServerError error={error} />
    </Modal>
  );
}

export function TargetsTab({ project }: { project: Project }) {
  const { t, lang } = useI18n();
  const [adding, setAdding] = useState(false);
  const [alloc, setAlloc] = useState<TargetRow | null>(null);
  const top: Row[] = project.targets
    .filter((x) => x.parentTargetId === null)
    .map((x) => {
      const children = project.targets.filter((c) => c.parentTargetId === x.targetId);
      return children.length ? { ...x, children } : x;
    });

  return (
    <div data-testid="targets-tab">
      {project.abilities.update && (
        <Flex justify="end" style={{ marginBottom: 12 }}>
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="target-add">
            {t('lc.t.add')}
          </Button>
        </Flex>
      )}
      <Table<Row>
        data-testid="target-table"
        rowKey="targetId"
        size="middle"
        pagination={false}
        dataSource={top}
        expandable={{ defaultExpandAllRows: true }}
        scroll={{ x: 860 }}
        locale={{ emptyText: t('lc.t.none') }}
        onRow={(r) => ({ 'data-testid': `target-row-${r.targetId}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: t('lc.t.indicator'),
            key: 'indicator',
            render: (_, r) => (
              <Flex gap={6} align="center" wrap>
                <span>{r.indicator}</span>
                {r.actualFrom && r.actualFrom !== 'reports' && (
                  <Tooltip
                    title={
                      r.basis?.length
                        ? r.basis.map((b) => <div key={b.program}>{t('lc.t.basis', { delivered: b.delivered[lang], pending: b.pending[lang] })}</div>)
                        : undefined
                    }
                  >
                    <Tag color="blue" data-testid={`target-source-${r.targetId}`}>
                      {t(`lc.t.source.${r.actualFrom}`)}
                    </Tag>
                  </Tooltip>
                )}
              </Flex>
            ),
          },
          { title: t('lc.t.planned'), key: 'planned', width: 140, align: 'right', render: (_, r) => `${fmtNum(r.planned, lang)} ${r.unit}` },
          {
            title: t('lc.t.actual'),
            key: 'actual',
            width: 140,
            align: 'right',
            render: (_, r) => <CountCell value={r.actual} suppressed={r.suppressed} testId={`target-actual-${r.targetId}`} />,
          },
          {
            title: t('lc.t.pending'),
            key: 'pending',
            width: 100,
            align: 'right',
            render: (_, r) => <CountCell value={r.pending} suppressed={r.suppressed} blankZero />,
          },
          {
            title: t('lc.t.percent'),
            key: 'percent',
            width: 190,
            render: (_, r) => <ProgressCell percent={r.percent} suppressed={r.suppressed} testId={`target-progress-${r.targetId}`} />,
          },
          {
            title: t('lc.t.allocation'),
            key: 'alloc',
            width: 200,
            render: (_, r) => (
              <Flex gap={4} align="center" wrap>
                {r.partCount > 0 && <Tag data-testid={`target-parts-${r.targetId}`}>{t('lc.t.parts', { n: r.partCount })}</Tag>}
                {r.allocationMismatch && (
                  <Tooltip title={t('lc.t.mismatch', { n: fmtNum(r.allocated, lang), planned: fmtNum(r.planned, lang) })}>
                    <WarningOutlined style={{ color: '#faad14' }} data-testid={`target-mismatch-${r.targetId}`} />
                  </Tooltip>
                )}
                <Button size="small" type="link" icon={<ApartmentOutlined />} onClick={() => setAlloc(r)} data-testid={`target-alloc-${r.targetId}`}>
                  {t('lc.t.allocation')}
                </Button>
              </Flex>
            ),
          },
        ]}
      />
      <AddTargetModal project={project} open={adding} onClose={() => setAdding(false)} />
      {alloc && <AllocationDrawer project={project} target={alloc} onClose={() => setAlloc(null)} />}
    </div>
  );
}
