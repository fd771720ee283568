import { Tag } from 'antd';
import type { BatchStatus } from '../../api/payouts.ts';
import { useI18n } from '../../i18n/index.tsx';

const color: Record<BatchStatus, string> = {
  prepared: 'processing',
  'rights-approved': 'cyan',
  'finance-approved': 'cyan',
  approved: 'gold',
  paid: 'success',
  cancelled: 'default',
};

export function BatchStatusTag({ status, testId }: { status: BatchStatus; testId?: string }) {
  const { t } = useI18n();
  return (
    <Tag color={color[status]} data-testid={testId} data-status={status}>
      {t(`pay.status.${status}`)}
    </Tag>
  );
}
