import { useEffect, useState } from 'react';
import { App, Form, Input, Modal, Radio, Select } from 'antd';
import { childKinds, useCreateOrg, useUpdateOrg, type Org, type OrgInput } from '../../api/orgs.ts';
import { useMeta } from '../../api/meta.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formLevelError, ServerError } from '../../components/server-error.tsx';

const fields = ['kind', 'name', 'shortName', 'code', 'unitCategory', 'address', 'contactName', 'contactPhone', 'parentId'] as const;

/** Create a child under `parent`, or edit `org`. */
export function OrgFormModal({
  open,
  parent,
  org,
  onClose,
  onSaved,
}: {
  open: boolean;
  parent?: Org;
  org?: Org;
  onClose: () => void;
  onSaved: (o: Org) => void;
}) {
  const { t, tx, pick } = useI18n();
  const { message } = App.useApp();
  const meta = useMeta();
  const [form] = Form.useForm<OrgInput>();
  const create = useCreateOrg();
  const update = useUpdateOrg();
  const [error, setError] = useState<unknown>(null);
  // The kinds allowed under the parent, from the server's rule (GET /meta).
  // GET /meta declares the codes as strings; a child is never the municipal union, which is what POST /orgs takes.
  const kinds = (
    parent ? (meta.data ? meta.data.orgKinds.filter((k) => k.allowedParents.includes(parent.kind)).map((k) => k.code) : childKinds[parent.kind]) : []
  ) as NonNullable<OrgInput['kind']>[];
  const kindName = (k: string) => pick(meta.data?.orgKinds.find((x) => x.code === k)?.name) || tx(`orgKind.${k}`, k);

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    if (org)
      form.setFieldsValue({
        name: org.name,
        shortName: org.shortName ?? undefined,
        code: org.code ?? undefined,
        unitCategory: org.unitCategory,
        address: org.address ?? undefined,
        contactName: org.contactName ?? undefined,
        contactPhone: org.contactPhone ?? undefined,
      });
    else form.setFieldsValue({ kind: kinds.includes('grassroots') ? 'grassroots' : kinds[0], unitCategory: 'ordinary' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, org?.id, parent?.id, meta.data]);

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    // Blank optional fields are left out, not sent as empty strings.
    const body = Object.fromEntries(
      Object.entries(v)
        .map(([k, x]) => [k, typeof x === 'string' ? x.trim() : x])
        .filter(([, x]) => x !== '' && x !== undefined),
    ) as OrgInput;
    setError(null);
    const onError = (e: unknown) => setError(formLevelError(form, e, fields));
    if (org)
      update.mutate(
        { id: org.id, ...body },
        {
          onSuccess: (o) => {
            message.success(t('common.saved'));
            onSaved(o as Org);
          },
          onError,
        },
      );
    else
      create.mutate(
        { ...body, parentId: parent!.id },
        {
          onSuccess: (o) => {
            message.success(t('common.saved'));
            onSaved(o as Org);
          },
          onError,
        },
      );
  };

  return (
    <Modal
      open={open}
      title={org ? `${t('org.edit')} · ${org.name}` : `${t('org.addChild')} · ${parent?.name ?? ''}`}
      onCancel={onClose}
      onOk={submit}
      okText={t('common.save')}
      okButtonProps={{ 'data-testid': 'org-form-submit' }}
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
      width={560}
    >
      <Form form={form} layout="vertical" data-testid="org-form">
        {!org && (
          <Form.Item name="kind" label={t('org.kind')} rules={[{ required: true, message: t('common.required') }]}>
            <Select data-testid="org-form-kind" options={kinds.map((k) => ({ value: k, label: kindName(k) }))} />
          </Form.Item>
        )}
        <Form.Item name="name" label={t('org.name')} rules={[{ required: true, min: 2, max: 100, whitespace: true, message: t('org.nameHint') }]}>
          <Input data-testid="org-form-name" maxLength={100} placeholder={t('org.nameHint')} />
        </Form.Item>
        <Form.Item name="shortName" label={t('org.shortName')}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="code" label={t('org.code')} rules={[{ len: 18, message: t('org.codeHint') }]}>
          <Input data-testid="org-form-code" maxLength={18} placeholder={t('org.codeHint')} style={{ textTransform: 'uppercase' }} />
        </Form.Item>
        <Form.Item name="unitCategory" label={t('org.unitCategory')}>
          <Radio.Group
            options={[
              { value: 'ordinary', label: t('org.unitCategory.ordinary') },
              { value: 'special', label: t('org.unitCategory.special') },
            ]}
          />
        </Form.Item>
        <Form.Item name="address" label={t('org.address')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="contactName" label={t('org.contactName')}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="contactPhone" label={t('org.contactPhone')}>
          <Input maxLength={30} />
        </Form.Item>
      </Form>
      <ServerError error={error} />
    </Modal>
  );
}
