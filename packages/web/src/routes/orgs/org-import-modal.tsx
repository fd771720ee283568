import { useEffect, useState } from 'react';
import { Alert, App, Button, Modal, Space, Table, Typography, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { ApiError, fileUrl } from '../../api/client.ts';
import { useImportOrgs } from '../../api/orgs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ServerError } from '../../components/server-error.tsx';

export function OrgImportModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const run = useImportOrgs();
  useEffect(() => {
    if (open) {
      setFile(null);
      setResult(null);
      run.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const go = (dryRun: boolean) => {
    if (!file) return;
    setResult(null);
    run.mutate(
      { file, dryRun },
      {
        onSuccess: (r) => {
          const text = r.dryRun ? t('org.importDry', { n: r.valid ?? 0 }) : t('org.importOk', { n: r.imported });
          setResult(text);
          if (!r.dryRun) message.success(text);
        },
      },
    );
  };
  const rowErrors = run.error instanceof ApiError ? run.error.errors : [];

  return (
    <Modal open={open} title={t('org.importTitle')} onCancel={onClose} footer={null} width={720} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('org.importHint')}</Typography.Paragraph>
      <Button href={fileUrl('/orgs/import/template')} icon={<DownloadOutlined />} data-testid="org-import-template" style={{ marginBottom: 12 }}>
        {t('org.template')}
      </Button>
      <div data-testid="org-import-upload">
        <Upload.Dragger
          accept=".xlsx,.csv"
          maxCount={1}
          beforeUpload={(f) => {
            setFile(f);
            run.reset();
            setResult(null);
            return false;
          }}
          onRemove={() => setFile(null)}
          fileList={file ? [{ uid: '1', name: file.name, status: 'done' }] : []}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('import.drag')}</p>
          <p className="ant-upload-hint">{t('org.dragHint')}</p>
        </Upload.Dragger>
      </div>
      <Space style={{ marginTop: 16 }}>
        <Button disabled={!file} loading={run.isPending && run.variables?.dryRun} onClick={() => go(true)} data-testid="org-import-check">
          {t('org.importCheck')}
        </Button>
        <Button type="primary" disabled={!file} loading={run.isPending && !run.variables?.dryRun} onClick={() => go(false)} data-testid="org-import-run">
          {t('org.importRun')}
        </Button>
      </Space>
      {result && <Alert style={{ marginTop: 16 }} type="success" showIcon title={result} data-testid="org-import-result" />}
      {run.error && (
        <div style={{ marginTop: 16 }}>
          {rowErrors.length ? (
            <>
              <Alert type="error" showIcon title={run.error instanceof ApiError ? run.error.title : t('org.importErrors')} style={{ marginBottom: 12 }} />
              <Table
                data-testid="org-import-errors"
                size="small"
                rowKey={(_, i) => String(i)}
                dataSource={rowErrors}
                pagination={{ pageSize: 10, hideOnSinglePage: true }}
                columns={[
                  { title: t('import.column'), dataIndex: 'field', width: 200 },
                  { title: t('import.message'), dataIndex: 'message' },
                ]}
              />
            </>
          ) : (
            <ServerError error={run.error} />
          )}
        </div>
      )}
    </Modal>
  );
}
