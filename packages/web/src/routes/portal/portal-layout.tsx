import { Suspense, useState } from 'react';
import { Link, Outlet, useNavigate } from 'react-router-dom';
import { Button, Grid, Layout, Typography, theme } from 'antd';
import { KeyOutlined, LogoutOutlined, NotificationOutlined, SoundOutlined } from '@ant-design/icons';
import { useLogout, type Me } from '../../api/auth.ts';
import { useI18n } from '../../i18n/index.tsx';
import { LangSwitch } from '../../components/lang-switch.tsx';
import { PageFallback } from '../../components/app-layout.tsx';
import { PortalNav } from './portal-nav.tsx';
import { NoticeBell } from './notice-bell.tsx';
import { ChangePasswordModal } from '../../components/change-password.tsx';

/** The member's own layout: one narrow column that works on a phone. */
export function PortalLayout({ me }: { me: Me }) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const logout = useLogout();
  const [changingPassword, setChangingPassword] = useState(false);
  // On a phone the calls link is an icon, so the name in the header is not squeezed to one letter.
  const phone = !Grid.useBreakpoint().sm;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        className="app-header"
        style={{ display: 'flex', alignItems: 'center', gap: 8, padding: '0 12px', background: '#c8102e', height: 52, lineHeight: '52px' }}
      >
        <span
          style={{
            display: 'inline-flex',
            width: 28,
            height: 28,
            borderRadius: 6,
            background: '#fff',
            color: '#c8102e',
            fontWeight: 700,
            alignItems: 'center',
            justifyContent: 'center',
            flex: 'none',
          }}
        >
          实
        </span>
        <Typography.Text strong style={{ color: '#fff', flex: 1, minWidth: 0 }} ellipsis data-testid="user-name">
          {t('app.name')} · {me.displayName}
        </Typography.Text>
        <Link
          to="/calls"
          data-testid="portal-nav-calls"
          aria-label={t('lc.nav.calls')}
          title={t('lc.nav.calls')}
          style={{ color: '#fff', fontSize: phone ? 16 : 13, whiteSpace: 'nowrap', display: 'inline-flex', padding: phone ? '0 4px' : undefined }}
        >
          {phone ? <NotificationOutlined /> : t('lc.nav.calls')}
        </Link>
        {/* 通知公告 (issue 12 §3): notices sent to members too; an icon in the header, as the segmented bar is full on a phone. */}
        <Link
          to="/announcements"
          data-testid="portal-nav-announcements"
          aria-label={t('ann.nav')}
          title={t('ann.nav')}
          style={{ color: '#fff', fontSize: 16, display: 'inline-flex', padding: '0 4px' }}
        >
          <SoundOutlined />
        </Link>
        <span style={{ filter: 'invert(1) brightness(2)' }}>
          <LangSwitch size="small" />
        </span>
        <NoticeBell onDark member />
        {me.hasPassword && (
          <Button
            data-testid="menu-change-password"
            size="small"
            type="text"
            style={{ color: '#fff' }}
            icon={<KeyOutlined />}
            aria-label={t('pwd.change')}
            title={t('pwd.change')}
            onClick={() => setChangingPassword(true)}
          />
        )}
        <Button
          data-testid="logout"
          size="small"
          type="text"
          style={{ color: '#fff' }}
          icon={<LogoutOutlined />}
          aria-label={t('nav.logout')}
          loading={logout.isPending}
          onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) })}
        />
      </Layout.Header>
      <ChangePasswordModal open={changingPassword} onClose={() => setChangingPassword(false)} />
      <Layout.Content style={{ padding: 12, background: token.colorBgLayout }}>
        <div style={{ maxWidth: 640, margin: '0 auto' }}>
          <PortalNav />
          <Suspense fallback={<PageFallback />}>
            <Outlet />
          </Suspense>
        </div>
      </Layout.Content>
    </Layout>
  );
}
