import { useEffect, useState } from 'react';
import { App, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMe } from '../../api/auth.ts';
import { useCreateCall, useUpdateCall, type Call, type CallInput } from '../../api/lifecycle.ts';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { OrgSelect } from '../../components/org-select.tsx';
import { formLevelError, ServerError } from '../../components/server-error.tsx';
import { compact, fromDay, toDay } from '../projects/lifecycle-ui.tsx';

const dateFields = ['collectionStartsOn', 'collectionEndsOn', 'screeningEndsOn', 'consultationStartsOn', 'consultationEndsOn', 'publicationOn'] as const;
const fields = ['orgId', 'year', 'title', 'principles', ...dateFields, 'publicationEvent', 'maxSupports', 'hideTallies'] as const;

type Values = Omit<CallInput, (typeof dateFields)[number]> & Partial<Record<(typeof dateFields)[number], Dayjs>>;

/** Open a call (dates follow the four stages), or change one. */
export function CallFormModal({ open, call, onClose, onSaved }: { open: boolean; call?: Call; onClose: () => void; onSaved: (c: Call) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const [form] = Form.useForm<Values>();
  const create = useCreateCall();
  const update = useUpdateCall(call?.id ?? 0);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    if (call)
      form.setFieldsValue({
        year: call.year,
        title: call.title,
        principles: call.principles ?? undefined,
        maxSupports: call.maxSupports,
        hideTallies: call.hideTallies,
        publicationEvent: call.publicationEvent ?? undefined,
        ...Object.fromEntries(dateFields.map((f) => [f, fromDay(call[f])])),
      });
    else {
      // A call opened today: collection for a month, then a week of screening, consultation and publication.
      const d = dayjs();
      form.setFieldsValue({
        orgId: me?.orgId ?? undefined,
        year: d.year() + 1,
        maxSupports: 5,
        hideTallies: true,
        collectionStartsOn: d,
        collectionEndsOn: d.add(30, 'day'),
        screeningEndsOn: d.add(40, 'day'),
        consultationStartsOn: d.add(45, 'day'),
        consultationEndsOn: d.add(55, 'day'),
      });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, call?.id]);

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const body = compact({ ...v, ...Object.fromEntries(dateFields.map((f) => [f, toDay(v[f])])) }) as CallInput;
    setError(null);
    const opts = {
      onSuccess: (c: Call) => {
        message.success(call ? t('common.saved') : t('lc.calls.created'));
        onSaved(c);
      },
      onError: (e: unknown) => setError(formLevelError(form, e, fields)),
    };
    if (call) update.mutate({ ...body, orgId: undefined }, opts);
    else create.mutate(body, opts);
  };

  const req = [{ required: true, message: t('common.required') }];
  return (
    <Modal
      open={open}
      title={call ? t('lc.calls.edit') : t('lc.calls.new')}
      onCancel={onClose}
      onOk={submit}
      okText={t('common.save')}
      okButtonProps={{ 'data-testid': 'call-form-submit' }}
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
      width={680}
    >
      <Form form={form} layout="vertical" data-testid="call-form">
        <Row gutter={12}>
          {!call && (
            <Col xs={24} sm={16}>
              <Form.Item name="orgId" label={t('lc.calls.org')} rules={req}>
                <OrgSelect
                  testId="call-form-org"
                  kinds={['municipal', 'district', 'industry', 'street', 'park', 'grassroots']}
                  initialLabel={me?.orgName ?? undefined}
                />
              </Form.Item>
            </Col>
          )}
          <Col xs={24} sm={8}>
            <Form.Item name="year" label={t('lc.year')} rules={req}>
              <InputNumber data-testid="call-form-year" min={2000} max={2100} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="title" label={t('lc.calls.name')} rules={[{ required: true, min: 2, whitespace: true, message: t('common.required') }]}>
          <Input data-testid="call-form-title" maxLength={200} />
        </Form.Item>
        <Form.Item name="principles" label={t('lc.calls.principles')}>
          <Input.TextArea data-testid="call-form-principles" rows={3} maxLength={5000} />
        </Form.Item>
        <Row gutter={12}>
          {dateFields.map((f) => (
            <Col xs={12} sm={8} key={f}>
              <Form.Item name={f} label={t(`lc.calls.${f}` as MessageKey)} rules={f === 'publicationOn' ? [] : req}>
                <DatePicker data-testid={`call-form-${f}`} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="publicationEvent" label={t('lc.calls.publicationEvent')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="maxSupports" label={t('lc.calls.maxSupports')}>
              <InputNumber min={1} max={100} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="hideTallies" label={t('lc.calls.hideTallies')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      <ServerError error={error} />
    </Modal>
  );
}
