import { useState } from 'react';
import { Card, Input, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useLoginLog, type LoginEntry } from '../../api/audit.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PageHeader } from '../../components/page.tsx';
import { ServerError } from '../../components/server-error.tsx';

export default function LoginLogPage() {
  const { t, tx } = useI18n();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [username, setUsername] = useState<string | undefined>();
  const { data, isFetching, error } = useLoginLog({ username, page, pageSize });
  return (
    <div data-testid="login-log-page">
      <PageHeader
        title={t('loginLog.title')}
        extra={
          <Input.Search
            data-testid="login-log-filter"
            allowClear
            placeholder={t('loginLog.username')}
            style={{ width: 240 }}
            onSearch={(v) => {
              setUsername(v.trim() || undefined);
              setPage(1);
            }}
          />
        }
      />
      <ServerError error={error} style={{ marginBottom: 16 }} />
      <Card styles={{ body: { padding: 0 } }}>
        <Table<LoginEntry>
          data-testid="login-log-table"
          rowKey="id"
          size="small"
          loading={isFetching}
          dataSource={data?.items ?? []}
          scroll={{ x: 720 }}
          pagination={{
            current: page,
            pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
            onChange: (p, s) => {
              setPage(p);
              setPageSize(s);
            },
          }}
          columns={[
            { title: t('audit.at'), dataIndex: 'at', width: 170, render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm:ss') },
            { title: t('loginLog.username'), dataIndex: 'username', width: 140 },
            { title: t('loginLog.method'), dataIndex: 'method', width: 100, render: (m: 'password' | 'otp') => t(`loginLog.method.${m}`) },
            { title: t('loginLog.result'), dataIndex: 'success', width: 90, render: (ok: boolean) => (ok ? <Tag color="green">{t('loginLog.success')}</Tag> : <Tag color="red">{t('loginLog.failure')}</Tag>) },
            { title: t('loginLog.reason'), dataIndex: 'reason', render: (r: string | null) => (r ? tx(`loginLog.reason.${r}`, r) : null) },
            { title: t('audit.ip'), dataIndex: 'ip', width: 140 },
          ]}
        />
      </Card>
    </div>
  );
}
