// Changing one's own password: a dialog in the header menu for every user with a password, and the
// screen shown after login while an initial or reset password must still be replaced.
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, App, Button, Card, Form, Input, Modal, Space, Typography, theme } from 'antd';
import { LockOutlined, LogoutOutlined } from '@ant-design/icons';
import { useChangePassword, useLogout, type Me } from '../api/auth.ts';
import { useMeta } from '../api/meta.ts';
import { useI18n } from '../i18n/index.tsx';
import { LangSwitch } from './lang-switch.tsx';
import { formLevelError, ServerError } from './server-error.tsx';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}
const fields = ['currentPassword', 'newPassword'] as const;

function PasswordFields({ currentLabel }: { currentLabel: string }) {
  const { t, pick } = useI18n();
  const meta = useMeta();
  return (
    <>
      <Form.Item name="currentPassword" label={currentLabel} rules={[{ required: true, message: t('common.required') }]}>
        <Input.Password data-testid="pwd-current" autoComplete="current-password" prefix={<LockOutlined />} />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('pwd.new')}
        extra={meta.data ? t('account.passwordPolicy', { text: pick(meta.data.passwordPolicy.text) }) : undefined}
        rules={[{ required: true, message: t('common.required') }]}
      >
        <Input.Password data-testid="pwd-new" autoComplete="new-password" prefix={<LockOutlined />} />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('pwd.confirm')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('common.required') },
          ({ getFieldValue }) => ({
            validator: (_, v) => (!v || v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('pwd.mismatch')))),
          }),
        ]}
      >
        <Input.Password data-testid="pwd-confirm" autoComplete="new-password" prefix={<LockOutlined />} />
      </Form.Item>
    </>
  );
}

function useSubmit(form: ReturnType<typeof Form.useForm<Values>>[0], onDone: () => void) {
  const change = useChangePassword();
  const [error, setError] = useState<unknown>(null);
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setError(null);
    change.mutate(
      { currentPassword: v.currentPassword, newPassword: v.newPassword },
      { onSuccess: onDone, onError: (e) => setError(formLevelError(form, e, fields)) },
    );
  };
  return { submit, error, pending: change.isPending };
}

/** The header menu's "change my password" dialog. */
export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { submit, error, pending } = useSubmit(form, () => {
    message.success(t('pwd.changed'));
    onClose();
  });
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);
  return (
    <Modal
      open={open}
      title={t('pwd.change')}
      onCancel={onClose}
      onOk={submit}
      confirmLoading={pending}
      okButtonProps={{ 'data-testid': 'pwd-submit' }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" data-testid="pwd-form" requiredMark={false}>
        <PasswordFields currentLabel={t('pwd.current')} />
      </Form>
      <ServerError error={error} />
    </Modal>
  );
}

/** Shown instead of the app while the account must replace an initial or reset password. */
export function ForcedPasswordChange({ me }: { me: Me }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const logout = useLogout();
  const [form] = Form.useForm<Values>();
  const { submit, error, pending } = useSubmit(form, () => message.success(t('pwd.changed')));
  return (
    <div
      style={{
        minHeight: '100vh',
        background: token.colorBgLayout,
        display: 'flex',
        alignItems: 'flex-start',
        justifyContent: 'center',
        padding: '10vh 16px 16px',
      }}
    >
      <Card
        data-testid="forced-password-change"
        style={{ width: '100%', maxWidth: 440 }}
        title={
          <Space>
            <LockOutlined />
            {t('pwd.forceTitle')}
          </Space>
        }
        extra={<LangSwitch size="small" />}
      >
        <Typography.Paragraph type="secondary">
          <span data-testid="user-name">{me.displayName}</span>（<code>{me.username}</code>）
        </Typography.Paragraph>
        <Alert type="warning" showIcon title={t('pwd.forceText')} style={{ marginBottom: 16 }} />
        <Form form={form} layout="vertical" requiredMark={false} onFinish={submit}>
          <PasswordFields currentLabel={t('pwd.forceCurrent')} />
          <ServerError error={error} style={{ marginBottom: 16 }} />
          <Space style={{ width: '100%', justifyContent: 'space-between' }}>
            <Button icon={<LogoutOutlined />} onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) })}>
              {t('nav.logout')}
            </Button>
            <Button data-testid="pwd-submit" type="primary" htmlType="submit" loading={pending}>
              {t('pwd.submit')}
            </Button>
          </Space>
        </Form>
      </Card>
    </div>
  );
}
