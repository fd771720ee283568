// 通知公告 (issue 12 §3 "an announcements board from the federation down the tree"): what the unions
// on my way up sent me (unread ones first in weight), and — for officers who publish — what the
// unions of my subtree published, with read counts and withdrawal. Opening a notice records it read.
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import dayjs from 'dayjs';
import { App, Badge, Button, Card, Checkbox, Descriptions, Drawer, Flex, Form, Input, Modal, Radio, Space, Switch, Table, Tabs, Tag, Typography } from 'antd';
import { NotificationOutlined, PlusOutlined, PushpinOutlined } from '@ant-design/icons';
import { can, useMe } from '../../api/auth.ts';
import {
  useAnnouncement,
  useAnnouncementMutations,
  useAnnouncements,
  type Announcement,
  type AnnouncementBox,
  type AnnouncementInput,
  type Audience,
} from '../../api/announcements.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PageHeader } from '../../components/page.tsx';
import { ExportButton } from '../../components/export-button.tsx';
import { formLevelError, ServerError } from '../../components/server-error.tsx';
import { OrgSelect } from '../../components/org-select.tsx';
import { DateInput } from '../../components/date-input.tsx';

const fmt = (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm');

/** The body as paragraphs: a blank line separates them (the API's plain-text convention). */
function Body({ text }: { text: string }) {
  return (
    <div>
      {text.split(/\n\s*\n/).map((p, i) => (
        <Typography.Paragraph key={i} style={{ whiteSpace: 'pre-wrap' }}>
          {p}
        </Typography.Paragraph>
      ))}
    </div>
  );
}

function Detail({ id, onClose }: { id: number | undefined; onClose: () => void }) {
  const { t, pick } = useI18n();
  const { data, error, isLoading } = useAnnouncement(id);
  return (
    <Drawer open={!!id} onClose={onClose} size={640} title={data?.title ?? t('ann.title')} destroyOnHidden>
      <ServerError error={error} />
      {data && (
        <div data-testid="announcement-detail">
          <Descriptions
            size="small"
            column={1}
            style={{ marginBottom: 16 }}
            items={[
              { key: 'from', label: t('ann.col.from'), children: data.org.name },
              { key: 'at', label: t('ann.col.publishedAt'), children: fmt(data.publishedAt) },
              ...(data.publishedBy ? [{ key: 'by', label: t('ann.publishedBy'), children: data.publishedBy }] : []),
              { key: 'aud', label: t('ann.col.audience'), children: pick(data.audienceName) },
              ...(data.expiresOn ? [{ key: 'exp', label: t('ann.expiresOn'), children: data.expiresOn }] : []),
              ...(data.reads !== undefined && data.abilities.withdraw ? [{ key: 'reads', label: t('ann.col.reads'), children: data.reads }] : []),
            ]}
          />
          {data.withdrawn && (
            <Tag color="default" style={{ marginBottom: 12 }}>
              {t('ann.withdrawnAt', { at: fmt(data.withdrawn.at), reason: data.withdrawn.reason ?? '' })}
            </Tag>
          )}
          <Body text={data.body} />
        </div>
      )}
      {isLoading && !data && <Typography.Text type="secondary">…</Typography.Text>}
    </Drawer>
  );
}

interface FormValues {
  orgId?: number;
  title: string;
  body: string;
  audience: Audience;
  pinned: boolean;
  expiresOn?: string;
}
const formFields = ['orgId', 'title', 'body', 'audience', 'pinned', 'expiresOn'] as const;

function PublishModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const [form] = Form.useForm<FormValues>();
  const { publish } = useAnnouncementMutations();
  const [error, setError] = useState<unknown>(null);
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setError(null);
    const body: AnnouncementInput = {
      title: v.title,
      body: v.body,
      audience: v.audience,
      pinned: !!v.pinned,
      ...(v.orgId ? { orgId: v.orgId } : {}),
      ...(v.expiresOn ? { expiresOn: v.expiresOn } : {}),
    };
    publish.mutate(body, {
      onSuccess: () => {
        message.success(t('ann.published'));
        form.resetFields();
        onClose();
      },
      onError: (e) => setError(formLevelError(form, e, formFields)),
    });
  };
  return (
    <Modal
      open={open}
      title={t('ann.publish')}
      onCancel={onClose}
      onOk={submit}
      confirmLoading={publish.isPending}
      okText={t('ann.publish')}
      okButtonProps={{ 'data-testid': 'announcement-form-submit' } as React.ComponentProps<typeof Button>}
      width={680}
      destroyOnHidden
      afterOpenChange={(o) => o && setError(null)}
    >
      <Form form={form} layout="vertical" data-testid="announcement-form" initialValues={{ audience: 'officers', pinned: false }} requiredMark={false}>
        {can(me, 'orgs.read') && (
          <Form.Item name="orgId" label={t('ann.form.org')} extra={t('ann.form.org.hint')}>
            <OrgSelect testId="announcement-form-org" initialLabel={me?.orgName ?? undefined} placeholder={me?.orgName ?? undefined} />
          </Form.Item>
        )}
        <Form.Item
          name="title"
          label={t('ann.form.title')}
          rules={[
            { required: true, whitespace: true, message: t('ann.form.title.required') },
            { max: 100, message: t('ann.form.title.max') },
          ]}
        >
          <Input data-testid="announcement-form-title" maxLength={100} showCount />
        </Form.Item>
        <Form.Item
          name="body"
          label={t('ann.form.body')}
          extra={t('ann.form.body.hint')}
          rules={[
            { required: true, whitespace: true, message: t('ann.form.body.required') },
            { max: 10_000, message: t('ann.form.body.max') },
          ]}
        >
          <Input.TextArea data-testid="announcement-form-body" autoSize={{ minRows: 6, maxRows: 16 }} />
        </Form.Item>
        <Form.Item name="audience" label={t('ann.form.audience')}>
          <Radio.Group data-testid="announcement-form-audience">
            <Radio value="officers">{t('ann.form.audience.officers')}</Radio>
            <Radio value="everyone">{t('ann.form.audience.everyone')}</Radio>
          </Radio.Group>
        </Form.Item>
        <Flex gap={24} wrap>
          <Form.Item name="pinned" label={t('ann.form.pinned')} valuePropName="checked">
            <Switch data-testid="announcement-form-pinned" />
          </Form.Item>
          <Form.Item name="expiresOn" label={t('ann.form.expiresOn')} extra={t('ann.form.expiresOn.hint')}>
            <DateInput testId="announcement-form-expires" />
          </Form.Item>
        </Flex>
      </Form>
      <ServerError error={error} />
    </Modal>
  );
}

function WithdrawButton({ a }: { a: Announcement }) {
  const { t } = useI18n();
  const { modal, message } = App.useApp();
  const { withdraw } = useAnnouncementMutations();
  const ask = () => {
    let reason = '';
    modal.confirm({
      title: t('ann.withdraw'),
      content: (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <span>{t('ann.withdraw.confirm', { title: a.title })}</span>
          <Input
            data-testid="announcement-withdraw-reason"
            placeholder={t('ann.withdraw.reason')}
            maxLength={200}
            onChange={(e) => (reason = e.target.value)}
          />
        </Space>
      ),
      okText: t('ann.withdraw'),
      okButtonProps: { danger: true, 'data-testid': 'announcement-withdraw-ok' } as React.ComponentProps<typeof Button>,
      onOk: async () => {
        if (reason.trim().length < 2) {
          message.error(t('ann.withdraw.reason.required'));
          throw new Error('reason');
        }
        try {
          await withdraw.mutateAsync({ id: a.id, reason: reason.trim() });
          message.success(t('ann.withdraw.done'));
        } catch (e) {
          message.error(e instanceof Error ? e.message : String(e));
          throw e;
        }
      },
    });
  };
  return (
    <Button
      size="small"
      danger
      data-testid={`announcement-withdraw-${a.id}`}
      onClick={(e) => {
        e.stopPropagation();
        ask();
      }}
    >
      {t('ann.withdraw')}
    </Button>
  );
}

function BoxTable({ box, onOpen }: { box: AnnouncementBox; onOpen: (a: Announcement) => void }) {
  const { t, pick } = useI18n();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(10);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [q, setQ] = useState('');
  const { data, error, isFetching } = useAnnouncements({ box, page, pageSize, unread: box === 'inbox' && unreadOnly, q: q || undefined });
  const inbox = box === 'inbox';
  const titleCell = (v: string, r: Announcement) => (
    <span>
      <Typography.Link strong={inbox && r.read === false} onClick={() => onOpen(r)} data-testid={`announcement-open-${r.id}`}>
        {r.pinned && <PushpinOutlined style={{ color: '#c8102e', marginRight: 6 }} title={t('ann.pinned')} />}
        {v}
      </Typography.Link>
      {inbox && r.read === false && (
        <Tag color="red" style={{ marginLeft: 8 }} data-testid={`announcement-unread-${r.id}`}>
          {t('ann.unread')}
        </Tag>
      )}
    </span>
  );
  return (
    <>
      <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
        {inbox ? (
          <>
            <Checkbox
              data-testid="announcement-unread-only"
              checked={unreadOnly}
              onChange={(e) => {
                setUnreadOnly(e.target.checked);
                setPage(1);
              }}
            >
              {t('ann.unreadOnly')}
            </Checkbox>
            {data && <Badge count={data.unread} showZero={false} overflowCount={99} title={t('ann.unreadCount', { n: data.unread })} />}
          </>
        ) : null}
        <Input.Search
          data-testid={inbox ? 'announcement-search-inbox' : 'announcement-search'}
          allowClear
          placeholder={t('ann.search')}
          style={{ maxWidth: 320 }}
          onSearch={(v) => {
            setQ(v.trim());
            setPage(1);
          }}
        />
        <ExportButton
          path="/announcements/export.xlsx"
          filters={{ box, unread: inbox && unreadOnly ? 'true' : undefined, q: q || undefined }}
          testId={`announcements-${box}-export`}
        />
      </Flex>
      <ServerError error={error} style={{ marginBottom: 12 }} />
      <Table<Announcement>
        data-testid={`announcement-table-${box}`}
        rowKey="id"
        size="small"
        loading={isFetching}
        dataSource={data?.items ?? []}
        scroll={{ x: 800 }}
        locale={{ emptyText: t('ann.none') }}
        onRow={(r) =>
          ({ 'data-testid': `announcement-row-${r.id}`, style: { cursor: 'pointer' }, onClick: () => onOpen(r) }) as React.HTMLAttributes<HTMLElement>
        }
        pagination={{
          current: page,
          pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total }),
          onChange: (p, s) => {
            setPage(p);
            setPageSize(s);
          },
        }}
        columns={
          inbox
            ? [
                { title: t('ann.col.title'), dataIndex: 'title', render: titleCell },
                { title: t('ann.col.from'), dataIndex: ['org', 'name'], width: 220 },
                { title: t('ann.col.publishedAt'), dataIndex: 'publishedAt', width: 160, render: fmt },
                {
                  title: t('ann.col.read'),
                  dataIndex: 'read',
                  width: 100,
                  render: (v: boolean | undefined) =>
                    v ? <Typography.Text type="secondary">{t('ann.read')}</Typography.Text> : <Typography.Text strong>{t('ann.unread')}</Typography.Text>,
                },
              ]
            : [
                { title: t('ann.col.title'), dataIndex: 'title', render: titleCell },
                { title: t('ann.col.from'), dataIndex: ['org', 'name'], width: 200 },
                { title: t('ann.col.audience'), dataIndex: 'audience', width: 200, render: (_: string, r) => pick(r.audienceName) },
                { title: t('ann.col.publishedAt'), dataIndex: 'publishedAt', width: 150, render: fmt },
                {
                  title: t('ann.col.reads'),
                  dataIndex: 'reads',
                  width: 90,
                  align: 'right' as const,
                  render: (v: number | undefined, r) => <span data-testid={`announcement-reads-${r.id}`}>{v ?? 0}</span>,
                },
                {
                  title: t('ann.col.state'),
                  dataIndex: 'withdrawn',
                  width: 110,
                  render: (_: unknown, r) =>
                    r.withdrawn ? <Tag title={r.withdrawn.reason ?? undefined}>{t('ann.withdrawn')}</Tag> : <Tag color="green">{t('ann.active')}</Tag>,
                },
                { title: t('common.actions'), key: 'actions', width: 90, render: (_: unknown, r) => (r.abilities.withdraw ? <WithdrawButton a={r} /> : null) },
              ]
        }
      />
    </>
  );
}

export default function AnnouncementsPage() {
  const { t } = useI18n();
  const { data: me } = useMe();
  const mayPublish = can(me, 'announcements.publish');
  const [tab, setTab] = useState<AnnouncementBox>('inbox');
  const [open, setOpen] = useState<number | undefined>();
  const [publishing, setPublishing] = useState(false);
  const { markRead } = useAnnouncementMutations();
  const [params, setParams] = useSearchParams();
  const openOne = (a: Announcement) => {
    setOpen(a.id);
    if (a.read === false) markRead.mutate(a.id);
  };
  // `?open=<id>` (the home page's unread card): open that notice once and record it read.
  const linked = Number(params.get('open')) || undefined;
  useEffect(() => {
    if (!linked) return;
    setOpen(linked);
    markRead.mutate(linked);
    setParams(
      (p) => {
        p.delete('open');
        return p;
      },
      { replace: true },
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [linked]);
  return (
    <div data-testid="announcements-page">
      <PageHeader
        title={
          <>
            <NotificationOutlined /> {t('ann.title')}
          </>
        }
        sub={t(mayPublish ? 'ann.sub' : 'ann.sub.reader')}
        extra={
          mayPublish && (
            <Button type="primary" icon={<PlusOutlined />} data-testid="announcement-publish" onClick={() => setPublishing(true)}>
              {t('ann.publish')}
            </Button>
          )
        }
      />
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          destroyOnHidden
          onChange={(k) => setTab(k as AnnouncementBox)}
          items={[
            {
              key: 'inbox',
              label: <span data-testid="announcement-tab-inbox">{t('ann.tab.inbox')}</span>,
              children: <BoxTable box="inbox" onOpen={openOne} />,
            },
            ...(mayPublish
              ? [
                  {
                    key: 'published',
                    label: <span data-testid="announcement-tab-published">{t('ann.tab.published')}</span>,
                    children: <BoxTable box="published" onOpen={openOne} />,
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <Detail id={open} onClose={() => setOpen(undefined)} />
      {mayPublish && <PublishModal open={publishing} onClose={() => setPublishing(false)} />}
    </div>
  );
}
