// 公开实事项目 (no login): a union's published list for a year with each project's status and progress.
// The federation by default; every union that has published a list, with its years, from the selectors
// (`/public/slates`, no login) — a link `?org=<id>&year=<y>` opens one directly. Nothing is asked that
// could fail: no probing of years, no signed-in-only lists.
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Button, Card, Col, Empty, Flex, Grid, Progress, Row, Select, Skeleton, Space, Typography, theme } from 'antd';
import { LoginOutlined } from '@ant-design/icons';
import { ApiError } from '../../api/client.ts';
import { usePublicProjects, usePublicSlates } from '../../api/lifecycle.ts';
import { useI18n } from '../../i18n/index.tsx';
import { LangSwitch } from '../../components/lang-switch.tsx';
import { CategoryTag, fmtNum, ProjectStatusTag, Withheld } from '../projects/lifecycle-ui.tsx';

export default function PublicProjectsPage() {
  const { t, lang } = useI18n();
  const { token } = theme.useToken();
  const screens = Grid.useBreakpoint();
  const [params, setParams] = useSearchParams();
  const org = params.get('org') || 'federation';
  const slates = usePublicSlates();
  // The union chosen (the federation for `federation`), and the years it has published.
  const chosen = (slates.data ?? []).find((x) => (org === 'federation' ? x.orgKind === 'municipal' : String(x.orgId) === org));
  const year = Number(params.get('year')) || chosen?.years[0];
  const list = usePublicProjects({ year: year ?? 0, org }, !!year);
  const years = [...new Set([...(chosen?.years ?? []), ...(year ? [year] : [])])].sort((a, b) => b - a);
  const orgOptions = useMemo(() => {
    const m = new Map<string, string>([['federation', t('lc.pub.federation')]]);
    for (const x of slates.data ?? []) if (x.orgKind !== 'municipal') m.set(String(x.orgId), x.orgName);
    if (list.data && org !== 'federation') m.set(org, list.data.org.name);
    return [...m.entries()].map(([value, label]) => ({ value, label }));
  }, [slates.data, list.data, org, t]);
  const set = (k: string, v?: string | number) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, String(v));
    else next.delete(k);
    if (k === 'org') next.delete('year');
    setParams(next, { replace: true });
  };
  const d = list.data;
  const missing = (list.error instanceof ApiError && list.error.status === 404) || (slates.isSuccess && !year);

  return (
    <div data-testid="public-page" style={{ minHeight: '100vh', background: `linear-gradient(160deg, #fff5f5 0%, ${token.colorBgLayout} 40%, #eef2f8 100%)` }}>
      <Flex align="center" gap={12} style={{ padding: '10px 16px', background: '#c8102e', color: '#fff' }}>
        <span
          style={{
            display: 'inline-flex',
            width: 30,
            height: 30,
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
        <Typography.Text strong style={{ color: '#fff', flex: 1, fontSize: 16 }} ellipsis>
          {t('lc.pub.title')}
        </Typography.Text>
        <span style={{ filter: 'invert(1) brightness(2)' }}>
          <LangSwitch size="small" />
        </span>
        <Link to="/login" data-testid="public-login">
          <Button size="small" icon={<LoginOutlined />}>
            {screens.sm ? t('lc.pub.login') : null}
          </Button>
        </Link>
      </Flex>
      <div style={{ maxWidth: 1100, margin: '0 auto', padding: screens.md ? 24 : 12 }}>
        <Flex justify="space-between" align="end" gap={12} wrap style={{ marginBottom: 16 }}>
          <div>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="public-title">
              {d ? d.title : t('lc.pub.title')}
            </Typography.Title>
            <Typography.Text type="secondary">
              {d?.meeting && d.documentNo ? t('lc.pub.approved', { meeting: d.meeting, documentNo: d.documentNo, date: d.approvedOn ?? '' }) : t('lc.pub.sub')}
            </Typography.Text>
          </div>
          <Space wrap>
            <Select
              data-testid="public-org"
              style={{ width: 220 }}
              value={org}
              options={orgOptions}
              onChange={(v: string) => set('org', v === 'federation' ? undefined : v)}
            />
            <Select
              data-testid="public-year"
              style={{ width: 110 }}
              value={year}
              options={years.map((y) => ({ value: y, label: String(y) }))}
              placeholder={t('lc.pub.noYear')}
              onChange={(v: number) => set('year', v)}
            />
          </Space>
        </Flex>
        {(slates.isLoading || (!!year && list.isLoading)) && <Skeleton active />}
        {missing && (
          <Card>
            <Empty data-testid="public-empty" description={t('lc.pub.none')} />
          </Card>
        )}
        {d && (
          <>
            <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
              {d.org.name} · {t('lc.pub.asOf', { date: d.asOf })}
            </Typography.Paragraph>
            <Row gutter={[16, 16]} data-testid="public-projects">
              {d.projects.map((p) => (
                <Col xs={24} md={12} key={p.no}>
                  <Card size="small" style={{ height: '100%' }} data-testid={`public-project-${p.no}`}>
                    <Flex justify="space-between" gap={8} align="start">
                      <Typography.Text strong style={{ fontSize: 15 }}>
                        {p.no}. {p.title}
                      </Typography.Text>
                      <span style={{ flex: 'none' }}>
                        <ProjectStatusTag status={p.status} />
                      </span>
                    </Flex>
                    <div style={{ margin: '6px 0' }}>
                      <CategoryTag category={p.category} />
                      {p.responsibleOrgName && (
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {p.responsibleOrgName}
                        </Typography.Text>
                      )}
                    </div>
                    {p.percent === null && p.suppressed && <Withheld testId={`public-progress-${p.no}`} />}
                    {p.percent !== null && (
                      <Progress percent={p.percent} size="small" status={p.percent >= 100 ? 'success' : 'active'} data-testid={`public-progress-${p.no}`} />
                    )}
                    {p.targets.map((tg, i) => (
                      <Flex key={i} justify="space-between" gap={8} style={{ fontSize: 12 }}>
                        <Typography.Text type="secondary" ellipsis style={{ flex: 1 }}>
                          {tg.indicator}
                        </Typography.Text>
                        <span>
                          {tg.actual === null && tg.suppressed ? <Withheld /> : fmtNum(tg.actual, lang)} / {fmtNum(tg.planned, lang)} {tg.unit}
                        </span>
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
