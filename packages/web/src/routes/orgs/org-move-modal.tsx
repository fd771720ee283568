import { useEffect, useState } from 'react';
import { Alert, App, Form, Modal } from 'antd';
import { childKinds, orgKinds, useMoveOrg, type Org, type OrgKind } from '../../api/orgs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { OrgSelect } from '../../components/org-select.tsx';
import { formLevelError, ServerError } from '../../components/server-error.tsx';

const parentKindsOf = (kind: OrgKind) => orgKinds.filter((k) => childKinds[k].includes(kind));

export function OrgMoveModal({
  open,
  org,
  onClose,
  onMoved,
}: {
  open: boolean;
  org: Org;
  onClose: () => void;
  onMoved: (o: Org, oldParentId: number | null) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ parentId: number }>();
  const move = useMoveOrg();
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (open) {
      form.resetFields();
      setError(null);
    }
  }, [open, form]);

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const { parentId } = v;
    move.mutate(
      { id: org.id, parentId },
      {
        onSuccess: (o) => {
          message.success(t('common.done'));
          onMoved(o, org.parentId);
        },
        onError: (e) => setError(formLevelError(form, e, ['parentId'])),
      },
    );
  };

  return (
    <Modal
      open={open}
      title={`${t('org.move')} · ${org.name}`}
      onCancel={onClose}
      onOk={submit}
      confirmLoading={move.isPending}
      okButtonProps={{ 'data-testid': 'org-move-submit' }}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={t('org.moveHint', { name: org.name })} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical">
        <Form.Item name="parentId" label={t('org.moveTo')} rules={[{ required: true, message: t('common.required') }]}>
          <OrgSelect testId="org-move-parent" kinds={parentKindsOf(org.kind)} excludeId={org.id} placeholder={t('org.searchPlaceholder')} />
        </Form.Item>
      </Form>
      <ServerError error={error} />
    </Modal>
  );
}
