// 公益乐学 in the member portal (000 公益乐学 四（一） 职工个人预约现场版免费培训): the member's booked classes with a
// cancel before the start, and the sessions open to them with the places left; thumb-sized at phone width.
import { App, Button, Card, Empty, Popconfirm, Progress, Skeleton, Space, Tag, Typography } from 'antd';
import { sessionTime, useBook, useCancelBooking, useCourses, useMyCourses, type Course } from '../../api/classes.ts';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { ServerError } from '../../components/server-error.tsx';

function CourseCard({ c, children }: { c: Course; children?: React.ReactNode }) {
  const { t, pick } = useI18n();
  return (
    <Card size="small" data-testid={`my-class-${c.id}`}>
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
        <Typography.Text strong ellipsis style={{ flex: 1, minWidth: 0 }}>
          {c.title}
        </Typography.Text>
        <Tag color={c.booked ? 'green' : c.state === 'open' ? 'processing' : 'default'}>
          {c.booked ? t('cl.course.booked') : t(`cl.state.${c.state}` as MessageKey)}
        </Tag>
      </div>
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
        {pick(c.categoryName)} · {sessionTime(c)}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
        {c.teachingPoint} · {c.venue}
      </Typography.Text>
      {children}
    </Card>
  );
}

export default function MyClassesPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const mine = useMyCourses();
  const all = useCourses();
  const book = useBook();
  const cancel = useCancelBooking();
  if (mine.isLoading || all.isLoading) return <Skeleton active />;
  const booked = mine.data?.items ?? [];
  const open = (all.data?.items ?? []).filter((c) => !c.booked && c.state !== 'closed');
  return (
    <div data-testid="my-classes-page">
      <ServerError error={mine.error ?? all.error ?? book.error ?? cancel.error} style={{ marginBottom: 12 }} />
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('cl.my.mine')}
      </Typography.Title>
      {!booked.length ? (
        <Card size="small" style={{ marginBottom: 12 }}>
          <Empty description={t('cl.my.none')} />
        </Card>
      ) : (
        <Space orientation="vertical" size={10} style={{ width: '100%', marginBottom: 12 }} data-testid="my-class-list">
          {booked.map((c) => (
            <CourseCard key={c.id} c={c}>
              {c.abilities.cancel && (
                <Popconfirm
                  title={t('cl.course.cancelConfirm')}
                  onConfirm={() => cancel.mutate({ id: c.id }, { onSuccess: () => message.success(t('cl.course.cancelled')) })}
                >
                  <Button block style={{ marginTop: 8 }} data-testid={`class-cancel-${c.id}`}>
                    {t('cl.course.cancel')}
                  </Button>
                </Popconfirm>
              )}
            </CourseCard>
          ))}
        </Space>
      )}
      {open.length > 0 && <Typography.Title level={5}>{t('cl.my.open')}</Typography.Title>}
      <Space orientation="vertical" size={10} style={{ width: '100%' }}>
        {open.map((c) => (
          <CourseCard key={c.id} c={c}>
            <Progress percent={Math.round((c.taken / c.capacity) * 100)} size="small" showInfo={false} />
            <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
              <span>
                {t('cl.course.remaining')} <b data-testid={`class-remaining-${c.id}`}>{c.remaining}</b> / {c.capacity}
              </span>
              {c.abilities.book && (
                <Button
                  type="primary"
                  size="large"
                  data-testid={`class-book-${c.id}`}
                  loading={book.isPending}
                  onClick={() => book.mutate({ id: c.id }, { onSuccess: (r) => message.success(t('cl.course.bookedOk', { n: r.remaining })) })}
                >
                  {t('cl.course.book')}
                </Button>
              )}
            </div>
          </CourseCard>
        ))}
      </Space>
    </div>
  );
}
