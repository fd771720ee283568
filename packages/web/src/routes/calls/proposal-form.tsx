import { useState } from 'react';
import { Alert, App, Button, Col, Collapse, Form, Input, Row, Typography } from 'antd';
import { SendOutlined } from '@ant-design/icons';
import type { Me } from '../../api/auth.ts';
import { useSubmitProposal, type Call, type ProposalForm as FormKind, type ProposalInput } from '../../api/lifecycle.ts';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { formLevelError, ServerError } from '../../components/server-error.tsx';
import { compact } from '../projects/lifecycle-ui.tsx';

const fields = [
  'title',
  'introduction',
  'content',
  'targetGroup',
  'approach',
  'funding',
  'resources',
  'design',
  'expectedOutcome',
  'assessmentOfLastYear',
  'filledBy',
  'contactPhone',
] as const;
const detailFields = ['content', 'targetGroup', 'approach', 'funding', 'resources', 'design'] as const;

/** Which form the server will record: a member's short form, 征集表（二） for departments and the call's own union, 征集表（一） for unions below. */
export function formFor(me: Me, call: Call): FormKind {
  if (me.role === 'member') return 'member';
  if (me.role === 'department-officer' || me.orgId === call.orgId) return 'department';
  return 'union';
}

export function ProposalForm({ call, me, onDone }: { call: Call; me: Me; onDone: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ProposalInput>();
  const submit = useSubmitProposal(call.id);
  const [error, setError] = useState<unknown>(null);
  const kind = formFor(me, call);

  const onFinish = (v: ProposalInput) => {
    setError(null);
    submit.mutate(compact(v) as ProposalInput, {
      onSuccess: () => {
        message.success(t('lc.p.submitted'));
        form.resetFields();
        onDone();
      },
      onError: (e) => setError(formLevelError(form, e, fields)),
    });
  };

  const text = (name: (typeof fields)[number], rows = 2, required = false) => (
    <Form.Item
      name={name}
      label={t(`lc.p.${name}` as MessageKey)}
      rules={required ? [{ required: true, whitespace: true, message: t('common.required') }] : []}
    >
      <Input.TextArea data-testid={`proposal-form-${name}`} rows={rows} maxLength={5000} />
    </Form.Item>
  );

  return (
    <Form form={form} layout="vertical" onFinish={onFinish} data-testid="proposal-form" style={{ maxWidth: 820 }}>
      <Typography.Title level={5} data-testid="proposal-form-kind" style={{ marginTop: 0 }}>
        {t(`lc.form.${kind}` as MessageKey)}
      </Typography.Title>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t(`lc.form.${kind}Hint` as MessageKey)} />
      <Form.Item name="title" label={t('lc.p.title')} rules={[{ required: true, min: 2, whitespace: true, message: t('common.required') }]}>
        <Input data-testid="proposal-form-title" maxLength={200} />
      </Form.Item>
      <Form.Item
        name="introduction"
        label={t('lc.p.introduction')}
        extra={kind !== 'member' ? t('lc.p.introductionHint') : undefined}
        rules={[{ required: true, min: 5, whitespace: true, message: t('common.required') }]}
      >
        <Input.TextArea data-testid="proposal-form-introduction" rows={4} maxLength={5000} />
      </Form.Item>
      {kind !== 'member' && (
        <Collapse
          size="small"
          style={{ marginBottom: 16 }}
          items={[
            {
              key: 'more',
              label: t('lc.p.more'),
              forceRender: true,
              children: (
                <Row gutter={12}>
                  {detailFields.map((f) => (
                    <Col xs={24} md={12} key={f}>
                      {text(f)}
                    </Col>
                  ))}
                </Row>
              ),
            },
          ]}
        />
      )}
      {text('expectedOutcome', 2, kind !== 'member')}
      {kind !== 'member' && (
        <>
          {text('assessmentOfLastYear', 3)}
          <Row gutter={12}>
            <Col xs={24} sm={12}>
              <Form.Item name="filledBy" label={t('lc.p.filledBy')}>
                <Input data-testid="proposal-form-filledBy" maxLength={40} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="contactPhone" label={t('lc.p.contactPhone')}>
                <Input data-testid="proposal-form-contactPhone" maxLength={30} />
              </Form.Item>
            </Col>
          </Row>
        </>
      )}
      <ServerError error={error} style={{ marginBottom: 12 }} />
      <Button type="primary" htmlType="submit" icon={<SendOutlined />} loading={submit.isPending} data-testid="proposal-submit">
        {t('lc.p.submit')}
      </Button>
    </Form>
  );
}
