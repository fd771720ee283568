// Every list exports what it shows (issue 12 §3): one button that builds the export's URL from the
// filters on screen (never the page number), so the file holds the rows the list holds.
import { Button } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { fileUrl } from '../api/client.ts';
import { useI18n } from '../i18n/index.tsx';

export type ExportFilters = Record<string, string | number | boolean | undefined | null>;

export function ExportButton({ path, filters, testId, size }: { path: string; filters?: ExportFilters; testId: string; size?: 'small' | 'middle' }) {
  const { t } = useI18n();
  const { page: _page, pageSize: _pageSize, ...shown } = filters ?? {};
  return (
    <Button icon={<DownloadOutlined />} href={fileUrl(path, shown)} data-testid={testId} size={size}>
      {t('common.exportXlsx')}
    </Button>
  );
}
