import { useEffect, useState } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Form, Input, Space, Tabs, Typography, theme } from 'antd';
import { LockOutlined, MobileOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { ApiError } from '../../api/client.ts';
import { useLogin, useMe, useRequestOtp, useVerifyOtp } from '../../api/auth.ts';
import { useI18n } from '../../i18n/index.tsx';
import { LangSwitch } from '../../components/lang-switch.tsx';
import { applyFieldErrors } from '../../components/server-error.tsx';

/** The problem of a failed login, with lockout and remaining attempts spelled out. */
function LoginProblem({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (!error) return null;
  if (error instanceof ApiError && error.code === 'account-locked') {
    const until = typeof error.extra.lockedUntil === 'string' ? dayjs(error.extra.lockedUntil).format('YYYY-MM-DD HH:mm') : '';
    return (
      <Alert
        data-testid="login-error"
        type="error"
        showIcon
        title={t('login.locked')}
        description={until ? t('login.lockedUntil', { time: until }) : error.title}
      />
    );
  }
  const remaining = error instanceof ApiError && typeof error.extra.remainingAttempts === 'number' ? error.extra.remainingAttempts : null;
  return (
    <Alert
      data-testid="login-error"
      type={remaining !== null && remaining <= 2 ? 'warning' : 'error'}
      showIcon
      title={error instanceof ApiError ? error.title : String(error)}
      description={
        remaining !== null ? (
          <span data-testid="login-remaining">{t('login.remaining', { n: remaining })}</span>
        ) : error instanceof ApiError && error.detail !== error.title ? (
          error.detail
        ) : undefined
      }
    />
  );
}

function PasswordLogin({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ username: string; password: string }>();
  const login = useLogin();
  return (
    <Form
      form={form}
      layout="vertical"
      size="large"
      requiredMark={false}
      onFinish={(v) => login.mutate(v, { onSuccess: onDone, onError: (e) => applyFieldErrors(form, e, ['username', 'password']) })}
    >
      <Form.Item name="username" label={t('login.username')} rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}>
        <Input data-testid="login-username" prefix={<UserOutlined />} autoComplete="username" autoFocus />
      </Form.Item>
      <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
        <Input.Password data-testid="login-password" prefix={<LockOutlined />} autoComplete="current-password" />
      </Form.Item>
      {login.error && (
        <div style={{ marginBottom: 16 }}>
          <LoginProblem error={login.error} />
        </div>
      )}
      <Button data-testid="login-submit" type="primary" htmlType="submit" block loading={login.isPending}>
        {t('login.submit')}
      </Button>
    </Form>
  );
}

function MemberLogin({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ mobile: string; code: string }>();
  const requestOtp = useRequestOtp();
  const verify = useVerifyOtp();
  const [countdown, setCountdown] = useState(0);
  const [sent, setSent] = useState(false);

  useEffect(() => {
    if (countdown <= 0) return;
    const h = setTimeout(() => setCountdown((c) => c - 1), 1000);
    return () => clearTimeout(h);
  }, [countdown]);

  const sendCode = async () => {
    try {
      const { mobile } = await form.validateFields(['mobile']);
      requestOtp.mutate(
        { mobile },
        {
          onSuccess: (r) => {
            setSent(true);
            const wait = (r as { resendAfterSeconds?: number }).resendAfterSeconds;
            setCountdown(typeof wait === 'number' ? wait : 60);
          },
          onError: (e) => {
            applyFieldErrors(form, e, ['mobile']);
            if (e instanceof ApiError && typeof e.extra.retryAfterSeconds === 'number') setCountdown(e.extra.retryAfterSeconds);
          },
        },
      );
    } catch {
      /* the field shows its own error */
    }
  };

  return (
    <Form
      form={form}
      layout="vertical"
      size="large"
      requiredMark={false}
      onFinish={(v) => verify.mutate(v, { onSuccess: onDone, onError: (e) => applyFieldErrors(form, e, ['mobile', 'code']) })}
    >
      <Typography.Paragraph type="secondary">{t('login.memberHint')}</Typography.Paragraph>
      <Form.Item name="mobile" label={t('login.mobile')} rules={[{ required: true, pattern: /^1\d{10}$/, message: t('login.mobileInvalid') }]}>
        <Input data-testid="login-mobile" prefix={<MobileOutlined />} inputMode="numeric" maxLength={11} autoComplete="tel" />
      </Form.Item>
      <Form.Item label={t('login.code')} required>
        <Space.Compact style={{ width: '100%' }}>
          <Form.Item name="code" noStyle rules={[{ required: true, pattern: /^\d{6}$/, message: t('login.codeInvalid') }]}>
            <Input data-testid="login-code" prefix={<SafetyOutlined />} inputMode="numeric" maxLength={6} autoComplete="one-time-code" />
          </Form.Item>
          <Button data-testid="login-get-code" onClick={sendCode} disabled={countdown > 0} loading={requestOtp.isPending} style={{ minWidth: 132 }}>
            {countdown > 0 ? t('login.resend', { s: countdown }) : t('login.getCode')}
          </Button>
        </Space.Compact>
      </Form.Item>
      {sent && !requestOtp.error && !verify.error && <Alert style={{ marginBottom: 16 }} type="success" showIcon title={t('login.codeSent')} />}
      {(requestOtp.error || verify.error) && (
        <div style={{ marginBottom: 16 }}>
          <LoginProblem error={verify.error ?? requestOtp.error} />
        </div>
      )}
      <Button data-testid="login-member-submit" type="primary" htmlType="submit" block loading={verify.isPending}>
        {t('login.submit')}
      </Button>
    </Form>
  );
}

export default function LoginPage() {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const location = useLocation();
  const { data: me } = useMe();
  const from = (location.state as { from?: string } | null)?.from;
  const onDone = () => navigate(from && from !== '/login' ? from : '/', { replace: true });
  if (me) return <Navigate to={from ?? '/'} replace />;

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        background: `linear-gradient(160deg, #fff5f5 0%, ${token.colorBgLayout} 45%, #eef2f8 100%)`,
      }}
    >
      <div style={{ display: 'flex', justifyContent: 'flex-end', padding: 12 }}>
        <LangSwitch />
      </div>
      <div style={{ flex: 1, display: 'flex', alignItems: 'center', justifyContent: 'center', padding: '0 16px 32px' }}>
        <div style={{ width: '100%', maxWidth: 420 }}>
          <div style={{ textAlign: 'center', marginBottom: 24 }}>
            <div
              style={{
                display: 'inline-flex',
                width: 56,
                height: 56,
                borderRadius: 14,
                background: '#c8102e',
                color: '#fff',
                fontSize: 30,
                fontWeight: 700,
                alignItems: 'center',
                justifyContent: 'center',
                marginBottom: 12,
              }}
            >
              实
            </div>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="login-title">
              {t('app.title')}
            </Typography.Title>
          </div>
          <Card variant="borderless" style={{ boxShadow: token.boxShadowTertiary }}>
            <Tabs
              centered
              items={[
                {
                  key: 'password',
                  label: <span data-testid="login-tab-password">{t('login.tab.password')}</span>,
                  children: <PasswordLogin onDone={onDone} />,
                },
                { key: 'member', label: <span data-testid="login-tab-member">{t('login.tab.member')}</span>, children: <MemberLogin onDone={onDone} /> },
              ]}
            />
          </Card>
          <Typography.Paragraph type="secondary" style={{ textAlign: 'center', marginTop: 24, fontSize: 12 }}>
            {t('login.footer')}
          </Typography.Paragraph>
          <Typography.Paragraph style={{ textAlign: 'center', marginTop: -12 }}>
            <Link to="/public/projects" data-testid="login-public-link">
              {t('lc.nav.public')}
            </Link>
          </Typography.Paragraph>
        </div>
      </div>
    </div>
  );
}
