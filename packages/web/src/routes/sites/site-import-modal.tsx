// 阵地台账导入 (issue 11 §2 “Import and export as .xlsx”): the blank sheet in the export's columns, one
// file, all rows or none. A refusal lists every wrong cell by row and column (rows[N].列 from the server,
// in the UI's language); a file fixed and chosen again is imported, and the register shows its sites.
import { useEffect, useState } from 'react';
import { Alert, App, Button, Modal, Space, Table, Typography, Upload } from 'antd';
import { CloudUploadOutlined, DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { ApiError, downloadFile, type FieldError } from '../../api/client.ts';
import { useImportSites } from '../../api/sites.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ServerError } from '../../components/server-error.tsx';
import { useTx } from './sites-ui.tsx';

interface CellError {
  row: number | null;
  column: string;
  message: string;
}

/** `rows[3].经度` → row 3, column 经度; a header problem (`header.名称`) has no row. */
export function cellOf(e: FieldError): CellError {
  const m = /^rows\[(\d+)\]\.(.+)$/.exec(e.field);
  if (m) return { row: Number(m[1]), column: m[2]!, message: e.message };
  return { row: null, column: e.field.replace(/^header\./, ''), message: e.message };
}

export function SiteImportModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const tx = useTx();
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [template, setTemplate] = useState(false);
  const run = useImportSites();
  useEffect(() => {
    if (open) {
      setFile(null);
      run.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const cells = run.error instanceof ApiError ? run.error.errors.map(cellOf) : [];
  const go = () =>
    file &&
    run.mutate(file, {
      onSuccess: (r) => message.success(tx(`已登记 ${r.created} 处阵地`, `${r.created} sites registered`)),
    });

  return (
    <Modal open={open} title={tx('导入阵地台账', 'Import sites')} onCancel={onClose} footer={null} width={760} destroyOnHidden>
      <Typography.Paragraph type="secondary">
        {tx(
          '按导出台账的列填写（类型、名称、所属工会编号、地址必填；经度、纬度、面积、开放时间、联系人、联系电话、资助年度可选）。整个文件一并校验：有一处错误则不导入任何一行，改正后重新选择文件导入。新阵地登记为“已申报”。',
          'Fill in the export’s columns (kind, name, union number and address are required). The whole file is checked: one wrong cell and no row is imported; fix it and choose the file again. New sites are registered as applied.',
        )}
      </Typography.Paragraph>
      <Button
        icon={<DownloadOutlined />}
        loading={template}
        style={{ marginBottom: 12 }}
        data-testid="sites-import-template"
        onClick={() => {
          setTemplate(true);
          downloadFile('/sites/import-template.xlsx')
            .catch((err: unknown) => message.error(err instanceof ApiError ? err.title : String(err)))
            .finally(() => setTemplate(false));
        }}
      >
        {t('import.template')}
      </Button>
      <div data-testid="sites-import-upload">
        <Upload.Dragger
          accept=".xlsx,.csv"
          maxCount={1}
          beforeUpload={(f) => {
            setFile(f);
            run.reset();
            return false;
          }}
          onRemove={() => {
            setFile(null);
            run.reset();
          }}
          fileList={file ? [{ uid: '1', name: file.name, status: 'done' }] : []}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('import.drag')}</p>
          <p className="ant-upload-hint">{tx('.xlsx 或 .csv，至多 5000 行', '.xlsx or .csv, at most 5,000 rows')}</p>
        </Upload.Dragger>
      </div>
      <Space style={{ marginTop: 16 }}>
        <Button
          type="primary"
          icon={<CloudUploadOutlined />}
          disabled={!file || run.isSuccess}
          loading={run.isPending}
          onClick={go}
          data-testid="sites-import-run"
        >
          {tx('导入', 'Import')}
        </Button>
        {run.isSuccess && (
          <Button onClick={onClose} data-testid="sites-import-close">
            {tx('查看台账', 'See the register')}
          </Button>
        )}
      </Space>
      {run.isSuccess && (
        <Alert
          style={{ marginTop: 16 }}
          type="success"
          showIcon
          data-testid="sites-import-result"
          title={tx(`已登记 ${run.data.created} 处阵地（${file?.name ?? ''}）`, `${run.data.created} sites registered (${file?.name ?? ''})`)}
        />
      )}
      {run.error &&
        (cells.length ? (
          <div style={{ marginTop: 16 }} data-testid="sites-import-errors">
            <Alert
              type="error"
              showIcon
              title={tx(`${cells.length} 处错误，未导入任何阵地`, `${cells.length} problems; no site was imported`)}
              style={{ marginBottom: 12 }}
            />
            <Table<CellError>
              data-testid="sites-import-error-table"
              size="small"
              rowKey={(r, i) => `${r.row}-${r.column}-${i}`}
              dataSource={cells}
              pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
              columns={[
                { title: t('import.row'), dataIndex: 'row', width: 70 },
                { title: t('import.column'), dataIndex: 'column', width: 130 },
                { title: t('import.message'), dataIndex: 'message' },
              ]}
            />
          </div>
        ) : (
          <ServerError error={run.error} style={{ marginTop: 16 }} testId="sites-import-error" />
        ))}
    </Modal>
  );
}
