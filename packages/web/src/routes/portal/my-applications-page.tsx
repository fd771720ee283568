import { Link } from 'react-router-dom';
import { Button, Card, Empty, Skeleton, Space, Tag, Typography } from 'antd';
import { RightOutlined } from '@ant-design/icons';
import { useMyApplications } from '../../api/applications.ts';
import { usePrograms } from '../../api/programs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ServerError } from '../../components/server-error.tsx';
import { ApplicationStatusTag, yuan } from '../applications/application-labels.tsx';

/** 我的申请: programs open to a personal application, then the member's own applications. */
export default function MyApplicationsPage() {
  const { t, pick } = useI18n();
  const mine = useMyApplications();
  const programs = usePrograms();
  const open = (programs.data?.items ?? []).filter((p) => p.status === 'open');

  return (
    <div data-testid="my-applications-page">
      <Typography.Title level={5} style={{ margin: '4px 0 8px' }}>
        {t('myp.programs')}
      </Typography.Title>
      <ServerError error={programs.error} style={{ marginBottom: 12 }} />
      {programs.isLoading ? (
        <Skeleton active />
      ) : (
        <Space orientation="vertical" size={10} style={{ width: '100%', marginBottom: 16 }}>
          {open.map((p) => {
            const personal = p.channels.includes('personal');
            return (
              <Card key={p.id} size="small" data-testid={`portal-program-${p.program}`}>
                <div style={{ fontWeight: 500 }}>{p.title}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', margin: '4px 0 8px' }}>
                  {p.currentWindow
                    ? t('myp.window', { from: p.currentWindow.from, to: p.currentWindow.to })
                    : t('myp.windowClosed', { windows: p.windows.map((w) => `${w.from} ~ ${w.to}`).join('，') })}
                </Typography.Text>
                {personal && p.abilities.apply ? (
                  <Link to={`/me/apply/${p.id}`}>
                    <Button type="primary" block data-testid={`portal-apply-${p.program}`}>
                      {t('myp.apply')}
                    </Button>
                  </Link>
                ) : (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {personal ? t('myp.notAccepting') : t('myp.unitOnly')}
                    {p.contacts[0] && ` ${t('myp.contact', { org: p.contacts[0].org, phone: p.contacts[0].phone })}`}
                  </Typography.Text>
                )}
              </Card>
            );
          })}
        </Space>
      )}
      <Typography.Title level={5} style={{ margin: '4px 0 8px' }}>
        {t('myp.myApplications')}
      </Typography.Title>
      <ServerError error={mine.error} style={{ marginBottom: 12 }} />
      {mine.isLoading ? (
        <Skeleton active />
      ) : !mine.data?.items.length ? (
        <Card>
          <Empty description={t('myp.noApplications')} />
        </Card>
      ) : (
        <Space orientation="vertical" size={10} style={{ width: '100%' }} data-testid="my-application-list">
          {mine.data.items.map((a) => (
            <Link key={a.id} to={`/me/applications/${a.id}`} data-testid={`my-application-${a.no}`} style={{ color: 'inherit' }}>
              <Card size="small" hoverable>
                <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
                  <div style={{ flex: 1, minWidth: 0 }}>
                    <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
                      <Typography.Text strong ellipsis>
                        {a.programTitle}
                      </Typography.Text>
                      <ApplicationStatusTag status={a.status} testId={`my-application-status-${a.no}`} />
                    </div>
                    <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                      {a.no} · {a.appliedOn} · {a.subject}
                    </Typography.Text>
                    <div style={{ fontSize: 13, marginTop: 4 }}>
                      {a.status === 'in-review' && a.step ? <Tag>{pick(a.step.name)}</Tag> : null}
                      {a.status === 'returned' ? <Typography.Text type="warning">{t('myp.returnedAction')}</Typography.Text> : null}
                      {a.status === 'approved' ? <Typography.Text type="success">{t('myp.approvedAmount', { amount: yuan(a.amount) })}</Typography.Text> : null}
                    </div>
                  </div>
                  <RightOutlined style={{ color: '#bbb' }} />
                </div>
              </Card>
            </Link>
          ))}
        </Space>
      )}
    </div>
  );
}
