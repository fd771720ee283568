import { useState } from 'react';
import { App, Button, DatePicker, Empty, Flex, Form, Input, Modal, Tag, Timeline, Typography } from 'antd';
import { CheckCircleOutlined, ClockCircleOutlined, ExclamationCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useProjectMutations, type Project } from '../../api/lifecycle.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formLevelError, ServerError } from '../../components/server-error.tsx';
import { compact, toDay, useRange } from './lifecycle-ui.tsx';

export function MilestonesTab({ project }: { project: Project }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const range = useRange();
  const m = useProjectMutations(project.id);
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<{ title: string; startsOn?: Dayjs; dueOn: Dayjs; responsible?: string }>();
  const [error, setError] = useState<unknown>(null);
  const edit = project.abilities.update;

  return (
    <div data-testid="milestones-tab">
      {edit && (
        <Flex justify="end" style={{ marginBottom: 12 }}>
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="milestone-add">
            {t('lc.m.add')}
          </Button>
        </Flex>
      )}
      <ServerError error={m.milestoneDone.error} style={{ marginBottom: 12 }} />
      {!project.milestones.length ? (
        <Empty description={t('lc.m.none')} />
      ) : (
        <Timeline
          data-testid="milestone-timeline"
          items={project.milestones.map((ms) => ({
            key: ms.id,
            color: ms.doneOn ? 'green' : ms.overdue ? 'red' : 'blue',
            icon: ms.doneOn ? <CheckCircleOutlined /> : ms.overdue ? <ExclamationCircleOutlined /> : <ClockCircleOutlined />,
            content: (
              <div data-testid={`milestone-${ms.id}`}>
                <Flex justify="space-between" gap={8} wrap>
                  <Typography.Text strong>{ms.title}</Typography.Text>
                  <span>
                    {ms.doneOn ? (
                      <Tag color="success">{t('lc.m.done', { date: ms.doneOn })}</Tag>
                    ) : ms.overdue ? (
                      <Tag color="error">{t('lc.m.overdue')}</Tag>
                    ) : null}
                    {edit && (
                      <Button
                        size="small"
                        type="link"
                        data-testid={`milestone-done-${ms.id}`}
                        loading={m.milestoneDone.isPending && m.milestoneDone.variables?.id === ms.id}
                        onClick={() => m.milestoneDone.mutate({ id: ms.id, doneOn: ms.doneOn ? null : dayjs().format('YYYY-MM-DD') })}
                      >
                        {ms.doneOn ? t('lc.m.undo') : t('lc.m.markDone')}
                      </Button>
                    )}
                  </span>
                </Flex>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {ms.startsOn ? range(ms.startsOn, ms.dueOn) : `${t('lc.m.dueOn')} ${ms.dueOn}`}
                  {ms.responsible && ` · ${t('lc.m.responsible')}：${ms.responsible}`}
                </Typography.Text>
              </div>
            ),
          }))}
        />
      )}
      <Modal
        open={adding}
        title={t('lc.m.add')}
        onCancel={() => setAdding(false)}
        destroyOnHidden
        okButtonProps={{ 'data-testid': 'milestone-form-submit' }}
        confirmLoading={m.addMilestone.isPending}
        onOk={async () => {
          const v = await form.validateFields().catch(() => null);
          if (!v) return;
          setError(null);
          m.addMilestone.mutate(compact({ ...v, startsOn: toDay(v.startsOn), dueOn: toDay(v.dueOn)! }) as { title: string; dueOn: string }, {
            onSuccess: () => {
              message.success(t('common.saved'));
              setAdding(false);
            },
            onError: (e) => setError(formLevelError(form, e, ['title', 'startsOn', 'dueOn', 'responsible'])),
          });
        }}
      >
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item name="title" label={t('lc.m.title')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
            <Input data-testid="milestone-form-title" maxLength={300} />
          </Form.Item>
          <Flex gap={12}>
            <Form.Item name="startsOn" label={t('lc.m.startsOn')}>
              <DatePicker />
            </Form.Item>
            <Form.Item name="dueOn" label={t('lc.m.dueOn')} rules={[{ required: true, message: t('common.required') }]}>
              <DatePicker data-testid="milestone-form-dueOn" />
            </Form.Item>
          </Flex>
          <Form.Item name="responsible" label={t('lc.m.responsible')}>
            <Input maxLength={200} />
          </Form.Item>
        </Form>
        <ServerError error={error} />
      </Modal>
    </div>
  );
}
