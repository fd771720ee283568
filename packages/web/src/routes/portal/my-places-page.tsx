import { App, Button, Card, Empty, Progress, Skeleton, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useClaim, useMyPlaces, usePools } from '../../api/quotas.ts';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { ServerError } from '../../components/server-error.tsx';

/** 我的名额: the places the member holds, and the first-come pools open to them (live remaining). */
export default function MyPlacesPage() {
  const { t, tx } = useI18n();
  const { message } = App.useApp();
  const mine = useMyPlaces();
  const pools = usePools();
  const claim = useClaim();
  if (mine.isLoading) return <Skeleton active />;
  const held = new Set((mine.data?.claims ?? []).map((c) => c.poolId));
  // Class sessions (program class) are booked on the classes tab.
  const open = (pools.data?.items ?? []).filter(
    (p) => p.program !== 'class' && !held.has(p.id) && (p.state === 'open' || p.state === 'scheduled' || p.state === 'full'),
  );
  return (
    <div data-testid="my-places-page">
      <ServerError error={mine.error ?? claim.error} style={{ marginBottom: 12 }} />
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('q.my.title')}
      </Typography.Title>
      {!mine.data?.claims.length ? (
        <Card size="small" style={{ marginBottom: 12 }}>
          <Empty description={t('q.my.none')} />
        </Card>
      ) : (
        <Space orientation="vertical" size={10} style={{ width: '100%', marginBottom: 12 }} data-testid="my-place-list">
          {mine.data.claims.map((c) => (
            <Card key={c.id} size="small" data-testid={`my-place-${c.poolId}`}>
              <Typography.Text strong>{c.title}</Typography.Text>
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {c.program ? `${c.year ?? ''} ${tx(`q.prog.${c.program}`, c.program)} · ` : ''}
                {c.orgName} · {t('q.my.claimedAt', { date: dayjs(c.createdAt).format('YYYY-MM-DD HH:mm') })}
              </Typography.Text>
            </Card>
          ))}
        </Space>
      )}
      {(mine.data?.trips.length ?? 0) > 0 && (
        <>
          <Typography.Title level={5}>{t('q.my.trips')}</Typography.Title>
          <Space orientation="vertical" size={10} style={{ width: '100%', marginBottom: 12 }} data-testid="my-trip-list">
            {mine.data!.trips.map((x) => {
              const today = dayjs().format('YYYY-MM-DD');
              const when = x.endsOn < today ? 'done' : x.startsOn <= today ? 'now' : 'coming';
              return (
                <Card key={x.rosterId} size="small" data-testid={`my-trip-${x.rosterId}`}>
                  <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
                    <Typography.Text strong style={{ flex: 1, minWidth: 0 }}>
                      {x.title}
                    </Typography.Text>
                    <Tag color={when === 'coming' ? 'processing' : when === 'now' ? 'success' : 'default'}>{t(`q.my.trip.${when}` as MessageKey)}</Tag>
                  </div>
                  <Typography.Text style={{ display: 'block' }}>
                    {x.startsOn === x.endsOn ? x.startsOn : `${x.startsOn} — ${x.endsOn}`} · {x.site}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {x.year} {tx(`q.prog.${x.program}`, x.program)} · {t('q.my.tripBy', { org: x.orgName, provider: x.provider })}
                  </Typography.Text>
                  {when === 'coming' && (
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                      {t('q.my.tripRemind')}
                    </Typography.Text>
                  )}
                </Card>
              );
            })}
          </Space>
        </>
      )}
      {open.length > 0 && <Typography.Title level={5}>{t('q.my.pools')}</Typography.Title>}
      <Space orientation="vertical" size={10} style={{ width: '100%' }}>
        {open.map((p) => (
          <Card key={p.id} size="small" data-testid={`open-pool-${p.id}`}>
            <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
              <Typography.Text strong ellipsis style={{ flex: 1, minWidth: 0 }}>
                {p.title}
              </Typography.Text>
              <Tag color={p.state === 'open' ? 'processing' : 'default'}>{t(`q.pool.state.${p.state}` as MessageKey)}</Tag>
            </div>
            <Progress percent={Math.round((p.taken / p.capacity) * 100)} size="small" />
            <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
              <span>
                {t('q.pool.remaining')} <b data-testid={`open-pool-remaining-${p.id}`}>{p.remaining.toLocaleString()}</b> / {p.capacity.toLocaleString()}
              </span>
              {p.abilities.claim && (
                <Button
                  type="primary"
                  size="large"
                  data-testid={`claim-${p.id}`}
                  loading={claim.isPending}
                  onClick={() => claim.mutate({ poolId: p.id }, { onSuccess: (r) => message.success(t('q.my.claimed', { n: r.remaining })) })}
                >
                  {t('q.my.claim')}
                </Button>
              )}
            </div>
          </Card>
        ))}
      </Space>
    </div>
  );
}
