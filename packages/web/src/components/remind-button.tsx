// 催办: send the overdue reminders now (the daily job sends the same every morning) — for the reviews waiting past
// their time limits (POST /applications/reminders/run) and for the progress reports past due (POST /progress/reminders).
import { useMutation } from '@tanstack/react-query';
import { App, Button, Popconfirm } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { api } from '../api/client.ts';
import { can, useMe, type Permission } from '../api/auth.ts';
import { useI18n } from '../i18n/index.tsx';

const kinds = {
  reviews: { url: '/applications/reminders/run', permission: 'programs.manage' as Permission },
  reports: { url: '/progress/reminders', permission: 'progress.review' as Permission },
};

export function RemindButton({ kind }: { kind: keyof typeof kinds }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const k = kinds[kind];
  const run = useMutation({ mutationFn: () => api.post<{ overdue: number; notices?: number; notifications?: number }>(k.url, {}) });
  if (!can(me, k.permission)) return null;
  return (
    <Popconfirm
      title={t(`remind.${kind}.title`)}
      description={t('remind.hint')}
      okButtonProps={{ 'data-testid': `remind-${kind}-ok` } as Record<string, string>}
      onConfirm={() =>
        run.mutateAsync().then(
          (r) => message.success(t(`remind.${kind}.done`, { overdue: r.overdue, sent: r.notices ?? r.notifications ?? 0 })),
          (e: Error) => message.error(e.message),
        )
      }
    >
      <Button icon={<BellOutlined />} loading={run.isPending} data-testid={`remind-${kind}`}>
        {t(`remind.${kind}.button`)}
      </Button>
    </Popconfirm>
  );
}
