import { useEffect, useState } from 'react';
import { App, Button, Card, Form, Input, Modal, Select, Table, Tag } from 'antd';
import { PlusOutlined, UnlockOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { can, useMe } from '../../api/auth.ts';
import { useAccounts, useCreateAccount, useUnlockAccount, type Account, type AccountCreate } from '../../api/accounts.ts';
import { useMeta } from '../../api/meta.ts';
import type { OrgKind } from '../../api/orgs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { OrgSelect } from '../../components/org-select.tsx';
import { PageHeader } from '../../components/page.tsx';
import { formLevelError, ServerError } from '../../components/server-error.tsx';

const fields = ['username', 'displayName', 'role', 'orgId', 'password'] as const;

function CreateAccountModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const meta = useMeta();
  const [form] = Form.useForm<AccountCreate>();
  const create = useCreateAccount();
  const [error, setError] = useState<unknown>(null);
  const role = Form.useWatch('role', form);
  // Roles, the org kinds each binds to and the password policy come from GET /meta (officer roles only).
  const roles = (meta.data?.roles ?? []).filter((r) => r.orgKinds.length > 0);
  const kinds = (roles.find((r) => r.code === role)?.orgKinds ?? []) as OrgKind[];
  const kindName = (k: string) => pick(meta.data?.orgKinds.find((x) => x.code === k)?.name) || k;
  useEffect(() => {
    if (open) {
      form.resetFields();
      setError(null);
    }
  }, [open, form]);
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setError(null);
    create.mutate(v, {
      onSuccess: () => {
        message.success(t('common.saved'));
        onClose();
      },
      onError: (e) => setError(formLevelError(form, e, fields)),
    });
  };
  return (
    <Modal open={open} title={t('account.create')} onCancel={onClose} onOk={submit} confirmLoading={create.isPending} okButtonProps={{ 'data-testid': 'account-form-submit' }} destroyOnHidden>
      <Form form={form} layout="vertical" data-testid="account-form">
        <Form.Item name="username" label={t('account.username')} extra={t('account.usernameHint')} rules={[{ required: true, pattern: /^[a-z0-9][a-z0-9._-]{2,31}$/, message: t('account.usernameInvalid') }]}>
          <Input data-testid="account-form-username" autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t('account.displayName')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input data-testid="account-form-name" maxLength={50} />
        </Form.Item>
        <Form.Item name="role" label={t('account.role')} rules={[{ required: true, message: t('common.required') }]}>
          <Select data-testid="account-form-role" loading={meta.isLoading} options={roles.map((r) => ({ value: r.code, label: pick(r.name) }))} onChange={() => form.setFieldValue('orgId', undefined)} />
        </Form.Item>
        <Form.Item
          name="orgId"
          label={t('account.org')}
          extra={role ? t('account.orgHint', { kinds: kinds.map(kindName).join(' / ') }) : undefined}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <OrgSelect testId="account-form-org" kind={kinds.length === 1 ? kinds[0] : undefined} kinds={kinds.length ? kinds : undefined} placeholder={t('org.searchPlaceholder')} />
        </Form.Item>
        <Form.Item name="password" label={t('account.password')} extra={meta.data ? t('account.passwordPolicy', { text: pick(meta.data.passwordPolicy.text) }) : t('account.passwordHint')} rules={[{ required: true, message: t('common.required') }]}>
          <Input.Password data-testid="account-form-password" autoComplete="new-password" />
        </Form.Item>
      </Form>
      <ServerError error={error} />
    </Modal>
  );
}

export default function AccountsPage() {
  const { t, pick } = useI18n();
  const { message, modal } = App.useApp();
  const { data: me } = useMe();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(50);
  const { data, isFetching, error } = useAccounts(page, pageSize);
  const unlock = useUnlockAccount();
  const [creating, setCreating] = useState(false);
  const canWrite = can(me, 'accounts.write');
  const now = Date.now();

  return (
    <div data-testid="accounts-page">
      <PageHeader
        title={t('account.title')}
        extra={
          canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="account-create">
              {t('account.create')}
            </Button>
          )
        }
      />
      <ServerError error={error ?? unlock.error} style={{ marginBottom: 16 }} />
      <Card styles={{ body: { padding: 0 } }}>
        <Table<Account>
          data-testid="account-table"
          rowKey="id"
          size="middle"
          loading={isFetching}
          dataSource={data?.items ?? []}
          scroll={{ x: 980 }}
          pagination={{
            current: page,
            pageSize,
            total: data?.total ?? 0,
            showTotal: (total) => t('common.total', { total }),
            onChange: (p, s) => {
              setPage(p);
              setPageSize(s);
            },
          }}
          columns={[
            { title: t('account.username'), dataIndex: 'username', width: 130, render: (v: string) => <code>{v}</code> },
            { title: t('account.displayName'), dataIndex: 'displayName', width: 160 },
            { title: t('account.role'), dataIndex: 'roleName', width: 180, render: (v: Account['roleName']) => pick(v) },
            { title: t('account.org'), dataIndex: 'orgName', ellipsis: true },
            {
              title: t('account.status'),
              width: 200,
              render: (_: unknown, r) =>
                r.lockedUntil && new Date(r.lockedUntil).getTime() > now ? (
                  <Tag color="red" data-testid={`account-locked-${r.username}`}>{t('account.locked', { time: dayjs(r.lockedUntil).format('MM-DD HH:mm') })}</Tag>
                ) : r.status === 'active' ? (
                  <Tag color="green">{t('account.active')}</Tag>
                ) : (
                  <Tag>{r.status}</Tag>
                ),
            },
            { title: t('account.lastLogin'), dataIndex: 'lastLoginAt', width: 150, render: (v: string | null) => (v ? dayjs(v).format('YYYY-MM-DD HH:mm') : t('common.none')) },
            ...(canWrite
              ? [
                  {
                    title: t('common.actions'),
                    width: 100,
                    render: (_: unknown, r: Account) =>
                      r.lockedUntil && new Date(r.lockedUntil).getTime() > now ? (
                        <Button
                          size="small"
                          icon={<UnlockOutlined />}
                          data-testid={`account-unlock-${r.username}`}
                          onClick={() =>
                            modal.confirm({
                              title: `${t('account.unlock')} ${r.username}?`,
                              onOk: () => unlock.mutateAsync(r.id).then(() => message.success(t('account.unlocked'))),
                            })
                          }
                        >
                          {t('account.unlock')}
                        </Button>
                      ) : null,
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <CreateAccountModal open={creating} onClose={() => setCreating(false)} />
    </div>
  );
}
