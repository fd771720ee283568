// 待办: the home page's list of what waits for me, and the header badge that opens it.
import { Link } from 'react-router-dom';
import { Badge, Button, Card, Dropdown, Empty, List, Skeleton, Space, Tag, Typography } from 'antd';
import { CheckSquareOutlined, RightOutlined } from '@ant-design/icons';
import { useMyWork } from '../api/work.ts';
import { useI18n } from '../i18n/index.tsx';
import { ServerError } from './server-error.tsx';

export function WorkCard() {
  const { t, pick } = useI18n();
  const { data, isLoading, error } = useMyWork();
  const items = (data?.items ?? []).filter((i) => i.count > 0);
  return (
    <Card
      data-testid="work-card"
      title={
        <Space>
          <CheckSquareOutlined />
          {t('work.title')}
          {data ? <Badge count={data.total} showZero={false} /> : null}
        </Space>
      }
      style={{ marginBottom: 16 }}
    >
      <ServerError error={error} />
      {isLoading ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('work.none')} data-testid="work-empty" />
      ) : (
        <List
          dataSource={items}
          renderItem={(i) => (
            <List.Item data-testid={`work-${i.kind}`} data-count={i.count} extra={<RightOutlined />}>
              <Link to={i.link} style={{ display: 'flex', alignItems: 'center', gap: 12, width: '100%' }}>
                <Typography.Text strong style={{ flex: 1 }}>
                  {pick(i.label)}
                </Typography.Text>
                {i.overdue > 0 && <Tag color="red">{t('work.overdue', { n: i.overdue })}</Tag>}
                <Badge count={i.count} overflowCount={999} style={{ background: '#c8102e' }} />
              </Link>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

/** The header's 待办 badge: the total, and a menu of the kinds with work. */
export function WorkBadge() {
  const { t, pick } = useI18n();
  const { data } = useMyWork();
  const items = (data?.items ?? []).filter((i) => i.count > 0);
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: items.length
          ? items.map((i) => ({ key: i.kind, label: <Link to={i.link} data-testid={`work-menu-${i.kind}`}>{`${pick(i.label)}（${i.count}）`}</Link> }))
          : [{ key: 'none', label: t('work.none'), disabled: true }],
      }}
    >
      <Badge count={data?.total ?? 0} size="small" offset={[-4, 4]} data-testid="work-count" data-count={data?.total ?? 0}>
        <Button type="text" icon={<CheckSquareOutlined />} aria-label={t('work.title')} />
      </Badge>
    </Dropdown>
  );
}
