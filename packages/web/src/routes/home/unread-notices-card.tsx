// The home page's 未读通知: the latest five unread notices of my inbox (issue 12 §3), each opening
// on the announcements page, and a link to the whole board.
import { Link } from 'react-router-dom';
import dayjs from 'dayjs';
import { Badge, Card, Empty, List, Skeleton, Space, Typography } from 'antd';
import { PushpinOutlined, SoundOutlined } from '@ant-design/icons';
import { useAnnouncements } from '../../api/announcements.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ServerError } from '../../components/server-error.tsx';

export function UnreadNoticesCard() {
  const { t } = useI18n();
  const { data, isLoading, error } = useAnnouncements({ box: 'inbox', unread: true, page: 1, pageSize: 5 });
  return (
    <Card
      data-testid="home-notices"
      title={
        <Space>
          <SoundOutlined />
          {t('ann.home.title')}
          {data ? <Badge count={data.unread} showZero={false} /> : null}
        </Space>
      }
      extra={
        <Link to="/announcements" data-testid="home-notices-all">
          {t('ann.home.all')}
        </Link>
      }
      style={{ marginBottom: 16 }}
    >
      <ServerError error={error} />
      {isLoading ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : !data?.items.length ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ann.home.none')} data-testid="home-notices-empty" />
      ) : (
        <List
          size="small"
          dataSource={data.items}
          renderItem={(a) => (
            <List.Item data-testid={`home-notice-${a.id}`}>
              <Link to={`/announcements?open=${a.id}`} style={{ display: 'flex', alignItems: 'center', gap: 12, width: '100%', minWidth: 0 }}>
                {a.pinned && <PushpinOutlined style={{ color: '#c8102e' }} />}
                <Typography.Text strong ellipsis style={{ flex: 1, minWidth: 0 }}>
                  {a.title}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
                  {a.org.name} · {dayjs(a.publishedAt).format('MM-DD')}
                </Typography.Text>
              </Link>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
