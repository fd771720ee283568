// Account administration: the security administrator searches accounts, creates them (with the
// holder's ID number), changes role or org, disables and enables, resets passwords (the temporary
// one is shown once), ends sessions and unlocks. Others with accounts.read see the list only.
import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Dropdown, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import type { ButtonProps, MenuProps } from 'antd';
import { DownOutlined, PlusOutlined, SearchOutlined, UnlockOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { can, useMe } from '../../api/auth.ts';
import {
  useAccounts,
  useCreateAccount,
  useDisableAccount,
  useEnableAccount,
  useEndSessions,
  useResetPassword,
  useUnlockAccount,
  useUpdateAccount,
  type Account,
  type AccountCreate,
  type AccountFilters,
  type AccountUpdate,
} from '../../api/accounts.ts';
import { useMeta } from '../../api/meta.ts';
import type { OrgKind } from '../../api/orgs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { OrgSelect } from '../../components/org-select.tsx';
import { PageHeader } from '../../components/page.tsx';
import { ExportButton } from '../../components/export-button.tsx';
import { formLevelError, ServerError } from '../../components/server-error.tsx';

const idNumberRule = /^\d{17}[\dXx]$/;

/** Officer roles with the org kinds each binds to, from GET /meta (the server's rule). */
function useOfficerRoles() {
  const meta = useMeta();
  const { pick } = useI18n();
  const roles = (meta.data?.roles ?? []).filter((r) => r.orgKinds.length > 0);
  const kindName = (k: string) => pick(meta.data?.orgKinds.find((x) => x.code === k)?.name) || k;
  return { meta, roles, kindName, kindsOf: (role: string | undefined) => (roles.find((r) => r.code === role)?.orgKinds ?? []) as OrgKind[] };
}

/** The temporary password, shown once. */
function TemporaryPassword({ value, username, onClose }: { value: { password: string; username: string } | null; username?: string; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  return (
    <Modal
      open={!!value}
      title={`${t('account.tempTitle')} · ${value?.username ?? username ?? ''}`}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose} data-testid="temp-password-close">
          {t('common.close')}
        </Button>
      }
      destroyOnHidden
    >
      <Alert type="warning" showIcon title={t('account.tempHint')} style={{ marginBottom: 16 }} />
      <Space.Compact style={{ width: '100%' }}>
        <Input readOnly value={value?.password} data-testid="temp-password" style={{ fontFamily: 'monospace', fontSize: 18 }} />
        <Button
          onClick={() =>
            navigator.clipboard?.writeText(value?.password ?? '').then(
              () => message.success(t('account.tempCopied')),
              () => {},
            )
          }
        >
          {t('account.tempCopy')}
        </Button>
      </Space.Compact>
    </Modal>
  );
}

const createFields = ['username', 'displayName', 'role', 'orgId', 'idNumber', 'password'] as const;

function CreateAccountModal({
  open,
  onClose,
  onTemporary,
}: {
  open: boolean;
  onClose: () => void;
  onTemporary: (v: { password: string; username: string }) => void;
}) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const { meta, roles, kindName, kindsOf } = useOfficerRoles();
  const [form] = Form.useForm<AccountCreate>();
  const create = useCreateAccount();
  const [error, setError] = useState<unknown>(null);
  const role = Form.useWatch('role', form);
  const kinds = kindsOf(role);
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
    const body = { ...v, idNumber: v.idNumber.trim().toUpperCase(), ...(v.password ? {} : { password: undefined }) };
    create.mutate(body, {
      onSuccess: (r) => {
        message.success(t('account.created'));
        onClose();
        if (r.temporaryPassword) onTemporary({ password: r.temporaryPassword, username: v.username });
      },
      onError: (e) => setError(formLevelError(form, e, createFields)),
    });
  };
  return (
    <Modal
      open={open}
      title={t('account.create')}
      onCancel={onClose}
      onOk={submit}
      confirmLoading={create.isPending}
      okButtonProps={{ 'data-testid': 'account-form-submit' }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" data-testid="account-form">
        <Form.Item
          name="username"
          label={t('account.username')}
          extra={t('account.usernameHint')}
          rules={[{ required: true, pattern: /^[a-z0-9][a-z0-9._-]{2,31}$/, message: t('account.usernameInvalid') }]}
        >
          <Input data-testid="account-form-username" autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t('account.displayName')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input data-testid="account-form-name" maxLength={50} />
        </Form.Item>
        <Form.Item
          name="idNumber"
          label={t('account.holderId')}
          extra={t('account.holderIdHint')}
          rules={[{ required: true, pattern: idNumberRule, message: t('account.holderIdInvalid') }]}
        >
          <Input data-testid="account-form-id-number" autoComplete="off" maxLength={18} />
        </Form.Item>
        <Form.Item name="role" label={t('account.role')} rules={[{ required: true, message: t('common.required') }]}>
          <Select
            data-testid="account-form-role"
            loading={meta.isLoading}
            options={roles.map((r) => ({ value: r.code, label: pick(r.name) }))}
            onChange={() => form.setFieldValue('orgId', undefined)}
          />
        </Form.Item>
        <Form.Item
          name="orgId"
          label={t('account.org')}
          extra={role ? t('account.orgHint', { kinds: kinds.map(kindName).join(' / ') }) : undefined}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <OrgSelect
            testId="account-form-org"
            kind={kinds.length === 1 ? kinds[0] : undefined}
            kinds={kinds.length ? kinds : undefined}
            placeholder={t('org.searchPlaceholder')}
          />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('account.passwordOptional')}
          extra={
            <>
              {t('account.passwordOptionalHint')}
              {meta.data && <div>{t('account.passwordPolicy', { text: pick(meta.data.passwordPolicy.text) })}</div>}
            </>
          }
        >
          <Input.Password data-testid="account-form-password" autoComplete="new-password" />
        </Form.Item>
      </Form>
      <ServerError error={error} />
    </Modal>
  );
}

const editFields = ['displayName', 'role', 'orgId', 'idNumber'] as const;

function EditAccountModal({ account, onClose }: { account: Account | null; onClose: () => void }) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const { roles, kindName, kindsOf } = useOfficerRoles();
  const [form] = Form.useForm<AccountUpdate>();
  const update = useUpdateAccount();
  const [error, setError] = useState<unknown>(null);
  const role = Form.useWatch('role', form);
  const kinds = kindsOf(role);
  useEffect(() => {
    if (account) {
      form.setFieldsValue({ displayName: account.displayName, role: account.role as AccountUpdate['role'], orgId: account.orgId, idNumber: undefined });
      setError(null);
    }
  }, [account, form]);
  const submit = async () => {
    if (!account) return;
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const patch: AccountUpdate = {};
    if (v.displayName !== account.displayName) patch.displayName = v.displayName;
    if (v.role !== account.role) patch.role = v.role;
    if (v.orgId !== account.orgId) patch.orgId = v.orgId;
    if (v.idNumber) patch.idNumber = v.idNumber.trim().toUpperCase();
    if (!Object.keys(patch).length) return onClose();
    setError(null);
    update.mutate(
      { id: account.id, patch },
      {
        onSuccess: (r) => {
          message.success(r.sessionsEnded ? `${t('common.saved')}，${t('account.sessionsEnded', { n: r.sessionsEnded })}` : t('common.saved'));
          onClose();
        },
        onError: (e) => setError(formLevelError(form, e, editFields)),
      },
    );
  };
  return (
    <Modal
      open={!!account}
      title={t('account.editTitle', { username: account?.username ?? '' })}
      onCancel={onClose}
      onOk={submit}
      confirmLoading={update.isPending}
      okButtonProps={{ 'data-testid': 'account-edit-submit' }}
      destroyOnHidden
      forceRender
    >
      <Alert type="info" showIcon title={t('account.editHint')} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" data-testid="account-edit-form">
        <Form.Item name="displayName" label={t('account.displayName')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="role" label={t('account.role')} rules={[{ required: true, message: t('common.required') }]}>
          <Select
            data-testid="account-edit-role"
            options={roles.map((r) => ({ value: r.code, label: pick(r.name) }))}
            onChange={() => form.setFieldValue('orgId', undefined)}
          />
        </Form.Item>
        <Form.Item
          name="orgId"
          label={t('account.org')}
          extra={role ? t('account.orgHint', { kinds: kinds.map(kindName).join(' / ') }) : undefined}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <OrgSelect
            testId="account-edit-org"
            kind={kinds.length === 1 ? kinds[0] : undefined}
            kinds={kinds.length ? kinds : undefined}
            initialLabel={account?.orgId === form.getFieldValue('orgId') ? account?.orgName : undefined}
            placeholder={t('org.searchPlaceholder')}
          />
        </Form.Item>
        {account?.abilities.setHolder && (
          <Form.Item
            name="idNumber"
            label={t('account.setHolder')}
            extra={t('account.holderIdHint')}
            rules={[{ pattern: idNumberRule, message: t('account.holderIdInvalid') }]}
          >
            <Input autoComplete="off" maxLength={18} />
          </Form.Item>
        )}
      </Form>
      <ServerError error={error} />
    </Modal>
  );
}

function DisableModal({ account, onClose }: { account: Account | null; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const disable = useDisableAccount();
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (account) {
      form.resetFields();
      setError(null);
    }
  }, [account, form]);
  const submit = async () => {
    if (!account) return;
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    disable.mutate(
      { id: account.id, reason: v.reason },
      {
        onSuccess: (r) => {
          message.success(t('account.disabled', { n: r.sessionsEnded }));
          onClose();
        },
        onError: (e) => setError(formLevelError(form, e, ['reason'])),
      },
    );
  };
  return (
    <Modal
      open={!!account}
      title={t('account.disableTitle', { username: account?.username ?? '' })}
      onCancel={onClose}
      onOk={submit}
      okButtonProps={{ danger: true, 'data-testid': 'account-disable-submit' }}
      okText={t('account.disable')}
      confirmLoading={disable.isPending}
      destroyOnHidden
      forceRender
    >
      <Typography.Paragraph type="secondary">{t('account.disableHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label={t('account.disableReason')} rules={[{ required: true, min: 2, whitespace: true, message: t('common.required') }]}>
          <Input.TextArea data-testid="account-disable-reason" rows={2} maxLength={300} />
        </Form.Item>
      </Form>
      <ServerError error={error} />
    </Modal>
  );
}

function StatusTags({ a }: { a: Account }) {
  const { t } = useI18n();
  return (
    <Space size={4} wrap>
      {a.status === 'disabled' ? (
        <Tag data-testid={`account-disabled-${a.username}`}>{t('account.st.disabled')}</Tag>
      ) : (
        <Tag color="green">{t('account.active')}</Tag>
      )}
      {a.lockedUntil && (
        <Tag color="red" data-testid={`account-locked-${a.username}`}>
          {t('account.locked', { time: dayjs(a.lockedUntil).format('MM-DD HH:mm') })}
        </Tag>
      )}
      {a.mustChangePassword && (
        <Tag color="orange" data-testid={`account-must-change-${a.username}`}>
          {t('account.mustChange')}
        </Tag>
      )}
    </Space>
  );
}

export default function AccountsPage() {
  const { t, pick } = useI18n();
  const { message, modal } = App.useApp();
  const { data: me } = useMe();
  const { roles } = useOfficerRoles();
  const [filters, setFilters] = useState<AccountFilters>({ page: 1, pageSize: 50 });
  const [q, setQ] = useState('');
  const { data, isFetching, error } = useAccounts(filters);
  const unlock = useUnlockAccount();
  const enable = useEnableAccount();
  const reset = useResetPassword();
  const endSessions = useEndSessions();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Account | null>(null);
  const [disabling, setDisabling] = useState<Account | null>(null);
  const [temporary, setTemporary] = useState<{ password: string; username: string } | null>(null);
  const canWrite = can(me, 'accounts.write');
  const statuses = ['active', 'disabled', 'locked', 'password-change'] as const;

  const actionsOf = (a: Account): MenuProps['items'] =>
    [
      a.abilities.update && { key: 'edit', label: <span data-testid={`account-edit-${a.username}`}>{t('account.edit')}</span>, onClick: () => setEditing(a) },
      a.abilities.resetPassword && {
        key: 'reset',
        label: <span data-testid={`account-reset-${a.username}`}>{t('account.resetPassword')}</span>,
        onClick: () =>
          modal.confirm({
            title: t('account.resetPassword'),
            content: t('account.resetConfirm', { username: a.username }),
            okButtonProps: { 'data-testid': 'account-reset-confirm' } as ButtonProps,
            onOk: () => reset.mutateAsync(a.id).then((r) => setTemporary({ password: r.temporaryPassword, username: a.username })),
          }),
      },
      a.abilities.endSessions && {
        key: 'sessions',
        label: t('account.endSessions'),
        onClick: () =>
          modal.confirm({
            title: t('account.endSessionsConfirm', { username: a.username }),
            onOk: () => endSessions.mutateAsync(a.id).then((r) => message.success(t('account.sessionsEnded', { n: r.sessionsEnded }))),
          }),
      },
      a.abilities.unlock && {
        key: 'unlock',
        icon: <UnlockOutlined />,
        label: <span data-testid={`account-unlock-${a.username}`}>{t('account.unlock')}</span>,
        onClick: () => unlock.mutateAsync(a.id).then(() => message.success(t('account.unlocked'))),
      },
      (a.abilities.disable || a.abilities.enable) && { type: 'divider' as const },
      a.abilities.disable && {
        key: 'disable',
        danger: true,
        label: <span data-testid={`account-disable-${a.username}`}>{t('account.disable')}</span>,
        onClick: () => setDisabling(a),
      },
      a.abilities.enable && {
        key: 'enable',
        label: <span data-testid={`account-enable-${a.username}`}>{t('account.enable')}</span>,
        onClick: () => enable.mutateAsync(a.id).then(() => message.success(t('account.enabled'))),
      },
    ].filter(Boolean) as MenuProps['items'];

  return (
    <div data-testid="accounts-page">
      <PageHeader
        title={t('account.title')}
        extra={
          <>
            <ExportButton path="/accounts/export.xlsx" filters={{ q: filters.q, role: filters.role, status: filters.status }} testId="accounts-export" />
            {canWrite && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="account-create">
                {t('account.create')}
              </Button>
            )}
          </>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space wrap>
          <Input.Search
            data-testid="account-search"
            allowClear
            placeholder={t('account.search')}
            style={{ width: 280 }}
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onSearch={(v) => setFilters((f) => ({ ...f, q: v.trim() || undefined, page: 1 }))}
            enterButton={<SearchOutlined />}
          />
          <Select
            allowClear
            placeholder={t('account.filterRole')}
            style={{ width: 200 }}
            value={filters.role}
            options={roles.map((r) => ({ value: r.code, label: pick(r.name) }))}
            onChange={(role) => setFilters((f) => ({ ...f, role, page: 1 }))}
          />
          <Select
            allowClear
            data-testid="account-filter-status"
            placeholder={t('account.filterStatus')}
            style={{ width: 160 }}
            value={filters.status}
            options={statuses.map((s) => ({ value: s, label: t(`account.st.${s}`) }))}
            onChange={(status) => setFilters((f) => ({ ...f, status, page: 1 }))}
          />
        </Space>
      </Card>
      <ServerError error={error ?? unlock.error ?? enable.error ?? reset.error ?? endSessions.error} style={{ marginBottom: 16 }} />
      <Card styles={{ body: { padding: 0 } }}>
        <Table<Account>
          data-testid="account-table"
          rowKey="id"
          size="middle"
          loading={isFetching}
          dataSource={data?.items ?? []}
          scroll={{ x: 1160 }}
          pagination={{
            current: filters.page,
            pageSize: filters.pageSize,
            total: data?.total ?? 0,
            showTotal: (total) => t('common.total', { total }),
            onChange: (page, pageSize) => setFilters((f) => ({ ...f, page, pageSize })),
          }}
          columns={[
            { title: t('account.username'), dataIndex: 'username', width: 120, render: (v: string) => <code>{v}</code> },
            { title: t('account.displayName'), dataIndex: 'displayName', width: 130 },
            { title: t('account.role'), dataIndex: 'roleName', width: 140, render: (v: Account['roleName']) => pick(v) },
            { title: t('account.org'), dataIndex: 'orgName', width: 170 },
            {
              title: t('account.holder'),
              dataIndex: 'holderIdMasked',
              width: 170,
              render: (v: string | null) =>
                v ? <code style={{ whiteSpace: 'nowrap' }}>{v}</code> : <Typography.Text type="warning">{t('account.noHolder')}</Typography.Text>,
            },
            { title: t('account.status'), width: 110, render: (_: unknown, r) => <StatusTags a={r} /> },
            { title: t('account.sessions'), dataIndex: 'liveSessions', width: 70, align: 'right' as const },
            {
              title: t('account.lastLogin'),
              dataIndex: 'lastLoginAt',
              width: 150,
              render: (v: string | null) => (v ? <span style={{ whiteSpace: 'nowrap' }}>{dayjs(v).format('YYYY-MM-DD HH:mm')}</span> : t('common.none')),
            },
            ...(canWrite
              ? [
                  {
                    title: t('common.actions'),
                    width: 100,
                    fixed: 'right' as const,
                    render: (_: unknown, r: Account) => {
                      const items = actionsOf(r);
                      return items && items.length ? (
                        <Dropdown menu={{ items }} trigger={['click']}>
                          <Button size="small" data-testid={`account-actions-${r.username}`}>
                            {t('account.more')} <DownOutlined />
                          </Button>
                        </Dropdown>
                      ) : null;
                    },
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <CreateAccountModal open={creating} onClose={() => setCreating(false)} onTemporary={setTemporary} />
      <EditAccountModal account={editing} onClose={() => setEditing(null)} />
      <DisableModal account={disabling} onClose={() => setDisabling(null)} />
      <TemporaryPassword value={temporary} onClose={() => setTemporary(null)} />
    </div>
  );
}
