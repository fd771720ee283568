// The application form as the server publishes it (GET /programs/:id/form, drawn by the one renderer
// components/schema-form.tsx), with the program's required documents. Used by the member portal (personal channel), by union
// officers filing for a member (unit channel), and to correct a returned application.
import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Space, Tag, Typography, Upload } from 'antd';
import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { ApiError } from '../../api/client.ts';
import { useUploadDocument, type ApplicationDocument, type Reason } from '../../api/applications.ts';
import type { JsonSchema } from '../../api/policy.ts';
import type { Program, RequiredDocument } from '../../api/programs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { fieldName, ServerError } from '../../components/server-error.tsx';
import { formBody, SchemaFields } from '../../components/schema-form.tsx';
import { ReasonList } from './application-parts.tsx';

export interface ApplicationFormResult {
  form: Record<string, unknown>;
  documentIds: number[];
  removeDocumentIds: number[];
  comment?: string;
}

const applies = (d: RequiredDocument, values: Record<string, unknown>) => !d.when || values[d.when.field] === d.when.equals;

export function useDocName(program: Program | undefined) {
  const { pick, tx } = useI18n();
  return (type: string) => pick(program?.requiredDocuments.find((d) => d.type === type)?.name) || tx(`appl.docType.${type}`, type);
}

export function ApplicationForm({
  program,
  schema,
  initial,
  existingDocuments = [],
  resubmit,
  onSubmit,
  submitting,
  testIdPrefix = 'apply',
}: {
  program: Program;
  schema: JsonSchema;
  initial: Record<string, unknown>;
  existingDocuments?: ApplicationDocument[];
  resubmit?: boolean;
  onSubmit: (r: ApplicationFormResult) => Promise<unknown>;
  submitting: boolean;
  testIdPrefix?: string;
}) {
  const { t, pick } = useI18n();
  const [form] = Form.useForm();
  const values = (Form.useWatch([], form) ?? initial) as Record<string, unknown>;
  const upload = useUploadDocument();
  const [uploaded, setUploaded] = useState<ApplicationDocument[]>([]);
  const [removed, setRemoved] = useState<number[]>([]);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const [error, setError] = useState<unknown>(null);
  const [reasons, setReasons] = useState<Reason[] | null>(null);
  const [missing, setMissing] = useState<string[]>([]);
  const tid = (s: string) => `${testIdPrefix}-${s}`;

  const kept = existingDocuments.filter((d) => !removed.includes(d.id));
  const docTypes = [
    ...program.requiredDocuments.filter((d) => applies(d, values)).map((d) => ({ ...d, required: true })),
    { type: 'other', name: { zh: t('appl.docType.other'), en: t('appl.docType.other') }, required: false },
  ];

  const submit = async (v: Record<string, unknown>) => {
    setError(null);
    setReasons(null);
    setMissing([]);
    try {
      await onSubmit({
        form: formBody(schema, v),
        documentIds: uploaded.map((d) => d.id),
        removeDocumentIds: removed,
        ...(v.__comment ? { comment: String(v.__comment) } : {}),
      });
    } catch (e) {
      if (!(e instanceof ApiError)) return setError(e);
      const extra = e.extra as { reasons?: Reason[]; missing?: string[] };
      if (e.code === 'ineligible' && extra.reasons) {
        setReasons(extra.reasons);
        return;
      }
      if (extra.missing) setMissing(extra.missing);
      const names = Object.keys(schema.properties ?? {});
      const onFields = e.errors
        .map((x) => ({
          name:
            fieldName(x.field)
              .replace(/^form\./, '')
              .split('.')[0] ?? '',
          message: x.message,
        }))
        .filter((x) => names.includes(x.name));
      form.setFields(onFields.map((x) => ({ name: x.name, errors: [x.message] })));
      if (!onFields.length || onFields.length < e.errors.length) setError(e);
    }
  };

  const doUpload = async (type: string, file: File) => {
    setUploadError(null);
    try {
      const d = await upload.mutateAsync({ type, file });
      setUploaded((u) => [...u, d]);
      setMissing((m) => m.filter((x) => x !== type));
    } catch (e) {
      setUploadError(e);
    }
  };

  return (
    <Form form={form} layout="vertical" initialValues={initial} onFinish={submit} data-testid={tid('form')} scrollToFirstError>
      <Card title={t('appl.form')} style={{ marginBottom: 12 }}>
        <SchemaFields schema={schema} values={values} testIdPrefix={tid('field')} radios />
      </Card>
      <Card title={t('appl.documents')} style={{ marginBottom: 12 }} data-testid={tid('documents')}>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t('appl.uploadHint')}
        </Typography.Paragraph>
        {docTypes.map((d) => {
          const mine = [...kept.filter((x) => x.type === d.type), ...uploaded.filter((x) => x.type === d.type)];
          return (
            <div key={d.type} data-testid={tid(`doc-${d.type}`)} style={{ padding: '8px 0', borderBottom: '1px solid rgba(5,5,5,0.06)' }}>
              <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
                <span>
                  {d.required ? <Typography.Text type="danger">* </Typography.Text> : null}
                  {pick(d.name)}
                  {missing.includes(d.type) && (
                    <Tag color="error" style={{ marginInlineStart: 6 }}>
                      {t('appl.docMissing')}
                    </Tag>
                  )}
                </span>
                <Upload
                  accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
                  showUploadList={false}
                  customRequest={(o) => {
                    void doUpload(d.type, o.file as File).then(() => o.onSuccess?.({}));
                  }}
                >
                  <Button size="small" icon={<UploadOutlined />} loading={upload.isPending && upload.variables?.type === d.type}>
                    {mine.length ? t('appl.uploadMore') : t('appl.upload')}
                  </Button>
                </Upload>
              </Space>
              {mine.map((x) => (
                <div key={x.id} style={{ fontSize: 12, marginTop: 4 }} data-testid={tid(`doc-file-${x.id}`)}>
                  <PaperClipOutlined /> {x.fileName} <Typography.Text type="secondary">({(x.size / 1024).toFixed(1)} KB)</Typography.Text>{' '}
                  <Button
                    size="small"
                    type="link"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('common.delete')}
                    onClick={() => (x.applicationId ? setRemoved((r) => [...r, x.id]) : setUploaded((u) => u.filter((y) => y.id !== x.id)))}
                  />
                </div>
              ))}
            </div>
          );
        })}
        <ServerError error={uploadError} testId={tid('upload-error')} />
      </Card>
      {resubmit && (
        <Card style={{ marginBottom: 12 }}>
          <Form.Item name="__comment" label={t('appl.resubmitComment')} style={{ marginBottom: 0 }}>
            <Input.TextArea data-testid={tid('comment')} rows={2} maxLength={500} />
          </Form.Item>
        </Card>
      )}
      {reasons && (
        <Alert
          data-testid={tid('ineligible')}
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('appl.ineligibleSubmit')}
          description={<ReasonList reasons={reasons} testId={tid('reasons')} />}
        />
      )}
      <ServerError error={error} style={{ marginBottom: 12 }} testId={tid('error')} />
      <Button type="primary" htmlType="submit" block size="large" loading={submitting} data-testid={tid('submit')}>
        {resubmit ? t('appl.resubmit') : t('appl.submit')}
      </Button>
    </Form>
  );
}
