// Cancelling an approved booking before it starts (issue 10 §3): a reason, then the payable is
// reversed and the subsidy goes back to the member's yearly cap. Shared by the portal and the desk.
import { useState } from 'react';
import { App, Button, Form, Input, Modal } from 'antd';
import { RollbackOutlined } from '@ant-design/icons';
import { useCancelApplication } from '../../api/applications.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ServerError, formLevelError } from '../../components/server-error.tsx';

export function CancelBooking({ id, block, testId }: { id: number; block?: boolean; testId: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const cancel = useCancelApplication();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const [error, setError] = useState<unknown>(null);
  return (
    <>
      <Button
        block={block}
        danger
        icon={<RollbackOutlined />}
        onClick={() => {
          form.resetFields();
          setError(null);
          setOpen(true);
        }}
        data-testid={testId}
      >
        {t('cancel.button')}
      </Button>
      <Modal
        open={open}
        title={t('cancel.title')}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        confirmLoading={cancel.isPending}
        okButtonProps={{ danger: true, 'data-testid': `${testId}-confirm` }}
        onOk={async () => {
          const v = await form.validateFields().catch(() => null);
          if (!v) return;
          cancel.mutate(
            { id, reason: v.reason.trim() },
            {
              onSuccess: () => {
                message.success(t('cancel.done'));
                setOpen(false);
              },
              onError: (e) => setError(formLevelError(form, e, ['reason'])),
            },
          );
        }}
      >
        <p>{t('cancel.explain')}</p>
        <Form form={form} layout="vertical">
          <Form.Item name="reason" label={t('cancel.reason')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
            <Input maxLength={200} data-testid={`${testId}-reason`} />
          </Form.Item>
        </Form>
        <ServerError error={error} />
      </Modal>
    </>
  );
}
