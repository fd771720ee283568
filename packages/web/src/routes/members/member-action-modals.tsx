import { useEffect, useState } from 'react';
import { Alert, App, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEndMembership, useTransferMember, useUpdateMember, type MemberDetail } from '../../api/members.ts';
import { useI18n } from '../../i18n/index.tsx';
import { OrgSelect } from '../../components/org-select.tsx';
import { formLevelError, ServerError } from '../../components/server-error.tsx';
import { CategoryChecks, useMemberRules } from './member-fields.tsx';

interface Props {
  open: boolean;
  member: MemberDetail;
  onClose: () => void;
}

/** A modal form whose server errors land on its fields; `run` returns the mutation promise. */
function useModalForm<V extends object>(open: boolean, fields: readonly string[], init: () => Partial<V>) {
  const [form] = Form.useForm<V>();
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue(init() as never);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);
  const fail = (e: unknown) => setError(formLevelError(form, e, fields));
  return { form, error, fail, setError };
}

export function EditMemberModal({ open, member, onClose }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const update = useUpdateMember();
  const rules = useMemberRules();
  type V = { name: string; mobile?: string; categories: string[] };
  const { form, error, fail } = useModalForm<V>(open, ['name', 'mobile', 'categories'], () => ({
    name: member.name,
    categories: member.categories,
  }));
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const body: Record<string, unknown> = { name: v.name.trim(), categories: v.categories };
    // The mobile is shown masked, so it is sent only when the officer types a new one.
    if (v.mobile) body.mobile = v.mobile;
    update.mutate(
      { id: member.personId, ...body },
      {
        onSuccess: () => {
          message.success(t('common.saved'));
          onClose();
        },
        onError: fail,
      },
    );
  };
  return (
    <Modal
      open={open}
      title={t('member.edit')}
      onCancel={onClose}
      onOk={submit}
      confirmLoading={update.isPending}
      okText={t('common.save')}
      okButtonProps={{ 'data-testid': 'member-edit-submit' }}
      destroyOnHidden
      width={600}
    >
      <Form form={form} layout="vertical">
        <Form.Item name="name" label={t('member.name')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          name="mobile"
          label={t('member.mobile')}
          extra={`${member.mobile ?? ''} · ${t('member.mobileHint')}`}
          rules={rules.mobile}
          normalize={(v: string) => v?.replace(/\D/g, '')}
        >
          <Input maxLength={11} inputMode="numeric" placeholder={member.mobile ?? ''} />
        </Form.Item>
        {/* The card (status, e-card) changes by its events, in the card panel of the member page (issue 9 §1). */}
        <Form.Item name="categories" label={t('member.category')}>
          <CategoryChecks />
        </Form.Item>
      </Form>
      <ServerError error={error} />
    </Modal>
  );
}

export function TransferMemberModal({ open, member, onClose }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const transfer = useTransferMember();
  type V = { toOrgId: number; date: Dayjs; note?: string };
  const { form, error, fail } = useModalForm<V>(open, ['toOrgId', 'date', 'note'], () => ({ date: dayjs() }));
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    transfer.mutate(
      { id: member.personId, toOrgId: v.toOrgId, date: v.date.format('YYYY-MM-DD'), note: v.note?.trim() || undefined },
      {
        onSuccess: () => {
          message.success(t('common.done'));
          onClose();
        },
        onError: fail,
      },
    );
  };
  return (
    <Modal
      open={open}
      title={`${t('member.transfer')} · ${member.name}`}
      onCancel={onClose}
      onOk={submit}
      confirmLoading={transfer.isPending}
      okButtonProps={{ 'data-testid': 'member-transfer-submit' }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        <Form.Item label={t('member.current')}>{member.current?.orgName}</Form.Item>
        <Form.Item name="toOrgId" label={t('member.transferTo')} rules={[{ required: true, message: t('common.required') }]}>
          <OrgSelect testId="member-transfer-org" kind="grassroots" excludeId={member.current?.orgId} placeholder={t('member.orgPlaceholder')} />
        </Form.Item>
        <Form.Item name="date" label={t('member.transferDate')} rules={[{ required: true, message: t('common.required') }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="note" label={t('member.transferNote')}>
          <Input.TextArea maxLength={200} rows={2} />
        </Form.Item>
      </Form>
      <ServerError error={error} />
    </Modal>
  );
}

export function EndMembershipModal({ open, member, onClose }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const end = useEndMembership();
  type V = { date: Dayjs; reason: string };
  const { form, error, fail } = useModalForm<V>(open, ['date', 'reason'], () => ({ date: dayjs() }));
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    end.mutate(
      { id: member.personId, date: v.date.format('YYYY-MM-DD'), reason: v.reason.trim() },
      {
        onSuccess: () => {
          message.success(t('common.done'));
          onClose();
        },
        onError: fail,
      },
    );
  };
  return (
    <Modal
      open={open}
      title={`${t('member.end')} · ${member.name}`}
      onCancel={onClose}
      onOk={submit}
      confirmLoading={end.isPending}
      okButtonProps={{ danger: true, 'data-testid': 'member-end-submit' }}
      destroyOnHidden
    >
      <Alert type="warning" showIcon title={t('member.endWarning')} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical">
        <Form.Item name="date" label={t('member.endDate')} rules={[{ required: true, message: t('common.required') }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="reason" label={t('member.endReason')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input.TextArea maxLength={200} rows={2} data-testid="member-end-reason" />
        </Form.Item>
      </Form>
      <ServerError error={error} />
    </Modal>
  );
}
