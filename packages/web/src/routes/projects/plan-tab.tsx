// 实施方案: purpose, target groups, budget and cost shares (yuan), responsible department, contacts,
// linked policy programs, reporting cadence.
import { useEffect, useState } from 'react';
import { App, Button, Col, Descriptions, Drawer, Flex, Form, Grid, Input, InputNumber, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useProjectMutations, type PlanInput, type Project } from '../../api/lifecycle.ts';
import { useI18n } from '../../i18n/index.tsx';
import { OrgSelect } from '../../components/org-select.tsx';
import { formLevelError, ServerError } from '../../components/server-error.tsx';
import { fmtYuan } from './lifecycle-ui.tsx';

const fields = [
  'purpose',
  'targetGroups',
  'budgetYuan',
  'costShares',
  'responsibleOrgId',
  'contacts',
  'policyPrograms',
  'reportCadence',
  'reportDueMonths',
] as const;

function PlanForm({ project, open, onClose }: { project: Project; open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<PlanInput>();
  const m = useProjectMutations(project.id);
  const [error, setError] = useState<unknown>(null);
  const cadence = Form.useWatch('reportCadence', form);
  useEffect(() => {
    if (!open) return;
    setError(null);
    const p = project.plan;
    form.setFieldsValue({ ...p, purpose: p.purpose ?? undefined, targetGroups: p.targetGroups ?? undefined });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);
  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setError(null);
    const body: PlanInput = {
      ...v,
      purpose: v.purpose ?? '',
      targetGroups: v.targetGroups ?? '',
      budgetYuan: v.budgetYuan ?? null,
      responsibleOrgId: v.responsibleOrgId ?? null,
      costShares: (v.costShares ?? []).filter((c) => c?.party && c?.share),
      contacts: (v.contacts ?? []).filter((c) => c?.name).map((c) => Object.fromEntries(Object.entries(c).filter(([, x]) => x)) as { name: string }),
      reportDueMonths: v.reportCadence === 'none' ? [] : v.reportDueMonths,
    };
    m.plan.mutate(body, {
      onSuccess: () => {
        message.success(t('common.saved'));
        onClose();
      },
      onError: (e) => setError(formLevelError(form, e, fields)),
    });
  };
  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={screens.md ? 760 : '100%'}
      title={`${t('lc.plan.edit')} · ${project.title}`}
      destroyOnHidden
      extra={
        <Button type="primary" onClick={save} loading={m.plan.isPending} data-testid="plan-submit">
          {t('common.save')}
        </Button>
      }
    >
      <Form form={form} layout="vertical" data-testid="plan-form">
        <Form.Item name="purpose" label={t('lc.plan.purpose')}>
          <Input.TextArea data-testid="plan-form-purpose" rows={3} maxLength={10000} />
        </Form.Item>
        <Form.Item name="targetGroups" label={t('lc.plan.targetGroups')}>
          <Input.TextArea data-testid="plan-form-targetGroups" rows={2} maxLength={5000} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={10}>
            <Form.Item name="budgetYuan" label={t('lc.plan.budget')}>
              <InputNumber data-testid="plan-form-budget" min={0} precision={2} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={14}>
            <Form.Item name="responsibleOrgId" label={t('lc.plan.responsibleOrg')}>
              <OrgSelect
                testId="plan-form-responsible"
                kinds={['department', 'agency', 'municipal', 'district', 'industry', 'street', 'park']}
                initialLabel={project.plan.responsibleOrgName ?? undefined}
              />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Text strong>{t('lc.plan.costShares')}</Typography.Text>
        <Form.List name="costShares">
          {(items, { add, remove }) => (
            <div style={{ margin: '8px 0 16px' }}>
              {items.map((f) => (
                <Flex key={f.key} gap={8} align="start">
                  <Form.Item name={[f.name, 'party']} style={{ flex: 1 }} rules={[{ required: true, message: t('common.required') }]}>
                    <Input placeholder={t('lc.plan.party')} maxLength={100} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'share']} style={{ flex: 2 }} rules={[{ required: true, message: t('common.required') }]}>
                    <Input placeholder={t('lc.plan.share')} maxLength={100} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'amountYuan']} style={{ width: 140 }}>
                    <InputNumber placeholder={t('lc.plan.amount')} min={0} precision={2} style={{ width: '100%' }} />
                  </Form.Item>
                  <Button icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={t('common.delete')} />
                </Flex>
              ))}
              <Button size="small" icon={<PlusOutlined />} onClick={() => add()}>
                {t('lc.plan.add')}
              </Button>
            </div>
          )}
        </Form.List>
        <Typography.Text strong>{t('lc.plan.contacts')}</Typography.Text>
        <Form.List name="contacts">
          {(items, { add, remove }) => (
            <div style={{ margin: '8px 0 16px' }}>
              {items.map((f) => (
                <Flex key={f.key} gap={8} align="start" wrap>
                  <Form.Item name={[f.name, 'name']} style={{ width: 110 }} rules={[{ required: true, message: t('common.required') }]}>
                    <Input placeholder={t('lc.plan.contactName')} maxLength={40} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'org']} style={{ flex: 1, minWidth: 160 }}>
                    <Input placeholder={t('lc.plan.contactOrg')} maxLength={100} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'phone']} style={{ width: 150 }}>
                    <Input placeholder={t('lc.plan.phone')} maxLength={60} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'email']} style={{ width: 170 }}>
                    <Input placeholder={t('lc.plan.email')} maxLength={100} />
                  </Form.Item>
                  <Button icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={t('common.delete')} />
                </Flex>
              ))}
              <Button size="small" icon={<PlusOutlined />} onClick={() => add()}>
                {t('lc.plan.add')}
              </Button>
            </div>
          )}
        </Form.List>
        <Form.Item name="policyPrograms" label={t('lc.plan.policyPrograms')} extra={t('lc.plan.policyHint')}>
          <Select mode="tags" data-testid="plan-form-programs" tokenSeparators={[',', ' ']} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={8}>
            <Form.Item name="reportCadence" label={t('lc.plan.cadence')}>
              <Select
                data-testid="plan-form-cadence"
                options={(['none', 'monthly', 'quarterly'] as const).map((c) => ({ value: c, label: t(`lc.plan.cadence.${c}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={16}>
            <Form.Item name="reportDueMonths" label={t('lc.plan.months')}>
              <Select
                mode="multiple"
                disabled={cadence === 'none'}
                data-testid="plan-form-months"
                options={Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: String(i + 1) }))}
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      <ServerError error={error} />
    </Drawer>
  );
}

export function PlanTab({ project }: { project: Project }) {
  const { t, lang } = useI18n();
  const [editing, setEditing] = useState(false);
  const p = project.plan;
  const none = t('common.none');
  return (
    <div data-testid="plan-view">
      {project.abilities.plan && (
        <Flex justify="end" style={{ marginBottom: 12 }}>
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="plan-edit">
            {t('lc.plan.edit')}
          </Button>
        </Flex>
      )}
      <Descriptions size="small" bordered column={1} styles={{ label: { width: 150 } }}>
        {project.summary && (
          <Descriptions.Item label={t('lc.pr.summary')}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{project.summary}</span>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('lc.plan.purpose')}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{p.purpose || none}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('lc.plan.targetGroups')}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{p.targetGroups || none}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('lc.plan.budget')}>
          <span data-testid="plan-budget">{fmtYuan(p.budgetYuan, lang)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('lc.plan.costShares')}>
          {p.costShares.length ? (
            <Table
              size="small"
              pagination={false}
              rowKey={(_, i) => String(i)}
              dataSource={p.costShares}
              columns={[
                { title: t('lc.plan.party'), dataIndex: 'party', width: 160 },
                { title: t('lc.plan.share'), dataIndex: 'share' },
                { title: t('lc.plan.amount'), dataIndex: 'amountYuan', width: 140, render: (a?: number) => fmtYuan(a, lang) },
              ]}
            />
          ) : (
            none
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('lc.plan.responsibleOrg')}>
          <span data-testid="plan-responsible">{p.responsibleOrgName ?? none}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('lc.plan.contacts')}>
          {p.contacts.length ? (
            <Space orientation="vertical" size={2}>
              {p.contacts.map((c, i) => (
                <span key={i}>
                  <Typography.Text strong>{c.name}</Typography.Text>
                  {c.org && ` · ${c.org}`}
                  {c.phone && ` · ${c.phone}`}
                  {c.email && ` · ${c.email}`}
                </span>
              ))}
            </Space>
          ) : (
            none
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('lc.plan.policyPrograms')}>
          {p.policyPrograms.length ? p.policyPrograms.map((c) => <Tag key={c}>{c}</Tag>) : none}
        </Descriptions.Item>
        <Descriptions.Item label={t('lc.plan.cadence')}>
          {t(`lc.plan.cadence.${p.reportCadence}`)}
          {p.reportDueMonths.length > 0 && ` · ${t('lc.plan.months')}：${p.reportDueMonths.join('、')}`}
        </Descriptions.Item>
      </Descriptions>
      <PlanForm project={project} open={editing} onClose={() => setEditing(false)} />
    </div>
  );
}
