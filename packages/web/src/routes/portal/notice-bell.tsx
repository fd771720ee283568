// The notice bell in the officer and the portal headers: the unread count of both kinds of notice —
// the notifications addressed to me and the announcements (通知公告) of the unions on my way up — and a
// drawer listing both: the unread announcements first (a click opens one on the board, which records it
// read), then the notifications in the current language with their time. Opening the drawer marks the
// listed notifications read (they keep a "new" mark until the drawer is opened again).
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Badge, Button, Drawer, Empty, Grid, List, Pagination, Skeleton, Tag, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useMarkRead, useNotices, useUnreadCount, type Notice } from '../../api/notifications.ts';
import { useAnnouncements } from '../../api/announcements.ts';
import { can, useMe } from '../../api/auth.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ServerError } from '../../components/server-error.tsx';

/** Where a notice leads, when it names something the UI has a page for. */
function linkOf(n: Notice, member: boolean): string | null {
  const p = n.payload;
  if (n.template === 'import-finished' && p.batchId) return `/imports?batch=${String(p.batchId)}`;
  if (n.template === 'call-stage' && p.callId) return `/calls/${String(p.callId)}`;
  if ((n.template === 'progress-overdue' || n.template === 'progress-returned') && p.projectId) return `/projects/${String(p.projectId)}?tab=reports`;
  if (member && n.template.startsWith('application-')) return '/me/applications';
  if (member && n.template === 'payout-paid') return '/me/payments';
  return null;
}

export function NoticeBell({ onDark = false, member = false }: { onDark?: boolean; member?: boolean }) {
  const { t, tx, lang } = useI18n();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const [open, setOpen] = useState(false);
  const [page, setPage] = useState(1);
  const { data: unreadNotices = 0 } = useUnreadCount();
  const { data: me } = useMe();
  // The unread announcements: their count (the side menu's 通知公告 entry shows the same) and the newest five.
  const board = useAnnouncements({ box: 'inbox', unread: true, pageSize: 5 }, can(me, 'announcements.read'));
  const unreadBoard = board.data?.unread ?? 0;
  const unread = unreadNotices + unreadBoard;
  const boardItems = board.data?.items ?? [];
  const list = useNotices(page, open);
  const markRead = useMarkRead();
  const [fresh, setFresh] = useState<Set<number>>(new Set());

  // Mark what the drawer shows as read; remember which were new to show them marked.
  const items = list.data?.items;
  useEffect(() => {
    if (!open || !items) return;
    const ids = items.filter((n) => !n.read).map((n) => n.id);
    if (!ids.length) return;
    setFresh((f) => new Set([...f, ...ids]));
    markRead.mutate(ids);
  }, [open, items]);

  const text = (n: Notice) => {
    const s = lang === 'en' ? n.text.en || n.text.zh : n.text.zh;
    if (s !== n.template) return s;
    // The server had no wording for this template: the UI's own, filled from the payload.
    let out = tx(`ntf.tpl.${n.template}`, n.template);
    for (const [k, v] of Object.entries(n.payload)) out = out.replaceAll(`{${k}}`, String(v ?? ''));
    return out;
  };

  return (
    <>
      <Badge
        count={unread}
        size="small"
        offset={[-4, 4]}
        data-testid="notice-count"
        data-count={unread}
        data-notifications={unreadNotices}
        data-announcements={unreadBoard}
      >
        <Button
          type="text"
          size={onDark ? 'small' : 'middle'}
          icon={<BellOutlined />}
          style={onDark ? { color: '#fff' } : undefined}
          aria-label={t('ntf.bell')}
          title={t('ntf.bell')}
          data-testid="notice-bell"
          onClick={() => {
            setPage(1);
            setFresh(new Set());
            setOpen(true);
          }}
        />
      </Badge>
      <Drawer
        open={open}
        onClose={() => {
          setOpen(false);
          list.refetch();
        }}
        title={t('ntf.drawer')}
        size={screens.sm ? 420 : '100%'}
        styles={{ body: { padding: '8px 16px' } }}
        data-testid="notice-drawer"
      >
        <ServerError error={list.error} />
        {boardItems.length > 0 && (
          <div data-testid="notice-announcements" style={{ marginBottom: 12 }}>
            <Typography.Title level={5} style={{ margin: '4px 0 0' }}>
              {t('ann.title')} <Badge count={unreadBoard} size="small" style={{ marginLeft: 4 }} />
            </Typography.Title>
            <List
              dataSource={boardItems}
              renderItem={(a) => (
                <List.Item
                  data-testid={`notice-announcement-${a.id}`}
                  style={{ cursor: 'pointer' }}
                  onClick={() => {
                    setOpen(false);
                    navigate(`/announcements?open=${a.id}`);
                  }}
                >
                  <div style={{ width: '100%' }}>
                    <div style={{ fontWeight: 600 }}>
                      <Tag color="red" style={{ marginRight: 6 }}>
                        {t('ntf.new')}
                      </Tag>
                      {a.title}
                    </div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {a.org.name} · {dayjs(a.publishedAt).format('YYYY-MM-DD HH:mm')}
                    </Typography.Text>
                  </div>
                </List.Item>
              )}
            />
            {unreadBoard > boardItems.length && (
              <Button
                type="link"
                size="small"
                style={{ padding: 0 }}
                onClick={() => {
                  setOpen(false);
                  navigate('/announcements');
                }}
              >
                {t('ntf.allAnnouncements', { n: unreadBoard })}
              </Button>
            )}
            <Typography.Title level={5} style={{ margin: '12px 0 0' }}>
              {t('ntf.title')}
            </Typography.Title>
          </div>
        )}
        {list.isLoading ? (
          <Skeleton active />
        ) : !list.data?.items.length ? (
          <Empty description={t('ntf.none')} />
        ) : (
          <>
            <List
              data-testid="notice-list"
              dataSource={list.data.items}
              renderItem={(n) => {
                const to = linkOf(n, member);
                const isNew = !n.read || fresh.has(n.id);
                return (
                  <List.Item
                    data-testid={`notice-${n.id}`}
                    data-template={n.template}
                    data-new={isNew}
                    style={to ? { cursor: 'pointer' } : undefined}
                    onClick={
                      to
                        ? () => {
                            setOpen(false);
                            navigate(to);
                          }
                        : undefined
                    }
                  >
                    <div style={{ width: '100%' }}>
                      <div style={{ fontWeight: isNew ? 600 : 400 }}>
                        {isNew && (
                          <Tag color="red" style={{ marginRight: 6 }}>
                            {t('ntf.new')}
                          </Tag>
                        )}
                        <span data-testid={`notice-text-${n.id}`}>{text(n)}</span>
                      </div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {dayjs(n.at).format('YYYY-MM-DD HH:mm')}
                      </Typography.Text>
                    </div>
                  </List.Item>
                );
              }}
            />
            {list.data.total > 20 && (
              <Pagination
                size="small"
                simple
                current={page}
                total={list.data.total}
                pageSize={20}
                onChange={setPage}
                style={{ marginTop: 8, textAlign: 'center' }}
              />
            )}
          </>
        )}
      </Drawer>
    </>
  );
}
