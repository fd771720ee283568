import { useSearchParams } from 'react-router-dom';
import { Card, Result, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import { useMyMember } from '../../api/members.ts';
import { ApiError } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ServerError } from '../../components/server-error.tsx';
import { CardTag } from '../members/member-labels.tsx';
import { CurrentMembershipCard, HistoryCard, PersonCard } from '../members/member-view.tsx';
import { EntitlementsView } from '../members/entitlements-view.tsx';

export default function MyMemberPage() {
  const { t } = useI18n();
  const { data: m, isLoading, error } = useMyMember();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'entitlements' ? 'entitlements' : 'info';
  if (isLoading) return <Skeleton active />;
  if (error instanceof ApiError && error.status === 404) return <Result status="info" title={t('portal.noMembership')} />;
  if (error || !m) return <ServerError error={error} />;
  const cur = m.current;
  return (
    <div data-testid="portal-page">
      <Typography.Title level={4} style={{ margin: '4px 0 12px' }} data-testid="page-title">
        {t('portal.title')}
      </Typography.Title>
      <Card
        data-testid="portal-card"
        style={{ marginBottom: 12, background: 'linear-gradient(135deg, #c8102e 0%, #8f0b21 100%)', color: '#fff', borderRadius: 14 }}
        styles={{ body: { padding: 20 } }}
        variant="borderless"
      >
        <div style={{ fontSize: 12, opacity: 0.85 }}>{t('portal.card')}</div>
        <div style={{ fontSize: 22, fontWeight: 600, margin: '6px 0' }}>{m.name}</div>
        <div style={{ fontFamily: 'monospace', fontSize: 20, letterSpacing: 2 }} data-testid="portal-member-no">
          {cur?.memberNo?.replace(/(\d{4})(\d{3})(\d{3})/, '$1 $2 $3') ?? t('common.none')}
        </div>
        <div style={{ marginTop: 8, fontSize: 13, opacity: 0.9 }}>{cur?.orgName ?? t('member.noCurrent')}</div>
        {cur && (
          <Space style={{ marginTop: 8 }} wrap>
            <CardTag code={cur.cardStatus} />
            {cur.eMembership && <Tag color="gold">{t('member.eMembership')}</Tag>}
          </Space>
        )}
      </Card>
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams(k === 'info' ? {} : { tab: k }, { replace: true })}
        items={[
          {
            key: 'info',
            label: <span data-testid="portal-tab-info">{t('portal.tab.info')}</span>,
            children: (
              <Space orientation="vertical" size={12} style={{ width: '100%' }}>
                <CurrentMembershipCard m={cur} compact />
                <PersonCard member={m} compact />
                <HistoryCard history={m.history} />
              </Space>
            ),
          },
          {
            key: 'entitlements',
            label: <span data-testid="portal-tab-entitlements">{t('portal.tab.entitlements')}</span>,
            children: <EntitlementsView personId={null} compact />,
          },
        ]}
      />
    </div>
  );
}
