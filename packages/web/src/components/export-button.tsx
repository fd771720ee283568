// Every list exports what it shows (issue 12 §3): one button that builds the export's URL from the
// filters on screen (never the page number), so the file holds the rows the list holds. The file is
// fetched first, so a refusal (more rows than one export holds: narrow the filters) is shown as a
// message on the page rather than as the problem's JSON in the window.
import { useState } from 'react';
import { App, Button } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { ApiError, downloadFile, fileUrl } from '../api/client.ts';
import { useI18n } from '../i18n/index.tsx';

export type ExportFilters = Record<string, string | number | boolean | undefined | null>;

export function ExportButton({ path, filters, testId, size }: { path: string; filters?: ExportFilters; testId: string; size?: 'small' | 'middle' }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const { page: _page, pageSize: _pageSize, ...shown } = filters ?? {};
  return (
    <Button
      icon={<DownloadOutlined />}
      href={fileUrl(path, shown)}
      data-testid={testId}
      size={size}
      loading={busy}
      onClick={(e) => {
        e.preventDefault();
        setBusy(true);
        downloadFile(path, shown)
          .catch((err: unknown) => message.error({ content: err instanceof ApiError ? err.title : String(err), duration: 8 }))
          .finally(() => setBusy(false));
      }}
    >
      {t('common.exportXlsx')}
    </Button>
  );
}
