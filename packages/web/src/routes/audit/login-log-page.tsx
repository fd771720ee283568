// 登录日志 (issue 12 §3): login attempts, filtered by username, date and result; the export carries the
// filters shown. The filters live in the URL like every list's.
import { Button, Card, DatePicker, Flex, Input, Select, Table, Tag } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useLoginLog, type LoginEntry, type LoginQuery } from '../../api/audit.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PageHeader } from '../../components/page.tsx';
import { ExportButton } from '../../components/export-button.tsx';
import { ServerError } from '../../components/server-error.tsx';
import { useListParams } from '../../components/use-list-params.ts';

export default function LoginLogPage() {
  const { t, tx } = useI18n();
  const [params, set, clear] = useListParams();
  const success = params.get('success');
  const q: LoginQuery = {
    username: params.get('username') || undefined,
    from: params.get('from') || undefined,
    to: params.get('to') || undefined,
    success: success === 'true' || success === 'false' ? success : undefined,
    page: Number(params.get('page')) || 1,
    pageSize: Number(params.get('pageSize')) || 20,
  };
  const { data, isFetching, error } = useLoginLog(q);
  const filters = { username: q.username, from: q.from, to: q.to, success: q.success };
  return (
    <div data-testid="login-log-page">
      <PageHeader title={t('loginLog.title')} extra={<ExportButton path="/login-log/export.xlsx" filters={filters} testId="login-log-export" />} />
      <Card style={{ marginBottom: 16 }} styles={{ body: { paddingBottom: 16 } }}>
        <Flex wrap gap={12}>
          <Input.Search
            data-testid="login-log-filter"
            allowClear
            placeholder={t('loginLog.username')}
            defaultValue={q.username}
            style={{ width: 220 }}
            onSearch={(v) => set({ username: v.trim() })}
          />
          <DatePicker.RangePicker
            data-testid="login-log-filter-range"
            style={{ width: 280 }}
            value={q.from && q.to ? [dayjs(q.from), dayjs(q.to)] : null}
            onChange={(r) => set({ from: r?.[0]?.format('YYYY-MM-DD'), to: r?.[1]?.format('YYYY-MM-DD') })}
          />
          <Select
            data-testid="login-log-filter-result"
            allowClear
            placeholder={t('loginLog.allResults')}
            value={q.success}
            style={{ width: 160 }}
            onChange={(v?: string) => set({ success: v })}
            options={[
              { value: 'true', label: t('loginLog.success') },
              { value: 'false', label: t('loginLog.failure') },
            ]}
          />
          <Button icon={<ReloadOutlined />} onClick={() => clear()}>
            {t('common.reset')}
          </Button>
        </Flex>
      </Card>
      <ServerError error={error} style={{ marginBottom: 16 }} />
      <Card styles={{ body: { padding: 0 } }}>
        <Table<LoginEntry>
          data-testid="login-log-table"
          rowKey="id"
          size="small"
          loading={isFetching}
          dataSource={data?.items ?? []}
          scroll={{ x: 820 }}
          pagination={{
            current: q.page,
            pageSize: q.pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
            onChange: (page, pageSize) => set({ page, pageSize }),
          }}
          columns={[
            {
              title: t('audit.at'),
              dataIndex: 'at',
              width: 170,
              render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{dayjs(v).format('YYYY-MM-DD HH:mm:ss')}</span>,
            },
            { title: t('loginLog.username'), dataIndex: 'username', width: 160 },
            { title: t('loginLog.method'), dataIndex: 'method', width: 100, render: (m: 'password' | 'otp') => t(`loginLog.method.${m}`) },
            {
              title: t('loginLog.result'),
              dataIndex: 'success',
              width: 90,
              render: (ok: boolean) => (ok ? <Tag color="green">{t('loginLog.success')}</Tag> : <Tag color="red">{t('loginLog.failure')}</Tag>),
            },
            { title: t('loginLog.reason'), dataIndex: 'reason', render: (r: string | null) => (r ? tx(`loginLog.reason.${r}`, r) : null) },
            { title: t('audit.ip'), dataIndex: 'ip', width: 150 },
          ]}
        />
      </Card>
    </div>
  );
}
