import { Suspense, useMemo, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { Avatar, Badge, Breadcrumb, Button, Dropdown, Grid, Layout, Menu, Space, Spin, Typography, theme } from 'antd';
import type { MenuProps } from 'antd';
import {
  CalendarOutlined,
  KeyOutlined,
  ApartmentOutlined,
  AuditOutlined,
  CloudUploadOutlined,
  HomeOutlined,
  LoginOutlined,
  LogoutOutlined,
  MenuFoldOutlined,
  MenuUnfoldOutlined,
  TeamOutlined,
  UserAddOutlined,
  UserOutlined,
  SafetyCertificateOutlined,
  CalculatorOutlined,
  ProjectOutlined,
  FileDoneOutlined,
  CheckSquareOutlined,
  BarChartOutlined,
  WalletOutlined,
  GiftOutlined,
} from '@ant-design/icons';
import { SoundOutlined } from '@ant-design/icons';
import {
  DashboardOutlined,
  EnvironmentOutlined,
  IdcardOutlined,
  FlagOutlined,
  NotificationOutlined,
  SafetyOutlined,
  ScheduleOutlined,
  ReadOutlined,
} from '@ant-design/icons';
import { can, useLogout, type Me, type Permission } from '../api/auth.ts';
import { useI18n, type MessageKey } from '../i18n/index.tsx';
import { LangSwitch } from './lang-switch.tsx';
import { NoticeBell } from '../routes/portal/notice-bell.tsx';
import { ChangePasswordModal } from './change-password.tsx';
import { WorkBadge } from './work-list.tsx';
import { useAnnouncements } from '../api/announcements.ts';
import { menuCounts, useMyWork } from '../api/work.ts';

interface NavItem {
  path: string;
  label: MessageKey;
  icon: React.ReactNode;
  permission?: Permission | Permission[];
  children?: NavItem[];
}

/** The side menu: each entry appears only when the account holds its permission. */
const nav: NavItem[] = [
  { path: '/', label: 'nav.home', icon: <HomeOutlined /> },
  { path: '/announcements', label: 'ann.nav', icon: <SoundOutlined />, permission: 'announcements.read' },
  { path: '/orgs', label: 'nav.orgs', icon: <ApartmentOutlined />, permission: 'orgs.read' },
  {
    path: '/members-group',
    label: 'nav.members',
    icon: <TeamOutlined />,
    children: [
      { path: '/members', label: 'nav.memberList', icon: <TeamOutlined />, permission: 'members.read' },
      { path: '/members/new', label: 'nav.memberNew', icon: <UserAddOutlined />, permission: 'members.write' },
      { path: '/imports', label: 'nav.imports', icon: <CloudUploadOutlined />, permission: 'members.import' },
      { path: '/reports/card-work', label: 'cw.nav', icon: <IdcardOutlined />, permission: 'members.read' },
    ],
  },
  {
    path: '/appl-group',
    label: 'nav.appl.group',
    icon: <GiftOutlined />,
    children: [
      { path: '/programs', label: 'nav.appl.programs', icon: <ProjectOutlined />, permission: 'programs.read' },
      { path: '/calendar', label: 'cal.nav', icon: <CalendarOutlined />, permission: 'programs.manage' },
      { path: '/applications/queue', label: 'nav.appl.queue', icon: <CheckSquareOutlined />, permission: 'applications.review' },
      { path: '/applications', label: 'nav.appl.list', icon: <FileDoneOutlined />, permission: 'applications.read' },
      { path: '/applications/report', label: 'nav.appl.report', icon: <BarChartOutlined />, permission: 'applications.read' },
      { path: '/payouts', label: 'nav.appl.payouts', icon: <WalletOutlined />, permission: 'payouts.read' },
    ],
  },
  { path: '/protection', label: 'prot.nav', icon: <SafetyOutlined />, permission: 'protection.read' },
  // 新就业形态劳动者互助保障 (沪工总办〔2022〕15号 项目五): the platforms, and the agency that reviews them.
  { path: '/gig', label: 'gig.nav', icon: <SafetyOutlined />, permission: ['protection.gig', 'protection.review'] },
  { path: '/places', label: 'q.nav', icon: <ScheduleOutlined />, permission: ['pools.read', 'pools.bills'] },
  { path: '/classes', label: 'cl.nav', icon: <ReadOutlined />, permission: 'pools.read' },
  {
    path: '/sites-group',
    label: 'nav.sites',
    icon: <EnvironmentOutlined />,
    children: [
      { path: '/sites', label: 'nav.sites.list', icon: <EnvironmentOutlined />, permission: 'sites.read' },
      { path: '/sites/new', label: 'nav.sites.new', icon: <EnvironmentOutlined />, permission: 'sites.write' },
      { path: '/sites/claims', label: 'nav.sites.claims', icon: <EnvironmentOutlined />, permission: 'sites.inspect' },
    ],
  },
  { path: '/calls', label: 'lc.nav.calls', icon: <NotificationOutlined />, permission: 'calls.read' },
  { path: '/projects', label: 'lc.nav.projects', icon: <FlagOutlined />, permission: 'projects.read' },
  { path: '/dashboard', label: 'lc.nav.dashboard', icon: <DashboardOutlined />, permission: 'projects.read' },
  { path: '/policy', label: 'nav.policy', icon: <CalculatorOutlined />, permission: 'policy.read' },
  { path: '/policy/versions', label: 'pv.nav', icon: <CalculatorOutlined />, permission: 'policy.approve' },
  { path: '/audit', label: 'nav.audit', icon: <AuditOutlined />, permission: 'audit.read' },
  { path: '/login-log', label: 'nav.loginLog', icon: <LoginOutlined />, permission: 'login-log.read' },
  { path: '/accounts', label: 'nav.accounts', icon: <SafetyCertificateOutlined />, permission: 'accounts.read' },
];

function visible(items: NavItem[], me: Me): NavItem[] {
  return items.flatMap((i) => {
    if (i.children) {
      const children = visible(i.children, me);
      return children.length ? [{ ...i, children }] : [];
    }
    return !i.permission || [i.permission].flat().some((p) => can(me, p)) ? [i] : [];
  });
}

export function PageFallback() {
  return (
    <div style={{ padding: 48, textAlign: 'center' }}>
      <Spin />
    </div>
  );
}

export function AppLayout({ me }: { me: Me }) {
  const { t, pick } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const logout = useLogout();
  const screens = Grid.useBreakpoint();
  const narrow = !screens.lg;
  const [collapsed, setCollapsed] = useState<boolean | null>(null);
  const isCollapsed = collapsed ?? narrow;
  const { token } = theme.useToken();
  const [changingPassword, setChangingPassword] = useState(false);

  const items = useMemo(() => visible(nav, me), [me]);
  // 待办 counts on the menu entries where the work is done.
  // …and the unread notices (通知公告) on theirs.
  const unreadNotices = useAnnouncements({ box: 'inbox', pageSize: 1 }, can(me, 'announcements.read')).data?.unread ?? 0;
  const counts: Record<string, number> = { ...menuCounts(useMyWork().data), ...(unreadNotices ? { '/announcements': unreadNotices } : {}) };
  const withCount = (path: string, text: string) =>
    counts[path] ? (
      <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
        {text}
        <Badge count={counts[path]} size="small" overflowCount={99} data-testid={`nav-count-${path.slice(1).replace(/\//g, '-')}`} />
      </span>
    ) : (
      text
    );
  const menuItems: MenuProps['items'] = items.map((i) =>
    i.children
      ? {
          key: i.path,
          icon: i.icon,
          label: t(i.label),
          children: i.children.map((c) => ({
            key: c.path,
            icon: c.icon,
            label: (
              <Link to={c.path} data-testid={`nav-${c.path.slice(1).replace(/\//g, '-')}`}>
                {withCount(c.path, t(c.label))}
              </Link>
            ),
          })),
        }
      : {
          key: i.path,
          icon: i.icon,
          label: (
            <Link to={i.path} data-testid={`nav-${i.path === '/' ? 'home' : i.path.slice(1)}`}>
              {withCount(i.path, t(i.label))}
            </Link>
          ),
        },
  );
  // The most specific menu path that prefixes the current location.
  const all = items.flatMap((i) => (i.children ? i.children : [i]));
  const selected = all
    .filter((i) => (i.path === '/' ? location.pathname === '/' : location.pathname === i.path || location.pathname.startsWith(`${i.path}/`)))
    .sort((a, b) => b.path.length - a.path.length)[0];
  const selectedKey = selected?.path === '/members' && location.pathname === '/members/new' ? '/members/new' : selected?.path;

  // Breadcrumbs (issue 12 §3): 首页 / the menu group / the menu entry / 详情 for a page below the entry.
  const group = selected ? items.find((i) => i.children?.some((c) => c.path === selected.path)) : undefined;
  const deeper = !!selected && selected.path !== '/' && location.pathname !== selectedKey && location.pathname.startsWith(`${selected.path}/`);
  const crumbs =
    location.pathname === '/' || !selected
      ? []
      : [
          { title: <Link to="/">{t('nav.home')}</Link> },
          ...(group ? [{ title: t(group.label) }] : []),
          ...(selected.path === '/' ? [] : [{ title: deeper ? <Link to={selected.path}>{t(selected.label)}</Link> : t(selected.label) }]),
          ...(deeper ? [{ title: t('common.detail') }] : []),
        ];

  const doLogout = () => logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) });

  const userMenu: MenuProps['items'] = [
    { key: 'role', label: pick(me.roleName), disabled: true },
    ...(me.orgName ? [{ key: 'org', label: me.orgName, disabled: true }] : []),
    { type: 'divider' as const },
    ...(me.hasPassword !== false
      ? [
          {
            key: 'password',
            icon: <KeyOutlined />,
            label: <span data-testid="menu-change-password">{t('pwd.change')}</span>,
            onClick: () => setChangingPassword(true),
          },
        ]
      : []),
    { key: 'logout', icon: <LogoutOutlined />, label: t('nav.logout'), onClick: doLogout },
  ];

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {/* The dark column runs the full page height while the menu itself stays in view. */}
      {/* On a phone the menu is a drawer-like overlay, absent while closed (no stray submenu popups). */}
      {!(narrow && isCollapsed) && (
        <div className="app-nav" style={{ background: '#001529', flex: 'none' }}>
          <Layout.Sider
            theme="dark"
            width={220}
            collapsible
            collapsed={isCollapsed}
            collapsedWidth={narrow ? 0 : 64}
            trigger={null}
            style={narrow ? { position: 'fixed', height: '100vh', zIndex: 20, left: 0, top: 0 } : { position: 'sticky', top: 0, height: '100vh' }}
          >
            <Link
              to="/"
              style={{ display: 'flex', alignItems: 'center', gap: 10, height: 56, padding: '0 18px', color: '#fff', overflow: 'hidden', whiteSpace: 'nowrap' }}
            >
              <span
                style={{
                  display: 'inline-flex',
                  width: 28,
                  height: 28,
                  borderRadius: 6,
                  background: '#c8102e',
                  alignItems: 'center',
                  justifyContent: 'center',
                  fontWeight: 700,
                  flex: 'none',
                }}
              >
                实
              </span>
              {!isCollapsed && <span style={{ fontSize: 16, fontWeight: 600 }}>{t('app.name')}</span>}
            </Link>
            {/* The menu scrolls inside the column when it is longer than the window (a laptop screen, two groups open). */}
            <div style={{ height: 'calc(100vh - 56px)', overflowY: 'auto', overflowX: 'hidden' }} data-testid="side-menu-scroll">
              <Menu
                data-testid="side-menu"
                theme="dark"
                mode="inline"
                selectedKeys={selectedKey ? [selectedKey] : []}
                defaultOpenKeys={['/members-group', '/appl-group']}
                items={menuItems}
                onClick={() => narrow && setCollapsed(true)}
              />
            </div>
          </Layout.Sider>
        </div>
      )}
      {narrow && !isCollapsed && (
        // The scrim behind the open menu: a mouse shortcut, hidden from assistive technology; the menu button closes it by keyboard.
        <div
          className="app-overlay"
          aria-hidden="true"
          onClick={() => setCollapsed(true)}
          style={{ position: 'fixed', inset: 0, background: 'rgba(0,0,0,.35)', zIndex: 15 }}
        />
      )}
      <Layout>
        <Layout.Header
          className="app-header"
          style={{
            position: 'sticky',
            top: 0,
            zIndex: 10,
            display: 'flex',
            alignItems: 'center',
            gap: 12,
            padding: '0 16px',
            background: token.colorBgContainer,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            height: 56,
            lineHeight: '56px',
          }}
        >
          <Button
            type="text"
            aria-label={t('nav.collapse')}
            icon={isCollapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
            onClick={() => setCollapsed(!isCollapsed)}
          />
          <Typography.Text strong ellipsis style={{ flex: 1, minWidth: 0 }}>
            {screens.md ? t('app.subtitle') : t('app.name')}
          </Typography.Text>
          <LangSwitch />
          <WorkBadge />
          <NoticeBell />
          <Dropdown menu={{ items: userMenu }} placement="bottomRight">
            <Space data-testid="user-info" style={{ cursor: 'pointer', lineHeight: 1.3 }}>
              <Avatar size="small" icon={<UserOutlined />} style={{ background: token.colorPrimary }} />
              {screens.md && (
                <span style={{ display: 'inline-flex', flexDirection: 'column' }}>
                  <span data-testid="user-name">{me.displayName}</span>
                  <span style={{ fontSize: 12, color: token.colorTextSecondary }}>
                    <span data-testid="user-role">{pick(me.roleName)}</span>
                    {me.orgName && (
                      <>
                        {' '}
                        · <span data-testid="user-org">{me.orgName}</span>
                      </>
                    )}
                  </span>
                </span>
              )}
            </Space>
          </Dropdown>
          <Button data-testid="logout" type="text" icon={<LogoutOutlined />} onClick={doLogout} loading={logout.isPending} aria-label={t('nav.logout')}>
            {screens.md ? t('nav.logout') : null}
          </Button>
        </Layout.Header>
        <ChangePasswordModal open={changingPassword} onClose={() => setChangingPassword(false)} />
        <Layout.Content style={{ padding: narrow ? 12 : 24, minWidth: 0 }}>
          {crumbs.length > 1 && <Breadcrumb items={crumbs} style={{ marginBottom: 8 }} data-testid="breadcrumbs" className="no-print" />}
          <Suspense fallback={<PageFallback />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
