// Bulk operations on the member list (issue 12 §3): with rows ticked, transfer them, end their
// memberships, or add or remove a category, in one request that changes all or nobody.
import { useEffect, useState } from 'react';
import { Alert, App, Button, Form, Input, Modal, Select, Space } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { MemberRow } from '../../api/members.ts';
import { useI18n } from '../../i18n/index.tsx';
import { DateInput } from '../../components/date-input.tsx';
import { OrgSelect } from '../../components/org-select.tsx';
import { ServerError, formLevelError } from '../../components/server-error.tsx';
import { useVocabNames } from './member-labels.tsx';

type Action = 'transfer' | 'end' | 'add-category' | 'remove-category';

function useBulk() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { action: Action; personIds: number[]; toOrgId?: number; date?: string; reason?: string; note?: string; category?: string }) =>
      api.post<{ done: number; action: string }>('/members/bulk', v),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['members'] });
      void qc.invalidateQueries({ queryKey: ['orgs'] });
    },
  });
}

export function BulkBar({ rows, onClear, today }: { rows: MemberRow[]; onClear: () => void; today: string }) {
  const { t } = useI18n();
  const [action, setAction] = useState<Action | null>(null);
  if (!rows.length) return null;
  return (
    <>
      <Alert
        type="info"
        style={{ marginBottom: 12 }}
        data-testid="member-bulk-bar"
        title={
          <Space wrap>
            <span data-testid="member-bulk-count">{t('bulk.selected', { n: rows.length })}</span>
            <Button size="small" onClick={() => setAction('transfer')} data-testid="member-bulk-transfer">
              {t('member.transfer')}
            </Button>
            <Button size="small" danger onClick={() => setAction('end')} data-testid="member-bulk-end">
              {t('member.end')}
            </Button>
            <Button size="small" onClick={() => setAction('add-category')} data-testid="member-bulk-add-category">
              {t('bulk.addCategory')}
            </Button>
            <Button size="small" onClick={() => setAction('remove-category')} data-testid="member-bulk-remove-category">
              {t('bulk.removeCategory')}
            </Button>
            <Button size="small" type="link" onClick={onClear}>
              {t('bulk.clear')}
            </Button>
          </Space>
        }
      />
      <BulkModal
        action={action}
        rows={rows}
        today={today}
        onClose={(done) => {
          setAction(null);
          if (done) onClear();
        }}
      />
    </>
  );
}

function BulkModal({ action, rows, today, onClose }: { action: Action | null; rows: MemberRow[]; today: string; onClose: (done: boolean) => void }) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const { vocabulary } = useVocabNames();
  const [form] = Form.useForm<{ toOrgId?: number; date?: string; reason?: string; note?: string; category?: string }>();
  const bulk = useBulk();
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (action) {
      form.resetFields();
      form.setFieldsValue({ date: today });
      setError(null);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [action]);
  const title =
    action === 'transfer'
      ? t('member.transfer')
      : action === 'end'
        ? t('member.end')
        : action === 'add-category'
          ? t('bulk.addCategory')
          : t('bulk.removeCategory');
  const req = [{ required: true, message: t('common.required') }];
  return (
    <Modal
      open={!!action}
      title={`${title} · ${t('bulk.selected', { n: rows.length })}`}
      onCancel={() => onClose(false)}
      destroyOnHidden
      confirmLoading={bulk.isPending}
      okButtonProps={{ 'data-testid': 'member-bulk-submit', danger: action === 'end' }}
      onOk={async () => {
        const v = await form.validateFields().catch(() => null);
        if (!v || !action) return;
        setError(null);
        bulk.mutate(
          { action, personIds: rows.map((r) => r.personId), ...v, reason: v.reason?.trim(), note: v.note?.trim() || undefined },
          {
            onSuccess: (r) => {
              message.success(t('bulk.done', { n: r.done }));
              onClose(true);
            },
            onError: (e) => setError(formLevelError(form, e, ['toOrgId', 'date', 'reason', 'note', 'category'])),
          },
        );
      }}
    >
      <div style={{ marginBottom: 12, maxHeight: 90, overflow: 'auto', color: '#555' }} data-testid="member-bulk-names">
        {rows.map((r) => r.name).join('、')}
      </div>
      <Form form={form} layout="vertical">
        {action === 'transfer' && (
          <Form.Item name="toOrgId" label={t('member.transferTo')} rules={req}>
            <OrgSelect testId="member-bulk-org" kind="grassroots" placeholder={t('member.orgPlaceholder')} />
          </Form.Item>
        )}
        {(action === 'transfer' || action === 'end') && (
          <Form.Item name="date" label={action === 'end' ? t('member.endDate') : t('member.transferDate')} rules={req}>
            <DateInput testId="member-bulk-date" />
          </Form.Item>
        )}
        {action === 'end' && (
          <Form.Item name="reason" label={t('member.endReason')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
            <Input maxLength={200} data-testid="member-bulk-reason" />
          </Form.Item>
        )}
        {action === 'transfer' && (
          <Form.Item name="note" label={t('member.transferNote')}>
            <Input.TextArea maxLength={200} rows={2} />
          </Form.Item>
        )}
        {(action === 'add-category' || action === 'remove-category') && (
          <Form.Item name="category" label={t('member.category')} rules={req}>
            <Select data-testid="member-bulk-category" options={(vocabulary?.categories ?? []).map((c) => ({ value: c.code, label: pick(c.name) }))} />
          </Form.Item>
        )}
      </Form>
      <Alert type="warning" showIcon title={t('bulk.allOrNothing')} style={{ marginTop: 8 }} />
      <ServerError error={error} />
    </Modal>
  );
}
