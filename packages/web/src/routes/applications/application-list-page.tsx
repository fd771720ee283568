import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, Card, Checkbox, Col, Input, Row, Select, Table, Tooltip } from 'antd';
import { DownloadOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { can, useMe } from '../../api/auth.ts';
import { fileUrl } from '../../api/client.ts';
import { applicationStatuses, useApplications, type ApplicationQuery, type ApplicationRow, type ApplicationStatus } from '../../api/applications.ts';
import { usePrograms } from '../../api/programs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PageHeader } from '../../components/page.tsx';
import { ExportButton } from '../../components/export-button.tsx';
import { ServerError } from '../../components/server-error.tsx';
import { applicationColumns } from './application-columns.tsx';
import { useListParams } from '../../components/use-list-params.ts';

const filterKeys = ['q', 'programId', 'status', 'overdue'] as const;

export default function ApplicationListPage() {
  const { t } = useI18n();
  const { data: me } = useMe();
  const [params, set] = useListParams();
  const query: ApplicationQuery = {
    q: params.get('q') || undefined,
    programId: Number(params.get('programId')) || undefined,
    status: (params.get('status') as ApplicationStatus) || undefined,
    overdue: params.get('overdue') === 'true' ? 'true' : undefined,
    page: Number(params.get('page')) || 1,
    pageSize: Number(params.get('pageSize')) || 20,
  };
  const { data, isFetching, error, refetch } = useApplications(query);
  const programs = usePrograms();
  const [search, setSearch] = useState(query.q ?? '');
  useEffect(() => setSearch(query.q ?? ''), [query.q]);

  return (
    <div data-testid="applications-page">
      <PageHeader
        title={t('appl.list')}
        extra={
          <>
            <ExportButton
              path="/applications/export.xlsx"
              filters={{ q: query.q, programId: query.programId, status: query.status, overdue: query.overdue }}
              testId="applications-export"
            />
            <Tooltip title={query.programId ? t('appl.summaryHint') : t('appl.summaryPickProgram')}>
              <Button
                icon={<DownloadOutlined />}
                data-testid="application-summary-export"
                disabled={!query.programId}
                href={query.programId ? fileUrl('/applications/summary.xlsx', { programId: query.programId, status: query.status }) : undefined}
              >
                {t('appl.summaryExport')}
              </Button>
            </Tooltip>
            {/* Filing for a member only where a program accepts unit applications today (the server refuses the rest). */}
            {can(me, 'applications.submit') && (programs.data?.items ?? []).some((p) => p.abilities.apply && p.channels.includes('unit')) && (
              <Link to={`/applications/new${query.programId ? `?programId=${query.programId}` : ''}`}>
                <Button type="primary" icon={<PlusOutlined />} data-testid="application-new">
                  {t('appl.newForMember')}
                </Button>
              </Link>
            )}
          </>
        }
      />
      <Card styles={{ body: { paddingBottom: 8 } }} style={{ marginBottom: 16 }}>
        <Row gutter={[12, 12]} align="middle">
          <Col xs={24} md={12} xl={7}>
            <Input.Search
              data-testid="application-search"
              allowClear
              placeholder={t('appl.searchPlaceholder')}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              onSearch={(v) => set({ q: v.trim() || undefined })}
              enterButton
            />
          </Col>
          <Col xs={24} md={12} xl={7}>
            <Select
              data-testid="application-filter-program"
              allowClear
              placeholder={t('appl.program')}
              value={query.programId}
              onChange={(v) => set({ programId: v })}
              style={{ width: '100%' }}
              options={programs.data?.items.map((p) => ({ value: p.id, label: p.title }))}
            />
          </Col>
          <Col xs={12} md={6} xl={4}>
            <Select
              data-testid="application-filter-status"
              allowClear
              placeholder={t('common.status')}
              value={query.status}
              onChange={(v) => set({ status: v })}
              style={{ width: '100%' }}
              options={applicationStatuses.map((s) => ({ value: s, label: t(`appl.status.${s}`) }))}
            />
          </Col>
          <Col xs={12} md={6} xl={3}>
            <Checkbox
              data-testid="application-filter-overdue"
              checked={query.overdue === 'true'}
              onChange={(e) => set({ overdue: e.target.checked ? 'true' : undefined })}
            >
              {t('appl.overdueOnly')}
            </Checkbox>
          </Col>
          <Col xs={24} md={12} xl={3}>
            <Button
              icon={<ReloadOutlined />}
              onClick={() => {
                setSearch('');
                set(Object.fromEntries(filterKeys.map((k) => [k, undefined])));
              }}
            >
              {t('common.reset')}
            </Button>
          </Col>
        </Row>
      </Card>
      <ServerError error={error} style={{ marginBottom: 16 }} />
      <Card styles={{ body: { padding: 0 } }}>
        <Table<ApplicationRow>
          data-testid="application-table"
          rowKey="id"
          size="middle"
          loading={isFetching}
          dataSource={data?.items ?? []}
          columns={applicationColumns(t)}
          scroll={{ x: 1400 }}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100, 200],
            showTotal: (total) => <span data-testid="application-total">{t('common.total', { total })}</span>,
            onChange: (page, pageSize) => set({ page: page > 1 ? page : undefined, pageSize: pageSize !== 20 ? pageSize : undefined }),
          }}
          locale={{ emptyText: error ? <Button onClick={() => refetch()}>{t('common.retry')}</Button> : undefined }}
        />
      </Card>
    </div>
  );
}
