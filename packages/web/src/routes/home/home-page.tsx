import { lazy, Suspense } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, Card, Col, Row, Skeleton, Statistic, Typography } from 'antd';
import {
  ApartmentOutlined,
  AuditOutlined,
  CalculatorOutlined,
  CloudUploadOutlined,
  LoginOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
  UserAddOutlined,
} from '@ant-design/icons';
import { can, useMe, type Permission } from '../../api/auth.ts';
import { useMemberStats } from '../../api/members.ts';
import { useMeta } from '../../api/meta.ts';
import { useOrg, useOrgRoot } from '../../api/orgs.ts';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { ServerError } from '../../components/server-error.tsx';
import { WorkCard } from '../../components/work-list.tsx';
import { UnreadNoticesCard } from './unread-notices-card.tsx';

const CountPie = lazy(() => import('./count-chart.tsx').then((m) => ({ default: m.CountPie })));
const CountBars = lazy(() => import('./count-chart.tsx').then((m) => ({ default: m.CountBars })));

const links: { to: string; label: MessageKey; icon: React.ReactNode; permission: Permission }[] = [
  { to: '/orgs', label: 'nav.orgs', icon: <ApartmentOutlined />, permission: 'orgs.read' },
  { to: '/members', label: 'nav.memberList', icon: <TeamOutlined />, permission: 'members.read' },
  { to: '/members/new', label: 'nav.memberNew', icon: <UserAddOutlined />, permission: 'members.write' },
  { to: '/imports', label: 'nav.imports', icon: <CloudUploadOutlined />, permission: 'members.import' },
  { to: '/policy', label: 'nav.policy', icon: <CalculatorOutlined />, permission: 'policy.read' },
  { to: '/audit', label: 'nav.audit', icon: <AuditOutlined />, permission: 'audit.read' },
  { to: '/login-log', label: 'nav.loginLog', icon: <LoginOutlined />, permission: 'login-log.read' },
  { to: '/accounts', label: 'nav.accounts', icon: <SafetyCertificateOutlined />, permission: 'accounts.read' },
];

const cardColors: Record<string, string> = { none: '#bfbfbf', issued: '#1677ff', active: '#52c41a', lost: '#faad14', cancelled: '#8c8c8c' };

export default function HomePage() {
  const { t, pick } = useI18n();
  const { data: me } = useMe();
  const canOrgs = can(me, 'orgs.read');
  const canMembers = can(me, 'members.read');
  const root = useOrgRoot(canOrgs);
  const rootDetail = useOrg(root.data?.id);
  // One call for all counts (GET /members/stats); names from GET /meta.
  const members = useMemberStats(undefined, canMembers);
  const meta = useMeta();
  const stats = members.data;
  const cardData =
    stats && meta.data ? meta.data.cardStatuses.map((c) => ({ name: pick(c.name), value: stats.byCardStatus[c.code] ?? 0, color: cardColors[c.code] })) : null;
  const catData = stats && meta.data ? meta.data.memberCategories.map((c) => ({ name: pick(c.name), value: stats.byCategory[c.code] ?? 0 })) : null;

  if (!me) return null;
  const scopeName = root.data?.name ?? me.orgName;

  return (
    <div data-testid="home-page">
      <Card style={{ marginBottom: 16 }}>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {t('home.welcome', { name: me.displayName })}
        </Typography.Title>
        <Typography.Text type="secondary">
          {pick(me.roleName)}
          {scopeName ? ` · ${t('home.scope', { org: scopeName })}` : ''}
        </Typography.Text>
      </Card>
      <WorkCard />
      {can(me, 'announcements.read') && <UnreadNoticesCard />}
      <ServerError error={root.error ?? members.error} style={{ marginBottom: 16 }} />
      <Row gutter={[16, 16]}>
        {canMembers && (
          <Col xs={24} sm={12} lg={8}>
            <Card>
              <Statistic
                data-testid="stat-members"
                title={t('home.members')}
                value={members.data?.total ?? 0}
                loading={members.isLoading}
                prefix={<TeamOutlined />}
              />
            </Card>
          </Col>
        )}
        {canOrgs && (
          <>
            <Col xs={24} sm={12} lg={8}>
              <Card>
                <Statistic
                  data-testid="stat-orgs"
                  title={t('home.orgs')}
                  value={rootDetail.data?.counts.descendants ?? 0}
                  loading={rootDetail.isLoading || root.isLoading}
                  prefix={<ApartmentOutlined />}
                />
              </Card>
            </Col>
            <Col xs={24} sm={12} lg={8}>
              <Card>
                <Statistic
                  data-testid="stat-children"
                  title={t('home.children')}
                  value={rootDetail.data?.counts.children ?? 0}
                  loading={rootDetail.isLoading || root.isLoading}
                  prefix={<ApartmentOutlined />}
                />
              </Card>
            </Col>
          </>
        )}
        {!canOrgs && !canMembers && (
          <Col span={24}>
            <Alert type="info" showIcon title={t('home.noScope')} />
          </Col>
        )}
      </Row>
      <Card title={t('home.quickLinks')} style={{ marginTop: 16 }}>
        <Row gutter={[12, 12]}>
          {links
            .filter((l) => can(me, l.permission))
            .map((l) => (
              <Col key={l.to} xs={12} sm={8} md={6} lg={4}>
                <Link to={l.to} data-testid={`quick-${l.to.slice(1).replace(/\//g, '-')}`}>
                  <Button block icon={l.icon} style={{ height: 48 }}>
                    {t(l.label)}
                  </Button>
                </Link>
              </Col>
            ))}
        </Row>
      </Card>
      {canMembers && (
        <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
          <Col xs={24} lg={12}>
            <Card title={t('home.cardStatus')}>
              <Suspense fallback={<Skeleton active />}>{cardData ? <CountPie data={cardData} testId="chart-card-status" /> : <Skeleton active />}</Suspense>
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card title={t('home.categories')}>
              <Suspense fallback={<Skeleton active />}>{catData ? <CountBars data={catData} testId="chart-categories" /> : <Skeleton active />}</Suspense>
            </Card>
          </Col>
        </Row>
      )}
    </div>
  );
}
