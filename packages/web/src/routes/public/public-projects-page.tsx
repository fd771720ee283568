// 公开实事项目 (no login): a union's published list for a year with each project's status and progress.
// The federation by default; other unions from the selector (or `?org=<id>`).
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Empty, Flex, Grid, Progress, Row, Select, Skeleton, Space, Typography, theme } from 'antd';
import { LoginOutlined } from '@ant-design/icons';
import { ApiError, request } from '../../api/client.ts';
import { usePublicProjects, usePublishedSlatesQuiet, type PublicList } from '../../api/lifecycle.ts';
import { useI18n } from '../../i18n/index.tsx';
import { LangSwitch } from '../../components/lang-switch.tsx';
import { CategoryTag, fmtNum, ProjectStatusTag, Withheld } from '../projects/lifecycle-ui.tsx';

/** Without a year: the newest of the last few years that has a published list. */
function useLatestYear(org: string, enabled: boolean) {
  return useQuery({
    queryKey: ['public', 'latest', org],
    enabled,
    retry: false,
    queryFn: async () => {
      const now = new Date().getFullYear();
      for (let y = now + 1; y >= now - 8; y--) {
        try {
          await request<PublicList>('GET', '/public/projects', { query: { year: y, org }, quiet401: true });
          return y;
        } catch (e) {
          if (!(e instanceof ApiError && e.status === 404)) throw e;
        }
      }
      return now;
    },
  });
}

export default function PublicProjectsPage() {
  const { t, lang } = useI18n();
  const { token } = theme.useToken();
  const screens = Grid.useBreakpoint();
  const [params, setParams] = useSearchParams();
  const org = params.get('org') || 'federation';
  const latest = useLatestYear(org, !params.get('year'));
  const year = Number(params.get('year')) || latest.data;
  const list = usePublicProjects({ year: year ?? 0, org });
  const known = usePublishedSlatesQuiet();
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 12 }, (_, i) => thisYear + 1 - i);
  const fedName = org === 'federation' ? list.data?.org.name : undefined;
  const orgOptions = useMemo(() => {
    const m = new Map<string, string>([['federation', t('lc.pub.federation')]]);
    for (const s of known.data ?? []) if (s.orgName !== fedName && s.orgName !== '上海市总工会') m.set(String(s.orgId), s.orgName);
    if (list.data && org !== 'federation') m.set(org, list.data.org.name);
    return [...m.entries()].map(([value, label]) => ({ value, label }));
  }, [known.data, list.data, org, fedName, t]);
  const set = (k: string, v?: string | number) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, String(v));
    else next.delete(k);
    if (k === 'org') next.delete('year');
    setParams(next, { replace: true });
  };
  const d = list.data;
  const missing = list.error instanceof ApiError && list.error.status === 404;

  return (
    <div data-testid="public-page" style={{ minHeight: '100vh', background: `linear-gradient(160deg, #fff5f5 0%, ${token.colorBgLayout} 40%, #eef2f8 100%)` }}>
      <Flex align="center" gap={12} style={{ padding: '10px 16px', background: '#c8102e', color: '#fff' }}>
        <span style={{ display: 'inline-flex', width: 30, height: 30, borderRadius: 6, background: '#fff', color: '#c8102e', fontWeight: 700, alignItems: 'center', justifyContent: 'center', flex: 'none' }}>实</span>
        <Typography.Text strong style={{ color: '#fff', flex: 1, fontSize: 16 }} ellipsis>
          {t('lc.pub.title')}
        </Typography.Text>
        <span style={{ filter: 'invert(1) brightness(2)' }}>
          <LangSwitch size="small" />
        </span>
        <Link to="/login" data-testid="public-login">
          <Button size="small" icon={<LoginOutlined />}>{screens.sm ? t('lc.pub.login') : null}</Button>
        </Link>
      </Flex>
      <div style={{ maxWidth: 1100, margin: '0 auto', padding: screens.md ? 24 : 12 }}>
        <Flex justify="space-between" align="end" gap={12} wrap style={{ marginBottom: 16 }}>
          <div>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="public-title">
              {d ? d.title : t('lc.pub.title')}
            </Typography.Title>
            <Typography.Text type="secondary">{d?.meeting && d.documentNo ? t('lc.pub.approved', { meeting: d.meeting, documentNo: d.documentNo, date: d.approvedOn ?? '' }) : t('lc.pub.sub')}</Typography.Text>
          </div>
          <Space wrap>
            <Select data-testid="public-org" style={{ width: 220 }} value={org} options={orgOptions} onChange={(v: string) => set('org', v === 'federation' ? undefined : v)} />
            <Select data-testid="public-year" style={{ width: 110 }} value={year} options={years.map((y) => ({ value: y, label: String(y) }))} onChange={(v: number) => set('year', v)} />
          </Space>
        </Flex>
        {(list.isLoading || latest.isLoading) && <Skeleton active />}
        {missing && <Card><Empty data-testid="public-empty" description={t('lc.pub.none')} /></Card>}
        {d && (
          <>
            <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>{d.org.name} · {t('lc.pub.asOf', { date: d.asOf })}</Typography.Paragraph>
            <Row gutter={[16, 16]} data-testid="public-projects">
              {d.projects.map((p) => (
                <Col xs={24} md={12} key={p.no}>
                  <Card size="small" style={{ height: '100%' }} data-testid={`public-project-${p.no}`}>
                    <Flex justify="space-between" gap={8} align="start">
                      <Typography.Text strong style={{ fontSize: 15 }}>
                        {p.no}. {p.title}
                      </Typography.Text>
                      <span style={{ flex: 'none' }}><ProjectStatusTag status={p.status} /></span>
                    </Flex>
                    <div style={{ margin: '6px 0' }}>
                      <CategoryTag category={p.category} />
                      {p.responsibleOrgName && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{p.responsibleOrgName}</Typography.Text>}
                    </div>
                    {p.percent === null && p.suppressed && <Withheld testId={`public-progress-${p.no}`} />}
                    {p.percent !== null && <Progress percent={p.percent} size="small" status={p.percent >= 100 ? 'success' : 'active'} data-testid={`public-progress-${p.no}`} />}
                    {p.targets.map((tg, i) => (
                      <Flex key={i} justify="space-between" gap={8} style={{ fontSize: 12 }}>
                        <Typography.Text type="secondary" ellipsis style={{ flex: 1 }}>{tg.indicator}</Typography.Text>
                        <span>{tg.actual === null && tg.suppressed ? <Withheld /> : fmtNum(tg.actual, lang)} / {fmtNum(tg.planned, lang)} {tg.unit}</span>
                      </Flex>
                    ))}
                  </Card>
                </Col>
              ))}
            </Row>
          </>
        )}
      </div>
    </div>
  );
}
